"""Temporal expressions: TIMEX3 recognition and normalisation for Indonesian, anchored on the DCT."""

from __future__ import annotations

from linimasa.model import Article, Timex
from linimasa.time.tagger import tag_with_warnings


def tag(text: str, dct: str | None = None, lang: str = "id") -> list[Timex]:
    """TIMEX3 expressions in `text`, offsets into it; `dct` is the document creation time (ISO, may be partial)."""
    if lang != "id":
        raise ValueError(f"no temporal rules for language {lang!r}")
    return tag_with_warnings(text, dct)[0]


def annotate(article: Article) -> None:
    timexes, warnings = tag_with_warnings(article.body, article.published.value)
    article.timexes = timexes
    if warnings:
        article.evidence.setdefault("warnings", []).extend(warnings)
