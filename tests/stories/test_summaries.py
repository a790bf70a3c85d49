"""Story timelines as a chronology editor would write them: compressed central summaries, happenings only,
a page's publication-day restatement folded into the day it states, and the chronology scores."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

import linimasa
from linimasa.model import Timeline, TimelineEntry
from linimasa.store import Store
from linimasa.stories.evaluate import chronology_scores, dating_across
from linimasa.stories.summaries import compress
from linimasa.stories.timeline import story_timeline
from linimasa.timeline import build, publishable

HERE = Path(__file__).parent
INVENTED = HERE.parent / "entities" / "stories"
SAMPLE = Path(str(resources.files("linimasa") / "sample"))


def _cases():
    for line in (HERE / "data" / "compress.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            given, expected = line.split("\t")
            yield given, expected


@pytest.mark.parametrize(("given", "expected"), list(_cases()))
def test_compress_corpus(given, expected):
    assert compress(given) == expected


def _timeline(*paths, tmp_path) -> Timeline:
    with Store(tmp_path / "s.db") as store:
        from linimasa.cli.ingest_cmd import ingest_into

        ingest_into(store, [str(p) for p in paths])
        return story_timeline(list(store.articles()), store.near_duplicates())


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


@pytest.mark.parametrize("story", [SAMPLE, INVENTED / "bribery", INVENTED / "bank", INVENTED / "quake"])
def test_story_summaries_stand_alone_and_cite_their_sentence(story, tmp_path):
    timeline = _timeline(story, tmp_path=tmp_path)
    assert timeline.entries
    standing = [e for e in timeline.entries if not publishable(e)]
    assert len(standing) / len(timeline.entries) >= 0.9
    for e in timeline.entries:
        # only removals: every word of the summary is in a sentence one of its sources cites
        assert any(_words(e.summary) <= _words(s.sentence) for s in e.sources), e.summary
        assert not re.search(r"\(\s*\d{1,2}/\d{1,2}", e.summary), e.summary  # the entry carries its date


def test_a_passing_reference_to_a_year_is_no_happening(tmp_path):
    with Store(tmp_path / "s.db") as store:
        from linimasa.cli.ingest_cmd import ingest_into

        ingest_into(store, [str(INVENTED / "bank")])
        articles = list(store.articles())
        plain = build(articles)
        story = story_timeline(articles, store.near_duplicates())
    assert any(e.precision == "year" and not e.background for e in plain.entries)  # "by the end of the year"
    assert not any(e.precision == "year" and not e.background for e in story.entries)
    assert {e.date for e in story.entries if e.precision == "day"} == \
        {e.date for e in plain.entries if e.precision == "day"}


# Two pages written for this test. The second appeared the next day; its lead has no date of its own, and the
# day its news happened is named only inside a quote's attribution.
FIRST = """Menteri Perikanan Tinjau Pelabuhan Kali Baru

Bahari Kita - Rabu, 11 November 2026 | 18:00 WIB

Menteri Perikanan Sutomo Hadi meninjau Pelabuhan Perikanan Kali Baru, Rabu (11/11/2026), dan menjanjikan tambahan \
kapal pengangkut es bagi nelayan yang mengeluhkan stok es menipis.
"""
NEXT_DAY = """Nelayan Kali Baru Dijanjikan Kapal Pengangkut Es

Kabar Pesisir - Kamis, 12 November 2026 | 07:10 WIB

Menteri Perikanan Sutomo Hadi mengatakan pemerintah menambah kapal pengangkut es bagi nelayan Pelabuhan Perikanan \
Kali Baru yang mengeluhkan stok es menipis.

"Kami kirim dua kapal pekan depan," kata Sutomo kepada wartawan di Kali Baru, Rabu (11/11/2026).
"""

EARLIER = """Nelayan Kali Baru Protes Kelangkaan Es

Bahari Kita - Senin, 9 November 2026 | 15:30 WIB

