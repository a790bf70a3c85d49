"""The SQLite store: articles by content hash (idempotent), near-duplicate links, index tables and FTS5 search.

One transaction per article, WAL journal: a crash or kill -9 mid-ingest leaves every stored
article whole, and a re-run skips what is already there.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import orjson

from linimasa.model import Article
from linimasa.store import minhash

# Near-duplicate: most of the shorter page is in the longer one (a wire story, or its first page only).
NEAR_DUPLICATE = 0.8   # estimated containment
MIN_JACCARD = 0.4      # and not a short page inside a long one that merely quotes it
BAND_CANDIDATES = 16   # latest articles compared per LSH band: bounded time per article whatever the store's size

# Each entry migrates the schema from version i to i+1.
MIGRATIONS = [
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        url TEXT,
        title TEXT,
        outlet TEXT,
        published TEXT,
        precision TEXT,
        body TEXT NOT NULL,
        json TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE TABLE signatures (article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, sig BLOB NOT NULL);
    CREATE TABLE lsh (band TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE);
    CREATE INDEX lsh_band ON lsh(band);
    CREATE TABLE near_duplicates (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        duplicate_of TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        similarity REAL NOT NULL,
        PRIMARY KEY (article_id, duplicate_of)
    );
    CREATE TABLE entities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, role TEXT,
        aliases TEXT NOT NULL, mentions INTEGER NOT NULL
    );
    CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
    CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        text TEXT NOT NULL, speaker TEXT, speaker_id TEXT, date TEXT
    );
    CREATE TABLE events (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        date TEXT, precision TEXT, type TEXT NOT NULL, text TEXT NOT NULL,
        participants TEXT NOT NULL, location TEXT
    );
    CREATE INDEX events_date ON events(date);
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='rowid',
                                                 tokenize='unicode61 remove_diacritics 2');
    """,
    # 2: shingle counts, so that containment (not only Jaccard) can be estimated for wire copies
    """
    ALTER TABLE signatures ADD COLUMN size INTEGER NOT NULL DEFAULT 0;
    """,
    # 3: user corrections, applied at read time by linimasa.corrections (never edit an article)
    """
    CREATE TABLE IF NOT EXISTS corrections (
        id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, value TEXT NOT NULL, who TEXT NOT NULL,
        at TEXT NOT NULL, note TEXT, undone_at TEXT
    );
    """,
    # 4: every surface form of every article's entities, indexed: an entity filter selects its articles in SQL
    """
    CREATE TABLE IF NOT EXISTS entity_aliases (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        alias TEXT NOT NULL COLLATE NOCASE
    );
    INSERT INTO entity_aliases SELECT article_id, name FROM entities;
    INSERT INTO entity_aliases SELECT article_id, value FROM entities, json_each(entities.aliases);
    CREATE INDEX IF NOT EXISTS entity_aliases_alias ON entity_aliases(alias);
    """,
    # 5: template furniture (linimasa.store.templates): each page's candidate lines and raw text, for re-cleaning
    """
    CREATE TABLE IF NOT EXISTS templates_pages (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        site TEXT NOT NULL, grp TEXT NOT NULL, format TEXT NOT NULL, meta TEXT NOT NULL,
        raw BLOB NOT NULL, lines TEXT NOT NULL, removed TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS templates_pages_site ON templates_pages(site);
    CREATE TABLE IF NOT EXISTS templates_lines (
        site TEXT NOT NULL, line TEXT NOT NULL, grp TEXT NOT NULL, PRIMARY KEY (site, line, grp)
    ) WITHOUT ROWID;
    """,
    # 6: stories: which story each article was placed in, and which stories were merged into which
    """
    CREATE TABLE IF NOT EXISTS story_members (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL,
        score REAL NOT NULL
    );
    CREATE INDEX IF NOT EXISTS story_members_story ON story_members(story_id);
    CREATE TABLE IF NOT EXISTS story_merges (story_id TEXT PRIMARY KEY, merged_into TEXT NOT NULL);
    """,
    # 7: canonical entities merged once, not on every read (linimasa.store.canon), and the per-article
    # indexes that let the read views stream an article's rows instead of loading the store
    """
    CREATE TABLE IF NOT EXISTS canon_entities (
        rank INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
        aliases TEXT NOT NULL, roles TEXT NOT NULL, mentions INTEGER NOT NULL, articles TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS canon_members (article_id TEXT NOT NULL, rank INTEGER NOT NULL);
    CREATE INDEX IF NOT EXISTS canon_members_article ON canon_members(article_id, rank);
    CREATE INDEX IF NOT EXISTS canon_members_rank ON canon_members(rank);
    CREATE TABLE IF NOT EXISTS canon_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS canon_entities_article ON entities(article_id);
    CREATE INDEX IF NOT EXISTS canon_quotes_article ON quotes(article_id);
    CREATE INDEX IF NOT EXISTS canon_events_article ON events(article_id);
    """,
    # 8: the canonical entities by each of their names, so that an entity filter finds its entity in SQL
    """
    CREATE TABLE IF NOT EXISTS canon_aliases (form TEXT NOT NULL, rank INTEGER NOT NULL);
    CREATE INDEX IF NOT EXISTS canon_aliases_form ON canon_aliases(form);
    CREATE INDEX IF NOT EXISTS canon_entities_name ON canon_entities(name);
    DELETE FROM canon_state;
    """,
]


