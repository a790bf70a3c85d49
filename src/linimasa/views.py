"""Read views of the store with the user's corrections applied: what the CLI, the exports and the web app show.

Every reader goes through these functions, so a correction made in the browser is seen by
`linimasa timeline` and by every export, and the other way round. Canonical entities come from the
store (`linimasa.store.canon`: merged at ingest, not on every read); articles are streamed one at a
time, never all loaded. Filters that the store can answer (an entity's articles under any of its
names, an outlet, a date range) select in SQL first once the store is large; on small stores every
article is read, so that an entity named only in an event's text is found too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from linimasa import corrections as corr
from linimasa.model import Article, Timeline
from linimasa.store import Store
from linimasa.store.canon import Canon
from linimasa.store.canon import stream_rows as canon_rows
from linimasa.timeline import _fold as _tfold
from linimasa.timeline import build as build_timeline

FULL_SCAN = 5000  # up to this many articles, filters run after the cross-article merge of the whole store
_WORD = re.compile(r"\w+")


def _fold(s: str) -> str:
    return " ".join(_WORD.findall(s.casefold()))


def corrections_of(store: Store) -> list[corr.Correction]:
    return corr.load(store.db)


def article_ids(store: Store, *, entity: Iterable[str] | None = None, outlet: str | None = None,
                date_from: str | None = None, date_to: str | None = None) -> list[str] | None:
    """Ids of the articles a filtered view needs, from SQL; None when the whole store must be read."""
    entity = [e for e in (entity or []) if e.strip()]
    if not entity and not outlet and not (date_from or date_to):
        return None
    large = store.count() > FULL_SCAN
    if not large and (entity or date_from or date_to):
        return None  # small store: the merge of all articles finds every spelling of the entity
    sql, args = ["SELECT id FROM articles WHERE 1=1"], []
    if date_from or date_to:  # articles with an event in the range (an index on events.date serves it)
        sql.append("AND id IN (SELECT article_id FROM events WHERE date IS NOT NULL"
                   + (" AND date >= substr(?, 1, length(date))" if date_from else "") + (" AND substr(date, 1, ?) <= ?" if date_to else "")
                   + ")")
        args += ([date_from] if date_from else []) + ([len(date_to), date_to] if date_to else [])
    if outlet:
        sql.append("AND outlet = ? COLLATE NOCASE")
        args.append(outlet)
    if entity:
        sql.append(f"AND id IN (SELECT article_id FROM entity_aliases WHERE alias IN ({','.join('?' * len(entity))}))")
        args += entity
    return [r[0] for r in store.db.execute(" ".join(sql), args)]


def articles(store: Store, ids: list[str] | None = None,
             corrections: list[corr.Correction] | None = None) -> list[Article]:
    """Stored articles (all, or `ids`) with corrections applied."""
    cs = corrections_of(store) if corrections is None else corrections
    return corr.apply_articles(store.articles(ids), cs)


class _StoreNames:
    """The timeline's canonical names from the store's canonical entities (linimasa.store.canon)."""

    def __init__(self, canon: Canon) -> None:
        self.canon = canon
        self._article: str | None = None
        self._names: dict[str, str] = {}

    def get(self, key: tuple[str, str], default: str) -> str:
        aid, form = key
        if aid != self._article:  # one article's events are asked for together: its names are read once
            self._article, self._names = aid, {}
            for ent in self.canon.of_article(aid):
                for alias in ent["aliases"]:
                    self._names.setdefault(_tfold(alias), ent["name"])
        return self._names.get(form, default)

    def entities(self, entity: list[str] | None) -> list[dict[str, Any]]:
        """The canonical entities any of the names asked for names (by their name or one of their aliases)."""
        return self.canon.named(entity or [])

    def wanted(self, entity: list[str] | None) -> set[str] | None:
        if not entity:
            return None
        asked = {_tfold(e) for e in entity}
        return asked | {_tfold(a) for h in self.entities(entity) for a in [h["name"], *h["aliases"]]}


def _articles_in_order(store: Store, ids: Iterable[str]) -> list[str]:
    """`ids` in the order the store holds them (the order a whole-store read gives)."""
    wanted = sorted(set(ids))
    order: list[tuple[int, str]] = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        order += [(r[0], r[1]) for r in store.db.execute(
            f"SELECT rowid, id FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk)]
    return [i for _r, i in sorted(order)]


def _stream(store: Store, ids: list[str] | None, cs: list[corr.Correction]) -> Iterator[Article]:
    """Stored articles (all, or `ids`), corrections applied, one at a time."""
    for art in store.articles(ids):
        yield corr.apply_articles([art], cs)[0] if cs else art


def timeline(store: Store, *, entity: list[str] | None = None, query: str | None = None,
             date_from: str | None = None, date_to: str | None = None, outlet: str | None = None,
             types: Iterable[str] | None = None, corrections: list[corr.Correction] | None = None) -> Timeline:
    """The store's timeline under these filters, corrections applied. Articles are streamed: the filters
    select them in SQL (on a large store), canonical names come from the store's canonical entities."""
    cs = corrections_of(store) if corrections is None else corrections
    names = _StoreNames(Canon(store, cs))
    ids = article_ids(store, entity=entity, outlet=outlet, date_from=date_from, date_to=date_to)
    if ids is not None and entity and store.count() > FULL_SCAN:
        # every article holding one of the entities asked for, under any of its names
        ranks = names.canon.ranks(names.entities(entity))
        held = set(names.canon.articles_of(ranks))
        more = article_ids(store, entity=sorted(names.wanted(entity) or []), outlet=outlet, date_from=date_from,
                           date_to=date_to) or []
        in_range = set(ids) | set(more)
        if outlet or date_from or date_to:
            held &= set(article_ids(store, outlet=outlet, date_from=date_from, date_to=date_to) or [])
        ids = _articles_in_order(store, in_range | held)
    arts: Iterable[Article] = _stream(store, ids, cs)
    if outlet and ids is None:
        arts = (a for a in arts if (a.outlet or "").casefold() == outlet.casefold())
    near = store.near_duplicates()
    if ids is not None:
        wanted = set(ids)
        near = [n for n in near if n[0] in wanted and n[1] in wanted]
    result = build_timeline(arts, entity=entity, query=query, date_from=date_from, date_to=date_to,
                            near_duplicates=near, canonical=names)
    result = corr.apply_timeline(result, cs)
    if types:
        keep = {t.upper() for t in types}
        result.entries = [e for e in result.entries if e.type.upper() in keep]
    return result


