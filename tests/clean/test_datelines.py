"""Datelines from the example corpus (tests/clean/data/datelines.tsv): place, outlet evidence, and the body after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from linimasa import entities
from linimasa.clean import clean
from linimasa.model import Document

CASES = [line.split("\t") for line in (Path(__file__).parent / "data" / "datelines.tsv").read_text().splitlines()
         if line and not line.startswith("#")]
MORE = ("Keterangan itu disampaikan dalam jumpa pers di kantor dinas setempat yang dihadiri para pejabat "
        "daerah, perwakilan warga, dan sejumlah wartawan dari berbagai media.")


def _key(name: str | None) -> str:
    return (name or "").casefold().replace(" ", "").removesuffix(".co.id").removesuffix(".com").removesuffix(".id")


@pytest.mark.parametrize("opening,place,outlet,first", CASES, ids=[c[0][:32] for c in CASES])
def test_dateline(opening, place, outlet, first):
    article = clean(Document(source="t.txt", text=f"Judul Berita Contoh Hari Ini\n\n{opening}\n\n{MORE}"))
    assert article.dateline == (None if place == "-" else place)
    assert article.body.startswith(first)
    datelines = [r.text for r in article.removed if r.reason == "dateline"]
    if place == "-" and outlet == "-":
        assert not datelines
    else:
        assert len(datelines) == 1 and opening.startswith(datelines[0])
    if outlet != "-":
        assert _key(article.outlet) == _key(outlet)


@pytest.mark.parametrize("opening,place,outlet,first", [c for c in CASES if c[1] != "-"][:8],
                         ids=[c[0][:32] for c in CASES if c[1] != "-"][:8])
def test_timeml_body_keeps_its_dateline_but_names_no_entity_in_it(opening, place, outlet, first):
    body = f"\n{opening}\n\n{MORE}\n"
    article = clean(Document(source="t.tml", text=body, format="timeml"))
    assert article.body == body and article.dateline == place
    start, end = article.evidence["dateline_span"]
    assert body[end:].lstrip().startswith(first) and body[start:end].startswith(opening.split()[0])
    entities.annotate(article)
    assert all(not start <= m.start < end for e in article.entities for m in e.mentions)


@pytest.mark.parametrize("page,place,outlet", [
    ("Jakarta -\n\n" + MORE, "Jakarta", None),                                    # the first line of the text
    ("Judul Berita Contoh Hari Ini\n\nJAKARTA, Contoh.com -\n\n" + MORE, "Jakarta", "Contoh"),
    ("Judul Berita Contoh Hari Ini\n\nSenin, 3 Maret 2025 10:00 WIB\n\nMedan, Sumut -\n" + MORE, "Medan", None),
])
def test_dateline_on_a_line_of_its_own(page, place, outlet):
    article = clean(Document(source="t.txt", text=page))
    assert (article.dateline, article.body.split()[0]) == (place, MORE.split()[0])
    if outlet:
        assert article.outlet == outlet


def test_dateline_below_leftover_short_lines_opens_the_first_running_text():
    page = "\n\n".join(["Judul Berita Contoh Hari Ini", "Suasana pagi itu.", "Warga berkumpul.", "Hujan turun.",
                        "Palu (ANTARA) - " + MORE])
    article = clean(Document(source="t.txt", text=page))
    assert article.dateline == "Palu" and "Palu (ANTARA)" not in article.body
