"""`ingest --jobs N`: a process pool analyses, one writer stores, and the store is the same as with one process."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from linimasa import parallel
from linimasa.cli import main
from linimasa.cli.ingest_cmd import ingest_into
from linimasa.model import Document, Failure
from linimasa.store import Store

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "linimasa" / "sample"
TABLES = {
    "articles": "SELECT id, content_hash, source, url, title, outlet, published, precision, body, json"
                " FROM articles ORDER BY rowid",
    "near_duplicates": "SELECT * FROM near_duplicates ORDER BY article_id, duplicate_of",
    "entities": "SELECT * FROM entities ORDER BY rowid",
    "quotes": "SELECT * FROM quotes ORDER BY rowid",
    "events": "SELECT * FROM events ORDER BY rowid",
    "signatures": "SELECT * FROM signatures ORDER BY article_id",
}


def _dump(db: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(db)
    try:
        return {name: con.execute(sql).fetchall() for name, sql in TABLES.items()}
    finally:
        con.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The sample plus a bad file and a second copy of one page: failures and duplicates in the mix."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(SAMPLE, folder / "sample")
    (folder / "sample" / "zz_binary.txt").write_bytes(bytes(range(256)) * 8)
    shutil.copy(SAMPLE / "03_lensantb_bangkai-kapal-ditemukan.txt", folder / "sample" / "zz_copy.txt")
    return folder / "sample"


@pytest.fixture
def pool(monkeypatch):
    """Chunks of two pages, so that the sample is enough to go through the pool (not the small-input path)."""
    monkeypatch.setattr(parallel, "CHUNK", 2)
    started: list[int] = []
    real = parallel.ProcessPoolExecutor

    def counting(*args, **kwargs):
        started.append(kwargs.get("max_workers", 0))
        return real(*args, **kwargs)

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", counting)
    return started


def test_jobs_2_builds_the_same_store_as_jobs_1(corpus, tmp_path, pool):
    runs = {}
    for jobs in (1, 2):
        db = tmp_path / f"jobs{jobs}.db"
        with Store(db) as store:
            counts, failures = ingest_into(store, [corpus], jobs=jobs)
        runs[jobs] = (db, counts, [(f.source, f.reason) for f in failures])
    (db1, counts1, fail1), (db2, counts2, fail2) = runs[1], runs[2]
    assert pool == [2]  # --jobs 2 went through a pool of two workers, --jobs 1 through none
    assert counts1 == counts2
    assert counts1["new"] + counts1["near-duplicate"] == 12 and counts1["duplicate"] == 1
    assert fail1 == fail2 and [Path(s).name for s, _ in fail1] == ["zz_binary.txt"]
    dump1, dump2 = _dump(db1), _dump(db2)
    assert dump1["articles"] and dump1["near_duplicates"] and dump1["events"]
    assert dump1 == dump2


def test_jobs_2_is_idempotent(corpus, tmp_path, pool):
    db = tmp_path / "again.db"
    with Store(db) as store:
        ingest_into(store, [corpus], jobs=2)
        before = _dump(db)
        counts, failures = ingest_into(store, [corpus], jobs=2)
    assert counts["duplicate"] == 13 and counts["new"] == counts["near-duplicate"] == 0
    assert len(failures) == 1
    assert _dump(db) == before


def test_results_come_back_in_input_order_with_pass_through_items():
    docs = [Document(source=f"p{i}", text=f"KUPANG - Hujan deras turun di Kupang pada Senin ({i + 1}/3/2025).")
            for i in range(20)]
    items = [*docs[:7], Failure("bad", "unreadable"), *docs[7:]]
    out = list(parallel.analyse_in_order(items, 2, wanted=lambda d: d.source != "p3"))
    assert [x.source for x, _r in out] == [x.source for x in items]
    by_source = {x.source: r for x, r in out}
    assert by_source["bad"] is None and by_source["p3"] is None
    assert all(by_source[d.source].source == d.source for d in docs if d.source != "p3")


def test_a_handful_of_pages_skips_the_pool(monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for three pages")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", no_pool)
    docs = [Document(source=f"p{i}", text=f"KUPANG - Angin kencang melanda Kupang pada Selasa ({i + 4}/3/2025).")
            for i in range(3)]
    out = list(parallel.analyse_in_order(docs, 2))
    assert [r.source for _d, r in out] == ["p0", "p1", "p2"]


def test_cli_jobs_option(corpus, tmp_path, capsys, pool):
    assert main(["ingest", str(corpus), "--db", str(tmp_path / "c.db"), "--jobs", "2"]) == 1  # the bad file
    out = capsys.readouterr()
    assert out.out.startswith("11 new, 1 near-duplicate, 1 duplicate, 1 failed")
    assert "zz_binary.txt" in out.err
    with pytest.raises(SystemExit) as exc:
        main(["ingest", str(corpus), "--db", str(tmp_path / "c.db"), "--jobs", "0"])
    assert exc.value.code == 2


def test_workers_leave_when_the_ingest_process_is_killed():
    import os
    import signal
    import subprocess
    import sys
    import time

    script = ("import sys, time\n"
              "from linimasa import parallel\n"
              "pool = parallel._pool(2)\n"
              "pool.submit(abs, -1).result()\n"
              "print(' '.join(map(str, pool._processes)), flush=True)\n"
              "time.sleep(60)\n")
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    workers = [int(p) for p in proc.stdout.readline().split()]
    assert workers
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    def alive(pid: int) -> bool:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True

    deadline = time.monotonic() + 15
    while any(alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(alive(p) for p in workers)
