"""Canonical entities kept in the store: merged when articles arrive, read by every view without re-merging.

The merge (`linimasa.entities.canonical.merge_groups`) runs over the store's entity rows (name, type, role,
aliases and a mention count per article: never the articles themselves) and its result is written to
`canon_entities` (one row per canonical entity, in the merge's order) and `canon_members` (which articles
hold which entity). A state key (articles stored, the newest one, the entity corrections in force) says
whether the tables are current; `ingest` refreshes them after it stored pages, and the first reader of a
store that predates the tables (or was written by another tool) fills them.

Arrival order: the merge reads articles in the order of their ids (content hashes), not the order they
were stored in, so two stores of the same pages hold the same canonical entities however they were
ingested. A store that cannot be written (the web app's read-only mode) and is not current merges in
memory instead, with the same result.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import orjson

from linimasa import corrections as corr
from linimasa.model import Entity

VERSION = "2"  # bump when the merge's output for the same rows changes, so stored results are redone
BATCH = 2000   # rows fetched at a time
CACHED = 20000  # canonical entities a reader keeps at once (those of the articles it read last)


class _Count:
    """Stands in for an entity's mention list: the merge counts mentions, it never reads them."""

    __slots__ = ("n",)

    def __init__(self, n: int) -> None:
        self.n = n

    def __len__(self) -> int:
        return self.n


def stream_rows(cursor: sqlite3.Cursor) -> Iterator[Any]:
    """The rows of a query, fetched a batch at a time."""
    while batch := cursor.fetchmany(BATCH):
        yield from batch


def state_key(db: sqlite3.Connection, corrections: list[corr.Correction]) -> str:
    """What the stored canonical entities must have been computed from to be current."""
    count, top = db.execute("SELECT COUNT(*), COALESCE(MAX(rowid), 0) FROM articles").fetchone()
    renames = sorted(corr._renames(corrections).items())  # merges and added aliases change the merge's input
    digest = hashlib.sha1(orjson.dumps(renames)).hexdigest()[:16]
    return f"{VERSION}:{count}:{top}:{digest}"


def groups(db: sqlite3.Connection, corrections: Sequence[corr.Correction] = ()) -> Iterator[tuple[str, list[Entity]]]:
    """(article id, its entities with the user's renames applied), in article-id order, streamed."""
    renames = corr._renames(list(corrections))
    cur = db.execute("SELECT article_id, entity_id, name, type, role, aliases, mentions FROM entities"
                     " ORDER BY article_id, rowid")
    current: str | None = None
    ents: list[Entity] = []
    # one object per distinct text: a name in thousands of articles is held once (the merge only reads them)
    texts: dict[str, str] = {}
    alias_lists: dict[str, list[str]] = {}
    counts: dict[int, _Count] = {}
    for aid, eid, name, typ, role, aliases, mentions in stream_rows(cur):
        if aid != current:
            if current is not None:
                yield current, ents
            current, ents = aid, []
        if (forms := alias_lists.get(aliases)) is None:
            forms = alias_lists[aliases] = [texts.setdefault(a, a) for a in orjson.loads(aliases)]
        ent = Entity(id=texts.setdefault(eid, eid), name=texts.setdefault(name, name), type=texts.setdefault(typ, typ),
                     role=texts.setdefault(role, role) if role else role,
                     mentions=counts.setdefault(mentions, _Count(mentions)),  # type: ignore[arg-type]
                     aliases=forms)
        ents.append(corr._renamed(ent, renames) if renames else ent)
    if current is not None:
        yield current, ents


def compute(db: sqlite3.Connection, corrections: Sequence[corr.Correction] = ()) -> list[dict[str, Any]]:
    """The canonical entities of the store, merged now (what `refresh` stores)."""
    from linimasa.entities.canonical import merge_groups

    return merge_groups(groups(db, corrections), copy=False)  # the rows' entities are made for it


def is_current(db: sqlite3.Connection, corrections: list[corr.Correction]) -> bool:
    try:
        row = db.execute("SELECT value FROM canon_state WHERE key='state'").fetchone()
    except sqlite3.OperationalError:  # a store older than the tables, opened read-only
        return False
    return row is not None and row[0] == state_key(db, corrections)


