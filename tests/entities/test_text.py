"""Tokenizer and sentence splitter: offsets always match, corpus of invented sentences splits as written."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linimasa.text import sentences, tokenize

CASES = [
    line.split("\t")
    for line in (Path(__file__).parent / "text_cases.tsv").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]


@pytest.mark.parametrize("text,expected", CASES)
def test_sentence_corpus(text, expected):
    text = text.replace("\\n", "\n")
    assert [s.text for s in sentences(text)] == expected.split(" || ")


@pytest.mark.parametrize("text,token", [
    ("di Jl. Sudirman", "Jl."), ("naik 1.234,5 persen", "1.234,5"), ("oleh H. Ahmad", "H."),
    ("kata KOMPAS.com hari ini", "KOMPAS.com"), ("orang-orang datang", "orang-orang"),
    ("lihat https://contoh.id/a.html.", "https://contoh.id/a.html"), ("Ani, S.H., hadir", "S.H."),
])
def test_single_tokens(text, token):
    assert token in [t.text for t in tokenize(text)]


def test_quotes_are_own_tokens():
    assert [t.text for t in tokenize('"Ya," katanya.')] == ['"', "Ya", ",", '"', "katanya", "."]


@given(st.text())
def test_offsets_always_match(text):
    for span in tokenize(text) + sentences(text):
        assert text[span.start:span.end] == span.text
    toks = tokenize(text)
    assert all(a.end <= b.start for a, b in zip(toks, toks[1:], strict=False))
