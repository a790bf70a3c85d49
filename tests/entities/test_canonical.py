"""Cross-article merge: spelling variants and short forms join; different people sharing a surname never do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linimasa.entities import annotate
from linimasa.entities.canonical import merge
from linimasa.model import Article, Entity, Mention

CASES = json.loads((Path(__file__).parent / "merge_cases.json").read_text(encoding="utf-8"))["cases"]


def _articles(case) -> list[Article]:
    out = []
    for n, ents in enumerate(case["articles"]):
        entities = [Entity(id=f"e{k}", name=e["name"], type=e["type"], role=e.get("role"),
                           mentions=[Mention(0, len(e["name"]), e["name"])], aliases=e.get("aliases", [e["name"]]))
                    for k, e in enumerate(ents)]
        out.append(Article(source=f"a{n}", id=f"a{n}", entities=entities))
    return out


def _owner(merged, name):
    owners = [m["id"] for m in merged if name in m["aliases"]]
    assert len(owners) == 1, f"{name} found in {owners}"
    return owners[0]


@pytest.mark.parametrize("case", CASES)
def test_merge_corpus(case):
    merged = merge(_articles(case))
    for group in case.get("same", []):
        assert len({_owner(merged, n) for n in group}) == 1, group
    for a, b in case.get("different", []):
        assert _owner(merged, a) != _owner(merged, b)


def test_output_shape_and_counts():
    merged = merge(_articles(CASES[0]))
    assert len(merged) == 1
    ent = merged[0]
    assert set(ent) == {"id", "name", "type", "aliases", "roles", "mentions", "articles"}
    assert ent["articles"] == ["a0", "a1", "a2"] and ent["mentions"] == 3
    assert ent["roles"] == ["Menteri Pertahanan"]


def test_merge_accepts_article_dicts():
    arts = [a.to_dict() for a in _articles(CASES[3])]
    assert any(m["name"] == "Amerika Serikat" for m in merge(arts))


def test_end_to_end_variants():
    bodies = ["Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jenewa. Lavrov langsung menggelar rapat.",
              "Menteri Luar Negeri Rusia Sergey Lavrov berbicara di Moskow pada Selasa."]
    arts = []
    for n, body in enumerate(bodies):
        a = Article(source=str(n), id=f"a{n}", body=body)
        annotate(a)
        arts.append(a)
    merged = merge(arts)
    owner = _owner(merged, "Sergei Lavrov")
    assert owner == _owner(merged, "Sergey Lavrov") == _owner(merged, "Lavrov")
    ent = next(m for m in merged if m["id"] == owner)
    assert "Menteri Luar Negeri Rusia" in ent["roles"] and ent["articles"] == ["a0", "a1"]
