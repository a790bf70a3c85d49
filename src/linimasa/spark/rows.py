"""Analysed articles as rows of the Parquet tables (`schemas.TABLES`), and pages read from bytes.

Plain Python, no Spark: the executors call these, and so do the tests.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import PurePosixPath

from linimasa import ingest, parallel
from linimasa.ingest.formats import META_KEYS
from linimasa.model import Article, Failure
from linimasa.spark.schemas import columns
from linimasa.store import minhash


def _tuple(table: str, row: dict) -> tuple:
    return tuple(row.get(c) for c in columns(table))


def article_rows(article: Article, content_hash: str, input_order: str) -> Iterator[tuple[str, tuple]]:
    """(table, row) for the article and each of its timexes, entities, quotes and events."""
    from linimasa.timeline import _warnings

    a, aid = article, article.id
    sig, shingle_count = minhash.signature_and_size(a.body)  # one pass over the shingles
    yield "articles", _tuple("articles", {
        "id": aid, "content_hash": content_hash, "input_order": input_order, "source": a.source, "url": a.url,
        "title": a.title, "outlet": a.outlet, "section": a.section, "dateline": a.dateline, "language": a.language,
        "published": a.published.value, "precision": a.published.precision, "published_source": a.published.source,
        "body": a.body, "minhash": minhash.pack(sig), "shingle_count": shingle_count,
        "warnings": _warnings([a]), "json": json.dumps(a.to_dict(), ensure_ascii=False)})
    for t in a.timexes:
        yield "timexes", (aid, t.start, t.end, t.text, t.type, t.value)
    for e in a.entities:
        yield "entities", (aid, e.id, e.name, e.type, e.role, list(e.aliases),
                           [(m.start, m.end, m.text) for m in e.mentions])
    for q in a.quotes:
        yield "quotes", (aid, q.start, q.end, q.text, q.speaker, q.speaker_id, q.cue, a.published.value)
    for n, ev in enumerate(a.events):
        yield "events", _tuple("events", {
            "article_id": aid, "position": n, "start": ev.start, "end": ev.end, "type": ev.type, "text": ev.text,
            "date": ev.date.value if ev.date else None, "precision": ev.date.precision if ev.date else None,
            "date_source": ev.date.source if ev.date else None, "participants": list(ev.participants),
            "location": ev.location, "hint": ev.hint, "background": ev.background, "trigger": ev.trigger})


def failure_row(f: Failure) -> tuple[str, tuple]:
    return "failures", (f.source, f.reason)


def sidecar_fields(data: bytes) -> dict[str, str]:
    """The fields of a NAME.meta.json sidecar, as `ingest.sidecar_meta` reads them from disk."""
    try:
        parsed = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return {}
    return {k: str(parsed[k]) for k in META_KEYS if isinstance(parsed, dict) and parsed.get(k)}


def sidecar_names(page: str) -> list[str]:
    """Where a page's sidecar may be, preferred first: NAME.EXT.meta.json, then NAME.meta.json."""
    folder, slash, name = page.rpartition("/")
    stem = name[: name.rfind(".")] if "." in name[1:] else name
    return [page + ".meta.json", folder + slash + stem + ".meta.json"]


def is_page(name: str) -> bool:
    """A page by its name, as directory reading chooses: a page suffix and no hidden part."""
    base = PurePosixPath(name).name
    return base.lower().endswith(ingest.PAGE_SUFFIXES) and not base.startswith(".")


def analyse_file(data: bytes, source: str, input_order: str, meta: dict) -> Iterator[tuple[str, tuple]]:
    """Every (table, row) of one input file: records read from the bytes, analysed, failures as rows."""
    for n, item in enumerate(ingest.read_bytes(data, source, meta)):
        if isinstance(item, Failure):
            yield failure_row(item)
            continue
        result = parallel.analyse(item)
        if isinstance(result, Failure):
            yield failure_row(result)
        else:
            yield from article_rows(result, item.content_hash, f"{input_order}\x01{n:09d}")
