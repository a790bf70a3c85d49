"""Recognise and normalise temporal expressions (TIMEX3) in Indonesian text.

Rules are composed from the named fragments in `linimasa.lang.id.timex`; every rule has a
pattern and a function that turns a match into (type, value) given the context: the DCT,
and the narrative's reference time (the last explicit date, for "sehari kemudian",
"hari itu" or a bare "pukul 13.30"). Matches are chosen longest-leftmost, then valued in
text order so that each anaphoric expression sees the dates before it. With no DCT,
relative values stay underspecified (XXXX-WXX-3, XXXX-06): nothing is invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from linimasa.lang.id import calendar as C
from linimasa.lang.id import timex as L
from linimasa.model import Timex
from linimasa.openings import Openings, agrees, openings
from linimasa.time import values as V
from linimasa.time.values import Anchor

F = L.FRAGMENTS
YEAR = r"(?:19|20)\d\d"
NUM = rf"(?:\d+(?:[.,]\d+)?|{F['number_word']}|{F['vague']})"


@dataclass
class Context:
    dct: Anchor | None
    text: str
    ref: Anchor | None = None          # the narrative's last explicit date, any granularity
    day_ref: Anchor | None = None      # … the last one with a day
    month_ref: Anchor | None = None    # … the last one with at least a month
    warnings: list[str] = field(default_factory=list)
    restore_at: int | None = None      # end of a look-back's sentence, where the saved reference returns
    saved: tuple = (None, None, None)

    def note(self, a: Anchor) -> None:
        self.ref = a
        if a.month:
            self.month_ref = a
        if a.day:
            self.day_ref = a

    def flashback(self, until: int) -> None:
        """Remember the current reference to restore it at `until` (the end of a look-back's sentence)."""
        if self.restore_at is None:
            self.saved = (self.ref, self.day_ref, self.month_ref)
        self.restore_at = until

    def reach(self, pos: int) -> None:
        if self.restore_at is not None and pos >= self.restore_at:
            self.ref, self.day_ref, self.month_ref = self.saved
            self.restore_at = None

    def anchor(self, level: str = "day") -> Anchor | None:
        """The reference time at least as specific as `level` needs; with none, the DCT."""
        found = {"day": self.day_ref, "month": self.month_ref, "year": self.ref}[level]
        return found or self.dct


@dataclass
class Rule:
    name: str
    pattern: str
    value: Callable[[re.Match, Context], tuple[str, str] | None]
    flags: int = re.I


def number(word: str | None) -> float | None:
    """'3' -> 3, '5,5' -> 5.5, 'dua puluh' -> 20, 'beberapa' -> None."""
    if word is None:
        return None
    w = " ".join(word.lower().split())
    if re.fullmatch(r"\d+(?:[.,]\d+)?", w):
        return float(w.replace(",", "."))
    if w in L.NUMBER_WORDS:
        return L.NUMBER_WORDS[w]
    if w in L.TEENS:
        return L.TEENS[w]
    if w in L.TENS:
        return L.TENS[w]
    parts = w.split()
    if len(parts) == 3 and " ".join(parts[:2]) in L.TENS and parts[2] in L.NUMBER_WORDS:
        return L.TENS[" ".join(parts[:2])] + L.NUMBER_WORDS[parts[2]]
    return None


def _unit(word: str) -> tuple[str, bool]:
    w = word.lower()
    if w.startswith("se") and w in L.SE_UNITS:
        w = L.SE_UNITS[w]
    return L.UNITS[w]


def _month(word: str) -> int | None:
    return L.MONTH_FULL.get(word.lower().rstrip("."))


def _weekday(word: str) -> int | None:
    return L.WEEKDAY_NAMES.get(word.lower().replace("’", "'")) or L.WEEKDAY_NAMES.get(
        word.lower().replace("'", "").replace("’", ""))


def _part(word: str | None) -> str | None:
    return L.PARTS_OF_DAY.get(" ".join(word.lower().split())) if word else None


def _before(m: re.Match, ctx: Context, chars: int = 40) -> str:
    return ctx.text[max(0, m.start() - chars):m.start()].lower()


def _direction(m: re.Match, ctx: Context) -> str:
    """'future' or 'past' from cue words in the span or just before it; '' when the text does not say."""
    span = m.group(0).lower()
    if re.search(r"\b(?:depan|mendatang|nanti)\b", span):
        return "future"
    if re.search(r"\b(?:lalu|kemarin|silam)\b", span):
        return "past"
    before = _before(m, ctx, 60)
    if re.search(r"\b(?:" + "|".join(L.FUTURE_CUES) + r")\b[^.]*$", before):
        return "future"
    if re.search(r"\b(?:" + "|".join(L.PAST_CUES) + r")\b[^.]*$", before):
        return "past"
    return ""


def _year_of(m: re.Match, ctx: Context, month: int, direction: str | None = None) -> str:
    if ctx.dct is None:
        return f"XXXX-{month:02d}"
    return V.month_near(ctx.dct, month, _direction(m, ctx) if direction is None else direction)


# ---------------------------------------------------------------- value functions


def v_weekday_date(m, ctx):
    d, mo, y = int(m.group("d")), int(m.group("m")), m.group("y")
    year = int(y) if y and len(y) == 4 else (2000 + int(y) if y else (ctx.dct.year if ctx.dct else None))
    if year is None:
        value = f"XXXX-{mo:02d}-{d:02d}"
    else:
        try:
            day = date(year, mo, d)
        except ValueError:
            return None
        wd = _weekday(m.group("wd")) if m.groupdict().get("wd") else None
        if wd and day.isoweekday() != wd:
            ctx.warnings.append(f"{m.group(0)!r}: {m.group('wd')} is not the weekday of {day.isoformat()}")
        value = day.isoformat()
        ctx.note(Anchor(year, mo, d))
    return _with_time(m, value)


def _with_time(m, value: str) -> tuple[str, str]:
    gd = m.groupdict()
    if gd.get("H"):
        minute = gd.get("M") or "00"
        return "TIME", f"{value}T{_hour(int(gd['H']), gd.get('pod2'))}:{minute}"
    part = _part(gd.get("pod"))
    if part:
        return "TIME", f"{value}T{part}"
    return "DATE", value


def _hour(h: int, pod: str | None) -> str:
    p = (pod or "").lower()
    if p in ("sore", "malam", "petang") and h < 12:
        h += 12
    if p == "siang" and h < 6:
        h += 12
    return f"{h:02d}"


def v_day_month_year(m, ctx):
    mo = _month(m.group("mon"))
    try:
        day = date(int(m.group("y")), mo, int(m.group("d")))
    except (ValueError, TypeError):
        return None
    ctx.note(Anchor(day.year, day.month, day.day))
    return _with_time(m, day.isoformat())


def v_day_month(m, ctx):
    mo, d = _month(m.group("mon")), int(m.group("d"))
    if not mo or not 1 <= d <= 31:
        return None
    try:
        date(2000, mo, d)  # a leap year: only days no year has ("30 Februari") are refused here
    except ValueError:
        return None
    other = _RANGE_OTHER_YEAR.match(ctx.text, m.end())
    if other:  # "1 Januari-31 Maret 2015": the bare side takes the year written on the other
        year = int(other.group("y")) - (mo > (_month(other.group("omon")) or 12))  # "5 Desember-10 Januari 2015"
        ym = f"{year}-{mo:02d}"
    elif ctx.dct is None:
        return _with_time(m, f"XXXX-{mo:02d}-{d:02d}")
    else:
        ym = V.month_near(ctx.dct, mo, _direction(m, ctx))
    try:
        day = date(int(ym[:4]), mo, d)
    except ValueError:
        return None
    ctx.note(Anchor(day.year, day.month, day.day))
    return _with_time(m, day.isoformat())


_RANGE_OTHER_YEAR = re.compile(rf"(?:\s*[-–]\s*|\s+{F['range_word']}\s+)(?:[0-3]?\d\s+)?(?P<omon>{F['month']})\s+(?P<y>{YEAR})(?!\d)",
                               re.I)


def v_day_of_month(m, ctx):
    """'tanggal 17 (kemarin)': that day of the month nearest the DCT in the direction the text gives."""
    d = int(m.group("d"))
    if not 1 <= d <= 31:
        return None
    if ctx.dct is None or not ctx.dct.day:
        return "DATE", f"XXXX-XX-{d:02d}"
    direction = _direction(m, ctx)
    options = []
    for shift in (-1, 0, 1):
        first = V.add_months(date(ctx.dct.year, ctx.dct.month, 1), shift)
        try:
            options.append(date(first.year, first.month, d))
        except ValueError:
            continue
    here = ctx.dct.date
    if direction == "past":
        options = [o for o in options if o <= here] or options
    elif direction == "future":
        options = [o for o in options if o >= here] or options
    day = min(options, key=lambda o: abs((o - here).days))
    ctx.note(Anchor(day.year, day.month, day.day))
    return "DATE", day.isoformat()


def v_full_date(m, ctx):
    """A date written with all its numbers: 21/1/2022 or 2022-01-21."""
    if _document_number(m, ctx):
        return None
    try:
        day = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    ctx.note(Anchor(day.year, day.month, day.day))
    return "DATE", day.isoformat()


def v_month_year(m, ctx):
    mo = _month(m.group("mon"))
    if not mo:
        return None
    if not (ctx.ref and ctx.ref.year == int(m.group("y")) and ctx.ref.month == mo):
        ctx.note(Anchor(int(m.group("y")), mo))
    return "DATE", f"{int(m.group('y')):04d}-{mo:02d}"


def v_month(m, ctx):
    word = m.group("mon")
    if not word[:1].isupper():
        return None  # bare month names are capitalised; "mei" in lower case is not the month
    mo = _month(word)
    if not mo:
        return None
    rel = re.search(r"tahun\s+(\w+)$", m.group(0), re.I)
    if rel and ctx.dct is not None:  # "Juni tahun lalu": that month of the year the phrase names
        year = _year_rel(rel.group(1), ctx, None)
        return "DATE", f"{year:04d}-{mo:02d}"
    return "DATE", _year_of(m, ctx, mo)


_DOC_NUMBER = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in L.DOCUMENT_NUMBER_WORDS) + r")\.?\s*\d+[a-z]?\s+(?:" + L.FRAGMENTS["document_year_word"] + r"\s+)?$"
                         r"|\b(?:" + "|".join(re.escape(w) for w in L.DOCUMENT_NUMBER_WORDS) + r")\.?\s*$")


