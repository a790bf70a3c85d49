"""`linimasa quotes [--db FILE] [--speaker NAME] [--format json|jsonl|table|csv]`: quotes in the store with their speakers."""

from __future__ import annotations

from typing import Any

from linimasa.cli.options import LIST_FORMATS, add_db, add_output, known_names, read_store, warn_unknown
from linimasa.cli.output import emit_rows, error

COLUMNS = ["date", "speaker", "speaker_id", "text", "article", "source"]


def register(sub) -> None:
    p = sub.add_parser("quotes", help="quotes with their speakers")
    add_db(p)
    p.add_argument("--speaker", metavar="NAME", help="only this speaker (canonical name or any alias)")
    add_output(p, LIST_FORMATS)
    p.set_defaults(func=run)


def quotes_in(articles, speaker: str | None = None, entities: list[dict] | None = None) -> list[dict]:
    from linimasa.entities.canonical import merge

    canon: dict[tuple[str, str], dict] = {}
    for merged in merge(articles) if entities is None else entities:
        for aid in merged["articles"]:
            for alias in merged["aliases"]:
                canon.setdefault((aid, alias.casefold()), merged)
    wanted = speaker.casefold() if speaker else None
    rows = []
    for a in articles:
        for q in a.quotes:
            ent: dict[str, Any] | None = canon.get((a.id, (q.speaker or "").casefold()))
            names = {x.casefold() for x in ([ent["name"], *ent["aliases"]] if ent else [q.speaker or ""])}
            if wanted and wanted not in names:
                continue
            rows.append({"text": q.text, "speaker": ent["name"] if ent else q.speaker,
                         "speaker_id": ent["id"] if ent else q.speaker_id, "article": a.id, "source": a.source,
                         "date": a.published.value})
    return rows


def _table(rows):
    from rich.markup import escape
    from rich.table import Table

    table = Table("date", "speaker", "quote", "source")
    for r in rows:
        table.add_row(*(escape(x or "—") for x in (r["date"], r["speaker"], r["text"][:200], r["source"])))
    return table


def run(args) -> int:
    from linimasa.entities.canonical import merge

    with read_store(args.db) as store:
        if store is None:
            return 2
        articles = list(store.articles())
    entities = merge(articles)
    rows = quotes_in(articles, args.speaker, entities)
    if args.speaker and not rows:
        names = known_names(entities)
        if args.speaker.casefold() in names:
            error(f"--speaker {args.speaker!r}: {names[args.speaker.casefold()]} is in the store but has no quotes")
        else:  # suggest among the people quoted
            quoted = {r["speaker"] for r in quotes_in(articles, None, entities) if r["speaker"]}
            warn_unknown("--speaker", [args.speaker],
                         {k: v for k, v in names.items() if v in quoted} | {q.casefold(): q for q in quoted})
    emit_rows(rows, args.format, COLUMNS, _table)
    return 0
