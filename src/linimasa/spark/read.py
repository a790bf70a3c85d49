"""The tables of `linimasa spark` read back with pyarrow (no Spark, no Java): for the CLI and the store.

`entities --parquet` and `timeline --parquet` answer from `canonical_entities` and `timeline_entries`
(computed once by the job, never re-merged); `ingest --parquet` loads `articles` into SQLite.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from linimasa.model import Article, Timeline
from linimasa.spark import cross
from linimasa.spark.schemas import TABLES


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


def canonical_entities(folder: str | Path) -> list[dict]:
    """The JSON of `linimasa entities`, from the job's cross-article merge."""
    rows = table(folder, "canonical_entities").sort_by("rank").to_pylist()
    return [{"id": r["id"], "name": r["name"], "type": r["type"], "aliases": r["aliases"], "roles": r["roles"],
             "mentions": r["mentions"], "articles": r["articles"]} for r in rows]


def timeline(folder: str | Path, *, entity: list[str] | None = None, query: str | None = None,
             date_from: str | None = None, date_to: str | None = None) -> Timeline:
    """The corpus timeline; filters select its entries (an entry keeps all of its sources)."""
    from linimasa.timeline import _fold, _in_range

    entries = table(folder, "timeline_entries").sort_by("position").to_pylist()
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
    result = cross.timeline_from_rows(kept, warnings)
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
