"""Large stores for benchmarks: distinct generated pages annotated once, then bulk-copied with fresh ids.

Copies in groups of GROUP share renamed people ("Made Suarjana 0012"), so an entity appears in tens of
articles as in a real store rather than in all of them. Copies are not linked as near-duplicates (each
copy would be a wire copy of its original), which keeps the build fast; the near-duplicate lookup has
its own benchmark in bench/ingest.py.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate_pages  # noqa: E402

from linimasa import ingest, pipeline  # noqa: E402
from linimasa.model import Article, Failure, InputError  # noqa: E402
from linimasa.store import Store  # noqa: E402

GROUP = 50


def annotated(n: int, folder: Path) -> list[Article]:
    """n distinct generated pages through the real pipeline."""
    generate_pages(folder, n)
    out = []
    for doc in ingest.read([folder]):
        if isinstance(doc, Failure):
            continue
        try:
            out.append(pipeline.process(doc))
        except InputError:
            continue
    return out


def renamed(article: Article, group: int) -> tuple[Article, list[str]]:
    """A copy whose people carry the group's number, in entities, events and quotes alike."""
    tag = f" {group:04d}"
    names = {e.name: e.name + tag for e in article.entities if e.type == "PER"}
    ents = [replace(e, name=names.get(e.name, e.name), aliases=[names.get(a, a) for a in e.aliases])
            for e in article.entities]
    events = [replace(ev, participants=[names.get(p, p) for p in ev.participants]) for ev in article.events]
    quotes = [replace(q, speaker=names.get(q.speaker, q.speaker) if q.speaker else None) for q in article.quotes]
    return replace(article, entities=ents, events=events, quotes=quotes), list(names.values())


def build_store(path: Path, base: list[Article], size: int) -> list[str]:
    """A store of `size` copies of `base`; returns the renamed people (one list entry per group)."""
    people: list[str] = []
    now = datetime.now(UTC).isoformat()
    with Store(path) as st, st.db:
        for i in range(size):
            art, names = renamed(base[i % len(base)], i // GROUP)
            art = replace(art, id=f"{i:016x}")
            if i % GROUP == 0:
                people += names
            cur = st.db.execute(
                "INSERT INTO articles (id, content_hash, source, url, title, outlet, published, precision, body,"
                " json, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (art.id, f"bench-{i}", art.source, art.url, art.title, art.outlet, art.published.value,
                 art.published.precision, art.body, json.dumps(art.to_dict(), ensure_ascii=False), now))
            st.db.execute("INSERT INTO articles_fts(rowid, title, body) VALUES (?,?,?)",
                          (cur.lastrowid, art.title or "", art.body))
            st._index(art)
    return sorted(set(people))
