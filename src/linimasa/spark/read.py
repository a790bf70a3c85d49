"""The tables of `linimasa spark` read back with pyarrow (no Spark, no Java): for the CLI and the store.

`entities --parquet` and `timeline --parquet` answer from `canonical_entities` and `timeline_entries`
(computed once by the job, never re-merged); `ingest --parquet` loads `articles` into SQLite.

With `--db FILE` the two readers apply that store's corrections (`linimasa.corrections`, made in the
web app or with `linimasa correct` after `ingest --parquet`) on top of the tables, touching only what
the corrections name: the timeline days of the corrected articles are rebuilt from those articles
(`cross.timeline_block`, as the job built them), excluded entries are dropped, and merged names and
added aliases join the canonical entities they name (clusters are joined; the corpus is not re-merged).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from linimasa import corrections as corr
from linimasa.model import Article, Timeline
from linimasa.spark import cross
from linimasa.spark.schemas import SOURCE_REF, TABLES, columns


def table(folder: str | Path, name: str, columns: list[str] | None = None, filter=None):
    """One table as a pyarrow Table; a clear error when DIR is not the output of `linimasa spark`."""
    import pyarrow.parquet as pq

    path = Path(folder) / name
    if name not in TABLES or not path.is_dir():
        raise FileNotFoundError(f"{folder} has no '{name}' table: is it the --out of 'linimasa spark'?")
    return pq.read_table(path, columns=columns, filters=filter)


def articles(folder: str | Path, batch: int = 256) -> Iterator[tuple[Article, str]]:
    """(Article, content hash) in input order, streamed batch by batch."""
    import pyarrow.dataset as ds

    if not (Path(folder) / "articles").is_dir():
        raise FileNotFoundError(f"{folder} has no 'articles' table: is it the --out of 'linimasa spark'?")
    order = table(folder, "articles", ["input_order"]).column("input_order").to_pylist()
    dataset = ds.dataset(Path(folder) / "articles", format="parquet")
    if order == sorted(order):
        for b in dataset.to_batches(columns=["json", "content_hash"], batch_size=batch):
            for j, h in zip(b.column("json").to_pylist(), b.column("content_hash").to_pylist(), strict=True):
                yield Article.from_dict(json.loads(j)), h
        return
    t = dataset.to_table(columns=["input_order", "json", "content_hash"]).sort_by("input_order")
    for j, h in zip(t.column("json").to_pylist(), t.column("content_hash").to_pylist(), strict=True):
        yield Article.from_dict(json.loads(j)), h


def store_corrections(db: str | Path) -> list[corr.Correction]:
    """The active corrections of a SQLite store, opened read-only (a store without any gives none)."""
    import sqlite3
    from urllib.parse import quote

    if not Path(db).is_file():
        raise FileNotFoundError(f"--db {db}: no such store (its corrections were asked for)")
    con = sqlite3.connect(f"file:{quote(str(Path(db).resolve()))}?mode=ro", uri=True)
    try:
        return corr.load(con)
    except sqlite3.DatabaseError as exc:
        raise FileNotFoundError(f"--db {db}: not a linimasa store ({exc})") from None
    finally:
        con.close()


def canonical_entities(folder: str | Path, corrections: list[corr.Correction] | None = None) -> list[dict]:
    """The JSON of `linimasa entities`, from the job's cross-article merge, with `corrections` applied."""
    rows = table(folder, "canonical_entities").sort_by("rank").to_pylist()
    entities = [{"id": r["id"], "name": r["name"], "type": r["type"], "aliases": r["aliases"], "roles": r["roles"],
                 "mentions": r["mentions"], "articles": r["articles"]} for r in rows]
    if not corrections:
        return entities
    entities = _renamed_entities(folder, entities, corrections)
    splits = {corr._fold(c.value["entity"]) for c in corrections if c.kind == "split_entity"}
    ids = sorted({a for e in entities if corr._fold(e["name"]) in splits for a in e["articles"]})
    return corr.apply_entities(entities, corrections, corr.apply_articles(articles_by_id(folder, ids), corrections))


