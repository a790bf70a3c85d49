"""Ingest: turn paths, stdin and raw strings into decoded `Document`s (stub until the ingest work lands)."""

from __future__ import annotations

from linimasa.model import Document


def document_from(content: str | bytes, source: str = "<text>", meta: dict | None = None) -> Document:
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    fmt = "html" if text.lstrip()[:200].lower().startswith(("<!doctype html", "<html")) else "text"
    return Document(source=source, text=text, format=fmt, meta=dict(meta or {}))


def read(paths, *, max_bytes: int = 20_000_000):
    """Yield a Document or a Failure for every page under `paths` (stub: plain files only)."""
    from pathlib import Path

    from linimasa.model import Failure

    for p in paths:
        try:
            yield document_from(Path(p).read_bytes(), source=str(p))
        except OSError as exc:
            yield Failure(str(p), str(exc))
