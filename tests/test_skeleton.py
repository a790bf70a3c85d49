"""The pipeline runs end to end and serialises to the Article contract."""

import json

import linimasa
from linimasa.cli import main
from linimasa.model import ARTICLE_SCHEMA, Article


def test_annotate_returns_article_with_contract_fields():
    art = linimasa.annotate("JAKARTA - Presiden meresmikan jembatan baru di Surabaya pada Senin (3/3/2014).")
    d = art.to_dict()
    assert d["schema"] == ARTICLE_SCHEMA
    for key in ("id", "source", "language", "title", "outlet", "section", "dateline", "byline", "published",
                "body", "removed", "timexes", "entities", "quotes", "events"):
        assert key in d
    assert set(d["published"]) >= {"value", "precision", "source", "conflicts"}
    assert "evidence" not in d
    assert Article.from_dict(json.loads(json.dumps(d))).to_dict() == d


def test_cli_usage_error_exits_2(capsys):
    try:
        code = main(["no-such-command"])
    except SystemExit as exc:
        code = exc.code
    assert code == 2
