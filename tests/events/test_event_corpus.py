"""The annotated event corpus (tests/events/data/events.tsv) through `linimasa eval events`, and the typing
rules it exposed, each on sentences of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from linimasa.events import _classify, evaluate

CORPUS = Path(__file__).parent / "data" / "events.tsv"


def test_corpus_is_large_and_well_formed():
    cases = evaluate.load(CORPUS)
    assert len(cases) >= 300
    types = {c.type for c in cases}
    assert {"DISCOVERY", "MISSING", "END", "REPORT", "ECONOMY", "ARREST", "CHARGE", "TRIAL", "VERDICT",
            "STATEMENT", "NONE"} <= types


def test_corpus_meets_the_bars():
    r = evaluate.score(evaluate.load(CORPUS))
    assert r["type_accuracy"] >= 0.90 and r["date_accuracy"] >= 0.90, r["errors"]


@pytest.mark.parametrize("sentence,kind,word", [
    ("Tim gabungan menemukan puing perahu yang hilang sejak pekan lalu.", "DISCOVERY", "menemukan"),
    ("Nelayan yang hilang itu ditemukan selamat di sebuah pulau kecil.", "DISCOVERY", "ditemukan"),
    ("Seorang penyelam dilaporkan hilang saat memeriksa bangkai kapal.", "MISSING", "dilaporkan hilang"),
    ("Operasi pencarian korban banjir bandang resmi dihentikan.", "END", "dihentikan"),
    ("Basarnas menutup operasi pencarian pada hari ketujuh.", "END", "menutup operasi pencarian"),
    ("Harga minyak mentah jatuh ke level terendah tahun ini.", "ECONOMY", "jatuh"),
    ("Nilai tukar rupiah melemah di tengah kekhawatiran pasar.", "ECONOMY", "melemah"),
    ("KNKT merilis laporan akhir investigasi kecelakaan bus itu.", "REPORT", "merilis laporan"),
    ("Hasil audit menemukan penyimpangan dalam pengadaan alat.", "REPORT", "menemukan"),
    ("Jaksa mendakwa kedua terdakwa dengan pasal penipuan.", "CHARGE", "mendakwa"),
    ("Hakim memvonis terdakwa dengan hukuman lima tahun penjara.", "VERDICT", "memvonis"),
    ("Mahkamah Agung menolak kasasi jaksa.", "VERDICT", "menolak kasasi"),
    ("Sidang lanjutan perkara itu digelar di pengadilan negeri.", "TRIAL", "Sidang lanjutan"),
    ("Polisi menangkap pemuda yang mencuri sepeda motor itu.", "ARREST", "menangkap"),
    ("Ledakan bom bunuh diri menewaskan enam orang di pasar itu.", "ATTACK", "Ledakan bom bunuh diri"),
    ("Ribuan buruh menggelar demonstrasi di depan kantor gubernur.", "PROTEST", "menggelar demonstrasi"),
    ("Buruh pabrik itu menggelar demonstrasi menolak pemotongan upah.", "PROTEST", "demonstrasi"),
    ("Kepala dinas mengatakan tersangka sudah ditahan.", "STATEMENT", "mengatakan"),
])
def test_the_main_predicate_types_the_sentence(sentence, kind, word):
    found = _classify(sentence)
    assert found is not None and (found[0], found[1].group(0)) == (kind, word)


def test_eval_events_command(capsys):
    from linimasa.cli import main

    assert main(["eval", "events", str(CORPUS)]) == 0
    out = capsys.readouterr().out
    assert "type accuracy" in out and "date accuracy" in out and "participants P" in out


def test_eval_events_missing_file_is_a_usage_error(tmp_path, capsys):
    from linimasa.cli import main

    assert main(["eval", "events", str(tmp_path / "none.tsv")]) == 2
    assert "does not exist" in capsys.readouterr().err
