"""The bundled sample corpus is installed, decodes as intended, agrees with its EXPECTED.json, and feeds the page generator."""

from __future__ import annotations

import hashlib
import html
import importlib.util
import json
import re
from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = resources.files("linimasa") / "sample"
EXPECTED = json.loads((SAMPLE / "EXPECTED.json").read_text(encoding="utf-8"))
DOCS = EXPECTED["documents"]


def _load_generator():
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _page_files() -> list[str]:
    return sorted(p.name for p in SAMPLE.iterdir() if p.name.endswith((".txt", ".html", ".jsonl")))


def _raw_text(key: str) -> str:
    """The page's text as a reader sees it: decoded with its intended encoding, HTML entities resolved."""
    name, _, line = key.partition("#")
    data = (SAMPLE / name).read_bytes()
    encoding = DOCS[key].get("encoding", "utf-8")
    text = data.decode(encoding)
    if line:
        record = json.loads(text.splitlines()[int(line) - 1])
        text = record.get("text") or record["html"]
    if name.endswith(".html") or "<p" in text:
        text = re.sub(r"<[^>]+>", " ", text)
    return html.unescape(text)


def test_corpus_is_found_through_importlib_resources():
    files = _page_files()
    assert len(files) >= 10
    assert sum(f.endswith(".txt") for f in files) >= 7
    assert sum(f.endswith(".html") for f in files) == 1
    assert sum(f.endswith(".jsonl") for f in files) == 1
    assert (SAMPLE / "README.md").is_file()


def test_package_data_patterns_cover_the_sample_directory():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"sample/*"' in pyproject


def test_every_page_has_expectations_and_every_expectation_a_page():
    keys = {k.partition("#")[0] for k in DOCS}
    assert keys == set(_page_files())


@pytest.mark.parametrize("name", _page_files())
def test_page_decodes_as_intended(name):
    data = (SAMPLE / name).read_bytes()
    keys = [k for k in DOCS if k.partition("#")[0] == name]
    if any(DOCS[k].get("encoding") == "cp1252" for k in keys):
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
        text = data.decode("cp1252")
        assert "\u201c" in text and "\u2013" in text  # curly quotes and an en dash survive the round trip
    else:
        text = data.decode("utf-8")
        assert not text.startswith("\ufeff")
    assert "\ufffd" not in text


def test_jsonl_lines_have_the_required_fields():
    for name in (f for f in _page_files() if f.endswith(".jsonl")):
        lines = (SAMPLE / name).read_text(encoding="utf-8").splitlines()
        assert len(lines) == 2
        for line in lines:
            record = json.loads(line)
            assert ("text" in record) != ("html" in record)
            for field in ("url", "title", "published", "outlet"):
                assert isinstance(record[field], str) and record[field]


def test_sidecar_dates_a_different_page_than_the_undated_one():
    sidecars = sorted(p.name for p in SAMPLE.iterdir() if p.name.endswith(".meta.json"))
    assert sidecars
    undated = [k for k, d in DOCS.items() if d["dct"]["accept"] == [None]]
    assert len(undated) == 1
    for sidecar in sidecars:
        page = sidecar.removesuffix(".meta.json")
        assert (SAMPLE / (page + ".txt")).is_file()
        assert page + ".txt" not in undated
        meta = json.loads((SAMPLE / sidecar).read_text(encoding="utf-8"))
        assert meta["published"] in DOCS[page + ".txt"]["dct"]["accept"]


def test_exactly_one_impossible_header():
    conflicted = [k for k, d in DOCS.items() if d["dct_conflict"]]
    assert len(conflicted) == 1
    rejected = DOCS[conflicted[0]]["dct"]["rejected"]
    assert rejected in _raw_text(conflicted[0])
    assert all(rejected[:10] < day for day in DOCS[conflicted[0]]["dct"]["accept"])


def _expected_strings():
    for key, doc in DOCS.items():
        for field in ("boilerplate_absent", "body_present", "body_once", "glued"):
            for s in doc.get(field, []):
                yield key, field, s
        for q in doc.get("quotes", []):
            yield key, "quote", q["starts"]
        for t in doc.get("timexes", []):
            yield key, "timex", t["text"]


@pytest.mark.parametrize(("key", "field", "text"), list(_expected_strings()))
def test_expected_strings_occur_in_the_page(key, field, text):
    # EXPECTED.json is a development gold: every string it names must really be in the page.
    assert text in _raw_text(key)


