"""Bytes to text for any encoding that occurs on the web, with a clear error for what is not text."""

from __future__ import annotations

import codecs
import re

from linimasa.model import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 control bytes that never occur in text pages (tab, LF, CR, FF are fine).
_CONTROL = bytes([*range(0, 9), 11, *range(14, 27), *range(28, 32)])


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
    if b"\x00" in sample or len(sample) - len(sample.translate(None, _CONTROL)) > max(8, len(sample) // 100):
        raise InputError("binary file, not a text or HTML page")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):  # a stray byte in a UTF-8 page: replace it, do not re-read the page as cp1125
        return data.decode("utf-8", "replace"), "utf-8"
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


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _mostly_utf8(data: bytes) -> bool:
    """More valid multi-byte UTF-8 sequences than invalid bytes: UTF-8 with a few bad bytes, not another
    encoding (whose accented letters are single bytes that never form a valid sequence)."""
    valid = len(_UTF8_SEQUENCE.findall(data))
    if not valid:
        return False
    bad = data.decode("utf-8", "replace").count("\ufffd") - data.count(b"\xef\xbf\xbd")
    return bad <= valid


def _looks_utf16(data: bytes) -> bool:
    head = data[:2000]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    # one byte of each pair mostly zero, the other mostly not (runs of zeros are binary, not UTF-16)
    return len(head) >= 4 and max(even, odd) > len(head) // 3 and min(even, odd) < len(head) // 20


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


# Line breaks other than LF / CRLF: the line cleaner splits on them one at a time, so a run of
# thousands made it super-linear. Lone surrogates cannot be encoded at all and break hashing.
_BREAKS = re.compile("\r(?!\n)|[\u2028\u2029\x0b\x0c\x85\x1c\x1d\x1e]")
_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_SPACE_RUN = 200     # whitespace characters in a row kept as they are
_LONG_SPACE = re.compile(rf"\s{{{MAX_SPACE_RUN + 1},}}")
MAX_LINE = 10_000       # characters: a longer line is split at sentence ends, then at spaces
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)]*(\s)")
_SPACE = re.compile(r"(\s)")
_ONE_SPACE = re.compile(r"\s")


def normalize(text: str) -> tuple[str, list[str]]:
    """Text every stage can take in linear time, and a note for each change that is not cosmetic.

    Other line separators (U+2028, U+2029, a lone CR, VT, FF, NEL) become LF; lone surrogates and
    NUL become U+FFFD; a run of more than MAX_SPACE_RUN whitespace characters becomes one paragraph
    break (or one space); lines longer than MAX_LINE are split at sentence ends (else at spaces, else
    hard) so that no line or sentence makes a stage slow. Text already normal is returned as is,
    so its content hash does not change."""
    notes = []
    if "\x00" in text or _has_surrogate(text):
        text = _SURROGATE.sub("\ufffd", text.replace("\x00", "\ufffd"))
        notes.append("NUL or lone surrogate characters replaced by U+FFFD")
    if any(c in text for c in _BREAK_CHARS):  # (the scan only when there is something to replace)
        text = _BREAKS.sub("\n", text)
    if _may_have_long_space(text) and _LONG_SPACE.search(text):  # thousands of blank lines or spaces
        text = _LONG_SPACE.sub(lambda m: "\n\n" if "\n" in m.group() else " ", text)
        notes.append(f"runs of more than {MAX_SPACE_RUN} whitespace characters shortened")
    if len(text) > MAX_LINE and any(len(line) > MAX_LINE for line in text.split("\n")):
        lines, split = [], 0
        for line in text.split("\n"):
            if len(line) > MAX_LINE:
                parts = _split_line(line)
                split += 1
                lines += parts
            else:
                lines.append(line)
        text = "\n".join(lines)
        notes.append(f"{split} line(s) longer than {MAX_LINE:,} characters split at sentence ends")
    return text, notes


_BREAK_CHARS = "\r\u2028\u2029\x0b\x0c\x85\x1c\x1d\x1e"  # every character _BREAKS can match
_SPACE_PAIR = re.compile(r"\s(?=\s)")


def _has_surrogate(text: str) -> bool:
    """Whether the text holds a surrogate code point (the only characters UTF-8 cannot encode)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _may_have_long_space(text: str) -> bool:
    """False when the text surely has no run of more than MAX_SPACE_RUN whitespace characters: such a
    run covers two consecutive multiples of half that length and all between, which are looked at."""
    step = (MAX_SPACE_RUN + 1) // 2
    return any(text[j * step:(j + 1) * step + 1].isspace() for j in (m.start() for m in _SPACE_PAIR.finditer(text[::step])))


def _split_line(line: str) -> list[str]:
    """Pieces of at most MAX_LINE characters. The cut is the last sentence end (else space) in the
    window's second half, where one space becomes the line break, so offsets stay the same; only a
    window without any space is cut hard."""
    parts, start = [], 0
    while len(line) - start > MAX_LINE:
        window = line[start:start + MAX_LINE]
        cut = _last(_SENTENCE_END, window) or _last(_SPACE, window)
        if cut is None:
            parts.append(window)
            start += MAX_LINE
        else:
            parts.append(window[:cut])
            start += cut + 1
    parts.append(line[start:])
    return parts


def _last(pattern: re.Pattern, window: str) -> int | None:
    """Position of the space that ends the last match of `pattern` in the second half of `window`."""
    if pattern is _SENTENCE_END:
        return _last_sentence_end(window)
    if pattern is _SPACE:  # the last whitespace character of the second half
        half = len(window) // 2
        m = _ONE_SPACE.search(window[:half - 1:-1] if half else window[::-1])
        return len(window) - 1 - m.start() if m else None
    return _last_match(pattern, window)


_SENTENCE_END_REVERSED = re.compile(r"\s[\"'\u201d\u2019)]*[.!?\u2026]")


def _last_sentence_end(window: str) -> int | None:
    """`_last_match` for _SENTENCE_END, searched from the end: its matches cannot overlap (a closer or a
    space is never a sentence mark), so the last one is the first match of the reversed pattern in the
    reversed second half."""
    half = len(window) // 2
    m = _SENTENCE_END_REVERSED.search(window[:half - 1:-1] if half else window[::-1])
    return len(window) - 1 - m.start() if m else None


def _last_match(pattern: re.Pattern, window: str) -> int | None:
    found = None
    for m in pattern.finditer(window, len(window) // 2):
        found = m
    return found.start(1) if found else None
