"""Composes the stages: Document -> Article -> (many Articles) -> Timeline.

Each stage is a plain function that reads what earlier stages wrote on the Article and
adds its own fields. The list below is the whole pipeline.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from linimasa import clean, dating, entities, events, quotes, time
from linimasa.clean.templates import TemplateCounts
from linimasa.model import Article, Document, Failure, InputError

Stage = Callable[[Article], None]

STAGES: list[tuple[str, Stage]] = [
    ("dating", dating.date_article),      # published: value, precision, source, conflicts
    ("time", time.annotate),              # timexes, anchored on the accepted DCT
    ("entities", entities.annotate),      # entities with canonical names and roles
    ("quotes", quotes.annotate),          # quotes with speakers (uses entities)
    ("events", events.annotate),          # events dated by timexes (uses all of the above)
]


def process(doc: Document, templates: TemplateCounts | None = None) -> Article:
    """Run every stage on one decoded page. Raises InputError for pages that cannot be used.

    `templates` (line counts across earlier pages, e.g. the store's) lets cleaning remove the
    furniture a site repeats on every page.
    """
    article = clean.clean(doc, templates)
    article.id = article.id or doc.content_hash[:16]
    for _name, stage in STAGES:
        stage(article)
    return article


def process_all(docs: Iterable[Document]) -> list[Article]:
    return [process(d) for d in docs]


def process_paths(paths: list[str], prepare: Callable[[Document], None] | None = None
                  ) -> tuple[list[Article], list[Failure]]:
    """Read and process every page under `paths`; pages that cannot be read or used become Failures."""
    from linimasa import ingest

    articles, failures = [], []
    for item in ingest.read(paths):
        if isinstance(item, Failure):
            failures.append(item)
            continue
        if prepare is not None:
            prepare(item)
        try:
            articles.append(process(item))
        except InputError as exc:
            failures.append(Failure(item.source, str(exc)))
    return articles, failures
