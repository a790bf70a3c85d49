"""`linimasa quotes [--db FILE] [--speaker NAME] [--format json|table]`: quotes in the store with their speakers."""

from __future__ import annotations

from pathlib import Path

from linimasa.cli.ingest_cmd import DEFAULT_DB
from linimasa.cli.output import emit_json, error
from linimasa.store import Store


def register(sub) -> None:
    p = sub.add_parser("quotes", help="quotes with their speakers")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--speaker", help="only this speaker (canonical name or any alias)")
    p.add_argument("--format", choices=["json", "table"], default="json")
    p.set_defaults(func=run)


def run(args) -> int:
    if not Path(args.db).exists():
        error(f"no store at {args.db}")
        return 2
    from linimasa import views

    with Store(args.db) as store:
        rows = views.quotes(store, args.speaker)  # corrections applied
    if args.format == "json":
        emit_json(rows)
        return 0
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table("date", "speaker", "quote", "source")
    for r in rows:
        table.add_row(*(escape(x or "—") for x in (r["date"], r["speaker"], r["text"][:200], r["source"])))
    Console().print(table)
    return 0
