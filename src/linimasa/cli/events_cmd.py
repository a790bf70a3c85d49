"""`linimasa events [PATH...] [--db FILE] [--format json|jsonl|table|csv]`: the events extracted from each article."""

from __future__ import annotations

from linimasa.cli.ingest_cmd import store_for
from linimasa.cli.options import LIST_FORMATS, add_db, add_output
from linimasa.cli.output import emit_rows
from linimasa.store import Store

COLUMNS = ["article", "source", "date", "type", "participants", "location", "hint", "background", "trigger", "text"]


def register(sub) -> None:
    p = sub.add_parser("events", help="list extracted events")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="pages to analyse in a temporary store; without PATHs, read the store at --db")
    add_db(p)
    add_output(p, LIST_FORMATS)
    p.set_defaults(func=run)


def _rows(store: Store) -> list[dict]:
    from linimasa import views

    return views.events(store)  # corrections applied


def _csv_row(r: dict) -> dict:
    d = r["date"]
    return {**r, "date": d["value"] + ("*" if d["source"] == "reported" else "") if d else ""}


def _table(rows):
    from rich.markup import escape
    from rich.table import Table

    table = Table("date", "type", "participants", "location", "sentence")
    for r in rows:
        date = r["date"]["value"] + ("*" if r["date"]["source"] == "reported" else "") if r["date"] else \
            f"? {r['hint'] or ''}"
        table.add_row(*(escape(x) for x in (date, r["type"], ", ".join(r["participants"]), r["location"] or "",
                                             r["text"][:160])))
    return table


def run(args) -> int:
    with store_for(args.paths, args.db) as (store, failed):
        if store is None:
            return 2
        rows = _rows(store)
    emit_rows([_csv_row(r) for r in rows] if args.format == "csv" else rows, args.format, COLUMNS, _table)
    return 1 if failed else 0
