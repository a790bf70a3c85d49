"""`linimasa reclean [--db FILE]`: clean stored articles again where a line has since become known page furniture."""

from __future__ import annotations

from pathlib import Path

from linimasa.cli.ingest_cmd import DEFAULT_DB
from linimasa.cli.output import error
from linimasa.store import Store
from linimasa.store.templates import StoreTemplates


def register(sub) -> None:
    p = sub.add_parser("reclean", help="re-clean stored articles whose site repeats a line on many pages")
    p.add_argument("--db", default=DEFAULT_DB, help="SQLite store")
    p.set_defaults(func=run)


def run(args) -> int:
    if not Path(args.db).exists():
        error(f"no store at {args.db}: run 'linimasa ingest PATH --db {args.db}' first")
        return 1
    with Store(args.db) as store:
        templates = StoreTemplates(store)
        done, failures = templates.reclean()
        lines, sites = templates.furniture_count()
    for f in failures:
        error(f"{f.source}: {f.reason}")
    print(f"{done} re-cleaned, {len(failures)} failed; {lines} template lines on {sites} sites in {args.db}")
    return 1 if failures else 0