def _document_number(m, ctx) -> bool:
    """A number in 'UU Nomor 12 Tahun 2011' (either the 12 or the year): part of a regulation's number."""
    return bool(_DOC_NUMBER.search(_before(m, ctx, 25)))


def v_year(m, ctx):
    if _document_number(m, ctx):
        return None
    before = _before(m, ctx, 12)
    token = re.findall(r"[\w.$]+", before)
    if token and token[-1].lower() in L.NOT_TIME_BEFORE:
        return None
    y = int(m.group("y"))
    after = ctx.text[m.end():m.end() + 5]
    left = re.search(rf"(?<![\w/.,-])({YEAR})[-–]$", before)
    right = re.match(rf"[-–]({YEAR})$", after)
    if left or right:
        # "2010-2014": a range of years is split into its two years; a code like "2014-2010" is not a range
        first, second = (int(left.group(1)), y) if left else (y, int(right.group(1)))
        if second <= first or (left and token[-2:-1] and token[-2].lower() in L.NOT_TIME_BEFORE):
            return None
        before, after = before[:-5] if left else before, ""
    if re.search(r"[/\-–]\s*$|\d[.,]?\s*$", before) or re.match(r"\s*(?:[/\-–]\s*\d|[.,]\d|\s*(?:orang|unit|ton|"
                                                                  r"kg|persen|meter|km|buah|ekor|jiwa)\b)",
                                                                  after and ctx.text[m.end():m.end() + 12], re.I):
        return None
    if not ctx.ref or ctx.ref.year != y:
        ctx.note(Anchor(y))
    return "DATE", f"{y:04d}"


def v_decade(m, ctx):
    digits = m.group("dec") or m.group("dec4")
    if len(digits) == 4:
        return "DATE", digits[:3]
    century = "19" if ctx.dct is None or int(digits) > (ctx.dct.year % 100) else str(ctx.dct.year)[:2]
    return "DATE", century + digits[0]


def v_century(m, ctx):
    raw = m.group("c")
    n = int(raw) if raw.isdigit() else _roman(raw)
    return ("DATE", f"{n - 1:02d}") if n else None


def _roman(s: str) -> int:
    vals = {"I": 1, "V": 5, "X": 10}
    total = 0
    for a, b in zip(s.upper(), s.upper()[1:] + " ", strict=True):
        total += -vals[a] if vals.get(b, 0) > vals[a] else vals[a]
    return total


def _year_rel(word: str | None, ctx: Context, explicit: str | None) -> int | str | None:
    if explicit:
        return int(explicit)
    if ctx.dct is None:
        return None
    shift = {"lalu": -1, "kemarin": -1, "depan": 1, "mendatang": 1}.get((word or "ini").lower(), 0)
    return ctx.dct.year + shift


def _ordinal(word: str | None) -> int | None:
    return (L.ORDINALS.get(word) or L.ORDINALS.get(word.upper())) if word else None


def v_quarter(m, ctx):
    """kuartal ketiga 2014 -> 2014-Q3; several quarters sharing one head -> the smallest unit covering them."""
    q = _ordinal(m.group("q"))
    y = _year_rel(m.group("rel"), ctx, m.group("y"))
    if not q:
        return None
    year = y if y else "XXXX"
    quarters = {q}
    if m.group("q2"):
        quarters.add(_ordinal(m.group("q2")))
    first = m.group("first")
    if m.group("count") and not first:
        if m.group("q").lower() not in L.FIRST_WORDS:
            return None  # "tiga kuartal": a length, left to the duration rule
        first = m.group("q")
    if first:
        # "tiga kuartal pertama" / "kuartal tiga pertama": the first (or last) n quarters
        n = int(number(m.group("count")) or q) if m.group("count") else q
        quarters = set(range(1, n + 1)) if first.lower() in L.FIRST_WORDS else set(range(5 - n, 5))
    if len(quarters) == 1:
        return "DATE", f"{year}-Q{q}"
    if quarters <= {1, 2}:
        return "DATE", f"{year}-H1"
    if quarters <= {3, 4}:
        return "DATE", f"{year}-H2"
    return "DATE", f"{year}"


