"""`linimasa ner --conll` and `linimasa eval ner`: formats, and the span scorer on hand-made tag sequences."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from linimasa.cli import main
from linimasa.entities.conll import map_tag, spans
from linimasa.entities.evaluate import score

SAMPLE = Path(__file__).parent / "sample.conll"


def test_spans_exact_match():
    assert spans(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"]) == {(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")}


@pytest.mark.parametrize("raw,mapped", [("B-PERSON", "B-PER"), ("I-PLACE", "I-LOC"), ("B-ORGANISATION", "B-ORG"),
                                        ("B-PPL", "B-PER"), ("I-IND", "I-ORG"), ("B-EVT", "O"), ("O", "O")])
def test_label_mapping(raw, mapped):
    assert map_tag(raw) == mapped


def test_score_partial_span_is_wrong():
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]
    result = score(gold, pred)
    assert result["LOC"]["f1"] == 1.0
    assert result["PER"]["precision"] == 0.0 and result["PER"]["recall"] == 0.0
    assert result["micro"]["precision"] == 0.5 and result["micro"]["recall"] == 0.5


def test_ner_cli_round_trip(monkeypatch, capsys):
    tokens = [line.split("\t")[0] for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(tokens) + "\n"))
    assert main(["ner", "--conll", "-"]) == 0
    out = capsys.readouterr().out.split("\n")
    assert [line.split("\t")[0] for line in out[:len(tokens)]] == tokens
    tags = [line.split("\t")[1] for line in out if "\t" in line]
    assert all(t == "O" or t[:2] in ("B-", "I-") and t[2:] in ("PER", "LOC", "ORG") for t in tags)
    assert "B-PER" in tags


def test_eval_ner_prints_report(capsys):
    assert main(["eval", "ner", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "micro avg" in out and "PER" in out


def test_eval_ner_missing_file(capsys):
    assert main(["eval", "ner", "no-such-file.conll"]) == 2
