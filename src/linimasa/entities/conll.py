"""CoNLL reading/writing and label mapping (NERGrit, NERP and PER/LOC/ORG tag sets -> PER/LOC/ORG BIO)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TextIO

# Source-corpus label -> our type. Types not listed (events, food, ...) become O.
LABEL_MAP = {
    "PERSON": "PER", "PER": "PER", "PPL": "PER",
    "PLACE": "LOC", "LOC": "LOC", "PLC": "LOC", "GPE": "LOC",
    "ORGANISATION": "ORG", "ORGANIZATION": "ORG", "ORG": "ORG", "IND": "ORG",
}


def map_tag(tag: str) -> str:
    if tag in ("O", "", "-"):
        return "O"
    prefix, _, label = tag.partition("-")
    if not label:  # a bare label without B/I
        prefix, label = "B", prefix
    typ = LABEL_MAP.get(label.upper())
    return f"{prefix.upper()}-{typ}" if typ and prefix.upper() in ("B", "I") else "O"


def read_conll(lines: Iterable[str]) -> Iterator[list[list[str]]]:
    """Sentences as lists of rows (columns split on tab or whitespace); blank lines separate sentences."""
    sent: list[list[str]] = []
    for line in lines:
        line = line.rstrip("\r\n")
        if not line.strip():
            if sent:
                yield sent
            sent = []
            continue
        if line.startswith("-DOCSTART-"):
            continue
        cols = line.split("\t") if "\t" in line else line.split()
        sent.append(cols)
    if sent:
        yield sent


def read_tagged(stream: TextIO) -> Iterator[tuple[list[str], list[str]]]:
    """(tokens, mapped BIO tags) per sentence of a token<TAB>tag file (tag = last column)."""
    for sent in read_conll(stream):
        yield [r[0] for r in sent], [map_tag(r[-1]) if len(r) > 1 else "O" for r in sent]


def spans(tags: list[str]) -> frozenset[tuple[int, int, str]]:
    """Exact-match entity spans (start, end_exclusive, type) from BIO tags; a stray I- starts a span.

    The rules ask for the spans of the same tags many times over: they are computed once per tag sequence."""
    return _spans(tuple(tags))


@lru_cache(maxsize=8192)
def _spans(tags: tuple[str, ...]) -> frozenset[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    start, typ = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        if start is not None and (prefix != "I" or label != typ):
            out.add((start, i, typ or ""))
            start, typ = None, None
        if prefix == "B" or (prefix == "I" and start is None):
            start, typ = i, label
    return frozenset(out)
