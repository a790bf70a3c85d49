"""Cleaning cues from the example corpus (tests/clean/data/cues.tsv): furniture removed with its reason, prose kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linimasa.clean import clean
from linimasa.clean.text import split_glued_sentences
from linimasa.dating import date_article
from linimasa.model import Document, InputError

CASES = [line.split("\t") for line in (Path(__file__).parent / "data" / "cues.tsv").read_text().splitlines()
         if line and not line.startswith("#")]
PARA = ("Pemerintah kota meresmikan taman baru di pusat kota pada Senin pagi dengan mengundang ratusan warga sekitar. "
        "Taman seluas dua hektare itu dilengkapi jalur lari, area bermain anak, dan perpustakaan kecil.")


@pytest.mark.parametrize("case", CASES, ids=[c[0][:30] for c in CASES])
def test_cue(case):
    line, reason, *evidence = case
    article = clean(Document(source="t", text=f"{PARA}\n\n{line}\n\n{PARA.replace('taman', 'pasar')}"))
    removed = {r.text: r.reason for r in article.removed}
    if reason == "KEEP":
        assert line in article.body and line not in removed
    else:
        assert line not in article.body and removed.get(line) == reason, removed
    for item in evidence:  # "key=value": what the cue must leave as evidence
        key, value = item.split("=", 1)
        assert article.evidence.get(key) == value


@pytest.mark.parametrize("glued,expected", [
    ("tidak ada permainan sepihak.Lavrov membuat pernyataan", "sepihak. Lavrov"),
    ('dasar yang diterima."Saya telah membaca', 'diterima. "Saya telah'),
    ("bergerak maju, tambahnya.Pada hari Rabu", "tambahnya. Pada hari"),
])
def test_glued_sentences_are_separated(glued, expected):
    assert expected in split_glued_sentences(glued)


@pytest.mark.parametrize("text", ["Harga naik 2.5 persen", "lihat www.contoh.co.id/berita", "dr. Andi Sp.PD hadir",
                                  "Rp1.500.000 per bulan", "kode A.B.C di sana", "U.S. Army"])
def test_glued_splitter_leaves_decimals_urls_and_abbreviations(text):
    assert split_glued_sentences(text) == text


@pytest.mark.parametrize(("lead", "place", "outlet"), [
    ("JAKARTA, Kabar Sentral - ", "Jakarta", "Kabar Sentral"),
    ("Warta Pasar, Jakarta - ", "Jakarta", "Warta Pasar"),
    ("Palu, Warta Sulawesi - ", "Palu", "Warta Sulawesi"),  # neither in capitals: the known place decides
    ("Kabar Dunia, Jenewa - ", "Jenewa", "Kabar Dunia"),
])
def test_dateline_place_and_outlet_in_either_order(lead, place, outlet):
    body = ("Komisi pemilihan menetapkan dua pasangan calon dalam rapat pleno terbuka yang berlangsung di aula "
            "kantor komisi. Rapat itu dihadiri saksi dari semua partai pengusung dan pengawas pemilu setempat.")
    article = clean(Document(source="t.txt", text="Dua Pasangan Calon Ditetapkan\n\n" + lead + body))
    assert (article.dateline, article.outlet) == (place, outlet)


def test_place_and_day_opening_the_lead_are_the_dateline_and_a_page_date():
    body = ("Bank Sinar Jaya resmi diakuisisi investor asal Korea Selatan senilai Rp 3 triliun setelah negosiasi "
            "panjang. Transaksi itu diumumkan dalam keterbukaan informasi di bursa efek pada hari yang sama.")
    article = clean(Document(source="t.txt", text="Bank Sinar Jaya Diakuisisi\n\nSurabaya, 3 Maret 2027 — " + body))
    date_article(article)
    assert article.dateline == "Surabaya" and article.body.startswith("Bank Sinar Jaya resmi")
    assert article.published.value == "2027-03-03"


def test_english_page_is_refused_with_a_clear_reason():
    text = ("The government said on Monday that the new bridge would open next month, and that the cost of the "
            "project was within the budget approved by the city council in the previous year. ") * 3
    with pytest.raises(InputError, match="not Indonesian"):
        clean(Document(source="t", text=text))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=600))
def test_clean_and_date_never_crash_on_text(text):
    try:
        article = clean(Document(source="t", text=text))
    except InputError:
        return
    date_article(article)
    assert article.published.precision in ("minute", "hour", "day", "month", "year", "unknown")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["<html>", "<body>", "<p>", "</p>", "<div class='x'>", "</div>", "<time datetime='",
                                 "2025-03-01'>", "Baca juga:", "Banjir melanda kota pada Senin. ", "<script>", "&amp;",
                                 "<meta property='article:published_time' content='2025-13-45'>"]), max_size=40))
def test_clean_never_crashes_on_html_fragments(parts):
    try:
        article = clean(Document(source="t", text="".join(parts), format="html"))
    except InputError:
        return
    date_article(article)


@pytest.mark.parametrize("header,published,updated", [
    ("Diperbarui Jumat, 21 Februari 2025 | 09:30 WIB\n\nDiterbitkan Jumat, 21 Februari 2025 | 07:00 WIB",
     "2025-02-21T07:00", "2025-02-21T09:30"),
    ("Jumat, 21 Februari 2025 | 07:00 WIB\n\nUpdate: Sabtu, 22 Februari 2025 | 09:30 WIB", "2025-02-21T07:00",
     "2025-02-22T09:30"),
])
def test_an_update_time_in_the_header_is_evidence_not_the_publication_date(header, published, updated):
    article = clean(Document(source="t.txt", text=f"Judul Berita Contoh Hari Ini\n\n{header}\n\n{PARA}"))
    date_article(article)
    assert article.published.value[:16] == published  # the printed WIB also gives the value its +07:00
    assert [d[0] for d in article.evidence["update_dates"]] == [updated]
    assert any(r.reason == "update-date" for r in article.removed)
