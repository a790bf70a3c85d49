"""Events from hand-built articles: typed by trigger, dated by the governing timex, never by a guess."""

from __future__ import annotations

import pytest

from linimasa import events
from linimasa.model import Article, DateConflict, Entity, Mention, Published, Timex


def article(body: str, timexes=(), people=(), published=None, conflicts=(), dateline=None) -> Article:
    a = Article(source="t.txt", id="a1", body=body, dateline=dateline,
                published=Published(value=published, precision="day" if published else "unknown",
                                     source="metadata" if published else None, conflicts=list(conflicts)))
    for text, value, kind in timexes:
        start = body.index(text)
        a.timexes.append(Timex(start, start + len(text), text, kind, value))
    for i, (name, typ) in enumerate(people):
        ms = [Mention(i0, i0 + len(name), name) for i0 in _all(body, name)]
        a.entities.append(Entity(id=f"e{i}", name=name, type=typ, mentions=ms))
    events.annotate(a)
    return a


def _all(body, s):
    i = body.find(s)
    while i >= 0:
        yield i
        i = body.find(s, i + 1)


def test_meeting_dated_by_its_timex_with_participants_and_place():
    a = article("Menteri Ardi bertemu Gubernur Sari di Mataram pada Senin (3/3/2025).",
                timexes=[("Senin (3/3/2025)", "2025-03-03", "DATE")],
                people=[("Ardi", "PER"), ("Sari", "PER"), ("Mataram", "LOC")], published="2025-03-04")
    [ev] = a.events
    assert ev.type == "MEET" and ev.date.value == "2025-03-03" and ev.date.precision == "day"
    assert ev.participants == ["Ardi", "Sari"] and ev.location == "Mataram"


def test_underspecified_weekday_is_undated_with_its_hint():
    a = article("Kapal itu tenggelam pada hari Rabu di perairan Selat Contoh.",
                timexes=[("hari Rabu", "XXXX-WXX-3", "DATE")])
    [ev] = a.events
    assert ev.date is None and ev.hint == "hari Rabu"


def test_no_date_on_an_undated_page_and_reported_only_with_a_dct():
    body = "Polisi menangkap dua tersangka pencurian kabel."
    assert article(body).events[0].date is None
    ev = article(body, published="2025-03-04").events[0]
    assert ev.date.value == "2025-03-04" and ev.date.source == "reported"


def test_rejected_dct_never_dates_an_event():
    a = article("Polisi menangkap dua tersangka pencurian kabel.",
                conflicts=[DateConflict("2022-12-09", "header", "before the events it reports")])
    assert a.events[0].date is None


def test_narrative_reference_time_within_a_paragraph():
    body = "Banjir melanda kota itu pada 12 Mei 2024. Warga dievakuasi ke masjid terdekat.\n\nPolisi menangkap pencuri."
    a = article(body, timexes=[("12 Mei 2024", "2024-05-12", "DATE")])
    flood, rescue, arrest = a.events
    assert rescue.date.value == "2024-05-12" and rescue.date.source == "narrative"
    assert arrest.date is None  # a new paragraph does not inherit the reference time


def test_background_event_years_before_the_article():
    a = article("Negara itu mencaplok wilayah tetangganya pada 2014.", timexes=[("2014", "2014", "DATE")],
                published="2022-01-21")
    [ev] = a.events
    assert ev.background and ev.date.precision == "year"


@pytest.mark.parametrize("value,expected", [
    ("2025-03-03", ("2025-03-03", "day")), ("2025-03-03T14:30", ("2025-03-03", "day")),
    ("2025-03-03TMO", ("2025-03-03", "day")), ("2025-03", ("2025-03", "month")), ("2025", ("2025", "year")),
    ("XXXX-WXX-3", None), ("PAST_REF", None), ("XXXX-06", None), ("2025-SU", None), ("2025-W10-WE", None),
    # weeks, quarters and halves are dated periods with their own precision
    ("2025-W10", ("2025-W10", "week")), ("2025-Q1", ("2025-Q1", "quarter")), ("2025-H2", ("2025-H2", "half")),
    ("2025-W54", None),
])
def test_event_date_values(value, expected):
    d = events.event_date(value)
    assert (d.value, d.precision) == expected if expected else d is None


