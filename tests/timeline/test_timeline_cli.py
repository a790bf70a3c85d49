"""`linimasa timeline PATH... --published DATE` and `linimasa events`: invented pages, real pipeline."""

from __future__ import annotations

import json

from linimasa.cli import main

PAGE = """Warga Desa Contoh Bersihkan Sungai

CONTOH - Ratusan warga Desa Contoh bergotong royong membersihkan sungai pada Rabu pagi.

Kepala Desa Contoh, Budi Santoso, bertemu perwakilan dinas lingkungan hidup di balai desa pada Rabu siang.
"""


def test_published_places_a_weekday_only_page(tmp_path, capsys):
    page = tmp_path / "halaman.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["timeline", str(page), "--format", "json"]) == 0
    undated = json.loads(capsys.readouterr().out)
    assert undated["entries"] == [] and undated["undated"]
    assert main(["timeline", str(page), "--published", "2025-07-04", "--format", "json"]) == 0
    dated = json.loads(capsys.readouterr().out)
    # a Friday page: its "Rabu" is two days earlier
    assert {e["date"] for e in dated["entries"]} == {"2025-07-02"}


def test_events_lists_typed_events(tmp_path, capsys):
    page = tmp_path / "halaman.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["events", str(page), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert "MEET" in {e["type"] for e in out}
