"""`linimasa demo`: the whole job on the bundled sample corpus, ending with its timeline."""

from __future__ import annotations

import os
import sys
import tempfile
from importlib import resources
from pathlib import Path

from linimasa.cli.ingest_cmd import ingest_into
from linimasa.cli.options import add_output
from linimasa.cli.timeline_cmd import timeline_from_store
from linimasa.store import Store
from linimasa.timeline.export import render


def register(sub) -> None:
    p = sub.add_parser("demo", help="run the whole job on the bundled sample corpus")
    add_output(p, ["md", "json", "html"], default="md",
               help="md: Markdown; json: the Timeline contract; html: a standalone page")
    p.set_defaults(func=run)


def sample_corpus() -> Path:
    return Path(str(resources.files("linimasa") / "sample"))


def run(args) -> int:
    corpus = sample_corpus()
    here = os.getcwd()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "demo.db") as store:
        os.chdir(corpus.parent)  # sources read "sample/NAME", not a path of this machine
        try:
            counts, failures = ingest_into(store, [corpus.name])
        finally:
            os.chdir(here)
        print(f"Ingested the sample corpus ({corpus.name}/): {counts['new']} new, "
              f"{counts['near-duplicate']} near-duplicate, {counts['failed']} failed", file=sys.stderr)
        for f in failures:
            print(f"  {f.source}: {f.reason}", file=sys.stderr)
        result = timeline_from_store(store)
        quotes = sum(len(a.quotes) for a in store.articles())
        entities = sum(len(a.entities) for a in store.articles())
    print(f"{len(result.entries)} dated entries, {len(result.undated)} undated, {entities} entity records, "
          f"{quotes} quotes\n", file=sys.stderr)
    sys.stdout.write(render(result, args.format, "Linimasa — contoh korpus (sample corpus)"))
    return 1 if failures else 0
