"""`linimasa timex [FILE|-] [--dct DATE] [--format json|jsonl|table|timeml]` and the batch form with `--out DIR`."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from linimasa.cli.options import DATE_FORMS, add_output, date_arg
from linimasa.cli.output import emit_rows, error
from linimasa.ingest.decode import decode
from linimasa.model import InputError
from linimasa.time import tag, timeml

log = logging.getLogger(__name__)


def register(sub) -> None:
    p = sub.add_parser("timex", help="temporal tagging of plain text or TimeML files")
    p.add_argument("inputs", nargs="*", default=["-"], metavar="FILE_OR_DIR",
                   help="a text file or - (stdin); with --format timeml, TimeML files or folders of *.tml")
    p.add_argument("--dct", type=date_arg, metavar="DATE",
                   help=f"document creation time ({DATE_FORMS}); TimeML files carry their own")
    p.add_argument("--lang", default="id", choices=["id"], help="language of the text")
    add_output(p, ["json", "jsonl", "table", "timeml"],
               help="json: a list of {start, end, text, type, value}; jsonl: one a line; table: aligned "
                    "columns; timeml: the TimeML input written back with TIMEX3 inserted")
    p.add_argument("--out", metavar="DIR",
                   help="with --format timeml: write one tagged file per input into DIR, same names "
                        "(never over an input)")
    p.set_defaults(func=run)


def _timeml_files(inputs: list[str]) -> list[Path]:
    files: list[Path] = []
    for name in inputs:
        path = Path(name)
        files += sorted(path.glob("*.tml")) if path.is_dir() else [path]
    return files


def _table(rows) -> str:
    width = max((len(r["text"]) for r in rows), default=0)
    return "".join(f"{r['text']:<{width}}   {r['type']:<8} {r['value']}\n" for r in rows)


def run(args) -> int:
    if args.format == "timeml":
        return _run_timeml(args)
    if args.out:
        error("--out DIR is for --format timeml; use -o FILE for one output file")
        return 2
    if len(args.inputs) != 1:
        error("plain-text tagging takes one FILE or -")
        return 2
    source = args.inputs[0]
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
        text, _encoding = decode(data)
    except (OSError, InputError) as exc:
        error(f"{source}: {getattr(exc, 'strerror', None) or exc}")
        return 1
    rows = [asdict(t) for t in tag(text, args.dct, args.lang)]
    if args.format == "table":
        sys.stdout.write(_table(rows))
    else:
        emit_rows(rows, args.format, ["start", "end", "text", "type", "value"])
    return 0


def _check_out(out_dir: Path, files: list[Path]) -> str | None:
    """Why writing into `out_dir` is refused, or None."""
    if out_dir.exists() and not out_dir.is_dir():
        return f"--out {out_dir} is a file, not a folder"
    for f in files:
        target = out_dir / f.name
        if target.exists() and f.exists() and os.path.samefile(target, f):
            return f"--out {out_dir} would overwrite the input {f}: choose another folder"
    return None


def _write_inside(out_dir: Path, name: str, data: bytes) -> None:
    """Write DIR/name through a temporary file and a rename: a symlink at DIR/name is replaced, not followed."""
    fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=f".{name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, out_dir / name)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _run_timeml(args) -> int:
    stdin = args.inputs == ["-"]
    if args.out is None and (len(args.inputs) != 1 or Path(args.inputs[0]).is_dir()):
        error("several TimeML inputs need --out DIR")
        return 2
    if args.out and stdin:
        error("--out DIR names each output after its input file: give TimeML files, or drop --out for stdin")
        return 2
    failed = 0
    out_dir = Path(args.out) if args.out else None
    files = [] if stdin else _timeml_files(args.inputs)
    if out_dir:
        problem = _check_out(out_dir, files)
        if problem:
            error(problem)
            return 2
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            error(f"--out {out_dir}: {exc.strerror or exc}")
            return 2
    for path in ([None] if stdin else files):
        try:
            doc = timeml.parse(*decode(sys.stdin.buffer.read())) if path is None else timeml.read(path)
        except (OSError, ValueError, InputError) as exc:
            error(f"{path or '<stdin>'}: {getattr(exc, 'strerror', None) or exc}")
            failed += 1
            continue
        timexes = tag(doc.text, args.dct or doc.dct, args.lang)
        data = timeml.render(doc, timexes).encode("utf-8")
        if out_dir and path is not None:
            try:
                _write_inside(out_dir, path.name, data)
            except OSError as exc:
                error(f"{out_dir / path.name}: {exc.strerror or exc}")
                failed += 1
        else:
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
    return 1 if failed else 0
