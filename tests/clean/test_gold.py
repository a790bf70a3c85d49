"""Cleaning and dating against the seeds gold (../shared) and our own sample corpus gold."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from linimasa import ingest, pipeline
from tests.clean.gold_checks import check_all

SAMPLE = Path(str(resources.files("linimasa") / "sample"))


def test_seed_pages_clean_and_date_as_the_gold_says(seed_dir, seeds_gold):
    failures = {k: v for k, v in check_all(seed_dir, seeds_gold).items() if v}
    assert not failures, json.dumps(failures, indent=1, ensure_ascii=False)


def test_undated_seed_takes_the_sidecar_date(seed_dir, seeds_gold):
    example = seeds_gold["metadata_example"]
    doc = ingest.document_from((seed_dir / example["file"]).read_bytes(), source=example["file"],
                               meta={"published": example["published"]})
    article = pipeline.process(doc)
    assert article.published.value == example["published"] and article.published.source == "metadata"


@pytest.mark.parametrize("name", sorted(json.loads((SAMPLE / "EXPECTED.json").read_text())["documents"]))
def test_sample_corpus_page(name):
    gold = json.loads((SAMPLE / "EXPECTED.json").read_text())
    result = check_all(SAMPLE, {"documents": {name: gold["documents"][name]}})
    assert not result[name], result[name]
