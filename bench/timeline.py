"""Timeline build time from the store at 1,000 / 2,000 / 5,000 / 10,000 articles, and its growth against linear.

    python bench/timeline.py [--sizes 1000,2000,5000,10000]

Articles are generated from the sample corpus, annotated once, and copied into stores of
each size (with fresh ids), so every size measures the same kind of article.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate_pages  # noqa: E402

from linimasa import ingest, pipeline  # noqa: E402
from linimasa.model import Failure, InputError  # noqa: E402
from linimasa.store import Store  # noqa: E402
from linimasa.timeline import build  # noqa: E402

try:
    from linimasa.entities.canonical import merge  # noqa: E402
except ImportError:  # the entities stage is optional for the timeline
    merge = None


def annotated(n: int, folder: Path) -> list:
    out = []
    generate_pages(folder, n)
    for doc in ingest.read([folder]):
        if isinstance(doc, Failure):
            continue
        try:
            out.append((pipeline.process(doc), doc.content_hash))
        except InputError:
            continue
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,2000,5000,10000")
    ap.add_argument("--distinct", type=int, default=1000, help="distinct generated pages to annotate")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        base = annotated(min(args.distinct, max(sizes)), Path(tmp) / "pages")
        print(f"annotated {len(base)} distinct pages; building timelines from stores of each size")
        first = None
        for size in sizes:
            with Store(Path(tmp) / f"s{size}.db") as store:
                for i in range(size):
                    article, digest = base[i % len(base)]
                    article.id = f"{i:08d}"
                    store.add(article, f"{digest}-{i}")
                t0 = time.perf_counter()
                timeline = build(store.articles(), near_duplicates=store.near_duplicates())
                seconds = time.perf_counter() - t0
                # the cross-article entity merge is another stage's cost: timed apart to show both growths
                articles = list(store.articles())
                t1 = time.perf_counter()
                if merge is not None:
                    merge(articles)
                merging = time.perf_counter() - t1
            first = first or (size, seconds, max(seconds - merging, 1e-9))
            growth = (seconds / first[1]) / (size / first[0])
            rest = max(seconds - merging, 1e-9)
            rest_growth = (rest / first[2]) / (size / first[0])
            print(f"{size:6d} articles: {seconds:7.2f} s, {len(timeline.entries)} entries, "
                  f"growth vs linear {growth:.2f} (entity merge {merging:.2f} s; load+events+clustering "
                  f"{rest:.2f} s, growth vs linear {rest_growth:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
