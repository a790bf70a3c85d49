"""The front door: `annotate` one page, `timeline` over many. The CLI is a thin layer over these."""

from __future__ import annotations

from collections.abc import Iterable

from linimasa import ingest, pipeline
from linimasa.model import Article, Document, Timeline
from linimasa.timeline import build as build_timeline


def annotate(text_or_html: str | bytes, published: str | None = None, *, source: str = "<text>",
             url: str | None = None, title: str | None = None, outlet: str | None = None) -> Article:
    """Clean, date and analyse one page (plain text dump or HTML). `published` overrides the page's date."""
    meta = {k: v for k, v in {"published": published, "url": url, "title": title, "outlet": outlet}.items() if v}
    return pipeline.process(ingest.document_from(text_or_html, source=source, meta=meta))


def annotate_document(doc: Document) -> Article:
    return pipeline.process(doc)


def timeline(articles: Iterable[Article], *, entity: list[str] | None = None, query: str | None = None,
             date_from: str | None = None, date_to: str | None = None) -> Timeline:
    """Cluster the events of many annotated articles into one story timeline."""
    return build_timeline(list(articles), entity=entity, query=query, date_from=date_from, date_to=date_to)


def stories(db: str) -> list[dict]:
    """The stories of the store at `db` (placing articles that arrived since the last call), as in `linimasa stories`."""
    from linimasa.store import Store
    from linimasa.stories import stories as detect

    with Store(db) as store:
        return detect(store)


def story_timeline(db: str, story: str, *, top: int | None = None, inference: bool = True,
                   **filters) -> Timeline | None:
    """One story's timeline: one entry per happening, `top` most salient, dates inferred across pages."""
    from linimasa.store import Store
    from linimasa.stories.timeline import for_story

    with Store(db) as store:
        return for_story(store, story, top=top, inference=inference, **filters)
