"""The README's tour runs exactly as written: each `$ ` command is run in order and its output compared.

The commands run in a scratch folder laid out like the repository's surroundings (`src` and
`../shared` reachable as in the README), with the installed `linimasa` on PATH. In the shown
output `…` (or `...`) stands for any text, and runs of white space may differ (the README wraps
long lines).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ELISION = re.compile(r"(…|\.\.\.)")


def tour_blocks(readme: str) -> list[str]:
    """The fenced blocks (not ```python) of the section '## A tour of the command line'."""
    blocks, current, in_tour, fence = [], None, False, False
    for line in readme.splitlines():
        if line.startswith("```"):
            if fence:
                if current is not None:
                    blocks.append("\n".join(current))
                current, fence = None, False
            else:
                fence = True
                current = [] if in_tour and line.strip() == "```" else None
            continue
        if fence:
            if current is not None:
                current.append(line)
        elif line.startswith("## "):
            in_tour = line.strip() == "## A tour of the command line"
    return blocks


def commands(block: str) -> list[tuple[str, str]]:
    """(command, expected output) pairs of one block; a command line ending in `\\` goes on."""
    pairs: list[tuple[str, list[str]]] = []
    lines = block.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("$ "):
            cmd = line[2:]
            while cmd.endswith("\\") and i + 1 < len(lines):
                i += 1
                cmd = cmd[:-1] + " " + lines[i].strip()
            pairs.append((cmd, []))
        elif pairs:
            pairs[-1][1].append(line)
        i += 1
    return [(cmd, "\n".join(out)) for cmd, out in pairs]


def shown_pattern(expected: str) -> re.Pattern[str]:
    regex = []
    for part in ELISION.split(expected.strip()):
        if ELISION.fullmatch(part):
            regex.append(".*?")
        else:
            regex.append(r"\s*".join(re.escape(tok) for tok in part.split()))
    return re.compile(r"\s*".join(x for x in regex if x), re.S)


def test_shown_pattern_reads_elisions_and_wrapping():
    p = shown_pattern('{"a":"x … z",\n "b": …}')
    assert p.fullmatch('{"a":"x y y z","b": 3}') and not p.fullmatch('{"a":"x y","b": 3}')
    assert shown_pattern("").fullmatch("") and not shown_pattern("").fullmatch("output")


def test_the_tour_has_commands():
    pairs = [p for b in tour_blocks((ROOT / "README.md").read_text(encoding="utf-8")) for p in commands(b)]
    assert len(pairs) >= 10
    assert all(not cmd.startswith("cd ") and " cd " not in cmd for cmd, _ in pairs), "a cd breaks ../ paths"


def test_readme_tour_runs_as_written(shared, tmp_path):
    work = tmp_path / "repo"
    work.mkdir()
    (work / "src").symlink_to(ROOT / "src")
    (tmp_path / "shared").symlink_to(shared)
    env = {k: v for k, v in os.environ.items() if not k.startswith("LINIMASA")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["COLUMNS"] = "200"
    pairs = [p for b in tour_blocks((ROOT / "README.md").read_text(encoding="utf-8")) for p in commands(b)]
    for cmd, expected in pairs:
        run = subprocess.run(["bash", "-c", cmd], cwd=work, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, timeout=300)
        assert shown_pattern(expected).fullmatch(run.stdout.strip()), \
            f"README tour: `{cmd}` printed\n{run.stdout}\nwhere the README shows\n{expected}"
