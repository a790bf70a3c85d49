"""Temporal expressions: TIMEX3 recognition and normalisation (stub until the tagger lands)."""

from __future__ import annotations

from linimasa.model import Article, Timex


def tag(text: str, dct: str | None = None, lang: str = "id") -> list[Timex]:
    return []


def annotate(article: Article) -> None:
    article.timexes = tag(article.body, article.published.value)
