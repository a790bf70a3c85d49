"""`linimasa entities` over a store: reads articles, merges, prints the JSON list (store replaced by a fake)."""

from __future__ import annotations

import json

import linimasa.store as store_module
from linimasa.cli import main
from linimasa.entities import annotate
from linimasa.model import Article

BODIES = ["Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jenewa. Lavrov menolak usulan itu.",
          "Menteri Luar Negeri Rusia Sergey Lavrov kembali ke Moskow pada Sabtu."]


class FakeStore:
    def __init__(self, path):
        self.path = path

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def articles(self):
        for n, body in enumerate(BODIES):
            a = Article(source=f"p{n}", id=f"a{n}", body=body)
            annotate(a)
            yield a


def test_entities_json(monkeypatch, capsys):
    monkeypatch.setattr(store_module, "Store", FakeStore, raising=False)
    assert main(["entities", "--db", "x.db"]) == 0
    out = json.loads(capsys.readouterr().out)
    lavrov = [e for e in out if "Lavrov" in e["aliases"]]
    assert len(lavrov) == 1 and set(lavrov[0]["articles"]) == {"a0", "a1"}
    assert {"Sergei Lavrov", "Sergey Lavrov"} <= set(lavrov[0]["aliases"])


def test_entities_table(monkeypatch, capsys):
    monkeypatch.setattr(store_module, "Store", FakeStore, raising=False)
    assert main(["entities", "--format", "table"]) == 0
    assert "Lavrov" in capsys.readouterr().out