def _renamed_entities(folder: str | Path, entities: list[dict], corrections: list[corr.Correction]) -> list[dict]:
    """Entities a merge or an added alias names, joined into the entity of the target name: that entity is
    merged again from its articles with the corrections applied (every mention of it is in them)."""
    from linimasa.entities.canonical import merge
    from linimasa.timeline import _fold

    renames = corr._renames(corrections)
    if not renames:
        return entities

    def target(e: dict) -> str:
        for form in [e["name"], *e["aliases"]]:
            to = renames.get(_fold(form))
            if to:
                return to
        return e["name"]

    groups: dict[tuple[str, str], list[dict]] = {}
    for e in entities:  # most mentioned first: the head of a group is its most mentioned entity
        groups.setdefault((e["type"], _fold(target(e))), []).append(e)
    out = []
    for (_type, folded), members in groups.items():
        head = next((m for m in members if _fold(m["name"]) == folded), members[0])
        if len(members) == 1 and _fold(head["name"]) == folded:
            out.append(head)
            continue
        ids = sorted({a for m in members for a in m["articles"]})
        again = [c for c in merge(corr.apply_articles(articles_by_id(folder, ids), corrections))
                 if _fold(c["name"]) == folded and c["type"] == head["type"]]
        if again:
            out.append({**again[0], "id": head["id"]})
            continue
        name = target(head)  # the merge kept them apart: joined as they stand
        out.append({"id": head["id"], "name": name, "type": head["type"],
                    "aliases": list(dict.fromkeys([name, *(a for m in members for a in [m["name"], *m["aliases"]])])),
                    "roles": list(dict.fromkeys(r for m in members for r in m["roles"])),
                    "mentions": sum(m["mentions"] for m in members), "articles": ids})
    return sorted(out, key=cross.order_key)


def articles_by_id(folder: str | Path, ids: Iterable[str]) -> list[Article]:
    """The articles of these ids, in input order (a filtered read: only their row groups are decoded)."""
    ids = list(ids)
    if not ids:
        return []
    t = table(folder, "articles", ["input_order", "json"], filter=[("id", "in", ids)]).sort_by("input_order")
    return [Article.from_dict(json.loads(j)) for j in t.column("json").to_pylist()]


def timeline(folder: str | Path, *, entity: list[str] | None = None, query: str | None = None,
             date_from: str | None = None, date_to: str | None = None,
             corrections: list[corr.Correction] | None = None) -> Timeline:
    """The corpus timeline; filters select its entries (an entry keeps all of its sources)."""
    from linimasa.timeline import _fold, _in_range

    entries = table(folder, "timeline_entries").sort_by("position").to_pylist()
    if corrections:
        entries = _corrected_entries(folder, entries, corrections)
    warnings_t = table(folder, "articles", ["input_order", "warnings"]).sort_by("input_order")
    warnings = [w for ws in warnings_t.column("warnings").to_pylist() for w in ws or []]
    wanted = _wanted(folder, entity) if entity else None
    kept = []
    for e in entries:
        texts = [e["summary"] or ""] + [s["sentence"] or "" for s in e["sources"] or []]
        if wanted is not None and not wanted & {_fold(p) for p in e["participants"] or []} \
                and not any(alias in _fold(t) for t in texts for alias in wanted):
            continue
        if query and not any(query.lower() in t.lower() for t in texts):
            continue
        if e["undated"] and (date_from or date_to):
            continue
        if not e["undated"] and not _in_range(e["date"], date_from, date_to):
            continue
        kept.append(e)
    result = corr.apply_timeline(cross.timeline_from_rows(kept, warnings), corrections or [])
    if not (entity or query or date_from or date_to):  # as `timeline.build`: a page none of whose events is placed
        from collections import Counter

        events = Counter(table(folder, "events", ["article_id"]).column("article_id").to_pylist())
        cited = {s.article for e in result.entries for s in e.sources} | {s.article for u in result.undated
                                                                           for s in u.sources}
        arts = table(folder, "articles", ["input_order", "id", "source"]).sort_by("input_order").to_pylist()
        result.warnings += [f"{a['source']}: no timeline entry from its {events[a['id']]} "
                            f"event{'s' * (events[a['id']] > 1)}, as its text dates none of them "
                            "('linimasa events' lists them)" for a in arts if events[a["id"]] and a["id"] not in cited]
    return result


def _wanted(folder, entity: list[str]) -> set[str]:
    """Every folded alias of the canonical entities asked for (by any alias), as `timeline --entity` does."""
    from linimasa.timeline import _fold

    asked = {_fold(e) for e in entity}
    out = set(asked)
    for r in table(folder, "canonical_entities", ["name", "aliases"]).to_pylist():
        forms = {_fold(a) for a in [r["name"], *(r["aliases"] or [])]}
        if forms & asked:
            out |= forms
    return out