def v_half(m, ctx):
    h = L.ORDINALS.get(m.group("h")) or L.ORDINALS.get(m.group("h").upper())
    y = _year_rel(m.group("rel"), ctx, m.group("y"))
    return ("DATE", f"{y if y else 'XXXX'}-H{h}") if h in (1, 2) else None


def v_position_unit(m, ctx):
    unit, rel = m.group("unit").lower(), (m.group("rel") or "ini").lower()
    shift = {"lalu": -1, "kemarin": -1, "depan": 1, "mendatang": 1}.get(rel, 0)
    if ctx.dct is None:
        return "DATE", "XXXX"
    if unit == "tahun":
        return "DATE", f"{ctx.dct.year + shift:04d}"
    if unit == "bulan" and ctx.dct.month:
        return "DATE", V.shift(Anchor(ctx.dct.year, ctx.dct.month), shift, "M")
    if unit in ("pekan", "minggu") and ctx.dct.day:
        weekend = m.group("pos").lower() == "akhir"  # "akhir pekan" is the weekend
        return "DATE", V.iso_week(ctx.dct.date, shift) + ("-WE" if weekend else "")
    return None


def v_relative_unit(m, ctx):
    """pekan ini / minggu lalu / bulan depan / tahun ini; akhir pekan ini -> …-WE."""
    unit, rel = m.group("unit").lower(), m.group("rel").lower()
    shift = {"lalu": -1, "kemarin": -1, "yang lalu": -1, "depan": 1, "mendatang": 1}.get(rel, 0)
    weekend = bool(m.groupdict().get("we"))
    if ctx.dct is None:
        return "DATE", {"tahun": "XXXX", "bulan": "XXXX-XX", "dekade": "XXX", "abad": "XX"}.get(unit, "XXXX-WXX")
    if unit == "tahun":
        return "DATE", f"{ctx.dct.year + shift:04d}"
    if unit == "dekade":  # "dekade ini" -> 201, "dekade lalu" -> 200
        return "DATE", f"{ctx.dct.year // 10 + shift:03d}"
    if unit == "abad":
        return "DATE", f"{ctx.dct.year // 100 + shift:02d}"
    if unit == "bulan":
        return ("DATE", V.shift(Anchor(ctx.dct.year, ctx.dct.month), shift, "M")) if ctx.dct.month else None
    if ctx.dct.day:
        return "DATE", V.iso_week(ctx.dct.date, shift) + ("-WE" if weekend else "")
    return "DATE", "XXXX-WXX" + ("-WE" if weekend else "")  # a DCT without a day cannot place the week


def v_offset(m, ctx):
    """tiga hari lalu / dua bulan lagi (the DCT) / sehari kemudian / setahun sebelumnya (the narrative)."""
    if _document_number(m, ctx):
        return None
    n = number(m.group("n")) if m.groupdict().get("n") else 1.0
    unit, _ = _unit(m.group("unit"))
    rel = " ".join(m.group("rel").lower().split())
    sign = -1 if rel in ("lalu", "yang lalu", "silam", "sebelumnya", "sebelum itu") else 1
    anaphoric = rel in L.AFTER_WORDS or rel in L.BEFORE_WORDS
    level = {"D": "day", "W": "day", "M": "month"}.get(unit, "year")
    anchor = ctx.anchor(level) if anaphoric else ctx.dct
    if n is None or anchor is None or unit not in ("D", "W", "M", "Y", "DE"):
        return "DATE", "PAST_REF" if sign < 0 and n is None else ("FUTURE_REF" if n is None else "XXXX-XX-XX")
    if anaphoric and re.search(r"\b(?:" + "|".join(L.LASTING_VERBS) + r")\s+$", _before(m, ctx, 30)):
        # "kenaikan yang berlangsung tiga hari sebelumnya": how long it lasted, not when
        return "DURATION", V.duration(n, unit, False)
    value = V.shift(anchor, sign * n, unit)
    if value and len(value) == 10 and anaphoric:
        if sign < 0:
            # a look back ("sehari sebelumnya") is the reference only until its sentence ends;
            # then the narrative returns to the day it was telling
            ctx.flashback(_sentence_end(ctx.text, m.end()))
        ctx.note(Anchor.parse(value))  # "Sehari kemudian, pukul 14.30": the narrative moves to that day
    return ("DATE", value) if value else None


def v_deictic_day(m, ctx):
    word = " ".join(m.group("deix").lower().split())
    if word == "kemarin" and re.match(r"\s*(?:itu|-kemarin)", ctx.text[m.end():m.end() + 10], re.I):
        return "DATE", "PAST_REF"
    if word == "kemarin" and m.end() == m.start() + len(m.group("deix")) and re.match(
            r"(?:\s+(?:[A-Z]\w*|" + "|".join(L.PARTICLES) + r")){0,3}\s+(?:" + "|".join(L.LOOSE_YESTERDAY_NEXT) + r")\b",
            ctx.text[m.end():m.end() + 40]):
        return "DATE", "PAST_REF"  # "kemarin ada beberapa kendala": a stretch of recent past, not the day before
    if ctx.dct is None or not ctx.dct.day:
        return "DATE", "XXXX-XX-XX" if ctx.dct is None else ctx.dct.value()
    day = ctx.dct.date + timedelta(days=L.DEICTIC_DAYS[word])
    if day > ctx.dct.date or (day != ctx.dct.date and ctx.day_ref):
        # "[besok] mulai [pukul 07.30]": the clock time belongs to that day, until the sentence ends; a plan,
        # or a look back from a day already told ("Selasa (16/12) ... setelah kemarin ..."), does not move
        # the day the text is telling
        ctx.flashback(_sentence_end(ctx.text, m.end()))
    if day != ctx.dct.date:
        # "Kecelakaan terjadi kemarin. Pukul 06.40 …": the first day told is the narrative's day from here on
        ctx.note(Anchor(day.year, day.month, day.day))
    return _with_time(m, day.isoformat())


def v_anaphoric_day(m, ctx):
    """keesokan harinya / esoknya: a day counted from the narrative's day; the narrative moves there."""
    a = ctx.anchor()
    if a is None or not a.day:
        return None
    day = a.date + timedelta(days=L.ANAPHORIC_DAYS[" ".join(m.group("ana").lower().split())])
    ctx.note(Anchor(day.year, day.month, day.day))
    return _with_time(m, day.isoformat())


def v_part_of_narrative_day(m, ctx):
    """malam harinya: that part of the narrative's day."""
    a = ctx.anchor()
    base = a.value() if a and a.day else "XXXX-XX-XX"
    return "TIME", f"{base}T{_part(m.group('pod'))}"


def v_unit_before_after(m, ctx):
    """tahun sebelumnya / bulan berikutnya: one unit before or after the narrative's time at that unit."""
    unit = m.group("unit").lower()
    sign = -1 if " ".join(m.group("rel").lower().split()) in L.BEFORE_WORDS else 1
    level = {"tahun": "year", "bulan": "month"}.get(unit, "day")
    a = ctx.anchor(level)
    if a is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    if unit == "tahun":
        return "DATE", f"{a.year + sign:04d}"
    if unit == "bulan":
        return ("DATE", V.shift(Anchor(a.year, a.month), sign, "M")) if a.month else None
    return ("DATE", V.iso_week(a.date, sign)) if a.day else None


