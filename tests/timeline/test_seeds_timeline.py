"""The timeline of the five seed pages against ../shared/gold/seeds.json (skips without ../shared)."""

from __future__ import annotations

import json
import shutil

from linimasa.timeline.evaluate import score, timeline_for


def test_core_entries_dated_and_cited_nothing_forbidden(seed_dir, seeds_gold):
    timeline, failures = timeline_for([str(seed_dir)], {})
    assert not failures
    r = score(timeline, seeds_gold["timeline"])
    assert r["core_date_recall"] == 1.0, r["missing"]
    assert r["violations"] == []
    assert r["date_precision"] >= 0.8
    # the Reykjavik meeting has no date without metadata: listed apart with its hint, never guessed
    reykjavik = next(e for e in seeds_gold["timeline"]["entries"] if e["id"] == "reykjavik")
    undated = [u for u in timeline.undated if any(s.source.endswith(reykjavik["docs"][0]) for s in u.sources)]
    assert undated and any("rabu" in (u.hint or "").lower() for u in undated)
    assert not any(s.source.endswith(reykjavik["docs"][0]) for e in timeline.entries for s in e.sources)


def test_sidecar_date_places_the_undated_meeting(seed_dir, seeds_gold, tmp_path):
    pages = tmp_path / "seeds"
    shutil.copytree(seed_dir, pages)
    example = seeds_gold["metadata_example"]
    (pages / example["file"]).with_suffix(".meta.json").write_text(json.dumps({"published": example["published"]}))
    timeline, _ = timeline_for([str(pages)], {})
    reykjavik = next(e for e in seeds_gold["timeline"]["entries"] if e["id"] == "reykjavik")
    assert any(e.date in reykjavik["accept_with_metadata"] and any(s.source.endswith(example["file"])
                                                                   for s in e.sources) for e in timeline.entries)
    assert score(timeline, seeds_gold["timeline"], with_metadata=True)["core_date_recall"] == 1.0