@pytest.mark.parametrize("value,first,last", [
    ("2014-W51", "2014-12-15", "2014-12-21"), ("2014-Q3", "2014-07-01", "2014-09-30"),
    ("2014-Q4", "2014-10-01", "2014-12-31"), ("2014-H1", "2014-01-01", "2014-06-30"),
    ("2014-02", "2014-02-01", "2014-02-28"), ("2014", "2014-01-01", "2014-12-31"), ("2014-05-06", "2014-05-06", "2014-05-06"),
])
def test_period_bounds(value, first, last):
    assert tuple(d.isoformat() for d in events.period_bounds(value)) == (first, last)


def test_sentence_without_trigger_gives_no_event():
    assert article("Cuaca cerah dan angin bertiup pelan sepanjang pantai.").events == []


def test_a_timex_after_since_is_a_boundary_not_the_date():
    a = article("Harga beras naik 20 persen sejak akhir Juli 2024.",
                timexes=[("akhir Juli 2024", "2024-07", "DATE")], published="2025-01-10")
    [ev] = a.events
    assert ev.type == "ECONOMY" and ev.date.source == "reported" and ev.date.value == "2025-01-10"


def test_a_day_inside_the_nearest_coarser_timex_refines_it():
    a = article("Gubernur menutup pameran akhir tahun di Balai Kota, Selasa (30/12/2025).",
                timexes=[("akhir tahun", "2025", "DATE"), ("Selasa (30/12/2025)", "2025-12-30", "DATE")],
                published="2025-12-31")
    [ev] = a.events
    assert ev.date.value == "2025-12-30" and ev.date.precision == "day"


def test_a_date_after_the_articles_own_date_is_a_plan():
    a = article("Jembatan itu diresmikan pada Juni 2026 mendatang.",
                timexes=[("Juni 2026", "2026-06", "DATE")], published="2025-11-02")
    [ev] = a.events
    assert ev.date.value == "2026-06" and ev.date.source == "planned"
    done = article("Jembatan itu diresmikan pada Juni 2025.",
                   timexes=[("Juni 2025", "2025-06", "DATE")], published="2025-11-02")
    assert done.events[0].date.source == "timex"


def test_an_unresolvable_future_expression_gives_no_hint():
    a = article("Tim akan kembali mencari korban minggu depan.",
                timexes=[("minggu depan", "XXXX-WXX", "DATE")])
    [ev] = a.events
    assert ev.date is None and ev.hint is None


def test_the_main_clause_trigger_wins_over_a_stronger_type_in_a_subordinate_clause():
    a = article("Harga cabai turun pada Senin (3/2/2025), karena pertemuan pedagang pada Kamis (6/2/2025) batal.",
                timexes=[("Senin (3/2/2025)", "2025-02-03", "DATE"), ("Kamis (6/2/2025)", "2025-02-06", "DATE")],
                published="2025-02-04")
    [ev] = a.events
    assert ev.type == "ECONOMY" and ev.trigger == "turun" and ev.date.value == "2025-02-03"


def test_a_scheduled_day_after_the_dct_does_not_carry_to_the_next_sentence():
    body = "Para menteri akan bertemu di Wina pada Kamis (27/11/2025). Sebagian anggota menolak usulan itu."
    a = article(body, timexes=[("Kamis (27/11/2025)", "2025-11-27", "DATE")], published="2025-11-26")
    meet, reject = a.events
    assert meet.date.source == "planned"
    assert reject.type == "REJECT" and reject.date.source == "reported" and reject.date.value == "2025-11-26"


def test_a_timex_inside_a_later_setelah_clause_does_not_date_the_main_trigger():
    a = article("Harga gula turun tajam hari ini, setelah kemarin sempat menguat.",
                timexes=[("hari ini", "2025-03-05", "DATE"), ("kemarin", "2025-03-04", "DATE")],
                published="2025-03-05")
    assert a.events[0].date.value == "2025-03-05"
    b = article("Harga gula turun tajam, setelah kemarin sempat bertahan.",
                timexes=[("kemarin", "2025-03-04", "DATE")], published="2025-03-05")
    assert b.events[0].date.source == "reported"
    # when the 'setelah' clause tells a dated happening of its own, that is the event placed
    c = article("Pasar khawatir akan serangan baru, setelah pasukan mencaplok wilayah itu pada 2019.",
                timexes=[("2019", "2019", "DATE")], published="2025-03-05")
    [ev] = c.events
    assert ev.type == "ATTACK" and ev.trigger == "mencaplok" and ev.date.value == "2019" and ev.background


