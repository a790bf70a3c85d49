"""`linimasa entities [--db FILE] [--format json|table]`: canonical entities merged across the stored articles."""

from __future__ import annotations

from linimasa.cli.output import emit_json, error


def register(sub) -> None:
    p = sub.add_parser("entities", help="canonical people, places and organisations across the store")
    p.add_argument("--db", default="linimasa.db", help="store file (default ./linimasa.db)")
    p.add_argument("--format", choices=("json", "table"), default="json")
    p.set_defaults(func=run)


def run(args) -> int:
    from linimasa import views

    try:
        from linimasa.store import Store

        with Store(args.db) as st:
            entities = views.entities(st)  # corrections applied
    except (ImportError, AttributeError) as exc:
        error(f"the store is not available: {exc}")
        return 2
    except OSError as exc:
        error(f"cannot open store {args.db}: {exc}")
        return 2
    if args.format == "json":
        emit_json(entities)
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table("name", "type", "aliases", "roles", "mentions", "articles")
    for e in entities:
        table.add_row(e["name"], e["type"], ", ".join(e["aliases"]), "; ".join(e["roles"]),
                      str(e["mentions"]), str(len(e["articles"])))
    Console().print(table)
    return 0
