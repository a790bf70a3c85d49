"""Language refusal from the example corpus (tests/clean/data/language.tsv), and mojibake repair before cleaning."""

from __future__ import annotations

from pathlib import Path

import pytest

from linimasa.clean import clean
from linimasa.model import Document, InputError

CASES = [line.split("\t") for line in (Path(__file__).parent / "data" / "language.tsv").read_text().splitlines()
         if line and not line.startswith("#")]


@pytest.mark.parametrize("body,expected", CASES, ids=[f"{c[1]}:{c[0][:30]}" for c in CASES])
def test_language(body, expected):
    doc = Document(source="t.txt", text=body.replace(" || ", "\n\n"))
    if expected == "KEEP":
        assert clean(doc).body
    else:
        with pytest.raises(InputError, match=f"not Indonesian text \\(looks like {expected}\\)"):
            clean(doc)


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_mojibake_is_repaired_before_cleaning(fmt):
    good = ("“Kami siap membantu,” kata kepala dinas sosial kepada wartawan di posko pengungsian pada Selasa "
            "sore, ketika hujan kembali turun dan warga yang rumahnya terendam masih bertahan di tenda.")
    broken = good.encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", "\x9d")
    assert "â€œKami" in broken
    text = broken if fmt == "text" else f"<html><body><article><p>{broken}</p><p>{broken}</p></article></body></html>"
    assert "“Kami siap membantu,” kata" in clean(Document(source="t", text=text, format=fmt)).body


def test_timeml_text_is_not_repaired_so_offsets_hold():
    body = "\nâ€œKami siap,â€ kata kepala dinas kepada wartawan di posko pengungsian pada Selasa sore.\n"
    assert clean(Document(source="t.tml", text=body, format="timeml")).body == body
