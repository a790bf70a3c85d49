"""Small, tested functions that compute TIMEX3 values: calendar arithmetic, ISO weeks, holidays."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass
class Anchor:
    """A reference time at some granularity: year only, year+month, or a full day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> Anchor | None:
        if not value:
            return None
        m = re.match(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value.strip())
        if not m:
            return None
        y, mo, d = int(m.group(1)), m.group(2), m.group(3)
        try:
            if d:
                date(y, int(mo), int(d))
        except ValueError:
            return None
        return cls(y, int(mo) if mo else None, int(d) if d else None)

    @property
    def date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.day and self.month else None

    def value(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


def day_value(d: date) -> str:
    return d.isoformat()


def add_months(d: date, months: int) -> date:
    total = d.year * 12 + d.month - 1 + months
    y, m = divmod(total, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift(anchor: Anchor, n: float, unit: str) -> str | None:
    """`anchor` moved by n units ("D", "W", "M", "Y", "DE"), at the anchor's granularity."""
    n = int(n)
    if anchor.day and (d := anchor.date) is not None:
        if unit == "D":
            return day_value(d + timedelta(days=n))
        if unit == "W":
            return day_value(d + timedelta(weeks=n))
        if unit == "M":
            return day_value(add_months(d, n))
        if unit in ("Y", "DE"):
            return day_value(add_months(d, 12 * n * (10 if unit == "DE" else 1)))
        return None
    if anchor.month and unit in ("M", "Y"):
        total = anchor.year * 12 + anchor.month - 1 + (n if unit == "M" else 12 * n)
        return f"{total // 12:04d}-{total % 12 + 1:02d}"
    if unit in ("Y", "DE"):
        return f"{anchor.year + n * (10 if unit == 'DE' else 1):04d}"
    return None


def iso_week(d: date, weeks: int = 0) -> str:
    y, w, _ = (d + timedelta(weeks=weeks)).isocalendar()
    return f"{y:04d}-W{w:02d}"


def weekday_near(anchor: date, weekday: int, future: bool) -> date:
    """The most recent `weekday` on or before `anchor`, or the next one after it."""
    delta = (anchor.isoweekday() - weekday) % 7
    if future:
        return anchor + timedelta(days=(weekday - anchor.isoweekday()) % 7 or 7)
    return anchor - timedelta(days=delta)


def month_near(anchor: Anchor, month: int, direction: str) -> str:
    """Year-month of `month` nearest the anchor in `direction` ("past", "future", or "" = simply the nearest;
    a tie goes to the anchor's year)."""
    y = anchor.year
    if not anchor.month:
        return f"{y:04d}-{month:02d}"
    if direction == "past" and month > anchor.month:
        y -= 1
    elif direction == "future" and month < anchor.month:
        y += 1
    elif not direction:
        here = anchor.year * 12 + anchor.month
        y = min((anchor.year - 1, anchor.year, anchor.year + 1),
                key=lambda c: (abs(c * 12 + month - here), c != anchor.year))
    return f"{y:04d}-{month:02d}"


def islamic_holiday(year: int, hijri_month: int, hijri_day: int) -> str | None:
    """Gregorian date in `year` of a Hijri date (Umm al-Qura), e.g. 1 Syawal for Idul Fitri."""
    try:
        from hijridate import Gregorian, Hijri
    except ImportError:
        return None
    start = Gregorian(year, 1, 1).to_hijri().year
    for h in (start, start + 1):
        try:
            g = Hijri(h, hijri_month, hijri_day).to_gregorian()
        except (ValueError, OverflowError):
            continue
        if g.year == year:
            return date(g.year, g.month, g.day).isoformat()
    return None


def duration(n: float | None, unit: str, time_unit: bool) -> str:
    """P/PT value; n None means vague ("X"); halves of larger units become whole smaller units."""
    if n is None:
        return f"PT X{unit}".replace(" ", "") if time_unit else f"PX{unit}"
    if unit == "DE":
        n, unit = n * 10, "Y"
    elif unit == "CE":
        n, unit = n * 100, "Y"
    if n < 1 and n != int(n):  # setengah jam, seperempat jam: written units, not decimals like 5,5 tahun
        halves = {("H", True): (60, "M", True), ("D", False): (24, "H", True), ("Y", False): (12, "M", False),
                  ("M", False): (30, "D", False), ("W", False): (7, "D", False), ("M", True): (60, "S", True)}
        if (unit, time_unit) in halves and (n * halves[(unit, time_unit)][0]) == int(n * halves[(unit, time_unit)][0]):
            factor, unit, time_unit = halves[(unit, time_unit)]
            n = n * factor
    text = str(int(n)) if n == int(n) else str(n)
    return f"PT{text}{unit}" if time_unit else f"P{text}{unit}"