MAX_QUERY_WORDS = 64  # every word must occur: more only slows FTS5 down (its cost grows with the terms)
BUSY_SECONDS = 60   # how long a writer waits for another one's lock before each retry
RETRIES = 5


def article_filters(prefix: str, outlet: str | None, date_from: str | None,
                    date_to: str | None) -> tuple[list[str], list[str | int]]:
    """The SQL conditions (each opening with AND) and arguments of the filters every article listing shares;
    `prefix` qualifies the columns ("a." when the articles table is joined under that name)."""
    conditions: list[str] = []
    args: list[str | int] = []
    if outlet:
        conditions.append(f"AND {prefix}outlet = ? COLLATE NOCASE")
        args.append(outlet)
    if date_from:
        conditions.append(f"AND {prefix}published >= ?")
        args.append(date_from)
    if date_to:
        conditions.append(f"AND substr({prefix}published, 1, ?) <= ?")
        args += [len(date_to), date_to]
    return conditions, args


def _retry(action):
    """Run `action`, retrying "database is locked" / "busy" a few times after the busy timeout ran out."""
    for attempt in range(RETRIES):
        try:
            return action()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or attempt == RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def _statements(script: str) -> Iterator[str]:
    """The SQL statements of a migration script, one at a time (executescript would commit mid-way)."""
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip().strip(";").strip():
                yield buf
            buf = ""
    if buf.strip().strip(";").strip():
        yield buf


