"""kill -9 at random moments of one ingest of many pages, then compare the store with a clean ingest.

    .venv/bin/python scripts/kill9.py [--pages 3000] [--kills 20] [--seed 1]

The same ingest is started again and again and killed at a random moment each time (checking after
every kill that the store is whole: integrity ok, no article without its parts, no part without its
article); after the last kill it runs to the end, and the store must equal a clean ingest of the pages.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.robustness.corpus import page  # noqa: E402
from tests.robustness.test_kill9 import _contents  # noqa: E402


def _ingest(folder: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "linimasa.cli", "ingest", str(folder), "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=3000)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for i in range(args.pages):
            (folder / f"p{i:05d}.txt").write_text(page(1000 + i))
        began = time.monotonic()
        _ingest(folder, Path(tmp) / "clean.db").communicate()
        clean = _contents(Path(tmp) / "clean.db")
        full = time.monotonic() - began
        print(f"clean ingest: {len(clean['articles'])} articles in {full:.0f} s")
        db = Path(tmp) / "killed.db"
        for k in range(args.kills):
            proc = _ingest(folder, db)
            time.sleep(rng.uniform(0.3, 1.0 + full / args.kills))  # spread over the whole ingest
            os.kill(proc.pid, signal.SIGKILL)
            proc.communicate()
            stored = _contents(db)["articles"] if db.exists() else {}
            assert set(stored) <= set(clean["articles"]), "an article the clean ingest does not have"
            print(f"kill {k + 1}: {len(stored)} articles stored, store whole", flush=True)
        out, err = _ingest(folder, db).communicate()
        final = _contents(db)
        same = final == clean
        print(f"re-run: {out.strip()}\nequal to the clean ingest: {same}")
        return 0 if same and "Traceback" not in err else 1


if __name__ == "__main__":
    sys.exit(main())
