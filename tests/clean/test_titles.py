"""Titles of text dumps from the example corpus (tests/clean/data/titles.tsv): the headline without the site's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from linimasa.clean import clean
from linimasa.model import Document

CASES = [line.split("\t") for line in (Path(__file__).parent / "data" / "titles.tsv").read_text().splitlines()
         if line and not line.startswith("#")]
BODY = ("Harga gabah kering panen di tingkat petani turun sekitar lima persen dalam sepekan terakhir menurut catatan "
        "dinas pertanian. Petani berharap pemerintah segera menyerap gabah melalui perum pengadaan pangan.")


@pytest.mark.parametrize("top,title,outlet", CASES, ids=[c[0][:40] for c in CASES])
def test_title(top, title, outlet):
    text = top.replace(" || ", "\n\n")
    article = clean(Document(source="t.txt", text=f"{text}\n\n{BODY}"))
    assert article.title == title
    if outlet != "-":
        assert article.outlet == outlet
