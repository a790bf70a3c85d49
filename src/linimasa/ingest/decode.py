"""Bytes to text for any encoding that occurs on the web, with a clear error for what is not text."""

from __future__ import annotations

import codecs

from linimasa.model import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 control bytes that never occur in text pages (tab, LF, CR, FF are fine).
_CONTROL = set(range(0, 9)) | {11} | set(range(14, 27)) | set(range(28, 32))


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). UTF-8 when it decodes strictly, else Windows-1252, else a detected one."""
    if not data.strip():
        raise InputError("empty file")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise InputError(f"broken {name} text: {exc.reason} at byte {exc.start}") from None
    if _looks_utf16(data):
        name = "utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be"
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            pass
    sample = data[:65536]
    if b"\x00" in sample or sum(b in _CONTROL for b in sample) > max(8, len(sample) // 100):
        raise InputError("binary file, not a text or HTML page")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(sample)
    if declared:
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    # Windows-1252 is a superset of Latin-1's printable range and what Indonesian sites mislabel most.
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("undecodable: not text in any known encoding")
    return str(best), best.encoding


def _looks_utf16(data: bytes) -> bool:
    head = data[:2000]
    return len(head) >= 4 and (head[1::2].count(0) > len(head) // 3 or head[0::2].count(0) > len(head) // 3)


def _declared_charset(sample: bytes) -> str | None:
    import re

    m = re.search(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", sample[:4096], re.I)
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