def refresh(store: Any, corrections: list[corr.Correction] | None = None, *, force: bool = False) -> bool:
    """Bring the stored canonical entities up to date (True when they were recomputed)."""
    db = store.db
    cs = corr.load(db) if corrections is None else corrections
    if not force and is_current(db, cs):
        return False
    with store._write():  # the key is read under the write lock: two refreshing processes write once
        key = state_key(db, cs)
        row = db.execute("SELECT value FROM canon_state WHERE key='state'").fetchone()
        if not force and row is not None and row[0] == key:
            return False
        ents = compute(db, cs)
        db.execute("DELETE FROM canon_entities")
        db.execute("DELETE FROM canon_members")
        db.execute("DELETE FROM canon_aliases")
        db.executemany("INSERT INTO canon_entities (rank, id, name, type, aliases, roles, mentions, articles)"
                       " VALUES (?,?,?,?,?,?,?,?)",
                       ((n, e["id"], e["name"], e["type"], orjson.dumps(e["aliases"]).decode(),
                         orjson.dumps(e["roles"]).decode(), e["mentions"], orjson.dumps(e["articles"]).decode())
                        for n, e in enumerate(ents)))
        db.executemany("INSERT INTO canon_members (article_id, rank) VALUES (?,?)",
                       ((aid, n) for n, e in enumerate(ents) for aid in e["articles"]))
        db.executemany("INSERT INTO canon_aliases (form, rank) VALUES (?,?)",
                       ((form, n) for n, e in enumerate(ents) for form in dict.fromkeys(map(_form, e["aliases"]))))
        db.execute("INSERT OR REPLACE INTO canon_state (key, value) VALUES ('state', ?)", (key,))
    return True


def _head(r: Any) -> dict[str, Any]:
    return {"id": r[1], "name": r[2], "type": r[3], "aliases": orjson.loads(r[4]), "roles": orjson.loads(r[5]),
            "mentions": r[6]}


def _form(name: str) -> str:
    from linimasa.timeline import _fold  # the timeline's folding: its entity filter matches these forms

    return _fold(name)


