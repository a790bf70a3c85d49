"""`linimasa eval entities`: whole, split and missing canonical entities against a story gold."""

from __future__ import annotations

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


def test_invented_bribery_story_is_grouped_whole():
    """A second story of our own, of another kind than the ferry sample: regional offices written out with
    their short form, a company after PT, a region before a name, a lawyer named by his client."""
    import json
    from pathlib import Path

    from linimasa.entities.story_eval import entities_for

    here = Path(__file__).parent
    gold = json.loads((here / "story_bribery.json").read_text(encoding="utf-8"))
    merged, failures = entities_for([str(here / "story_bribery")])
    r = score(gold, merged)
    assert not failures
    assert r["found"] == r["expected"] == 19, r["problems"]
    assert r["roles"] == (10, 10), r["problems"]
    assert r["not_story_present"] == []
