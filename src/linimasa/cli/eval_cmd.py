"""`linimasa eval timex|ner|entities|timeline ...`: each evaluation lives with the stage it measures."""

from __future__ import annotations

import importlib

# modules that each add one evaluation with `register_eval(subparsers)`
EVALUATIONS = ("linimasa.time.evaluate", "linimasa.entities.evaluate", "linimasa.entities.story_eval",
               "linimasa.timeline.evaluate", "linimasa.clean.evaluate")


def register(sub) -> None:
    p = sub.add_parser("eval", help="evaluate against gold data (timex, ner, entities, timeline, pages)")
    evals = p.add_subparsers(dest="evaluation", required=True, metavar="WHAT")
    for module in EVALUATIONS:
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            continue  # that stage's evaluation has not landed yet
        mod.register_eval(evals)
