"""The JSON Schemas agree with the dataclasses, document every field, and every CLI JSON output validates."""

from __future__ import annotations

import json
import typing
from dataclasses import fields, is_dataclass
from pathlib import Path

import jsonschema
import pytest

from linimasa import model, schemas
from linimasa.cli import COMMANDS, main

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", schemas.NAMES)
def test_shipped_schema_is_valid_and_generated_from_the_dataclasses(name):
    shipped = schemas.load(name)
    jsonschema.Draft202012Validator.check_schema(shipped)
    assert shipped == schemas.generate()[name], "run: python -m linimasa.schemas --write"
    assert json.loads((ROOT / "schemas" / f"{name}.json").read_text(encoding="utf-8")) == shipped


def _dataclasses(cls, seen=None) -> dict[str, type]:
    seen = {} if seen is None else seen
    seen[cls.__name__] = cls
    for tp in typing.get_type_hints(cls).values():
        for arg in [tp, *typing.get_args(tp), *(a for t in typing.get_args(tp) for a in typing.get_args(t))]:
            if is_dataclass(arg) and arg.__name__ not in seen:
                _dataclasses(arg, seen)
    return seen


@pytest.mark.parametrize("name, top", [("article-1", model.Article), ("timeline-1", model.Timeline)])
def test_every_dataclass_field_is_in_the_schema_and_back(name, top):
    schema = schemas.load(name)
    classes = _dataclasses(top)
    assert set(schema["$defs"]) == set(classes) - {top.__name__}
    for cls_name, cls in classes.items():
        obj = schema if cls is top else schema["$defs"][cls_name]
        declared = {f.name for f in fields(cls)} - {"evidence"} | ({"schema"} if cls is top else set())
        planned = set(schemas.PLANNED.get(cls_name, {}))
        assert set(obj["properties"]) - planned == declared, cls_name
        assert set(obj["required"]) == declared, cls_name


def _described(node, where="") -> list[str]:
    missing = []
    if isinstance(node, dict):
        for key, sub in (node.get("properties") or {}).items():
            if not (sub.get("description") or "").strip():
                missing.append(f"{where}.{key}")
        for key, sub in node.items():
            missing += _described(sub, f"{where}/{key}")
    elif isinstance(node, list):
        for i, sub in enumerate(node):
            missing += _described(sub, f"{where}[{i}]")
    return missing


@pytest.mark.parametrize("name", schemas.NAMES)
def test_every_field_has_a_description(name):
    assert _described(schemas.load(name)) == []


def test_extension_fields_are_documented():
    article, timeline = schemas.load("article-1"), schemas.load("timeline-1")
    d = article["$defs"]
    assert "url" in article["properties"]
    assert {"aliases"} <= set(d["Entity"]["properties"])
    assert {"hint", "background", "trigger"} <= set(d["Event"]["properties"])
    assert {"source"} <= set(d["EventDate"]["properties"]) and "inferred" in d["Published"]["properties"]
    assert {"background", "salience"} <= set(timeline["$defs"]["TimelineEntry"]["properties"])


def test_a_document_with_an_unknown_field_is_refused():
    doc = model.Article(source="x").to_dict()
    jsonschema.validate(doc, schemas.load("article-1"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**doc, "surprise": 1}, schemas.load("article-1"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**doc, "published": {**doc["published"], "value": 2021}}, schemas.load("article-1"))


# -- every CLI JSON output, on the bundled sample corpus -------------------------------------------------------

@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    from linimasa.cli.demo_cmd import sample_corpus

    db = tmp_path_factory.mktemp("store") / "sample.db"
    assert main(["ingest", str(sample_corpus()), "--db", str(db)]) == 0
    return str(db)


def _run(capsys, argv) -> object:
    capsys.readouterr()
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_demo_and_timex_outputs_validate(capsys):
    jsonschema.validate(_run(capsys, ["demo", "--format", "json"]), schemas.load("timeline-1"))
    timex = _run(capsys, ["timex", "--dct", "2025-03-07", "README.md"])
    jsonschema.validate(timex, {"type": "array", "items": {"$ref": "#/$defs/Timex"},
                                "$defs": schemas.load("article-1")["$defs"]})
    assert timex


def test_annotate_outputs_validate(capsys):
    from linimasa.cli.demo_cmd import sample_corpus

    pages = sorted(p for p in sample_corpus().glob("*.txt"))[:3]
    one = _run(capsys, ["annotate", str(pages[0])])
    jsonschema.validate(one, schemas.load("article-1"))
    several = _run(capsys, ["annotate", *map(str, pages), "--format", "json"])
    assert isinstance(several, list) and len(several) == 3
    for doc in several:
        jsonschema.validate(doc, schemas.load("article-1"))
    assert any(doc["entities"] and doc["events"] and doc["quotes"] for doc in several)


def test_store_outputs_validate(capsys, sample_db):
    timeline = _run(capsys, ["timeline", "--db", sample_db, "--format", "json"])
    jsonschema.validate(timeline, schemas.load("timeline-1"))
    assert timeline["entries"]
    entities = _run(capsys, ["entities", "--db", sample_db])
    jsonschema.validate(entities, schemas.load("entities-1"))
    quotes = _run(capsys, ["quotes", "--db", sample_db])
    jsonschema.validate(quotes, schemas.load("quotes-1"))
    assert entities and quotes
    jsonschema.validate(_run(capsys, ["search", "kapal", "--db", sample_db]), schemas.load("search-1"))
    events = _run(capsys, ["events", "--db", sample_db])
    jsonschema.validate(events, schemas.load("events-1"))
    assert events and _run(capsys, ["search", "kapal", "--db", sample_db])
    if "stories" in COMMANDS:
        jsonschema.validate(_run(capsys, ["stories", "--db", sample_db]), schemas.load("stories-1"))
