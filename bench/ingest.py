"""Whole-pipeline ingest on distinct pages: rate against trafilatura.extract, per-stage split, --jobs 2 / --jobs 1.

    python bench/ingest.py [--pages 600] [--jobs 2]

Pages come from `bench/generate.py`: every page distinct (renamed people and places, shifted
dates, varied numbers and boilerplate), so none is skipped as a duplicate and every one is
analysed and stored. All timings run in this process's run on the same pages:

1. `trafilatura.extract` alone on the HTML pages (the peer: only the first step of our work);
2. the whole pipeline (read, clean, every stage of `pipeline.STAGES`, store) on the same HTML
   pages, one process, into a fresh store: the ratio of its rate to (1), and where its time goes;
3. all pages (text dumps and HTML) into fresh stores with `--jobs 1` and with `--jobs N`: the ratio.

The machine may be shared: the load average at the start is printed beside the figures.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate_pages  # noqa: E402

from linimasa import clean, parallel, pipeline  # noqa: E402
from linimasa.cli.ingest_cmd import ingest_into  # noqa: E402
from linimasa.store import Store  # noqa: E402


def trafilatura_alone(paths: list[Path]) -> float:
    import trafilatura

    t0 = time.perf_counter()
    for p in paths:
        trafilatura.extract(p.read_bytes().decode("utf-8"))
    return time.perf_counter() - t0


def timed_pipeline(paths: list[Path], db: Path) -> tuple[float, dict[str, float], int]:
    """One process into a fresh store, each stage wrapped with a timer: (seconds, seconds per stage, stored)."""
    spent: dict[str, float] = defaultdict(float)

    def timed(name, fn):
        def run(*args, **kw):
            t0 = time.perf_counter()
            try:
                return fn(*args, **kw)
            finally:
                spent[name] += time.perf_counter() - t0
        return run

    saved = (clean.clean, list(pipeline.STAGES), Store.add)
    clean.clean = timed("clean", clean.clean)
    pipeline.STAGES[:] = [(name, timed(name, fn)) for name, fn in pipeline.STAGES]
    Store.add = timed("store", Store.add)
    try:
        with Store(db) as store:
            t0 = time.perf_counter()
            counts, _failures = ingest_into(store, paths, jobs=1)
            total = time.perf_counter() - t0
    finally:
        clean.clean, pipeline.STAGES[:], Store.add = saved[0], saved[1], saved[2]
    spent["read, decode, hashing"] = total - sum(spent.values())
    return total, dict(spent), counts["new"] + counts["near-duplicate"]


def ingest_seconds(folder: Path, db: Path, jobs: int) -> tuple[float, int]:
    with Store(db) as store:
        t0 = time.perf_counter()
        counts, _failures = ingest_into(store, [folder], jobs=jobs)
        return time.perf_counter() - t0, counts["new"] + counts["near-duplicate"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=600, help="distinct pages generated (about 30%% HTML)")
    ap.add_argument("--jobs", type=int, default=2, help="processes of the parallel run (default 2)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        paths = generate_pages(tmp / "pages", args.pages, args.seed)
        html = [p for p in paths if p.suffix == ".html"]
        parallel.warm_up()  # model loading is start-up, not per-page work
        peer = trafilatura_alone(html)
        ours, spent, stored = timed_pipeline(html, tmp / "html.db")
        serial, n1 = ingest_seconds(tmp / "pages", tmp / "jobs1.db", 1)
        par, n2 = ingest_seconds(tmp / "pages", tmp / f"jobs{args.jobs}.db", args.jobs)

    print(f"{len(paths)} distinct pages ({len(html)} HTML), {os.cpu_count()} cores, load average {load:.1f} at start")
    print(f"trafilatura.extract alone, HTML:   {len(html) / peer:8.1f} pages/s")
    print(f"whole pipeline + store, HTML:      {stored / ours:8.1f} pages/s ({stored} stored, fresh store)")
    print(f"ratio to trafilatura alone:        {peer / ours * stored / len(html):8.2f}x  (bar: >= 0.5x)")
    print("time per stage (whole pipeline, HTML):")
    for name, secs in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:24s} {secs / ours:6.1%}  {secs / max(stored, 1) * 1000:7.1f} ms/page")
    print(f"--jobs 1, all pages:               {n1 / serial:8.1f} pages/s ({n1} stored)")
    print(f"--jobs {args.jobs}, all pages:               {n2 / par:8.1f} pages/s ({n2} stored)")
    print(f"--jobs {args.jobs} / --jobs 1:                {serial / par * n2 / max(n1, 1):8.2f}x  (bar: >= 1.7x on two cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
