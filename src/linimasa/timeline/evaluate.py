"""`linimasa eval timeline GOLD.json PATH...`: date precision/recall/F1 of a story timeline against a gold.

The gold is a JSON object with `entries` (or one under "timeline"): each entry has `accept`
(acceptable dates; [null] for "must stay undated"), optional `accept_with_metadata`, `core`, and
`docs` (file names it must cite); `must_not_appear` lists sentences such as "a date of 2022-12-09"
or "X as a participant". A gold date counts as found when an entry on an accepted date cites one
of its documents. It also reports the share of entries publishable as they stand (`timeline.publishable`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from linimasa import pipeline
from linimasa.model import Failure, Timeline
from linimasa.timeline import build, publishable


def _base(source: str) -> str:
    return Path(source.split("#")[0]).name


def _cites(sources, docs: list[str]) -> bool:
    """Does an entry cite one of `docs`? A gold name may point at one record of a JSONL file ("x.jsonl#2")."""
    return any(_base(s.source) in docs or Path(s.source).name in docs for s in sources)


def score(timeline: Timeline, gold: dict, with_metadata: bool = False) -> dict:
    entries = gold.get("entries") or gold.get("timeline", {}).get("entries", [])
    found, dated, core_found, core_total, undated_ok, undated_total = 0, 0, 0, 0, 0, 0
    missing = []
    accepted_dates: set[str] = set()
    for g in entries:
        accept = g.get("accept_with_metadata") if with_metadata and "accept_with_metadata" in g else g["accept"]
        dates = [a for a in accept if a]
        accepted_dates.update(dates)
        if not dates:
            undated_total += 1
            if any(_cites(u.sources, g["docs"]) for u in timeline.undated):
                undated_ok += 1
            elif not any(_cites(e.sources, g["docs"]) for e in timeline.entries):
                undated_ok += 1  # not invented a date, though not listed apart either
            continue
        dated += 1
        core_total += bool(g.get("core"))
        hit = any(e.date in dates and _cites(e.sources, g["docs"]) for e in timeline.entries)
        found += hit
        core_found += hit and bool(g.get("core"))
        if not hit:
            missing.append(g.get("id") or g.get("what"))
    system_dates = {e.date for e in timeline.entries}
    precision = len(system_dates & accepted_dates) / len(system_dates) if system_dates else 0.0
    recall = found / dated if dated else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    violations = _violations(timeline, gold.get("must_not_appear") or gold.get("timeline", {}).get("must_not_appear", []))
    problems = {i: publishable(e) for i, e in enumerate(timeline.entries)}
    return {"date_precision": precision, "date_recall": recall, "date_f1": f1,
            "core_date_recall": core_found / core_total if core_total else 0.0,
            "undated_kept_apart": f"{undated_ok}/{undated_total}", "missing": missing, "violations": violations,
            "system_dates": len(system_dates),
            "publishable": sum(not p for p in problems.values()), "entries": len(timeline.entries),
            "not_publishable": [(timeline.entries[i].date, p, timeline.entries[i].summary)
                                for i, p in problems.items() if p]}


def _violations(timeline: Timeline, rules: list[str]) -> list[str]:
    bad = []
    for rule in rules:
        who = re.match(r"(.+?) as a participant", rule)
        if who:
            name = who.group(1).casefold()
            if any(name in (p.casefold() for p in e.participants) for e in timeline.entries):
                bad.append(rule)
            continue
        for value in re.findall(r"\b\d{4}(?:-\d{2}(?:-\d{2})?)?\b", rule):
            if any(e.date.startswith(value) for e in timeline.entries):
                bad.append(rule)
    return bad


def timeline_for(paths: list[str], published: dict[str, str]) -> tuple[Timeline, list[Failure]]:
    def prepare(item) -> None:
        if _base(item.source) in published:
            item.meta["published"] = published[_base(item.source)]

    articles, failures = pipeline.process_paths(paths, prepare)
    return build(articles), failures


def _file_date(value: str) -> str:
    """argparse type of --published FILE=DATE: the date is checked like every date option."""
    import argparse

    from linimasa.cli.options import date_arg

    name, sep, date = value.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"{value!r}: give FILE=DATE")
    return f"{name}={date_arg(date)}"


def register_eval(evals) -> None:
    p = evals.add_parser("timeline", help="date precision/recall of a timeline against a gold JSON")
    p.add_argument("gold")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--published", action="append", default=[], metavar="FILE=DATE", type=_file_date,
                   help="publication date metadata for one page (checks accept_with_metadata)")
    p.set_defaults(func=_run)


def _run(args) -> int:
    gold = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    published = dict(x.split("=", 1) for x in args.published)
    timeline, failures = timeline_for(args.paths, published)
    r = score(timeline, gold, with_metadata=bool(published))
    print(f"date precision {r['date_precision']:.3f}  recall {r['date_recall']:.3f}  F1 {r['date_f1']:.3f}  "
          f"core-date recall {r['core_date_recall']:.3f}  undated kept apart {r['undated_kept_apart']}  "
          f"({r['system_dates']} distinct dates in the timeline)")
    share = r["publishable"] / r["entries"] if r["entries"] else 0.0
    print(f"publishable entries {r['publishable']}/{r['entries']} ({share:.2f}): cited, no outlet/credit text, "
          f"no dependent opener, no half quote")
    for day, problems, summary in r["not_publishable"]:
        print(f"  not publishable {day} ({', '.join(problems)}): {summary[:100]}")
    if r["missing"]:
        print("missing: " + ", ".join(map(str, r["missing"])))
    for v in r["violations"]:
        print(f"VIOLATION: {v}")
    for f in failures:
        print(f"failed: {f.source}: {f.reason}")
    try:
        import tilse  # noqa: F401
    except ImportError:
        print("tilse not installed: alignment-based ROUGE not computed")
    return 1 if r["violations"] or failures else 0
