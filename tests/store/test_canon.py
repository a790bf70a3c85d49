"""The store's canonical entities (linimasa.store.canon) are the whole-store merge, whatever the arrival order.

Reads no longer merge: they read what ingest stored. These tests hold the stored result to the batch merge
of every article (`linimasa.entities.canonical.merge`) on the sample, the seeds and small generated sets,
with the pages stored in several orders, and check that corrections still apply on top.
"""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linimasa import corrections as corr
from linimasa import ingest, pipeline, views
from linimasa.entities.canonical import merge
from linimasa.model import Article, Entity, Failure, Mention
from linimasa.store import Store, canon
from linimasa.timeline import build

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "linimasa" / "sample"


def _annotated(folder: Path) -> list[tuple[Article, str]]:
    out = []
    for doc in ingest.read([str(folder)]):
        if isinstance(doc, Failure):
            continue
        art = pipeline.process_one(doc)
        if not isinstance(art, Failure):
            out.append((art, doc.content_hash))
    return out


def _store(path: Path, items: list[tuple[Article, str]]) -> Store:
    st = Store(path)
    for art, digest in items:
        st.add(art, digest)
    canon.refresh(st)
    return st


@pytest.fixture(scope="module")
def sample_articles() -> list[tuple[Article, str]]:
    return _annotated(SAMPLE)


@pytest.fixture(scope="module")
def seed_articles(shared) -> list[tuple[Article, str]]:
    return _annotated(shared / "corpus" / "seeds")


def _unordered(entities):
    """What an entity is, without the order its aliases and roles are listed in (the arrival order's doing)."""
    return sorted((e["id"], e["name"], e["type"], sorted(e["aliases"]), sorted(e["roles"]), e["mentions"],
                   e["articles"]) for e in entities)


def _check_same_as_batch(items, tmp_path):
    """Stored in three orders: each store's canonical entities are the batch merge of its articles in id
    order, the same entities as the batch merge in the order they were stored (what reads merged before),
    and the timeline is the one that merged by itself."""
    orders = [items, items[::-1], random.Random(7).sample(items, len(items))]
    results = []
    for n, order in enumerate(orders):
        with _store(tmp_path / f"s{n}.db", order) as st:
            stored = list(st.articles())
            ents = views.entities(st)
            assert ents == merge(sorted(stored, key=lambda a: a.id))
            assert _unordered(ents) == _unordered(merge(stored))
            old = build(stored, near_duplicates=st.near_duplicates())  # the timeline merging by itself
            assert views.timeline(st) == old
            results.append(ents)
    assert results[0] == results[1] == results[2]  # the arrival order changes nothing


def test_sample_stored_canonical_entities_are_the_batch_merge(sample_articles, tmp_path):
    assert len(sample_articles) >= 10
    _check_same_as_batch(sample_articles, tmp_path)


def test_seed_stored_canonical_entities_are_the_batch_merge(seed_articles, tmp_path):
    _check_same_as_batch(seed_articles, tmp_path)


def test_quotes_speakers_as_with_the_batch_merge(sample_articles, tmp_path):
    with _store(tmp_path / "q.db", sample_articles) as st:
        arts = list(st.articles())
        canonical = {}
        for ent in merge(sorted(arts, key=lambda a: a.id)):
            for aid in ent["articles"]:
                for alias in ent["aliases"]:
                    canonical.setdefault((aid, alias.casefold()), ent)
        expected = []
        for a in arts:
            for q in a.quotes:
                ent = canonical.get((a.id, (q.speaker or "").casefold()))
                expected.append((a.id, q.start, ent["name"] if ent else q.speaker))
        assert [(r["article"], r["start"], r["speaker"]) for r in views.quotes(st)] == expected
        speaker = next(r["speaker"] for r in views.quotes(st) if r["speaker"])
        assert views.quotes(st, speaker) and all(r["speaker"] == speaker for r in views.quotes(st, speaker))


def test_a_new_article_updates_the_stored_entities(sample_articles, tmp_path):
    with _store(tmp_path / "n.db", sample_articles[:-1]) as st:
        before = views.entities(st)
        st.add(*sample_articles[-1])
        assert not canon.is_current(st.db, [])  # a stored article makes them stale ...
        after = views.entities(st)  # ... and the first reader brings them up to date
        assert canon.is_current(st.db, [])
        assert after == merge(sorted(st.articles(), key=lambda a: a.id)) and after != before