def v_part_of_day_deictic(m, ctx):
    """pagi ini / sore hari ini / tadi malam / dini hari tadi / nanti malam."""
    part = _part(m.group("pod"))
    span = m.group(0).lower()
    if ctx.dct is None or not ctx.dct.day:
        return "TIME", f"XXXX-XX-XXT{part}"
    day = ctx.dct.date
    if span.startswith("tadi malam") or span.startswith("semalam"):
        day -= timedelta(days=1)
    return "TIME", f"{day.isoformat()}T{part}"


def v_that(m, ctx):
    """hari itu / hari yang sama / tahun itu: the narrative's date at that granularity."""
    unit = m.group("unit").lower()
    a = ctx.anchor({"tahun": "year", "bulan": "month"}.get(unit, "day"))
    if a is None:
        return "DATE", "PAST_REF"
    if unit == "tahun":
        return "DATE", f"{a.year:04d}"
    if unit == "bulan":
        return ("DATE", f"{a.year:04d}-{a.month:02d}") if a.month else None
    part = _part(unit)
    if part:
        return ("TIME", f"{a.value()}T{part}") if a.day else None
    return ("DATE", a.value()) if a.day else None


def v_ref(kind: str):
    def value(m, ctx):
        word = " ".join(m.group(0).lower().split())
        if kind == "PAST_REF" and word in ("dulu", "dahulu"):
            before_text = _before(m, ctx, 25)
            before = re.findall(r"\w+", before_text)
            clause_start = not before or re.search(r"[.,;:!?\"“”(]\s*$", before_text)
            if not clause_start and before[-1] not in L.DULU_PAST_AFTER:
                return None
        if word == "kini" and not m.group(0)[:1].isupper() and re.match(r"\s*(?:yang|di)\b", ctx.text[m.end():]):
            pass
        if kind == "FUTURE_REF" and word == "mendatang":
            return None
        return "DATE", kind
    return value


def v_weekday(m, ctx):
    word = m.group("wd")
    wd = _weekday(word)
    tail = (m.group("rel") or "").lower()
    if not word[:1].isupper() and not m.group(0).lower().startswith("hari"):
        return None
    before_words = re.findall(r"[\w.]+", _before(m, ctx, 20))
    if before_words and before_words[-1].rstrip(".") in L.WEEKDAY_NAME_HEADS:
        return None  # "Pasar Minggu", "Kompas Minggu": a name
    after = ctx.text[m.end():m.end() + 12]
    if re.match(r"\s*[-–]\s*" + F["weekday"], after, re.I) or re.search(F["weekday"] + r"\s*[-–]\s*$",
                                                                         _before(m, ctx, 12), re.I) or \
            re.search(r"\b(?:setiap|tiap|saban)\s+$", _before(m, ctx, 10)) or \
            re.search(r"\b(?:setiap|tiap|saban)\s+" + F["weekday"] + r"\s*(?:,|dan|serta|atau)\s*$", _before(m, ctx, 30), re.I):
        return "SET", f"XXXX-WXX-{wd}"  # "Sabtu-Minggu", "setiap Senin": a recurring day
    if word.lower() == "minggu" and tail in ("ini", "lalu", "depan", "kemarin"):
        return None  # a week, handled by the relative-unit rule
    if ctx.day_ref and re.search(r"\(\s*$", _before(m, ctx, 3)) and ctx.day_ref.date.isoweekday() == wd:
        return _with_time(m, ctx.day_ref.date.isoformat())  # "14 Juni 2015 (Minggu)": the weekday of that date
    if tail in ("itu", "tersebut") and ctx.day_ref:
        day = ctx.day_ref.date
        return _with_time(m, day.isoformat())
    if ctx.dct is None:
        return _with_time(m, f"XXXX-WXX-{wd}")
    if not ctx.dct.day:
        return _with_time(m, ctx.dct.value())
    scheduled = re.search(r"\b(?:" + "|".join(L.SCHEDULED_EVENTS) + r")\s+(?:pada\s+)?$", _before(m, ctx, 30)) and \
        not re.search(r"\b(?:" + "|".join(L.PAST_MARKERS) + r")\b", _before(m, ctx, 60))
    future = tail in ("depan", "mendatang", "nanti", "besok", "lusa") or bool(re.search(
        r"\b(?:akan|dijadwalkan|rencananya|berencana|bakal|nanti)\b[^.]{0,40}$", _before(m, ctx, 50)))
    if scheduled and not future:
        # a scheduled meeting named by its weekday: whichever of last and next is nearer the DCT
        past_day, next_day = V.weekday_near(ctx.dct.date, wd, False), V.weekday_near(ctx.dct.date, wd, True)
        future = (next_day - ctx.dct.date) < (ctx.dct.date - past_day)
    day = V.weekday_near(ctx.dct.date, wd, future)
    if future:
        ctx.flashback(_sentence_end(ctx.text, m.end()))  # a scheduled day holds only for its own sentence
    ctx.note(Anchor(day.year, day.month, day.day))  # "Rabu malam … Pukul 23.40": the day the text is telling
    return _with_time(m, day.isoformat())


_DATE_AFTER_CLOCK = re.compile(r"\s*,?\s*(?:hari\s+)?(?:\w+\s*,?\s*)?\(\s*(?P<d>[0-3]?\d)\s*/\s*(?P<m>[01]?\d)\s*/"
                               r"\s*(?P<y>(?:19|20)\d\d)\s*\)")


def v_clock(m, ctx):
    h = int(m.group("H"))
    minute = m.group("M") or "00"
    if h > 24 or int(minute) > 59:
        return None
    after = _DATE_AFTER_CLOCK.match(ctx.text, m.end())
    if after:  # "pukul 7:55 WIB, Jumat (5/12/2014)": the date of the same sentence
        try:
            day = date(int(after.group("y")), int(after.group("m")), int(after.group("d")))
            return "TIME", f"{day.isoformat()}T{_hour(h, m.group('pod2'))}:{minute}"
        except ValueError:
            pass
    deictic = _DEICTIC_AFTER_CLOCK.match(ctx.text, m.end())
    if deictic and ctx.dct is not None and ctx.dct.day:
        # "pukul 07.00 WIB besok": the day named after the clock, counted from the DCT, not the narrative
        day = ctx.dct.date + timedelta(days=L.DEICTIC_DAYS[" ".join(deictic.group("deix").lower().split())])
        return "TIME", f"{day.isoformat()}T{_hour(h, m.group('pod2'))}:{minute}"
    # a clock time with no date of its own takes the day the text is telling, else the DCT's
    a = ctx.anchor()
    base = a.value() if a and a.day else (ctx.dct.value() if ctx.dct and ctx.dct.day else "XXXX-XX-XX")
    return "TIME", f"{base}T{_hour(h, m.group('pod2'))}:{minute}"


_DEICTIC_AFTER_CLOCK = re.compile(rf"\s*,?\s*(?P<deix>{F['deictic_day']})(?![\w(]|\s*\()", re.I)


def v_part_alone(m, ctx, always: bool = False):
    """A bare part of day counts after a preposition of time only ("sejak pagi", "pada malam")."""
    if not always and not re.search(r"\b(?:pada|sejak|hingga|sampai|saat|menjelang|jelang|siang|pagi)\s+$", _before(m, ctx, 15)):
        return None
    part = _part(m.group("pod") if m.groupdict().get("pod") else m.group(0))
    a = ctx.anchor()
    base = a.value() if a and a.day else "XXXX-XX-XX"
    return "TIME", f"{base}T{part}"


