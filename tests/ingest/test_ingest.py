"""Ingest: every format, sidecars, encodings, and a clear per-file failure for every kind of bad input."""

from __future__ import annotations

import gzip
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.warc import warc_bytes

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




def test_warc_gz(tmp_path):
    data = warc_bytes([("https://contoh.id/a", f"<html><body><p>{PAGE}</p></body></html>"),
                        ("https://contoh.id/b", "<html><body><p>Berita kedua tentang jembatan.</p></body></html>")])
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    docs = _read(tmp_path / "crawl.warc.gz")
    assert [d.meta["url"] for d in docs] == ["https://contoh.id/a", "https://contoh.id/b"]
    assert all(d.format == "html" and "published" not in d.meta and "fetched" in d.meta for d in docs)


def test_truncated_warc_is_a_failure(tmp_path):
    data = warc_bytes([("https://contoh.id/a", f"<html><body><p>{PAGE}</p></body></html>")] * 3)
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


def test_one_stray_byte_keeps_a_utf8_page_utf8():
    text = "“Kami siap,” ujar Andi — di Jalan Merdeka. " * 5
    data = text.encode()
    text_out, encoding = ingest.decode(data[:30] + b"\xff" + data[30:])
    assert encoding == "utf-8" and "“Kami siap,”" in text_out and text_out.count("\ufffd") == 1
    assert ingest.decode("Café crème".encode("cp1252")) == ("Café crème", "cp1252")  # a real cp1252 page


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\r", "\x0b", "\x0c", "\x85"])
def test_other_line_separators_become_newlines(sep):
    doc = ingest.document_from(PAGE + sep * 50 + PAGE)
    assert sep not in doc.text and doc.text.count("\n") == 50
    doc = ingest.document_from(PAGE + sep * 5000 + PAGE)  # a run of thousands: one paragraph break, noted
    assert doc.text == PAGE + "\n\n" + PAGE and any("shortened" in n for n in doc.meta["notes"])


def test_crlf_and_plain_pages_are_left_as_they_are():
    for text in (PAGE + "\r\n\r\n" + PAGE, PAGE + "\n\n" + PAGE):
        assert ingest.document_from(text).text == text


def test_an_overlong_line_is_split_at_sentence_ends_and_noted():
    line = " ".join(f"Kalimat nomor {i} tentang banjir di desa." for i in range(3000))
    doc = ingest.document_from("Judul\n" + line)
    lines = doc.text.split("\n")
    assert max(map(len, lines)) <= 10_000 and all(x.endswith(".") for x in lines[1:-1])
    assert len(doc.text) == len("Judul\n" + line)  # a space became the break: offsets unchanged
    assert any("split" in n for n in doc.meta["notes"])


@pytest.mark.parametrize("meta,field", [({"published": "2021-13-45"}, "'published'"),
                                        ({"published": "2021-02-30"}, "'published'"),
                                        ({"published": 2021, "title": ["x"]}, "'title'"),
                                        ({"outlet": "x" * 20000}, "'outlet'")])
def test_impossible_or_wrong_metadata_is_an_error_naming_the_field(tmp_path, meta, field):
    (tmp_path / "p.txt").write_text(PAGE)
    (tmp_path / "p.meta.json").write_text(json.dumps(meta))
    [item] = _read(tmp_path / "p.txt")
    assert isinstance(item, Failure) and field in item.reason
    with pytest.raises(InputError, match=field):
        ingest.document_from(PAGE, meta=meta)


def test_gzip_page_is_read_and_a_bomb_stops_at_the_limit(tmp_path):
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(f"<html><body><p>{PAGE}</p></body></html>".encode()))
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(b"\x00" * 5_000_000))
    a, b = _read(tmp_path / "a.html.gz", tmp_path / "b.txt.gz", max_bytes=1_000_000)
    assert isinstance(a, Document) and a.format == "html"
    assert isinstance(b, Failure) and "decompressed" in b.reason


def test_run_byte_budget(tmp_path):
    for i in range(3):
        (tmp_path / f"p{i}.txt").write_text(PAGE + str(i))
    items = _read(tmp_path / "p0.txt", tmp_path / "p1.txt", tmp_path / "p2.txt", max_run_bytes=len(PAGE) + 5)
    assert isinstance(items[0], Document)
    assert all(isinstance(i, Failure) and "run's limit" in i.reason for i in items[1:])


def test_an_unexpected_error_in_one_jsonl_line_is_that_lines_failure(tmp_path, monkeypatch):
    from linimasa.ingest import formats

    real = formats.text_document

    def flaky(text, source, *a, **kw):
        if "meledak" in text:
            raise RuntimeError("boom")
        return real(text, source, *a, **kw)

    monkeypatch.setattr(formats, "text_document", flaky)
    lines = [json.dumps({"text": PAGE}), json.dumps({"text": PAGE + " meledak"}), json.dumps({"text": PAGE + "!"})]
    (tmp_path / "x.jsonl").write_text("\n".join(lines))
    items = _read(tmp_path / "x.jsonl")
    assert [type(i).__name__ for i in items] == ["Document", "Failure", "Document"]
    assert items[1].reason == "internal error: RuntimeError: boom"


def test_symlink_loops_and_fifos_are_reported_not_followed(tmp_path):
    import os

    (tmp_path / "good.txt").write_text(PAGE)
    os.symlink("loop.txt", tmp_path / "loop.txt")
    (tmp_path / "d").mkdir()
    os.symlink("..", tmp_path / "d" / "up")
    os.mkfifo(tmp_path / "pipe.txt")
    items = _read(tmp_path)
    reasons = {i.source.rsplit("/", 1)[-1]: i.reason for i in items if isinstance(i, Failure)}
    assert "symbolic link" in reasons["loop.txt"] and "regular file" in reasons["pipe.txt"]
    assert sum(isinstance(i, Document) for i in items) == 1
