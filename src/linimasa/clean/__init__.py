"""Cleaning: main text and metadata from a Document (stub until the cleaning work lands)."""

from __future__ import annotations

from linimasa.model import Article, Document


def clean(doc: Document) -> Article:
    return Article(source=doc.source, body=doc.text.strip(), language="id", evidence={"meta": doc.meta})
