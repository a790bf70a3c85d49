"""`linimasa annotate PATH... [--published DATE] [--format json|jsonl]`: analyse pages without storing."""

from __future__ import annotations

import logging
from pathlib import Path

from linimasa import ingest, pipeline
from linimasa.cli.options import DATE_FORMS, add_output, date_arg
from linimasa.cli.output import emit_json, error
from linimasa.model import Failure, InputError

log = logging.getLogger(__name__)


def register(sub) -> None:
    p = sub.add_parser("annotate", help="analyse pages without storing; print Article JSON")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or - for stdin")
    p.add_argument("--published", type=date_arg, metavar="DATE",
                   help=f"publication date to use, overriding the page's own ({DATE_FORMS})")
    add_output(p, ["json", "jsonl"],
               help="json: one JSON document (an Article for one file, else a list of Articles); "
                    "jsonl: one Article a line")
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
        try:
            articles.append(pipeline.process(item))
        except InputError as exc:
            error(f"{item.source}: {exc}")
            failed += 1
        except Exception as exc:  # a bug on one page must not lose the others' output
            log.debug("%s: internal error", item.source, exc_info=True)
            error(f"{item.source}: internal error: {type(exc).__name__}: {exc}")
            failed += 1
    if args.format == "jsonl":
        for a in articles:
            emit_json(a.to_dict(), lines=True)
        return 1 if failed else 0
    one_file = len(args.paths) == 1 and (args.paths[0] == "-" or Path(args.paths[0]).is_file())
    if one_file and len(articles) == 1 and not failed:
        emit_json(articles[0].to_dict())
    elif articles or not one_file:
        emit_json([a.to_dict() for a in articles])
    return 1 if failed else 0
