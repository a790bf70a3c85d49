"""Speaker precision and recall of the quote finder on an annotated corpus (JSON Lines of text + quotes).

    python -m linimasa.quotes.evaluate tests/quotes/data/news_quotes.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import linimasa


def _same_person(predicted: str | None, gold: str) -> bool:
    return bool(predicted) and (predicted or "").casefold() == gold.casefold()


def evaluate(path: str | Path) -> dict:
    gold_total = found = attributed = correct = spurious = 0
    misses: list[tuple[str, object, object, str | None]] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        article = linimasa.annotate(case["text"])
        for g in case["quotes"]:
            gold_total += 1
            hit = next((q for q in article.quotes if q.text.startswith(g["starts"])), None)
            if hit is None:
                misses.append(("missed", g["starts"], g["speaker"], None))
                continue
            found += 1
            if hit.speaker:
                attributed += 1
                if _same_person(hit.speaker, g["speaker"]):
                    correct += 1
                    continue
            misses.append(("wrong speaker", g["starts"], g["speaker"], hit.speaker))
        for text in case.get("absent", []):
            if any(q.text.startswith(text) for q in article.quotes):
                spurious += 1
                misses.append(("not a quote", text, None, None))
    return {"gold": gold_total, "found": found, "attributed": attributed, "correct": correct,
            "spurious": spurious, "precision": correct / attributed if attributed else 0.0,
            "recall": correct / gold_total if gold_total else 0.0, "errors": misses}


def main(argv: list[str] | None = None) -> int:
    paths = (argv if argv is not None else sys.argv[1:]) or [str(Path(__file__).parents[3] / "tests/quotes/data")]
    files = [p for a in paths for p in (sorted(Path(a).glob("*.jsonl")) if Path(a).is_dir() else [Path(a)])]
    for f in files:
        r = evaluate(f)
        print(f"{f.name}: {r['gold']} gold quotes, found {r['found']}, speaker precision {r['precision']:.3f}, "
              f"recall {r['recall']:.3f}, non-quotes produced {r['spurious']}")
        for kind, text, gold, got in r["errors"]:
            print(f"  {kind}: {text[:50]!r} gold={gold} got={got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