Ratusan nelayan Pelabuhan Perikanan Kali Baru berunjuk rasa di depan kantor pelabuhan, Senin (9/11/2026), memprotes \
kelangkaan es balok yang membuat hasil tangkapan mereka cepat busuk.
"""


def _pages(*texts: str):
    return [linimasa.annotate(t, source=f"page{n}.txt") for n, t in enumerate(texts)]


def test_a_next_day_page_tells_the_day_it_states():
    articles = _pages(FIRST, NEXT_DAY)
    assert articles[1].published.value == "2026-11-12"
    timeline = story_timeline(articles, [])
    days = [e.date for e in timeline.entries]
    assert "2026-11-12" not in days  # the second page's publication day is no happening of its own
    visit = next(e for e in timeline.entries if e.date == "2026-11-11")
    assert {s.source for s in visit.sources} == {"page0.txt", "page1.txt"}


def test_an_undated_page_takes_the_day_it_names_in_full_when_another_page_reports_it(tmp_path):
    from linimasa import ingest
    from linimasa.stories.evaluate import without_dct

    for n, text in enumerate([FIRST, NEXT_DAY, EARLIER]):
        (tmp_path / f"page{n}.txt").write_text(text, encoding="utf-8")
    first, second, third = sorted((d for d in ingest.read([str(tmp_path)]) if not hasattr(d, "reason")),
                                  key=lambda d: d.source)
    # the second page loses every date it had (no header, no metadata, not even the body's last resort)
    articles = [linimasa.annotate_document(first), without_dct(second), linimasa.annotate_document(third)]
    assert articles[1].published.value is None
    timeline = story_timeline(articles, [])
    found = [(e.date, s) for e in timeline.entries for s in e.sources if getattr(s, "inferred", False)]
    assert found and all(d == "2026-11-11" for d, _s in found)
    assert all(Path(s.evidence["source"]).name == "page0.txt" for _d, s in found)
    assert not any(getattr(s, "inferred", False) for e in story_timeline(articles, [], inference=False).entries
                   for s in e.sources)


def test_chronology_scores_count_dates_entries_and_alternatives():
    def entry(day: str, text: str) -> TimelineEntry:
        return TimelineEntry(date=day, precision="day" if len(day) == 10 else "month", summary=text, type="X")

    reference = {"2026-01-01": ["kapal tenggelam di selat"], "2026-01-02|2026-01": ["pencarian dimulai pagi"]}
    timeline = Timeline(entries=[entry("2026-01-01", "kapal tenggelam di selat"), entry("2026-01", "pencarian dimulai pagi"),
                                 entry("2026-01-01", "warga berdoa"), entry("2026-01-05", "hal lain")])
    c = chronology_scores(timeline, reference)
    assert c["entries"] == 4 and c["reference_dates"] == 2 and c["entries_per_reference_date"] == 2.0
    assert c["date_precision"] == pytest.approx(2 / 3)  # 2026-01-05 is no reference date
    assert c["dates_found"] == 1.0 and c["most_on_one_date"] == 2
    # the month entry counts on the reference line that accepts its month: agreement as good as concat
    assert c["rouge1"]["agreement"] == pytest.approx(c["rouge1"]["concat"])
    timeline.entries[1].date = "2026-02"
    assert chronology_scores(timeline, reference)["rouge1"]["agreement"] < c["rouge1"]["agreement"]


def test_dating_across_strips_pages_and_scores_what_they_get(tmp_path):
    import json

    from linimasa import ingest

    for n, (text, day) in enumerate([(FIRST, "2026-11-11"), (NEXT_DAY, "2026-11-12"), (EARLIER, "2026-11-09")]):
        (tmp_path / f"{n}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"{n}.meta.json").write_text(json.dumps({"published": day}), encoding="utf-8")  # a sidecar date
    docs = [d for d in ingest.read([str(tmp_path)]) if not hasattr(d, "reason")]
    assert len(docs) == 3
    r = dating_across(docs)
    assert r["happenings"] >= 1 and r["happenings_dated"] == r["happenings"]
    assert r["inferred"] >= 1 and r["inferred_right"] == r["inferred"]
    assert r["inferred_full_run"] == 0  # both pages keep their dates: nothing to infer


RUBBER = """Harga Karet Terus Tertekan

Kabar Kebun - Rabu, 21 Oktober 2026 | 10:00 WIB

Ketua Asosiasi Petani Karet Jambi Rahmat Siregar mengatakan harga karet di tingkat petani sudah anjlok 20 persen sejak Agustus.

