"""`linimasa timex [FILE|-] [--dct DATE] [--format json|timeml]` and the batch form with `--out DIR`."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path

from linimasa.cli.output import emit_json, error
from linimasa.ingest.decode import decode
from linimasa.model import InputError
from linimasa.time import tag, timeml


def register(sub) -> None:
    p = sub.add_parser("timex", help="temporal tagging of plain text or TimeML files")
    p.add_argument("inputs", nargs="*", default=["-"], metavar="FILE_OR_DIR", help="text file, TimeML file(s) or -")
    p.add_argument("--dct", help="document creation time (ISO date); TimeML files carry their own")
    p.add_argument("--lang", default="id", choices=["id"])
    p.add_argument("--format", choices=["json", "timeml"], default="json")
    p.add_argument("--out", help="with --format timeml: write one tagged file per input into this folder")
    p.set_defaults(func=run)


def _timeml_files(inputs: list[str]) -> list[Path]:
    files = []
    for name in inputs:
        path = Path(name)
        files += sorted(path.glob("*.tml")) if path.is_dir() else [path]
    return files


def run(args) -> int:
    if args.format == "timeml":
        return _run_timeml(args)
    if len(args.inputs) != 1:
        error("plain-text tagging takes one FILE or -")
        return 2
    source = args.inputs[0]
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
        text, _encoding = decode(data)
    except (OSError, InputError) as exc:
        error(f"{source}: {exc}")
        return 1
    emit_json([asdict(t) for t in tag(text, args.dct, args.lang)])
    return 0


def _run_timeml(args) -> int:
    if args.out is None and (len(args.inputs) != 1 or Path(args.inputs[0]).is_dir()):
        error("several TimeML inputs need --out DIR")
        return 2
    failed = 0
    out_dir = Path(args.out) if args.out else None
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    for path in ([None] if args.inputs == ["-"] else _timeml_files(args.inputs)):
        try:
            doc = timeml.parse(*decode(sys.stdin.buffer.read())) if path is None else timeml.read(path)
        except (OSError, ValueError, InputError) as exc:
            error(f"{path or '<stdin>'}: {exc}")
            failed += 1
            continue
        timexes = tag(doc.text, args.dct or doc.dct, args.lang)
        if out_dir:
            timeml.write(out_dir / path.name, doc, timexes)
        else:
            sys.stdout.buffer.write(timeml.render(doc, timexes).encode(doc.encoding, errors="replace"))
    return 1 if failed else 0
