"""The bundled sample story's timeline against its own gold (src/linimasa/sample/EXPECTED.json)."""

from __future__ import annotations

import json
from pathlib import Path

from linimasa.model import SourceRef
from linimasa.timeline.evaluate import _cites, score, timeline_for

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "linimasa" / "sample"


def test_sample_core_entries_dated_and_cited_nothing_forbidden():
    gold = json.loads((SAMPLE / "EXPECTED.json").read_text(encoding="utf-8"))
    timeline, failures = timeline_for([str(SAMPLE)], {})
    assert not failures
    r = score(timeline, gold["timeline"])
    assert r["core_date_recall"] == 1.0, r["missing"]
    assert r["violations"] == []
    assert r["date_precision"] >= 0.9


def test_a_gold_document_may_name_one_record_of_a_jsonl_file():
    record = [SourceRef(article="a", source="corpus/news.jsonl#2", title="t", sentence="s")]
    assert _cites(record, ["news.jsonl#2"]) and _cites(record, ["news.jsonl"])
    assert not _cites(record, ["news.jsonl#1"])
