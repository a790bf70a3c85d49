"""The `linimasa` command line: a thin layer over the Python API.

Each sub-command lives in its own module with `register(subparsers)`; exit codes are
0 (all good), 1 (some inputs failed), 2 (usage error). Shared options (dates, `--format`,
`-o/--output`, opening a store to read) are in `linimasa.cli.options`.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import tempfile
from contextlib import redirect_stdout
from pathlib import Path

COMMANDS = ["ingest", "annotate", "timex", "ner", "timeline", "events", "search", "entities", "quotes",
            "reclean", "eval", "demo", "serve", "corrections", "stories", "spark"]

log = logging.getLogger(__name__)


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Help lines end with the option's default, when it has a meaningful one."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        default = action.default
        if ("%(default)" not in text and action.option_strings and default not in (None, False, True, [])
                and default is not argparse.SUPPRESS):
            text += " (default: %(default)s)"
        return text


class _Parser(argparse.ArgumentParser):
    """Every (sub-)parser formats its help the same way; sub-commands inherit it through add_parser."""

    def __init__(self, *args, verbose_default=argparse.SUPPRESS, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        kwargs.setdefault("conflict_handler", "resolve")  # a command's own -v/--verbose wins over ours
        super().__init__(*args, **kwargs)
        # -v works before or after the command name
        self.add_argument("-v", "--verbose", action="count", default=verbose_default,
                          help="log progress to stderr (-v: info, -vv: debug, with tracebacks of failures)")


def _version() -> str:
    from linimasa import __version__

    return __version__


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line; given the arguments, only the sub-command they name (each command module
    imports the stages it runs, so `linimasa timex` does not load the NER model's code to start)."""
    parser = _Parser(prog="linimasa", description=(__doc__ or "").splitlines()[0], verbose_default=0,
                     epilog="Exit codes: 0 all good, 1 some inputs failed (each named on stderr), 2 usage error.")
    parser.add_argument("--version", action="version", version=f"linimasa {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)
    named = _command_of(argv) if argv is not None else None
    for name in [named] if named else COMMANDS:
        importlib.import_module(f"linimasa.cli.{name}_cmd").register(sub)
    return parser


def _command_of(argv: list[str]) -> str | None:
    """The sub-command the arguments name: the first that is not an option (top-level options take no value)."""
    first = next((a for a in argv if not a.startswith("-")), None)
    return first if first in COMMANDS else None


def _setup_logging(verbosity: int) -> None:
    level = logging.WARNING if not verbosity else logging.INFO if verbosity == 1 else logging.DEBUG
    logging.basicConfig(level=level, stream=sys.stderr, format="linimasa: %(levelname)s %(name)s: %(message)s")
    logging.getLogger("linimasa").setLevel(level)


def _run_to_file(args: argparse.Namespace, output: str) -> int:
    """Run the command with stdout going to `output`; the file is replaced only if the run did not fail as usage."""
    from linimasa.cli.output import error

    target = Path(output)
    if target.is_dir():
        error(f"-o/--output {output} is a directory: give a file name")
        return 2
    folder = target.parent
    if not folder.is_dir():
        error(f"-o/--output {output}: folder {folder} does not exist")
        return 2
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        error(f"-o/--output {output}: cannot write in {folder}: {exc.strerror or exc}")
        return 2
    code = 2
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh, redirect_stdout(fh):
            code = int(args.func(args) or 0)
    finally:
        if code in (0, 1):
            os.replace(tmp, target)
        else:
            os.unlink(tmp)
    return code


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(argv).parse_args(argv)
    _setup_logging(args.verbose)
    try:
        output = getattr(args, "output", None)
        if output and output != "-":
            return _run_to_file(args, output)
        return int(args.func(args) or 0)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: one clear line, the traceback under -vv
        from linimasa.cli.output import error

        log.debug("internal error", exc_info=True)
        error(f"internal error: {type(exc).__name__}: {exc} (run with -vv for the traceback)")
        return 1


if __name__ == "__main__":
    sys.exit(main())
