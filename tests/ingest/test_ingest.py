"""Ingest: every format, sidecars, encodings, and a clear per-file failure for every kind of bad input."""

from __future__ import annotations

import gzip
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linimasa import ingest
from linimasa.model import Document, Failure, InputError

PAGE = "Banjir merendam tiga desa di Kabupaten Contoh pada Senin (3/3/2025), kata Kepala BPBD setempat."


def _read(*paths, **kw):
    return list(ingest.read([str(p) for p in paths], **kw))


def test_text_page_with_sidecar(tmp_path):
    page = tmp_path / "banjir.txt"
    page.write_text(PAGE, encoding="utf-8")
    (tmp_path / "banjir.meta.json").write_text(json.dumps({"published": "2025-03-04", "outlet": "Warta Contoh"}))
    [doc] = _read(tmp_path)  # the sidecar itself is not a page
    assert isinstance(doc, Document) and doc.format == "text"
    assert doc.meta == {"published": "2025-03-04", "outlet": "Warta Contoh"}


def test_sidecar_named_after_full_file_name(tmp_path):
    page = tmp_path / "b.txt"
    page.write_text(PAGE)
    (tmp_path / "b.txt.meta.json").write_text(json.dumps({"url": "https://contoh.id/b"}))
    [doc] = _read(page)
    assert doc.meta["url"] == "https://contoh.id/b"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
def test_encodings(tmp_path, encoding):
    text = "“Kami siap,” ujar Andi — Café di Jalan Merdeka, pukul 10.00 WIB." if encoding != "latin-1" \
        else "Café di Jalan Merdeka, pukul 10.00 WIB, kata Andi. Harga naik ½ persen."
    page = tmp_path / "p.txt"
    page.write_bytes(text.encode(encoding))
    [doc] = _read(page)
    assert doc.text.lstrip("\ufeff") == text
    assert "\ufffd" not in doc.text


def test_html_is_recognised_by_extension_and_content(tmp_path):
    html = "<!DOCTYPE html><html><head><title>Judul</title></head><body><article><p>" + PAGE + "</p></article></body></html>"
    (tmp_path / "a.htm").write_text(html)
    (tmp_path / "b.txt").write_text(html)
    docs = _read(tmp_path)
    assert [d.format for d in docs] == ["html", "html"]


def test_jsonl_records_and_bad_lines(tmp_path):
    lines = [json.dumps({"text": PAGE, "url": "https://contoh.id/1", "published": "2025-03-03", "outlet": "A"}),
             "{not json",
             json.dumps({"title": "tanpa isi"}),
             json.dumps({"html": "<html><body><p>" + PAGE + "</p></body></html>", "title": "Dua"})]
    (tmp_path / "x.jsonl").write_text("\n".join(lines))
    items = _read(tmp_path / "x.jsonl")
    assert [type(i).__name__ for i in items] == ["Document", "Failure", "Failure", "Document"]
    assert items[0].meta == {"url": "https://contoh.id/1", "published": "2025-03-03", "outlet": "A"}
    assert "line 2" in items[1].reason and "line 3" in items[2].reason
    assert items[3].format == "html" and items[3].meta["title"] == "Dua"


def _warc_bytes(pages):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for uri, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(html.encode()),
                                                      http_headers=headers))
    return buf.getvalue()


def test_warc_gz(tmp_path):
    data = _warc_bytes([("https://contoh.id/a", f"<html><body><p>{PAGE}</p></body></html>"),
                        ("https://contoh.id/b", "<html><body><p>Berita kedua tentang jembatan.</p></body></html>")])
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    docs = _read(tmp_path / "crawl.warc.gz")
    assert [d.meta["url"] for d in docs] == ["https://contoh.id/a", "https://contoh.id/b"]
    assert all(d.format == "html" and "published" not in d.meta and "fetched" in d.meta for d in docs)


def test_truncated_warc_is_a_failure(tmp_path):
    data = _warc_bytes([("https://contoh.id/a", f"<html><body><p>{PAGE}</p></body></html>")] * 3)
    (tmp_path / "cut.warc.gz").write_bytes(data[: len(data) // 2])
    items = _read(tmp_path / "cut.warc.gz")
    assert any(isinstance(i, Failure) and "truncated" in i.reason for i in items)


def test_timeml(tmp_path):
    tml = ('<?xml version="1.0" ?>\r\n<TimeML>\r\n<DOCID>x</DOCID>\r\n<DCT><TIMEX3 tid="t0" type="TIME" '
           'value="2014-3-5" functionInDocument="CREATION_TIME">Rabu</TIMEX3></DCT>\r\n<TITLE>Harga Naik</TITLE>\r\n'
           '<TEXT>\r\nHarga cabai naik & stok menipis sejak Senin.\r\n</TEXT>\r\n</TimeML>\r\n')
    (tmp_path / "a.tml").write_bytes(tml.encode("cp1252"))
    [doc] = _read(tmp_path / "a.tml")
    assert doc.format == "timeml" and doc.meta["published"] == "2014-03-05" and doc.meta["title"] == "Harga Naik"
    assert doc.text == "\r\nHarga cabai naik & stok menipis sejak Senin.\r\n"


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n ", "empty"),
    ("image.txt", bytes(range(256)) * 4, "binary"),
    ("zipped.txt", gzip.compress(PAGE.encode()), "gzip"),
])
def test_bad_files_fail_clearly_and_the_run_goes_on(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text(PAGE)
    items = _read(tmp_path / name, tmp_path / "good.txt")
    assert isinstance(items[0], Failure) and reason in items[0].reason
    assert isinstance(items[1], Document)


def test_size_limit_and_missing_path(tmp_path):
    (tmp_path / "big.txt").write_text(PAGE * 50)
    items = _read(tmp_path / "big.txt", tmp_path / "missing.txt", max_bytes=1000)
    assert "too large" in items[0].reason and "limit 1,000" in items[0].reason
    assert "no such file" in items[1].reason


def test_truncated_html_still_reads(tmp_path):
    (tmp_path / "cut.html").write_text("<html><body><article><p>" + PAGE + "</p><p>Warga mengungsi ke")
    [doc] = _read(tmp_path / "cut.html")
    assert doc.format == "html"


def test_kompas_dev_files_decode_cleanly(shared):
    files = sorted((shared / "corpus" / "kompas-dev").glob("*.tml"))
    docs = _read(*files)
    assert len(docs) == 50 and all(isinstance(d, Document) for d in docs)
    assert all("\ufffd" not in d.text for d in docs)
    assert sum(d.encoding != "utf-8" for d in docs) >= 10  # the Windows-1252 files are recognised as such


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_document_from_never_crashes(data):
    try:
        doc = ingest.document_from(data)
    except InputError:
        return
    assert doc.format in ("text", "html", "timeml")
