"""`linimasa ingest PATH... [--db FILE]`: analyse pages and store them; a summary of new / duplicate / failed."""

from __future__ import annotations

import logging
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from linimasa import ingest, pipeline
from linimasa.cli.options import DEFAULT_DB, add_db, bounded_int, open_store
from linimasa.cli.output import error
from linimasa.model import Failure, InputError
from linimasa.store import Store
from linimasa.store.templates import StoreTemplates

__all__ = ["DEFAULT_DB", "ingest_into", "store_for"]
log = logging.getLogger(__name__)


def register(sub) -> None:
    p = sub.add_parser("ingest", help="ingest pages into the store (idempotent)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories (recursive), or - for stdin")
    add_db(p, reading=False)
    p.add_argument("--max-bytes", type=bounded_int(1, 2**40), default=ingest.MAX_BYTES, metavar="N",
                   help="largest file accepted, in bytes")
    p.set_defaults(func=run)


def ingest_into(store: Store, paths, *, max_bytes: int = ingest.MAX_BYTES, progress: bool = False):
    """Ingest every page under `paths`; return (Counter of statuses, [Failure]). Bad pages never stop the run."""
    counts: Counter[str] = Counter()
    failures: list[Failure] = []
    templates = StoreTemplates(store)  # furniture a site repeats, counted as pages arrive
    bar = _progress() if progress else None
    task = bar.add_task("ingest", total=None) if bar else None
    if bar:
        bar.start()
    try:
        for item in ingest.read(paths, max_bytes=max_bytes):
            if bar:
                bar.advance(task)
            if isinstance(item, Failure):
                failures.append(item)
                continue
            if store.has_hash(item.content_hash):
                counts["duplicate"] += 1
                continue
            try:
                article = pipeline.process(item, templates)
            except InputError as exc:
                failures.append(Failure(item.source, str(exc)))
                continue
            except Exception as exc:  # a bug on one page must not lose the run
                log.debug("%s: internal error", item.source, exc_info=True)
                failures.append(Failure(item.source, f"internal error: {type(exc).__name__}: {exc}"))
                continue
            status = store.add(article, item.content_hash)
            counts[status] += 1
            if status != "duplicate":
                templates.record(article, item)
        # pages stored before one of their lines became frequent on their site are cleaned again
        counts["recleaned"], stale_failures = templates.reclean(templates.crossed) if templates.crossed else (0, [])
        failures += stale_failures
    finally:
        if bar:
            bar.stop()
    counts["failed"] = len(failures)
    return counts, failures


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
    )

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=Console(stderr=True), transient=True)


def run(args) -> int:
    store = open_store(args.db, create=True)
    if store is None:
        return 2
    with store:
        log.info("ingesting %s into %s", ", ".join(args.paths), args.db)
        counts, failures = ingest_into(store, args.paths, max_bytes=args.max_bytes, progress=sys.stderr.isatty())
        total = store.count()
    for f in failures:
        error(f"{f.source}: {f.reason}")
    print(f"{counts['new']} new, {counts['near-duplicate']} near-duplicate, {counts['duplicate']} duplicate, "
          f"{counts['failed']} failed; {total} articles in {args.db}")
    return 1 if failures else 0
