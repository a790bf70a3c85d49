"""Template-furniture counts kept in the store, so that detection works incrementally at ingest.

Every stored page leaves its candidate lines (see `linimasa.clean.templates`) under its site and
under the corpus, one row per (site, line, group): a page and its near-duplicates share one group,
so a wire story printed by two sites counts once. The page's text is kept compressed, so that
an earlier article can be cleaned again once one of its lines has become frequent.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable

from linimasa.clean.templates import CORPUS, MIN_PAGES
from linimasa.model import Article, Document, Failure, InputError
from linimasa.store import Store

_CHUNK = 400  # SQLite host parameters per query


class StoreTemplates:
    """`TemplateCounts` backed by a Store: `frequent` for cleaning, `record` after `Store.add`, `reclean`."""

    def __init__(self, store: Store, min_pages: int = MIN_PAGES):
        self.store, self.db, self.min_pages = store, store.db, min_pages
        self.crossed: set[tuple[str, str]] = set()  # (site, line) that reached min_pages since this object was made

    def frequent(self, site: str, keys: Iterable[str]) -> set[str]:
        return self._counted(site or CORPUS, keys)

    def _counted(self, bucket: str, keys: Iterable[str], exactly: bool = False) -> set[str]:
        keys = sorted(set(keys))
        found: set[str] = set()
        for i in range(0, len(keys), _CHUNK):
            chunk = keys[i:i + _CHUNK]
            found |= {r[0] for r in self.db.execute(
                f"SELECT line FROM templates_lines WHERE site=? AND line IN ({','.join('?' * len(chunk))})"
                f" GROUP BY line HAVING COUNT(*) {'=' if exactly else '>='} ?", (bucket, *chunk, self.min_pages))}
        return found

    def record(self, article: Article, doc: Document) -> None:
        """Count the candidate lines of a page just stored, and keep its text for re-cleaning."""
        evidence = article.evidence
        if "template_site" not in evidence:
            return  # TimeML: the body is kept as given, nothing to count
        site = evidence["template_site"]
        keys = sorted(set(evidence.get("template_lines", ())))
        group = self._group(article.id)
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO templates_pages VALUES (?,?,?,?,?,?,?,?)",
                (article.id, site, group, doc.format, json.dumps(doc.meta, ensure_ascii=False, default=str),
                 zlib.compress(doc.text.encode("utf-8", "surrogatepass"), 6),
                 json.dumps(evidence.get("template_kept", []), ensure_ascii=False),
                 json.dumps(evidence.get("template_removed", []), ensure_ascii=False)))
            for bucket in {site or CORPUS, CORPUS}:
                self.db.executemany("INSERT OR IGNORE INTO templates_lines VALUES (?,?,?)",
                                    [(bucket, k, group) for k in keys])
                self.crossed |= {(bucket, k) for k in self._counted(bucket, keys, exactly=True)}

    def _group(self, article_id: str) -> str:
        """A near-duplicate counts with the page it copies (and that page's own group)."""
        row = self.db.execute("SELECT duplicate_of FROM near_duplicates WHERE article_id=? ORDER BY similarity DESC"
                              " LIMIT 1", (article_id,)).fetchone()
        if row is None:
            return article_id
        parent = self.db.execute("SELECT grp FROM templates_pages WHERE article_id=?", (row[0],)).fetchone()
        return parent[0] if parent else row[0]

    def stale(self, crossed: Iterable[tuple[str, str]] | None = None) -> list[str]:
        """Stored articles whose furniture lines are not those now frequent on their site.

        Only the lines that reached the body count here: a line a cue removed anyway changes nothing.
        With `crossed` ((site, line) pairs that have just become frequent) only the pages holding one
        of them are looked at; without it, every page.
        """
        if crossed is None:
            rows = self.db.execute("SELECT article_id, site, lines, removed FROM templates_pages").fetchall()
        else:
            rows, seen = [], set()
            for bucket, line in sorted(set(crossed)):
                for row in self.db.execute(
                        "SELECT p.article_id, p.site, p.lines, p.removed FROM templates_lines l JOIN templates_pages p"
                        " ON p.grp = l.grp WHERE l.site=? AND l.line=? AND (p.site=? OR (?=? AND p.site=''))",
                        (bucket, line, bucket, bucket, CORPUS)):
                    if row[0] not in seen:
                        seen.add(row[0])
                        rows.append(row)
        return [article_id for article_id, site, lines, removed in rows
                if self.frequent(site, json.loads(lines)) != set(json.loads(removed))]

    def reclean(self, crossed: Iterable[tuple[str, str]] | None = None) -> tuple[int, list[Failure]]:
        """Clean again (the whole pipeline, from the stored page) every article whose furniture changed."""
        from linimasa import pipeline

        done, failures = 0, []
        for article_id in self.stale(crossed):
            fmt, meta, raw, source = self.db.execute(
                "SELECT t.format, t.meta, t.raw, a.source FROM templates_pages t JOIN articles a ON a.id = t.article_id"
                " WHERE t.article_id=?", (article_id,)).fetchone()
            doc = Document(source=source, text=zlib.decompress(raw).decode("utf-8", "surrogatepass"), format=fmt,
                           meta=json.loads(meta))
            try:
                article = pipeline.process(doc, self)
            except InputError as exc:  # all of it was furniture: keep the earlier analysis, say so
                failures.append(Failure(source, f"not re-cleaned: {exc}"))
                continue
            article.id = article_id
            self.store.update(article)
            with self.db:
                self.db.execute("UPDATE templates_pages SET lines=?, removed=? WHERE article_id=?", (
                    json.dumps(article.evidence.get("template_kept", []), ensure_ascii=False),
                    json.dumps(article.evidence.get("template_removed", []), ensure_ascii=False), article_id))
            done += 1
        return done, failures

    def furniture_count(self) -> tuple[int, int]:
        """(distinct furniture lines, sites they are on — the corpus of pages with no known site counts as one)."""
        row = self.db.execute(
            "SELECT COUNT(DISTINCT line), COUNT(DISTINCT site) FROM (SELECT site, line FROM templates_lines"
            " GROUP BY site, line HAVING COUNT(*) >= ?)", (self.min_pages,)).fetchone()
        return row[0], row[1]
