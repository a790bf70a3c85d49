"""The Parquet schemas agree with the dataclasses, and rows made from an analysed page fit them (no Spark needed)."""

from __future__ import annotations

import os
from dataclasses import fields

import pytest

from linimasa import api
from linimasa.cli import main
from linimasa.model import Entity, Event, Quote, Timex
from linimasa.spark import cross, rows
from linimasa.spark.schemas import PER_ARTICLE, TABLES, arrow_schema, columns

PAGE = ("MATARAM - Kepala Dinas Perhubungan NTB, Made Wirata, meninjau Pelabuhan Lembar pada Senin (3/3/2025). "
        "\"Antrean truk sudah berkurang,\" kata Made kepada wartawan.")


@pytest.fixture(scope="module")
def pa():
    try:
        import pyarrow
    except ImportError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"pyarrow missing in CI: {exc}")
        pytest.skip(f"pyarrow not installed: {exc}")
    return pyarrow


def test_every_dataclass_field_has_a_column():
    assert {f.name for f in fields(Timex)} <= set(columns("timexes"))
    assert {f.name for f in fields(Quote)} <= set(columns("quotes"))
    assert {f.name for f in fields(Entity)} - {"id"} <= set(columns("entities"))
    assert {f.name for f in fields(Event)} - {"date"} <= set(columns("events"))
    assert {"date", "precision", "date_source"} <= set(columns("events"))


def test_rows_of_an_analysed_page_fit_the_schemas(pa):
    article = api.annotate(PAGE, source="halaman.txt")
    assert article.entities and article.timexes and article.quotes and article.events
    made: dict[str, list[tuple]] = {name: [] for name in PER_ARTICLE}
    for table, row in rows.article_rows(article, "ab" * 32, "00000\x00halaman.txt\x01000000000"):
        made[table].append(row)
    for table, got in made.items():
        assert got, table
        t = pa.Table.from_pylist([dict(zip(columns(table), r, strict=True)) for r in got], schema=arrow_schema(table))
        assert t.num_rows == len(got)
    assert made["articles"][0][columns("articles").index("id")] == article.id


def test_failure_tables_and_cross_tables_are_declared(pa):
    for name in ("failures", "duplicates", "canonical_entities", "timeline_entries"):
        assert arrow_schema(name).names == columns(name) and TABLES[name]


def test_name_keys_join_what_the_merge_could_join():
    # a one-letter typo, a transliteration, an acronym and a gazetteer exonym share a block key
    assert cross.name_keys("Santoso") & cross.name_keys("Santosa")
    assert cross.name_keys("Sergei Lavrov") & cross.name_keys("Sergey Lavrov")
    assert cross.name_keys("KNKT") & cross.name_keys("Komite Nasional Keselamatan Transportasi")
    assert not cross.name_keys("Santoso") & cross.name_keys("Wirata")


def test_sidecar_names_follow_the_single_machine_rule():
    assert rows.sidecar_names("in/a.txt") == ["in/a.txt.meta.json", "in/a.meta.json"]
    assert rows.sidecar_names("in/crawl.warc.gz")[1] == "in/crawl.warc.meta.json"


@pytest.mark.parametrize("argv", [["spark", "x", "--out", "o", "--master", "nowhere"],
                                  ["spark", "x", "--out", "o", "--partitions", "0"]])
def test_spark_usage_errors_exit_2(argv, capsys):
    assert main(argv) == 2
    assert "linimasa:" in capsys.readouterr().err
