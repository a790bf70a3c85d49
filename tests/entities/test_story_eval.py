"""`linimasa eval entities`: whole, split and missing canonical entities against a story gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linimasa.entities.story_eval import score

GOLD = {"entities": {
    "PER": {"Rina Wulandari": {"aliases": ["Rina Wulandari", "Rina"], "role": "Kepala Dinas Perikanan"},
            "Johan Siregar": {"aliases": ["Johan Siregar"]}},
    "LOC": {"Bima": {"aliases": ["Bima"]}},
    "ORG": {},
    "not_story_entities": ["Dedi Penulis"],
}}


def ent(id_, name, typ, aliases, roles=()):
    return {"id": id_, "name": name, "type": typ, "aliases": aliases, "roles": list(roles)}


def test_whole_split_missing_roles_and_leaks_are_counted():
    merged = [ent("a", "Rina Wulandari", "PER", ["Rina Wulandari"], ["Kepala Dinas Perikanan"]),
              ent("b", "Rina", "PER", ["Rina"]),
              ent("c", "Bima", "LOC", ["Bima"]),
              ent("d", "Dedi Penulis", "PER", ["Dedi Penulis"])]
    r = score(GOLD, merged)
    assert (r["expected"], r["found"], r["split"], r["missing"]) == (3, 1, 1, 1)
    assert r["roles"] == (1, 1)
    assert r["not_story_present"] == ["Dedi Penulis"]
    assert r["other_entities"] == 1
    assert abs(r["form_recall"] - 2 / 4) < 1e-9


def test_a_wrong_type_does_not_count_as_found():
    r = score(GOLD, [ent("c", "Bima", "PER", ["Bima"])])
    assert r["found"] == 0 and r["missing"] == 3


STORIES = Path(__file__).parent / "stories"


@pytest.mark.parametrize("story", sorted(p.stem for p in STORIES.glob("*.json")))
def test_invented_stories_are_grouped_whole_with_roles_and_speakers(story):
    """Stories of our own, of other kinds than the ferry sample (bribery, football, a bank takeover, a
    diplomatic meeting, a break-in, an election, an earthquake), each written to see how grouping carries to
    its kind of copy before the rules it exposed were fixed; each gold says what it probes."""
    from linimasa import pipeline
    from linimasa.entities.canonical import merge

    gold = json.loads((STORIES / f"{story}.json").read_text(encoding="utf-8"))
    articles, failures = pipeline.process_paths([str(STORIES / story)])
    assert not failures
    merged = merge(articles)
    r = score(gold, merged)
    assert r["found"] == r["expected"], r["problems"]
    assert r["roles"][0] == r["roles"][1], r["problems"]
    assert r["not_story_present"] == []
    canonical = {a: m["name"] for m in merged if m["type"] == "PER" for a in m["aliases"]}
    said = {q.text[:30]: canonical.get(q.speaker, q.speaker) for a in articles for q in a.quotes}
    for q in gold.get("quotes", []):
        assert [v for k, v in said.items() if k.startswith(q["starts"][:30])] == [q["speaker"]], q
