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
