"""Time per character of every pipeline stage from 10 KB to 1 MB, for several input shapes.

    .venv/bin/python bench/scaling.py [--sizes 10000,100000,1000000] [--shapes prose,long-line,...]

A stage is linear when its µs/char stays flat as the page grows; the last column is the ratio of
µs/char at the largest size to µs/char at the smallest (about 1 = linear, 100 = quadratic over
10 KB -> 1 MB). Each page is built by repeating distinct generated sentences (numbers vary, so no
two sentences are identical), then read through `ingest.document_from` like any input.
A shape whose stage passes `--budget` seconds stops growing (marked "stopped").
"""

from __future__ import annotations

import argparse
import sys
import time

from linimasa import clean, ingest, pipeline

NAMES = ["Budi Santoso", "Siti Rahmawati", "Joko Prasetyo", "Dewi Lestari", "Agus Salim"]
PLACES = ["Samarinda", "Mataram", "Kupang", "Sorong", "Palu"]


def sentence(i: int) -> str:
    name, place = NAMES[i % len(NAMES)], PLACES[(i // 5) % len(PLACES)]
    return (f"Pada {1 + i % 28} Maret {2000 + i % 25}, {name} meninjau proyek nomor {i} di {place} "
            f"dan {i % 9 + 2} hari kemudian rapat dilanjutkan. ")


def quote(i: int) -> str:
    return f"\u201cKami akan bekerja keras untuk proyek {i},\u201d kata {NAMES[i % len(NAMES)]}. "


def _fill(size: int, piece, sep: str = " ") -> str:
    out, n, i = [], 0, 0
    while n < size:
        s = piece(i) + sep
        out.append(s)
        n += len(s)
        i += 1
    return "".join(out)[:size]


def shape_prose(size: int) -> str:
    return "".join(_fill(size, lambda i: "".join(sentence(i * 4 + k) for k in range(4)), "\n\n"))


def shape_long_line(size: int) -> str:
    return "Proyek jalan dan jembatan\n" + _fill(size, sentence, "")


def shape_separators(size: int) -> str:
    half = shape_prose(2000)
    return half + "\u2028" * max(0, size - 2 * len(half)) + half


def shape_quotes(size: int) -> str:
    return shape_prose(size // 2) + "\n\n" + _fill(size // 2, quote, "\n")


def shape_marks(size: int) -> str:
    return shape_prose(size // 2) + "\n\n" + "\u201c\u201d\"" * (size // 6) + "\n\n" + shape_prose(2000)


def shape_digits(size: int) -> str:
    run = _fill(size // 2, lambda i: f"{i}/{i % 12 + 1}.{i * 7 % 1000}", "")
    return shape_prose(size // 2) + "\n\n" + run + "\n\n" + shape_prose(2000)


SHAPES = {"prose": shape_prose, "long-line": shape_long_line, "separators": shape_separators,
          "quotes": shape_quotes, "quote-marks": shape_marks, "digits": shape_digits}


def time_stages(text: str) -> dict[str, float]:
    """Seconds per stage (ingest, clean, then pipeline.STAGES) for one page."""
    out = {}
    t = time.perf_counter()
    doc = ingest.document_from(text, source="bench", meta={"published": "2021-05-20"})
    out["ingest"] = time.perf_counter() - t
    t = time.perf_counter()
    article = clean.clean(doc)
    out["clean"] = time.perf_counter() - t
    for name, stage in pipeline.STAGES:
        t = time.perf_counter()
        stage(article)
        out[name] = time.perf_counter() - t
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000", help="page sizes in characters")
    ap.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated: " + ", ".join(SHAPES))
    ap.add_argument("--budget", type=float, default=60.0, help="seconds after which a shape stops growing")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    stages = ["ingest", "clean"] + [n for n, _ in pipeline.STAGES]
    worst = 0.0
    for shape in args.shapes.split(","):
        per: dict[int, dict[str, float]] = {}
        time_stages(shape_prose(5000))  # warm-up: models and lexicons load on first use
        for size in sizes:
            text = SHAPES[shape](size)
            # small pages are timed several times (best of): the ratio compares steady-state costs
            runs = [time_stages(text) for _ in range(max(1, min(5, 300_000 // size)))]
            seconds = {k: min(r[k] for r in runs) for k in runs[0]}
            per[size] = {k: v / size * 1e6 for k, v in seconds.items()}
            if max(seconds.values()) > args.budget:
                print(f"{shape}: stopped at {size:,} chars ({max(seconds, key=seconds.get)} took "
                      f"{max(seconds.values()):.0f} s)", file=sys.stderr)
                break
        done = sorted(per)
        print(f"\n{shape}  (µs/char at " + ", ".join(f"{s:,}" for s in done) + f"; ratio {done[-1]:,}/{done[0]:,})")
        for stage in stages:
            row = [per[s][stage] for s in done]
            ratio = row[-1] / row[0] if row[0] > 0 else float("nan")
            worst = max(worst, ratio if stage != "ingest" else 0)
            print(f"  {stage:10s} " + " ".join(f"{v:9.3f}" for v in row) + f"   x{ratio:6.2f}")
    print(f"\nworst ratio over all stages and shapes: x{worst:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
