"""`linimasa timeline [PATH...] [--db FILE] [--entity NAME]... [--query TEXT] [--from] [--to] [--format ...]`."""

from __future__ import annotations

import sys

from linimasa.cli.ingest_cmd import DEFAULT_DB, store_for
from linimasa.model import Timeline
from linimasa.store import Store
from linimasa.timeline import build as build_timeline
from linimasa.timeline.export import FORMATS, render


def register(sub) -> None:
    p = sub.add_parser("timeline", help="story timeline from pages (temporary store) or from the store")
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--entity", action="append", help="only entries with this entity (any alias); repeatable")
    p.add_argument("--query", help="only entries whose evidence contains this text")
    p.add_argument("--from", dest="date_from", metavar="DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE")
    p.add_argument("--format", choices=FORMATS, default="json")
    p.add_argument("--title", default="Linimasa")
    p.set_defaults(func=run)


def timeline_from_store(store: Store, **filters) -> Timeline:
    return build_timeline(store.articles(), near_duplicates=store.near_duplicates(), **filters)


def run(args) -> int:
    filters = {"entity": args.entity, "query": args.query, "date_from": args.date_from, "date_to": args.date_to}
    with store_for(args.paths, args.db) as (store, failed):
        if store is None:
            return 2
        result = timeline_from_store(store, **filters)
    sys.stdout.write(render(result, args.format, args.title))
    return 1 if failed else 0
