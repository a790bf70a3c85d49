"""Several processes on one store: a race on a new store's schema, two writers and a reader at once."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from linimasa.store import Store

PLACES = ["Sukamaju", "Cibodas", "Karangsari", "Tanjungrejo", "Mekarjaya", "Sidomulyo"]


def page(i: int) -> str:
    place = PLACES[i % len(PLACES)]
    return (f"Laporan {i}: warga Desa {place} nomor {i} memperbaiki saluran irigasi sepanjang {100 + i} meter "
            f"pada Senin (3/3/2025). Kepala desa berkata pekerjaan ke-{i} itu selesai dalam {i % 7 + 2} hari. "
            f"Biaya sebesar Rp {i * 13 % 97 + 1} juta berasal dari iuran {i * 3} keluarga petani setempat. "
            f"Petugas ke-{i} mencatat debit air naik {i % 40 + 5} persen di petak sawah nomor {i * 7}.")


def _pages(folder, numbers):
    folder.mkdir()
    for i in numbers:
        (folder / f"p{i:04d}.txt").write_text(page(i), encoding="utf-8")


READER = """
import sqlite3, sys, time
from linimasa.store import Store
end = time.time() + float(sys.argv[2])
reads = 0
while time.time() < end:
    try:
        with Store(sys.argv[1]) as st:
            st.count(); st.search("irigasi", limit=5); reads += 1
    except sqlite3.Error as exc:
        print("reader:", exc, file=sys.stderr); sys.exit(1)
print(reads)
"""


def test_two_ingests_and_a_reader_on_a_new_store(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    _pages(a, range(0, 40))
    _pages(b, range(20, 60))  # 20 pages in both: stored once
    db = tmp_path / "new.db"  # does not exist yet: both writers race on the schema migration
    cmd = [sys.executable, "-m", "linimasa.cli", "ingest", "--db", str(db)]
    writers = [subprocess.Popen(cmd + [str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for folder in (a, b)]
    reader = subprocess.Popen([sys.executable, "-c", READER, str(db), "6"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    results = [p.communicate(timeout=300) for p in writers]
    out, err = reader.communicate(timeout=300)
    for p, (_stdout, stderr) in zip(writers, results, strict=True):
        assert p.returncode == 0, stderr
        assert "locked" not in stderr and "Traceback" not in stderr
    assert reader.returncode == 0, err
    with Store(db) as st:
        assert st.count() == 60
        assert len({a.source.rsplit("/", 1)[-1] for a in st.articles()}) == 60  # no page lost
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        hashes = c.execute("SELECT COUNT(DISTINCT content_hash), COUNT(*) FROM articles").fetchone()
        assert hashes[0] == hashes[1] == 60  # none duplicated
        assert c.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0] == 60


def test_many_first_openings_of_a_new_store(tmp_path):
    db = tmp_path / "race.db"
    code = "import sys; from linimasa.store import Store; Store(sys.argv[1]).close()"
    procs = [subprocess.Popen([sys.executable, "-c", code, str(db)], stderr=subprocess.PIPE, text=True)
             for _ in range(6)]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert all(p.returncode == 0 for p in procs), errors
    with Store(db) as st:
        assert st.schema_version >= 2 and st.count() == 0
