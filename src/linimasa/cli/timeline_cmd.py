"""`linimasa timeline [PATH...] [--db FILE] [--entity NAME]... [--query TEXT] [--from] [--to] [--format ...]`."""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

from linimasa import ingest, pipeline
from linimasa.cli.ingest_cmd import store_for
from linimasa.cli.options import (
    DATE_FORMS,
    add_date_range,
    add_db,
    add_output,
    date_arg,
    known_names,
    read_parquet,
    warn_unknown,
)
from linimasa.cli.output import error
from linimasa.model import Failure, Timeline
from linimasa.store import Store
from linimasa.timeline.export import FORMATS, render, render_chunks

log = logging.getLogger(__name__)


def register(sub) -> None:
    p = sub.add_parser("timeline", help="story timeline from pages (temporary store) or from the store")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="pages to build from, in a temporary store; without PATHs, read the store at --db")
    add_db(p)
    p.add_argument("--entity", action="append", metavar="NAME",
                   help="only entries with this entity (any alias); repeatable")
    p.add_argument("--query", metavar="TEXT", help="only entries whose evidence contains this text")
    add_date_range(p)
    add_output(p, FORMATS, help="json: the Timeline contract; md: Markdown; html: a standalone page; "
                                "timelinejs: TimelineJS3 JSON; csv: for spreadsheets")
    p.add_argument("--title", default="Linimasa", help="title of md, html and timelinejs output")
    p.add_argument("--published", metavar="DATE", type=date_arg,
                   help=f"publication date for the PATHs given, as a sidecar would give it; wins over the "
                        f"pages' own ({DATE_FORMS})")
    p.add_argument("--story", metavar="ID", help="only this story (an id from `linimasa stories`)")
    p.add_argument("--top", type=_positive, metavar="K", help="with --story: the K most salient entries, in date order")
    p.add_argument("--no-inference", dest="inference", action="store_false",
                   help="with --story: do not date events from other articles of the story")
    p.add_argument("--parquet", metavar="DIR", help="read the timeline of a 'linimasa spark' output")
    p.set_defaults(func=run)


def _positive(value: str) -> int:
    import argparse

    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {value!r}")
    return number


def _story(store: Store, args, filters) -> Timeline | None:
    from linimasa.stories.timeline import for_story

    result = for_story(store, args.story, top=args.top, inference=args.inference, **filters)
    if result is None:
        print(f"linimasa: error: no story {args.story!r} in this store (see `linimasa stories`)", file=sys.stderr)
    return result


def timeline_from_store(store: Store, **filters) -> Timeline:
    from linimasa import views

    log.info("timeline of %s, filters %s", store.path, {k: v for k, v in filters.items() if v})
    result = views.timeline(store, **filters)  # corrections applied, as in the web app
    if filters.get("entity") and not result.entries and not result.undated:
        warn_unknown("--entity", filters["entity"], known_names(views.entities(store)))
    return result


def _with_published(paths: list[str], published: str, **filters) -> tuple[Timeline, int]:
    """A temporary store of `paths`, every page given `published` as its metadata date."""
    failed = 0
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "linimasa.db") as store:
        for doc in ingest.read(paths):
            if isinstance(doc, Failure):
                failed += 1
                error(f"{doc.source}: {doc.reason}")
                continue
            doc.meta["published"] = published
            article = pipeline.process_one(doc)
            if isinstance(article, Failure):
                failed += 1
                error(f"{article.source}: {article.reason}")
                continue
            if not store.has_hash(doc.content_hash):
                store.add(article, doc.content_hash)
        return timeline_from_store(store, **filters), failed


def run(args) -> int:
    filters = {"entity": args.entity, "query": args.query, "date_from": args.date_from, "date_to": args.date_to}
    if args.parquet:
        return _from_parquet(args, filters)
    if not args.story and (args.top is not None or not args.inference):
        print("linimasa: error: --top and --no-inference need --story ID", file=sys.stderr)
        return 2
    if args.published and args.paths:
        result, failed = _with_published(args.paths, args.published, **filters)
        sys.stdout.write(render(result, args.format, args.title))
        return 1 if failed else 0
    with store_for(args.paths, args.db) as (store, failed):
        if store is None:
            return 2
        found = _story(store, args, filters) if args.story else timeline_from_store(store, **filters)
    if found is None:
        return 2
    for chunk in render_chunks(found, args.format, args.title):  # JSON entry by entry, not one string
        sys.stdout.write(chunk)
    return 1 if failed else 0


def _from_parquet(args, filters) -> int:
    from linimasa.cli.output import error

    if args.paths:
        error("give PATHs or --parquet DIR, not both")
        return 2
    result = read_parquet("timeline", args.parquet, **filters)
    if result is None:
        return 2
    sys.stdout.write(render(result, args.format, args.title))
    return 0
