"""Read commands over large stores: seconds and peak memory of timeline, search, entities and quotes, and their growth.

    python bench/store_scale.py [--sizes 10000,100000] [--distinct 300] [--timeout 900] [--stores DIR]

For each size, a store is bulk-built from DISTINCT annotated pages (bench/bulk.py: fresh ids, people
renamed per group of 50 copies); with --stores DIR the stores are kept there and reused by the next run
(building 100,000 articles takes minutes). The first step fills the store's canonical entities (what
`ingest` does after storing pages; a bulk-built store, like one from an older version, has none yet),
then each command runs as its own process (`linimasa ...`), timed, with its peak resident memory read
from the kernel (wait4), as are its CPU seconds. The growth exponent between the first and the last size
is log(t2/t1) / log(n2/n1) of CPU time: 1.0 is linear. A command over its time limit is reported as such.
"""

from __future__ import annotations

import argparse
import math
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bulk import annotated, build_store  # noqa: E402

LINIMASA = [sys.executable, "-m", "linimasa.cli"]


def run(argv: list[str], timeout: float) -> tuple[float, float, float, int]:
    """(seconds, CPU seconds, peak MB, exit code) of one command; seconds = inf past the timeout. CPU time
    (user + system) is what the growth exponent is computed from: on a shared machine it moves far less
    with the load than the wall clock does."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = t0 + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            return (time.perf_counter() - t0, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
                    os.waitstatus_to_exitcode(status))
        if time.perf_counter() > deadline:
            proc.kill()
            _pid, _status, usage = os.wait4(proc.pid, 0)
            return math.inf, math.inf, usage.ru_maxrss / 1024, -9
        time.sleep(0.05)


BACKFILL = ("import sys; from linimasa.store import Store, canon; st = Store(sys.argv[1]); "
            "canon.refresh(st, force=True); st.close()")


def busiest_month(db: Path) -> str:
    with sqlite3.connect(db) as con:
        row = con.execute("SELECT substr(date, 1, 7) AS m FROM events WHERE length(date) >= 7"
                          " GROUP BY m ORDER BY COUNT(*) DESC, m LIMIT 1").fetchone()
    return row[0] if row else "2024-05"


def store_of(size: int, folder: Path, base_of, rebuild: bool) -> tuple[Path, list[str]]:
    db, people_file = folder / f"s{size}.db", folder / f"s{size}.people"
    if db.exists() and people_file.exists() and not rebuild:
        print(f"{size} articles: reusing {db}")
        return db, people_file.read_text(encoding="utf-8").splitlines()
    db.unlink(missing_ok=True)
    t0 = time.perf_counter()
    people = build_store(db, base_of(), size)
    people_file.write_text("\n".join(people), encoding="utf-8")
    print(f"{size} articles: store built in {time.perf_counter() - t0:.0f} s")
    return db, people


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--distinct", type=int, default=300)
    ap.add_argument("--timeout", type=float, default=900, help="seconds per command")
    ap.add_argument("--stores", metavar="DIR", help="keep the stores here and reuse them (default: a temporary folder)")
    ap.add_argument("--rebuild", action="store_true", help="build the stores in --stores DIR again")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[str, list[tuple[int, float, float]]] = {}
    print("load average at start: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.stores) if args.stores else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        base: list = []

        def base_of() -> list:
            if not base:
                base.extend(annotated(args.distinct, Path(tmp) / "pages"))
                print(f"annotated {len(base)} distinct pages")
            return base

        for size in sizes:
            db, people = store_of(size, folder, base_of, args.rebuild)
            person = people[len(people) // 2]
            month = busiest_month(db)
            commands = {
                "canonical entities (at ingest)": [sys.executable, "-c", BACKFILL, str(db)],
                "timeline (whole)": LINIMASA + ["timeline", "--db", str(db), "--format", "json"],
                "timeline --entity": LINIMASA + ["timeline", "--db", str(db), "--entity", person, "--format", "json"],
                "timeline --from/--to (1 month)": LINIMASA + ["timeline", "--db", str(db), "--from", month, "--to",
                                                              month, "--format", "json"],
                "search": LINIMASA + ["search", "kapal", "--db", str(db), "--format", "json"],
                "entities": LINIMASA + ["entities", "--db", str(db), "--format", "json"],
                "quotes": LINIMASA + ["quotes", "--db", str(db), "--format", "json"],
                "quotes --speaker": LINIMASA + ["quotes", "--db", str(db), "--speaker", person, "--format", "json"],
            }
            with open(db, "rb") as f:  # read once, so that every size runs with the file in the page cache
                while f.read(1 << 24):
                    pass
            print(f"{size} articles (entity {person!r}, month {month}; load average "
                  f"{os.getloadavg()[0]:.2f}):")
            for name, argv in commands.items():
                seconds, cpu, mb, code = run(argv, args.timeout)
                results.setdefault(name, []).append((size, cpu, mb))
                shown = f"{seconds:8.2f} s (CPU {cpu:7.2f} s)" if math.isfinite(seconds) else f"> {args.timeout:.0f} s"
                print(f"  {name:32s} {shown}  peak {mb:7.0f} MB  exit {code}", flush=True)
    if len(sizes) > 1:
        print("growth exponent of CPU time and peak memory (1.0 = linear) from", sizes[0], "to", sizes[-1])
        for name, rows in results.items():
            (n1, t1, m1), (n2, t2, m2) = rows[0], rows[-1]
            if math.isfinite(t1) and math.isfinite(t2) and t1 > 0:
                print(f"  {name:32s} time {math.log(t2 / t1) / math.log(n2 / n1):.2f}   memory "
                      f"{math.log(max(m2, 1) / max(m1, 1)) / math.log(n2 / n1):.2f}  ({m2 / max(m1, 1):.1f}x)")
            else:
                print(f"  {name:32s} over the time limit")
    print("load average at end: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
