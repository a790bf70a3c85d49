"""Helpers for the dating-across-documents checks: pages whose publication date is taken away."""

from __future__ import annotations

from pathlib import Path

from linimasa import clean, ingest, pipeline
from linimasa.model import Article, Failure, Published


def without_dct(doc) -> Article:
    """Process a page as if it had no date at all (no header, no metadata, no sidecar): the dating
    stage's answer is replaced by 'unknown' before the later stages anchor anything on it."""
    article = clean.clean(doc)
    article.id = article.id or doc.content_hash[:16]
    for name, stage in pipeline.STAGES:
        if name == "dating":
            article.published = Published()
        else:
            stage(article)
    return article


def name_of(source: str) -> str:
    return Path(source.split("#")[0]).name


def load(paths, strip: set[str]) -> list[Article]:
    """Every page under `paths`, the ones whose file name is in `strip` without their date."""
    out = []
    for doc in ingest.read(paths):
        if isinstance(doc, Failure):
            continue
        out.append(without_dct(doc) if name_of(doc.source) in strip else pipeline.process(doc))
    return out
