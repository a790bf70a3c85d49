"""`linimasa eval pages MANIFEST`: real pages scored against a manifest, with trafilatura alone beside us.

The manifest is a JSON list of pages (format of `corpus/real-html-dev/manifest.json`):
`file`, `url`, `language`, `gold_published` (+ `gold_published_precision`), `gold_title`,
`gold_body_file`, `gold_body_present`. Scored per page and summed: publication day, minute
(where the gold has a time), title, body words (precision/recall/F1 of the word multiset
against the gold body), snippets kept, and pages in another language refused.

Our article text is the body with the dateline it opened with ("JAKARTA, KOMPAS.com -")
put back in front: the dateline is kept as a field, and the gold bodies print it.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class PageResult:
    file: str
    refused: str | None = None
    day: bool | None = None
    minute: bool | None = None
    title: bool | None = None
    words: tuple[int, int, int] | None = None  # (overlap, system words, gold words)
    snippets: tuple[int, int] = (0, 0)           # (kept, total)
    missing: list[str] = field(default_factory=list)
    published: str | None = None
    unreadable: bool = False


def same_minute(system: str | None, gold: str) -> bool:
    """The same minute: as instants when both carry an offset, else as the local time written."""
    if not system or len(system) < 16:
        return False
    from datetime import datetime

    try:
        a, b = datetime.fromisoformat(system.replace("Z", "+00:00")), datetime.fromisoformat(gold.replace("Z", "+00:00"))
    except ValueError:
        return system[:16] == gold[:16]
    if a.tzinfo and b.tzinfo:
        return a.replace(second=0, microsecond=0) == b.replace(second=0, microsecond=0)
    return system[:16] == gold[:16]


def words(text: str) -> Counter:
    return Counter(w.casefold() for w in _WORD.findall(text or ""))


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", (text or "").casefold())


def _norm_title(text: str | None) -> str:
    return " ".join(_WORD.findall((text or "").casefold()))


def score_page(entry: dict, folder: Path, text: str | None, published: str | None, title: str | None,
               refused: str | None, dateline: str = "") -> PageResult:
    r = PageResult(entry["file"], refused=refused, published=published)
    if entry.get("language", "id") != "id":
        return r
    gold_date = entry.get("gold_published")
    if gold_date:
        r.day = published is not None and published[:10] == gold_date[:10]
        if len(gold_date) > 10 and entry.get("gold_published_precision") in ("minute", "second", None):
            r.minute = same_minute(published, gold_date)
    if entry.get("gold_title"):
        r.title = _norm_title(title) == _norm_title(entry["gold_title"])
    if entry.get("gold_body_file"):
        gold = words((folder / entry["gold_body_file"]).read_text(encoding="utf-8"))
        mine = words(text or "")
        r.words = (sum((gold & mine).values()), sum(mine.values()), sum(gold.values()))
    snippets = entry.get("gold_body_present") or []
    squashed = _squash(text or "")
    # the dateline stands before the paragraph it opened: try it before each
    opened = [_squash(dateline + " " + p) for p in (text or "").split("\n\n")] if dateline else []
    kept = [s for s in snippets if _squash(s) in squashed or any(_squash(s) in o for o in opened)]
    r.snippets = (len(kept), len(snippets))
    r.missing = [s for s in snippets if s not in kept]
    return r


def ours(entry: dict, folder: Path) -> PageResult:
    from linimasa import ingest, pipeline
    from linimasa.model import InputError

    try:
        doc = ingest.document_from((folder / entry["file"]).read_bytes(), source=entry["file"],
                                   meta={"url": entry["url"]} if entry.get("url") else {})
        article = pipeline.process(doc)
    except OSError as exc:  # a page that cannot be read is scored as refused, and named
        r = score_page(entry, folder, None, None, None, f"cannot read: {exc.strerror or exc}")
        r.unreadable = True
        return r
    except InputError as exc:  # a page refused (another language, nothing left) is scored as such
        return score_page(entry, folder, None, None, None, str(exc))
    dateline = next((x.text for x in article.removed if x.reason == "dateline"), "")
    text = (dateline + " " if dateline else "") + article.body
    return score_page(entry, folder, text, article.published.value, article.title, None, dateline)


def trafilatura_alone(entry: dict, folder: Path) -> PageResult:
    import trafilatura

    from linimasa.ingest.decode import decode

    try:
        markup = decode((folder / entry["file"]).read_bytes())[0]
        data = trafilatura.bare_extraction(markup, url=entry.get("url"), with_metadata=True)
    except Exception:  # a page trafilatura cannot read or fails on is a page it got nothing from
        data = None
    data = (data if isinstance(data, dict) else data.as_dict()) if data is not None else {}
    return score_page(entry, folder, data.get("text"), data.get("date"), data.get("title"), None)


def evaluate(manifest: Path) -> dict[str, list[PageResult]]:
    entries = json.loads(manifest.read_text(encoding="utf-8"))
    folder = manifest.parent
    return {"linimasa": [ours(e, folder) for e in entries],
            "trafilatura": [trafilatura_alone(e, folder) for e in entries]}


def summary(results: list[PageResult], entries: list[dict]) -> dict:
    def share(values):
        values = [v for v in values if v is not None]
        return (sum(values), len(values))

    with_words = [r.words for r in results if r.words]
    f1s = [_f1(*w) for w in with_words]
    overlap = sum(w[0] for w in with_words)
    sys_words = sum(w[1] for w in with_words)
    gold_words = sum(w[2] for w in with_words)
    foreign = [r for r, e in zip(results, entries, strict=True) if e.get("language", "id") != "id"]
    return {
        "day": share(r.day for r in results), "minute": share(r.minute for r in results),
        "title": share(r.title for r in results),
        "body_precision": overlap / sys_words if sys_words else 0.0,
        "body_recall": overlap / gold_words if gold_words else 0.0,
        "body_f1": sum(f1s) / len(f1s) if f1s else 0.0,
        "snippets": (sum(r.snippets[0] for r in results), sum(r.snippets[1] for r in results)),
        "foreign_refused": (sum(r.refused is not None for r in foreign), len(foreign)),
    }


def _f1(overlap: int, system: int, gold: int) -> float:
    p = overlap / system if system else 0.0
    r = overlap / gold if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _fmt(pair: tuple[int, int]) -> str:
    n, total = pair
    return f"{n}/{total} ({n / total:.3f})" if total else "n/a"


def register_eval(evals) -> None:
    p = evals.add_parser("pages", help="real pages against a manifest (day, minute, title, body words, snippets, "
                                       "foreign pages refused), trafilatura alone beside")
    p.add_argument("manifest", help="manifest.json listing the pages and their gold")
    p.add_argument("--pages", action="store_true", help="also print one line per page")
    p.set_defaults(func=_run)


def _run(args) -> int:
    path = Path(args.manifest)
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"linimasa eval pages: cannot read manifest {path}: {exc}", file=sys.stderr)
        return 2
    if not isinstance(entries, list) or not entries:
        print(f"linimasa eval pages: manifest {path} lists no pages", file=sys.stderr)
        return 2
    results = evaluate(path)
    sums = {name: summary(rs, entries) for name, rs in results.items()}
    print(f"{len(entries)} pages in {path}")
    print(f"{'':18}{'linimasa':>22}{'trafilatura':>22}")
    for key, label in (("day", "publication day"), ("minute", "minute"), ("title", "title"),
                       ("snippets", "snippets kept"), ("foreign_refused", "foreign refused")):
        print(f"{label:18}{_fmt(sums['linimasa'][key]):>22}{_fmt(sums['trafilatura'][key]):>22}")
    for key, label in (("body_precision", "body word P"), ("body_recall", "body word R"),
                       ("body_f1", "body word F1")):
        print(f"{label:18}{sums['linimasa'][key]:>22.3f}{sums['trafilatura'][key]:>22.3f}")
    if args.pages:
        for r, t in zip(results["linimasa"], results["trafilatura"], strict=True):
            f1 = f"{_f1(*r.words):.3f}" if r.words else "-"
            tf1 = f"{_f1(*t.words):.3f}" if t.words else "-"
            print(f"  {r.file}: published {r.published} / {t.published}  F1 {f1} / {tf1}"
                  + (f"  refused: {r.refused}" if r.refused else ""))
    for r in results["linimasa"]:
        for s in r.missing:
            print(f"missing snippet in {r.file}: {s!r}")
    for r, e in zip(results["linimasa"], entries, strict=True):
        if r.refused and (r.unreadable or e.get("language", "id") == "id"):
            print(f"{r.file}: {r.refused}", file=sys.stderr)
    return 1 if any(r.unreadable for r in results["linimasa"]) else 0
