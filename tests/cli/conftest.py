"""A small store of invented pages for the CLI tests (written for these tests)."""

from __future__ import annotations

import json

import pytest

from linimasa.cli import main

PAGES = {
    "jembatan.txt": (
        "Jembatan Baru Diresmikan di Kota Contoh\n\n"
        "KOTA CONTOH - Wali Kota Contoh, Hendra Kusuma, meresmikan jembatan gantung di atas Sungai Merah "
        "pada Senin (3/3/2025).\n\n"
        "\"Jembatan ini memendekkan perjalanan anak-anak ke sekolah,\" kata Hendra Kusuma kepada wartawan.\n"),
    "banjir.txt": (
        "Banjir Rendam Dua Kecamatan\n\n"
        "KOTA CONTOH - Banjir merendam dua kecamatan di Kota Contoh pada Selasa (4/3/2025) setelah hujan "
        "deras sejak malam.\n\n"
        "\"Kami sudah mengirim perahu karet ke lokasi,\" ujar Kepala BPBD Kota Contoh, Sari Wulandari.\n"),
}
# sidecar values a spreadsheet would run as formulas
META = {"jembatan.txt": {"title": "=HYPERLINK(\"x\")", "outlet": "@Contoh", "published": "2025-03-03T10:00"},
        "banjir.txt": {"title": "+Banjir", "outlet": "-Contoh", "published": "2025-03-04T15:30"}}


@pytest.fixture
def pages(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, text in PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
        (folder / name.replace(".txt", ".meta.json")).write_text(json.dumps(META[name]), encoding="utf-8")
    return folder


@pytest.fixture
def store(pages, tmp_path, capsys):
    db = tmp_path / "contoh.db"
    assert main(["ingest", str(pages), "--db", str(db)]) == 0
    capsys.readouterr()
    return str(db)
