"""Readers for each input format: plain text, HTML, JSON Lines, WARC and TimeML."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from typing import Any

from linimasa.model import Document, Failure, InputError

log = logging.getLogger(__name__)

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
    """The one door every page passes: normalised (see `decode.normalize`), its format sniffed."""
    from linimasa.ingest.decode import normalize

    text, notes = normalize(text)
    if notes:
        meta = {**meta, "notes": [*meta.get("notes", []), *notes]}
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
        if not valid_date(_pad_date(dct.group(1))):
            raise InputError(f"TimeML DCT value is not a possible date: {dct.group(1)[:40]!r}")
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


MAX_FIELD = 10_000  # characters in one metadata field


def valid_meta(data: dict[str, Any], where: str = "") -> dict[str, Any]:
    """The known metadata fields of `data`, checked: each a string (a number is taken as its text),
    none longer than MAX_FIELD, and `published` a date that exists. Raises InputError naming the field."""
    prefix = f"{where}: " if where else ""
    out: dict[str, Any] = {k: v for k, v in data.items() if k not in META_KEYS and k in ("notes", "dct", "fetched")}
    for key in META_KEYS:
        value = data.get(key)
        if value is None or value == "":
            continue
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise InputError(f"{prefix}field '{key}' must be a string, not {type(value).__name__}")
        value = str(value).strip()
        if len(value) > MAX_FIELD:
            raise InputError(f"{prefix}field '{key}' is {len(value):,} characters long (limit {MAX_FIELD:,})")
        if key == "published" and value and not valid_date(value):
            raise InputError(f"{prefix}field 'published' is not a possible date: {value[:40]!r} "
                             "(expected YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS][+07:00], YYYY-MM or YYYY)")
        if value:
            out[key] = value
    return out


def valid_date(value: str) -> bool:
    """A publication date the dating stage reads (ISO, with or without a time, or a written date) and
    that exists in the calendar: "2021-13-45", "2021-02-30" and "yesterday" are not."""
    from linimasa.lang.id.dateformats import normalise
    from linimasa.time.values import exists

    found = normalise(value)
    return found is not None and exists(found[0])


def jsonl_documents(text: str, source: str, encoding: str, meta: dict[str, Any]) -> Iterator[Document | Failure]:
    """One Document or Failure per non-empty line; each line in its own error boundary."""
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{source}#{number}"
        try:
            yield _jsonl_record(line, number, where, encoding, meta)
        except InputError as exc:
            yield Failure(where, str(exc))
        except Exception as exc:  # an unexpected failure on one line must not lose the rest of the file
            log.debug("%s failed", where, exc_info=True)
            yield Failure(where, f"internal error: {type(exc).__name__}: {exc}")


def _jsonl_record(line: str, number: int, where: str, encoding: str, meta: dict[str, Any]) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON on line {number}: {exc.msg}") from None
    except RecursionError:
        raise InputError(f"line {number}: JSON nested too deeply") from None
    if not isinstance(record, dict):
        raise InputError(f"line {number} is not a JSON object")
    content = record.get("html") or record.get("text")
    if not isinstance(content, str) or not content.strip():
        raise InputError(f"line {number} has no 'text' or 'html' field")
    try:
        fields = {**meta, **valid_meta(record)}
    except InputError as exc:
        raise InputError(f"line {number}: {exc}") from None
    return text_document(content, where, encoding, fields, "html" if record.get("html") else None)


def warc_documents(path: str, meta: dict[str, Any], *, max_bytes: int = 20_000_000,
                   source: str | None = None) -> Iterator[Document | Failure]:
    """Documents of the HTML/text response and resource records; every record in its own error boundary,
    each read while streaming up to `max_bytes` (a larger record is refused, not decompressed whole)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = source or path
    count = yielded = 0
    try:
        with open(path, "rb") as stream:
            records = ArchiveIterator(stream)
            _tolerate_missing_uri(records)
            for record in records:
                if record.rec_type not in ("response", "resource"):
                    continue
                count += 1
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                where = f"{name}#{uri or count}"
                try:
                    item = _warc_record(record, uri, where, meta, max_bytes)
                except InputError as exc:
                    item = Failure(where, str(exc))
                except (ArchiveLoadFailed, OSError, EOFError):
                    raise
                except Exception as exc:
                    log.debug("%s failed", where, exc_info=True)
                    item = Failure(where, f"internal error: {type(exc).__name__}: {exc}")
                if item is not None:
                    yielded += 1
                    yield item
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield Failure(name, f"unreadable or truncated WARC after {count} records: {exc}")
        return
    problem = _gzip_problem(path) if path.lower().endswith(".gz") else None
    if problem:  # warcio stops quietly at a cut gzip member: say so, keeping the records read
        yield Failure(name, f"truncated WARC after {count} records: {problem}")
    elif not yielded:
        yield Failure(name, f"no HTML or text pages in this WARC ({count} response or resource records)")


def _tolerate_missing_uri(records) -> None:
    """warcio reads a response's HTTP headers only for an http(s) target and fails on a record without
    WARC-Target-URI; such a record is read as an HTTP response (its source is then NAME#N)."""
    loader = getattr(records, "loader", None)
    if loader is None or not hasattr(loader, "load_http_headers"):
        return
    original = loader.load_http_headers
    loader.load_http_headers = lambda rec_type, uri, stream, length: original(rec_type, uri or "http://", stream,
                                                                              length)


def _warc_record(record, uri: str, where: str, meta: dict[str, Any], max_bytes: int) -> Document | Failure | None:
    from linimasa.ingest.decode import decode

    ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or ""
    if ctype and "html" not in ctype and "text" not in ctype:
        return None
    declared = record.rec_headers.get_header("Content-Length")
    if declared and declared.strip().isdigit() and int(declared) > max_bytes + 65536:
        return Failure(where, f"record too large: {int(declared):,} bytes (limit {max_bytes:,})")
    stream = record.content_stream()
    chunks, total = [], 0
    while True:
        chunk = stream.read(min(1 << 20, max_bytes + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            return Failure(where, f"record too large: more than {max_bytes:,} bytes decompressed")
    text, encoding = decode(b"".join(chunks))
    fields = {**meta, "url": uri} if uri else dict(meta)
    fetched = record.rec_headers.get_header("WARC-Date")
    if fetched:
        fields["fetched"] = fetched  # when it was crawled: not a publication date
    return text_document(text, where, encoding, fields, "html" if "html" in ctype else None)


def _gzip_problem(path: str) -> str | None:
    """Why the gzip stream of `path` is cut, or None; bounded in time by decompressing in chunks
    into nothing (a bomb costs about a second per GiB here, never memory)."""
    import gzip
    import zlib

    try:
        with gzip.open(path, "rb") as stream:
            while stream.read(1 << 20):
                pass
    except (EOFError, OSError, zlib.error) as exc:
        return str(exc)
    return None
