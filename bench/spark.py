"""`linimasa spark` throughput: local[2] against local[1] on the same distinct pages, with the start-up overhead.

    python bench/spark.py [--pages 2000] [--partitions 8] [--repeat 1] [--html compact|realistic]

Pages come from `bench/generate.py` (every page distinct: none is skipped as a duplicate; `--html`
chooses its HTML style, compact by default). Each run
is a fresh Python process with its own JVM, so both masters pay the same cold start. Printed per run:

- start-up: SparkSession creation plus a first trivial job (JVM, session, the first Python workers);
- per-article phase: reading, analysing and writing the per-article tables (pages/s), and the
  analysis step alone (the pipeline in the workers, up to the rows cached in the JVM);
- cross-article phase: near-duplicates, canonical entities and the timeline (seconds);
- job: the whole `job.run` after start-up (pages/s).

Ratios local[2]/local[1] are of the job (whole job minus start-up), of the per-article phase and of
the analysis step. The machine may be shared, so the same run also measures what it gives two
processes: the pipeline alone (no Spark) on the same pages in one process, then in two at once; that
"machine ratio" (at most 2.0 on two idle cores) is printed beside Spark's. Load averages are printed
at the start and end of each run. Needs the `spark` extra and Java 17. With --repeat 2 the masters
alternate (1, 2, 2, 1) and the best job time of each is used.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate_pages  # noqa: E402

PER_ARTICLE = ("analysis", "per-article tables")
CROSS = ("duplicates", "canonical entities", "timeline")


def one(master: str, pages: Path, out: Path, partitions: int) -> dict:
    """One master in this process: start-up timed apart from the job."""
    from linimasa.spark import job

    load0 = os.getloadavg()[0]
    t0 = time.perf_counter()
    spark = job.session(master, app=f"bench-{master}", partitions=partitions)
    spark.sparkContext.parallelize(range(2), 2).map(lambda x: x).count()  # the first Python workers
    startup = time.perf_counter() - t0
    try:
        t0 = time.perf_counter()
        summary = job.run([str(pages)], str(out), spark=spark, partitions=partitions)
        secs = time.perf_counter() - t0
    finally:
        spark.stop()
    return {"master": master, "startup": startup, "job": secs, "steps": summary.seconds,
            "articles": summary.articles, "load": [load0, os.getloadavg()[0]]}


def _analyse_pages(files: list[str]) -> None:
    from linimasa import ingest, parallel

    parallel.warm_up()
    for f in files:
        for doc in ingest.read_bytes(Path(f).read_bytes(), f, {}):
            parallel.analyse(doc)


def machine_ratio(files: list[str]) -> tuple[float, float]:
    """Throughput of two processes analysing the same pages at once over one process alone, no Spark.
    Returns (ratio, load average)."""
    ctx = multiprocessing.get_context("spawn")
    load = os.getloadavg()[0]

    def timed(n: int) -> float:
        procs = [ctx.Process(target=_analyse_pages, args=(files,)) for _ in range(n)]
        t0 = time.perf_counter()
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        return time.perf_counter() - t0

    t1 = timed(1)
    t2 = timed(2)
    return 2 * t1 / t2, load


def _phase(steps: dict, names: tuple[str, ...]) -> float:
    return sum(steps[n] for n in names)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--partitions", type=int, default=8)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--repeat", type=int, default=1, help="runs per master (alternating order)")
    ap.add_argument("--html", choices=("compact", "realistic"), default="compact",
                    help="HTML style of the generated pages (bench/generate.py)")
    ap.add_argument("--calibration-pages", type=int, default=40, help="pages for the machine ratio")
    ap.add_argument("--one", nargs=3, metavar=("MASTER", "PAGES", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        master, pages, out = args.one
        print(json.dumps(one(master, Path(pages), Path(out), args.partitions)))
        return 0
    order = ["local[1]", "local[2]"]
    sequence = [m for i in range(args.repeat) for m in (order if i % 2 == 0 else order[::-1])]
    runs: dict[str, list[dict]] = {m: [] for m in order}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        generate_pages(tmp / "pages", args.pages, args.seed, html_style=args.html)
        sample = sorted(str(p) for p in (tmp / "pages").iterdir())[: args.calibration_pages]
        before = machine_ratio(sample)
        for n, master in enumerate(sequence):
            proc = subprocess.run([sys.executable, __file__, "--partitions", str(args.partitions), "--one", master,
                                   str(tmp / "pages"), str(tmp / f"out{n}")],
                                  capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                print(proc.stderr[-3000:], file=sys.stderr)
                return 1
            runs[master].append(json.loads(proc.stdout.strip().splitlines()[-1]))
        after = machine_ratio(sample)

    print(f"{args.pages} distinct pages ({args.html} HTML), {args.partitions} partitions, {os.cpu_count()} cores; each run a fresh "
          "process and JVM")
    print(f"machine ratio (the pipeline without Spark, 2 processes / 1 on {len(sample)} pages): "
          f"{before[0]:.2f}x before (load {before[1]:.1f}), {after[0]:.2f}x after (load {after[1]:.1f})")
    best = {}
    for master in order:
        for r in runs[master]:
            s, n = r["steps"], r["articles"]
            per, cross = _phase(s, PER_ARTICLE), _phase(s, CROSS)
            print(f"{master}: start-up {r['startup']:5.1f}s | per-article phase {per:6.1f}s, {n / per:5.1f} pages/s "
                  f"(analysis {s['analysis']:.1f}s, tables {s['per-article tables']:.1f}s) | cross-article "
                  f"{cross:5.1f}s (duplicates {s['duplicates']:.1f}s, entities {s['canonical entities']:.1f}s, "
                  f"timeline {s['timeline']:.1f}s) | job {r['job']:6.1f}s, {n / r['job']:5.1f} pages/s "
                  f"({n} articles; load {r['load'][0]:.1f} -> {r['load'][1]:.1f})")
        best[master] = min(runs[master], key=lambda r: r["job"])
    one_, two = best["local[1]"], best["local[2]"]

    def ratio(f) -> float:
        return f(one_) / f(two) * two["articles"] / max(one_["articles"], 1)

    print(f"local[2] / local[1] throughput: job (whole job minus start-up) {ratio(lambda r: r['job']):.2f}x "
          f"(bar: >= 1.6x); per-article phase {ratio(lambda r: _phase(r['steps'], PER_ARTICLE)):.2f}x; "
          f"analysis step {ratio(lambda r: r['steps']['analysis']):.2f}x; cross-article phase "
          f"{ratio(lambda r: _phase(r['steps'], CROSS)):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
