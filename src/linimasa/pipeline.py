"""Composes the stages: Document -> Article -> (many Articles) -> Timeline.

Each stage is a plain function that reads what earlier stages wrote on the Article and
adds its own fields. The list below is the whole pipeline.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable

from linimasa import clean, dating, entities, events, quotes
from linimasa import time as timex
from linimasa.clean.templates import TemplateCounts
from linimasa.model import Article, Document, Failure, InputError, Removed

log = logging.getLogger(__name__)

Stage = Callable[[Article], None]

STAGES: list[tuple[str, Stage]] = [
    ("dating", dating.date_article),      # published: value, precision, source, conflicts
    ("time", timex.annotate),             # timexes, anchored on the accepted DCT
    ("entities", entities.annotate),      # entities with canonical names and roles
    ("quotes", quotes.annotate),          # quotes with speakers (uses entities)
    ("events", events.annotate),          # events dated by timexes (uses all of the above)
]


PAGE_SECONDS = 60.0  # time budget of one page


def process(doc: Document, templates: TemplateCounts | None = None, *, budget: float | None = None) -> Article:
    """Run every stage on one decoded page. Raises InputError for pages that cannot be used, and for a
    page that used up its time budget (checked between stages, cooperatively: no signals, so it works
    the same in worker processes and threads). `templates` (line counts across earlier pages, e.g. the
    store's) lets cleaning remove the furniture a site repeats on every page."""
    limit = PAGE_SECONDS if budget is None else budget
    start = time.monotonic()
    article = clean.clean(doc, templates)
    article.id = article.id or doc.content_hash[:16]
    for note in doc.meta.get("notes", []):
        article.removed.append(Removed("", f"ingest: {note}"))
    _check_time(start, limit, "clean")
    for name, stage in STAGES:
        stage(article)
        _check_time(start, limit, name)
    return article


def _check_time(start: float, limit: float, stage: str) -> None:
    spent = time.monotonic() - start
    if spent > limit:
        raise InputError(f"page abandoned after {spent:.1f} s in stage '{stage}' (time budget {limit:g} s per page)")


def process_all(docs: Iterable[Document]) -> list[Article]:
    return [process(d) for d in docs]


def process_one(doc: Document) -> Article | Failure:
    """The page's Article, or its Failure: an unexpected exception becomes the page's failure with the
    exception type and message (the traceback goes to the debug log), never the end of the run."""
    try:
        return process(doc)
    except InputError as exc:
        return Failure(doc.source, str(exc))
    except Exception as exc:
        log.debug("processing %s failed", doc.source, exc_info=True)
        return Failure(doc.source, f"internal error: {type(exc).__name__}: {exc}")


def process_paths(paths: list[str], prepare: Callable[[Document], None] | None = None
                  ) -> tuple[list[Article], list[Failure]]:
    """Read and process every page under `paths`; pages that cannot be read or used become Failures."""
    from linimasa import ingest

    articles: list[Article] = []
    failures: list[Failure] = []
    for item in ingest.read(paths):
        if isinstance(item, Failure):
            failures.append(item)
            continue
        if prepare is not None:
            try:
                prepare(item)
            except InputError as exc:
                failures.append(Failure(item.source, str(exc)))
                continue
        result = process_one(item)
        if isinstance(result, Failure):
            failures.append(result)
        else:
            articles.append(result)
    return articles, failures