def _touched(corrections: list[corr.Correction]) -> set[str]:
    """Articles whose events or quotes a correction changes."""
    out = set()
    for c in corrections:
        if c.kind in ("exclude_event", "fix_speaker"):
            out.add(c.value["article"])
        elif c.kind in ("exclude_entry", "pin_date"):
            out.update(s[0] for s in c.value["sources"])
    return out


def _corrected_entries(folder: str | Path, entries: list[dict], corrections: list[corr.Correction]) -> list[dict]:
    """`timeline_entries` rows with the days of the corrected articles rebuilt from the corrected articles,
    and participants renamed as the corrections merge names."""
    from linimasa.spark.job import _timeline_row
    from linimasa.timeline import _fold

    touched = _touched(corrections)
    renames = corr._renames(corrections)
    if touched:
        before = articles_by_id(folder, touched)
        days = {d for a in before for d in cross.event_dates(a)}
        days |= {c.value["date"][:10] for c in corrections if c.kind == "pin_date"}
        ev = table(folder, "events", ["article_id", "date"]).to_pylist()
        ids = {r["article_id"] for r in ev if r["date"] and r["date"][:10] in days} | touched
        arts = corr.apply_articles(articles_by_id(folder, ids), corrections)
        canon = _canonical_names(canonical_entities(folder, corrections), {a.id for a in arts})
        light = [cross.canonical_events(a, canon.get(a.id, {})) for a in arts]
        dups = table(folder, "duplicates").to_pylist()
        groups = cross.source_groups((r["article_id"], r["duplicate_of"]) for r in dups)
        order = dict(zip(*table(folder, "articles", ["id", "input_order"]).to_pydict().values(), strict=True))
        rebuilt: dict[str, list[dict]] = {}
        for day in sorted(days):
            on_day = [a for a in light if day in cross.event_dates(a)]
            rebuilt[day] = [_as_row(_timeline_row((e, 0))) for e in cross.timeline_block(day, on_day, groups)]
        undated_new = [(order[a.id], i, _as_row(_timeline_row((u, 0))))
                       for a in light if a.id in touched for i, u in enumerate(cross.undated_of(a))]
        by_day: dict[str, list[dict]] = {}
        undated_old: list[tuple[str, int, dict]] = []
        for e in entries:
            if e["undated"]:
                cited = {s["article"] for s in e["sources"] or []}
                if not cited & touched:
                    undated_old.append((order.get(next(iter(cited), ""), ""), len(undated_old), e))
            elif e["date"] not in days:
                by_day.setdefault(e["date"], []).append(e)
        by_day.update((d, rows) for d, rows in rebuilt.items() if rows)
        dated = [e for d in sorted(by_day) for e in sorted(by_day[d], key=lambda e: -(e["salience"] or 0))]
        entries = dated + [e for *_k, e in sorted(undated_old + undated_new, key=lambda t: t[:2])]
    if renames:
        for e in entries:
            named = e["participants"] or []
            e["participants"] = list(dict.fromkeys(renames.get(_fold(p), p) for p in named))
            if e["salience"] is not None:  # each distinct participant weighs half a point (timeline.build)
                e["salience"] = round(e["salience"] - 0.5 * (len(named) - len(e["participants"])), 2)
    for n, e in enumerate(entries):
        e["position"] = n
    return entries


def _canonical_names(entities: list[dict], ids: set[str]) -> dict[str, dict[str, str]]:
    """article id -> folded alias -> canonical name, for these articles (the job's rule: the top-ranked
    entity, then its first alias)."""
    from linimasa.timeline import _fold

    best: dict[tuple[str, str], tuple[int, int, str]] = {}
    for rank, e in enumerate(entities):
        for aid in e["articles"]:
            if aid in ids:
                for i, alias in enumerate(e["aliases"]):
                    key = (aid, _fold(alias))
                    best[key] = min(best.get(key, (rank, i, e["name"])), (rank, i, e["name"]))
    out: dict[str, dict[str, str]] = {}
    for (aid, alias), (_r, _i, name) in best.items():
        out.setdefault(aid, {})[alias] = name
    return out


def _as_row(values: tuple) -> dict[str, Any]:
    row = dict(zip(columns("timeline_entries"), values, strict=True))
    names = [n for n, _t in SOURCE_REF]
    row["sources"] = [dict(zip(names, s, strict=True)) for s in row["sources"] or []]
    return row
