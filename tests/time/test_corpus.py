"""The temporal tagger against its example corpora (tests/time/data), the seeds gold, and arbitrary input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import linimasa
from linimasa.time import tag

DATA = Path(__file__).parent / "data"


def _sentences():
    for line in (DATA / "corpus.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            dct, text, *rest = line.split("\t")
            expected = []
            for item in filter(None, (x.strip() for x in (rest[0] if rest else "").split(" | "))):
                span, typed = item.rsplit(" = ", 1)
                kind, value = typed.split(" ", 1)
                expected.append((span, kind, value))
            yield pytest.param(dct, text, expected, id=text[:40])


def _expressions():
    for line in (DATA / "expressions.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            text, dct, kind, value = line.split("\t")
            yield pytest.param(text, dct, kind, value, id=text[:40])


@pytest.mark.parametrize("dct,text,expected", list(_sentences()))
def test_sentence(dct, text, expected):
    got = [(t.text, t.type, t.value) for t in tag(text, dct)]
    assert got == expected


@pytest.mark.parametrize("text,dct,kind,value", list(_expressions()))
def test_expression_alone(text, dct, kind, value):
    got = [(t.text, t.type, t.value) for t in tag(text, dct or None)]
    assert got == [(text, kind, value)]


def test_corpus_size():
    cases = sum(len(p.values[2]) or 1 for p in _sentences()) + sum(1 for _ in _expressions())
    assert cases >= 400


def test_seed_timexes(seeds_gold, seed_dir):
    for name, doc in seeds_gold["documents"].items():
        runs = [(None, "accept")] + ([(seeds_gold["metadata_example"]["published"], "accept_with_metadata")]
                                     if doc["dct"]["accept"] == [None] else [])
        for published, key in runs:
            article = linimasa.annotate((seed_dir / name).read_bytes(), published=published, source=name)
            for g in doc["timexes"]:
                accept = g.get(key, g["accept"])
                spans = [g["text"], *g.get("span_accept", [])]
                # head nouns are inside the span by the conventions ("hari Jumat (21/1/2022)")
                hits = [t for t in article.timexes if any(s in t.text for s in spans)]
                good = [t for t in hits if t.type == g["type"] and t.value in accept]
                if g.get("optional") and not hits:
                    continue
                assert len(good) >= g.get("count", 1), (name, published, g, [(t.text, t.value) for t in hits])


def test_seed_timexes_tagged_directly(seeds_gold, seed_dir):
    """The tagger alone on each seed's raw text, with the gold DCT (or none), and the metadata date for pages
    whose DCT is unknowable: every gold timex is found with its type, an accepted value and its count."""
    for name, doc in seeds_gold["documents"].items():
        raw = (seed_dir / name).read_bytes().decode("utf-8", errors="replace")
        runs = [(doc["dct"]["accept"][0], "accept")]
        if doc["dct"]["accept"] == [None]:
            runs.append((seeds_gold["metadata_example"]["published"], "accept_with_metadata"))
        for dct, key in runs:
            timexes = tag(raw, dct)
            assert all(raw[t.start:t.end] == t.text for t in timexes)
            for g in doc["timexes"]:
                accept = g.get(key, g["accept"])
                spans = [g["text"], *g.get("span_accept", [])]
                hits = [t for t in timexes if any(s in t.text for s in spans)]
                good = [t for t in hits if t.type == g["type"] and t.value in accept]
                if g.get("optional") and not hits:
                    continue
                assert len(good) >= g.get("count", 1), (name, dct, g, [(t.text, t.value) for t in hits])


def test_no_dct_leaves_relative_values_underspecified():
    values = {t.text: t.value for t in tag("Rapat digelar Rabu dan berlanjut pada Juni, lalu 3 Maret 2014.")}
    assert values == {"Rabu": "XXXX-WXX-3", "Juni": "XXXX-06", "3 Maret 2014": "2014-03-03"}


def test_contradicting_weekday_keeps_the_date_and_warns():
    from linimasa.time.tagger import tag_with_warnings

    timexes, warnings = tag_with_warnings("Rapat digelar Senin (9/3/2014).", "2014-03-10")
    assert timexes[0].value == "2014-03-09" and warnings and "Senin" in warnings[0]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=6) | st.sampled_from(
    ["Senin", " (3/3/2014)", " pukul 10.00", " 2014", " Maret", " hari ", " lalu", " kemudian", "/", ".", "-",
     " tanggal 31", " 29 Februari", " Minggu", " dua ", " jam", " setiap"]), max_size=60).map("".join),
    st.sampled_from([None, "2014-03-05", "2021-06", "2020"]))
def test_any_input_gives_clean_spans(text, dct):
    spans = tag(text, dct)
    last = 0
    for t in spans:
        assert 0 <= t.start < t.end <= len(text) and text[t.start:t.end] == t.text
        assert t.start >= last and t.text == t.text.strip()
        last = t.end


def test_timeml_round_trip_on_dev_files(shared, tmp_path):
    from linimasa.cli import main
    from linimasa.time import timeml

    src = shared / "corpus" / "kompas-dev"
    assert main(["timex", "--format", "timeml", str(src), "--out", str(tmp_path)]) == 0
    import xml.etree.ElementTree as ET

    for path in sorted(src.glob("*.tml")):
        before, out = timeml.read(path), timeml.read(tmp_path / path.name)
        # the text is unchanged; the output is UTF-8 XML whatever the input's encoding
        assert out.text == before.text and out.encoding == "utf-8"
        assert out.raw.startswith(timeml.DECLARATION)
        ET.fromstring((tmp_path / path.name).read_bytes())
        strip = timeml._DECL.sub("", before.raw[:before.text_start]).lstrip()
        assert out.raw[len(timeml.DECLARATION):out.text_start] == strip.replace("&", "&amp;") or "&" in strip


def test_dev_gold_scores(shared):
    from linimasa.time.evaluate import evaluate_dirs

    r = evaluate_dirs(shared / "corpus" / "kompas-dev-gold")
    # floors below the measured numbers (0.99 / 1.00 / 0.99): a regression guard, not a target
    assert r["strict"][2] >= 0.95 and r["relaxed"][2] >= 0.97 and r["value_f1"] >= 0.93
    json.dumps(r["errors"])
