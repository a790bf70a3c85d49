"""Header date formats from the example corpus (tests/dating/data/header_dates.tsv), with negatives."""

from __future__ import annotations

from pathlib import Path

import pytest

from linimasa.clean import clean
from linimasa.dating import date_article
from linimasa.lang.id.dateformats import is_date_line, parse_header_date
from linimasa.model import Document

CASES = [line.split("\t") for line in (Path(__file__).parent / "data" / "header_dates.tsv").read_text().splitlines()
         if line and not line.startswith("#")]
BODY = ("Banjir melanda tiga kecamatan di Kabupaten Contoh dan memaksa ratusan warga mengungsi ke balai desa, "
        "kata kepala badan penanggulangan bencana setempat kepada wartawan.")


@pytest.mark.parametrize("case", CASES, ids=[c[0][:30] for c in CASES])
def test_header_format(case):
    line, value = case[0], case[1]
    found = parse_header_date(line) if value != "NONE" else None
    if value == "NONE":
        assert not is_date_line(line)
    else:
        assert found and (found[0], found[1]) == (value, case[2])
        assert is_date_line(line)


def _dated(text: str, meta=None):
    article = clean(Document(source="t", text=text, meta=meta or {}))
    date_article(article)
    return article.published


def test_header_date_is_used():
    p = _dated(f"Judul Berita Banjir di Kota Contoh\nSelasa 30 Desember 2014 | 17:50 WIB\n\n{BODY}")
    assert (p.value, p.precision, p.source, p.conflicts) == ("2014-12-30T17:50+07:00", "minute", "page-header", [])


def test_impossible_header_is_rejected_for_the_body_date():
    p = _dated(f"Judul Berita Banjir di Kota Contoh\n9 Desember 2022\n\n{BODY} Air mulai naik pada Selasa, "
               "18 Februari 2025, dan surut dua hari kemudian.")
    assert p.value == "2025-02-18" and p.source.startswith("body") and p.inferred
    assert [c.value for c in p.conflicts] == ["2022-12-09"]


def test_planned_later_date_does_not_reject_the_header():
    p = _dated(f"Judul Berita Banjir di Kota Contoh\n9 Desember 2022\n\n{BODY} Tanggul baru akan selesai pada "
               "18 Februari 2025.")
    assert p.value == "2022-12-09" and p.conflicts == []


def test_copyright_year_is_not_a_date_and_undated_stays_undated():
    p = _dated(f"{BODY}\n\nCopyright © 2024 ContohNews.com\nAll Rights Reserved")
    assert (p.value, p.precision, p.source, p.conflicts) == (None, "unknown", None, [])


def test_metadata_wins():
    p = _dated(f"Judul Berita Banjir di Kota Contoh\n9 Desember 2022\n\n{BODY}", meta={"published": "2022-12-10"})
    assert (p.value, p.source) == ("2022-12-10", "metadata")


@pytest.mark.parametrize("weekday,rejected", [("Jumat", False), ("Rabu", True)])
def test_body_date_whose_weekday_contradicts_it_is_a_typo(weekday, rejected):
    # 19 August 2015 was a Wednesday (Rabu): "Jumat (19/8/2015)" is a slip for 19 June, not a later report
    p = _dated(f"Judul Berita Banjir di Kota Contoh\nJumat, 19 Juni 2015\n\n{BODY} Hal itu disampaikan di Denpasar, "
               f"{weekday} (19/8/2015).")
    assert (p.value == "2015-06-19") != rejected
    assert bool(p.conflicts) == rejected


def test_text_page_header_time_carries_the_printed_zone():
    p = _dated(f"Judul Berita Banjir di Kota Contoh\nKamis, 3 April 2025 19:10 WITA\n\n{BODY}")
    assert p.value == "2025-04-03T19:10+08:00"


def test_body_date_is_the_last_resort_and_inferred():
    p = _dated(f"{BODY} Air mulai naik pada Selasa, 18 Februari 2025, dan surut dua hari kemudian.")
    assert (p.value, p.precision, p.inferred) == ("2025-02-18", "day", True)
    assert p.source.startswith("body") and "18 Februari 2025" in p.source  # the evidence, as printed