def v_duration(m, ctx):
    if _document_number(m, ctx):
        return None
    n1 = number(m.group("n"))
    unit, time_unit = _unit(m.group("unit"))
    if m.group("n").lower() in L.VAGUE_NUMBERS:
        n1 = None
    elif n1 is None:
        return None
    if unit in ("SEM", "Q", "WI"):
        if n1 is None:
            return None
        n1, unit = n1 * {"SEM": 6, "Q": 3, "WI": 96}[unit], "M"
    if m.groupdict().get("unit2"):
        n2 = number(m.group("n2"))
        unit2, t2 = _unit(m.group("unit2"))
        if n2 is None or n1 is None:
            return None
        if time_unit and t2:
            return "DURATION", f"PT{int(n1)}{unit}{int(n2)}{unit2}"
        return "DURATION", f"P{int(n1)}{unit}{int(n2)}{unit2}" if not t2 else f"P{int(n1)}{unit}T{int(n2)}{unit2}"
    return "DURATION", V.duration(n1, unit, time_unit)


def v_se_duration(m, ctx):
    unit, time_unit = _unit(m.group("se"))
    before, after = _before(m, ctx, 20), ctx.text[m.end():m.end() + 12]
    if m.group(0) == m.group("se") and (
            re.search(r"(?<!\w)(?:" + "|".join(L.TIMES_WORDS) + r")\s+$", before, re.I)
            or re.match(r"\s+(?:" + "|".join(L.ONCE_WORDS) + r")(?!\w)", after, re.I)):
        # "dua kali sehari", "seminggu sekali": a frequency, so the unit recurs
        return "SET", V.duration(1, unit, time_unit)
    return "DURATION", V.duration(1, unit, time_unit)


_DATE_UNIT_ORDER, _TIME_UNIT_ORDER = "YMWD", "HMS"


def v_vague_units(m, ctx):
    """hitungan hari dan minggu -> PXWXD; hitungan jam dan menit -> PTXHXM (X for each unit, largest first)."""
    words = re.findall(F["unit"], m.group(0)[len(m.group("head")):], re.I)
    date_units, time_units = set(), set()
    for w in words:
        unit, is_time = _unit(w)
        if unit in _DATE_UNIT_ORDER or unit in _TIME_UNIT_ORDER:
            (time_units if is_time else date_units).add(unit)
    if not date_units and not time_units:
        return None
    value = "P" + "".join(f"X{u}" for u in _DATE_UNIT_ORDER if u in date_units)
    if time_units:
        value += "T" + "".join(f"X{u}" for u in _TIME_UNIT_ORDER if u in time_units)
    return "DURATION", value


def v_fixed(kind: str, value: str):
    return lambda m, ctx: (kind, value)


def v_redup(m, ctx):
    return "DURATION", L.REDUPLICATED[m.group(0).lower()]


def v_moment(m, ctx):
    return "DURATION", L.MOMENTS[" ".join(m.group(0).lower().split())]


def v_set(m, ctx):
    gd = m.groupdict()
    if gd.get("wd"):
        return "SET", f"XXXX-WXX-{_weekday(gd['wd'])}"
    if gd.get("adj"):
        adj = gd["adj"].lower()
        nxt = ctx.text[m.end():m.end() + 20]
        if adj == "harian" and re.match(r"\s+[A-Z]", nxt):
            return None  # "harian Kompas": the newspaper
        return "SET", {"tahunan": "P1Y", "bulanan": "P1M", "mingguan": "P1W", "harian": "P1D"}[adj]
    if gd.get("pod"):
        return "SET", f"XXXX-XX-XXT{_part(gd['pod'])}"
    if gd.get("we"):
        return "SET", "XXXX-WXX-WE"
    if gd.get("dom"):
        return ("SET", f"XXXX-XX-{int(gd['dom']):02d}") if 1 <= int(gd["dom"]) <= 31 else None
    n = number(gd.get("n")) if gd.get("n") else 1
    unit, time_unit = _unit(gd["unit"])
    if n is None:
        return None
    return "SET", V.duration(n, unit, time_unit)


def v_holiday(m, ctx):
    name = " ".join(m.group("hol").lower().split())
    name = re.sub(r"^hari raya\s+", "", name) if name not in L.FIXED_HOLIDAYS else name
    if name == "tahun baru" and not m.group("hol")[:1].isupper():
        return None
    explicit = m.group("y")
    year = int(explicit) if explicit else (ctx.dct.year if ctx.dct else None)
    rel = re.search(r"tahun\s+(\w+)$", m.group(0)[len(m.group("hol")):], re.I)
    if rel and not explicit and ctx.dct:  # "Natal tahun lalu"
        year = _year_rel(rel.group(1), ctx, None)
        explicit = str(year)
    if name in L.FIXED_HOLIDAYS or ("hari raya " + name) in L.FIXED_HOLIDAYS:
        mo, d = L.FIXED_HOLIDAYS.get(name) or L.FIXED_HOLIDAYS["hari raya " + name]
        if year and not explicit and ctx.dct and ctx.dct.month and name != "tahun baru":
            # "Natal lalu" in January is the one just past; "Tahun Baru nanti" the coming one
            here, this = (ctx.dct.month, ctx.dct.day or 1), (mo, d)
            direction = _direction(m, ctx)
            if direction == "past" and this > here:
                year -= 1
            elif direction == "future" and this < here:
                year += 1
        if year and not explicit and name == "tahun baru" and ctx.dct and ctx.dct.month == 12:
            year += 1  # late December: the coming new year
        return "DATE", f"{year:04d}-{mo:02d}-{d:02d}" if year else f"XXXX-{mo:02d}-{d:02d}"
    if name in L.LUNAR_NEW_YEAR_NAMES:
        if year is None:
            return "DATE", "XXXX"
        md = L.LUNAR_NEW_YEAR.get(year)
        return "DATE", f"{year:04d}-{md[0]:02d}-{md[1]:02d}" if md else f"{year:04d}"
    hm = L.ISLAMIC_HOLIDAYS.get(name)
    if not hm:
        return None
    if year is None:
        return "DATE", "XXXX"
    value = islamic_holiday(year, *hm)
    return ("DATE", value or f"{year:04d}") if _YEAR_RANGE[0] <= year <= _YEAR_RANGE[1] else None


_YEAR_RANGE = (1, 9999)


@lru_cache(maxsize=256)
def islamic_holiday(year: int, hijri_month: int, hijri_day: int) -> str | None:
    """The day in `year` of an Islamic holiday: the government's official date (the `holidays` package's
    calendar of the country), else the Umm al-Qura date, else None (a year neither calendar covers)."""
    name = C.OFFICIAL_ISLAMIC_HOLIDAYS.get((hijri_month, hijri_day))
    if name and 1900 <= year <= 2200:
        try:
            import holidays

            calendar = holidays.country_holidays(C.HOLIDAY_COUNTRY, years=year, language="en_US")
            days = sorted(d for d, n in calendar.items() if n == name)  # "(estimated)" ones are not official
            if days:
                return days[0].isoformat()
        except (ImportError, NotImplementedError, ValueError, OverflowError, KeyError):
            pass
    try:
        return V.islamic_holiday(year, hijri_month, hijri_day)
    except (ValueError, OverflowError):
        return None  # outside the Umm al-Qura tables


