"""`linimasa ner --conll FILE|-`: tag tokens (first column, blank line between sentences) with BIO PER/LOC/ORG."""

from __future__ import annotations

import sys

from linimasa.cli.options import add_output
from linimasa.cli.output import error


def register(sub) -> None:
    p = sub.add_parser("ner", help="named-entity tags for a CoNLL token file (token<TAB>tag out)")
    p.add_argument("--conll", required=True, metavar="FILE", help="one token per line, blank line between sentences; '-' for stdin")
    add_output(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from linimasa.entities.conll import read_conll
    from linimasa.entities.tagger import tag

    try:
        stream = sys.stdin if args.conll == "-" else open(args.conll, encoding="utf-8")
    except OSError as exc:
        error(f"cannot read {args.conll}: {exc.strerror or exc}")
        return 2
    out = sys.stdout
    with stream:
        first = True
        for sent in read_conll(stream):
            words = [row[0] for row in sent]
            if not first:
                out.write("\n")
            first = False
            for word, t in zip(words, tag(words), strict=True):
                out.write(f"{word}\t{t}\n")
    return 0
