"""kill -9 at random moments of an ingest: the store stays whole, and the re-run ends equal to a clean ingest."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.robustness.corpus import page

N = 30
ROUNDS = 3


def _ingest(pages, db, **kw):
    return subprocess.Popen([sys.executable, "-m", "linimasa.cli", "ingest", str(pages), "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def _contents(db) -> dict:
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        articles = {r[0]: (r[1], r[2]) for r in c.execute("SELECT id, content_hash, json FROM articles")}
        counts = {t: c.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("articles_fts", "signatures", "entities", "quotes", "events")}
        orphans = sum(c.execute(f"SELECT COUNT(*) FROM {t} WHERE article_id NOT IN (SELECT id FROM articles)")
                      .fetchone()[0] for t in ("signatures", "lsh", "entities", "quotes", "events"))
    assert orphans == 0  # no part of an article without the article
    assert counts["articles_fts"] == counts["signatures"] == len(articles)  # and no article without its parts
    return {"articles": articles, **counts}


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    for i in range(N):
        (folder / f"p{i:03d}.txt").write_text(page(200 + i))
    clean = folder.parent / "clean.db"
    out, err = _ingest(folder, clean).communicate(timeout=300)
    assert "30 new" in out, err
    return folder, _contents(clean)


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_kill_9_at_a_random_moment(tmp_path, pages, round_):
    folder, clean = pages
    seed = random.randrange(10 ** 6)
    rng = random.Random(seed)
    db = tmp_path / "s.db"
    target = rng.randint(0, N - 1)  # articles stored when the kill comes (0: during start-up and schema)
    proc = _ingest(folder, db)
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        time.sleep(rng.uniform(0.01, 0.2))
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as c:
                if c.execute("SELECT COUNT(*) FROM articles").fetchone()[0] >= target:
                    break
        except sqlite3.Error:
            continue
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    if db.exists():
        partial = _contents(db)
        assert set(partial["articles"]) <= set(clean["articles"]), f"seed {seed}"
    out, err = _ingest(folder, db).communicate(timeout=300)
    assert "Traceback" not in err, err
    assert _contents(db) == clean, f"seed {seed}: the re-run differs from a clean ingest"
