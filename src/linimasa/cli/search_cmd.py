"""`linimasa search QUERY [--db FILE] [--format json|jsonl|table|csv]`: full-text search over the store, with snippets."""

from __future__ import annotations

from linimasa.cli.options import (
    LIST_FORMATS,
    MAX_LIMIT,
    add_date_range,
    add_db,
    add_output,
    bounded_int,
    read_store,
)
from linimasa.cli.output import emit_rows, error

MAX_QUERY_WORDS = 64  # every word must occur: a longer query is not a search, and costs more per word
COLUMNS = ["article", "title", "source", "outlet", "published", "snippet", "score"]


def register(sub) -> None:
    p = sub.add_parser("search", help="full-text search with snippets")
    p.add_argument("query", type=_query,
                   help=f"words that must all occur (any order; case and accents ignored; at most {MAX_QUERY_WORDS})")
    add_db(p)
    add_output(p, LIST_FORMATS)
    p.add_argument("--limit", type=bounded_int(1, MAX_LIMIT), default=20, metavar="N",
                   help=f"at most N hits, best first (1 to {MAX_LIMIT})")
    p.add_argument("--entity", metavar="NAME", help="only articles mentioning this entity (name or alias)")
    p.add_argument("--outlet", metavar="NAME", help="only articles of this outlet (case ignored)")
    add_date_range(p, "articles published")
    p.set_defaults(func=run)


def _query(value: str) -> str:
    import argparse
    import re

    words = len(re.findall(r"\w+", value))
    if words > MAX_QUERY_WORDS:
        raise argparse.ArgumentTypeError(f"a query of {words} words: give at most {MAX_QUERY_WORDS}")
    return value


def _table(query: str):
    def build(hits):
        from rich.markup import escape
        from rich.table import Table

        table = Table("published", "outlet", "title", "snippet", title=f"{len(hits)} hits for {query!r}")
        for h in hits:
            table.add_row(*(escape(v) for v in (h["published"] or "—", h["outlet"] or "—",
                                               h["title"] or h["source"], h["snippet"])))
        return table
    return build


def run(args) -> int:
    with read_store(args.db) as store:
        if store is None:
            return 2
        hits = store.search(args.query, limit=args.limit, entity=args.entity, outlet=args.outlet,
                            date_from=args.date_from, date_to=args.date_to)
        if args.entity and not hits:
            from linimasa.cli.options import known_names, warn_unknown
            from linimasa.entities.canonical import merge

            warn_unknown("--entity", [args.entity], known_names(merge(list(store.articles()))))
    if not args.query.strip():
        error("an empty query matches nothing")
    emit_rows(hits, args.format, COLUMNS, _table(args.query))
    return 0
