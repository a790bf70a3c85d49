"""The long fuzz of `linimasa.annotate`, outside CI: mutated copies of real pages, counting crashes by signature.

    .venv/bin/python scripts/fuzz.py --n 20000 --seed 1 --jobs 1

Seeds are the pages of `../shared/corpus/seeds`, `../shared/corpus/kompas-dev` and the bundled sample
(whichever exist). Each page is mutated one to three times (byte flips, splices of two pages, repeated
fragments, random unicode with lone surrogates, huge numbers next to time words, digit/slash/dot runs,
thousands of quote marks, runs of line separators) and fed to `linimasa.annotate`. An `InputError`
is a proper refusal; any other exception is counted under its signature (type and innermost frame in
linimasa). Pages slower than `--slow` seconds are counted too. Prints a summary; exit 1 on any crash.
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import time
import traceback
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_DIRS = [ROOT.parent / "shared" / "corpus" / "seeds", ROOT.parent / "shared" / "corpus" / "kompas-dev",
             ROOT / "src" / "linimasa" / "sample"]
SUFFIXES = (".txt", ".html", ".htm", ".tml", ".jsonl")

# Time-word fragments are made of units the tagger knows; the mutations put absurd numbers next to them.
TIME_WORDS = ["tahun kemudian", "pekan kemudian", "hari sebelumnya", "dekade sebelumnya", "bulan lalu",
              "tahun lalu", "abad ke-", "minggu depan", "jam kemudian", "Idul Fitri", "tanggal", "pukul"]
SEPARATORS = ["\u2028", "\u2029", "\r", "\x0b", "\x0c", "\x85", "\n"]


def load_seeds() -> list[bytes]:
    pages = []
    for folder in SEED_DIRS:
        if folder.is_dir():
            pages += [p.read_bytes() for p in sorted(folder.iterdir()) if p.name.endswith(SUFFIXES)]
    if not pages:
        sys.exit("no seed pages found (expected ../shared/corpus/seeds or the bundled sample)")
    return pages


def _huge_number(rng: random.Random) -> str:
    return str(rng.randrange(1, 10 ** rng.choice([5, 6, 7, 9, 12, 20, 40, 90])))


def _insert(text: str, rng: random.Random, piece: str) -> str:
    at = rng.randrange(len(text) + 1)
    return text[:at] + piece + text[at:]


def mutate(page: bytes, others: list[bytes], rng: random.Random) -> str | bytes:
    """One to three named mutations; returns bytes (byte-level mutations) or str."""
    data: str | bytes = page
    for _ in range(rng.randint(1, 3)):
        kind = rng.choice(MUTATIONS)
        data = kind(data, others, rng)
    return data


def _as_text(data: str | bytes) -> str:
    return data if isinstance(data, str) else data.decode("utf-8", "replace")


def byte_flips(data, others, rng):
    raw = bytearray(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
    for _ in range(rng.randint(1, 20)):
        if raw:
            raw[rng.randrange(len(raw))] = rng.randrange(256)
    return bytes(raw)


def splice(data, others, rng):
    a, b = _as_text(data), _as_text(rng.choice(others))
    return a[: rng.randrange(len(a) + 1)] + b[rng.randrange(len(b) + 1):]


def repeat_fragment(data, others, rng):
    text = _as_text(data)
    if not text:
        return text
    i = rng.randrange(len(text))
    frag = text[i: i + rng.randint(1, 200)]
    return _insert(text, rng, frag * rng.randint(2, 300))


def random_unicode(data, others, rng):
    chars = []
    for _ in range(rng.randint(1, 200)):
        r = rng.random()
        if r < 0.1:
            chars.append(chr(rng.randrange(0xD800, 0xE000)))  # lone surrogates
        elif r < 0.2:
            chars.append(chr(rng.randrange(0, 32)))
        else:
            chars.append(chr(rng.randrange(0x20, 0x30000)))
    return _insert(_as_text(data), rng, "".join(chars))


def huge_time_numbers(data, others, rng):
    text = _as_text(data)
    for _ in range(rng.randint(1, 5)):
        word = rng.choice(TIME_WORDS)
        piece = f" {_huge_number(rng)} {word} " if rng.random() < 0.5 else f" {word} {_huge_number(rng)} "
        if rng.random() < 0.3:
            piece = f" {rng.randrange(1900, 2100)}{piece}"
        text = _insert(text, rng, piece)
    return text


def digit_runs(data, others, rng):
    alphabet = rng.choice(["0123456789", "0123456789/", "0123456789.", "0123456789/.-:", "/", "."])
    run = "".join(rng.choice(alphabet) for _ in range(rng.randint(10, 5000)))
    return _insert(_as_text(data), rng, run)


def quote_marks(data, others, rng):
    marks = rng.choice(['"', "\u201c\u201d", "'", "\u201c", "\u201d", '" kata Budi "'])
    return _insert(_as_text(data), rng, marks * rng.randint(100, 5000))


def separator_runs(data, others, rng):
    sep = rng.choice(SEPARATORS)
    return _insert(_as_text(data), rng, sep * rng.randint(100, 20000))


MUTATIONS = [byte_flips, splice, repeat_fragment, random_unicode, huge_time_numbers, digit_runs, quote_marks,
             separator_runs]


def signature(exc: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "linimasa" in f.filename]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    return f"{type(exc).__name__} at {where}"


def run_one(args: tuple[int, int]) -> tuple[str | None, float, str]:
    """(crash signature or None, seconds, short description) for page `index` of run `seed`."""
    import linimasa
    from linimasa.model import InputError

    seed, index = args
    pages = _PAGES
    rng = random.Random(seed * 1_000_003 + index)
    data = mutate(rng.choice(pages), pages, rng)
    start = time.perf_counter()
    try:
        linimasa.annotate(data, published=rng.choice([None, "2021-05-20"]))
        crash = None
    except InputError:
        crash = None
    except Exception as exc:  # the whole point: count what escapes
        crash = signature(exc)
        return crash, time.perf_counter() - start, f"seed={seed} index={index}: {str(exc)[:80]}"
    return crash, time.perf_counter() - start, f"seed={seed} index={index}"


_PAGES: list[bytes] = []


def _init() -> None:
    _PAGES[:] = load_seeds()


def _stop(signum, frame):  # SIGTERM: print the summary of the pages done so far
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20000, help="mutated pages to run (default 20000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1); a page is seed+index")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    ap.add_argument("--slow", type=float, default=10.0, help="seconds that make a page 'slow' (default 10)")
    ap.add_argument("--start", type=int, default=0, help="first index (to replay one page: --start I --n 1)")
    args = ap.parse_args(argv)
    _init()
    crashes: Counter[str] = Counter()
    first: dict[str, str] = {}
    slow: list[tuple[float, str]] = []
    worst = 0.0
    began = time.perf_counter()
    work = [(args.seed, i) for i in range(args.start, args.start + args.n)]
    if args.jobs > 1:
        pool = ProcessPoolExecutor(args.jobs, initializer=_init)
        results = pool.map(run_one, work, chunksize=20)
    else:
        results = map(run_one, work)
    done = 0
    signal.signal(signal.SIGTERM, _stop)
    try:
        for done, (crash, seconds, where) in enumerate(results, 1):
            worst = max(worst, seconds)
            if crash:
                crashes[crash] += 1
                first.setdefault(crash, where)
                print(f"crash: {crash} ({where})", file=sys.stderr, flush=True)
            if seconds > args.slow:
                slow.append((seconds, where))
                print(f"slow: {seconds:.1f} s ({where})", file=sys.stderr, flush=True)
            if done % 500 == 0:
                print(f"[{done}/{args.n}] {sum(crashes.values())} crashes, {len(slow)} slow, "
                      f"{time.perf_counter() - began:.0f} s", file=sys.stderr, flush=True)
    except KeyboardInterrupt:
        print(f"stopped after {done} pages", file=sys.stderr)
    print(f"pages: {done} of {args.n} (seed {args.seed}), seeds: {len(_PAGES)}, {time.perf_counter() - began:.0f} s")
    print(f"uncaught exceptions: {sum(crashes.values())} in {len(crashes)} signatures")
    for sig, count in crashes.most_common():
        print(f"  {count:6d}  {sig}  (first: {first[sig]})")
    print(f"pages over {args.slow:g} s: {len(slow)}; slowest page {worst:.2f} s", flush=True)
    for seconds, where in sorted(slow, reverse=True)[:10]:
        print(f"  {seconds:7.2f} s  {where}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