def v_season(m, ctx):
    code = L.SEASONS[" ".join(m.group("season").lower().split())]
    y = _year_rel(m.group("rel"), ctx, m.group("y"))
    return "DATE", f"{y if y else 'XXXX'}-{code}"


# ---------------------------------------------------------------- rules


WD = rf"(?P<wd>{F['weekday']})"
POD = rf"(?P<pod>{F['part_of_day']})"
CLOCK = rf"(?:(?:{F['quantity']}\s+)?(?:pukul|jam|pkl\.?|pk\.?)\s+(?P<H>[0-2]?\d)(?:[.:](?P<M>[0-5]\d))?(?:\s*{F['zone']})?" \
        rf"(?:\s+(?P<pod2>pagi|siang|sore|malam|dini\s+hari))?)"
TAIL = r"(?:\s+(?:ini|kemarin|lalu|tadi|itu|mendatang))?"
# "pekan kedua Maret": a week of a month, valued (like a position) by the month
WEEK_OF = rf"(?:pekan|minggu)\s+(?:ke-?\s*)?(?:{F['ordinal']}|terakhir)"
ZONE = rf"(?:\s+{F['zone']})?"

RULES: list[Rule] = [
    Rule("weekday-bracket-date",
         rf"(?:(?:hari|tanggal)\s+)?{WD}\s*,?\s*\(\s*(?P<d>[0-3]?\d)\s*/\s*(?P<m>[01]?\d)(?:\s*/\s*(?P<y>\d{{2,4}}))?\s*\)"
         rf"(?:\s+{POD})?(?:\s+{CLOCK})?{ZONE}{TAIL}", v_weekday_date),
    Rule("deictic-bracket-date",
         r"(?:kemarin|hari\s+ini|besok)\s*\(\s*(?P<d>[0-3]?\d)\s*/\s*(?P<m>[01]?\d)(?:\s*/\s*(?P<y>\d{2,4}))?\s*\)",
         v_weekday_date),
    Rule("day-month-year",
         rf"(?:{WD}\s*,?\s+)?(?:(?:hari|tanggal|tgl\.?)\s+)?(?<!\d)(?P<d>[0-3]?\d)\s+(?P<mon>{F['month_any']})\.?,?\s+"
         rf"(?P<y>{YEAR})(?!\d)(?:\s+{CLOCK})?{ZONE}(?:\s+(?:lalu|mendatang|ini|kemarin|nanti))?", v_day_month_year),
    Rule("day-month",
         rf"(?:{WD}\s*,?\s+)?(?:(?:tanggal|tgl\.?)\s+)?(?<![\d,.])(?P<d>[0-3]?\d)\s+(?P<mon>{F['month']})(?!\w|-(?!\s*\d))"
         rf"(?:\s+{CLOCK})?(?:\s+(?:lalu|mendatang|ini|kemarin|depan|nanti))?", v_day_month),
    Rule("day-of-month", r"tanggal\s+(?P<d>[0-3]?\d)(?![\d/.,-])(?!\s+(?:\w+\s+)?(?:19|20)\d\d)"
                         r"(?:\s+(?:lalu|kemarin|mendatang|ini))?", lambda m, ctx: v_day_of_month(m, ctx)),
    Rule("numeric-date", rf"(?:(?:tanggal|tgl\.?)\s+)?(?<![\d/.-])(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<m>[01]?\d)(?P=sep)(?P<y>{YEAR})(?![\d/.-]\d)",
         v_full_date),
    Rule("weekday-numeric-date",
         rf"(?:(?:hari|tanggal)\s+)?{WD}\s*,?\s+(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>{YEAR})(?![\d/])"
         rf"(?:\s+{POD})?(?:\s+{CLOCK})?{ZONE}{TAIL}", v_weekday_date),
    Rule("iso-date", rf"(?<![\d-])(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])", v_full_date),
    Rule("month-year",
         rf"(?:(?:{F['quantity']}|{F['position']}|{WEEK_OF})\s+)*(?:bulan\s+)?(?P<mon>{F['month']})\s*,?\s+(?:tahun\s+)?"
         rf"(?P<y>{YEAR})(?!\d)(?:\s+(?:lalu|mendatang|ini|silam|nanti))?", v_month_year),
    Rule("month",
         rf"(?:(?:{F['position']}|{WEEK_OF})\s+)?(?:bulan\s+)?(?P<mon>{F['month']})(?![\w-])"
         rf"(?:\s+(?:lalu|ini|depan|mendatang|kemarin|nanti|tahun\s+(?:ini|lalu|depan)))?", v_month),
    Rule("quarter",
         rf"(?:{F['quantity']}\s+)?(?:(?P<count>{F['number_word']})\s+)?(?:kuartal|triwulan|kwartal)\s*(?:ke-?\s*)?"
         rf"(?P<q>{F['ordinal']})(?![\w])"
         rf"(?:\s*(?:,|{F['coordinator']})\s*(?:ke-?\s*)?(?P<q2>{F['ordinal']})(?![\w]))?"
         rf"(?:\s+(?P<first>{F['first_last']})(?![\w]))?"
         rf"(?:\s*[-–]\s*(?P<y>{YEAR})|\s+(?:tahun\s+)?(?P<y2>{YEAR})|\s+tahun\s+(?P<rel>ini|lalu|depan))?",
         lambda m, ctx: v_quarter(_merge_year(m), ctx)),
    Rule("half",
         rf"(?:semester|paruh)\s+(?P<h>pertama|kedua|I|II|1|2)(?![\w])"
         rf"(?:\s*[-–]\s*(?P<y>{YEAR})|\s+(?:tahun\s+)?(?P<y2>{YEAR})|\s+tahun\s+(?P<rel>ini|lalu|depan))?",
         lambda m, ctx: v_half(_merge_year(m), ctx)),
    Rule("position-unit", rf"(?P<pos>{F['position']})\s+(?P<unit>tahun|bulan|pekan|minggu)(?:\s+(?P<rel>ini|lalu|depan|mendatang))?",
         v_position_unit),
    Rule("relative-unit", r"(?P<we>akhir\s+)?(?P<unit>pekan|minggu|bulan|tahun|dekade|abad)\s+(?P<rel>ini|lalu|depan|kemarin|"
                          r"mendatang|yang\s+lalu)(?!\w)", v_relative_unit),
    Rule("decade", r"(?:tahun\s+(?<!\d)(?P<dec>(?:19|20)?\d0)|(?<![\d,.])(?P<dec4>(?:19|20)\d0))-?an\b", v_decade),
    Rule("century", r"abad\s+(?:ke-?\s*)?(?P<c>\d{1,2}|[IVX]{1,5})\b", v_century),
    Rule("year", rf"(?:(?:{F['quantity']}|{F['position']})\s+)*(?:tahun\s+)?"
                 rf"(?:(?<![\w/.,-])|(?<=(?<![\w/.,-]){YEAR}[-–]))(?P<y>{YEAR})"
                 rf"(?:(?=[-–]{YEAR}(?![\w/-]|[.,]\d))|(?![\w/-]|[.,]\d))"
                 rf"(?:\s+(?:ini|lalu|mendatang|silam|nanti))?", v_year),
    Rule("offset",
         rf"(?:{F['quantity']}\s+)?(?P<n>{NUM})\s+(?P<unit>hari|minggu|pekan|bulan|tahun|dekade)\s+"
         rf"(?P<rel>yang\s+lalu|lalu|silam|lagi|kemudian|sebelumnya|setelahnya|berikutnya|sesudahnya)(?!\w)", v_offset),
    Rule("se-offset",
         rf"(?:{F['quantity']}\s+)?(?P<unit>sehari|seminggu|sepekan|sebulan|setahun|sedekade)\s+"
         rf"(?P<rel>yang\s+lalu|lalu|silam|lagi|kemudian|sebelumnya|setelahnya|berikutnya|sesudahnya)(?!\w)", v_offset),
    Rule("deictic-day", rf"(?P<deix>{F['deictic_day']})(?!\w)(?:\s+{POD})?(?:\s+{CLOCK})?", v_deictic_day),
    Rule("anaphoric-day", rf"(?<![\w-])(?P<ana>{F['anaphoric_day']})(?!\w)(?:\s+{POD})?", v_anaphoric_day),
    Rule("part-of-narrative-day", rf"(?<![\w-]){POD}\s+{F['narrative_day_suffix']}(?!\w)", v_part_of_narrative_day),
    Rule("part-of-day-deictic", rf"tadi\s+{POD}(?!\w)", v_part_of_day_deictic),
    Rule("part-of-day-this", rf"(?:nanti\s+)?{POD}(?:\s+hari)?\s+(?:ini|tadi|nanti)(?!\w)", v_part_of_day_deictic),
    Rule("last-night", r"(?<!\w)semalam(?!\w)", lambda m, ctx: v_part_of_day_deictic(_pod_default(m), ctx)),
    Rule("unit-before-after", rf"(?P<unit>tahun|bulan|pekan|minggu)\s+(?P<rel>{F['before_word']}|{F['after_word']})(?!\w)",
         v_unit_before_after),
    Rule("that-unit", r"(?P<unit>hari|tahun|bulan|pagi|siang|sore|malam|pekan|minggu)\s+(?:itu|tersebut|yang\s+sama)(?!\w)",
         v_that),
    Rule("present", rf"(?<![\w-])(?:{F['present']})(?![\w-])", v_ref("PRESENT_REF")),
    Rule("past", rf"(?<![\w-])(?:{F['past']})(?![\w-])", v_ref("PAST_REF")),
    Rule("future", rf"(?<![\w-])(?:{F['future']})(?![\w-])", v_ref("FUTURE_REF")),
    Rule("holiday", rf"(?P<hol>(?:hari\s+raya\s+)?{F['holiday']})(?:\s+(?P<y>{YEAR}))?"
                    r"(?:\s+(?:lalu|ini|nanti|mendatang|kemarin|tahun\s+(?:ini|lalu|depan)))?(?!\w)", v_holiday),
    Rule("season", rf"(?P<season>{F['season']})(?:\s+(?:tahun\s+)?(?:(?P<rel>ini|lalu|depan)|(?P<y>{YEAR})))?", v_season),
    Rule("weekday", rf"(?:hari\s+)?{WD}(?![\w'’])(?:\s+{POD})?(?:\s+{CLOCK})?{ZONE}(?:\s+(?P<rel>depan|mendatang|lalu|ini|"
                    rf"kemarin|itu|nanti|besok|lusa))?{ZONE}", v_weekday),
    # "hingga 20.00 WIB": without pukul/jam, only a time zone makes digits a clock time
    Rule("zoned-clock", rf"(?:{F['quantity']}\s+)?(?<![\d.,:])(?P<H>[0-2]?\d)[.:](?P<M>[0-5]\d)\s*{F['zone']}(?!\w)"
                        rf"(?:\s+(?P<pod2>pagi|siang|sore|malam))?(?!\w)", v_clock),
    Rule("clock", rf"{CLOCK}(?:\s+(?:tadi|nanti|ini))?(?!\w)", v_clock),
    Rule("part-alone", rf"(?<![\w-]){POD}(?!\w)", v_part_alone),
    Rule("part-of-day-hari", rf"(?<![\w-]){POD}\s+hari(?!\w)(?!\s+(?:ini|itu|tadi|yang))",
         lambda m, ctx: v_part_alone(m, ctx, always=True)),
    Rule("midday", r"(?<![\w-])tengah\s+(?:hari|malam)(?!\w)", lambda m, ctx: v_part_alone(m, ctx, always=True)),
    Rule("duration",
         rf"(?:{F['quantity']}\s+)?(?P<n>{NUM})\s+(?P<unit>{F['unit']})(?![\w-])"
         rf"(?:\s+(?:dan\s+)?(?P<n2>\d+|{F['number_word']})\s+(?P<unit2>{F['unit']}))?"
         rf"(?:\s+(?:terakhir|ke\s+depan|mendatang|yang\s+akan\s+datang|belakangan|lamanya|penuh|anggaran))?", v_duration),
    Rule("se-duration", rf"(?:{F['quantity']}\s+)?(?P<se>{F['se_unit']})(?![\w-])(?:\s+(?:terakhir|ke\s+depan|penuh))?",
         v_se_duration),
    Rule("vague-units", rf"(?P<head>{F['vague_count_head']})\s+{F['unit']}(?:\s*(?:,|dan|atau|hingga)\s*{F['unit']})*(?![\w-])",
         v_vague_units),
    Rule("reduplicated", "|".join(L.REDUPLICATED), v_redup),
    Rule("moment", r"(?<![\w-])(?:" + "|".join(m.replace(" ", r"\s+") for m in L.MOMENTS) + r")(?![\w-])", v_moment),
    Rule("set", rf"(?:setiap|tiap|per|saban)\s+(?:(?P<n>\d+|{F['number_word']})\s+)?(?:(?P<pod>pagi|siang|sore|malam)|"
                rf"(?P<we>akhir\s+(?:pekan|minggu))|tanggal\s+(?P<dom>[0-3]?\d)|(?P<unit>{F['unit']})|{WD})(?![\w-])",
         v_set),
    Rule("set-adjective", r"(?<![\w-])(?P<adj>tahunan|bulanan|mingguan|harian)(?![\w-])", v_set),
]


