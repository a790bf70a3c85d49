"""Publication date (DCT) of an article (stub until the dating work lands)."""

from __future__ import annotations

from linimasa.model import Article, Published


def date_article(article: Article) -> None:
    published = article.evidence.get("meta", {}).get("published")
    if published:
        article.published = Published(value=published, precision="day", source="metadata")
