"""The store: idempotent by content hash, near-duplicate links, search, and consistency after kill -9."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

from linimasa import ingest, pipeline
from linimasa.store import MIGRATIONS, Store

STORY = ("Pemerintah Kabupaten Contoh meresmikan jembatan gantung baru di Desa Sukamaju pada Senin (3/3/2025). "
         "Jembatan sepanjang 120 meter itu menghubungkan dua dusun yang selama ini terpisah oleh sungai. "
         "Bupati Contoh mengatakan pembangunan menelan biaya Rp 4 miliar dari anggaran daerah tahun lalu. "
         "Warga menyambut peresmian dengan pawai dan pertunjukan musik tradisional di lapangan desa. "
         "Menurut kepala desa, anak-anak kini tidak lagi harus menyeberang sungai dengan rakit setiap pagi.")


def _add(store, text, source="x.txt"):
    doc = ingest.document_from(text, source=source)
    return store.add(pipeline.process(doc), doc.content_hash)


def test_schema_version_and_wal(tmp_path):
    with Store(tmp_path / "s.db") as st:
        assert st.schema_version >= 1
        assert st.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(tmp_path / "s.db") as st:  # reopening does not migrate again
        assert st.schema_version >= 1


def test_same_page_twice_is_stored_once(tmp_path):
    with Store(tmp_path / "s.db") as st:
        assert _add(st, STORY) == "new"
        assert _add(st, STORY, source="copy.txt") == "duplicate"
        assert st.count() == 1


def test_wire_copy_on_another_site_is_linked(tmp_path):
    copy = "KOTA CONTOH - " + STORY + " Ikuti kami di media sosial untuk berita terbaru lainnya."
    with Store(tmp_path / "s.db") as st:
        _add(st, STORY, "a.txt")
        assert _add(st, copy, "b.txt") == "near-duplicate"
        other = _add(st, "Harga cabai rawit di pasar induk naik dua kali lipat menjelang Lebaran, kata pedagang.")
        assert other == "new"
        [(dup, original, sim)] = st.near_duplicates()
        assert sim >= 0.8 and {st.get(dup).source, st.get(original).source} == {"a.txt", "b.txt"}


def test_first_page_of_a_wire_story_is_linked_to_the_whole(tmp_path):
    whole = STORY + " " + STORY.replace("Desa Sukamaju", "Desa Sukamulya").replace("120", "95")
    with Store(tmp_path / "s.db") as st:
        _add(st, whole, "full.txt")
        assert _add(st, STORY, "page1.txt") == "near-duplicate"
        assert st.schema_version == len(MIGRATIONS)


def test_search_with_snippets_and_hostile_queries(tmp_path):
    with Store(tmp_path / "s.db") as st:
        _add(st, STORY)
        [hit] = st.search("jembatan gantung")
        assert "[jembatan]" in hit["snippet"].lower()
        for q in ['"', "AND OR NOT", "jembatan*", "(", "'; DROP TABLE articles; --", "NEAR(", ""]:
            st.search(q)  # never raises
        assert st.search("kereta") == []
        assert st.count() == 1


def test_articles_round_trip(tmp_path):
    with Store(tmp_path / "s.db") as st:
        _add(st, STORY)
        [a] = list(st.articles())
        assert a.body and st.get(a.id).to_dict() == a.to_dict()


def test_kill_9_mid_ingest_leaves_a_consistent_store(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    n = 300
    for i in range(n):
        (pages / f"p{i:04d}.txt").write_text(f"Berita nomor {i}. " + STORY.replace("120", str(100 + i)) + f" Kode {i}.")
    db = tmp_path / "s.db"
    cmd = [sys.executable, "-m", "linimasa.cli", "ingest", str(pages), "--db", str(db)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:  # wait until some but not all pages are stored
        time.sleep(0.2)
        try:
            with sqlite3.connect(db) as c:
                stored = c.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            continue
        if stored >= 20 or proc.poll() is not None:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = c.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        fts = c.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0]
        sigs = c.execute("SELECT COUNT(*) FROM signatures").fetchone()[0]
    assert 0 < stored and stored == fts == sigs  # every stored article is whole
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    with Store(db) as st:
        assert st.count() == n
        assert len({a.source for a in st.articles()}) == n


def test_cli_ingest_summary_and_exit_codes(tmp_path):
    (tmp_path / "good.txt").write_text(STORY)
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02" * 50)
    db = str(tmp_path / "s.db")
    run = [sys.executable, "-m", "linimasa.cli", "ingest", "--db", db]
    first = subprocess.run(run + [str(tmp_path)], capture_output=True, text=True)
    assert first.returncode == 1 and "1 new" in first.stdout and "1 failed" in first.stdout
    assert "bad.txt: binary" in first.stderr
    again = subprocess.run(run + [str(tmp_path / "good.txt")], capture_output=True, text=True)
    assert again.returncode == 0 and "1 duplicate" in again.stdout
    usage = subprocess.run(run, capture_output=True, text=True)
    assert usage.returncode == 2
    search = subprocess.run([sys.executable, "-m", "linimasa.cli", "search", "jembatan", "--db", db,
                             "--format", "json"], capture_output=True, text=True)
    assert search.returncode == 0 and '"article"' in search.stdout
    assert textwrap.dedent("").strip() == ""


def test_near_duplicate_lookup_is_bounded_whatever_the_bucket(tmp_path, monkeypatch):
    """Pages that share one band (a site's furniture) do not make each new page compare with all of them."""
    from dataclasses import replace

    from linimasa.store import BAND_CANDIDATES, minhash

    article = pipeline.process(ingest.document_from(STORY, source="x.txt"))
    calls = []
    real = minhash.similarity
    monkeypatch.setattr(minhash, "similarity", lambda a, b: calls.append(1) or real(a, b))
    with Store(tmp_path / "s.db") as st:
        for i in range(120):  # 120 copies: every band of every copy is the same bucket
            calls.clear()
            st.add(replace(article, id=f"a{i:04d}"), f"hash-{i}")
        assert 0 < len(calls) <= BAND_CANDIDATES  # one bucket: the latest few of it, not all 119
        assert len(st.near_duplicates()) == 119  # and each copy still finds an original
