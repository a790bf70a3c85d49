"""Per-page limits and error boundaries of the pipeline itself."""

from __future__ import annotations

import logging

import pytest

from linimasa import ingest, pipeline
from linimasa.model import Failure, InputError
from tests.robustness.corpus import page


def test_a_page_over_its_time_budget_is_that_pages_failure():
    doc = ingest.document_from(page(1))
    with pytest.raises(InputError, match="time budget"):
        pipeline.process(doc, budget=0.0)
    assert pipeline.process(doc).body  # the default budget is ample for an ordinary page


def test_an_unexpected_exception_in_a_stage_is_a_failure_with_its_type_and_logged(monkeypatch, caplog):
    def broken(article):
        raise ZeroDivisionError("division by zero in a stage")

    monkeypatch.setattr(pipeline, "STAGES", [*pipeline.STAGES[:2], ("broken", broken)])
    with caplog.at_level(logging.DEBUG, logger="linimasa.pipeline"):
        result = pipeline.process_one(ingest.document_from(page(2), source="p.txt"))
    assert isinstance(result, Failure) and result.source == "p.txt"
    assert result.reason == "internal error: ZeroDivisionError: division by zero in a stage"
    assert any(r.exc_info for r in caplog.records)  # the traceback is in the debug log


def test_process_paths_goes_on_after_a_broken_page(tmp_path, monkeypatch):
    for i in range(3):
        (tmp_path / f"p{i}.txt").write_text(page(i) + (" RUSAK" if i == 1 else ""))
    real = pipeline.process

    def flaky(doc, **kw):
        if "RUSAK" in doc.text:
            raise KeyError("x")
        return real(doc, **kw)

    monkeypatch.setattr(pipeline, "process", flaky)
    articles, failures = pipeline.process_paths([str(tmp_path)])
    assert len(articles) == 2 and [f.reason for f in failures] == ["internal error: KeyError: 'x'"]
