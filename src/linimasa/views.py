"""Read views of the store with the user's corrections applied: what the CLI, the exports and the web app show.

Every reader goes through these functions, so a correction made in the browser is seen by
`linimasa timeline` and by every export, and the other way round. Filters that the store can
answer (an entity's articles, an outlet) select in SQL before anything is loaded once the store is
large; on small stores every article is read so that the cross-article entity merge sees them all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from linimasa import corrections as corr
from linimasa.model import Article, Timeline
from linimasa.store import Store
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


def timeline(store: Store, *, entity: list[str] | None = None, query: str | None = None,
             date_from: str | None = None, date_to: str | None = None, outlet: str | None = None,
             types: Iterable[str] | None = None, corrections: list[corr.Correction] | None = None) -> Timeline:
    """The store's timeline under these filters, corrections applied."""
    cs = corrections_of(store) if corrections is None else corrections
    ids = article_ids(store, entity=entity, outlet=outlet, date_from=date_from, date_to=date_to)
    arts = corr.apply_articles(store.articles(ids), cs)
    if outlet and ids is None:
        arts = [a for a in arts if (a.outlet or "").casefold() == outlet.casefold()]
    near = store.near_duplicates()
    if ids is not None:
        wanted = set(ids)
        near = [n for n in near if n[0] in wanted and n[1] in wanted]
    result = build_timeline(arts, entity=entity, query=query, date_from=date_from, date_to=date_to,
                            near_duplicates=near)
    result = corr.apply_timeline(result, cs)
    if types:
        keep = {t.upper() for t in types}
        result.entries = [e for e in result.entries if e.type.upper() in keep]
    return result


def entities(store: Store, corrections: list[corr.Correction] | None = None) -> list[dict[str, Any]]:
    """Canonical entities across the store, corrections applied."""
    from linimasa.entities.canonical import merge

    cs = corrections_of(store) if corrections is None else corrections
    arts = corr.apply_articles(store.articles(), cs)
    return corr.apply_entities(merge(arts), cs, arts)


def quotes(store: Store, speaker: str | None = None,
           corrections: list[corr.Correction] | None = None) -> list[dict[str, Any]]:
    """Quotes with canonical speakers, corrections applied; `speaker` matches any alias or any of its words."""
    from linimasa.entities.canonical import merge
    from linimasa.quotes import names_match

    cs = corrections_of(store) if corrections is None else corrections
    arts = corr.apply_articles(store.articles(), cs)
    canon: dict[tuple[str, str], dict[str, Any]] = {}
    for entity in corr.apply_entities(merge(arts), cs, arts):
        for aid in entity["articles"]:
            for alias in entity["aliases"]:
                canon.setdefault((aid, alias.casefold()), entity)
    wanted = speaker.casefold() if speaker else None
    rows = []
    for a in arts:
        for q in a.quotes:
            ent = canon.get((a.id, (q.speaker or "").casefold()))
            names = [ent["name"], *ent["aliases"]] if ent else [q.speaker or ""]
            if wanted and not names_match(wanted, names):  # any word of any alias ("Rizaldy")
                continue
            rows.append({"text": q.text, "speaker": ent["name"] if ent else q.speaker,
                         "speaker_id": ent["id"] if ent else q.speaker_id, "article": a.id, "source": a.source,
                         "date": a.published.value, "start": q.start})
    return rows


def events(store: Store, corrections: list[corr.Correction] | None = None) -> list[dict[str, Any]]:
    """Every stored event (article, source and the Event fields), corrections applied."""
    from dataclasses import asdict

    cs = corrections_of(store) if corrections is None else corrections
    return [{"article": a.id, "source": a.source, **asdict(ev)} for a in articles(store, None, cs) for ev in a.events]
