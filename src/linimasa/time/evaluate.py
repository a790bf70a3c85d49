"""`linimasa eval timex GOLD_DIR [SYSTEM_DIR] [--errors]`: TempEval-3 measures for TIMEX3.

Strict and relaxed (any overlap) span precision/recall/F1, and type and value attribute F1
(relaxed F1 x the attribute's accuracy over relaxed matches), as in TempEval-3. Without
SYSTEM_DIR the gold files' text is tagged in memory with their own DCT.
"""

from __future__ import annotations

from pathlib import Path

from linimasa.model import Timex
from linimasa.time import tag
from linimasa.time.timeml import gold_timexes, read


def _prf(tp_p: int, n_sys: int, tp_r: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_p / n_sys if n_sys else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(pairs: list[tuple[list[Timex], list[Timex]]]) -> dict:
    n_gold = n_sys = strict = relaxed_p = relaxed_r = type_ok = value_ok = matched = 0
    errors: list[tuple[str, str, str]] = []
    for gold, system in pairs:
        n_gold += len(gold)
        n_sys += len(system)
        for s in system:
            if any(g.start == s.start and g.end == s.end for g in gold):
                strict += 1
            if any(g.start < s.end and s.start < g.end for g in gold):
                relaxed_p += 1
            else:
                errors.append(("spurious", f"{s.text} [{s.type} {s.value}]", ""))
        for g in gold:
            match = next((s for s in system if g.start < s.end and s.start < g.end), None)
            if match is None:
                errors.append(("missed", f"{g.text} [{g.type} {g.value}]", ""))
                continue
            relaxed_r += 1
            matched += 1
            type_ok += match.type == g.type
            value_ok += match.value == g.value
            if match.value != g.value or match.type != g.type or (match.start, match.end) != (g.start, g.end):
                errors.append(("wrong", f"{g.text} [{g.type} {g.value}]", f"{match.text} [{match.type} {match.value}]"))
    sp, sr, sf = _prf(strict, n_sys, strict, n_gold)
    rp, rr, rf = _prf(relaxed_p, n_sys, relaxed_r, n_gold)
    type_acc = type_ok / matched if matched else 0.0
    value_acc = value_ok / matched if matched else 0.0
    return {"gold": n_gold, "system": n_sys, "strict": (sp, sr, sf), "relaxed": (rp, rr, rf),
            "type_f1": rf * type_acc, "value_f1": rf * value_acc, "type_accuracy": type_acc,
            "value_accuracy": value_acc, "errors": errors}


def evaluate_dirs(gold_dir: str | Path, system_dir: str | Path | None = None) -> dict:
    pairs = []
    for path in sorted(Path(gold_dir).glob("*.tml")):
        doc = read(path)
        gold = gold_timexes(doc.raw)
        if system_dir:
            system = gold_timexes(read(Path(system_dir) / path.name).raw)
        else:
            system = tag(doc.text, doc.dct)
        pairs.append((gold, system))
    return score(pairs)


def report(r: dict) -> str:
    lines = [f"gold {r['gold']}  system {r['system']}"]
    for name in ("strict", "relaxed"):
        p, rec, f = r[name]
        lines.append(f"{name:8s} P {p:.3f}  R {rec:.3f}  F1 {f:.3f}")
    lines.append(f"type   F1 {r['type_f1']:.3f} (accuracy {r['type_accuracy']:.3f})")
    lines.append(f"value  F1 {r['value_f1']:.3f} (accuracy {r['value_accuracy']:.3f})")
    return "\n".join(lines)


def register_eval(evals) -> None:
    p = evals.add_parser("timex", help="TempEval-3 scores of TIMEX3 tagging against a gold TimeML folder")
    p.add_argument("gold_dir")
    p.add_argument("system_dir", nargs="?")
    p.add_argument("--errors", action="store_true", help="list missed, spurious and wrongly valued expressions")
    p.set_defaults(func=_run)


def _run(args) -> int:
    r = evaluate_dirs(args.gold_dir, args.system_dir)
    if not r["gold"]:
        from linimasa.cli.output import error

        error(f"no gold TIMEX3 in {args.gold_dir}: give a folder of annotated *.tml files")
        return 2
    print(report(r))
    if args.errors:
        for kind, gold, system in r["errors"]:
            print(f"{kind:8s} {gold}" + (f"  -> {system}" if system else ""))
    return 0
