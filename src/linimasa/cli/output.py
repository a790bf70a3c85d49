"""Shared output helpers for CLI commands: data to stdout (json, jsonl, table, csv), errors to stderr."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any


def emit_json(obj: Any, *, lines: bool = False) -> None:
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":") if lines else None, indent=None if lines else 2)
    sys.stdout.write(text + "\n")


def emit_json_list(rows: Iterable[Any]) -> None:
    """`emit_json(list(rows))`, written one item at a time (the same text): a long list is never held."""
    first = True
    for row in rows:
        text = json.dumps(row, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        sys.stdout.write(("[\n  " if first else ",\n  ") + text)
        first = False
    sys.stdout.write("[]\n" if first else "\n]\n")


def _flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_flat(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def emit_rows(rows: Iterable[dict], fmt: str, columns: Sequence[str],
              table: Callable[[Sequence[dict]], Any] | None = None) -> None:
    """A list output in `fmt`: json (one document), jsonl (one object a line), csv (`columns`), table."""
    if fmt == "json":
        emit_json_list(rows)
    elif fmt == "jsonl":
        for r in rows:
            emit_json(r, lines=True)
    elif fmt == "csv":
        from linimasa.timeline.export import csv_cell

        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([csv_cell(_flat(r.get(c))) for c in columns])
    elif table is not None:
        from rich.console import Console

        Console().print(table(list(rows)))
    else:
        raise ValueError(f"unknown format {fmt}")


def error(message: str) -> None:
    sys.stderr.write(f"linimasa: {message}\n")
