"""Readers for each input format: plain text, HTML, JSON Lines, WARC and TimeML."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from linimasa.model import Document, Failure, InputError

META_KEYS = ("published", "url", "outlet", "title")
_TAG = re.compile(r"<\s*(html|head|body|div|p|article|meta|title|span|a)\b", re.I)
_TIMEML = re.compile(r"<TimeML\b|<DCT>", re.I)


def sniff_format(text: str) -> str:
    """'timeml', 'html' or 'text' from the content itself."""
    head = text[:4000]
    if _TIMEML.search(head) and "<TEXT>" in text:
        return "timeml"
    stripped = head.lstrip().lower()
    if stripped.startswith(("<!doctype html", "<html", "<?xml")) or len(_TAG.findall(head)) >= 3:
        return "html"
    return "text"


def text_document(text: str, source: str, encoding: str, meta: dict[str, Any], fmt: str | None = None) -> Document:
    fmt = fmt or sniff_format(text)
    if fmt == "timeml":
        return timeml_document(text, source, encoding, meta)
    return Document(source=source, text=text, format=fmt, encoding=encoding, meta=dict(meta))


_DCT_VALUE = re.compile(r"<DCT>.*?value=\"([^\"]+)\"", re.S | re.I)
_SECTION = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S | re.I) for name in ("TEXT", "TITLE", "DOCID")}


def timeml_document(text: str, source: str, encoding: str, meta: dict[str, Any]) -> Document:
    """TimeML is read by slicing, not by an XML parser: real files are not always XML-clean."""
    body = _SECTION["TEXT"].search(text)
    if not body:
        raise InputError("TimeML file without a <TEXT> element")
    meta = dict(meta)
    dct = _DCT_VALUE.search(text)
    if dct:
        meta.setdefault("dct", dct.group(1))
        meta.setdefault("published", _pad_date(dct.group(1)))
    title = _SECTION["TITLE"].search(text)
    if title and title.group(1).strip():
        meta.setdefault("title", re.sub(r"<[^>]+>", "", title.group(1)).strip())
    content = re.sub(r"</?TIMEX3\b[^>]*>", "", body.group(1))
    return Document(source=source, text=content, format="timeml", encoding=encoding, meta=meta)


def _pad_date(value: str) -> str:
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(.*)", value.strip())
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}{m.group(4)}" if m else value.strip()


def jsonl_documents(text: str, source: str, encoding: str, meta: dict[str, Any]) -> Iterator[Document | Failure]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}#{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(where, f"invalid JSON on line {number}: {exc.msg}")
            continue
        if not isinstance(record, dict):
            yield Failure(where, f"line {number} is not a JSON object")
            continue
        content = record.get("html") or record.get("text")
        if not isinstance(content, str) or not content.strip():
            yield Failure(where, f"line {number} has no 'text' or 'html' field")
            continue
        fields = {**meta, **{k: str(record[k]) for k in META_KEYS if record.get(k)}}
        yield text_document(content, where, encoding, fields, "html" if record.get("html") else None)


def warc_documents(path: str, meta: dict[str, Any]) -> Iterator[Document | Failure]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from linimasa.ingest.decode import decode

    count = 0
    try:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type not in ("response", "resource"):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or ""
                if ctype and "html" not in ctype and "text" not in ctype:
                    continue
                where = f"{path}#{uri or count}"
                count += 1
                try:
                    text, encoding = decode(record.content_stream().read())
                except InputError as exc:
                    yield Failure(where, str(exc))
                    continue
                fields = {**meta, "url": uri} if uri else dict(meta)
                fetched = record.rec_headers.get_header("WARC-Date")
                if fetched:
                    fields["fetched"] = fetched  # when it was crawled: not a publication date
                yield text_document(text, where, encoding, fields, "html" if "html" in ctype else None)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield Failure(path, f"unreadable or truncated WARC after {count} records: {exc}")
        return
    problem = _gzip_problem(path) if path.lower().endswith(".gz") else None
    if problem:  # warcio stops quietly at a cut gzip member: say so, keeping the records read
        yield Failure(path, f"truncated WARC after {count} records: {problem}")


def _gzip_problem(path: str) -> str | None:
    import gzip
    import zlib

    try:
        with gzip.open(path, "rb") as stream:
            while stream.read(1 << 20):
                pass
    except (EOFError, OSError, zlib.error) as exc:
        return str(exc)
    return None
