"""`linimasa eval timex|ner|entities|timeline ...`: each evaluation lives with the stage it measures."""

from __future__ import annotations

import functools
import importlib

from linimasa.cli.options import add_output, check_inputs

# modules that each add one evaluation with `register_eval(subparsers)`
EVALUATIONS = ("linimasa.time.evaluate", "linimasa.entities.evaluate", "linimasa.entities.story_eval",
               "linimasa.timeline.evaluate", "linimasa.events.evaluate",
               "linimasa.stories.evaluate", "linimasa.clean.evaluate")


def register(sub) -> None:
    p = sub.add_parser("eval", help="evaluate against gold data (timex, ner, entities, timeline, events, pages)")
    evals = p.add_subparsers(dest="evaluation", required=True, metavar="WHAT")
    for module in EVALUATIONS:
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            continue  # that stage's evaluation has not landed yet
        mod.register_eval(evals)
    for parser in evals.choices.values():
        _check_paths_first(parser)
        if "--output" not in parser._option_string_actions:
            add_output(parser)


def _check_paths_first(parser) -> None:
    """Every evaluation refuses (exit 2) a gold or system input that is missing or empty, instead of scoring zeros."""
    func = parser.get_default("func")
    positionals = [a.dest for a in parser._actions if not a.option_strings]
    if func is None or getattr(func, "checks_paths", False):
        return

    @functools.wraps(func)
    def run(args) -> int:
        names: list[str] = []
        for dest in positionals:
            value = getattr(args, dest, None)
            names += value if isinstance(value, list) else [value] if isinstance(value, str) else []
        if not check_inputs(names):
            return 2
        return func(args)

    run.checks_paths = True  # type: ignore[attr-defined]
    parser.set_defaults(func=run)
