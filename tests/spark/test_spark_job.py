"""`linimasa spark` in local mode: the same articles, entities, quotes, events, duplicates and timeline as one machine.

Each corpus runs once per test session (module fixtures); the single-machine side is `ingest_into` a
fresh SQLite store and the store's readers, exactly what `linimasa ingest` / `timeline` / `entities` do.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from linimasa.cli import main
from linimasa.cli.ingest_cmd import ingest_into
from linimasa.cli.timeline_cmd import timeline_from_store
from linimasa.entities.canonical import merge
from linimasa.spark import read
from linimasa.spark.schemas import TABLES, arrow_schema
from linimasa.store import Store
from tests.warc import warc_bytes

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "linimasa" / "sample"


def _spark_run(spark, inputs: list[Path], out: Path):
    from linimasa.spark import job

    return job.run([str(p) for p in inputs], str(out), spark=spark, partitions=2)


def _one_machine(inputs: list[Path], db: Path):
    store = Store(db)
    counts, failures = ingest_into(store, [str(p) for p in inputs])
    return store, counts, failures


def _rows(out: Path, name: str) -> list[dict]:
    return read.table(out, name).to_pylist()


@pytest.fixture(scope="module", params=["sample", "seeds"])
def corpus(request, spark, tmp_path_factory):
    if request.param == "seeds":
        folder = request.getfixturevalue("seed_dir")
    else:
        folder = SAMPLE
    tmp = tmp_path_factory.mktemp(request.param)
    summary = _spark_run(spark, [folder], tmp / "out")
    store, counts, failures = _one_machine([folder], tmp / "one.db")
    yield {"out": tmp / "out", "summary": summary, "store": store, "counts": counts, "failures": failures}
    store.close()


def test_articles_are_the_same(corpus):
    out, store = corpus["out"], corpus["store"]
    spark_articles = {a.id: (a.to_dict(), h) for a, h in read.articles(out)}
    mine = {r["id"]: r for r in store.db.execute("SELECT id, content_hash, json FROM articles")}
    assert len(spark_articles) == len(mine) >= 5
    for aid, (article, content_hash) in spark_articles.items():
        assert content_hash == mine[aid]["content_hash"]
        assert article == json.loads(mine[aid]["json"])
    assert corpus["summary"].failure_count == len(corpus["failures"]) == 0


def test_per_article_tables_hold_every_timex_entity_quote_and_event(corpus):
    out, store = corpus["out"], corpus["store"]
    arts = list(store.articles())
    by_table = {name: _rows(out, name) for name in ("timexes", "entities", "quotes", "events")}
    assert sorted((r["article_id"], r["start"], r["value"]) for r in by_table["timexes"]) == \
        sorted((a.id, t.start, t.value) for a in arts for t in a.timexes)
    assert sorted((r["article_id"], r["entity_id"], r["name"], r["role"], len(r["mentions"]))
                  for r in by_table["entities"]) == \
        sorted((a.id, e.id, e.name, e.role, len(e.mentions)) for a in arts for e in a.entities)
    assert sorted((r["article_id"], r["start"], r["text"], r["speaker"]) for r in by_table["quotes"]) == \
        sorted((a.id, q.start, q.text, q.speaker) for a in arts for q in a.quotes)
    assert sorted((r["article_id"], r["position"], r["type"], r["date"], tuple(r["participants"]))
                  for r in by_table["events"]) == \
        sorted((a.id, n, e.type, e.date.value if e.date else None, tuple(e.participants))
               for a in arts for n, e in enumerate(a.events))
    assert by_table["entities"] and by_table["events"] and by_table["timexes"]


def test_canonical_entities_and_duplicates_are_the_same(corpus):
    out, store = corpus["out"], corpus["store"]
    assert read.canonical_entities(out) == merge(store.articles())
    spark_dups = sorted((r["article_id"], r["duplicate_of"], r["similarity"]) for r in _rows(out, "duplicates"))
    assert spark_dups == sorted(store.near_duplicates())


def test_timeline_is_the_same(corpus):
    out, store = corpus["out"], corpus["store"]
    mine = timeline_from_store(store).to_dict()
    assert mine["entries"]
    assert read.timeline(out).to_dict() == mine


def test_tables_follow_the_declared_schemas(corpus):
    import pyarrow.parquet as pq

    for name in TABLES:
        schema = pq.read_schema(next((corpus["out"] / name).glob("*.parquet")))
        assert [f.name for f in schema] == [f.name for f in arrow_schema(name)]
        assert all(a.type == b.type for a, b in zip(schema, arrow_schema(name), strict=True)), name




PAGE = ("<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>MATARAM - {lead}</p>"
        "<p>{more}</p></article></body></html>")


def _mixed_folder(folder: Path) -> None:
    """A WARC of two pages, a JSONL with a broken line, a binary file and a good text page with a byte copy."""
    folder.mkdir()
    (folder / "crawl.warc.gz").write_bytes(warc_bytes([
        ("https://contoh.invalid/berita/jembatan", PAGE.format(
            title="Jembatan Gantung Desa Sukamaju Putus Diterjang Banjir",
            lead="Jembatan gantung penghubung dua dusun di Desa Sukamaju putus diterjang banjir pada Selasa "
                 "(4/2/2025) malam, kata Kepala Desa Sukamaju, Wayan Sudarsa, kepada wartawan.",
            more="Warga kini menyeberang memakai rakit bambu. Pemerintah kabupaten berjanji membangun jembatan "
                 "darurat dalam dua pekan.")),
        ("https://contoh.invalid/berita/pasar", PAGE.format(
            title="Pasar Induk Kota Contoh Dibuka Kembali Setelah Renovasi",
            lead="Pasar induk Kota Contoh dibuka kembali pada Senin (10/2/2025) setelah direnovasi selama "
                 "enam bulan, ujar Wali Kota Contoh, Ratna Kusumawati.",
            more="Sebanyak 1.200 pedagang menempati kios baru. Dinas Perdagangan menata ulang jalur bongkar "
                 "muat agar tidak mengganggu lalu lintas.")),
    ]))
    (folder / "kiriman.jsonl").write_text(
        json.dumps({"text": "KUPANG - Nelayan Kupang kembali melaut pada Kamis (6/2/2025) setelah cuaca membaik, "
                            "kata Ketua Himpunan Nelayan Kupang, Yohanes Bria, kepada wartawan di pelabuhan.",
                    "url": "https://contoh.invalid/nelayan", "outlet": "Kabar Contoh"}) + "\n{ini bukan json\n",
        encoding="utf-8")
    (folder / "rusak.txt").write_bytes(bytes(range(256)) * 16)
    shutil.copy(SAMPLE / "01_wartanusantara_kapal-hilang-kontak.txt", folder / "kapal.txt")
    shutil.copy(SAMPLE / "01_wartanusantara_kapal-hilang-kontak.txt", folder / "kapal-salinan.txt")  # a byte copy


@pytest.fixture(scope="module")
def mixed(spark, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("mixed")
    folder = tmp / "in"
    _mixed_folder(folder)
    summary = _spark_run(spark, [folder, tmp / "tidak-ada"], tmp / "out")
    store, counts, failures = _one_machine([folder, tmp / "tidak-ada"], tmp / "one.db")
    yield {"out": tmp / "out", "summary": summary, "store": store, "failures": failures, "folder": folder}
    store.close()


def test_warc_records_become_articles(mixed):
    sources = {r["source"] for r in _rows(mixed["out"], "articles")}
    assert {s for s in sources if ".warc.gz#" in s} == {
        f"{mixed['folder']}/crawl.warc.gz#https://contoh.invalid/berita/jembatan",
        f"{mixed['folder']}/crawl.warc.gz#https://contoh.invalid/berita/pasar"}
    assert sources == {a.source for a in mixed["store"].articles()}


def test_bad_files_become_failure_rows_and_the_job_goes_on(mixed):
    rows = {(r["source"], r["reason"]) for r in _rows(mixed["out"], "failures")}
    assert rows == {(f.source, f.reason) for f in mixed["failures"]}
    names = {Path(s.split("#")[0]).name for s, _r in rows}
    assert names == {"rusak.txt", "kiriman.jsonl", "tidak-ada"}
    assert mixed["summary"].failure_count == 3 and mixed["summary"].articles == 4


def test_a_byte_copy_is_stored_once_as_the_first_copy(mixed):
    assert mixed["summary"].duplicates == 1
    kept = [r["source"] for r in _rows(mixed["out"], "articles") if r["source"].endswith(".txt")]
    assert kept == [a.source for a in mixed["store"].articles() if a.source.endswith(".txt")]
    assert len(kept) == 1
    text_article = next(a for a in mixed["store"].articles() if a.source.endswith(".txt"))
    rows_of = [r for r in _rows(mixed["out"], "entities") if r["article_id"] == text_article.id]
    assert len(rows_of) == len(text_article.entities) > 0  # the copy's rows were dropped


def test_parquet_readers_in_the_cli(mixed, tmp_path, capsys):
    out = str(mixed["out"])
    assert main(["entities", "--parquet", out]) == 0
    entities = json.loads(capsys.readouterr().out)
    assert entities == merge(mixed["store"].articles())
    full = read.timeline(mixed["out"]).to_dict()["entries"]
    assert main(["timeline", "--parquet", out, "--from", "2025-03-01", "--to", "2025-03-06"]) == 0
    in_range = json.loads(capsys.readouterr().out)["entries"]
    assert in_range == [e for e in full if "2025-03-01" <= e["date"] <= "2025-03-06"]
    assert {e["date"] for e in in_range} == {"2025-03-05", "2025-03-06"}
    assert main(["timeline", "--parquet", out, "--entity", "Sudarsa"]) == 0  # a bare surname: any alias
    picked = json.loads(capsys.readouterr().out)["entries"]
    assert [e["date"] for e in picked] == ["2025-02-04"] and "Wayan Sudarsa" in picked[0]["participants"]
    db = tmp_path / "from-parquet.db"
    assert main(["ingest", "--parquet", out, "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith("4 new")
    with Store(db) as loaded:
        assert sorted(a.to_dict()["id"] for a in loaded.articles()) == \
            sorted(a.id for a in mixed["store"].articles())
    assert main(["timeline", "--parquet", str(tmp_path / "nothing")]) == 2


def _corrections_for(out: Path) -> list[tuple[str, dict]]:
    """One correction of each kind that changes a timeline or the entity list, aimed at what the tables hold."""
    entries = [e for e in read.timeline(out).to_dict()["entries"] if e["sources"]]
    first, other = entries[0], next(e for e in entries if e["date"] != entries[0]["date"])
    cited = {first["sources"][0]["article"], other["sources"][0]["article"]}
    event = next(r for r in _rows(out, "events") if r["article_id"] not in cited and r["date"])
    people = [e for e in read.canonical_entities(out) if e["type"] == "PER"]
    return [
        ("exclude_entry", {"sources": [[s["article"], s["sentence"]] for s in first["sources"]],
                           "date": first["date"]}),
        ("pin_date", {"sources": [[other["sources"][0]["article"], other["sources"][0]["sentence"]]],
                      "from": other["date"], "date": "2031-05-06", "precision": "day"}),
        ("exclude_event", {"article": event["article_id"], "start": event["start"]}),
        ("merge_entities", {"into": people[0]["name"], "names": [people[1]["name"]]}),
    ]


def _alias_sets(entities: list[dict]) -> list[dict]:
    return [{**e, "aliases": (e["aliases"][0], sorted(e["aliases"]))} for e in entities]


def test_a_stores_corrections_apply_on_top_of_the_parquet_tables(corpus, tmp_path, capsys):
    from linimasa import corrections, views

    out, db = corpus["out"], tmp_path / "corrected.db"
    assert main(["ingest", "--parquet", str(out), "--db", str(db)]) == 0  # what a cluster user does for the web app
    with Store(db) as store:
        for kind, value in _corrections_for(out):
            corrections.add(store.db, kind, value)
        store.db.commit()
        expected_timeline = views.timeline(store).to_dict()
        expected_entities = views.entities(store)
    capsys.readouterr()
    assert main(["timeline", "--parquet", str(out), "--db", str(db)]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got == expected_timeline
    assert got != read.timeline(out).to_dict()  # the corrections changed it
    assert "2031-05-06" in {e["date"] for e in got["entries"]}
    assert main(["entities", "--parquet", str(out), "--db", str(db)]) == 0
    # the same entities, counts, roles and articles; a merged entity's aliases may come in another order (the
    # store's stored canonical entities join a merge's aliases incrementally, the reader re-merges its articles)
    assert _alias_sets(json.loads(capsys.readouterr().out)) == _alias_sets(expected_entities)
    # without --db the tables are read as written; a --db that is no store is a usage error
    assert main(["entities", "--parquet", str(out)]) == 0
    assert json.loads(capsys.readouterr().out) == read.canonical_entities(out)
    assert main(["timeline", "--parquet", str(out), "--db", str(tmp_path / "nothing.db")]) == 2
    assert "no such store" in capsys.readouterr().err
