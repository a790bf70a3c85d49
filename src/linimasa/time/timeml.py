"""TimeML files in and out: DCT and TEXT read by slicing (real files are not XML-clean), TIMEX3 written back inline.

Input is read leniently (a raw `&`, an undeclared cp1252 file); output is always well-formed
UTF-8 XML with an XML declaration saying so: text and attributes escaped, TLINKs that refer
to the TIMEX3s we replaced dropped. Parsing the output as XML and removing the inserted tags
gives the original TEXT's characters back (line ends included).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
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
    return TimeMLDoc(raw, encoding, pad(dct.group(1)) if dct else None, _unescape(_TIMEX.sub("", m.group(2))),
                     m.start(2), m.end(2))


_ENTITY = re.compile(r"&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_RAW_AMP = re.compile(r"&(?!(?:[A-Za-z][\w.-]*|#\d+|#x[0-9a-fA-F]+);)")
_STRAY_LT = re.compile(r"<(?![A-Za-z/!?])")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_DECL = re.compile(r"\A\ufeff?\s*<\?xml\b[^>]*\?>")
_TLINK = re.compile(r"<TLINK\b[^>]*?(?:/>|>.*?</TLINK>)\s*", re.S)
_TIME_REF = re.compile(r'\b(?:timeID|relatedToTime|anchorTimeID|beginPoint|endPoint)="([^"]*)"')
DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'


def _unescape(text: str) -> str:
    def one(m: re.Match) -> str:
        name = m.group(1)
        if name in _NAMED:
            return _NAMED[name]
        try:
            return chr(int(name[2:], 16) if name[1] == "x" else int(name[1:]))
        except (ValueError, OverflowError):
            return m.group()
    return _ENTITY.sub(one, text)


def _xml_chars(text: str) -> str:
    """Characters XML 1.0 cannot hold become U+FFFD (one for one: offsets stay)."""
    return _NOT_XML.sub("\ufffd", text)


def _escape_text(text: str) -> str:
    return _xml_chars(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_attr(text: str) -> str:
    return _escape_text(text).replace('"', "&quot;")


def _repair_markup(raw: str) -> str:
    """Markup copied from the input with its stray `&` and `<` escaped."""
    return _STRAY_LT.sub("&lt;", _RAW_AMP.sub("&amp;", _xml_chars(raw)))


def gold_timexes(raw: str) -> list[Timex]:
    """TIMEX3s annotated inside TEXT, with offsets into the tag-free, entity-decoded text."""
    m = _TEXT.search(raw)
    body = m.group(2) if m else ""
    out, pos, last = [], 0, 0
    for g in _GOLD.finditer(body):
        pos += len(_unescape(_TIMEX.sub("", body[last:g.start()])))
        attrs = {k: _unescape(v) for k, v in re.findall(r'(\w+)="([^"]*)"', g.group(1))}
        text = _unescape(g.group(2))
        out.append(Timex(pos, pos + len(text), text, attrs.get("type", ""), attrs.get("value", "")))
        pos += len(text)
        last = g.end()
    return out


def _tagged_text(doc: TimeMLDoc, timexes: list[Timex], taken: set[str], escape) -> str:
    parts, last, n = [], 0, 0
    for t in sorted(timexes, key=lambda t: t.start):
        if t.start < last:
            continue  # overlapping expressions cannot both be inline elements
        n += 1
        while f"t{n}" in taken:
            n += 1
        parts.append(escape(doc.text[last:t.start]))
        parts.append(f'<TIMEX3 tid="t{n}" type="{_escape_attr(t.type)}" value="{_escape_attr(t.value)}">'
                     f"{escape(doc.text[t.start:t.end])}</TIMEX3>")
        last = t.end
    parts.append(escape(doc.text[last:]))
    return "".join(parts)


def _minimal(doc: TimeMLDoc, timexes: list[Timex]) -> str:
    """A TimeML document of just DCT and TEXT, for inputs whose own markup cannot be repaired."""
    dct = (f'<DCT><TIMEX3 tid="t0" type="DATE" value="{_escape_attr(doc.dct)}" functionInDocument="CREATION_TIME">'
           f"{_escape_text(doc.dct)}</TIMEX3></DCT>\n") if doc.dct else ""
    return (f"{DECLARATION}<TimeML>\n{dct}<TEXT>{_tagged_text(doc, timexes, {'t0'}, _escape_text)}</TEXT>\n"
            "</TimeML>\n")


def _well_formed(text: str) -> bool:
    try:
        ET.fromstring(text.encode("utf-8"))
    except ET.ParseError:
        return False
    return True


def render(doc: TimeMLDoc, timexes: list[Timex]) -> str:
    """The input with our TIMEX3s in TEXT (replacing any it had): well-formed UTF-8 XML, declaration first."""
    head = _DECL.sub("", doc.raw[:doc.text_start]).lstrip("\ufeff")
    tail = doc.raw[doc.text_end:]
    # ids still defined outside TEXT (the DCT's); TLINKs to any other time referred to a TIMEX3 we replaced
    kept = set(re.findall(r'\btid="([^"]*)"', head + _TIMEX.sub("", tail)))

    def current(link: re.Match) -> str:
        return link.group() if all(ref in kept for ref in _TIME_REF.findall(link.group())) else ""

    head, tail = _TLINK.sub(current, head), _TLINK.sub(current, tail)
    own_markup = re.search(r"<[A-Za-z/!?]", _TIMEX.sub("", doc.raw[doc.text_start:doc.text_end]))
    body = _tagged_text(doc, timexes, kept, _repair_markup if own_markup else _escape_text)
    out = DECLARATION + _repair_markup(head.lstrip()) + body + _repair_markup(tail)
    return out if _well_formed(out) else _minimal(doc, timexes)


def write(path: str | Path, doc: TimeMLDoc, timexes: list[Timex]) -> None:
    Path(path).write_bytes(render(doc, timexes).encode("utf-8"))
