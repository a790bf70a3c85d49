"""Read commands over large stores: seconds and peak memory of timeline, search and entities, and their growth.

    python bench/store_scale.py [--sizes 10000,100000] [--distinct 300] [--timeout 900]

For each size, a store is bulk-built from DISTINCT annotated pages (bench/bulk.py: fresh ids, people
renamed per group of 50 copies), then each command runs as its own process (`linimasa ...`), timed,
with its peak resident memory read from the kernel (wait4). The growth exponent between the first and
the last size is log(t2/t1) / log(n2/n1): 1.0 is linear. A command over its time limit is reported as such.
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bulk import annotated, build_store  # noqa: E402

LINIMASA = [sys.executable, "-m", "linimasa.cli"]


def run(argv: list[str], timeout: float) -> tuple[float, float, int]:
    """(seconds, peak MB, exit code) of one command; seconds = inf past the timeout."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = t0 + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            return time.perf_counter() - t0, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)
        if time.perf_counter() > deadline:
            proc.kill()
            _pid, _status, usage = os.wait4(proc.pid, 0)
            return math.inf, usage.ru_maxrss / 1024, -9
        time.sleep(0.05)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--distinct", type=int, default=300)
    ap.add_argument("--timeout", type=float, default=900, help="seconds per command")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[str, list[tuple[int, float, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = annotated(args.distinct, Path(tmp) / "pages")
        print(f"annotated {len(base)} distinct pages")
        for size in sizes:
            db = Path(tmp) / f"s{size}.db"
            t0 = time.perf_counter()
            people = build_store(db, base, size)
            print(f"{size} articles: store built in {time.perf_counter() - t0:.0f} s")
            person = people[len(people) // 2]
            commands = {
                "timeline (whole)": ["timeline", "--db", str(db), "--format", "json"],
                "timeline --entity": ["timeline", "--db", str(db), "--entity", person, "--format", "json"],
                "timeline --from/--to (1 month)": ["timeline", "--db", str(db), "--from", "2024-05", "--to", "2024-05",
                                                   "--format", "json"],
                "search": ["search", "kapal", "--db", str(db), "--format", "json"],
                "entities": ["entities", "--db", str(db), "--format", "json"],
            }
            for name, argv in commands.items():
                seconds, mb, code = run(LINIMASA + argv, args.timeout)
                results.setdefault(name, []).append((size, seconds, mb))
                shown = f"{seconds:8.2f} s" if math.isfinite(seconds) else f"> {args.timeout:.0f} s"
                print(f"  {name:32s} {shown}  peak {mb:7.0f} MB  exit {code}")
    if len(sizes) > 1:
        print("growth exponent (1.0 = linear) from", sizes[0], "to", sizes[-1])
        for name, rows in results.items():
            (n1, t1, m1), (n2, t2, m2) = rows[0], rows[-1]
            if math.isfinite(t1) and math.isfinite(t2) and t1 > 0:
                print(f"  {name:32s} time {math.log(t2 / t1) / math.log(n2 / n1):.2f}   memory "
                      f"{math.log(max(m2, 1) / max(m1, 1)) / math.log(n2 / n1):.2f}")
            else:
                print(f"  {name:32s} over the time limit")
    return 0


if __name__ == "__main__":
    sys.exit(main())