_THURSDAY = ("Kamis (15/10/2026)", "2026-10-15", "DATE")


@pytest.mark.parametrize(("sentence", "timex", "published", "kind", "day"), [
    # "Kamis (15/10), sehari setelah polisi menahan X": the arrest is the 14th, not the day of the main clause
    ("Warga berkumpul di balai desa pada Kamis (15/10/2026), sehari setelah polisi menahan Kepala Desa Darto.",
     _THURSDAY, "2026-10-15", "ARREST", "2026-10-14"),
    ("Warga berkumpul di balai desa pada Kamis (15/10/2026), dua pekan sebelum polisi menahan Darto.",
     _THURSDAY, "2026-11-01", "ARREST", "2026-10-29"),
    # no offset: neither the day nor the page's date dates the arrest, which happened some time before
    ("Warga berkumpul di balai desa pada Kamis (15/10/2026), setelah polisi menahan Darto.",
     _THURSDAY, "2026-10-16", "ARREST", None),
    # the trigger back in the main clause after the 'setelah' clause keeps the timex
    ("Pada Rabu (14/10/2026), setelah diperiksa sembilan jam, Darto ditahan polisi.",
     ("Rabu (14/10/2026)", "2026-10-14", "DATE"), "2026-10-15", "ARREST", "2026-10-14"),
    # a happening of the main clause is the event, on the main clause's day
    ("Warga menggelar syukuran pada Kamis (15/10/2026), sehari setelah polisi menahan Darto.",
     _THURSDAY, "2026-10-15", "CEREMONY", "2026-10-15"),
])
def test_a_trigger_inside_a_setelah_clause_after_the_timex_takes_only_a_stated_offset(sentence, timex, published,
                                                                                        kind, day):
    [ev] = article(sentence, timexes=[timex], published=published).events
    assert ev.type == kind
    if day is None:
        assert ev.date is None
    else:
        assert (ev.date.value, ev.date.source) == (day, "timex")


def test_a_timex_in_a_relative_clause_with_its_own_happening_does_not_date_the_trigger():
    a = article("Menteri membekukan izin PT Bahari Jaya, operator kapal yang tenggelam pada awal Maret lalu.",
                timexes=[("awal Maret lalu", "2025-03", "DATE")], published="2025-06-02")
    [ev] = a.events
    assert ev.type == "SANCTION" and ev.date.value == "2025-06-02" and ev.date.source == "reported"
    # nor does a place inside that clause place the trigger
    c = article("Menteri membekukan izin PT Bahari Jaya, operator kapal yang tenggelam di Selat Alas.",
                people=[("Selat Alas", "LOC")], published="2025-06-02", dateline="Jakarta")
    assert c.events[0].location == "Jakarta"
    # a 'yang' clause without a happening of its own leaves the timex to the trigger
    b = article("Menteri membekukan izin perusahaan yang bermasalah itu pada Senin (2/6/2025).",
                timexes=[("Senin (2/6/2025)", "2025-06-02", "DATE")], published="2025-06-03")
    assert b.events[0].date.value == "2025-06-02" and b.events[0].date.source == "timex"


def test_a_time_zone_restatement_neither_dates_nor_carries():
    body = ("Harga emas turun pada Selasa (6/1/2026) waktu setempat (Rabu pagi WIB). "
            "Penurunan itu dipicu data ekonomi yang lemah.")
    a = article(body, timexes=[("Selasa (6/1/2026)", "2026-01-06", "DATE"),
                               ("Rabu pagi WIB", "2026-01-07TMO", "TIME")], published="2026-01-07")
    first, second = a.events
    assert first.date.value == "2026-01-06" and second.date.value == "2026-01-06"