def test_corrections_still_apply_on_top(sample_articles, tmp_path):
    with _store(tmp_path / "c.db", sample_articles) as st:
        people = [e for e in views.entities(st) if e["type"] == "PER" and len(e["articles"]) >= 2]
        a, b = people[0], people[1]
        corr.add(st.db, "merge_entities", {"into": a["name"], "names": [b["name"]]})
        merged = next(e for e in views.entities(st) if e["name"] == a["name"])
        assert set(b["articles"]) <= set(merged["articles"])
        cs = corr.load(st.db)
        arts = corr.apply_articles(sorted(st.articles(), key=lambda a: a.id), cs)
        assert views.entities(st) == corr.apply_entities(merge(arts), cs, arts)
        alias = next(x for x in merged["aliases"] if x != merged["name"])
        corr.add(st.db, "split_entity", {"entity": merged["name"], "alias": alias})
        cs = corr.load(st.db)
        arts = corr.apply_articles(sorted(st.articles(), key=lambda a: a.id), cs)
        assert views.entities(st) == corr.apply_entities(merge(arts), cs, arts)


def test_a_read_only_store_that_is_not_current_merges_in_memory(sample_articles, tmp_path):
    with _store(tmp_path / "r.db", sample_articles) as st:
        expected = views.entities(st)
        st.db.execute("DELETE FROM canon_state")
    with Store(tmp_path / "r.db", read_only=True) as ro:
        assert not canon.is_current(ro.db, [])
        assert views.entities(ro) == expected
        assert views.quotes(ro) and views.timeline(ro).entries


# -- small generated sets: many spellings of a few people, places and companies ----------------------

GIVEN = ["Made", "Andi", "Lalu", "Ketut", "Yusuf"]
SURNAMES = ["Suarjana", "Suarjono", "Rizaldi", "Rizaldy", "Hakim", "Nggaba"]
PLACES = ["Kayangan", "Pelabuhan Kayangan", "Poto Tano", "Pelabuhan Poto Tano", "Lombok", "Jenewa", "Geneva"]
ORGS = ["PT Arunika", "PT Arunika Lintas Samudra", "Arunika", "KNKT", "Komite Nasional Keselamatan Transportasi"]
ROLES = [None, None, "Kepala Dinas Perhubungan", "Bupati", "nakhoda"]


@st.composite
def entity(draw) -> Entity:
    kind = draw(st.sampled_from(["PER", "PER", "PER", "LOC", "ORG"]))
    if kind == "PER":
        parts = draw(st.sampled_from([[GIVEN], [SURNAMES], [GIVEN, SURNAMES], [GIVEN, GIVEN, SURNAMES]]))
        name = " ".join(draw(st.sampled_from(p)) for p in parts)
    else:
        name = draw(st.sampled_from(PLACES if kind == "LOC" else ORGS))
    aliases = draw(st.lists(st.sampled_from(GIVEN + SURNAMES + PLACES + ORGS), max_size=2))
    n = draw(st.integers(1, 4))
    return Entity(id="e", name=name, type=kind, role=draw(st.sampled_from(ROLES)) if kind == "PER" else None,
                  mentions=[Mention(0, 1, name)] * n, aliases=list(dict.fromkeys([name, *aliases])))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(entity(), min_size=1, max_size=5), min_size=1, max_size=8), st.randoms())
def test_generated_sets_any_arrival_order(tmp_path_factory, article_entities, rnd):
    arts = [Article(source=f"a{n}.txt", body="x", id=f"{n:04d}", entities=ents)
            for n, ents in enumerate(article_entities)]
    folder = tmp_path_factory.mktemp("gen")
    results = []
    for k, order in enumerate([arts, rnd.sample(arts, len(arts))]):
        with Store(folder / f"{k}.db") as store:
            for art in order:
                store.add(replace(art), f"hash-{art.id}")
            canon.refresh(store)
            results.append(views.entities(store))
    # the rule: the merge reads articles in id order, so the arrival order never changes the result
    assert results[0] == results[1] == merge(sorted(arts, key=lambda a: a.id))


def test_the_timeline_json_written_entry_by_entry_is_the_same_text(sample_articles, tmp_path):
    import json

    from linimasa.timeline.export import json_chunks

    with _store(tmp_path / "j.db", sample_articles) as st:
        tl = views.timeline(st)
        assert tl.entries and tl.warnings
        assert "".join(json_chunks(tl)) == json.dumps(tl.to_dict(), ensure_ascii=False, indent=2)