class Canon:
    """Read access to the canonical entities, from the tables or (a stale read-only store) from memory."""

    def __init__(self, store: Any, corrections: list[corr.Correction]) -> None:
        self.db: sqlite3.Connection = store.db
        self._memory: list[dict[str, Any]] | None = None
        if not is_current(self.db, corrections):
            try:
                refresh(store, corrections)
            except sqlite3.OperationalError:  # read-only: merge in memory, as before the tables existed
                self._memory = compute(self.db, corrections)
        self._heads: dict[int, dict[str, Any]] | None = None  # all of them, when merged in memory
        self._by_article: dict[str, list[int]] | None = None
        self._cache: OrderedDict[int, dict[str, Any]] = OrderedDict()  # from the tables: the latest read
        self._rank_of: dict[int, int] = {}
        self._all = False

    def entities(self) -> Iterator[dict[str, Any]]:
        """Every canonical entity with its articles, in the merge's order, streamed."""
        if self._memory is not None:
            yield from self._memory
            return
        cur = self.db.execute("SELECT id, name, type, aliases, roles, mentions, articles FROM canon_entities"
                              " ORDER BY rank")
        for eid, name, typ, aliases, roles, mentions, arts in stream_rows(cur):
            yield {"id": eid, "name": name, "type": typ, "aliases": orjson.loads(aliases),
                   "roles": orjson.loads(roles), "mentions": mentions, "articles": orjson.loads(arts)}

    def heads(self) -> dict[int, dict[str, Any]]:
        """rank -> every entity without its article list."""
        if self._memory is not None:
            if self._heads is None:
                self._heads = {n: {k: v for k, v in e.items() if k != "articles"} for n, e in enumerate(self._memory)}
            return self._heads
        self._load(None)
        return self._cache

    _COLUMNS = "e.rank, e.id, e.name, e.type, e.aliases, e.roles, e.mentions"

    def _load(self, ranks: list[int] | None, rows: Iterable[Any] = ()) -> None:
        """Entities (without their articles) into the cache, by rank: only those a reader touches."""
        if ranks is None:
            if self._all:
                return
            rows = stream_rows(self.db.execute(f"SELECT {self._COLUMNS} FROM canon_entities e"))
            self._all = True
        elif ranks:
            missing = [n for n in ranks if n not in self._cache]
            rows = (r for start in range(0, len(missing), 500) for r in self.db.execute(
                f"SELECT {self._COLUMNS} FROM canon_entities e WHERE e.rank IN"
                f" ({','.join('?' * len(missing[start:start + 500]))})", missing[start:start + 500]))
        for r in rows:
            if r[0] not in self._cache:
                self._cache[r[0]] = head = _head(r)
                self._rank_of[id(head)] = r[0]
        if not self._all:
            while len(self._cache) > CACHED:  # a stream over every article touches every entity: keep the latest
                _n, head = self._cache.popitem(last=False)
                self._rank_of.pop(id(head), None)

    def matching(self, keep: Callable[[dict[str, Any]], bool]) -> list[int]:
        """Ranks of the entities `keep` accepts, read in one pass without keeping the others."""
        if self._memory is not None:
            return [n for n, h in self.heads().items() if keep(h)]
        return [r[0] for r in stream_rows(self.db.execute(f"SELECT {self._COLUMNS} FROM canon_entities e"))
                if keep(_head(r))]

    def _heads_of(self, ranks: list[int]) -> list[dict[str, Any]]:
        if self._memory is not None:
            heads = self.heads()
            return [heads[n] for n in ranks]
        self._load(ranks)
        out = []
        for n in ranks:
            if n not in self._cache:  # pushed out by the others just read (more than CACHED at once)
                self._load([n])
            self._cache.move_to_end(n)
            out.append(self._cache[n])
        return out

    def of_article(self, article_id: str) -> list[dict[str, Any]]:
        """The canonical entities an article holds, in the merge's order (the first one owning an alias wins)."""
        if self._memory is not None:
            if self._by_article is None:
                by: dict[str, list[int]] = {}
                for n, e in enumerate(self._memory):
                    for aid in e["articles"]:
                        by.setdefault(aid, []).append(n)
                self._by_article = by
            return self._heads_of(self._by_article.get(article_id, []))
        return self._heads_of([r[0] for r in self.db.execute(
            "SELECT rank FROM canon_members WHERE article_id=? ORDER BY rank", (article_id,))])

    def named(self, asked: Iterable[str]) -> list[dict[str, Any]]:
        """The entities any of the names `asked` names (as their name or an alias), and every other entity of
        the same name, in the merge's order: from the indexes, not a scan of every entity."""
        forms = sorted({_form(a) for a in asked})
        if self._memory is not None:
            hit = {h["name"] for h in self.heads().values() if any(_form(a) in forms for a in h["aliases"])}
            return [h for h in self.heads().values() if h["name"] in hit]
        ranks = sorted({r[0] for r in self.db.execute(
            f"SELECT rank FROM canon_aliases WHERE form IN ({','.join('?' * len(forms))})", forms)})
        hit_names = sorted({h["name"] for h in self._heads_of(ranks)})
        ranks = sorted(set(ranks) | {r[0] for r in self.db.execute(
            f"SELECT rank FROM canon_entities WHERE name IN ({','.join('?' * len(hit_names))})", hit_names)})
        return self._heads_of(ranks)

    def ranks(self, wanted: Iterable[dict[str, Any]]) -> list[int]:
        if self._memory is not None:
            index = {id(h): n for n, h in self.heads().items()}
            return sorted(index[id(w)] for w in wanted if id(w) in index)
        return sorted(self._rank_of[id(w)] for w in wanted if id(w) in self._rank_of)

    def articles_of(self, ranks: list[int]) -> list[str]:
        """Ids of the articles holding any of these entities."""
        if self._memory is not None:
            return sorted({aid for n in ranks for aid in self._memory[n]["articles"]})
        out: set[str] = set()
        for start in range(0, len(ranks), 500):
            chunk = ranks[start:start + 500]
            out.update(r[0] for r in self.db.execute(
                f"SELECT DISTINCT article_id FROM canon_members WHERE rank IN ({','.join('?' * len(chunk))})", chunk))
        return sorted(out)
