"""`linimasa ingest PATH... [--db FILE]`: analyse pages and store them; a summary of new / duplicate / failed."""

from __future__ import annotations

import logging
import sqlite3
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from linimasa import ingest, parallel
from linimasa.cli.options import DEFAULT_DB, add_db, bounded_int, open_store
from linimasa.cli.output import error
from linimasa.model import Failure
from linimasa.store import Store, canon
from linimasa.store.templates import StoreTemplates

__all__ = ["DEFAULT_DB", "ingest_into", "store_for"]
log = logging.getLogger(__name__)


def register(sub) -> None:
    p = sub.add_parser("ingest", help="ingest pages into the store (idempotent)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files, directories (recursive), or - for stdin")
    add_db(p, reading=False)
    p.add_argument("--max-bytes", type=bounded_int(1, 2**40), default=ingest.MAX_BYTES, metavar="N",
                   help="largest file accepted, in bytes")
    p.add_argument("--jobs", type=_jobs, default=parallel.default_jobs(), metavar="N",
                   help="worker processes analysing pages (default: all cores); one writer, same results")
    p.add_argument("--parquet", metavar="DIR", help="load the articles of a 'linimasa spark' output instead")
    p.set_defaults(func=run)


def ingest_into(store: Store, paths, *, max_bytes: int = ingest.MAX_BYTES, progress: bool = False, jobs: int = 1):
    """Ingest every page under `paths`; return (Counter of statuses, [Failure]). Bad pages never stop the run.

    With jobs > 1 pages are analysed in that many worker processes; this process stays the only writer
    and stores results in input order, so the store is the same as with jobs=1.
    """
    counts: Counter[str] = Counter()
    failures: list[Failure] = []
    templates = StoreTemplates(store)  # furniture a site repeats, counted as pages arrive
    in_flight: set[str] = set()  # hashes handed to workers and not stored yet: a second copy is a duplicate

    def wanted(doc) -> bool:
        h = doc.content_hash
        if h in in_flight or store.has_hash(h):
            return False
        in_flight.add(h)
        return True

    bar = _progress() if progress else None
    task = bar.add_task("ingest", total=_estimate_records(paths)) if bar else None
    if bar:
        bar.start()
    try:
        items = ingest.read(paths, max_bytes=max_bytes)
        local = partial(parallel.analyse, templates=templates)  # in this process: with the counts so far
        for item, result in parallel.analyse_in_order(items, jobs, wanted=wanted, local=local):
            if bar:
                _advance(bar, task)
            if isinstance(item, Failure):
                failures.append(item)
            elif result is None:
                counts["duplicate"] += 1
            elif isinstance(result, Failure):
                in_flight.discard(item.content_hash)
                failures.append(result)
            else:
                try:
                    status = store.add(result, item.content_hash)
                except sqlite3.DatabaseError:
                    raise  # the store itself is broken: no later page could be stored either
                except Exception as exc:
                    in_flight.discard(item.content_hash)
                    failures.append(Failure(item.source, ingest.internal_error(exc)))
                    continue
                counts[status] += 1
                in_flight.discard(item.content_hash)
                if status != "duplicate":
                    templates.record(result, item)
        # pages stored before one of their lines became frequent on their site are cleaned again
        counts["recleaned"], stale_failures = templates.reclean(templates.crossed) if templates.crossed else (0, [])
        failures += stale_failures
        canon.refresh(store)  # the canonical entities, merged once here rather than on every read
    finally:
        if bar:
            bar.stop()
    counts["failed"] = len(failures)
    return counts, failures


def _estimate_records(paths) -> int | None:
    """Pages the progress bar expects: one per file, one per non-empty JSONL line (None for stdin)."""
    total = 0
    for raw in paths:
        if str(raw) == "-":
            return None
        path = Path(raw)
        files = [p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(ingest.PAGE_SUFFIXES)
                 and not any(part.startswith(".") for part in p.relative_to(path).parts)] if path.is_dir() else [path]
        for f in files:
            if f.name.lower().endswith((".jsonl", ".ndjson")):
                try:
                    with f.open("rb") as stream:
                        total += sum(1 for line in stream if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1  # a WARC counts as one until its records arrive (the bar then grows)
    return total


def _advance(bar, task) -> None:
    t = bar.tasks[0]
    if t.total is not None and t.completed + 1 > t.total:
        bar.update(task, total=t.completed + 1)
    bar.advance(task)


@contextmanager
def store_for(paths: list[str], db: str) -> Iterator[tuple[Store | None, int]]:
    """(store, failed pages): a temporary store of `paths` when given, else the store at `db` (None if absent)."""
    if paths:
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "linimasa.db") as store:
            _counts, failures = ingest_into(store, paths)
            for f in failures:
                error(f"{f.source}: {f.reason}")
            yield store, len(failures)
    elif (existing := open_store(db)) is None:  # reading never creates a store
        yield None, 0
    else:
        with existing:
            yield existing, 0


def _progress():
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=Console(stderr=True), transient=True)


def _jobs(value: str) -> int:
    import argparse

    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {n}")
    return n


def run(args) -> int:
    if bool(args.paths) == bool(args.parquet):
        error("give PATHs to ingest or --parquet DIR (the output of 'linimasa spark'), not both")
        return 2
    if args.parquet:
        return _load_parquet(args.parquet, args.db)
    store = open_store(args.db, create=True)
    if store is None:
        return 2
    with store:
        log.info("ingesting %s into %s", ", ".join(args.paths), args.db)
        counts, failures = ingest_into(store, args.paths, max_bytes=args.max_bytes, progress=sys.stderr.isatty(),
                                      jobs=args.jobs)
        total = store.count()
    for f in failures:
        error(f"{f.source}: {f.reason}")
    print(f"{counts['new']} new, {counts['near-duplicate']} near-duplicate, {counts['duplicate']} duplicate, "
          f"{counts['failed']} failed; {total} articles in {args.db}")
    return 1 if failures else 0


def _load_parquet(folder: str, db: str) -> int:
    """Articles of a Spark run into the store, already analysed: the store links near-duplicates itself."""
    try:
        from linimasa.spark import read
    except ImportError as exc:
        error(f"--parquet needs pyarrow (pip install 'linimasa[spark]'): {exc}")
        return 2
    if not (Path(folder) / "articles").is_dir():
        error(f"{folder} has no 'articles' table: is it the --out of 'linimasa spark'?")
        return 2
    counts: Counter[str] = Counter()
    with Store(db) as store:
        for article, content_hash in read.articles(folder):
            counts[store.add(article, content_hash)] += 1
        canon.refresh(store)
        total = store.count()
    print(f"{counts['new']} new, {counts['near-duplicate']} near-duplicate, {counts['duplicate']} duplicate, "
          f"0 failed; {total} articles in {db}")
    return 0