def iter_entities(store: Store, corrections: list[corr.Correction] | None = None) -> Iterator[dict[str, Any]]:
    """Canonical entities across the store, corrections applied, streamed from the store's canonical tables."""
    cs = corrections_of(store) if corrections is None else corrections
    splits = {_fold(c.value["entity"]) for c in cs if c.kind == "split_entity"}
    for ent in Canon(store, cs).entities():
        if _fold(ent["name"]) in splits:  # a split needs the articles of the entity it splits, only those
            yield from corr.apply_entities([ent], cs, articles(store, ent["articles"], cs))
        else:
            yield ent


def entities(store: Store, corrections: list[corr.Correction] | None = None) -> list[dict[str, Any]]:
    """Canonical entities across the store, corrections applied."""
    return list(iter_entities(store, corrections))


SPEAKER_FIXES = ("fix_speaker", "merge_entities", "add_alias", "split_entity")


def iter_quotes(store: Store, speaker: str | None = None,
                corrections: list[corr.Correction] | None = None) -> Iterator[dict[str, Any]]:
    """Quotes with canonical speakers, corrections applied, streamed article by article; `speaker` matches
    any alias or any of its words, and selects the articles to read in SQL."""
    from linimasa.quotes import names_match

    cs = corrections_of(store) if corrections is None else corrections
    canon = Canon(store, cs)
    splits = any(c.kind == "split_entity" for c in cs)
    split_canon: dict[str, dict[str, dict[str, Any]]] = {}
    if splits:  # split-off entities exist only in the corrected list: looked up there
        for entity in iter_entities(store, cs):
            for aid in entity["articles"]:
                for alias in entity["aliases"]:
                    split_canon.setdefault(aid, {}).setdefault(alias.casefold(), entity)
    wanted = speaker.casefold() if speaker else None
    ids: list[str] | None = None
    if wanted and not any(c.kind in SPEAKER_FIXES for c in cs):
        # the articles of the matching canonical entities, and those whose stored speaker matches as written
        held = set(canon.articles_of(canon.matching(lambda h: names_match(wanted, [h["name"], *h["aliases"]]))))
        held |= {r[0] for r in canon_rows(store.db.execute(
            "SELECT article_id, speaker FROM quotes WHERE speaker IS NOT NULL")) if names_match(wanted, [r[1]])}
        ids = _articles_in_order(store, held)
    if ids is None:  # only articles with quotes are read (a correction never adds one)
        ids = [r[0] for r in canon_rows(store.db.execute(
            "SELECT id FROM articles WHERE id IN (SELECT article_id FROM quotes) ORDER BY rowid"))]
    for a in _stream(store, ids, cs):
        if not a.quotes:
            continue
        if splits:
            owner = split_canon.get(a.id, {})
        else:
            owner = {}
            for ent in canon.of_article(a.id):
                for alias in ent["aliases"]:
                    owner.setdefault(alias.casefold(), ent)
        for q in a.quotes:
            found = owner.get((q.speaker or "").casefold())
            names = [found["name"], *found["aliases"]] if found else [q.speaker or ""]
            if wanted and not names_match(wanted, names):  # any word of any alias ("Rizaldy")
                continue
            yield {"text": q.text, "speaker": found["name"] if found else q.speaker,
                   "speaker_id": found["id"] if found else q.speaker_id, "article": a.id, "source": a.source,
                   "date": a.published.value, "start": q.start}


def quotes(store: Store, speaker: str | None = None,
           corrections: list[corr.Correction] | None = None) -> list[dict[str, Any]]:
    """Quotes with canonical speakers, corrections applied; `speaker` matches any alias or any of its words."""
    return list(iter_quotes(store, speaker, corrections))


def events(store: Store, corrections: list[corr.Correction] | None = None) -> list[dict[str, Any]]:
    """Every stored event (article, source and the Event fields), corrections applied."""
    from dataclasses import asdict

    cs = corrections_of(store) if corrections is None else corrections
    return [{"article": a.id, "source": a.source, **asdict(ev)} for a in _stream(store, None, cs) for ev in a.events]
