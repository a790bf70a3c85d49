"""`linimasa eval events [FILE]`: event type accuracy, date accuracy and participant P/R on an annotated corpus.

The corpus is one case a line (tab-separated): DCT, text, type, trigger, date, participants (see the header
of `tests/events/data/events.tsv`, the default file). The text is analysed as one article published on the
DCT (every stage after dating); the case's event is the one whose sentence holds the trigger in the text's
last sentence. Type NONE means no event may be found there; date "-" means the event must stay undated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from linimasa.model import Article, Event, Published
from linimasa.text import sentences

DEFAULT_CORPUS = Path("tests/events/data/events.tsv")
_WORD = re.compile(r"\w+")


@dataclass
class Case:
    dct: str
    text: str
    type: str
    trigger: str
    date: str | None
    participants: list[str] = field(default_factory=list)
    line: int = 0


def load(path: Path) -> list[Case]:
    cases = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 6:
            raise ValueError(f"{path}:{n}: expected 6 tab-separated fields, found {len(fields)}")
        dct, text, kind, trigger, day, who = fields
        cases.append(Case(dct, text, kind, trigger, None if day == "-" else day,
                          [] if who == "-" else [p.strip() for p in who.split(";") if p.strip()], n))
    return cases


def analyse(case: Case) -> Article:
    from linimasa import pipeline

    article = Article(source=f"case-{case.line}", body=case.text, id=f"case{case.line}",
                      published=Published(value=case.dct, precision="day", source="corpus"))
    for name, stage in pipeline.STAGES:
        if name != "dating":
            stage(article)
    return article


def event_of(article: Article, case: Case) -> Event | None:
    """The event of the sentence holding the case's trigger (in the last sentence of the text)."""
    last = list(sentences(article.body))[-1]
    if case.trigger == "-":
        return next((ev for ev in article.events if ev.start >= last.start), None)
    pos = article.body.find(case.trigger, last.start)
    if pos < 0:
        pos = article.body.lower().find(case.trigger.lower(), last.start)
    for ev in article.events:
        if ev.start <= pos < ev.end:
            return ev
    return None


def _fold(s: str) -> str:
    return " ".join(_WORD.findall(s.lower()))


def _same(a: str, b: str) -> bool:
    a, b = _fold(a), _fold(b)
    return a == b or (len(a) > 3 and len(b) > 3 and (f" {a} " in f" {b} " or f" {b} " in f" {a} "))


def score(cases: list[Case]) -> dict:
    typed = dated = tp = n_sys = n_gold = 0
    errors = []
    for case in cases:
        ev = event_of(analyse(case), case)
        kind = ev.type if ev else "NONE"
        day = ev.date.value if ev and ev.date else None
        typed += kind == case.type
        dated += day == case.date or (case.type == "NONE" and ev is None)
        system = list(ev.participants) if ev else []
        n_sys += len(system)
        n_gold += len(case.participants)
        tp += sum(any(_same(g, s) for s in system) for g in case.participants)
        if kind != case.type or (day != case.date and case.type != "NONE"):
            errors.append(f"line {case.line}: type {kind} (gold {case.type}), date {day} (gold {case.date}): "
                          f"{case.text}")
    total = len(cases)
    return {"cases": total, "type_accuracy": typed / total if total else 0.0,
            "date_accuracy": dated / total if total else 0.0,
            "participant_precision": tp / n_sys if n_sys else 0.0,
            "participant_recall": tp / n_gold if n_gold else 0.0, "errors": errors}


def register_eval(evals) -> None:
    p = evals.add_parser("events", help="event type/date accuracy and participant P/R on an annotated corpus")
    p.add_argument("file", nargs="?", default=str(DEFAULT_CORPUS),
                   help=f"annotated corpus, one case a line (default: {DEFAULT_CORPUS})")
    p.add_argument("--errors", action="store_true", help="list the cases whose type or date is wrong")
    p.set_defaults(func=_run)


def _run(args) -> int:
    import sys

    path = Path(args.file)
    if not path.is_file():
        print(f"linimasa eval events: {path}: no such file", file=sys.stderr)
        return 2
    try:
        cases = load(path)
    except ValueError as exc:
        print(f"linimasa eval events: {exc}", file=sys.stderr)
        return 2
    r = score(cases)
    print(f"cases {r['cases']}")
    print(f"type accuracy {r['type_accuracy']:.3f}  date accuracy {r['date_accuracy']:.3f}")
    print(f"participants P {r['participant_precision']:.3f}  R {r['participant_recall']:.3f}")
    if args.errors:
        for e in r["errors"]:
            print(e)
    return 0
