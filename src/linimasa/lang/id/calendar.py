"""Indonesian (and English, as printed on Indonesian sites) month and weekday names with their variants."""

from __future__ import annotations

# Every surface form (lower case) -> month number. Abbreviations, old spellings, common misspellings.
MONTHS: dict[str, int] = {}
_MONTH_FORMS = {
    1: ["januari", "jan", "january"],
    2: ["februari", "pebruari", "febuari", "feb", "peb", "february"],
    3: ["maret", "mar", "march"],
    4: ["april", "apr"],
    5: ["mei", "may"],
    6: ["juni", "jun", "june"],
    7: ["juli", "jul", "july"],
    8: ["agustus", "agt", "agu", "agust", "ags", "aug", "august", "augustus"],
    9: ["september", "sep", "sept"],
    10: ["oktober", "okt", "october", "oct"],
    11: ["november", "nopember", "nov", "nop"],
    12: ["desember", "des", "december", "dec"],
}
for _number, _forms in _MONTH_FORMS.items():
    for _form in _forms:
        MONTHS[_form] = _number

# Full names only: bare abbreviations such as "mar", "jun", "des" are ordinary words in running text.
MONTHS_FULL: dict[str, int] = {f: n for n, forms in _MONTH_FORMS.items() for f in forms if len(f) > 4 or f in ("mei", "may", "juni", "juli", "june", "july")}

# Surface form -> ISO weekday (Monday 1 ... Sunday 7).
WEEKDAYS: dict[str, int] = {}
_WEEKDAY_FORMS = {
    1: ["senin", "sen", "monday", "mon"],
    2: ["selasa", "sel", "tuesday", "tue"],
    3: ["rabu", "rab", "wednesday", "wed"],
    4: ["kamis", "kam", "thursday", "thu"],
    5: ["jumat", "jum'at", "jum’at", "jumaat", "jum", "friday", "fri"],
    6: ["sabtu", "sab", "saturday", "sat"],
    7: ["minggu", "ahad", "min", "sunday", "sun"],
}
for _number, _forms in _WEEKDAY_FORMS.items():
    for _form in _forms:
        WEEKDAYS[_form] = _number

WEEKDAYS_FULL: dict[str, int] = {f: n for n, forms in _WEEKDAY_FORMS.items() for f in forms if len(f) > 3}

# Time zones printed after clock times, with their UTC offsets in hours.
TIME_ZONES: dict[str, int] = {"wib": 7, "wita": 8, "wit": 9, "utc": 0, "gmt": 0}

# Islamic holidays as Indonesia's government fixes them (the `holidays` package's calendar for the
# country, English names): Hijri (month, day) -> the holiday's name there. The government's date can
# differ by a day from the Umm al-Qura calendar, which is only the fallback for years the package lacks.
HOLIDAY_COUNTRY = "ID"
OFFICIAL_ISLAMIC_HOLIDAYS: dict[tuple[int, int], str] = {
    (10, 1): "Eid al-Fitr",
    (12, 10): "Eid al-Adha",
    (1, 1): "Islamic New Year",
    (3, 12): "Prophet's Birthday",
    (7, 27): "Isra' and Mi'raj",
}
