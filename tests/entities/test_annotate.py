"""Entities stage on invented sentences: names, types, roles, honorific stripping, short forms, exonyms, credits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linimasa.entities import annotate
from linimasa.model import Article, Removed

CASES = json.loads((Path(__file__).parent / "entity_cases.json").read_text(encoding="utf-8"))["cases"]


def _annotated(text: str) -> Article:
    article = Article(source="test", id="t", body=text)
    annotate(article)
    return article


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_entity_corpus(case):
    article = _annotated(case["text"])
    by_name = {e.name: e for e in article.entities}
    for exp in case["expect"]:
        assert exp["name"] in by_name, f"{exp['name']} not in {sorted(by_name)}"
        ent = by_name[exp["name"]]
        assert ent.type == exp["type"]
        if "role" in exp:
            assert ent.role == exp["role"]
        for alias in exp.get("aliases", []):
            assert alias in ent.aliases
    for name in case.get("absent", []):  # never an entity's name (titled forms may stay among aliases)
        assert name not in by_name


def test_mentions_point_into_body():
    article = _annotated(CASES[0]["text"])
    assert article.entities
    for ent in article.entities:
        for m in ent.mentions:
            assert article.body[m.start:m.end] == m.text


def test_ids_unique_and_stable():
    a, b = _annotated(CASES[1]["text"]), _annotated(CASES[1]["text"])
    assert [e.id for e in a.entities] == [e.id for e in b.entities]
    assert len({e.id for e in a.entities}) == len(a.entities)


def test_empty_body():
    assert _annotated("").entities == []


_PIECES = list("aAbBkKsS .,\"“”'\n-()Jl:") + ["Presiden ", "Menteri ", "dr. ", "Pak ", "AS ", "Jenewa ", "Foto: ", "kata "]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join) | st.text(max_size=120))
def test_annotate_never_crashes(text):
    article = _annotated(text)
    for ent in article.entities:
        assert ent.type in {"PER", "LOC", "ORG"}
        for m in ent.mentions:
            assert text[m.start:m.end] == m.text


def test_lexicon_round_trip(tmp_path):
    from linimasa.entities import lexicon

    sents = [(["Budi", "tinggal", "di", "Kota", "Lama"], ["B-PER", "O", "O", "B-LOC", "I-LOC"])] * 3
    lex = {k: "O" for k in lexicon.common_words(sents)}
    lex.update(lexicon.build(sents))
    path = tmp_path / "lex.tsv"
    lexicon.save(lex, path)
    loaded = lexicon.load(path)
    assert lexicon.is_ordinary("Tinggal", loaded) and not lexicon.is_ordinary("Budi", loaded)
    assert lexicon.match(["ke", "kota", "lama"], loaded) == ["", "B-LOC", "I-LOC"]
    assert lexicon.is_ordinary("yang", lexicon.load())  # the shipped lexicon


@pytest.mark.parametrize("credit", ["Foto: Rudi Hartono/Kantor Berita Nusantara", "Penulis: Rudi Hartono",
                                    "Editor: Rudi Hartono", "(Foto: Rudi Hartono)"])
def test_credit_names_are_not_entities(credit):
    article = _annotated("Bupati Cianjur Herman Sutisna meninjau lokasi banjir.\n" + credit)
    assert not any("Hartono" in a for e in article.entities for a in e.aliases)


def test_titled_form_kept_as_alias_not_name():
    article = _annotated("Menteri Perhubungan Arief Setyobudi tiba di pelabuhan. Menhub Arief lalu memeriksa kapal.")
    ent = next(e for e in article.entities if e.name == "Arief Setyobudi")
    assert "Arief" in ent.aliases and ent.role == "Menteri Perhubungan"


def test_bracketed_blend_of_an_office_is_not_the_short_form_of_the_body_before_it():
    # "Danlanal" blends "komanDAN pangkaLAN AL": it abbreviates the commander's office, not the navy
    article = _annotated("Komandan Pangkalan TNI AL (Danlanal) Bitung Kolonel Laut (P) Hari Purnomo mengatakan kapal "
                         "patroli dikerahkan. TNI AL juga mengirim helikopter.")
    assert not any("Danlanal" in a for e in article.entities if e.type != "PER" for a in e.aliases)
    assert any(e.name == "TNI AL" and e.type == "ORG" for e in article.entities)


@pytest.mark.parametrize(("short", "long", "ok"), [
    ("Basarnas", "Badan Nasional Pencarian dan Pertolongan", True),
    ("Polri", "Kepolisian Negara Republik Indonesia", True),
    ("SAR", "Kantor Pencarian dan Pertolongan", True),  # capitals may spell a foreign name
    ("Danlanal", "TNI AL", False),
    ("Kemenkes", "Dinas Perhubungan", False),
])
def test_abbreviates(short, long, ok):
    from linimasa.entities import _abbreviates

    assert _abbreviates(short, long.split()) is ok


def test_dateline_place_joins_its_entity_with_the_printed_form():
    body = "Tim gabungan kembali menyisir perairan Selat Lombok. Kapal tiba di Mataram pada sore hari."
    article = Article(source="t", id="t", body=body, dateline="Mataram",
                      removed=[Removed("MATARAM, Kabar Rinjani -", "dateline")])
    annotate(article)
    places = [e for e in article.entities if e.name == "Mataram"]
    assert len(places) == 1 and places[0].type == "LOC"
    assert "MATARAM" in places[0].aliases and len(places[0].mentions) == 1


def test_dateline_place_absent_from_body_is_no_story_entity():
    """Where a story was filed is not a place of the story: a place only in the dateline makes no entity."""
    article = Article(source="t", id="t", body="Harga cabai naik dua kali lipat sejak pekan lalu.",
                      dateline="Kupang", removed=[Removed("KUPANG -", "dateline")])
    annotate(article)
    assert all(e.name != "Kupang" for e in article.entities)


def test_dateline_span_from_the_cleaner_is_skipped():
    body = "MATARAM - Gubernur NTB meninjau pelabuhan di Mataram."
    article = Article(source="t", id="t", body=body)
    article.evidence["dateline_span"] = (0, 7)
    annotate(article)
    place = next(e for e in article.entities if e.name == "Mataram")
    assert [m.start for m in place.mentions] == [body.rindex("Mataram")]


def test_kinship_before_a_name_is_not_that_persons_role():
    article = _annotated("Istri Bambang Sulistyo menunggu di dermaga sejak pagi. Bambang Sulistyo adalah juru mesin.")
    ent = next(e for e in article.entities if e.name == "Bambang Sulistyo")
    assert ent.role is None or "istri" not in ent.role.lower()


def test_names_in_a_list_do_not_take_the_office_of_the_name_before():
    article = _annotated("Presiden Joko Widodo, Ma'ruf Amin, dan para menteri hadir. Pengacara Darmawan, Fikri Nasution, "
                         "ikut hadir.")
    by_name = {e.name: e for e in article.entities}
    assert by_name["Joko Widodo"].role == "Presiden"
    assert by_name["Ma'ruf Amin"].role is None
    assert by_name["Darmawan"].role is None and by_name["Fikri Nasution"].role == "Pengacara Darmawan"
