"""Temporal tagging speed against dateparser's search_dates (languages=['id']) on the same articles, same run.

    python bench/timex.py [--articles 1000] [--repeat 3]

1. `linimasa timex` as a whole process, in CPU seconds (start-up, reading, tagging, writing TimeML: the batch
   form `linimasa timex --format timeml DIR --out DIR`) on N articles, against one whole
   Python process that imports dateparser and runs `search_dates` on the text of each of the
   same articles. The articles are the kompas-dev texts (when present) followed by distinct
   text pages of `bench/generate.py` wrapped as TimeML with their publication day as DCT.
2. `linimasa.time.tag` in this process on the kompas-dev texts: articles/s and chars/s
   (best of --repeat), against `search_dates` on the same texts.
3. Time on 0.25/0.5/1 MB adversarial input (must grow linearly).
"""

from __future__ import annotations

import argparse
import html
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate_pages  # noqa: E402

from linimasa.time import tag
from linimasa.time.timeml import read

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "kompas-dev"


PEER = """
import sys, warnings
from pathlib import Path
warnings.simplefilter("ignore")
from dateparser.search import search_dates
from linimasa.time.timeml import read
for name in sys.argv[1:]:
    search_dates(read(name).text, languages=["id"])
"""


def articles(folder: Path, n: int) -> list[Path]:
    """n distinct TimeML articles in folder: the kompas-dev ones, then generated text pages with their DCT."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for src in sorted(DEV.glob("*.tml"))[:n] if DEV.is_dir() else []:
        paths.append(folder / src.name)
        paths[-1].write_bytes(src.read_bytes())
    need = n - len(paths)
    if need > 0:
        made = [p for p in generate_pages(folder / "generated", int(need / 0.6) + 10, seed=11) if p.suffix == ".txt"]
        for i, page in enumerate(made[:need]):
            text = page.read_bytes().decode("utf-8", "replace").replace("\r\n", "\n")
            day = _first_day(text) or "2025-03-08"
            path = folder / f"generated_{i:05d}.tml"
            path.write_text(f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>generated-{i}</DOCID>\n'
                            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{day}" functionInDocument="CREATION_TIME">'
                            f'{day}</TIMEX3></DCT>\n<TEXT>\n{html.escape(text, quote=False)}</TEXT>\n</TimeML>\n',
                            encoding="utf-8")
            paths.append(path)
    return paths


def _first_day(text: str) -> str | None:
    """The publication day a generated page prints under its headline, as YYYY-MM-DD."""
    from linimasa.time import tag as tag_text

    for t in tag_text(text[:600], None):
        if t.type == "DATE" and len(t.value) == 10:
            return t.value
    return None


def _child_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _process_seconds(command: list[str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one child process run to its end."""
    cpu, wall = _child_cpu(), time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return _child_cpu() - cpu, time.perf_counter() - wall


def whole_processes(paths: list[Path], out: Path) -> tuple[tuple[float, float], tuple[float, float] | None]:
    """(CPU, wall) seconds of `linimasa timex` over the articles and of a dateparser process over the same."""
    linimasa = [sys.executable, "-m", "linimasa.cli", "timex", "--format", "timeml", "--out", str(out)]
    ours = _process_seconds(linimasa + [str(p) for p in paths])
    try:
        import dateparser  # noqa: F401
    except ImportError:
        return ours, None
    return ours, _process_seconds([sys.executable, "-c", PEER, *map(str, paths)])


def texts() -> list[tuple[str, str | None]]:
    if not DEV.is_dir():
        sys.exit(f"needs ../shared/corpus/kompas-dev (not found at {DEV})")
    return [(d.text, d.dct) for d in map(read, sorted(DEV.glob("*.tml")))]


def timed(fn, docs, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for text, dct in docs:
            fn(text, dct)
        best = min(best, time.perf_counter() - t0)
    return best


def adversarial(size: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    pieces = ["1/2/3/4/5/6/7/8/9/", "12.34.56.78.90.", "Januari Februari Maret ", "2014-2015-2016-",
              "Senin (1/1/ ", "pukul 1.2.3.4 ", "tahun tahun tahun ", "((((((", "99/99/9999 ", "se" * 20 + " "]
    out, n = [], 0
    while n < size:
        p = rng.choice(pieces)
        out.append(p)
        n += len(p)
    return "".join(out)[:size]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000, help="articles of the whole-process run (default 1000)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} at start, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        paths = articles(Path(tmp) / "in", args.articles)
        chars = sum(len(read(p).text) for p in paths)
        ours, peer = whole_processes(paths, Path(tmp) / "out")
    print(f"whole process, {len(paths)} distinct articles ({chars:,} characters); CPU seconds of each process"
          " (wall seconds beside them: on a shared machine they measure its load too):")
    print(f"linimasa timex --format timeml: {ours[0]:7.2f} s CPU  {len(paths) / ours[0]:8.1f} articles/s"
          f"  ({ours[1]:.2f} s wall)")
    if peer is None:
        print("dateparser not installed: no peer measured (pip install dateparser)")
    else:
        print(f"dateparser search_dates:        {peer[0]:7.2f} s CPU  {len(paths) / peer[0]:8.1f} articles/s"
              f"  ({peer[1]:.2f} s wall)")
        print(f"ratio: linimasa timex is {peer[0] / ours[0]:.1f}x dateparser as a whole process, CPU time"
              f" ({peer[1] / ours[1]:.1f}x wall)  (bar: >= 20x)")
    docs = texts()
    chars = sum(len(t) for t, _ in docs)
    ours = timed(tag, docs, args.repeat)
    print(f"in process, kompas-dev: {len(docs)} articles, {chars:,} characters")
    print(f"linimasa.time.tag:      {len(docs) / ours:8.1f} articles/s {chars / ours:12,.0f} chars/s")
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser not installed: no peer measured (pip install dateparser)")
    else:
        warnings.simplefilter("ignore")
        peer = timed(lambda text, dct: search_dates(text, languages=["id"]), docs, 1)
        print(f"dateparser.search_dates: {len(docs) / peer:8.1f} articles/s {chars / peer:12,.0f} chars/s")
        print(f"ratio: linimasa is {peer / ours:.1f}x the articles/s of dateparser")
    print("adversarial input (digit/slash/dot runs, repeated month names):")
    base = None
    for size in (250_000, 500_000, 1_000_000):
        text = adversarial(size)
        t0 = time.perf_counter()
        tag(text, "2014-03-05")
        seconds = time.perf_counter() - t0
        base = base or seconds / size
        print(f"  {size / 1e6:4.2f} MB: {seconds:6.2f} s  (time per char vs 0.25 MB: {seconds / size / base:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
