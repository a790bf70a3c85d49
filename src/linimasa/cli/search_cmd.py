"""`linimasa search QUERY [--db FILE] [--format json|table]`: full-text search over the store, with snippets."""

from __future__ import annotations

from pathlib import Path

from linimasa.cli.ingest_cmd import DEFAULT_DB
from linimasa.cli.output import emit_json, error
from linimasa.store import Store


def register(sub) -> None:
    p = sub.add_parser("search", help="full-text search with snippets")
    p.add_argument("query")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--format", choices=["json", "table"], default="table")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--entity", help="only articles mentioning this entity (name or alias)")
    p.add_argument("--outlet")
    p.add_argument("--from", dest="date_from", metavar="DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE")
    p.set_defaults(func=run)


def run(args) -> int:
    if not Path(args.db).exists():
        error(f"no store at {args.db}: run 'linimasa ingest PATH --db {args.db}' first")
        return 2
    with Store(args.db) as store:
        try:
            hits = store.search(args.query, limit=args.limit, entity=args.entity, outlet=args.outlet,
                                date_from=args.date_from, date_to=args.date_to)
        except ValueError as exc:  # a query too long to search
            error(str(exc))
            return 2
    if args.format == "json":
        emit_json(hits)
        return 0
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table("published", "outlet", "title", "snippet", title=f"{len(hits)} hits for {args.query!r}")
    for h in hits:
        table.add_row(*(escape(v) for v in (h["published"] or "—", h["outlet"] or "—", h["title"] or h["source"],
                                           h["snippet"])))
    Console().print(table)
    return 0
