"""The per-article pipeline in worker processes: `--jobs N` ingest and the Spark executors share it.

A worker loads the models once (`warm_up`), then turns decoded `Document`s into `Article`s or
`Failure`s (`analyse`); it never raises for a bad page. `analyse_in_order` runs a process pool
over a stream of documents with bounded memory and yields results in input order, so a single
writer (the caller) stores them exactly as a one-process run would.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from typing import Any

from linimasa import pipeline
from linimasa.model import Article, Document, Failure, InputError

CHUNK = 8            # documents per task: amortises pickling and queue round trips
IN_FLIGHT = 4        # tasks queued per worker: keeps workers busy without reading the whole input ahead
# A made-up lead that walks every stage (dates, names, a quote), so the first real page pays no loading.
_WARM_UP_TEXT = ("KUPANG - Gubernur Andreas Manafe meresmikan dermaga baru di Pelabuhan Tenau pada Senin "
                 "(3/3/2025). \"Dermaga ini mempercepat bongkar muat,\" kata Andreas kepada wartawan.")

_warm = [False]


def warm_up() -> None:
    """Load the NER model, gazetteers and lexicons once in this process (a pool initializer)."""
    if _warm[0]:
        return
    _warm[0] = True
    try:
        pipeline.process(Document(source="<warm-up>", text=_WARM_UP_TEXT))
        # and what the warm-up text does not reach: the language model, the public-suffix list
        from linimasa.clean.titles import registered_domain
        from linimasa.lang.detect import _identifier

        _identifier()
        registered_domain("https://example.com/")
    except Exception:  # warming is an optimisation: a real page reports any real problem
        pass


def _worker_init(parent: int) -> None:
    """Pool initializer: leave when the parent dies (kill -9 of `ingest` must not leave workers behind), then warm up."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()
    warm_up()


def _pool(jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=(os.getpid(),))


def analyse(doc: Document, templates=None) -> Article | Failure:
    """One page through the pipeline; a page that cannot be used, or a bug on it, becomes a Failure.
    `templates` (in the writing process only) are the site furniture counted so far."""
    try:
        article = pipeline.process(doc, templates)
    except InputError as exc:
        return Failure(doc.source, str(exc))
    except Exception as exc:  # a bug on one page must not lose the run
        return Failure(doc.source, f"internal error: {type(exc).__name__}: {exc}")
    # stage-to-stage notes are never stored: ship only what the writer counts as site furniture
    article.evidence = {k: v for k, v in article.evidence.items() if k.startswith("template_")}
    return article


def _analyse_chunk(items: list) -> list:
    return [analyse(d) if isinstance(d, Document) and go else None for d, go in items]


def default_jobs() -> int:
    return os.cpu_count() or 1


def analyse_in_order(items: Iterable, jobs: int, wanted: Callable[[Document], bool] | None = None,
                     local: Callable[[Document], Article | Failure] = analyse
                     ) -> Iterator[tuple[Any, Article | Failure | None]]:
    """(item, result) for every item, in input order, documents analysed by `jobs` worker processes.

    Items that are not Documents (a reader's Failure) and documents `wanted` declines (already stored)
    pass through with result None. `wanted` is called in this process just before a document is handed
    to a worker. Input is read lazily, at most jobs * IN_FLIGHT chunks ahead. A worker that dies (a crash
    in a C extension, the OOM killer) fails only the pages of its batch: the pool restarts, the run goes on.
    """

    def tagged(item: Any) -> tuple[Any, bool]:
        return item, isinstance(item, Document) and (wanted is None or wanted(item))

    stream: Iterator[tuple[Any, bool]] = map(tagged, items)
    head = list(islice(stream, jobs * CHUNK)) if jobs > 1 else []
    if jobs <= 1 or len(head) < jobs * CHUNK:  # a handful of pages: a pool would cost more than it saves
        for item, go in chain(head, stream):
            yield item, local(item) if go else None
        return
    stream = chain(head, stream)
    pool = _pool(jobs)
    pending: deque[tuple[list, Future]] = deque()
    try:
        while True:
            while len(pending) < jobs * IN_FLIGHT:
                chunk = [x for _, x in zip(range(CHUNK), stream, strict=False)]
                if not chunk:
                    break
                pending.append((chunk, pool.submit(_analyse_chunk, chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                results = [Failure(d.source, "internal error: a worker process died analysing its batch")
                           if go else None for d, go in chunk]
                # the other queued futures are broken too: resubmit them to a fresh pool
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(jobs)
                pending = deque((c, pool.submit(_analyse_chunk, c)) for c, _f in pending)
            yield from ((d, r) for (d, _go), r in zip(chunk, results, strict=True))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
