"""One output convention: --format json|jsonl|table|csv, -o FILE, --version, -v, help for every option; safe exports."""

from __future__ import annotations

import argparse
import csv
import io
import json
import logging
import xml.etree.ElementTree as ET

import pytest

from linimasa.cli import build_parser, main
from linimasa.model import SourceRef, Timeline, TimelineEntry, UndatedEntry
from linimasa.time import timeml
from linimasa.timeline.export import render


def _parsers(parser: argparse.ArgumentParser, path=("linimasa",)):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


def test_every_option_has_help_and_dates_name_their_forms():
    seen = 0
    for path, parser in _parsers(build_parser()):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction) or not action.option_strings:
                continue
            seen += 1
            assert (action.help or "").strip(), (path, action.dest)
            if action.metavar == "DATE" and action.dest != "published" or action.dest == "dct":
                assert "YYYY-MM-DD" in action.help or "same forms" in action.help, (path, action.dest)
    assert seen > 40


def test_defaults_are_shown_in_help(capsys):
    with pytest.raises(SystemExit):
        main(["search", "--help"])
    out = capsys.readouterr().out
    assert "(default: linimasa.db)" in out and "(default: 20)" in out and "(default: json)" in out


def test_version(capsys):
    from linimasa import __version__

    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and capsys.readouterr().out.strip() == f"linimasa {__version__}"


def test_verbose_sets_logging(store, capsys):
    main(["-v", "entities", "--db", store])
    assert logging.getLogger("linimasa").getEffectiveLevel() == logging.INFO
    main(["entities", "--db", store, "-vv"])
    assert logging.getLogger("linimasa").getEffectiveLevel() == logging.DEBUG
    main(["entities", "--db", store])
    assert logging.getLogger("linimasa").getEffectiveLevel() == logging.WARNING


