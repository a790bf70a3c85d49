"""Name lists from lang/id (countries, exonyms, places, given names) and phrase look-up over token lists."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

LANG_DIR = Path(__file__).resolve().parents[1] / "lang" / "id"


@dataclass(frozen=True)
class Place:
    """A country or city: its Indonesian name, international name, and kind ("country" or "city")."""

    name: str
    en: str
    kind: str


def _rows(filename: str) -> list[list[str]]:
    rows = []
    for line in (LANG_DIR / filename).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.rstrip("\n").split("\t"))
    return rows


def _key(form: str) -> str:
    return " ".join(form.lower().split())


@cache
def places() -> dict[str, Place]:
    """Every surface form (lower case) of a country or exonym-listed city -> its Place."""
    out: dict[str, Place] = {}
    for kind, filename in (("city", "exonyms.tsv"), ("country", "countries.tsv")):
        for row in _rows(filename):
            name, en = row[0], row[1] if len(row) > 1 else row[0]
            place = Place(name, en, kind)
            forms = [name, en] + (row[2].split("|") if len(row) > 2 and row[2] else [])
            for form in forms:
                out[_key(form)] = place
    return out


@cache
def domestic_places() -> frozenset[str]:
    lines = (LANG_DIR / "places_id.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(_key(x) for x in lines if x.strip() and not x.startswith("#"))


@cache
def world_places() -> frozenset[str]:
    lines = (LANG_DIR / "world_places.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(_key(x) for x in lines if x.strip() and not x.startswith("#"))


@cache
def organisations() -> frozenset[str]:
    lines = (LANG_DIR / "organisations.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(_key(x) for x in lines if x.strip() and not x.startswith("#"))


@cache
def nicknames() -> dict[str, tuple[str, frozenset[str]]]:
    """Case-folded nickname of a public figure ("jokowi") -> (full name, offices that identify the person)."""
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for row in _rows("nicknames.tsv"):
        if len(row) >= 2 and _key(row[0]) != _key(row[1]):
            offices = frozenset(_key(o) for o in row[2].split("|")) if len(row) > 2 and row[2] else frozenset()
            out[_key(row[0])] = (row[1], offices)
    return out


@cache
def first_names() -> frozenset[str]:
    lines = (LANG_DIR / "first_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.lower() for x in lines if not x.startswith("#") for w in x.split())


@cache
def _phrases() -> dict[str, str]:
    """Lower-case phrase -> gazetteer kind ("org", "country", "city", "idplace", "world")."""
    out = {k: "org" for k in organisations()}
    for k, p in places().items():
        out.setdefault(k, p.kind)
    for k in domestic_places():
        out.setdefault(k, "idplace")
    for k in world_places():
        out.setdefault(k, "world")
    return out


@cache
def _max_len() -> int:
    return max(len(k.split()) for k in _phrases())


def match_phrases(words: list[str], capitalised_only: bool = False) -> list[tuple[int, int, str]]:
    """Longest gazetteer matches over `words` as (start, end_exclusive, kind); case-insensitive.

    With `capitalised_only`, only matches whose first word is capitalised (cheaper on cased text).
    """
    return _match(tuple(words), capitalised_only)


@lru_cache(maxsize=512)
def _match(words: tuple[str, ...], capitalised_only: bool) -> list[tuple[int, int, str]]:
    table = _phrases()
    low = [w.lower() for w in words]
    out = []
    i = 0
    n = len(words)
    longest = _max_len()
    while i < n:
        if capitalised_only and not words[i][:1].isupper():
            i += 1
            continue
        hit = None
        for j in range(min(n, i + longest), i, -1):
            kind = table.get(" ".join(low[i:j]))
            if kind:
                hit = (i, j, kind)
                break
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


def kind_of(phrase: str) -> str | None:
    """The gazetteer kind of a phrase ("country", "city", "idplace", "world", "org"), case-insensitive."""
    return _phrases().get(_key(phrase))
