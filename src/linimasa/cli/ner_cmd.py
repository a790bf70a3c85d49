"""`linimasa ner` (placeholder until its work lands)."""

from __future__ import annotations

from linimasa.cli.output import error


def register(sub) -> None:
    p = sub.add_parser("ner", help="not implemented yet")
    p.add_argument("rest", nargs="*")
    p.set_defaults(func=run)


def run(args) -> int:
    error("'ner' is not implemented yet")
    return 2
