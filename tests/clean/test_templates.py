"""Template furniture: lines a site repeats are removed; prose shared by wire copies is not; counts live in the store."""

from __future__ import annotations

import pytest

from linimasa import pipeline
from linimasa.clean import clean, templates
from linimasa.clean.templates import MemoryTemplates, candidate, site_key
from linimasa.cli import main
from linimasa.cli.ingest_cmd import ingest_into
from linimasa.model import Document
from linimasa.store import Store
from linimasa.store.templates import StoreTemplates
from tests.clean import synthetic

PAGES = synthetic.pages()


def _counted(pages) -> MemoryTemplates:
    counts = MemoryTemplates()
    for p in pages:
        article = clean(Document(source=p.name + ".txt", text=p.text), counts)
        counts.add(article.evidence["template_site"], article.evidence["template_lines"], p.name)
    return counts


COUNTS = _counted(PAGES)


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_generated_page_alone_loses_every_known_furniture_line_and_keeps_the_article(page):
    article = clean(Document(source=page.name + ".txt", text=page.text))
    paragraphs = article.body.split("\n\n")
    assert [f for f in page.furniture_lines if f in paragraphs] == []
    assert [a for a in page.article_lines if not any(a in p for p in paragraphs)] == []
    assert (article.title, article.dateline) == (page.title, page.place)


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_generated_page_among_its_site_loses_the_site_lines_too(page):
    article = clean(Document(source=page.name + ".txt", text=page.text), COUNTS)
    left, _, kept, total = synthetic.score(page, article.body)
    assert (left, kept) == (0, total), article.body


def test_generated_corpus_meets_the_furniture_and_article_bars():
    left = furniture = kept = total = 0
    for page in PAGES:
        s = synthetic.score(page, clean(Document(source=page.name + ".txt", text=page.text), COUNTS).body)
        left, furniture, kept, total = left + s[0], furniture + s[1], kept + s[2], total + s[3]
    assert left / furniture <= 0.02 and kept / total >= 0.99


@pytest.mark.parametrize("line,expected", [
    ("Kanal Suara Pembaca", "kanal suara pembaca"),
    ("  KANAL   suara pembaca » ", "kanal suara pembaca"),
    ("Polisi masih berjaga di lokasi.", None),            # a sentence is never furniture
    ("Warga yang rumahnya terendam banjir mengungsi ke masjid dan balai desa terdekat", None),  # long line
    ("12.30", None),                                       # no letters
])
def test_candidate_lines(line, expected):
    assert candidate(line) == expected


@pytest.mark.parametrize("url,outlet,site", [
    ("https://www.contoh.co.id/read/2025/01/02/berita", None, "contoh.co.id"),
    ("http://m.kabar.example/a", "Lain", "kabar.example"),
    (None, "KabarSatu", "kabarsatu"),
    (None, None, ""),
])
def test_site_key(url, outlet, site):
    assert site_key(url, outlet) == site


STORY = ["Tim penyelamat menemukan dua pendaki yang hilang di lereng timur setelah pencarian selama tiga hari.",
         "Keduanya ditemukan dalam keadaan lemas di dekat sebuah sungai kecil dan langsung dibawa ke puskesmas.",
         "Polisi masih berjaga di jalur pendakian."]


def test_prose_two_wire_copies_share_is_never_counted():
    counts = MemoryTemplates(min_pages=2)
    docs = [Document(source=f"{n}.txt", text="\n\n".join([f"Pendaki Hilang Ditemukan Selamat Hari {n}", *STORY]),
                     meta={"url": f"https://situs{n}.example/berita"}) for n in range(4)]
    for d in docs:
        a = clean(d, counts)
        counts.add(a.evidence["template_site"], a.evidence["template_lines"], d.source)
    article = clean(docs[0], counts)
    assert all(s in article.body for s in STORY)
    assert not [r for r in article.removed if r.reason == templates.REASON]


def _page(folder, name, title, paragraphs, extra="Kanal Kabar Warga"):
    (folder / name).write_text("\n\n".join([title, paragraphs[0], extra, *paragraphs[1:]]) + "\n")


OTHER = ["Pemerintah desa membuka pendaftaran pelatihan menjahit gratis bagi warga yang belum bekerja tahun ini.",
         "Pelatihan berlangsung dua bulan di balai desa dan peserta mendapat mesin jahit di akhir program."]
THIRD = ["Sebuah toko roti kecil di ujung gang menjadi langganan pekerja pabrik sejak pukul empat pagi setiap hari.",
         "Pemiliknya mengaku menghabiskan dua karung tepung setiap malam menjelang akhir pekan dan hari libur."]


def test_store_counts_lines_incrementally_near_duplicates_count_once_and_earlier_pages_are_recleaned(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    _page(first, "a.txt", "Pendaki Hilang Ditemukan Selamat di Lereng Timur", STORY)
    _page(first, "a-copy.txt", "Pendaki Hilang Ditemukan Selamat", STORY)          # the same wire story again
    _page(first, "b.txt", "Pelatihan Menjahit Gratis untuk Warga Desa", OTHER)
    with Store(tmp_path / "s.db") as store:
        counts, _ = ingest_into(store, [first])
        assert counts["near-duplicate"] == 1
        assert all("Kanal Kabar Warga" in a.body for a in store.articles())  # two pages, not three
        _page(second, "c.txt", "Toko Roti Langganan Pekerja Pabrik", THIRD)
        counts, _ = ingest_into(store, [second])
        assert counts["recleaned"] == 4  # the three earlier pages, and this one, cleaned before it was counted
        bodies = [a.body for a in store.articles()]
        assert len(bodies) == 4 and not any("Kanal Kabar Warga" in b for b in bodies)
        assert all(s in bodies[0] for s in STORY)
        assert store.search("Kanal Kabar Warga") == []  # the search index follows the re-cleaned body


def test_reclean_command_cleans_pages_stored_before_the_counts(tmp_path, capsys):
    db = tmp_path / "s.db"
    with Store(db) as store:
        counts = StoreTemplates(store)
        for n, paragraphs in enumerate([STORY, OTHER, THIRD]):
            doc = Document(source=f"{n}.txt", text="\n\n".join([f"Judul Berita Nomor {n} Hari Ini", paragraphs[0],
                                                                "Kanal Kabar Warga", *paragraphs[1:]]))
            article = pipeline.process(doc)  # cleaned without the counts
            article.id = doc.content_hash[:16]
            store.add(article, doc.content_hash)
            counts.record(article, doc)
    assert main(["reclean", "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith("3 re-cleaned, 0 failed; 1 template lines on 1 sites")
    with Store(db) as store:
        articles = list(store.articles())
    assert not any("Kanal Kabar Warga" in a.body for a in articles)
    assert all(any(r.reason == templates.REASON for r in a.removed) for a in articles)
    assert main(["reclean", "--db", str(db)]) == 0 and capsys.readouterr().out.startswith("0 re-cleaned")


def test_reclean_without_a_store_says_so(tmp_path, capsys):
    assert main(["reclean", "--db", str(tmp_path / "none.db")]) == 1
    assert "no store at" in capsys.readouterr().err
