"""Date formats Indonesian news pages print in their headers, and explicit dates in running text.

Patterns are composed from named fragments; `parse_header_date` and `explicit_dates` return
(value, precision) with values in ISO 8601 (local time as printed, no offset added).
"""

from __future__ import annotations

import re
from datetime import date

from linimasa.lang.id.calendar import MONTHS, WEEKDAYS

_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_WEEKDAY = "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True))
FRAGMENTS = {
    "weekday": rf"(?:(?:{_WEEKDAY})\.?,?\s*)",
    "day": r"(?P<d>[0-3]?\d)",
    "month_name": rf"(?P<mn>{_MONTH})\.?",
    "month_num": r"(?P<m>[01]?\d)",
    "year": r"(?P<y>(?:19|20)\d\d)",
    "time": r"(?:(?:,|\s*[-|–—]|\s+pukul|\s+jam|\s+at)?\s*(?P<H>[0-2]?\d)[:.](?P<M>[0-5]\d)(?::[0-5]\d)?\s*(?:WIB|WITA|WIT|UTC|GMT|\+0[789]:?00)?)",
}
F = FRAGMENTS

HEADER_PATTERNS = [
    # Jum'at, 03 Maret 2023 - 04:25 WIB / Selasa 30 Desember 2014 | 17:50 WIB / 30 Des 2014 17:50
    re.compile(rf"{F['weekday']}?{F['day']}\s+{F['month_name']}\s+{F['year']}{F['time']}?", re.I),
    # DECEMBER 9, 2022 / March 12, 2025 10:00
    re.compile(rf"{F['weekday']}?{F['month_name']}\s+{F['day']},?\s+{F['year']}{F['time']}?", re.I),
    # 30/12/2014, 17:50 WIB / 30-12-2014
    re.compile(rf"{F['weekday']}?{F['day']}[/.-]{F['month_num']}[/.-]{F['year']}{F['time']}?", re.I),
    # 2014-12-30T17:50:00+07:00 / 2014-12-30 17:50
    re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::\d\d(?:\.\d+)?)?"
               r"(?:Z|[+-]\d\d:?\d\d)?)?"),
    # date 2021-06 / 2021-06
    re.compile(r"(?<![\d/-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)(?![\d-])"),
]

# A header line is a date line when, after the date, little else remains.
DATE_LINE_NOISE = re.compile(r"^[\s,|:–—-]*(?:diterbitkan|dipublikasikan|diperbarui|update|terbit|published|"
                             r"posted|date|tanggal|pada)?[\s,|:–—-]*$", re.I)

# Explicit dates in running text: (21/1/2022), 18 Februari 2025, Selasa, 18 Februari 2025.
BODY_PATTERNS = [
    re.compile(r"\(\s*(?P<d>[0-3]?\d)\s*/\s*(?P<m>[01]?\d)\s*/\s*(?P<y>(?:19|20)\d\d)\s*\)"),
    re.compile(rf"(?<!\w){F['day']}\s+{F['month_name']}\s+{F['year']}(?!\d)", re.I),
]

FUTURE_CUES = re.compile(r"\b(?:akan|mendatang|dijadwalkan|rencananya|direncanakan|bakal|hingga|sampai|"
                         r"batas\s+waktu|target|paling\s+lambat)\b", re.I)


def _month(m: re.Match) -> int | None:
    gd = m.groupdict()
    if gd.get("mn"):
        return MONTHS.get(gd["mn"].lower().rstrip("."))
    return int(gd["m"]) if gd.get("m") else None


def value_of(m: re.Match) -> tuple[str, str] | None:
    gd = m.groupdict()
    y, mo = int(gd["y"]), _month(m)
    if not mo or not 1 <= mo <= 12:
        return None
    if not gd.get("d"):
        return f"{y:04d}-{mo:02d}", "month"
    d = int(gd["d"])
    try:
        date(y, mo, d)
    except ValueError:
        return None
    if gd.get("H") is not None and gd.get("M") is not None and int(gd["H"]) < 24:
        return f"{y:04d}-{mo:02d}-{d:02d}T{int(gd['H']):02d}:{gd['M']}", "minute"
    return f"{y:04d}-{mo:02d}-{d:02d}", "day"


def parse_header_date(line: str) -> tuple[str, str, tuple[int, int]] | None:
    """(value, precision, span) of the date a header line prints, or None."""
    for pattern in HEADER_PATTERNS:
        m = pattern.search(line)
        if m:
            v = value_of(m)
            if v:
                return v[0], v[1], m.span()
    return None


def is_date_line(line: str) -> bool:
    found = parse_header_date(line)
    if not found or len(line) > 80:
        return False
    s, e = found[2]
    return bool(DATE_LINE_NOISE.match(line[:s] + " " + line[e:])) or len(line.split()) <= 8


def explicit_dates(text: str) -> list[tuple[str, int, int]]:
    """(YYYY-MM-DD, start, end) for every explicit full date in running text."""
    out = []
    for pattern in BODY_PATTERNS:
        for m in pattern.finditer(text):
            v = value_of(m)
            if v and v[1] == "day":
                out.append((v[0], m.start(), m.end()))
    return sorted(out, key=lambda x: x[1])


def normalise(value: str) -> tuple[str, str] | None:
    """A metadata date string (ISO, partial ISO, or a header format) -> (value, precision)."""
    value = value.strip()
    m = re.fullmatch(r"((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d)(?:[T ](\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?)?)?",
                     value)
    if m:
        y, mo, d, hh, mm, tz = m.groups()
        if hh:
            tz = "" if not tz or tz == "Z" else (tz if ":" in tz else tz[:3] + ":" + tz[3:])
            return f"{y}-{mo}-{d}T{hh}:{mm}", "minute"  # local time as printed, like header dates
        if d:
            return f"{y}-{mo}-{d}", "day"
        return (f"{y}-{mo}", "month") if mo else (y, "year")
    found = parse_header_date(value)
    return (found[0], found[1]) if found else None


# Time zones Indonesian pages print after a time, with their UTC offsets; WIB is the default of national outlets.
ZONES = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00"}
DEFAULT_ZONE = "WIB"
_ZONE_AFTER_TIME = re.compile(r"\d[:.][0-5]\d(?::[0-5]\d)?\s*(?P<z>WITA|WIB|WIT)\b", re.I)

# A printed date that is an update, not the publication ("Diperbarui 14:28 WIB", "Updated: …").
UPDATE_CUES = re.compile(r"\b(?:diperbarui|pembaruan|update[ds]?|terakhir\s+diubah|diubah|modified|revisi)\b", re.I)
# … and words that announce the publication itself ("Diterbitkan", "Tayang", "Published").
PUBLISH_CUES = re.compile(r"\b(?:diterbitkan|dipublikasikan|terbit|tayang|diunggah|published|posted|dibuat)\b", re.I)


def printed_zone(text: str) -> str | None:
    """The zone name ("WIB", "WITA", "WIT") printed after a time in `text`, the commonest if several."""
    found = [m.group("z").upper() for m in _ZONE_AFTER_TIME.finditer(text)]
    return max(set(found), key=found.count) if found else None

