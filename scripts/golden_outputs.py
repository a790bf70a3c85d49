"""Dump every output a speed change must leave alone, to diff before/after byte for byte.

    python scripts/golden_outputs.py OUT_DIR

For each corpus (the bundled sample, and when present `../shared/corpus/seeds` and
`../shared/corpus/real-html-dev`, plus 40 pages of `bench/generate.py`) it writes:

- `<corpus>.annotate.jsonl`: `linimasa annotate --format jsonl` of every page;
- `<corpus>.<cmd>.json`: `timeline`, `entities`, `quotes`, `events` over a fresh store the
  corpus was ingested into (`linimasa ingest`), and the ingest counts.

Then `diff -r BEFORE AFTER` shows any change. Nothing here is timed, so nothing varies between
runs of the same code; run-dependent fields (store paths) are not part of these outputs.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
LINIMASA = [sys.executable, "-m", "linimasa.cli"]


def run(args: list[str], out: Path, tmp: Path) -> None:
    done = subprocess.run(LINIMASA + args, capture_output=True, text=True)
    text = done.stdout + (f"\n[exit {done.returncode}] {done.stderr}\n" if done.returncode else "")
    # paths of the temporary folder and of this checkout vary between runs
    text = text.replace(str(tmp), "<tmp>").replace(str(ROOT), "<checkout>").replace(str(ROOT.parent), "<root>")
    out.write_text(text, encoding="utf-8")


def corpora(tmp: Path) -> dict[str, Path]:
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate_pages, sample_dir

    found = {"sample": sample_dir()}
    for name in ("seeds", "real-html-dev"):
        if (SHARED / name).is_dir():
            found[name] = SHARED / name
    generate_pages(tmp / "generated", 40, seed=3)
    found["generated"] = tmp / "generated"
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    args = ap.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for name, folder in corpora(tmp).items():
            # a folder is read as the CLI reads it (sidecar metadata included); the real pages sit beside gold texts
            pages = sorted(str(p) for p in folder.glob("*.html")) if name == "real-html-dev" else [str(folder)]
            run(["annotate", "--format", "jsonl", *pages], args.out_dir / f"{name}.annotate.jsonl", tmp)
            db = tmp / f"{name}.db"
            run(["ingest", "--db", str(db), "--jobs", "1", *pages], args.out_dir / f"{name}.ingest.txt", tmp)
            for cmd in ("timeline", "entities", "quotes", "events"):
                run([cmd, "--db", str(db), "--format", "json"], args.out_dir / f"{name}.{cmd}.json", tmp)
            print(f"{name}: {len(pages)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
