"""Story timelines across articles (stub until the timeline work lands)."""

from __future__ import annotations

from collections.abc import Iterable

from linimasa.model import Article, Timeline


def build(articles: Iterable[Article], *, entity: list[str] | None = None, query: str | None = None,
          date_from: str | None = None, date_to: str | None = None) -> Timeline:
    return Timeline()
