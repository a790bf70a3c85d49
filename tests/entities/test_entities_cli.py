"""`linimasa entities` over a store: reads articles, merges, prints the JSON list."""

from __future__ import annotations

import json

import pytest

from linimasa.cli import main
from linimasa.entities import annotate
from linimasa.model import Article
from linimasa.store import Store

BODIES = ["Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jenewa. Lavrov menolak usulan itu.",
          "Menteri Luar Negeri Rusia Sergey Lavrov kembali ke Moskow pada Sabtu."]


@pytest.fixture
def db(tmp_path) -> str:
    """A real store holding the two articles (a fake Store patched into the module would leak into
    every CLI module imported while it is in place)."""
    path = tmp_path / "s.db"
    with Store(path) as st:
        for n, body in enumerate(BODIES):
            a = Article(source=f"p{n}", id=f"a{n}", body=body)
            annotate(a)
            st.add(a, f"hash{n}")
    return str(path)


def test_entities_json(db, capsys):
    assert main(["entities", "--db", db]) == 0
    out = json.loads(capsys.readouterr().out)
    lavrov = [e for e in out if "Lavrov" in e["aliases"]]
    assert len(lavrov) == 1 and set(lavrov[0]["articles"]) == {"a0", "a1"}
    assert {"Sergei Lavrov", "Sergey Lavrov"} <= set(lavrov[0]["aliases"])


def test_entities_table(db, capsys):
    assert main(["entities", "--db", db, "--format", "table"]) == 0
    assert "Lavrov" in capsys.readouterr().out
