"""Summaries that stand alone: cleaned of page text, dependent openers repaired, quotes whole; the checker that
flags an entry as not publishable; sources that carry outlet, date, URL and wire group in every export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from linimasa.model import (
    Article,
    Entity,
    Event,
    EventDate,
    Mention,
    Published,
    Quote,
    SourceRef,
    TimelineEntry,
)
from linimasa.timeline import build, publishable, scrub, summarise
from linimasa.timeline.export import render

DATA = Path(__file__).parent / "data"


def _rows(name):
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            a, _, b = line.partition("\t")
            yield pytest.param(a, b, id=a[:40])


@pytest.mark.parametrize("sentence,expected", list(_rows("scrub.tsv")))
def test_scrub(sentence, expected):
    assert scrub(sentence) == " ".join(expected.split())


@pytest.mark.parametrize("summary,problems", list(_rows("publishable.tsv")))
def test_publishable_checker(summary, problems):
    entry = TimelineEntry(date="2025-03-11", precision="day", summary=summary, type="DISCOVERY",
                          sources=[SourceRef("a", "a.txt", "A", summary)])
    assert publishable(entry) == [p for p in problems.split(",") if p]


def test_an_uncited_summary_is_not_publishable():
    entry = TimelineEntry(date="2025-03-11", precision="day", summary="Bangkai kapal ditemukan di dasar laut.",
                          type="DISCOVERY", sources=[SourceRef("a", "a.txt", "A", "Harga cabai naik lagi di pasar.")])
    assert publishable(entry) == ["uncited"]
    entry.sources = []
    assert "uncited" in publishable(entry)


def _article(body: str, events: list[Event], people=(), quotes=(), aid="a1", outlet="Kabar Pesisir",
             url="https://kabarpesisir.example/berita/1") -> Article:
    a = Article(source=f"{aid}.txt", id=aid, title=f"Judul {aid}", body=body, outlet=outlet, url=url,
                published=Published("2025-03-12", "day", "metadata"), events=events, quotes=list(quotes))
    for i, name in enumerate(people):
        start = body.index(name)
        a.entities.append(Entity(f"p{i}", name, "PER", mentions=[Mention(start, start + len(name), name)]))
    return a


def _event(body: str, sentence: str, kind="STATEMENT", day="2025-03-11") -> Event:
    start = body.index(sentence)
    return Event(start, start + len(sentence), kind, sentence, EventDate(day, "day", "timex"))


def test_a_pronoun_opener_gets_its_person_back_and_a_connective_is_dropped():
    body = ("Kepala Basarnas Hendra Wijaya meninjau posko pada Selasa (11/3/2025).\n\n"
            "Lebih lanjut ia mengatakan pencarian diperluas ke utara pada Selasa (11/3/2025).")
    sentence = "Lebih lanjut ia mengatakan pencarian diperluas ke utara pada Selasa (11/3/2025)."
    a = _article(body, [], people=["Hendra Wijaya"])
    assert summarise(a, _event(body, sentence)) == \
        "Hendra Wijaya mengatakan pencarian diperluas ke utara pada Selasa (11/3/2025)."


def test_a_pronoun_with_no_known_person_stays_and_is_flagged():
    body = "Dia berkelit saat ditanya soal aliran dana pada Selasa (11/3/2025)."
    a = _article(body, [_event(body, body, kind="STATEMENT")])
    [entry] = build([a]).entries
    assert entry.summary.startswith("Dia berkelit") and publishable(entry) == ["dependent opener"]


def test_the_sentence_that_stands_alone_is_chosen_over_a_dependent_one():
    first = "Oleh karena itu, tim SAR menemukan bangkai kapal itu pada Selasa (11/3/2025)."
    second = "Tim SAR gabungan menemukan bangkai kapal di dasar selat pada Selasa (11/3/2025) pagi."
    body = first + " " + second
    a = _article(body, [_event(body, first, "DISCOVERY"), _event(body, second, "DISCOVERY")])
    [entry] = build([a]).entries
    assert entry.summary == second and entry.sources[0].sentence == second and not publishable(entry)


def test_a_quote_running_past_the_sentence_is_completed_not_cut():
    body = ('Rizal mengatakan, "Kami menyisir pantai sejak Selasa (11/3/2025). Belum ada tanda-tanda korban," '
            'di posko.')
    sentence = 'Rizal mengatakan, "Kami menyisir pantai sejak Selasa (11/3/2025).'
    a = _article(body, [], people=["Rizal"])
    text = summarise(a, _event(body, sentence))
    assert text.count('"') == 2 and text.startswith("Rizal mengatakan") and "Belum ada" in text


def test_sources_carry_outlet_date_url_and_wire_group_in_every_export():
    s1 = "Tim SAR gabungan menemukan bangkai kapal di dasar selat pada Selasa (11/3/2025) pagi."
    a = _article(s1, [_event(s1, s1, "DISCOVERY")], aid="a1")
    b = _article(s1, [_event(s1, s1, "DISCOVERY")], aid="b1", outlet="BeritaKini", url=None)
    t = build([a, b], near_duplicates=[("b1", "a1", 0.97)])
    [entry] = t.entries
    assert {(s.outlet, s.published, s.url) for s in entry.sources} == {
        ("Kabar Pesisir", "2025-03-12", "https://kabarpesisir.example/berita/1"), ("BeritaKini", "2025-03-12", None)}
    assert len({s.group for s in entry.sources}) == 1 and entry.sources[0].group
    data = json.loads(render(t, "json"))
    assert data["entries"][0]["sources"][0]["outlet"] in ("Kabar Pesisir", "BeritaKini")
    md = render(t, "md")
    assert "one wire story" in md and "Kabar Pesisir" in md and "2025-03-12" in md
    page = render(t, "html")
    assert 'href="https://kabarpesisir.example/berita/1"' in page and "BeritaKini" in page and "wire group" in page
    tl = json.loads(render(t, "timelinejs"))
    assert "Kabar Pesisir" in tl["events"][0]["text"]["text"]
    rows = list(csv.DictReader(io.StringIO(render(t, "csv"))))
    assert "Kabar Pesisir" in rows[0]["outlets"] and "2025-03-12" in rows[0]["published"] and rows[0]["groups"]


def test_week_and_quarter_entries_are_dated_sorted_and_exported():
    s1 = "Harga cabai melonjak pada pekan ini."
    s2 = "Penjualan mobil anjlok pada kuartal ketiga 2014."
    s3 = "Harga minyak turun pada Senin (15/12/2014)."
    body = " ".join([s1, s2, s3])
    evs = [_event(body, s1, "ECONOMY", None), _event(body, s2, "ECONOMY", None), _event(body, s3, "ECONOMY", "2014-12-15")]
    evs[0].date, evs[1].date = EventDate("2014-W51", "week"), EventDate("2014-Q3", "quarter")
    t = build([_article(body, evs)])
    assert [(e.date, e.precision) for e in t.entries] == [("2014-Q3", "quarter"), ("2014-12-15", "day"),
                                                          ("2014-W51", "week")]
    tl = json.loads(render(t, "timelinejs"))
    assert tl["events"][0]["start_date"] == {"year": "2014", "month": "7", "day": "1"}
    assert [e.date for e in build([_article(body, evs)], date_from="2014-12-16").entries] == ["2014-W51"]


def test_a_quote_of_the_sentence_is_not_a_half_quote_when_whole():
    body = '"Kami terus mencari," kata Rizal pada Selasa (11/3/2025).'
    a = _article(body, [_event(body, body, "STATEMENT")], people=["Rizal"],
                 quotes=[Quote(0, 20, '"Kami terus mencari,"', "Rizal")])
    [entry] = build([a]).entries
    assert "half quote" not in publishable(entry)


@pytest.mark.parametrize("sentence,expected", [
    ("Sehari sebelumnya, Senin (10/3/2025), Basarnas merevisi jumlah penumpang.",
     "Senin (10/3/2025), Basarnas merevisi jumlah penumpang."),
    ("Sementara itu, dua hari kemudian, tim menemukan puing kapal.", "Tim menemukan puing kapal."),
    ("Namun, Basarnas memperpanjang pencarian.", "Basarnas memperpanjang pencarian."),
])
def test_openers_that_lean_on_the_sentence_before_are_dropped(sentence, expected):
    a = _article(sentence, [])
    assert summarise(a, _event(sentence, sentence)) == expected