def test_body_once_strings_are_repeated_in_the_raw_page():
    # The repeated lead is in the raw page twice; the cleaner must keep it once.
    for key, doc in DOCS.items():
        for s in doc.get("body_once", []):
            assert _raw_text(key).count(s) >= 2


def test_every_entity_alias_occurs_somewhere():
    everything = "\n".join(_raw_text(k) for k in DOCS)
    for kind in ("PER", "LOC", "ORG"):
        for name, entity in EXPECTED["entities"][kind].items():
            for alias in entity["aliases"]:
                # a short form as a mention of its own, not only inside a longer alias ("Arunika" of
                # "PT Arunika ..."); the canonical name may appear only inside a titled form
                text = everything
                for longer in sorted(entity["aliases"], key=len, reverse=True):
                    if alias not in (longer, name) and alias in longer:
                        text = text.replace(longer, "#")
                assert re.search(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text), (name, alias)


def test_near_duplicate_pair_shares_most_of_its_body():
    a, b = EXPECTED["near_duplicates"][0]

    def shingles(key):
        words = re.findall(r"\w+", _raw_text(key).lower())
        return {tuple(words[i:i + 5]) for i in range(len(words) - 4)}

    sa, sb = shingles(a), shingles(b)
    assert len(sa & sb) / min(len(sa), len(sb)) > 0.6
    assert (SAMPLE / a).read_bytes() != (SAMPLE / b).read_bytes()


def test_generator_writes_n_distinct_pages(tmp_path):
    gen = _load_generator()
    paths = gen.generate_pages(tmp_path / "a", 40, seed=3)
    assert len(paths) == 40 and all(p.is_file() for p in paths)
    assert {p.suffix for p in paths} == {".txt", ".html"}
    hashes = {hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}
    assert len(hashes) == 40


def test_generator_is_deterministic_and_seeded(tmp_path):
    gen = _load_generator()
    first = [p.read_bytes() for p in gen.generate_pages(tmp_path / "a", 5, seed=1)]
    again = [p.read_bytes() for p in gen.generate_pages(tmp_path / "b", 5, seed=1)]
    other = [p.read_bytes() for p in gen.generate_pages(tmp_path / "c", 5, seed=2)]
    assert first == again
    assert first != other


def test_generated_pages_are_mostly_not_near_duplicates(tmp_path):
    gen = _load_generator()
    paths = gen.generate_pages(tmp_path, 30, seed=0)

    def shingles(path):
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252")
        words = re.findall(r"\w+", re.sub(r"<[^>]+>", " ", text).lower())
        return {tuple(words[i:i + 5]) for i in range(len(words) - 4)}

    sets = [shingles(p) for p in paths]
    pairs = [(a, b) for i, a in enumerate(sets) for b in sets[i + 1:]]
    close = sum(len(a & b) / len(a | b) >= 0.5 for a, b in pairs)
    assert close <= len(pairs) // 20


def test_generated_text_keeps_weekdays_true(tmp_path):
    # Dates move by whole weeks, so "Selasa (11/3/2025)" stays a Tuesday after the shift.
    gen = _load_generator()
    weekday = re.compile(r"\b(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) \((\d{1,2})/(\d{1,2})/(\d{4})\)")
    import datetime as dt

    seen = 0
    for path in gen.generate_pages(tmp_path, 40, seed=5):
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252")
        for m in weekday.finditer(text):
            day = dt.date(int(m[4]), int(m[3]), int(m[2]))
            assert gen.WEEKDAYS[day.weekday()] == m[1], m[0]
            seen += 1
    assert seen > 0


def test_generator_cli(tmp_path):
    gen = _load_generator()
    assert gen.main([str(tmp_path), "3"]) == 0
    assert len(list(tmp_path.iterdir())) == 3


def test_timeline_entries_cite_known_documents_in_date_order():
    entries = EXPECTED["timeline"]["entries"]
    firsts = [e["accept"][0] for e in entries]
    assert firsts == sorted(firsts)
    for entry in entries:
        assert entry["docs"] and set(entry["docs"]) <= set(DOCS), entry["id"]


def test_jsonl_published_fields_agree_with_the_gold():
    for key, doc in DOCS.items():
        name, _, line = key.partition("#")
        if line:
            record = json.loads((SAMPLE / name).read_text(encoding="utf-8").splitlines()[int(line) - 1])
            assert record["published"] in doc["dct"]["accept"]
            assert record["title"] == doc["title"] and record["outlet"] == doc["outlet"]
