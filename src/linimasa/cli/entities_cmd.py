"""`linimasa entities [--db FILE] [--format json|jsonl|table|csv]`: canonical entities merged across the stored articles."""

from __future__ import annotations

from linimasa.cli.options import LIST_FORMATS, add_db, add_output, read_parquet, read_store
from linimasa.cli.output import emit_rows

COLUMNS = ["id", "name", "type", "aliases", "roles", "mentions", "articles"]


def register(sub) -> None:
    p = sub.add_parser("entities", help="canonical people, places and organisations across the store")
    add_db(p)
    add_output(p, LIST_FORMATS)
    p.add_argument("--parquet", metavar="DIR", help="read the canonical entities of a 'linimasa spark' output")
    p.set_defaults(func=run)


def _table(entities):
    from rich.markup import escape
    from rich.table import Table

    table = Table("name", "type", "aliases", "roles", "mentions", "articles")
    for e in entities:
        table.add_row(escape(e["name"]), e["type"], escape(", ".join(e["aliases"])), escape("; ".join(e["roles"])),
                      str(e["mentions"]), str(len(e["articles"])))
    return table


def run(args) -> int:
    from linimasa import views

    if getattr(args, "parquet", None):
        entities = read_parquet("canonical_entities", args.parquet)
        if entities is None:
            return 2
        emit_rows(entities, args.format, COLUMNS, _table)
        return 0
    with read_store(args.db) as store:
        if store is None:
            return 2
        # corrections applied; streamed from the store's canonical entities, written as they come
        emit_rows(views.iter_entities(store), args.format, COLUMNS, _table)
    return 0
