"""Events: stage stub until its work lands."""

from __future__ import annotations

from linimasa.model import Article


def annotate(article: Article) -> None:
    return None
