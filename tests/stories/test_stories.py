"""Story detection: grouping, incremental placement with stable ids, merges, background pieces, the CLI contract."""

from __future__ import annotations

import json
import re
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from linimasa.cli import main
from linimasa.cli.ingest_cmd import ingest_into
from linimasa.store import Store
from linimasa.stories import MERGE, Detector, Item, _unit, resolve, similarity, stories
from linimasa.stories.evaluate import doc_key, read_chronology, rouge, score_grouping

HERE = Path(__file__).parent
INVENTED = HERE.parent / "entities" / "stories"
SAMPLE = Path(str(resources.files("linimasa") / "sample"))
GOLD = json.loads((resources.files("linimasa.stories") / "data" / "dev_gold.json").read_text(encoding="utf-8"))


def _store(tmp_path, *paths, name="s.db") -> Store:
    store = Store(tmp_path / name)
    _counts, failures = ingest_into(store, [str(p) for p in paths])
    assert not failures
    return store


def _story_of(found: list[dict], file_name: str) -> dict:
    return next(s for s in found if any(Path(a["source"].split("#")[0]).name == file_name for a in s["articles"]))


def test_invented_stories_and_the_sample_are_each_one_story(tmp_path):
    with _store(tmp_path, INVENTED, SAMPLE) as store:
        found = stories(store)
    scores = score_grouping(found, GOLD)
    assert set(scores) == {"sample-ferry"} | {f"invented-{d.name}" for d in INVENTED.iterdir() if d.is_dir()}
    for gold_id, s in scores.items():
        assert s["recall"] == 1.0 and s["purity"] == 1.0, (gold_id, s)
    assert sum(s["size"] for s in found) == sum(1 for s in found for _ in s["articles"])


def test_json_contract(tmp_path, capsys):
    with _store(tmp_path, INVENTED / "bank", INVENTED / "quake"):
        pass
    assert main(["stories", "--db", str(tmp_path / "s.db")]) == 0
    found = json.loads(capsys.readouterr().out)
    assert len(found) == 2
    for s in found:
        assert set(s) >= {"id", "title", "first", "last", "entities", "articles", "size"}
        assert s["size"] == len(s["articles"]) and s["first"] <= s["last"]
        assert all(set(a) == {"article", "source", "title", "published"} for a in s["articles"])
        published = [a["published"] for a in s["articles"]]
        assert published == sorted(published)
    bank = _story_of(found, "01_kabarekonomi_akuisisi.txt")
    assert "Bank Pesisir Nusantara" in " ".join(bank["entities"])
    assert bank["title"] in {a["title"] for a in bank["articles"]}


def test_new_articles_join_or_start_stories_and_old_ids_stay(tmp_path):
    bank = sorted((INVENTED / "bank").iterdir())
    with _store(tmp_path, *bank[:2]) as store:
        first = stories(store)
        assert len(first) == 1
        story_id = first[0]["id"]
        ingest_into(store, [str(bank[2]), str(INVENTED / "quake")])
        second = stories(store)
        assert stories(store) == second  # a run with nothing new changes nothing
    assert _story_of(second, bank[2].name)["id"] == story_id
    assert _story_of(second, bank[2].name)["size"] == 3
    quake = _story_of(second, "01_kabarcelebes_gempa-mamuju.txt")
    assert quake["id"] != story_id and quake["size"] == 2


def test_an_anniversary_piece_joins_the_story_it_recalls(tmp_path):
    with _store(tmp_path, SAMPLE, INVENTED, HERE / "pages" / "peringatan-setahun.txt") as store:
        found = stories(store)
    ferry = _story_of(found, "01_wartanusantara_kapal-hilang-kontak.txt")
    assert "peringatan-setahun.txt" in {Path(a["source"]).name for a in ferry["articles"]}


def _item(article: str, seq: int, vectors) -> Item:
    return Item(article=article, seq=seq, source=article, title=article, published="2025-01-01", text="",
                entities={}, days=[738000], vectors=vectors)


def test_close_stories_merge_and_the_old_id_resolves_to_the_survivor():
    det = Detector()
    same = [{1: 1.0}, {2: 1.0}, {3: 1.0}]
    det.put(_item("a", 0, same), "s-a")
    det.put(_item("b", 1, same), "s-b")
    det.put(_item("c", 2, [{9: 1.0}, {8: 1.0}, {7: 1.0}]), "s-c")
    det.changed = {"s-b", "s-c"}
    assert det.merge_pass() == [("s-b", "s-a")]
    assert det.resolve("s-b") == "s-a" and det.of["b"] == "s-a" and "s-c" in det.stories


@pytest.mark.parametrize("shared_weight, merges", [(0.3, True), (0.1, False)])
def test_a_small_story_whose_articles_would_each_join_a_bigger_one_merges_into_it(shared_weight, merges):
    """An article that narrowly missed its story starts one and the next article meets it first: the pair's
    profile is far from the big story's, but each of its articles alone would have joined it."""
    det = Detector()
    for n in range(4):
        det.put(_item(f"a{n}", n, [{1: 1.0}, {2: 1.0}, {3: 1.0}]), "s-a")
    other = (1 - shared_weight ** 2) ** 0.5
    for n in range(2):
        det.put(_item(f"b{n}", 4 + n, [{1: shared_weight, 10 + n: other}, {20: 1.0}, {30: 1.0}]), "s-b")
    det.changed = {"s-b"}
    pair = similarity(Item("", 0, "", None, None, "", {}, [738000],
                                                [_unit(b) for b in det.stories["s-b"].profile]), det.stories["s-a"])
    assert pair < MERGE  # the profiles alone would not merge them
    assert (det.merge_pass() == [("s-b", "s-a")]) is merges, pair


