"""Options every command shares: validated dates and numbers, `--format`/`-o`, and opening a store to read.

A wrong value is a usage error (exit 2) whose message names the option and what it accepts;
argparse adds the option's name when a `type=` function raises `ArgumentTypeError`.
"""

from __future__ import annotations

import argparse
import difflib
import logging
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from linimasa.cli.output import error

log = logging.getLogger(__name__)

DATE_FORMS = "YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][±HH:MM]"
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?([+-]\d{2}:\d{2}|Z)?)?)?)?")

LIST_FORMATS = ("json", "jsonl", "table", "csv")
DEFAULT_DB = "linimasa.db"
MAX_LIMIT = 10_000


def check_date(value: str) -> str:
    """`value` if it is a real date in one of DATE_FORMS (2025-02-30 is not), else ValueError."""
    m = _DATE.fullmatch(value.strip())
    if not m:
        raise ValueError(f"{value!r} is not a date: use {DATE_FORMS}")
    year, month, day, hour, minute, second, offset = m.groups()
    try:
        if int(year) < 1:
            raise ValueError("year 0 does not exist")
        if month and not 1 <= int(month) <= 12:
            raise ValueError("month out of range")
        if day:
            date(int(year), int(month), int(day))
        if hour:
            datetime(2000, 1, 1, int(hour), int(minute), int(second or 0))
        if offset and offset != "Z" and (int(offset[1:3]) > 14 or int(offset[4:]) > 59):
            raise ValueError("UTC offset out of range")
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a valid date ({exc}): use {DATE_FORMS}") from None
    return value.strip()


def date_arg(value: str) -> str:
    """argparse `type=` for dates: a wrong value is exit 2 naming the option and the accepted forms."""
    try:
        return check_date(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def bounded_int(low: int, high: int):
    """argparse `type=` for an integer in [low, high]."""
    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
        if not low <= n <= high:
            raise argparse.ArgumentTypeError(f"{value} is out of range: give a number from {low} to {high}")
        return n
    parse.__name__ = "number"  # argparse names the type in its messages
    return parse


def add_date_range(p: argparse.ArgumentParser, what: str = "entries") -> None:
    p.add_argument("--from", dest="date_from", metavar="DATE", type=date_arg,
                   help=f"only {what} on or after DATE ({DATE_FORMS})")
    p.add_argument("--to", dest="date_to", metavar="DATE", type=date_arg,
                   help=f"only {what} on or before DATE (same forms; 2025-03 means up to the end of March)")


def add_db(p: argparse.ArgumentParser, *, reading: bool = True) -> None:
    hint = "read from" if reading else "written to"
    p.add_argument("--db", default=DEFAULT_DB, metavar="FILE", help=f"SQLite store {hint}")


def add_output(p: argparse.ArgumentParser, formats: Iterable[str] | None = None, default: str | None = "json",
               help: str | None = None) -> None:
    """`--format` (when `formats` is given) and `-o/--output FILE` (default: standard output)."""
    if formats is not None:
        formats = tuple(formats)
        p.add_argument("--format", choices=formats, default=default,
                       help=help or "json: one JSON document; jsonl: one JSON object a line; "
                                    "table: for reading; csv: for spreadsheets")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write the output to FILE instead of standard output (replaced only when the run ends)")


def check_db_path(db: str | Path) -> str | None:
    """Why the store at `db` cannot be read, or None."""
    path = Path(db)
    if not path.exists():
        return f"no store at {db}: run 'linimasa ingest PATH --db {db}' first"
    if path.is_dir():
        return f"--db {db} is a directory, not a store file"
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        return f"cannot read store {db}: {exc.strerror or exc}"
    if head and head != b"SQLite format 3\x00":
        return f"--db {db} is not a linimasa store (not an SQLite file)"
    return None


def open_store(db: str | Path, *, create: bool = False):
    """A `Store` at `db`, or None after a clear message. Reading never creates a store."""
    from linimasa.store import Store

    if not create:
        problem = check_db_path(db)
        if problem:
            error(problem)
            return None
    elif Path(db).is_dir():
        error(f"--db {db} is a directory, not a store file")
        return None
    try:
        return Store(db, create=create)
    except FileNotFoundError as exc:
        error(str(exc))
    except sqlite3.DatabaseError as exc:  # OperationalError included: read-only folder, locked, not a database
        log.debug("opening %s", db, exc_info=True)
        msg = str(exc)
        if "readonly" in msg or "unable to open" in msg:
            msg += " (is its folder writable? a store needs to write its journal beside it)"
        error(f"cannot open store {db}: {msg}")
    except OSError as exc:
        error(f"cannot open store {db}: {exc.strerror or exc}")
    return None


@contextmanager
def read_store(db: str | Path) -> Iterator:
    """`with read_store(args.db) as store:` — store is None (message printed) when it cannot be read."""
    store = open_store(db)
    try:
        yield store
    finally:
        if store is not None:
            store.close()


def known_names(entities: list[dict]) -> dict[str, str]:
    """casefolded alias -> canonical name, over merged entities."""
    out: dict[str, str] = {}
    for ent in entities:
        for alias in [ent["name"], *ent.get("aliases", [])]:
            out.setdefault(alias.casefold(), ent["name"])
    return out


def warn_unknown(option: str, asked: Iterable[str] | None, names: dict[str, str]) -> list[str]:
    """Say on stderr which `asked` names are not known, with close known names; return the unknown ones."""
    unknown = [a for a in (asked or []) if a.casefold() not in names]
    for name in unknown:
        close = difflib.get_close_matches(name.casefold(), list(names), n=3, cutoff=0.6)
        suggestions = list(dict.fromkeys(names[c] for c in close))
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        error(f"{option} {name!r}: no such name in the store{hint}")
    return unknown


def check_inputs(paths: Iterable[str], what: str = "input") -> bool:
    """True when every path exists (and a folder is not empty); else a message per path."""
    ok = True
    for name in paths:
        if name == "-":
            continue
        path = Path(name)
        if not path.exists():
            error(f"{what} {name} does not exist")
            ok = False
        elif path.is_dir() and not any(path.iterdir()):
            error(f"{what} {name} is an empty folder")
            ok = False
        elif path.is_file() and path.stat().st_size == 0:
            error(f"{what} {name} is empty")
            ok = False
    return ok


def add_parquet(p: argparse.ArgumentParser, what: str) -> None:
    """`--parquet DIR`; then `--db FILE` is read only when given: its corrections apply on top of the tables."""
    p.add_argument("--parquet", metavar="DIR",
                   help=f"read the {what} of a 'linimasa spark' output; with --db FILE, that store's corrections "
                        "are applied on top")
    p.set_defaults(db=None)  # None: not given (the store path reads DEFAULT_DB)
    for action in p._actions:
        if "--db" in action.option_strings:
            action.help = f"SQLite store read from (default: {DEFAULT_DB}; with --parquet, its corrections, if given)"


def read_parquet(table: str, folder: str, db: str | None = None, **filters: Any) -> Any:
    """`linimasa.spark.read.<table>(folder, **filters)` for the `--parquet DIR` options, or None once the
    reason is on stderr (pyarrow missing, DIR not the output of `linimasa spark`, --db not a store).
    With `db`, the store's corrections are applied."""
    try:
        from linimasa.spark import read

        if db is not None:
            filters["corrections"] = read.store_corrections(db)
        return getattr(read, table)(folder, **filters)
    except ImportError as exc:
        error(f"--parquet needs pyarrow (pip install 'linimasa[spark]'): {exc}")
    except FileNotFoundError as exc:
        error(str(exc))
    return None