class Store:
    """`with Store("linimasa.db") as st: st.add(article, doc.content_hash); st.search("Wibowo")`."""

    def __init__(self, path: str | Path, *, create: bool = True, read_only: bool = False,
                 check_same_thread: bool = True):
        self.path = Path(path)
        if (read_only or not create) and not self.path.exists():
            raise FileNotFoundError(f"no store at {self.path}")
        if read_only:  # the web app's default: nothing it does can change the file
            self.db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_SECONDS,
                                      check_same_thread=check_same_thread)
            self.db.row_factory = sqlite3.Row
            return
        # Autocommit mode: every write is an explicit BEGIN IMMEDIATE ... COMMIT (see `_write`), so a
        # writer takes the lock before it reads what it decides on, and waits (busy timeout) instead of failing.
        self.db = sqlite3.connect(str(self.path), timeout=BUSY_SECONDS, isolation_level=None,
                                  check_same_thread=check_same_thread)
        self.db.row_factory = sqlite3.Row
        _retry(lambda: self.db.execute("PRAGMA journal_mode=WAL"))
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        """Bring the schema up to date atomically: the version is read and every missing migration applied
        under one write lock, so two processes opening a new store at once cannot both create it."""
        if self.schema_version >= len(MIGRATIONS):
            return
        with self._write():
            version = self.schema_version
            for number, script in enumerate(MIGRATIONS[version:], version + 1):
                for statement in _statements(script):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version={number}")

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One write transaction: BEGIN IMMEDIATE (retried while another writer holds the lock), then
        COMMIT, or ROLLBACK on any exception."""
        _retry(lambda: self.db.execute("BEGIN IMMEDIATE"))
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        _retry(lambda: self.db.execute("COMMIT"))

    # -- writing ---------------------------------------------------------------------------------

    def has_hash(self, content_hash: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE content_hash=?", (content_hash,)).fetchone() is not None

    def add(self, article: Article, content_hash: str) -> str:
        """Store one article in one transaction: "new", "near-duplicate" (stored, linked) or "duplicate" (skipped)."""
        if self.has_hash(content_hash):
            return "duplicate"
        sig, size = minhash.signature_and_size(article.body)
        status = "new"
        with self._write():
            cur = self.db.execute(
                "INSERT OR IGNORE INTO articles (id, content_hash, source, url, title, outlet, published, precision,"
                " body, json, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (article.id, content_hash, article.source, article.url, article.title, article.outlet,
                 article.published.value, article.published.precision, article.body,
                 json.dumps(article.to_dict(), ensure_ascii=False), datetime.now(UTC).isoformat()))
            if cur.rowcount == 0:
                return "duplicate"  # another process stored the same page meanwhile
            rowid = cur.lastrowid
            self.db.execute("INSERT INTO articles_fts(rowid, title, body) VALUES (?,?,?)",
                            (rowid, article.title or "", article.body))
            best = self._best_near_duplicate(article.id, sig, size)
            if best:
                status = "near-duplicate"
                self.db.execute("INSERT OR IGNORE INTO near_duplicates VALUES (?,?,?)", (article.id, *best))
            self.db.execute("INSERT INTO signatures (article_id, sig, size) VALUES (?,?,?)",
                            (article.id, minhash.pack(sig), size))
            self.db.executemany("INSERT INTO lsh VALUES (?,?)", [(b, article.id) for b in minhash.bands(sig)])
            self._index(article)
        return status

    def update(self, article: Article) -> None:
        """Replace the analysis of a stored article (same id and page), e.g. after it was cleaned again."""
        with self.db:
            row = self.db.execute("SELECT rowid, title, body FROM articles WHERE id=?", (article.id,)).fetchone()
            if row is None:
                raise KeyError(article.id)
            self.db.execute("INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete',?,?,?)",
                            (row[0], row[1] or "", row[2]))
            self.db.execute(
                "UPDATE articles SET url=?, title=?, outlet=?, published=?, precision=?, body=?, json=? WHERE id=?",
                (article.url, article.title, article.outlet, article.published.value, article.published.precision,
                 article.body, json.dumps(article.to_dict(), ensure_ascii=False), article.id))
            self.db.execute("INSERT INTO articles_fts(rowid, title, body) VALUES (?,?,?)",
                            (row[0], article.title or "", article.body))
            for table in ("entities", "entity_aliases", "quotes", "events"):  # the rows _index writes
                self.db.execute(f"DELETE FROM {table} WHERE article_id=?", (article.id,))
            self._index(article)
            self.db.execute("DELETE FROM canon_state")  # its entities changed: the canonical ones are redone

    def _best_near_duplicate(self, article_id: str, sig: list[int], size: int) -> tuple[str, float] | None:
        # The latest few articles of each band, not all of them: pages that share a site's furniture fill
        # a band without bound, and a wire copy is looked up within days of its original.
        candidates = {r[0] for band in minhash.bands(sig) for r in self.db.execute(
            "SELECT article_id FROM lsh WHERE band=? ORDER BY rowid DESC LIMIT ?", (band, BAND_CANDIDATES))}
        candidates.discard(article_id)
        best = None
        for cid in candidates:
            row = self.db.execute("SELECT sig, size FROM signatures WHERE article_id=?", (cid,)).fetchone()
            jaccard = minhash.similarity(sig, minhash.unpack(row[0]))
            score = minhash.containment(jaccard, size, row[1]) if row[1] else jaccard
            if jaccard >= MIN_JACCARD and score >= NEAR_DUPLICATE and (best is None or score > best[1]):
                best = (cid, round(score, 3))
        return best

    def _index(self, a: Article) -> None:
        self.db.executemany("INSERT INTO entities VALUES (?,?,?,?,?,?,?)", [
            (a.id, e.id, e.name, e.type, e.role, json.dumps(e.aliases, ensure_ascii=False), len(e.mentions))
            for e in a.entities])
        self.db.executemany("INSERT INTO entity_aliases VALUES (?,?)", [
            (a.id, form) for e in a.entities for form in dict.fromkeys([e.name, *e.aliases])])
        self.db.executemany("INSERT INTO quotes VALUES (?,?,?,?,?)", [
            (a.id, q.text, q.speaker, q.speaker_id, a.published.value) for q in a.quotes])
        self.db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?)", [
            (a.id, e.date.value if e.date else None, e.date.precision if e.date else None, e.type, e.text,
             json.dumps(e.participants, ensure_ascii=False), e.location) for e in a.events])

    # -- reading ---------------------------------------------------------------------------------

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def get(self, article_id: str) -> Article | None:
        row = self.db.execute("SELECT json FROM articles WHERE id=?", (article_id,)).fetchone()
        return Article.from_dict(orjson.loads(row[0])) if row else None

    def articles(self, ids: list[str] | None = None) -> Iterator[Article]:
        """Stored articles, all (in the order they were stored) or `ids` (in that order), read one at a time."""
        if ids is None:
            rows: Iterable[sqlite3.Row] = self.db.execute("SELECT json FROM articles ORDER BY rowid")
        else:
            rows = self._by_ids(ids)
        for row in rows:
            yield Article.from_dict(orjson.loads(row[0]))

    def _by_ids(self, ids: list[str]) -> Iterator[sqlite3.Row]:
        for start in range(0, len(ids), 200):  # a few hundred at a time, not one query per article
            chunk = ids[start:start + 200]
            found = {r[0]: r for r in self.db.execute(
                f"SELECT id, json FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk)}
            for i in chunk:
                if i in found:
                    yield (found[i][1],)  # type: ignore[misc]

    def near_duplicates(self) -> list[tuple[str, str, float]]:
        return [tuple(r) for r in self.db.execute("SELECT article_id, duplicate_of, similarity FROM near_duplicates")]

    def search(self, query: str, *, limit: int = 20, entity: str | None = None, outlet: str | None = None,
               date_from: str | None = None, date_to: str | None = None) -> list[dict]:
        """Full-text search (every word must occur) with snippets; optional entity, outlet and date filters."""
        words = list(dict.fromkeys(w.casefold() for w in re.findall(r"\w+", query)))  # each word once
        if not words:
            return []
        if len(words) > MAX_QUERY_WORDS:
            raise ValueError(f"query has {len(words):,} different words; at most {MAX_QUERY_WORDS} are searched at once")
        match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        sql = ["SELECT a.id, a.title, a.source, a.outlet, a.published,"
               " snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snippet, bm25(articles_fts) AS score"
               " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ?"]
        conditions, filters = article_filters("a.", outlet, date_from, date_to)
        sql += conditions
        args: list = [match, *filters]
        if entity:  # its name or any alias, from the indexed surface forms (not a LIKE over every entity row)
            sql.append("AND a.id IN (SELECT article_id FROM entity_aliases WHERE alias = ?)")
            args.append(entity)
        sql.append("ORDER BY score LIMIT ?")
        args.append(limit)
        return [{"article": r["id"], "title": r["title"], "source": r["source"], "outlet": r["outlet"],
                 "published": r["published"], "snippet": r["snippet"], "score": round(-r["score"], 6)}
                for r in self.db.execute(" ".join(sql), args)]