def _merge_year(m: re.Match) -> Any:  # a stand-in with Match.group
    class _M:
        def __init__(self, m):
            self._m = m

        def group(self, name):
            if name == "y":
                return self._m.group("y") or self._m.group("y2")
            return self._m.group(name)

    return _M(m)


def _pod_default(m: re.Match) -> Any:  # the match itself, or a stand-in with Match.group
    if m.groupdict().get("pod"):
        return m

    class _M:
        def group(self, name):
            return "malam" if name == "pod" else m.group(name)

    return _M()


# Generic words that are only temporal with a head or modifier ("waktu", "masa", "kali" are never tagged).
NEVER = re.compile(r"(?i)^(?:sejauh ini|selama ini|nantinya|kemudian|sebelumnya|selanjutnya|lalu)$")


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[Rule, re.Pattern[str]]]:
    # Every expression starts at a word start: "(?<!\w)" lets the engine skip positions inside words at once.
    return [(r, re.compile(r"(?<!\w)(?:" + r.pattern + ")", r.flags)) for r in RULES]


# The only rules whose expressions can begin with a digit ("3 Maret 2014", "2014", "5 tahun", "1990-an").
DIGIT_START = {"zoned-clock", "day-month-year", "day-month", "numeric-date", "iso-date", "year", "offset", "duration", "decade"}