Asosiasi Petani Karet Jambi menggelar rapat darurat di Kota Jambi, Rabu (21/10/2026), untuk membahas penurunan harga itu.
"""


def test_a_month_named_only_as_the_start_of_a_stretch_is_no_happening():
    page = linimasa.annotate(RUBBER, source="karet.txt")
    assert "2026-08" in {e.date for e in build([page]).entries}  # the plain timeline places the statement there
    story = story_timeline([page], [])
    assert [e.date for e in story.entries] == ["2026-10-21"]
    kept = linimasa.annotate(RUBBER.replace("sejak Agustus", "pada Agustus"), source="karet.txt")
    assert "2026-08" in {e.date for e in story_timeline([kept], []).entries}  # a month that dates the fall stays


def test_a_page_dated_by_a_guess_from_its_body_lends_its_lead_to_the_day_it_names():
    # no date came with the page: its date is guessed from the latest day its body reports (the ships' arrival),
    # but its lead tells what the minister promised on the day named in the quote, which another page reports
    undated = NEXT_DAY.replace("Kabar Pesisir - Kamis, 12 November 2026 | 07:10 WIB\n\n", "") + \
        "\nDua kapal pengangkut es itu sudah tiba di Kali Baru pada Jumat (13/11/2026).\n"
    page = linimasa.annotate(undated, source="p1.txt")
    assert page.published.inferred and page.published.value == "2026-11-13"
    articles = [linimasa.annotate(FIRST, source="p0.txt"), page, linimasa.annotate(EARLIER, source="p2.txt")]
    timeline = story_timeline(articles, [])
    promise = next(e for e in timeline.entries if e.date == "2026-11-11")
    moved = [s for s in promise.sources if getattr(s, "inferred", False)]
    assert [s.source for s in moved] == ["p1.txt"] and moved[0].evidence["source"] == "p0.txt"
    assert page.published.value == "2026-11-13"  # the page's own date is not touched
    plain = story_timeline(articles, [], inference=False)
    assert not any(getattr(s, "inferred", False) for e in plain.entries for s in e.sources)


def test_eval_stories_refuses_a_missing_reference_file(capsys, tmp_path):
    from linimasa.cli import main

    assert main(["eval", "stories", "--chronology", str(tmp_path / "none.tsv")]) == 2
    assert "no such file" in capsys.readouterr().err


# Pages written for these tests: a misprinted day beside its weekday, and a holiday named as a season.
MISPRINT = """Pasar Ikan Muara Kebanjiran Tongkol

Kabar Pesisir - Jumat, 13 November 2026 | 08:00 WIB

Harga ikan tongkol di Pasar Muara turun pada Kamis (2/11/2026) karena pasokan dari nelayan melimpah.
"""
SEASON = """Harga Bawang di Pasar Muara Terus Naik

Kabar Pesisir - Sabtu, 26 Desember 2026 | 09:00 WIB

Harga bawang merah di Pasar Muara naik menjadi Rp 60.000 per kilogram pada Sabtu (26/12/2026).

Pedagang menaikkan harga bawang selama libur Natal.
"""


def test_a_day_its_weekday_contradicts_is_read_from_the_weekday_and_the_publication_day():
    page = _pages(MISPRINT)
    assert "2026-11-02" in {e.date for e in build(page).entries}  # the day as printed: a Monday
    days = {e.date for e in story_timeline(page, []).entries}
    assert "2026-11-12" in days and "2026-11-02" not in days  # the Thursday of the week it appeared


def test_a_holiday_named_as_a_season_dates_no_happening():
    page = _pages(SEASON)
    plain = {e.date for e in build(page).entries}
    story = {e.date for e in story_timeline(page, []).entries}
    assert "2026-12-25" in plain and "2026-12-25" not in story
    assert "2026-12-26" in story


WIRE = """Harga Garam Petani Madura Anjlok

Kabar Pesisir - Kamis, 19 November 2026 | 08:00 WIB

Harga garam di tingkat petani Madura anjlok menjadi Rp 400 per kilogram pada Rabu (18/11/2026) karena panen melimpah.

Petani garam di Sumenep mengaku merugi karena biaya angkut lebih mahal dari harga jual.

Gudang koperasi di Pamekasan juga sudah penuh sehingga garam menumpuk di tambak.

Pada Senin, Bupati Sampang mengatakan pemerintah daerah akan membeli garam petani untuk cadangan.
"""
WIRE_TOO = """Garam Madura Menumpuk, Harga Terjun Bebas

Warta Timur - Kamis, 19 November 2026 | 10:00 WIB

Harga garam petani di Madura terjun bebas ke Rp 400 per kilogram pada Rabu (18/11/2026) akibat panen raya.
"""


def test_a_day_only_one_page_tells_deep_in_its_body_is_a_side_remark_in_a_story_many_pages_cover(monkeypatch):
    from linimasa.stories import timeline as story

    pages = _pages(WIRE, WIRE_TOO)
    assert "2026-11-16" in {e.date for e in story_timeline(pages, []).entries}  # a small story keeps it
    monkeypatch.setattr(story, "SIDE_REMARK_STORY", 2)  # as if many pages covered this story
    days = {e.date for e in story_timeline(pages, []).entries}
    assert "2026-11-16" not in days and "2026-11-18" in days


STRETCH = """Harga Bawang di Pasar Muara Turun

Kabar Pesisir - Sabtu, 26 Desember 2026 | 09:00 WIB

Harga bawang merah di Pasar Muara turun menjadi Rp 30.000 per kilogram pada Sabtu (26/12/2026).

Dinas Pertanian menyatakan, stok bawang di gudang Bulog bertambah 300 ton dalam pekan yang berakhir 18 Desember.
"""


def test_the_day_a_stretch_ends_dates_no_happening():
    page = _pages(STRETCH)
    assert "2026-12-18" in {e.date for e in build(page).entries}
    assert {e.date for e in story_timeline(page, []).entries} == {"2026-12-26"}