def test_annotate_json_is_one_document(pages, capsys):
    files = sorted(str(p) for p in pages.glob("*.txt"))
    assert main(["annotate", files[0]]) == 0
    assert json.loads(capsys.readouterr().out)["schema"] == "linimasa.article/1"
    assert main(["annotate", *files]) == 0
    docs = json.loads(capsys.readouterr().out)
    assert [d["source"] for d in docs] == files
    assert main(["annotate", str(pages)]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    assert main(["annotate", *files, "--format", "jsonl"]) == 0
    assert [json.loads(line)["source"] for line in capsys.readouterr().out.splitlines()] == files


@pytest.mark.parametrize("command", [["entities"], ["quotes"], ["events"], ["search", "kota contoh"]])
def test_list_formats(command, store, capsys):
    assert main([*command, "--db", store, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert isinstance(rows, list) and rows
    assert main([*command, "--db", store, "--format", "jsonl"]) == 0
    assert [json.loads(line) for line in capsys.readouterr().out.splitlines()] == rows
    assert main([*command, "--db", store, "--format", "csv"]) == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert len(table) == len(rows) + 1 and len(set(map(len, table))) == 1
    assert main([*command, "--db", store, "--format", "table"]) == 0
    assert capsys.readouterr().out.strip()


def test_csv_cells_cannot_be_formulas(store, capsys):
    assert main(["search", "kota contoh", "--db", store, "--format", "csv"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["title"] for r in table} == {"'=HYPERLINK(\"x\")", "'+Banjir"}
    assert {r["outlet"] for r in table} == {"'@Contoh", "'-Contoh"}
    for row in table:
        assert not any(v[:1] in "=+-@\t\r" for v in row.values() if v)


def test_output_file(store, tmp_path, capsys):
    out = tmp_path / "entities.json"
    assert main(["entities", "--db", store, "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    assert json.loads(out.read_text(encoding="utf-8"))
    # a usage error leaves an existing file alone; a folder is refused
    assert main(["entities", "--db", str(tmp_path / "missing.db"), "-o", str(out)]) == 2
    assert json.loads(out.read_text(encoding="utf-8"))
    assert main(["entities", "--db", store, "-o", str(tmp_path)]) == 2
    assert main(["timeline", "--db", store, "--format", "csv", "--output", str(tmp_path / "t.csv")]) == 0
    assert (tmp_path / "t.csv").read_text(encoding="utf-8").startswith("date,")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


HOSTILE = "<script>alert(1)</script> *tebal* [tautan](javascript:x) & `kode`"


def _hostile_timeline() -> Timeline:
    ref = SourceRef(article="a1", source=f"{HOSTILE}.txt", title=HOSTILE, sentence=HOSTILE)
    return Timeline(entries=[TimelineEntry(date="2025-03-05", precision="day", summary=HOSTILE, type="MEET",
                                           participants=[HOSTILE], location=HOSTILE, sources=[ref])],
                    undated=[UndatedEntry(summary=HOSTILE, hint="<b>Rabu</b>", sources=[ref])],
                    warnings=[HOSTILE])


@pytest.mark.parametrize("fmt", ["md", "html", "timelinejs"])
def test_exports_escape_page_text(fmt):
    text = render(_hostile_timeline(), fmt, HOSTILE)
    assert "<script>" not in text and "<b>Rabu" not in text and "&lt;script&gt;" in text
    if fmt == "md":
        assert "[tautan](" not in text and "*tebal*" not in text


def test_csv_export_neutralises_formulas():
    t = _hostile_timeline()
    t.entries[0].summary = "=cmd|' /C calc'!A0"
    t.entries[0].location = "@SUM(1+1)"
    rows = list(csv.reader(io.StringIO(render(t, "csv"))))
    assert rows[1][4] == "'=cmd|' /C calc'!A0" and rows[1][6] == "'@SUM(1+1)"


# -- TimeML out ------------------------------------------------------------------------------------------------

TML = ('<?xml version="1.0" encoding="windows-1252"?>\n<TimeML>\n<DOCID>contoh</DOCID>\n'
       '<DCT><TIMEX3 tid="t0" type="DATE" value="2025-03-07" functionInDocument="CREATION_TIME">7 Maret 2025'
       '</TIMEX3></DCT>\n<TITLE>Harga & stok "beras" naik</TITLE>\n'
       '<TEXT>\nHarga beras & gula naik <TIMEX3 tid="t1" type="DATE" value="2025-03-06">kemarin</TIMEX3>, '
       'kata pedagang di Caf\u00e9 Pasar \u201cBaru\u201d. Pada Senin (3/3/2025) harga masih normal.\n</TEXT>\n'
       '<TLINK lid="l1" relType="BEFORE" timeID="t1" relatedToTime="t0"/>\n'
       '<TLINK lid="l2" relType="INCLUDES" eventInstanceID="ei1" relatedToTime="t0"/>\n</TimeML>\n')


def test_timeml_output_is_well_formed_utf8(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "contoh.tml").write_bytes(TML.encode("cp1252"))
    out = tmp_path / "out"
    assert main(["timex", "--format", "timeml", str(src), "--out", str(out)]) == 0
    data = (out / "contoh.tml").read_bytes()
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    root = ET.fromstring(data)
    text = root.find("TEXT")
    assert "".join(text.itertext()) == timeml.read(src / "contoh.tml").text
    assert "Caf\u00e9" in "".join(text.itertext()) and "&" in "".join(text.itertext())
    assert {t.get("value") for t in text.iter("TIMEX3")} >= {"2025-03-03", "2025-03-06"}
    links = [link.get("lid") for link in root.iter("TLINK")]
    assert links == ["l2"]  # l1 named a TIMEX3 that the tagging replaced
    assert root.find("TITLE").text == 'Harga & stok "beras" naik'


def test_timeml_out_never_writes_over_inputs_or_through_symlinks(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "contoh.tml").write_bytes(TML.encode("cp1252"))
    before = (src / "contoh.tml").read_bytes()
    assert main(["timex", "--format", "timeml", str(src), "--out", str(src)]) == 2
    assert "overwrite" in capsys.readouterr().err and (src / "contoh.tml").read_bytes() == before
    out = tmp_path / "out"
    out.mkdir()
    outside = tmp_path / "precious.txt"
    outside.write_text("keep me")
    (out / "contoh.tml").symlink_to(outside)
    assert main(["timex", "--format", "timeml", str(src / "contoh.tml"), "--out", str(out)]) == 0
    assert outside.read_text() == "keep me"
    assert not (out / "contoh.tml").is_symlink() and b"TIMEX3" in (out / "contoh.tml").read_bytes()


def test_timex_table_and_jsonl(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Rapat digelar Senin (3/3/2025).")))
    assert main(["timex", "--format", "jsonl", "--dct", "2025-03-07"]) == 0
    [row] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["value"] == "2025-03-03"


def test_annotate_goes_on_after_a_bug_on_one_page(pages, capsys, monkeypatch):
    from linimasa import pipeline

    real = pipeline.process

    def flaky(doc):
        if doc.source.endswith("banjir.txt"):
            raise RuntimeError("boom")
        return real(doc)

    monkeypatch.setattr(pipeline, "process", flaky)
    assert main(["annotate", str(pages)]) == 1
    captured = capsys.readouterr()
    assert [d["source"].rsplit("/", 1)[-1] for d in json.loads(captured.out)] == ["jembatan.txt"]
    assert "banjir.txt: internal error: RuntimeError: boom" in captured.err
