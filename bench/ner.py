"""Speed of the entities + quotes stages, as a ratio to the shared tokenizer alone, measured in the same run.

Usage: .venv/bin/python bench/ner.py [--repeat N]. Bodies come from ../shared (seed pages and kompas-dev
TimeML texts) when present, else from the invented sentences of tests/entities.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from linimasa import entities, quotes  # noqa: E402
from linimasa.model import Article  # noqa: E402
from linimasa.text import tokenize  # noqa: E402


def bodies() -> list[str]:
    shared = ROOT.parent / "shared" / "corpus"
    out = []
    if shared.is_dir():
        out += [p.read_text(encoding="utf-8", errors="replace") for p in sorted((shared / "seeds").glob("*.txt"))]
        for p in sorted((shared / "kompas-dev").glob("*.tml")):
            text = p.read_text(encoding="utf-8", errors="replace")
            m = re.search(r"<TEXT>(.*?)</TEXT>", text, re.S)
            out.append(re.sub(r"<[^>]+>", "", m.group(1) if m else text))
    if not out:
        cases = json.loads((ROOT / "tests" / "entities" / "entity_cases.json").read_text(encoding="utf-8"))["cases"]
        out = [" ".join(c["text"] for c in cases)] * 20
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    texts = bodies()
    n_tokens = sum(len(tokenize(t)) for t in texts)
    entities.annotate(Article(source="warm-up", body=texts[0]))  # load the model once, outside the timing

    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for t in texts:
            tokenize(t)
    tok_time = time.perf_counter() - t0

    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for n, t in enumerate(texts):
            article = Article(source=str(n), id=str(n), body=t)
            entities.annotate(article)
            quotes.annotate(article)
    stage_time = time.perf_counter() - t0

    total = n_tokens * args.repeat
    print(f"{len(texts)} bodies, {n_tokens} tokens, x{args.repeat}")
    print(f"tokenizer alone:        {total / tok_time:>12,.0f} tokens/s")
    print(f"entities + quotes:      {total / stage_time:>12,.0f} tokens/s")
    print(f"ratio (stage/tokenizer): {tok_time / stage_time:.4f}  (the stage takes {stage_time / tok_time:.1f}x the tokenizer's time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
