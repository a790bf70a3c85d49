"""Date sources one by one: URL days (tests/dating/data/url_dates.tsv) and local time with offsets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from linimasa.dating.sources import to_local, url_date

URLS = [line.split("\t") for line in (Path(__file__).parent / "data" / "url_dates.tsv").read_text().splitlines()
        if line and not line.startswith("#")]


@pytest.mark.parametrize("url,day", URLS, ids=[u for u, _ in URLS])
def test_url_day(url, day):
    assert url_date(url, today=date(2026, 1, 1)) == (None if day == "NONE" else day)


def test_url_day_in_the_future_is_not_a_publication_day():
    assert url_date("https://contoh.com/read/2031/01/01/judul", today=date(2026, 1, 1)) is None


@pytest.mark.parametrize("value,zone,expected", [
    ("2019-07-04T02:12:30Z", None, ("2019-07-04T09:12:30+07:00", "minute")),
    ("2019-07-04T02:12:30Z", "WITA", ("2019-07-04T10:12:30+08:00", "minute")),
    ("2019-07-03T17:30:00+00:00", None, ("2019-07-04T00:30:00+07:00", "minute")),  # the local day is the next
    ("2019-07-04T09:12:30+0900", "WIB", ("2019-07-04T09:12:30+09:00", "minute")),  # Indonesian offset: as declared
    ("2019-07-04 09:12", "WIB", ("2019-07-04T09:12+07:00", "minute")),
    ("2019-07-04 09:12", None, ("2019-07-04T09:12", "minute")),                     # no zone known: none invented
    ("2019/07/04 09:12:30", "WIT", ("2019-07-04T09:12:30+09:00", "minute")),
    ("2019-07-04T00:00:00+07:00", None, ("2019-07-04", "day")),                     # CMS midnight: no time
    ("Thu, 04 Jul 2019 02:12:30 GMT", None, ("2019-07-04T09:12:30+07:00", "minute")),
    ("Kamis, 4 Juli 2019 14:28 WIB", None, ("2019-07-04T14:28+07:00", "minute")),
    ("2019-07-04", None, ("2019-07-04", "day")),
    ("2019-02-30T10:00:00Z", None, None),
    ("bukan tanggal", None, None),
])
def test_local_time_with_offset(value, zone, expected):
    assert to_local(value, zone) == expected