@lru_cache(maxsize=1)
def _start_words() -> tuple[frozenset[str], frozenset[str]]:
    words = {w.lower() for w in L.START_WORDS}
    return frozenset(words), frozenset(w.split("-")[0] for w in words if "-" in w)


_TOKEN = re.compile(r"(?<!\w)\w[\w'’]*")


def _starts(text: str) -> list[int]:
    """Word starts where an expression can begin: a digit or a start word (a set lookup, not a regex alternation)."""
    words, hyphen_heads = _start_words()
    out = []
    for m in _TOKEN.finditer(text):
        tok = m.group().lower()
        if tok[0].isdigit() or tok in words or (tok in hyphen_heads and text[m.end():m.end() + 1] == "-"):
            out.append(m.start())
    return out


PREFIX = 3  # characters of the text at a start that choose the rules to try there


@lru_cache(maxsize=1)
def _rule_openings() -> list[Openings | None]:
    return [openings(p, PREFIX) for _r, p in _compiled()]


@lru_cache(maxsize=65536)
def _rules_at(window: str) -> tuple:
    """The (order, (rule, pattern)) that can match at a word start followed by `window` (PREFIX characters):
    only the digit rules for a digit (only they can begin with one), then those an opening of which agrees."""
    rules = list(enumerate(_compiled()))
    if window[0].isdigit():
        rules = [(o, rp) for o, rp in rules if rp[0].name in DIGIT_START]
    found = _rule_openings()
    return tuple((o, rp) for o, rp in rules if agrees(found[o], window))


def _candidates(text: str) -> list[tuple[int, int, int, Rule, re.Match]]:
    """Every rule that can open with the text there tried, anchored, only where an expression can start."""
    found = []
    for start in _starts(text):
        for order, (rule, pattern) in _rules_at(text[start:start + PREFIX]):
            m = pattern.match(text, start)
            if m and m.end() > m.start() and text[m.start():m.end()].strip():
                found.append((m.start(), m.end(), order, rule, m))
    return found


def _select(cands):
    """Longest-leftmost, earlier rules first among equals; no overlaps."""
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[2]))
    chosen, end = [], -1
    for c in cands:
        if c[0] >= end:
            chosen.append(c)
            end = c[1]
        elif chosen and c[1] - c[0] > chosen[-1][1] - chosen[-1][0] and c[0] < chosen[-1][1] and c[0] > chosen[-1][0]:
            continue
    return chosen


def tag_with_warnings(text: str, dct: str | None = None) -> tuple[list[Timex], list[str]]:
    ctx = Context(dct=Anchor.parse(dct), text=text)
    out: list[Timex] = []
    cands = _candidates(text)
    chosen = _select(cands)
    by_start: dict[int, list] = {}
    for c in cands:
        by_start.setdefault(c[0], []).append(c)
    for start, end, _order, rule, m in chosen:
        span = text[start:end]
        if NEVER.match(span.strip()):
            continue
        ctx.reach(start)
        result = _value(rule, m, ctx)
        if result is None:
            # a longer match refused by its value function: try the next candidate at the same start
            for alt in sorted(by_start.get(start, []), key=lambda c: (-(c[1] - c[0]), c[2])):
                if alt[1] <= end and alt[3] is not rule:
                    result = _value(alt[3], alt[4], ctx)
                    if result:
                        end = alt[1]
                        break
            if result is None:
                continue
        kind, value = result
        s, e = _trim(text, start, end)
        out.append(Timex(s, e, text[s:e], kind, value))
    return _split_ranges(text, out, ctx), ctx.warnings


def _value(rule, m, ctx):
    """The rule's (type, value), or None when the calendar cannot hold it (a year past 9999, a day
    that does not exist): such a span is not a timex, and the page goes on."""
    try:
        return rule.value(m, ctx)
    except (ValueError, OverflowError):
        return None


def _sentence_end(text: str, pos: int) -> int:
    found = re.compile(r"[.!?](?=\s)|\n").search(text, pos)
    return found.end() if found else len(text)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\r\n,":
        s += 1
    while e > s and text[e - 1] in " \t\r\n,":
        e -= 1
    return s, e


_RANGE = re.compile(r"^\s*[-–]\s*$|^\s+(?:hingga|sampai|s\.d\.?|dan|atau)\s+$", re.I)
_BARE_NUMBER = re.compile(r"(?<![\w.,/-])(\d{1,2}|" + L.FRAGMENTS["number_word"] + r"|se\w+)$", re.I)


def _split_ranges(text: str, timexes: list[Timex], ctx: Context) -> list[Timex]:
    """'21-23 Januari', '2-3 jam', 'Maret-April 2015': the bare side borrows the unit or year of the other."""
    out: list[Timex] = []
    for t in timexes:
        before = text[max(0, t.start - 20):t.start]
        m = re.search(r"(?<![\w.,/-])(\d{1,2}|[A-Z][a-z]+|" + L.FRAGMENTS["number_word"] +
                      r")(\s*[-–]\s*|\s+(?:hingga|sampai)\s+)$", before, re.I)
        if m and not out or (m and out and out[-1].end <= t.start - len(m.group(0))):
            bare = m.group(1)
            bs = t.start - len(m.group(0))
            value = _borrow(bare, t, ctx)
            if value:
                out.append(Timex(bs, bs + len(bare), bare, t.type, value))
        out.append(t)
        clock = _CLOCK_RANGE_END.match(text, t.end) if re.search(r"T\d\d:\d\d$", t.value) else None
        if clock and int(clock.group("H")) <= 24:
            # "pukul 14.00-16.00 WIB": the bare clock time is a second TIME on the same day
            s, e = clock.start("end"), clock.end()
            out.append(Timex(s, e, text[s:e], "TIME", f"{t.value[:-5]}{int(clock.group('H')):02d}:{clock.group('M')}"))
    return _drop_overlaps(out)


_CLOCK_RANGE_END = re.compile(rf"(?:\s*[-–]\s*|\s+{F['range_word']}\s+)(?P<end>(?P<H>[0-2]?\d)[.:](?P<M>[0-5]\d)"
                              rf"(?:\s*{F['zone']})?)(?![\w:]|\.\d)", re.I)


def _drop_overlaps(timexes: list[Timex]) -> list[Timex]:
    out: list[Timex] = []
    for t in sorted(timexes, key=lambda t: (t.start, -(t.end - t.start))):
        if not out or t.start >= out[-1].end:
            out.append(t)
    return out


def _borrow(bare: str, t: Timex, ctx: Context) -> str | None:
    if not bare.isdigit() and (n := number(bare)) is not None and t.type == "DURATION":
        return re.sub(r"^(PT?)[\d.]+", rf"\g<1>{int(n)}", t.value) if re.match(r"^PT?\d", t.value) else None
    if bare.isdigit():
        n = int(bare)
        if t.type == "DURATION":
            return re.sub(r"^(PT?)[\d.]+", rf"\g<1>{n}", t.value) if re.match(r"^PT?\d", t.value) else None
        if t.type == "DATE" and re.fullmatch(r"(?:\d{4}|XXXX)-\d\d-\d\d", t.value) and 1 <= n <= 31 and \
                n < int(t.value[-2:]):
            return f"{t.value[:8]}{n:02d}"
        return None
    mo = _month(bare)
    if mo and t.type == "DATE" and re.fullmatch(r"(?:\d{4}|XXXX)-\d\d", t.value):
        return f"{t.value[:4]}-{mo:02d}"
    return None
