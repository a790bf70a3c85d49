"""Story detection time at growing store sizes, its growth exponent, and a ratio to reading the store.

    python bench/stories.py [--sizes 10000,20000,50000,100000] [--distinct 600]

`--distinct` pages are generated from the sample corpus (bench/generate.py: renamed people,
places and ships, shifted dates) and annotated once. Each store of a size is filled with
copies of them that are distinct articles: every copy has its own id, its own wording (two words
in three and every name get a copy-specific ending) and its dates shifted by whole quarters, so
copies are different stories that still share enough words to be each other's candidates. The rows are written
straight into the store's tables, because what is timed is `stories` over a full store, not
ingest. Printed per size: wall and CPU seconds for a first `stories` run (every article placed),
the number of stories, the growth exponent of CPU time against the previous size (1.0 = linear;
CPU time because the machine may be shared), and the ratio to the time the same run spends
reading the store and building the vectors (a linear baseline).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import re
import sys
import tempfile
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bulk import annotated  # noqa: E402

from linimasa import stories as story_detection  # noqa: E402
from linimasa.store import Store  # noqa: E402


def _shift(value: str | None, days: int) -> str | None:
    if not value or len(value) < 10:
        return value
    try:
        return (dt.date.fromisoformat(value[:10]) + dt.timedelta(days=days)).isoformat() + value[10:]
    except ValueError:
        return value


_WORD = re.compile(r"\b[^\W\d_]{4,}\b")
SHIFT_DAYS = 91  # copy k happens k quarters after copy 0


def _reword(text: str, copy: int) -> str:
    """Copy k's own wording: about two words in three (and every name) get a copy-specific ending, so
    copies are different stories that still share enough words to be each other's candidates."""
    if copy == 0:
        return text

    def one(m: re.Match) -> str:
        w = m.group(0)
        return w if zlib.crc32(f"{w.lower()}|{copy}".encode()) % 3 == 0 else f"{w}{_tag(copy)}"
    return _WORD.sub(one, text)


def _tag(copy: int) -> str:
    letters = "bcdfghjklmnprstvz"
    out = ""
    while True:
        copy, r = divmod(copy, len(letters))
        out += letters[r]
        if not copy:
            return out


def fill(store: Store, articles: list, size: int) -> None:
    """`size` distinct articles: copy k of base article i is shifted by k quarters and worded apart."""
    db = store.db
    now = dt.datetime.now(dt.UTC).isoformat()
    rows, ents, evs = [], [], []
    for n in range(size):
        base = articles[n % len(articles)]
        copy = n // len(articles)
        aid = f"{n:016x}"
        body = f"{_reword(base.body, copy)}\n\nBerita {n} ini diperbarui {copy} kali."
        shift = SHIFT_DAYS * copy
        rows.append((aid, f"hash-{n}", f"bench/{n}.txt", None, _reword(base.title or "", copy), base.outlet,
                     _shift(base.published.value, shift), base.published.precision, body, "{}", now))
        ents += [(aid, e.id, f"{e.name}{_tag(copy)}" if copy else e.name, e.type, e.role, json.dumps(e.aliases),
                  len(e.mentions)) for e in base.entities]
        evs += [(aid, _shift(e.date.value, shift) if e.date else None, e.date.precision if e.date else None,
                 e.type, e.text, json.dumps(e.participants), e.location) for e in base.events]
    with db:
        db.executemany("INSERT INTO articles (id, content_hash, source, url, title, outlet, published, precision,"
                       " body, json, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
        db.executemany("INSERT INTO entities VALUES (?,?,?,?,?,?,?)", ents)
        db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?)", evs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,20000,50000,100000")
    ap.add_argument("--distinct", type=int, default=600, help="distinct generated pages to annotate")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        base = annotated(args.distinct, Path(tmp) / "pages")
        print(f"{len(base)} distinct annotated pages")
        from sklearn.feature_extraction.text import HashingVectorizer

        HashingVectorizer().transform(["warm up"])  # the first import is not the store's cost
        previous = None
        for size in sizes:
            with Store(Path(tmp) / f"s{size}.db") as store:
                fill(store, base, size)
                t0 = time.perf_counter()
                items = story_detection.read_items(store.db)
                story_detection.vectorize(items)
                baseline = time.perf_counter() - t0
                t1, c1 = time.perf_counter(), time.process_time()
                found = story_detection.stories(store)
                seconds, cpu = time.perf_counter() - t1, time.process_time() - c1
            # CPU seconds grow with the work, not with what else the shared machine is doing
            exponent = (math.log(cpu / previous[1]) / math.log(size / previous[0])) if previous else float("nan")
            print(f"{size:7d} articles: stories {seconds:7.2f} s wall, {cpu:7.2f} s CPU, {len(found)} stories, "
                  f"growth exponent (CPU) {exponent:.2f} vs the previous size, {seconds / baseline:.2f}x "
                  f"reading+vectorising ({baseline:.2f} s)", flush=True)
            previous = (size, cpu)
            Path(tmp, f"s{size}.db").unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
