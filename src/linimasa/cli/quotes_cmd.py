"""`linimasa quotes [--db FILE] [--speaker NAME] [--format json|jsonl|table|csv]`: quotes in the store with their speakers."""

from __future__ import annotations

import itertools

from linimasa.cli.options import LIST_FORMATS, add_db, add_output, known_names, read_store, warn_unknown
from linimasa.cli.output import emit_rows, error

COLUMNS = ["date", "speaker", "speaker_id", "text", "article", "source", "start"]


def register(sub) -> None:
    p = sub.add_parser("quotes", help="quotes with their speakers")
    add_db(p)
    p.add_argument("--speaker", metavar="NAME", help="only this speaker (canonical name or any alias)")
    add_output(p, LIST_FORMATS)
    p.set_defaults(func=run)


def _table(rows):
    from rich.markup import escape
    from rich.table import Table

    table = Table("date", "speaker", "quote", "source")
    for r in rows:
        table.add_row(*(escape(x or "—") for x in (r["date"], r["speaker"], r["text"][:200], r["source"])))
    return table


def run(args) -> int:
    from linimasa import views

    with read_store(args.db) as store:
        if store is None:
            return 2
        rows = views.iter_quotes(store, args.speaker)  # corrections applied, streamed article by article
        first = next(rows, None)
        if args.speaker and first is None:
            _say_why_none(store, args.speaker)
        emit_rows(itertools.chain([first] if first is not None else [], rows), args.format, COLUMNS, _table)
    return 0


def _say_why_none(store, speaker: str) -> None:
    from linimasa import views

    names = known_names(views.entities(store))
    if speaker.casefold() in names:
        error(f"--speaker {speaker!r}: {names[speaker.casefold()]} is in the store but has no quotes")
        return
    quoted = {r["speaker"] for r in views.quotes(store) if r["speaker"]}  # suggest among the people quoted
    warn_unknown("--speaker", [speaker], {k: v for k, v in names.items() if v in quoted} | {q.casefold(): q for q in quoted})
