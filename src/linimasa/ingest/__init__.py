"""Ingest: paths, directories, stdin and raw strings to decoded `Document`s, one `Failure` per bad file.

Every file, JSON line and WARC record is read in its own error boundary: whatever goes wrong with
one becomes that record's `Failure` (an unexpected exception with its type and message, the
traceback in the debug log) and the run goes on. Reads are bounded: a file, a decompressed file or
record, and the whole run stop at their byte limits while streaming, so a compression bomb is
refused after reading at most the limit.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from io import BufferedIOBase
from pathlib import Path
from typing import Any, BinaryIO

from linimasa.ingest.decode import decode
from linimasa.ingest.formats import META_KEYS, jsonl_documents, text_document, valid_meta, warc_documents
from linimasa.model import Document, Failure, InputError

log = logging.getLogger(__name__)

MAX_BYTES = 20_000_000            # one file, one decompressed file, one WARC record or JSON line
MAX_RUN_BYTES = 20_000_000_000    # everything one read() call takes in
PAGE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".warc", ".warc.gz", ".tml")
COMPRESSED = (".gz",)             # NAME.html.gz, NAME.jsonl.gz: decompressed while streaming, with the same cap
MAX_SIDECAR = 1_000_000


def document_from(content: str | bytes, source: str = "<text>", meta: dict | None = None) -> Document:
    """One page given as a string or bytes; the format is sniffed from the content."""
    if isinstance(content, bytes):
        text, encoding = decode(content)
    else:
        text, encoding = content, "utf-8"
    if not text.strip():
        raise InputError("empty page")
    return text_document(text, source, encoding, valid_meta(dict(meta or {})))


@dataclass
class Budget:
    """Bytes a run may still read; shared by every file of one `read` call."""

    left: int

    def take(self, n: int) -> None:
        self.left -= n


def read(paths: Iterable[str | Path], *, max_bytes: int = MAX_BYTES,
         max_run_bytes: int = MAX_RUN_BYTES) -> Iterator[Document | Failure]:
    """Yield a Document or a Failure for every page under `paths` ("-" reads stdin). Never raises for bad input."""
    budget = Budget(max_run_bytes)
    for raw in paths:
        name = display_name(raw)
        if budget.left <= 0:
            yield Failure(name, f"not read: the run's limit of {max_run_bytes:,} bytes is reached")
            continue
        if name == "-":
            yield from guarded("<stdin>", lambda: _read_stream(sys.stdin.buffer, "<stdin>", {}, max_bytes, budget))
            continue
        path = Path(raw)
        try:
            is_dir = path.is_dir()
        except OSError as exc:
            yield Failure(name, f"cannot read: {exc.strerror or exc}")
            continue
        if is_dir:
            for item in _pages_under(path):
                if isinstance(item, Failure):
                    yield item
                else:
                    yield from guarded(display_name(item), partial(_read_file, item, max_bytes, budget))
        elif path.exists():
            yield from guarded(name, partial(_read_file, path, max_bytes, budget))
        elif path.is_symlink():
            yield Failure(name, "broken or looping symbolic link")
        else:
            yield Failure(name, "no such file or directory")


def guarded(name: str, items: Callable[[], Iterable[Document | Failure]]) -> Iterator[Document | Failure]:
    """The items of one file; an unexpected exception while reading it becomes its last Failure."""
    try:
        yield from items()
    except Exception as exc:  # a bug on one file must not end the run
        log.debug("reading %s failed", name, exc_info=True)
        yield Failure(name, internal_error(exc))


def internal_error(exc: BaseException) -> str:
    return f"internal error: {type(exc).__name__}: {exc}"


def display_name(raw: str | Path) -> str:
    """The path as text that can always be printed and stored (an undecodable byte shows as \\xff)."""
    name = os.fspath(raw)
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _is_page(name: str) -> bool:
    name = name.lower()
    if name.endswith(COMPRESSED) and not name.endswith(".warc.gz"):
        name = name[: name.rindex(".")]
    return name.endswith(PAGE_SUFFIXES)


def _pages_under(folder: Path) -> Iterator[Path | Failure]:
    """Page files below `folder` in name order; hidden entries skipped, symbolic links to folders not
    followed (so a link loop cannot recurse), unreadable folders and dangling links reported."""
    errors: list[OSError] = []
    found = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in files:
            if not f.startswith(".") and _is_page(f):
                found.append(Path(root) / f)
    for exc in errors:
        yield Failure(display_name(exc.filename or folder), f"cannot read folder: {exc.strerror or exc}")
    for p in sorted(found):
        if p.is_symlink() and not p.exists():
            yield Failure(display_name(p), "broken or looping symbolic link")
        else:
            yield p


def sidecar_meta(path: Path) -> dict[str, Any]:
    """Fields from NAME.meta.json (or NAME.EXT.meta.json) next to a page. Raises InputError for a sidecar
    that is not a JSON object or whose fields have impossible values."""
    for candidate in (path.with_name(path.name + ".meta.json"), path.with_suffix(".meta.json")):
        if candidate.is_file():
            where = f"sidecar {candidate.name}"
            try:
                with open(candidate, "rb") as f:
                    raw = f.read(MAX_SIDECAR + 1)
                if len(raw) > MAX_SIDECAR:
                    raise InputError(f"{where}: larger than {MAX_SIDECAR:,} bytes")
                data = json.loads(raw.decode("utf-8-sig", "replace"))
            except OSError as exc:
                raise InputError(f"{where}: cannot read: {exc.strerror or exc}") from None
            except RecursionError:
                raise InputError(f"{where}: JSON nested too deeply") from None
            except ValueError as exc:
                raise InputError(f"{where}: invalid JSON: {exc}") from None
            if not isinstance(data, dict):
                raise InputError(f"{where}: not a JSON object")
            return valid_meta(data, where)
    return {}


def _read_file(path: Path, max_bytes: int, budget: Budget) -> Iterator[Document | Failure]:
    name = display_name(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
            yield Failure(name, "not a regular file")
            return
        size = info.st_size
        if size > max_bytes:
            yield Failure(name, f"too large: {size:,} bytes (limit {max_bytes:,})")
            return
        try:
            meta = sidecar_meta(path)
        except InputError as exc:
            yield Failure(name, str(exc))
            return
        lower = name.lower()
        if lower.endswith((".warc", ".warc.gz")):
            budget.take(size)
            yield from warc_documents(str(path), meta, max_bytes=max_bytes, source=name)
            return
        with open(path, "rb") as stream:
            yield from _read_stream(stream, name, meta, max_bytes, budget, compressed=lower.endswith(COMPRESSED))
    except OSError as exc:
        yield Failure(name, f"cannot read: {exc.strerror or exc}")


def read_capped(stream: BinaryIO | BufferedIOBase, limit: int) -> bytes | None:
    """At most `limit` bytes of `stream`, read in chunks; None when there are more."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(1 << 20, limit + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            return None


