"""Load bench of the web app: p50/p99 latency and errors of /api/timeline with an entity filter.

    python bench/serve.py [--articles 50000] [--clients 20] [--requests 20] [--distinct 300]

Builds a store of ARTICLES articles (DISTINCT generated pages annotated once by the real pipeline,
then copied with fresh ids and their people renamed per group of 50 copies, so an entity is in tens of
articles as in a real store, not in thousands), starts `linimasa serve` on 127.0.0.1 in a child
process, and runs CLIENTS concurrent clients of REQUESTS requests each against 127.0.0.1 only.
Two rounds: every request with a filter no earlier request used (nothing cached), then a round where
the clients share 50 filters (what a newsroom hitting the same story sees). Bounded in count and time.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bulk import annotated, build_store  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_round(base_url: str, filters: list[str], clients: int, requests: int) -> tuple[list[float], int, int]:
    latencies: list[float] = []
    errors = entries = 0
    lock = threading.Lock()
    queue = list(filters)

    def client() -> None:
        nonlocal errors, entries
        for _ in range(requests):
            with lock:
                if not queue:
                    return
                name = queue.pop()
            url = f"{base_url}/api/timeline?" + urllib.parse.urlencode({"entity": name})
            t0 = time.perf_counter()
            try:
                with urllib.request.urlopen(url, timeout=60) as r:
                    n = len(json.loads(r.read())["entries"])
                ok = True
            except (urllib.error.URLError, TimeoutError, ValueError):
                ok, n = False, 0
            dt = time.perf_counter() - t0
            with lock:
                latencies.append(dt)
                errors += not ok
                entries += n

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(600)
    return latencies, errors, entries


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=50_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=20, help="requests per client and round")
    ap.add_argument("--distinct", type=int, default=300, help="distinct generated pages to annotate")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        base = annotated(args.distinct, Path(tmp) / "pages")
        db = Path(tmp) / "bench.db"
        people = build_store(db, base, args.articles)
        print(f"store: {args.articles} articles from {len(base)} distinct annotated pages, "
              f"{len(people)} people, built in {time.perf_counter() - t0:.0f} s")
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "linimasa.cli", "serve", "--db", str(db), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            base_url = f"http://127.0.0.1:{port}"
            deadline = time.time() + 60
            while True:
                try:
                    urllib.request.urlopen(base_url + "/api/articles?limit=1", timeout=5).read()
                    break
                except (urllib.error.URLError, ConnectionError):
                    if time.time() > deadline or server.poll() is not None:
                        print("the server did not start:", server.stderr.read().decode() if server.stderr else "")
                        return 1
                    time.sleep(0.3)
            rng = random.Random(0)
            total = args.clients * args.requests
            rounds = {"distinct filters (no cache)": rng.sample(people, min(total, len(people))),
                      "50 shared filters": [rng.choice(people[:50]) for _ in range(total)]}
            for name, filters in rounds.items():
                lat, errors, entries = run_round(base_url, filters, args.clients, args.requests)
                print(f"{name:28s}: {len(lat)} requests, {args.clients} clients: p50 {1000 * statistics.median(lat):.0f} ms,"
                      f" p99 {1000 * pct(lat, 99):.0f} ms, max {1000 * max(lat):.0f} ms, errors {errors},"
                      f" mean entries {entries / max(1, len(lat)):.1f}")
        finally:
            server.terminate()
            server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
