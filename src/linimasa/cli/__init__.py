"""The `linimasa` command line: a thin layer over the Python API.

Each sub-command lives in its own module with `register(subparsers)`; exit codes are
0 (all good), 1 (some inputs failed), 2 (usage error).
"""

from __future__ import annotations

import argparse
import importlib
import sys

COMMANDS = ["ingest", "annotate", "timex", "ner", "timeline", "events", "search", "entities", "quotes",
            "eval", "demo", "serve", "corrections"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="linimasa", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"linimasa.cli.{name}_cmd").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
