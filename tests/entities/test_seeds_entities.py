"""Seeds gold (../shared): every canonical entity found with its aliases merged and its role; non-story names absent."""

from __future__ import annotations

import pytest

from linimasa import ingest, pipeline
from linimasa.entities.canonical import merge


@pytest.fixture(scope="module")
def articles(seeds_gold, seed_dir):
    out = {}
    for name in seeds_gold["documents"]:
        doc = ingest.document_from((seed_dir / name).read_bytes(), source=name)
        out[name] = pipeline.process(doc)
    return out


@pytest.fixture(scope="module")
def merged(articles):
    return merge(list(articles.values()))


def test_entities_absent_per_document(seeds_gold, articles):
    for name, spec in seeds_gold["documents"].items():
        present = {a for e in articles[name].entities for a in e.aliases}
        assert not present & set(spec.get("entities_absent") or []), name


def _expected(seeds_gold):
    for typ, ents in seeds_gold["entities"].items():
        if typ in ("PER", "LOC", "ORG"):
            for name, spec in ents.items():
                yield typ, name, spec


def test_canonical_entities(seeds_gold, merged):
    problems = []
    for typ, name, spec in _expected(seeds_gold):
        owners = {m["id"] for m in merged for a in spec["aliases"] if a in m["aliases"] and m["type"] == typ}
        if len(owners) != 1:
            problems.append(f"{name}: aliases spread over {sorted(owners) or 'nothing'}")
            continue
        ent = next(m for m in merged if m["id"] in owners)
        if spec.get("role") and spec["role"].lower() not in [r.lower() for r in ent["roles"]]:
            problems.append(f"{name}: role {spec['role']!r} not in {ent['roles']}")
        if spec.get("en") and spec["en"] not in ent["aliases"]:
            problems.append(f"{name}: international name {spec['en']} missing")
    assert not problems, "\n".join(problems)


def test_not_story_entities_absent(seeds_gold, merged):
    names = {a for m in merged for a in m["aliases"]}
    present = [n for n in seeds_gold["entities"].get("not_story_entities", []) if n in names]
    assert not present
