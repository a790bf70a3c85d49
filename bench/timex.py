"""Temporal tagging speed: articles/s and chars/s on the kompas-dev texts, against dateparser's search_dates
(languages=['id']) on the same texts in the same run; and time on 0.25/0.5/1 MB adversarial input.

    python bench/timex.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import warnings
from pathlib import Path

from linimasa.time import tag
from linimasa.time.timeml import read

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "kompas-dev"


def texts() -> list[tuple[str, str | None]]:
    if not DEV.is_dir():
        sys.exit(f"needs ../shared/corpus/kompas-dev (not found at {DEV})")
    return [(d.text, d.dct) for d in map(read, sorted(DEV.glob("*.tml")))]


def timed(fn, docs, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for text, dct in docs:
            fn(text, dct)
        best = min(best, time.perf_counter() - t0)
    return best


def adversarial(size: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    pieces = ["1/2/3/4/5/6/7/8/9/", "12.34.56.78.90.", "Januari Februari Maret ", "2014-2015-2016-",
              "Senin (1/1/ ", "pukul 1.2.3.4 ", "tahun tahun tahun ", "((((((", "99/99/9999 ", "se" * 20 + " "]
    out, n = [], 0
    while n < size:
        p = rng.choice(pieces)
        out.append(p)
        n += len(p)
    return "".join(out)[:size]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    docs = texts()
    chars = sum(len(t) for t, _ in docs)
    ours = timed(tag, docs, args.repeat)
    print(f"{len(docs)} articles, {chars:,} characters")
    print(f"linimasa.time.tag:      {len(docs) / ours:8.1f} articles/s {chars / ours:12,.0f} chars/s")
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser not installed: no peer measured (pip install dateparser)")
    else:
        warnings.simplefilter("ignore")
        peer = timed(lambda text, dct: search_dates(text, languages=["id"]), docs, 1)
        print(f"dateparser.search_dates: {len(docs) / peer:8.1f} articles/s {chars / peer:12,.0f} chars/s")
        print(f"ratio: linimasa is {peer / ours:.1f}x the articles/s of dateparser")
    print("adversarial input (digit/slash/dot runs, repeated month names):")
    base = None
    for size in (250_000, 500_000, 1_000_000):
        text = adversarial(size)
        t0 = time.perf_counter()
        tag(text, "2014-03-05")
        seconds = time.perf_counter() - t0
        base = base or seconds / size
        print(f"  {size / 1e6:4.2f} MB: {seconds:6.2f} s  (time per char vs 0.25 MB: {seconds / size / base:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
