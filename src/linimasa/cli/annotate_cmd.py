"""`linimasa annotate PATH... [--published DATE] [--format json|jsonl]`: analyse pages without storing."""

from __future__ import annotations

from linimasa import ingest, pipeline
from linimasa.cli.output import emit_json, error
from linimasa.model import Failure


def register(sub) -> None:
    p = sub.add_parser("annotate", help="analyse pages without storing; print Article JSON")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or - for stdin")
    p.add_argument("--published", help="publication date to use (overrides the page's own)")
    p.add_argument("--format", choices=["json", "jsonl"], default=None)
    p.set_defaults(func=run)


def run(args) -> int:
    failed = 0
    articles = []
    for item in ingest.read(args.paths):
        if isinstance(item, Failure):
            error(f"{item.source}: {item.reason}")
            failed += 1
            continue
        if args.published:
            item.meta["published"] = args.published
        result = pipeline.process_one(item)  # an internal error on one page: reported, the rest still written
        if isinstance(result, Failure):
            error(f"{result.source}: {result.reason}")
            failed += 1
        else:
            articles.append(result)
    fmt = args.format or ("json" if len(articles) == 1 and len(args.paths) == 1 else "jsonl")
    if fmt == "jsonl":
        for a in articles:
            emit_json(a.to_dict(), lines=True)
    elif articles:
        emit_json(articles[0].to_dict() if len(articles) == 1 else [a.to_dict() for a in articles])
    return 1 if failed else 0
