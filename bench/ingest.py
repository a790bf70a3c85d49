"""Whole-pipeline ingest on distinct pages: rate against trafilatura.extract, per-stage split, --jobs 2 / --jobs 1.

    python bench/ingest.py [--pages 600] [--jobs 2] [--html realistic|compact]

Pages come from `bench/generate.py`: every page distinct (renamed people and places, shifted
dates, varied numbers and boilerplate), so none is skipped as a duplicate and every one is
analysed and stored. Its HTML pages are `realistic` by default: 80-400 KB built like outlet
pages (scripts, menus, link lists, ads, comments, footers), since the extraction peer's cost
depends on the markup around the article. All timings run in this process on the same pages:

1. `trafilatura.extract` alone on the HTML pages (the peer: only the first step of our work);
2. the whole pipeline (read, clean, every stage of `pipeline.STAGES`, store) on the same HTML
   pages, one process, into a fresh store: the ratio of its rate to (1), and where its time goes;
3. the same two on the real outlet pages of `../shared/corpus/real-html-dev/` when present
   (13 distinct pages; the English ones are read and cleaned, then refused as not Indonesian:
   counted in the time, and said so);
4. all pages (text dumps and HTML) into fresh stores with `--jobs 1` and with `--jobs N`: the ratio.

(1)-(3) are timed in CPU seconds of this one process, best of --repeat runs (a fresh store each):
on a machine other jobs share, wall time measures their load more than our work. (4) is wall
time, as parallelism must be.

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
from generate import HTML_STYLES, generate_pages  # noqa: E402

from linimasa import clean, parallel, pipeline  # noqa: E402
from linimasa.cli.ingest_cmd import ingest_into  # noqa: E402
from linimasa.store import Store  # noqa: E402

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "real-html-dev"


def trafilatura_alone(paths: list[Path]) -> float:
    import trafilatura

    t0 = time.process_time()
    for p in paths:
        trafilatura.extract(p.read_bytes().decode("utf-8", "replace"))
    return time.process_time() - t0


def timed_pipeline(paths: list[Path], db: Path) -> tuple[float, dict[str, float], dict[str, int]]:
    """One process into a fresh store, each stage wrapped with a timer: (seconds, seconds per stage, counts)."""
    spent: dict[str, float] = defaultdict(float)

    def timed(name, fn):
        def run(*args, **kw):
            t0 = time.process_time()
            try:
                return fn(*args, **kw)
            finally:
                spent[name] += time.process_time() - t0
        return run

    saved = (clean.clean, list(pipeline.STAGES), Store.add)
    clean.clean = timed("clean", clean.clean)
    pipeline.STAGES[:] = [(name, timed(name, fn)) for name, fn in pipeline.STAGES]
    Store.add = timed("store", Store.add)
    try:
        with Store(db) as store:
            t0 = time.process_time()
            counts, _failures = ingest_into(store, paths, jobs=1)
            total = time.process_time() - t0
    finally:
        clean.clean, pipeline.STAGES[:], Store.add = saved[0], saved[1], saved[2]
    spent["read, decode, hashing"] = total - sum(spent.values())
    return total, dict(spent), counts


def stored(counts: dict[str, int]) -> int:
    return counts["new"] + counts["near-duplicate"]


def print_split(spent: dict[str, float], total: float, pages: int) -> None:
    for name, secs in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:24s} {secs / total:6.1%}  {secs / max(pages, 1) * 1000:7.1f} ms/page")


def real_pages(tmp: Path, repeat: int) -> None:
    """trafilatura alone and the whole pipeline on the real outlet pages, best of `repeat` runs each."""
    paths = sorted(REAL.glob("*.html")) if REAL.is_dir() else []
    if not paths:
        print(f"real outlet pages: {REAL.name} not found, not measured")
        return
    peer = min(trafilatura_alone(paths) for _ in range(repeat))
    runs = [timed_pipeline(paths, tmp / f"real{i}.db") for i in range(repeat)]
    ours, spent, counts = min(runs, key=lambda r: r[0])
    print(f"real outlet pages ({len(paths)} distinct, {REAL.name}), CPU time, best of {repeat}:")
    print(f"  trafilatura.extract alone:       {len(paths) / peer:8.1f} pages/s ({peer / len(paths) * 1000:.1f} ms/page)")
    print(f"  whole pipeline + store:          {len(paths) / ours:8.1f} pages/s ({ours / len(paths) * 1000:.1f} ms/page;"
          f" {stored(counts)} stored, {counts['failed']} refused as not Indonesian or failed, all timed)")
    print(f"  ratio to trafilatura alone:      {peer / ours:8.2f}x  (bar: >= 0.5x)")
    print_split(spent, ours, len(paths))


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
    ap.add_argument("--repeat", type=int, default=3, help="runs of (1)-(3), each into a fresh store; the best counts")
    ap.add_argument("--html", choices=HTML_STYLES, default="realistic",
                    help="generated HTML pages: realistic (80-400 KB, like outlet pages; default) or compact")
    args = ap.parse_args()
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        paths = generate_pages(tmp / "pages", args.pages, args.seed, html_style=args.html)
        html = [p for p in paths if p.suffix == ".html"]
        kb = sum(p.stat().st_size for p in html) / max(len(html), 1) / 1000
        parallel.warm_up()  # model loading is start-up, not per-page work
        peer = min(trafilatura_alone(html) for _ in range(args.repeat))
        runs = [timed_pipeline(html, tmp / f"html{i}.db") for i in range(args.repeat)]
        ours, spent, counts = min(runs, key=lambda r: r[0])
        n_html = stored(counts)
        print(f"{len(paths)} distinct pages ({len(html)} HTML, {args.html}, {kb:.0f} KB each on average), "
              f"{os.cpu_count()} cores, load average {load:.1f} at start")
        print(f"CPU time of this process, best of {args.repeat} (a shared machine's load distorts wall time):")
        print(f"trafilatura.extract alone, HTML:   {len(html) / peer:8.1f} pages/s")
        print(f"whole pipeline + store, HTML:      {n_html / ours:8.1f} pages/s ({n_html} stored, fresh store)")
        print(f"ratio to trafilatura alone:        {peer / ours * n_html / len(html):8.2f}x  (bar: >= 0.5x)")
        print("time per stage (whole pipeline, HTML):")
        print_split(spent, ours, n_html)
        real_pages(tmp, args.repeat)
        serial, n1 = ingest_seconds(tmp / "pages", tmp / "jobs1.db", 1)
        par, n2 = ingest_seconds(tmp / "pages", tmp / f"jobs{args.jobs}.db", args.jobs)

    print(f"--jobs 1, all pages:               {n1 / serial:8.1f} pages/s ({n1} stored)")
    print(f"--jobs {args.jobs}, all pages:               {n2 / par:8.1f} pages/s ({n2} stored)")
    print(f"--jobs {args.jobs} / --jobs 1:                {serial / par * n2 / max(n1, 1):8.2f}x  (bar: >= 1.7x on two cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