@pytest.mark.parametrize("cue", ["seperti dilansir", "dilansir", "mengutip", "seperti dikutip dari"])
def test_a_cited_news_source_is_not_a_participant(cue):
    body = f"Polisi menangkap Budi Santoso di Medan, {cue} Kabar Nusa, Senin (3/2/2025)."
    a = article(body, timexes=[("Senin (3/2/2025)", "2025-02-03", "DATE")],
                people=[("Polisi", "ORG"), ("Budi Santoso", "PER"), ("Kabar Nusa", "ORG")], published="2025-02-04")
    assert a.events[0].participants == ["Polisi", "Budi Santoso"]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Ratusan warga menggelar doa bersama dan tabur bunga di dermaga pada Minggu (16/3/2025).", "CEREMONY"),
    ("Jenazah korban dimakamkan di kampung halamannya pada Minggu (16/3/2025).", "CEREMONY"),
    ("Basarnas merevisi jumlah penumpang menjadi 109 orang pada Minggu (16/3/2025).", "ANNOUNCE"),
    ("Bank Sinar Jaya resmi diakuisisi investor asal Korea pada Minggu (16/3/2025).", "AGREE"),
    ("Saham Bank Sinar Jaya melonjak 18 persen pada Minggu (16/3/2025).", "ECONOMY"),
])
def test_memorials_revisions_acquisitions_and_market_jumps_are_events(sentence, kind):
    a = article(sentence, timexes=[("Minggu (16/3/2025)", "2025-03-16", "DATE")], published="2025-03-17")
    [ev] = a.events
    assert ev.type == kind and ev.date.value == "2025-03-16"


def test_crimes_are_events():
    a = article("Dua pria membobol minimarket di Depok pada Selasa (3/6/2025) dini hari.",
                timexes=[("Selasa (3/6/2025)", "2025-06-03", "DATE")], published="2025-06-05")
    assert (a.events[0].type, a.events[0].date.value) == ("CRIME", "2025-06-03")


def test_triggers_inside_a_quote_do_not_make_the_event():
    from linimasa.model import Quote

    body = '"Pelakunya sudah ditangkap," ujar Sri, Kamis (5/6/2025). "Tersangka berperan sebagai eksekutor," kata Bayu ' \
           'dalam konferensi pers, Kamis (5/6/2025).'
    a = Article(source="t.txt", id="a1", body=body,
                published=Published(value="2025-06-05", precision="day", source="metadata"))
    for text in ("Pelakunya sudah ditangkap", "Tersangka berperan sebagai eksekutor"):
        start = body.index(text)
        a.quotes.append(Quote(start=start, end=start + len(text), text=text, speaker=None))
    for text in ("Kamis (5/6/2025)",):
        for i in _all(body, text):
            a.timexes.append(Timex(i, i + len(text), text, "DATE", "2025-06-05"))
    events.annotate(a)
    assert [ev.type for ev in a.events] == ["STATEMENT"]  # the press conference, and no arrest on Thursday


def test_a_cause_after_akibat_does_not_type_the_sentence():
    a = article("Tiga warga meninggal dunia akibat gempa pada Jumat (14/11/2025).",
                timexes=[("Jumat (14/11/2025)", "2025-11-14", "DATE")], published="2025-11-14")
    assert a.events[0].type == "DEATH"


def test_a_happening_told_only_in_a_setelah_clause_is_not_dated_by_the_page():
    a = article("Pemilik toko mengaku lega setelah polisi menangkap dua pembobol tokonya.", published="2025-06-05")
    assert a.events[0].type == "ARREST" and a.events[0].date is None
    b = article("Polisi menangkap dua pembobol toko itu.", published="2025-06-05")
    assert b.events[0].date.source == "reported"


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Persikota menekuk Sriwijaya Muda 2-1 pada Sabtu (12/4/2025).", "SPORT"),
    ("Persikota ditahan imbang tuan rumah pada Sabtu (12/4/2025).", "SPORT"),
    ("Polisi membekuk dua pengedar pada Sabtu (12/4/2025).", "ARREST"),
    ("Pengundian nomor urut pasangan calon digelar pada Sabtu (12/4/2025).", "ELECTION"),
])
def test_sports_results_and_election_steps_are_events(sentence, kind):
    a = article(sentence, timexes=[("Sabtu (12/4/2025)", "2025-04-12", "DATE")], published="2025-04-13")
    assert a.events[0].type == kind and a.events[0].date.value == "2025-04-12"
