"""Corrections: validated values, applied at read time by every output, surviving a re-ingest and a rebuild."""

from __future__ import annotations

import json

import pytest

from linimasa import corrections as corr
from linimasa import views
from linimasa.cli import main
from linimasa.cli.ingest_cmd import ingest_into
from linimasa.store import Store

STORY = """Banjir Rendam Desa Contoh

CONTOH - Banjir merendam ratusan rumah di Desa Contoh pada Senin (3/3/2025). Kepala Desa Contoh, Budi Santoso,
mengatakan warga mulai mengungsi sejak Senin malam.

"Air naik sangat cepat, kami tidak sempat menyelamatkan barang," kata Budi Santoso kepada wartawan.

Pada Rabu (5/3/2025), Bupati Contoh Raya, Andi Wirawan, mengunjungi lokasi pengungsian di balai desa.
"""


@pytest.fixture
def db(tmp_path):
    page = tmp_path / "banjir.txt"
    page.write_text(STORY, encoding="utf-8")
    path = tmp_path / "s.db"
    with Store(path) as st:
        ingest_into(st, [str(page)])
    return path, page


@pytest.mark.parametrize("kind,value,field", [
    ("nope", {}, "unknown correction kind"),
    ("pin_date", {"sources": [["a", "b"]], "date": "2021-13-45"}, "date"),
    ("pin_date", {"sources": [["a", "b"]], "date": "2021-02-30"}, "date"),
    ("pin_date", {"sources": "a", "date": "2021-02-03"}, "sources"),
    ("fix_speaker", {"article": "a", "start": -1, "speaker": "X"}, "start"),
    ("fix_speaker", {"article": "a", "start": 3, "speaker": ""}, "speaker"),
    ("merge_entities", {"into": "A", "names": "B"}, "names"),
    ("add_alias", {"entity": "A"}, "alias"),
])
def test_wrong_values_are_refused_naming_the_field(kind, value, field):
    with pytest.raises(corr.CorrectionError, match=field):
        corr.validate(kind, value)


def test_every_kind_applies_and_undo_restores(db, capsys):
    path, _page = db
    with Store(path) as st:
        before = views.timeline(st)
        quotes = views.quotes(st)
        assert before.entries and quotes
        entry = before.entries[0]
        sources = [[s.article, s.sentence] for s in entry.sources]
        pin = corr.add(st.db, "pin_date", {"sources": sources, "from": entry.date, "date": "2025-03-04"})
        assert "2025-03-04" in {e.date for e in views.timeline(st).entries}
        corr.add(st.db, "fix_speaker", {"article": quotes[0]["article"], "start": quotes[0]["start"],
                                        "speaker": "Siti Aminah"})
        assert views.quotes(st, "Siti Aminah")
        corr.add(st.db, "add_alias", {"entity": "Budi Santoso", "alias": "Pak Kades"})
        corr.add(st.db, "merge_entities", {"into": "Budi Santoso", "names": ["Andi Wirawan"]})
        budi = next(e for e in views.entities(st) if e["name"] == "Budi Santoso")
        assert "Andi Wirawan" in budi["aliases"]
        corr.add(st.db, "split_entity", {"entity": "Budi Santoso", "alias": "Andi Wirawan"})
        names = {e["name"] for e in views.entities(st)}
        assert "Andi Wirawan" in names
        events = views.events(st)
        gone = corr.add(st.db, "exclude_event", {"article": events[0]["article"], "start": events[0]["start"]})
        assert len(views.events(st)) == len(events) - 1 and events[0] not in views.events(st)
        assert corr.undo(st.db, gone.id)
        assert corr.undo(st.db, pin.id) and not corr.undo(st.db, pin.id)
        assert "2025-03-04" not in {e.date for e in views.timeline(st).entries}
    # the CLI lists them, newest state included
    assert main(["corrections", "--db", str(path), "list", "--all"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [c["kind"] for c in listed] == ["pin_date", "fix_speaker", "add_alias", "merge_entities", "split_entity",
                                           "exclude_event"]
    assert listed[0]["undone_at"] and listed[0]["who"]


def test_corrections_survive_a_reingest_and_a_rebuild(db, tmp_path, capsys):
    path, page = db
    with Store(path) as st:
        entry = views.timeline(st).entries[0]
        corr.add(st.db, "exclude_entry", {"date": entry.date,
                                          "sources": [[s.article, s.sentence] for s in entry.sources]})
        corrected = views.timeline(st).to_dict()
        assert len(corrected["entries"]) == len(views.timeline(st, corrections=[]).entries) - 1
    with Store(path) as st:  # the same page again: stored once, the correction still holds
        ingest_into(st, [str(page)])
        assert views.timeline(st).to_dict() == corrected
    # a rebuild: a new store of the same pages, corrections carried by export/import
    assert main(["corrections", "--db", str(path), "export"]) == 0
    exported = tmp_path / "corrections.json"
    exported.write_text(capsys.readouterr().out, encoding="utf-8")
    rebuilt = tmp_path / "rebuilt.db"
    with Store(rebuilt) as st:
        ingest_into(st, [str(page)])
    assert main(["corrections", "--db", str(rebuilt), "import", str(exported)]) == 0
    assert "1 added" in capsys.readouterr().out
    assert main(["corrections", "--db", str(rebuilt), "import", str(exported)]) == 0
    assert "0 added" in capsys.readouterr().out
    assert main(["timeline", "--db", str(rebuilt), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == corrected


def test_cli_errors(db, tmp_path, capsys):
    path, _page = db
    assert main(["corrections", "--db", str(tmp_path / "none.db"), "list"]) == 2
    assert main(["corrections", "--db", str(path), "undo", "99"]) == 2
    assert main(["corrections", "--db", str(path), "add", "pin_date", "{not json"]) == 2
    assert main(["corrections", "--db", str(path), "add", "add_alias", '{"entity": "A", "alias": "B"}']) == 0
    bad = tmp_path / "bad.json"
    bad.write_text('{"kind": "x"}', encoding="utf-8")
    assert main(["corrections", "--db", str(path), "import", str(bad)]) == 2
    assert "linimasa:" in capsys.readouterr().err
