"""Every wrong option value is exit 2 with a message naming the option; read commands never create a store."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

from linimasa.cli import main
from linimasa.cli.options import DATE_FORMS, check_date


def _exit(argv) -> int:
    try:
        return main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


@pytest.mark.parametrize("value", ["2025", "2025-03", "2025-03-07", "2025-03-07T14:30", "2025-03-07T14:30:05",
                                   "2025-03-07T14:30+07:00", "2024-02-29"])
def test_accepted_dates(value):
    assert check_date(value) == value


@pytest.mark.parametrize("argv", [
    ["timeline", "--from", "yesterday"], ["timeline", "--from", "2022-13-45"], ["timeline", "--to", "2021-02-30"],
    ["search", "x", "--from", "kemarin"], ["timex", "--dct", "notadate"], ["timex", "--dct", "2025-02-30"],
    ["annotate", "x.txt", "--published", "2021-13-45"], ["timeline", "x", "--published", "2023-02-29"],
    ["timex", "--dct", "2025-03-07T25:00"], ["timex", "--dct", "2025-03-07T10:00+19:00"], ["timex", "--dct", "0000"],
    ["timex", "--dct", "2025-3-7"], ["timex", "--dct", " "], ["eval", "timeline", "g", "p", "--published", "a=2021-02-29"],
])
def test_wrong_dates_are_usage_errors_naming_the_option(argv, capsys):
    assert _exit(argv) == 2
    err = capsys.readouterr().err
    option = next(a for a in argv if a.startswith("--"))
    assert f"argument {option}" in err and DATE_FORMS in err


@pytest.mark.parametrize("limit", ["100000000000000000000", "0", "-3", "ten"])
def test_limit_is_bounded(limit, store, capsys):
    assert _exit(["search", "jembatan", "--db", store, "--limit", limit]) == 2
    assert "argument --limit" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["entities"], ["quotes"], ["events"], ["timeline"], ["search", "kapal"]])
def test_read_commands_never_create_a_store(command, tmp_path, capsys):
    db = tmp_path / "typo.db"
    assert _exit([*command, "--db", str(db)]) == 2
    assert not db.exists()
    assert "linimasa ingest" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["entities"], ["quotes"], ["timeline"], ["search", "kapal"], ["ingest", "x"]])
def test_a_db_that_is_no_store_is_a_message(command, tmp_path, capsys):
    not_sqlite = tmp_path / "notes.db"
    not_sqlite.write_text("hello, not a database\n")
    assert _exit([*command, "--db", str(not_sqlite)]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert _exit([*command, "--db", str(tmp_path)]) == 2
    assert "is a directory" in capsys.readouterr().err
    assert not_sqlite.read_text() == "hello, not a database\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_store_in_a_read_only_folder(store, tmp_path, capsys):
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "x.db"
    sqlite3.connect(db).close()
    folder.chmod(0o500)
    try:
        assert _exit(["ingest", str(tmp_path / "pages"), "--db", str(folder / "new.db")]) == 2
        assert "cannot open store" in capsys.readouterr().err
    finally:
        folder.chmod(0o700)


def test_timex_out_is_checked(tmp_path, capsys):
    a_file = tmp_path / "f.txt"
    a_file.write_text("x")
    assert _exit(["timex", "-", "--format", "timeml", "--out", str(tmp_path / "o")]) == 2
    assert "--out" in capsys.readouterr().err
    assert _exit(["timex", "--format", "timeml", str(a_file), "--out", str(a_file)]) == 2
    assert "is a file" in capsys.readouterr().err
    assert _exit(["timex", str(a_file), "--out", str(tmp_path)]) == 2  # --out belongs to timeml


@pytest.mark.parametrize("argv", [["eval", "timex", "{missing}"], ["eval", "timex", "{empty_dir}"],
                                  ["eval", "timex", "{no_timeml}"],
                                  ["eval", "ner", "{missing}"], ["eval", "ner", "{empty_file}"],
                                  ["eval", "timeline", "{missing}", "{empty_dir}"],
                                  ["eval", "entities", "{empty_file}", "{missing}"]])
def test_eval_on_missing_or_empty_inputs(argv, tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "a.txt").write_text("bukan TimeML")
    names = {"missing": tmp_path / "nope", "empty_dir": tmp_path / "empty", "empty_file": tmp_path / "empty.txt",
             "no_timeml": tmp_path / "plain"}
    assert _exit([a.format(**names) for a in argv]) == 2
    assert capsys.readouterr().err


def test_unknown_filters_say_so_and_suggest(store, capsys):
    assert main(["quotes", "--db", store, "--speaker", "Hendra Kusumo"]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == "[]" and "Hendra Kusuma" in captured.err and "--speaker" in captured.err
    assert main(["timeline", "--db", store, "--entity", "Sari Wulandary"]) == 0
    assert "Sari Wulandari" in capsys.readouterr().err
    assert main(["search", "banjir", "--db", store, "--entity", "Nobody Atall"]) == 0
    err = capsys.readouterr().err
    assert "Nobody Atall" in err and "did you mean" not in err
    assert main(["quotes", "--db", store, "--speaker", "Sari Wulandari"]) == 0
    assert capsys.readouterr().err == ""


def test_a_page_with_no_placed_event_is_named(tmp_path, capsys):
    page = tmp_path / "rapat.txt"
    # its one event is neither dated by the text nor the lead of the page: it stays out of the timeline
    page.write_text("Rapat Warga\n\nCuaca di desa itu cerah dan sejuk sepanjang hari.\n\nJalan desa itu rusak sejak lama.\n\n"
                    "Warga desa itu menggelar rapat di balai desa untuk membahas jalan rusak.\n", encoding="utf-8")
    assert main(["events", str(page), "--format", "jsonl"]) == 0
    assert capsys.readouterr().out.strip()
    assert main(["timeline", str(page), "--published", "2025-05-02", "--format", "json"]) == 0
    timeline = json.loads(capsys.readouterr().out)
    assert timeline["entries"] == [] and any("rapat.txt: no timeline entry from its 1 event," in w for w in timeline["warnings"])


def test_a_query_is_bounded(store, capsys):
    assert _exit(["search", " ".join(["kapal"] * 500), "--db", store]) == 2
    assert "argument query" in capsys.readouterr().err


def test_a_bug_is_one_line_not_a_traceback(store, capsys, monkeypatch):
    def broken(*_a, **_k):
        raise RuntimeError("boom")

    monkeypatch.setattr("linimasa.views.iter_entities", broken)  # the read path of the canonical entities
    assert main(["entities", "--db", store]) == 1
    err = capsys.readouterr().err
    assert "internal error: RuntimeError: boom" in err and "Traceback" not in err
