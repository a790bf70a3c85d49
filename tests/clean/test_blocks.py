"""Blocks of links and footer headlines (tests/clean/data/blocks.tsv): removed under their heading, article lines kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from linimasa.clean import clean
from linimasa.model import Document

CASES = [line.split("\t") for line in (Path(__file__).parent / "data" / "blocks.tsv").read_text().splitlines()
         if line and not line.startswith("#")]
PROSE = ["Pemerintah kota meresmikan taman baru di pusat kota pada Senin pagi dengan mengundang ratusan warga sekitar.",
         "Taman seluas dua hektare itu dilengkapi jalur lari, area bermain anak, dan perpustakaan kecil bagi warga."]


@pytest.mark.parametrize("page,gone,kept", CASES, ids=[c[0][30:70] for c in CASES])
def test_block(page, gone, kept):
    n = iter(range(100))
    text = page.replace(" || ", "\n\n").replace(" | ", "\n")
    while "PROSE" in text:
        text = text.replace("PROSE", PROSE[next(n) % 2], 1)
    paragraphs = clean(Document(source="t.txt", text=text)).body.split("\n\n")
    for line in [] if gone == "-" else gone.split(" ;; "):
        assert line not in paragraphs
    for line in [] if kept == "-" else kept.split(" ;; "):
        assert line in paragraphs
    assert all(any(p in q for q in paragraphs) for p in PROSE)
