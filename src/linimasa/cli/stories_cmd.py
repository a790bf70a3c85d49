"""`linimasa stories [--db FILE] [--format json|table]`: the store's articles grouped into stories."""

from __future__ import annotations

import sys

from linimasa.cli.ingest_cmd import DEFAULT_DB


def register(sub) -> None:
    p = sub.add_parser("stories", help="group the stored articles into stories (developing chains of events)")
    p.add_argument("--db", default=DEFAULT_DB, help="store file")
    p.add_argument("--format", choices=("json", "table"), default="json", help="json: the stories contract; table: for reading")
    p.set_defaults(func=run)


def run(args) -> int:
    from pathlib import Path

    from linimasa.store import Store
    from linimasa.stories import stories, to_json

    if not Path(args.db).exists():
        print(f"linimasa: error: no store at {args.db} (run `linimasa ingest` first)", file=sys.stderr)
        return 2
    with Store(args.db) as store:
        found = stories(store)
    if args.format == "json":
        sys.stdout.write(to_json(found) + "\n")
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "size", "first", "last", "title", "entities")
    for s in found:
        table.add_row(s["id"], str(s["size"]), (s["first"] or "")[:10], (s["last"] or "")[:10], s["title"] or "",
                      ", ".join(s["entities"][:4]))
    Console().print(table)
    return 0
