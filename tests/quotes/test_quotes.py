"""Quotes: the annotated corpus (speaker precision/recall floors), seeds gold, and robustness."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import linimasa
from linimasa.model import Article
from linimasa.quotes import annotate, evaluate, find_quotes

DATA = Path(__file__).parent / "data" / "news_quotes.jsonl"


def test_corpus_has_at_least_sixty_quotes_and_meets_floors():
    r = evaluate.evaluate(DATA)
    assert r["gold"] >= 60
    assert r["found"] / r["gold"] >= 0.95
    # measured 1.00 / 1.00 after the rules were iterated on this file; the floor leaves room for model retraining
    assert r["precision"] >= 0.90 and r["recall"] >= 0.90
    assert r["spurious"] == 0


def test_later_corpus_meets_floors():
    """Written after the rules above were frozen (first measured 0.91 / 0.91, 22 quotes)."""
    r = evaluate.evaluate(DATA.with_name("news_quotes_later.jsonl"))
    assert r["gold"] >= 20 and r["found"] == r["gold"]
    assert r["precision"] >= 0.85 and r["recall"] >= 0.85
    assert r["spurious"] == 0


def test_pairs_mixed_and_broken_marks():
    body = 'Ia tiba.“Kami siap bekerja sama,” kata Budi.Harapan warga tinggi. "Semua aman," ujar Sari.'
    texts = [body[s:e] for s, e in find_quotes(body)]
    assert texts == ["Kami siap bekerja sama", "Semua aman"]


def test_bio_paragraph_and_unattributed_scare_quote_are_not_quotes():
    a = Article(source="x", body="Film “Laut Biru” diputar lagi.\n“Penikmat kopi. Penulis lepas. Pejalan kaki. Pecinta kucing.”")
    annotate(a)
    assert a.quotes == []


def test_nya_cue_takes_the_previous_speaker_without_entities():
    a = Article(source="x", body='"Jembatan dibuka besok," kata Andi Wijaya. "Tarifnya gratis sebulan," tambahnya.')
    annotate(a)
    assert [q.speaker for q in a.quotes] == ["Andi Wijaya", "Andi Wijaya"]
    assert [q.cue for q in a.quotes] == ["kata", "tambahnya"]


def _speakers(body: str) -> list[str]:
    from linimasa import entities

    a = Article(source="x", body=body)
    entities.annotate(a)
    annotate(a)
    return [q.speaker for q in a.quotes]


def test_nya_cue_after_a_new_person_speaks_in_between_is_that_person():
    body = ('"Kami sepakat membentuk tim teknis," kata Menteri Luar Negeri Kanada Grace Whitfield.\n'
            'Menteri Luar Negeri Peru Carlos Ibarra mengatakan negaranya menghormati hukum laut. '
            '"Kami tidak pernah menangkap ikan secara ilegal," ujarnya.')
    assert _speakers(body) == ["Grace Whitfield", "Carlos Ibarra"]


def test_nya_cue_keeps_the_speaker_when_another_person_is_only_named():
    body = ('"Jembatan dibuka besok," kata Bupati Sleman Andi Wijaya. Ia juga menyinggung bantuan Gubernur '
            'Yogyakarta Hamid Sutrisno. "Tarifnya gratis sebulan," tambahnya.')
    assert _speakers(body) == ["Andi Wijaya", "Andi Wijaya"]


def test_office_after_the_cue_then_its_holder_after_the_comma():
    body = '"Ini hadiah untuk suporter," kata pelatih Persikota, Widodo Cahyono, seusai pertandingan.'
    assert _speakers(body) == ["Widodo Cahyono"]


def test_seed_quotes_have_their_speakers(seeds_gold, seed_dir):
    aliases = {name: {a.casefold() for a in spec["aliases"]} | {name.casefold()}
               for group in ("PER", "LOC", "ORG") for name, spec in seeds_gold["entities"][group].items()}
    for name, doc in seeds_gold["documents"].items():
        article = linimasa.annotate((seed_dir / name).read_bytes(), source=name)
        for gold in doc["quotes"]:
            hit = next((q for q in article.quotes if q.text.startswith(gold["starts"])), None)
            if gold.get("optional") and hit is None:
                continue
            assert hit is not None, (name, gold["starts"])
            assert (hit.speaker or "").casefold() in aliases[gold["speaker"]], (name, gold, hit.speaker)
        for absent in doc.get("quotes_absent", []):
            assert not any(absent in q.text for q in article.quotes), (name, absent)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from(list('"“”„ \n.,')), max_size=400))
def test_never_crashes_and_spans_in_bounds(text):
    a = Article(source="x", body=text)
    annotate(a)
    for q in a.quotes:
        assert 0 <= q.start <= q.end <= len(text) and text[q.start:q.end] == q.text


def test_evaluate_command_prints_numbers():
    out = subprocess.run([sys.executable, "-m", "linimasa.quotes.evaluate", str(DATA)], capture_output=True, text=True)
    assert out.returncode == 0 and "speaker precision" in out.stdout


def test_beats_corpus_meets_floors():
    """124 quotes of six beats written before the discourse rules (first measured 0.84 / 0.82, 2 non-quotes
    produced); the floor sits under the 0.98 measured after them."""
    r = evaluate.evaluate(DATA.with_name("news_quotes_beats.jsonl"))
    assert r["gold"] >= 120 and r["found"] == r["gold"]
    assert r["precision"] >= 0.93 and r["recall"] >= 0.93
    assert r["spurious"] == 0


SAMPLE = Path(linimasa.__file__).parent / "sample" / "08_kabarselaparang_nelayan-penyelamat.txt"


def test_sample_fisherman_quotes_are_his_not_the_sar_chiefs():
    article = linimasa.annotate(SAMPLE.read_text(encoding="utf-8"), source=SAMPLE.name)
    speakers = [q.speaker for q in article.quotes]
    assert speakers.count("Amaq Sahnan") == 4
    by_cue = {q.cue: q.speaker for q in article.quotes}
    assert by_cue["katanya"] == by_cue["ujarnya"] == "Amaq Sahnan"
    assert by_cue["mengatakan"] != "Amaq Sahnan"


def test_nya_cue_follows_the_subject_of_the_sentences_since_the_last_quote():
    body = ('"Tanggul diperbaiki pekan ini," kata Kepala BPBD Garut Dadang Suryana.\n\n'
            'Seorang warga, Eti Rohaeti, kehilangan rumahnya. Ia kini tinggal di tenda.\n\n'
            '"Kami cuma sempat membawa baju," katanya.')
    assert _speakers(body) == ["Dadang Suryana", "Eti Rohaeti"]


def test_apposition_after_a_named_person_names_the_subject():
    body = ('"Saya hanya kurir," kata Bagas Wirawan.\n\nKuasa hukum Bagas, Rosita Manurung, meminta polisi '
            'memeriksa pengirim. "Klien saya korban, bukan pelaku," ujarnya.')
    assert _speakers(body) == ["Bagas Wirawan", "Rosita Manurung"]


def test_speaker_described_first_then_named_after_the_comma():
    body = '"Saya tidak tahu isinya," kata seorang kurir, Bagas Wirawan, kepada penyidik.'
    assert _speakers(body) == ["Bagas Wirawan"]


def test_organisation_speaks_through_a_statement():
    body = ('PT Kereta Api Indonesia membatalkan 12 perjalanan. "Penumpang dapat membatalkan tiket dan menerima '
            'pengembalian dana penuh," demikian keterangan tertulis PT Kereta Api Indonesia, Selasa.')
    assert _speakers(body) == ["PT Kereta Api Indonesia"]


def test_quote_inside_a_quote_stays_one_quote():
    body = '"Ayah bilang, “Kamu boleh berhenti, tapi jangan karena takut.” Itu yang saya ingat," kata Vina Oktaviani.'
    texts = [body[s:e] for s, e in find_quotes(body)]
    assert len(texts) == 1 and texts[0].startswith("Ayah bilang") and texts[0].endswith("saya ingat")


def test_titles_nicknames_labels_and_one_word_quotes_are_not_quotes():
    body = ('Pemain berjuluk "Si Kijang" itu mencetak gol. Film "Senja di Pelabuhan" diputar di Busan. '
            'Program "Desa Mandiri Sejahtera" dan "Kartu Tani Emas" dibahas. Ditanya soal final, Citra Maharani '
            'menjawab singkat: "Bismillah." Warga menyebutnya dengan julukan "Pak Kades Tajir" sejak lama.')
    assert _speakers(body) == []


def test_partial_quote_attributed_by_its_sentence_is_a_quote():
    body = 'Menteri Perdagangan Hendro Wibisono menyebut kenaikan harga itu "fenomena musiman yang wajar" kemarin.'
    assert _speakers(body) == ["Hendro Wibisono"]


def test_speaker_filter_takes_any_word_of_any_alias():
    from linimasa.quotes import names_match

    names = ["Lalu Muhammad Rizaldi", "Rizaldi", "Lalu Muhammad Rizaldy"]
    assert names_match("Rizaldy", names) and names_match("lalu rizaldi", names)
    assert not names_match("Rizal", names) and not names_match("", names)


def test_speaker_named_in_the_next_paragraph_or_with_kata_before():
    body = ('"Kami sudah siap menghadapi gugatan itu."\n\nDemikian disampaikan Kepala Biro Hukum Kementerian '
            'Perhubungan Andi Prasetyo di Jakarta, Senin.\n\nKata Andi, "Semua dokumen sudah kami serahkan."')
    assert _speakers(body) == ["Andi Prasetyo", "Andi Prasetyo"]


def test_a_quote_ending_its_paragraph_does_not_take_the_next_paragraphs_subject():
    body = ('"Jalur itu sudah kami tutup sejak pagi," kata Kapolres Garut Rudi Hartanto.\n\n'
            '"Pengendara diminta memutar lewat Tasikmalaya sampai sore."\n\nBupati Garut Ahmad Sobari meninjau lokasi.')
    assert _speakers(body) == ["Rudi Hartanto", "Rudi Hartanto"]


def test_frozen_corpus_meets_floors():
    """27 quotes and 5 non-quotes written after the discourse rules were frozen (first measured 0.89 / 0.89,
    no non-quote produced; the two professions and the village head it exposed were added after)."""
    r = evaluate.evaluate(DATA.with_name("news_quotes_frozen.jsonl"))
    assert r["gold"] >= 25 and r["found"] == r["gold"]
    assert r["precision"] >= 0.88 and r["recall"] >= 0.88
    assert r["spurious"] == 0
