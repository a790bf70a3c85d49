"""The closing-note table: for each bad-input class, what `linimasa ingest` does, its time and peak memory.

    .venv/bin/python scripts/bad_input_table.py [--bomb-mib 1024]

Builds the robustness suite's hostile folder (tests/robustness/corpus.py, with 1 GiB bombs by default)
and runs `/usr/bin/time -v linimasa ingest FILE --db NEW` once per class, printing a Markdown table of
exit code, the per-file message (or the summary line), wall time and maximum resident set size.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.robustness import corpus  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bomb-mib", type=int, default=1024, help="size of the decompressed bombs in MiB (default 1024)")
    args = ap.parse_args()
    linimasa = Path(sys.executable).with_name("linimasa")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        cases = corpus.build(folder, bomb_size=args.bomb_mib << 20)
        print("| class | file | exit | what happens | time (s) | peak RSS (MB) |")
        print("|---|---|---|---|---|---|")
        done: set[str] = set()
        for cls, (name, _expected) in cases.items():
            file = name.split("#")[0]
            path = folder / file if not file.startswith("berita \\xff") else next(folder.glob("berita *aneh.txt"))
            db = Path(tmp) / f"{len(done)}.db"
            done.add(cls)
            run = subprocess.run(["/usr/bin/time", "-v", str(linimasa), "ingest", "--db", str(db), "--", str(path)],
                                 capture_output=True, text=True, errors="replace")
            wall = re.search(r"Elapsed \(wall clock\) time.*?: (?:(\d+):)?(\d+):([\d.]+)", run.stderr)
            seconds = (int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))) if wall else 0
            rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr).group(1)) / 1024
            messages = [line.split(": ", 2)[-1] for line in run.stderr.splitlines() if line.startswith("linimasa: ")]
            if "#" in name:
                messages = [line.split(": ", 2)[-1] for line in run.stderr.splitlines()
                            if line.startswith("linimasa: ") and name.split("#")[1] == line.split("#")[-1].split(":")[0]]
            what = "; ".join(m[:90] for m in messages[:2]) or run.stdout.strip().split(";")[0]
            print(f"| {cls} | `{name}` | {run.returncode} | {what.replace('|', '/')} | {seconds:.2f} | {rss:.0f} |",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
