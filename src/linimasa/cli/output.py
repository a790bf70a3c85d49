"""Shared output helpers for CLI commands: JSON to stdout, errors to stderr."""

from __future__ import annotations

import json
import sys
from typing import Any


def emit_json(obj: Any, *, lines: bool = False) -> None:
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":") if lines else None, indent=None if lines else 2)
    sys.stdout.write(text + "\n")


def error(message: str) -> None:
    sys.stderr.write(f"linimasa: {message}\n")
