"""`linimasa spark` throughput: local[2] against local[1] on the same distinct pages, with the start-up overhead.

    python bench/spark.py [--pages 2000] [--partitions 8]

Pages come from `bench/generate.py` (every page distinct: none is skipped as a duplicate). Each
master gets a fresh SparkSession; its start-up (JVM, session, the first task that starts a Python
worker) is timed apart from the job, and throughput is pages per second of the job itself. Both
runs happen in this one run on the same pages. The machine may be shared: the load average at the
start is printed beside the figures. Needs the `spark` extra and Java 17.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate_pages  # noqa: E402

from linimasa.spark import job  # noqa: E402


def one(master: str, pages: Path, out: Path, partitions: int) -> tuple[float, float, dict[str, float], int]:
    t0 = time.perf_counter()
    spark = job.session(master, app=f"bench-{master}", partitions=partitions)
    spark.sparkContext.parallelize(range(2), 2).map(lambda x: x).count()  # the first Python worker
    startup = time.perf_counter() - t0
    try:
        t0 = time.perf_counter()
        summary = job.run([str(pages)], str(out), spark=spark, partitions=partitions)
        return startup, time.perf_counter() - t0, summary.seconds, summary.articles
    finally:
        spark.stop()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--partitions", type=int, default=8)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        generate_pages(tmp / "pages", args.pages, args.seed)
        runs = {m: one(m, tmp / "pages", tmp / m.replace("[", "").replace("]", ""), args.partitions)
                for m in ("local[1]", "local[2]")}
    print(f"{args.pages} distinct pages, {args.partitions} partitions, {os.cpu_count()} cores, "
          f"load average {load:.1f} at start")
    for cold, (master, (startup, secs, steps, n)) in zip((True, False), runs.items(), strict=True):
        split = ", ".join(f"{k} {v:.1f}s" for k, v in steps.items() if k != "start-up")
        print(f"{master}: start-up {startup:5.1f}s ({'JVM and session, cold' if cold else 'session, JVM warm'}), job {secs:6.1f}s, {n / secs:6.1f} pages/s ({n} articles; {split})")
    (_s1, t1, st1, n1), (_s2, t2, st2, n2) = runs["local[1]"], runs["local[2]"]
    print(f"local[2] / local[1] throughput: {t1 / t2 * n2 / max(n1, 1):.2f}x  (bar: >= 1.6x); "
          f"analysis step alone {st1['analysis'] / st2['analysis']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
