"""TimeML files in and out: DCT and TEXT read by slicing (real files are not XML-clean), TIMEX3 written back inline.

Removing the inserted tags gives the original TEXT back character for character, in the
file's own encoding and line ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from linimasa.model import Timex

_TEXT = re.compile(r"(<TEXT>)(.*?)(</TEXT>)", re.S)
_DCT = re.compile(r"<DCT>.*?value=\"([^\"]+)\"", re.S)
_TIMEX = re.compile(r"<TIMEX3\b[^>]*>|</TIMEX3>")
_GOLD = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.S)


@dataclass
class TimeMLDoc:
    raw: str          # the whole file as text
    encoding: str
    dct: str | None   # zero-padded
    text: str         # TEXT content with any TIMEX3 tags removed
    text_start: int   # where TEXT content starts in `raw`
    text_end: int


def decode(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def pad(value: str) -> str:
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(.*)", value.strip())
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else value.strip()


def read(path: str | Path) -> TimeMLDoc:
    raw, encoding = decode(Path(path).read_bytes())
    return parse(raw, encoding)


def parse(raw: str, encoding: str = "utf-8") -> TimeMLDoc:
    m = _TEXT.search(raw)
    if not m:
        raise ValueError("no <TEXT> element")
    dct = _DCT.search(raw)
    return TimeMLDoc(raw, encoding, pad(dct.group(1)) if dct else None, _TIMEX.sub("", m.group(2)),
                     m.start(2), m.end(2))


def gold_timexes(raw: str) -> list[Timex]:
    """TIMEX3s annotated inside TEXT, with offsets into the tag-free text."""
    m = _TEXT.search(raw)
    body = m.group(2) if m else ""
    out, removed = [], 0
    for g in _GOLD.finditer(body):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', g.group(1)))
        open_len = len(g.group(0)) - len(g.group(2)) - len("</TIMEX3>")
        start = g.start() - removed
        out.append(Timex(start, start + len(g.group(2)), g.group(2), attrs.get("type", ""), attrs.get("value", "")))
        removed += open_len + len("</TIMEX3>")
    return out


def render(doc: TimeMLDoc, timexes: list[Timex]) -> str:
    parts, last = [], 0
    for i, t in enumerate(sorted(timexes, key=lambda t: t.start), 1):
        parts.append(doc.text[last:t.start])
        parts.append(f'<TIMEX3 tid="t{i}" type="{t.type}" value="{t.value}">{doc.text[t.start:t.end]}</TIMEX3>')
        last = t.end
    parts.append(doc.text[last:])
    return doc.raw[:doc.text_start] + "".join(parts) + doc.raw[doc.text_end:]


def write(path: str | Path, doc: TimeMLDoc, timexes: list[Timex]) -> None:
    Path(path).write_bytes(render(doc, timexes).encode(doc.encoding, errors="replace"))
