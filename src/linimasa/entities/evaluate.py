"""`linimasa eval ner CONLL_FILE`: exact-match span precision/recall/F1 per type and micro average."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from linimasa.entities.conll import read_tagged, spans


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    """Per-type and "micro" {precision, recall, f1, support} over exact spans of paired tag sequences."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = spans(g), spans(p)
        for s in ps & gs:
            tp[s[2]] += 1
        for s in ps - gs:
            fp[s[2]] += 1
        for s in gs - ps:
            fn[s[2]] += 1
    out = {}
    for typ in sorted(set(tp) | set(fp) | set(fn)):
        out[typ] = _prf(tp[typ], fp[typ], fn[typ])
    out["micro"] = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return out


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "support": tp + fn}


def format_report(result: dict[str, dict[str, float]]) -> str:
    lines = [f"{'':>10} {'precision':>9} {'recall':>9} {'f1-score':>9} {'support':>9}"]
    for typ, m in result.items():
        if typ == "micro":
            lines.append("")
            typ = "micro avg"
        lines.append(f"{typ:>10} {m['precision']:>9.4f} {m['recall']:>9.4f} {m['f1']:>9.4f} {int(m['support']):>9}")
    return "\n".join(lines)


def evaluate_file(path: str, model: str | None = None) -> dict[str, dict[str, float]]:
    from linimasa.entities.tagger import tag_sentences, use_model

    if model:
        use_model(Path(model))
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8")
    with stream:
        data = list(read_tagged(stream))
    gold = [t for _w, t in data]
    pred = tag_sentences([w for w, _t in data])
    return score(gold, pred)


def register_eval(evals) -> None:
    p = evals.add_parser("ner", help="span P/R/F1 of the NER tagger on a token<TAB>tag CoNLL file")
    p.add_argument("conll_file", metavar="CONLL_FILE", help="gold file (NERGrit labels or PER/LOC/ORG), '-' for stdin")
    p.add_argument("--model", metavar="FILE", help="another trained model (default: the shipped one)")
    p.set_defaults(func=_run)


def _run(args) -> int:
    from linimasa.cli.output import error

    try:
        result = evaluate_file(args.conll_file, args.model)
    except OSError as exc:
        error(f"cannot read {args.conll_file}: {exc.strerror or exc}")
        return 2
    print(format_report(result))
    return 0
