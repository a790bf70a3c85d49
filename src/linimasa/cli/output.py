"""Shared output helpers for CLI commands: data to stdout (json, jsonl, table, csv), errors to stderr."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from linimasa.timeline.export import csv_cell


def emit_json(obj: Any, *, lines: bool = False) -> None:
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":") if lines else None, indent=None if lines else 2)
    sys.stdout.write(text + "\n")


def _flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_flat(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def emit_rows(rows: Sequence[dict], fmt: str, columns: Sequence[str],
              table: Callable[[Sequence[dict]], Any] | None = None) -> None:
    """A list output in `fmt`: json (one document), jsonl (one object a line), csv (`columns`), table."""
    if fmt == "json":
        emit_json(list(rows))
    elif fmt == "jsonl":
        for r in rows:
            emit_json(r, lines=True)
    elif fmt == "csv":
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([csv_cell(_flat(r.get(c))) for c in columns])
    elif table is not None:
        from rich.console import Console

        Console().print(table(rows))
    else:
        raise ValueError(f"unknown format {fmt}")


def error(message: str) -> None:
    sys.stderr.write(f"linimasa: {message}\n")
