"""HTML pages of many shapes (tests/clean/data/*.tsv, written for linimasa): dates, titles, outlets, eval pages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from linimasa import pipeline
from linimasa.clean.evaluate import evaluate, summary
from linimasa.clean.titles import (
    outlet_for_url,
    shared_affixes,
    strip_affixes,
    strip_shared,
    strip_site_affixes,
)
from linimasa.model import Article, Document, Published

DATA = Path(__file__).parent / "data"
BODY = ("<p>Warga Desa Contoh bergotong royong memperbaiki jembatan gantung yang rusak diterjang banjir, "
        "kata kepala desa setempat kepada wartawan di balai desa.</p>"
        "<p>Perbaikan itu dikerjakan oleh puluhan warga bersama relawan dan aparat kecamatan, "
        "dan ditargetkan rampung dalam waktu dua pekan menurut perangkat desa yang ikut bekerja.</p>")


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in (DATA / name).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("case", _rows("html_dates.tsv"), ids=lambda c: c[0])
def test_html_publication_date(case):
    _name, markup, url, value, source, inferred = case
    body = BODY + ("<p>Jembatan itu putus pada Senin (3/6/2024) setelah hujan deras semalaman, "
                   "kata warga yang menyaksikan arus sungai.</p>" if source == "body" else "")
    page = f"<html><head><title>Judul</title>{markup if '<h1' not in markup and '<div' not in markup else ''}</head>" \
           f"<body>{markup if '<h1' in markup or '<div' in markup or '<aside' in markup else ''}<article>{body}" \
           "</article></body></html>"
    meta = {"url": url} if url != "-" else {}
    published = pipeline.process(Document(source="t.html", text=page, format="html", meta=meta)).published
    if value == "NONE":  # nothing the page states: unknown, or at most a date read from its text
        assert published.value is None or published.inferred, published
        return
    assert published.value == value, published
    assert published.inferred == (inferred == "yes")
    if not published.inferred:
        assert published.source == source


@pytest.mark.parametrize("case", _rows("title_affixes.tsv"), ids=lambda c: c[0][:40])
def test_title_without_site_name(case):
    title, names, expected = case
    assert strip_affixes(title, [n for n in names.split(",") if n]) == expected


def test_corpus_shared_suffix_is_found_and_removed():
    titles = ["Gempa Guncang Kota Contoh - Portal Berita Contoh", "Harga Beras Turun - Portal Berita Contoh",
              "Pasar Murah Digelar di Alun-alun - Portal Berita Contoh"]
    affixes = shared_affixes(titles)
    assert affixes == ("", " - Portal Berita Contoh")
    assert strip_shared(titles[1], affixes) == "Harga Beras Turun"
    assert shared_affixes(titles[:2]) == ("", "")  # two titles are not a site's habit yet


@pytest.mark.parametrize("url,outlet", [("https://regional.kompas.com/read/2020/01/01/x", "Kompas.com"),
                                        ("http://news.detik.com/berita/1/x", "detikcom"),
                                        ("https://dunia.news.viva.co.id/news/read/1-x", "VIVA.co.id"),
                                        ("https://www.antaranews.com/berita/1/x", "ANTARA"),
                                        ("https://contoh-tak-dikenal.id/a", None), (None, None)])
def test_outlet_from_registered_domain(url, outlet):
    assert outlet_for_url(url) == outlet


def test_text_page_is_dated_by_its_url():
    doc = Document(source="t.txt", text="Judul Berita Jembatan Desa Contoh\n\n" + BODY.replace("<p>", "").replace(
        "</p>", "\n\n"), meta={"url": "https://contoh.id/read/2019/02/14/judul"})
    published = pipeline.process(doc).published
    assert (published.value, published.source) == ("2019-02-14", "url")


def test_inferred_survives_the_json_round_trip():
    a = Article(source="x", published=Published("2024-06-03", "day", "body", inferred=True))
    assert Article.from_dict(json.loads(json.dumps(a.to_dict()))).published.inferred is True


def test_eval_pages_on_the_dev_manifest(shared):
    manifest = shared / "corpus" / "real-html-dev" / "manifest.json"
    if not manifest.exists():
        pytest.skip("real-html-dev is not present")
    entries = json.loads(manifest.read_text(encoding="utf-8"))
    results = evaluate(manifest)
    ours, theirs = summary(results["linimasa"], entries), summary(results["trafilatura"], entries)
    assert ours["day"][0] == ours["day"][1] > 0
    assert ours["foreign_refused"][0] == ours["foreign_refused"][1] == 2
    assert ours["body_f1"] > theirs["body_f1"]
    # every snippet but related-article links, which the cleaner removes by design
    missing = [s for r in results["linimasa"] for s in r.missing]
    assert all(s.lower().startswith("baca juga") for s in missing), missing


def test_eval_pages_without_a_manifest_is_a_usage_error(tmp_path):
    (tmp_path / "empty.json").write_text("[]")
    for path in (tmp_path / "missing.json", tmp_path / "empty.json"):
        run = subprocess.run([sys.executable, "-m", "linimasa.cli", "eval", "pages", str(path)],
                             capture_output=True, text=True)
        assert run.returncode == 2 and ("manifest" in run.stderr or path.name in run.stderr)


@pytest.mark.parametrize("container", ['<figure><img src="a.jpg"><figcaption>{}</figcaption></figure>',
                                       '<div class="pic_artikel"><span>{}</span></div>',
                                       '<div class="foto-keterangan">{}</div>'])
def test_marked_photo_caption_leaves_the_body(container):
    caption = "Warga memperbaiki jembatan gantung di Desa Contoh, Senin pagi. (Nama Fotografer/Contoh)"
    page = f"<html><head><title>Judul</title></head><body><article>{container.format(caption)}{BODY}</article></body></html>"
    article = pipeline.process(Document(source="t.html", text=page, format="html"))
    assert "Nama Fotografer" not in article.body and "gotong royong" in article.body
    # when the extractor kept it, it is removed with its reason (else the extractor never let it in)
    assert all(r.reason in ("caption", "photo-credit") for r in article.removed if "Nama Fotografer" in r.text)


def test_corpus_pass_strips_the_affix_one_site_shares_and_leaves_other_sites():
    site = [Article(source=f"{i}", url=f"https://www.contoh.id/a/{i}", title=f"{t} | Portal Contoh")
            for i, t in enumerate(["Gempa Guncang Kota", "Harga Beras Turun", "Pasar Murah Digelar"])]
    other = [Article(source="x", url="https://lain.id/a", title="Jembatan Baru Dibuka | Portal Contoh")]
    assert strip_site_affixes(site + other) == 3
    assert [a.title for a in site] == ["Gempa Guncang Kota", "Harga Beras Turun", "Pasar Murah Digelar"]
    assert other[0].title == "Jembatan Baru Dibuka | Portal Contoh"


@pytest.mark.parametrize("system,gold,same", [
    ("2019-07-04T09:12:30+07:00", "2019-07-04T02:12:00Z", True),
    ("2019-07-04T09:12+07:00", "2019-07-04T09:12", True),
    ("2019-07-04T09:13+07:00", "2019-07-04T09:12:59+07:00", False),
    ("2019-07-04", "2019-07-04T09:12", False),
    (None, "2019-07-04T09:12", False)])
def test_eval_minute_compares_instants_when_both_have_offsets(system, gold, same):
    from linimasa.clean.evaluate import same_minute

    assert same_minute(system, gold) is same


def test_eval_pages_names_an_unreadable_page_and_goes_on(tmp_path):
    page = f"<html><head><title>Judul Berita Jembatan</title></head><body><article>{BODY}</article></body></html>"
    (tmp_path / "ada.html").write_text(page)
    (tmp_path / "manifest.json").write_text(json.dumps([
        {"file": "hilang.html", "language": "id", "gold_published": None, "gold_body_present": []},
        {"file": "ada.html", "language": "id", "gold_published": None, "gold_body_present": ["gotong royong"]}]))
    run = subprocess.run([sys.executable, "-m", "linimasa.cli", "eval", "pages", str(tmp_path / "manifest.json")],
                         capture_output=True, text=True)
    assert run.returncode == 1 and "hilang.html" in run.stderr
    assert "1/1" in next(line for line in run.stdout.splitlines() if line.startswith("snippets kept"))


def _prose(n: int, word: str) -> str:
    return " ".join(f"{word}{i}" for i in range(n)) + "."


def test_recall_run_is_skipped_only_when_precision_kept_the_running_text():
    from linimasa.clean.html import _may_have_lost_text, parse

    body = [_prose(30, "isi"), _prose(30, "lanjut")]
    precise = "\n".join(body)
    page = "<html><body><nav><a href='/'>Beranda</a></nav>{}<footer>Hak cipta</footer></body></html>"
    whole = parse(page.format("".join(f"<p>{p}</p>" for p in body)))
    assert not _may_have_lost_text(whole, precise)
    lead = parse(page.format(f"<div class='lead'><b>KOTA</b> - {_prose(25, 'awal')}</div>"
                             + "".join(f"<p>{p}</p>" for p in body)))
    assert _may_have_lost_text(lead, precise)  # a prose block before the first kept one: a lost lead
    assert _may_have_lost_text(whole, body[0][:60])  # a short precision text always gets the recall run
    lost = parse(page.format("".join(f"<p>{p}</p>" for p in body + [_prose(40, "hilang")])))
    assert _may_have_lost_text(lost, precise)  # the prose it lacks adds up to half its words


def test_captions_and_link_lists_are_not_text_precision_lost():
    from linimasa.clean.html import _may_have_lost_text, parse

    body = [_prose(30, "isi"), _prose(30, "lanjut")]
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    caption = parse(f"<html><body><figure><figcaption>{_prose(25, 'foto')}</figcaption></figure>{paragraphs}</body></html>")
    assert not _may_have_lost_text(caption, "\n".join(body))
    teasers = "".join(f"<li><a href='/{i}'>{_prose(25, f'judul{i}')}</a></li>" for i in range(5))
    listed = parse(f"<html><body><ul>{teasers}</ul>{paragraphs}</body></html>")
    assert not _may_have_lost_text(listed, "\n".join(body))
