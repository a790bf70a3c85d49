"""Helpers for the dating-across-documents checks: pages whose publication date is taken away."""

from __future__ import annotations

from pathlib import Path

from linimasa import ingest, pipeline
from linimasa.model import Article, Failure
from linimasa.stories.evaluate import without_dct


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
