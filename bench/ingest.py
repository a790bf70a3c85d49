"""Ingest throughput: pages/s and MB/s for ingest -> clean -> date, as a ratio to a plain read-and-decode pass.

    python bench/ingest.py [--pages 10000]

Both passes run over the same generated pages in the same run, so the ratio says what our
stages cost on top of reading the bytes, whatever the machine.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate_pages  # noqa: E402

from linimasa import clean, dating, ingest  # noqa: E402
from linimasa.model import Failure, InputError  # noqa: E402


def read_and_decode(paths: list[Path]) -> int:
    n = 0
    for p in paths:
        data = p.read_bytes()
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            data.decode("cp1252", "replace")
        n += 1
    return n


def ingest_clean_date(folder: Path) -> tuple[int, int]:
    ok = failed = 0
    for item in ingest.read([folder]):
        if isinstance(item, Failure):
            failed += 1
            continue
        try:
            article = clean.clean(item)
            dating.date_article(article)
            ok += 1
        except InputError:
            failed += 1
    return ok, failed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=10_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = generate_pages(folder, args.pages)
        mb = sum(p.stat().st_size for p in paths) / 1e6
        t0 = time.perf_counter()
        read_and_decode(paths)
        base = time.perf_counter() - t0
        t0 = time.perf_counter()
        ok, failed = ingest_clean_date(folder)
        ours = time.perf_counter() - t0
    print(f"{len(paths)} pages, {mb:.1f} MB")
    print(f"read+decode:        {len(paths) / base:10.0f} pages/s {mb / base:8.2f} MB/s")
    print(f"ingest+clean+date:  {ok / ours:10.0f} pages/s {mb / ours:8.2f} MB/s ({failed} failed)")
    print(f"ratio (ours / read+decode time): {ours / base:.1f}x slower than reading the bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
