"""Ingest: paths, directories, stdin and raw strings to decoded `Document`s, one `Failure` per bad file."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from linimasa.ingest.decode import decode
from linimasa.ingest.formats import META_KEYS, jsonl_documents, text_document, warc_documents
from linimasa.model import Document, Failure, InputError

MAX_BYTES = 20_000_000
PAGE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".warc", ".warc.gz", ".tml")


def document_from(content: str | bytes, source: str = "<text>", meta: dict | None = None) -> Document:
    """One page given as a string or bytes; the format is sniffed from the content."""
    if isinstance(content, bytes):
        text, encoding = decode(content)
    else:
        text, encoding = content, "utf-8"
    if not text.strip():
        raise InputError("empty page")
    return text_document(text, source, encoding, dict(meta or {}))


def read(paths: Iterable[str | Path], *, max_bytes: int = MAX_BYTES) -> Iterator[Document | Failure]:
    """Yield a Document or a Failure for every page under `paths` ("-" reads stdin). Never raises for bad input."""
    for raw in paths:
        name = str(raw)
        if name == "-":
            yield from _read_bytes(sys.stdin.buffer.read(max_bytes + 1), "<stdin>", {}, max_bytes)
            continue
        path = Path(name)
        if path.is_dir():
            for child in sorted(_pages_under(path)):
                yield from _read_file(child, max_bytes)
        elif path.exists():
            yield from _read_file(path, max_bytes)
        else:
            yield Failure(name, "no such file or directory")


def _pages_under(folder: Path) -> Iterator[Path]:
    for p in folder.rglob("*"):
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts):
            if p.name.lower().endswith(PAGE_SUFFIXES):
                yield p


def sidecar_meta(path: Path) -> dict[str, Any]:
    """Fields from NAME.meta.json (or NAME.EXT.meta.json) next to a page."""
    for candidate in (path.with_name(path.name + ".meta.json"), path.with_suffix(".meta.json")):
        if candidate.is_file():
            try:
                data = json.loads(candidate.read_text(encoding="utf-8-sig"))
            except (OSError, ValueError):
                return {}
            return {k: str(data[k]) for k in META_KEYS if isinstance(data, dict) and data.get(k)}
    return {}


def _read_file(path: Path, max_bytes: int) -> Iterator[Document | Failure]:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield Failure(name, f"too large: {size:,} bytes (limit {max_bytes:,})")
            return
        meta = sidecar_meta(path)
        if name.lower().endswith((".warc", ".warc.gz")):
            yield from warc_documents(name, meta)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Failure(name, f"cannot read: {exc.strerror or exc}")
        return
    yield from _read_bytes(data, name, meta, max_bytes, jsonl=name.lower().endswith((".jsonl", ".ndjson")))


def _read_bytes(data: bytes, name: str, meta: dict, max_bytes: int, jsonl: bool = False):
    if len(data) > max_bytes:
        yield Failure(name, f"too large: more than {max_bytes:,} bytes")
        return
    if data[:2] == b"\x1f\x8b":
        yield Failure(name, "gzip-compressed data: name WARC archives .warc.gz, decompress other files first")
        return
    try:
        text, encoding = decode(data)
    except InputError as exc:
        yield Failure(name, str(exc))
        return
    if jsonl or (name == "<stdin>" and text.lstrip().startswith("{")):
        yield from jsonl_documents(text, name, encoding, meta)
        return
    try:
        yield text_document(text, name, encoding, meta)
    except InputError as exc:
        yield Failure(name, str(exc))


def read_bytes(data: bytes, source: str, meta: dict | None = None, *,
               max_bytes: int = MAX_BYTES) -> Iterator[Document | Failure]:
    """The Documents (or Failures) of one file given as bytes, its format told by `source`'s name.

    For readers that get files from elsewhere than the local disk (Spark's `binaryFiles`, HDFS, S3):
    the same formats and the same per-record failures as `read`.
    """
    lower = source.lower()
    meta = dict(meta or {})
    if len(data) > max_bytes:
        yield Failure(source, f"too large: {len(data):,} bytes (limit {max_bytes:,})")
    elif lower.endswith((".warc", ".warc.gz")):
        import os
        import tempfile

        # the WARC reader works on a file: spill the bytes, then name records after the real source
        suffix = ".warc.gz" if lower.endswith(".gz") else ".warc"
        with tempfile.NamedTemporaryFile(suffix=suffix, delete=False) as tmp:
            tmp.write(data)
        try:
            for item in warc_documents(tmp.name, meta):
                item.source = source + item.source[len(tmp.name):]
                if isinstance(item, Failure):
                    item.reason = item.reason.replace(tmp.name, source)
                yield item
        finally:
            os.unlink(tmp.name)
    else:
        yield from _read_bytes(data, source, meta, max_bytes, jsonl=lower.endswith((".jsonl", ".ndjson")))
