"""`linimasa timeline [PATH...] [--db FILE] [--entity NAME]... [--query TEXT] [--from] [--to] [--format ...]`."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from linimasa import ingest, pipeline
from linimasa.cli.ingest_cmd import DEFAULT_DB, store_for
from linimasa.model import Failure, InputError, Timeline
from linimasa.store import Store
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
    p.add_argument("--published", metavar="DATE",
                   help="publication date for the PATHs given (as a sidecar would; wins over the pages' own)")
    p.set_defaults(func=run)


def timeline_from_store(store: Store, **filters) -> Timeline:
    from linimasa import views

    return views.timeline(store, **filters)  # corrections applied, as in the web app


def _with_published(paths: list[str], published: str, **filters) -> tuple[Timeline, int]:
    """A temporary store of `paths`, every page given `published` as its metadata date."""
    failed = 0
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "linimasa.db") as store:
        for doc in ingest.read(paths):
            if isinstance(doc, Failure):
                failed += 1
                print(f"{doc.source}: {doc.reason}", file=sys.stderr)
                continue
            doc.meta["published"] = published
            try:
                article = pipeline.process(doc)
            except InputError as exc:
                failed += 1
                print(f"{doc.source}: {exc}", file=sys.stderr)
                continue
            if not store.has_hash(doc.content_hash):
                store.add(article, doc.content_hash)
        return timeline_from_store(store, **filters), failed


def run(args) -> int:
    filters = {"entity": args.entity, "query": args.query, "date_from": args.date_from, "date_to": args.date_to}
    if args.published and args.paths:
        result, failed = _with_published(args.paths, args.published, **filters)
        sys.stdout.write(render(result, args.format, args.title))
        return 1 if failed else 0
    with store_for(args.paths, args.db) as (store, failed):
        if store is None:
            return 2
        result = timeline_from_store(store, **filters)
    sys.stdout.write(render(result, args.format, args.title))
    return 1 if failed else 0
