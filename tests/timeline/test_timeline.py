"""Timelines from hand-built articles: clustering across outlets, wire copies, undated, filters, exports."""

from __future__ import annotations

import csv
import io
import json

from linimasa.model import Article, Event, EventDate, Published
from linimasa.timeline import build
from linimasa.timeline.export import render


def art(aid: str, *evs: Event, title: str | None = None, published: str | None = "2025-03-05") -> Article:
    return Article(source=f"{aid}.txt", id=aid, title=title or aid, body="…", events=list(evs),
                   published=Published(published, "day" if published else "unknown"))


def ev(text, date=None, kind="MEET", who=(), where=None, hint=None, source="timex", background=False):
    return Event(0, len(text), kind, text, EventDate(date, "day" if len(date) == 10 else "year", source)
                 if date else None, list(who), where, hint=hint, background=background)


MEETING_A = ev("Menteri Ardi bertemu Gubernur Sari di Mataram membahas pelabuhan baru.", "2025-03-03",
               who=["Ardi", "Sari"], where="Mataram")
MEETING_B = ev("Ardi dan Sari menggelar pertemuan tertutup soal rencana pelabuhan.", "2025-03-03",
               who=["Ardi", "Sari"])
OTHER_DAY = ev("Ardi bertemu Sari lagi untuk menandatangani kesepakatan pelabuhan.", "2025-03-10",
               kind="AGREE", who=["Ardi", "Sari"])


def test_same_event_in_two_outlets_is_one_entry_citing_both():
    t = build([art("a", MEETING_A), art("b", MEETING_B)])
    [entry] = t.entries
    assert entry.date == "2025-03-03" and {s.article for s in entry.sources} == {"a", "b"}
    assert entry.location == "Mataram" and set(entry.participants) == {"Ardi", "Sari"}


def test_different_dates_stay_apart_and_are_sorted():
    t = build([art("b", OTHER_DAY), art("a", MEETING_A)])
    assert [e.date for e in t.entries] == ["2025-03-03", "2025-03-10"]


def test_wire_copies_count_as_one_source_group():
    alone = build([art("a", MEETING_A), art("b", MEETING_B)]).entries[0].salience
    wired = build([art("a", MEETING_A), art("b", MEETING_B)], near_duplicates=[("b", "a", 0.93)]).entries[0]
    assert len(wired.sources) == 2 and wired.salience == alone - 1


def test_undated_reported_and_background():
    undated = ev("Kapal tenggelam pada hari Rabu.", kind="ACCIDENT", hint="hari Rabu")
    reported = ev("Polisi menangkap pelaku.", "2025-03-05", kind="ARREST", source="reported")
    old = ev("Wilayah itu dicaplok pada 2014.", "2014", kind="ATTACK", background=True)
    t = build([art("a", undated, reported, old)])
    assert [u.hint for u in t.undated] == ["hari Rabu"]
    assert [e.date for e in t.entries] == ["2014"] and t.entries[0].background
    assert all(e.date != "2025-03-05" for e in t.entries)  # "reported on" is not a date of the event


def test_filters():
    arts = [art("a", MEETING_A, OTHER_DAY)]
    assert [e.date for e in build(arts, date_from="2025-03-05").entries] == ["2025-03-10"]
    assert [e.date for e in build(arts, date_to="2025-03-05").entries] == ["2025-03-03"]
    assert [e.date for e in build(arts, query="kesepakatan").entries] == ["2025-03-10"]
    assert len(build(arts, entity=["Sari"]).entries) == 2
    assert build(arts, entity=["Budi"]).entries == []


def test_exports_are_well_formed():
    t = build([art("a", MEETING_A, ev("Kapal tenggelam pada hari Rabu.", kind="ACCIDENT", hint="Rabu"))])
    data = json.loads(render(t, "json"))
    assert data["schema"] == "linimasa.timeline/1" and data["entries"][0]["sources"][0]["article"] == "a"
    rows = list(csv.DictReader(io.StringIO(render(t, "csv"))))
    assert rows[0]["date"] == "2025-03-03" and rows[1]["precision"] == "unknown"
    page = render(t, "html")
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page and "http" not in page
    tl = json.loads(render(t, "timelinejs"))
    assert tl["events"][0]["start_date"] == {"year": "2025", "month": "3", "day": "3"}
    md = render(t, "md")
    assert "**2025-03-03**" in md and "## Undated" in md


def test_a_lead_event_dated_only_by_the_dct_is_the_news_of_that_day():
    lead = Event(0, 24, "ARREST", "Polisi menangkap pelaku.", EventDate("2025-03-05", "day", "reported"),
                 ["Polisi"])
    later = Event(30, 60, "STATEMENT", "Warga menyatakan lega.", EventDate("2025-03-05", "day", "reported"))
    a = Article(source="a.txt", id="a", title="a", body="Polisi menangkap pelaku.\n\nWarga menyatakan lega.",
                events=[lead, later], published=Published("2025-03-05", "day"))
    t = build([a])
    assert [(e.date, e.type) for e in t.entries] == [("2025-03-05", "ARREST")]