def test_merges_are_kept_in_the_store(tmp_path):
    with _store(tmp_path, INVENTED / "bank") as store:
        sid = stories(store)[0]["id"]
        store.db.execute("INSERT INTO story_merges VALUES ('s-old', ?)", (sid,))
        assert resolve(store, "s-old") == sid
        assert resolve(store, "s-nothing") is None


def test_timeline_options(tmp_path, capsys):
    db = str(tmp_path / "s.db")
    with _store(tmp_path, SAMPLE, INVENTED / "quake"):
        pass
    assert main(["stories", "--db", db]) == 0
    ferry = _story_of(json.loads(capsys.readouterr().out), "01_wartanusantara_kapal-hilang-kontak.txt")
    assert main(["timeline", "--db", db, "--story", ferry["id"]]) == 0
    full = json.loads(capsys.readouterr().out)
    ours = {a["article"] for a in ferry["articles"]}
    assert full["entries"] and all(s["article"] in ours for e in full["entries"] for s in e["sources"])
    days = Counter(e["date"] for e in full["entries"] if not e["background"])
    assert max(days.values()) == 1  # one entry per happening-day in this story
    assert main(["timeline", "--db", db, "--story", ferry["id"], "--top", "5"]) == 0
    top = json.loads(capsys.readouterr().out)["entries"]
    assert len(top) == 5 and [e["date"] for e in top] == sorted(e["date"] for e in top)
    cut = sorted((e["salience"] for e in full["entries"]), reverse=True)[4]
    assert all(e["salience"] >= cut for e in top)
    assert main(["timeline", "--db", db, "--story", "s-nothing"]) == 2
    assert "no story" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["timeline", "--db", db, "--story", ferry["id"], "--top", "0"])
    assert exc.value.code == 2
    assert main(["timeline", "--db", db, "--top", "3"]) == 2


def test_wire_copies_count_once_in_salience(tmp_path):
    from linimasa.stories.timeline import story_timeline

    with _store(tmp_path, SAMPLE) as store:
        t = story_timeline(list(store.articles()), store.near_duplicates())
    wreck = next(e for e in t.entries if e.date == "2025-03-11")
    names = {Path(s.source).name for s in wreck.sources}
    assert {"03_lensantb_bangkai-kapal-ditemukan.txt", "04_beritakini_bangkai-kapal-ditemukan.cp1252.txt"} <= names
    with _store(tmp_path, SAMPLE, name="other.db") as store:
        apart = story_timeline(list(store.articles()), [])
    wreck_apart = next(e for e in apart.entries if e.date == "2025-03-11")
    assert wreck_apart.salience == wreck.salience + 1  # without the near-duplicate link the copy counts


def test_rouge_agreement_counts_only_same_dates():
    ref = {"2025-01-01": ["kapal tenggelam di selat"], "2025-01-02": ["pencarian dimulai pagi"]}
    same = rouge(ref, ref, 1)
    assert same["agreement"] == pytest.approx(1.0) and same["concat"] == pytest.approx(1.0)
    shifted = rouge({"2025-01-02": ["kapal tenggelam di selat"], "2025-01-01": ["pencarian dimulai pagi"]}, ref, 1)
    assert shifted["agreement"] == 0.0 and shifted["concat"] == pytest.approx(1.0)


def test_reference_chronologies_and_gold_read():
    folder = resources.files("linimasa.stories") / "data" / "chronologies"
    stories_with_gold = {g["id"] for g in GOLD["stories"]}
    files = [f for f in folder.iterdir() if f.name.endswith(".tsv")]
    assert len(files) >= 3
    for f in files:
        assert Path(f.name).stem in stories_with_gold, f.name  # named after the gold story it is of
        header = f.read_text(encoding="utf-8").split("\n", 3)
        assert any("BEFORE" in line or "AFTER" in line for line in header), f.name  # says when it was written
        chronology = read_chronology(Path(str(f)))
        assert len(chronology) >= 3
        for key in chronology:
            for alt in key.split("|"):
                assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", alt), (f.name, key)
    assert doc_key("a/b/sample/11_x.jsonl#2") == "sample/11_x.jsonl"


def test_a_read_only_store_answers_without_writing(tmp_path):
    with _store(tmp_path, INVENTED / "bank", INVENTED / "quake"):
        pass
    path = tmp_path / "s.db"
    with Store(path, read_only=True) as store:
        found = stories(store)
        from linimasa.stories.timeline import for_story

        assert len(found) == 2 and for_story(store, found[0]["id"]) is not None
    with Store(path) as store:
        assert store.db.execute("SELECT COUNT(*) FROM story_members").fetchone()[0] == 0
        assert stories(store) == found  # the same answer once it can be saved
