"""`linimasa corrections list|undo ID|export|import FILE|add KIND JSON [--db FILE]`: the user's corrections."""

from __future__ import annotations

import sys
from pathlib import Path

import orjson

from linimasa.cli.ingest_cmd import DEFAULT_DB
from linimasa.cli.output import emit_json, error


def register(sub) -> None:
    p = sub.add_parser("corrections", help="list, undo, export, import or add corrections (applied by every output)")
    p.add_argument("--db", default=DEFAULT_DB, help="the store; must exist")
    acts = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    ls = acts.add_parser("list", help="corrections in the store (JSON list; --all includes undone ones)")
    ls.add_argument("--all", action="store_true", help="include undone corrections")
    u = acts.add_parser("undo", help="undo one correction by its id (it stays listed as undone)")
    u.add_argument("id", type=int)
    acts.add_parser("export", help="active corrections as a JSON list (for import into another store)")
    i = acts.add_parser("import", help="add the corrections of an exported JSON list (FILE or - for stdin)")
    i.add_argument("file")
    a = acts.add_parser("add", help="add one correction: KIND and its value as JSON (see linimasa.corrections)")
    a.add_argument("kind")
    a.add_argument("value", help='e.g. \'{"entity": "Joko Widodo", "alias": "Jokowi"}\'')
    a.add_argument("--note", help="why (kept with the correction)")
    p.set_defaults(func=run)


def run(args) -> int:
    from linimasa import corrections as corr
    from linimasa.store import Store

    if not Path(args.db).is_file():
        error(f"no store at {args.db}: run 'linimasa ingest PATH --db {args.db}' first")
        return 2
    with Store(args.db) as store:
        db = store.db
        if args.action == "list":
            emit_json([c.to_dict() for c in corr.load(db, include_undone=args.all)])
        elif args.action == "export":
            emit_json([{k: v for k, v in c.to_dict().items() if k not in ("id", "undone_at")} for c in corr.load(db)])
        elif args.action == "undo":
            if not corr.undo(db, args.id):
                error(f"no active correction {args.id} (see 'linimasa corrections list --all')")
                return 2
            print(f"undone: {args.id}")
        else:
            try:
                if args.action == "import":
                    raw = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
                    items = orjson.loads(raw)
                    if not isinstance(items, list):
                        raise corr.CorrectionError("an export is a JSON list of corrections")
                    added, skipped = corr.import_all(db, items)
                    print(f"{added} added, {skipped} already present or undone")
                else:
                    c = corr.add(db, args.kind, orjson.loads(args.value), note=args.note)
                    emit_json(c.to_dict())
            except (OSError, orjson.JSONDecodeError, corr.CorrectionError) as exc:
                error(f"{args.action}: {exc}")
                return 2
    return 0