def _read_stream(stream: BinaryIO, name: str, meta: dict, max_bytes: int, budget: Budget,
                 compressed: bool = False) -> Iterator[Document | Failure]:
    limit = min(max_bytes, max(budget.left, 0))
    head = stream.peek(2)[:2] if hasattr(stream, "peek") else b""
    if compressed or (name == "<stdin>" and head == b"\x1f\x8b"):
        import gzip
        import zlib

        try:
            data = read_capped(gzip.GzipFile(fileobj=stream, mode="rb"), limit)
        except (OSError, EOFError, zlib.error) as exc:
            yield Failure(name, f"broken gzip data: {exc}")
            return
        if data is None:
            yield Failure(name, f"too large: more than {limit:,} bytes once decompressed (limit {max_bytes:,})")
            return
    else:
        data = read_capped(stream, limit)
        if data is None:
            yield Failure(name, f"too large: more than {max_bytes:,} bytes" if limit == max_bytes else
                          f"not read whole: the run's limit of bytes is reached ({limit:,} bytes were left)")
            return
    budget.take(len(data))
    yield from _read_bytes(data, name, meta, jsonl=_is_jsonl(name))


def _is_jsonl(name: str) -> bool:
    lower = name.lower()
    if lower.endswith(COMPRESSED):
        lower = lower[: lower.rindex(".")]
    return lower.endswith((".jsonl", ".ndjson"))


def _read_bytes(data: bytes, name: str, meta: dict, jsonl: bool = False) -> Iterator[Document | Failure]:
    if data[:2] == b"\x1f\x8b":
        yield Failure(name, "gzip-compressed data: name it NAME.EXT.gz (or .warc.gz for WARC archives)")
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
        yield from _read_bytes(data, source, meta, jsonl=lower.endswith((".jsonl", ".ndjson")))


__all__ = ["MAX_BYTES", "MAX_RUN_BYTES", "META_KEYS", "PAGE_SUFFIXES", "document_from", "read", "read_bytes", "sidecar_meta"]
