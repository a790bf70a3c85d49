"""`linimasa events [PATH...] [--db FILE] [--format json|table]`: the events extracted from each article."""

from __future__ import annotations

from linimasa.cli.ingest_cmd import DEFAULT_DB, store_for
from linimasa.cli.output import emit_json
from linimasa.store import Store


def register(sub) -> None:
    p = sub.add_parser("events", help="list extracted events")
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--format", choices=["json", "table"], default="json")
    p.set_defaults(func=run)


def _rows(store: Store) -> list[dict]:
    from linimasa import views

    return views.events(store)  # corrections applied


def run(args) -> int:
    with store_for(args.paths, args.db) as (store, failed):
        if store is None:
            return 2
        rows = _rows(store)
    if args.format == "json":
        emit_json(rows)
    else:
        from rich.console import Console
        from rich.markup import escape
        from rich.table import Table

        table = Table("date", "type", "participants", "location", "sentence")
        for r in rows:
            date = r["date"]["value"] + ("*" if r["date"]["source"] == "reported" else "") if r["date"] else \
                f"? {r['hint'] or ''}"
            table.add_row(*(escape(x) for x in (date, r["type"], ", ".join(r["participants"]), r["location"] or "",
                                                 r["text"][:160])))
        Console().print(table)
    return 1 if failed else 0
