"""`linimasa eval stories [GOLD] [PATH...]`: story detection against a gold grouping, and a story timeline's ROUGE.

Grouping: for each gold story, the system story holding most of its pages; recall is the share of
the gold story's pages in it, purity the share of that system story's (scored) pages that belong
to the gold story. Pages listed as `unsure` in the gold count for neither.

Chronology: the timeline of the system story holding the pages of `--chronology-story` against a
reference chronology (DATE<TAB>summary lines), ROUGE-1/2 F1 (as in tilse): *concat* (all
summaries against all references), *agreement* (n-grams count only when they match on the same
date; every system and reference n-gram counts in the denominators) and the mean of the per-date
F1 over the dates both have. Without arguments the development mix is used: `../shared` kompas-dev and
seeds, the bundled sample and the invented stories under `tests/entities/stories`.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter
from importlib import resources
from pathlib import Path

from linimasa.model import Timeline

_WORD = re.compile(r"\w+")


def doc_key(source: str) -> str:
    """PARENT_DIR/FILE_NAME of a stored source ("x.jsonl#2" counts as its file)."""
    path = Path(source.split("#")[0])
    return f"{path.parent.name}/{path.name}"


def _matches(key: str, pattern: str) -> bool:
    return key == pattern or (pattern.endswith("/*") and key.split("/")[0] == pattern[:-2])


def gold_of(key: str, gold: dict) -> str | None:
    for story in gold["stories"]:
        if any(_matches(key, d) for d in story["docs"]):
            return story["id"]
    return None


def score_grouping(found: list[dict], gold: dict) -> dict[str, dict]:
    unsure = set(gold.get("unsure", []))
    labelled = []  # per system story: list of gold ids of its scored pages
    for story in found:
        labels = []
        for a in story["articles"]:
            key = doc_key(a["source"])
            if key in unsure:
                continue
            labels.append(gold_of(key, gold))
        labelled.append(labels)
    out = {}
    for g in gold["stories"]:
        total = sum(labels.count(g["id"]) for labels in labelled)
        if not total:
            continue
        best = max(range(len(labelled)), key=lambda i: (labelled[i].count(g["id"]), -len(labelled[i])))
        hit = labelled[best].count(g["id"])
        out[g["id"]] = {"pages": total, "recall": hit / total, "purity": hit / len(labelled[best]),
                        "story": found[best]["id"], "story_size": found[best]["size"]}
    return out


# -- ROUGE ---------------------------------------------------------------------------------------

def _grams(text: str, n: int) -> Counter:
    words = _WORD.findall(text.lower())
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def _f1(match: float, system: float, reference: float) -> float:
    p = match / system if system else 0.0
    r = match / reference if reference else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def rouge(system: dict[str, list[str]], reference: dict[str, list[str]], n: int) -> dict[str, float]:
    """Concat and agreement ROUGE-n F1 of a dated summary against a dated reference."""
    sys_all: Counter[str] = Counter()
    ref_all: Counter[str] = Counter()
    agree = 0
    sys_total = ref_total = 0
    per_date = []
    for day in set(system) | set(reference):
        s = _grams(" ".join(system.get(day, [])), n)
        r = _grams(" ".join(reference.get(day, [])), n)
        sys_all += s
        ref_all += r
        sys_total += sum(s.values())
        ref_total += sum(r.values())
        match = sum((s & r).values())
        agree += match
        if day in system and day in reference:
            per_date.append(_f1(match, sum(s.values()), sum(r.values())))
    concat = sum((sys_all & ref_all).values())
    return {"concat": _f1(concat, sum(sys_all.values()), sum(ref_all.values())),
            "agreement": _f1(agree, sys_total, ref_total),
            "mean_matched_date": sum(per_date) / len(per_date) if per_date else 0.0}


def read_chronology(path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            day, text = line.split("\t", 1)
            out.setdefault(day.strip(), []).append(text.strip())
    return out


def dated_summaries(timeline: Timeline) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for e in timeline.entries:
        out.setdefault(e.date[:10], []).append(e.summary)
    return out


# -- the command ---------------------------------------------------------------------------------

def default_paths() -> list[str]:
    here = Path.cwd()
    roots = [here, *here.parents]
    found = []
    for root in roots:
        shared = root.parent / "shared" / "corpus"
        if (shared / "kompas-dev").is_dir():
            found += [str(shared / "kompas-dev"), str(shared / "seeds")]
            break
    found.append(str(resources.files("linimasa") / "sample"))
    for root in roots:
        invented = root / "tests" / "entities" / "stories"
        if invented.is_dir():
            found.append(str(invented))
            break
    return found


def register_eval(evals) -> None:
    p = evals.add_parser("stories", help="story detection purity/recall and a story timeline's ROUGE")
    p.add_argument("gold", nargs="?", help="gold grouping JSON (default: the development mix's)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="pages to group (default: the development mix)")
    p.add_argument("--chronology", help="reference chronology TSV (default: the sample story's)")
    p.add_argument("--chronology-story", default="sample-ferry", help="gold story the chronology is of")
    p.add_argument("--top", type=int, help="score the --top K view of the story timeline")
    p.set_defaults(func=_run)


def evaluate(paths: list[str], gold: dict, chronology: dict[str, list[str]] | None, story: str,
             top: int | None = None) -> dict:
    from linimasa.cli.ingest_cmd import ingest_into
    from linimasa.store import Store
    from linimasa.stories import stories
    from linimasa.stories.timeline import for_story

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "eval.db") as store:
        _counts, failures = ingest_into(store, paths)
        found = stories(store)
        grouping = score_grouping(found, gold)
        result: dict[str, object] = {"grouping": grouping, "stories": len(found), "pages": store.count(),
                                     "failures": [f"{f.source}: {f.reason}" for f in failures]}
        target = grouping.get(story)
        if chronology and target:
            timeline = for_story(store, target["story"], top=top)
            assert timeline is not None  # the story was just found in this store
            system = dated_summaries(timeline)
            result["chronology"] = {"entries": len(timeline.entries), "dates": len(system),
                                    "reference_dates": len(chronology),
                                    "rouge1": rouge(system, chronology, 1), "rouge2": rouge(system, chronology, 2)}
    return result


def _run(args) -> int:
    data = resources.files("linimasa.stories") / "data"
    gold = json.loads(Path(args.gold).read_text(encoding="utf-8") if args.gold
                      else (data / "dev_gold.json").read_text(encoding="utf-8"))
    chronology = read_chronology(Path(args.chronology) if args.chronology else Path(str(data / "sample_chronology.tsv")))
    r = evaluate(args.paths or default_paths(), gold, chronology, args.chronology_story, args.top)
    print(f"{r['pages']} pages, {r['stories']} stories found")
    for sid, g in r["grouping"].items():
        print(f"{sid:28s} pages {g['pages']:3d}  recall {g['recall']:.3f}  purity {g['purity']:.3f}"
              f"  (system story {g['story']}, {g['story_size']} pages)")
    if r["grouping"]:
        n = len(r["grouping"])
        print(f"{'mean':28s}            recall {sum(g['recall'] for g in r['grouping'].values()) / n:.3f}"
              f"  purity {sum(g['purity'] for g in r['grouping'].values()) / n:.3f}")
    c = r.get("chronology")
    if c:
        print(f"chronology of {args.chronology_story}: {c['entries']} entries on {c['dates']} dates "
              f"(reference {c['reference_dates']} dates)")
        for n in (1, 2):
            m = c[f"rouge{n}"]
            print(f"  ROUGE-{n}  agreement F1 {m['agreement']:.3f}  concat F1 {m['concat']:.3f}  "
                  f"mean F1 over the dates in both {m['mean_matched_date']:.3f}")
    for f in r["failures"]:
        print(f"failed: {f}")
    return 0
