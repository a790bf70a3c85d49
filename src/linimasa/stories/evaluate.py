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
from typing import Any

from linimasa.model import Article, Published, Timeline

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
    """DATE<TAB>summary lines ('#' comments). DATE may list accepted alternatives, "2021-06-16|2021-06": the
    first names the line, the others are dates a system may show it on."""
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            day, text = line.split("\t", 1)
            out.setdefault(day.strip(), []).append(text.strip())
    return out


def _aliases(reference: dict[str, list[str]]) -> dict[str, str]:
    """Accepted date -> the reference line it names (the first line listing it)."""
    out: dict[str, str] = {}
    for key in reference:
        for alt in key.split("|"):
            out.setdefault(alt.strip(), key)
    return out


def dated_summaries(timeline: Timeline, reference: dict[str, list[str]] | None = None) -> dict[str, list[str]]:
    """Entry summaries by date; with a reference, a date it accepts for a line is filed under that line."""
    names = _aliases(reference or {})
    out: dict[str, list[str]] = {}
    for e in timeline.entries:
        day = e.date[:10]
        out.setdefault(names.get(day, day), []).append(e.summary)
    return out


def chronology_scores(timeline: Timeline, reference: dict[str, list[str]]) -> dict:
    """ROUGE-1/2 against a reference chronology, and how the timeline's dates meet the reference's:
    date precision (entries' dates the reference has / the timeline's dates), reference dates found,
    entries per reference date (entries / reference dates) and the most entries on one reference date."""
    from linimasa.timeline import publishable

    system = dated_summaries(timeline, reference)
    ref = {k: v for k, v in reference.items()}
    names = _aliases(reference)
    dates = {names.get(e.date[:10]) for e in timeline.entries}
    shown = {e.date[:10] for e in timeline.entries}
    per_ref = Counter(names[e.date[:10]] for e in timeline.entries if e.date[:10] in names)
    right = {d for d in shown if d in names}
    return {"entries": len(timeline.entries), "dates": len(shown), "reference_dates": len(reference),
            "date_precision": len(right) / len(shown) if shown else 0.0,
            "dates_found": len(dates & set(reference)) / len(reference) if reference else 0.0,
            "entries_per_reference_date": len(timeline.entries) / len(reference) if reference else 0.0,
            "most_on_one_date": max(per_ref.values(), default=0),
            "publishable": sum(not publishable(e) for e in timeline.entries),
            "rouge1": rouge(system, ref, 1), "rouge2": rouge(system, ref, 2)}


# -- dating across documents ---------------------------------------------------------------------

def without_dct(doc) -> Article:
    """Process a page as if it had no date at all (no header, no metadata, no sidecar): the dating
    stage's answer is replaced by 'unknown' before the later stages anchor anything on it."""
    from linimasa import clean, pipeline

    article = clean.clean(doc)
    article.id = article.id or doc.content_hash[:16]
    for name, stage in pipeline.STAGES:
        if name == "dating":
            article.published = Published()
        else:
            stage(article)
    return article


def without_metadata_date(doc) -> Article:
    """Process a page without the date that came with it (TimeML DCT, sidecar, JSONL field): the page's own text
    may still date it (a printed date line, the body's latest reported date as an inferred last resort)."""
    from dataclasses import replace

    from linimasa import pipeline

    return pipeline.process(replace(doc, meta={k: v for k, v in doc.meta.items() if k not in ("published", "dct")}))


STRIPPERS = {"no date": without_dct, "no DCT": without_metadata_date}


def page_name(source: str) -> str:
    """A page's file name; a record of a JSONL file keeps its number ("x.jsonl#2")."""
    return Path(source).name


def near_duplicates_of(articles: list[Article]) -> list:
    """The near-duplicate links a store makes between these articles."""
    from linimasa.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "nd.db") as store:
        for n, a in enumerate(articles):
            store.add(a, f"{a.id}-{n}")
        return store.near_duplicates()


def dating_across(docs: list, splits: int = 3, stripper=without_dct) -> dict:
    """Take the dates away from every `splits`-th page of a story (each page once) and compare what its
    happenings get with what the full pages say. `stripper` takes the date away: `without_dct` (no date at all, the
    strict check) or `without_metadata_date` (no DCT or sidecar; the page's text may still date it). *Inferred*: sources dated from other pages, right when the
    full page dates that sentence to the same day. *Happenings*: entries of the full timeline that a stripped
    page reports and a page that kept its date dates too; found when the stripped run still shows the page on
    that day (by its own text or by inference). Truth for a sentence is the day of the entry that cites it in the
    full pages' story timeline (else the day its full page gives it). Also counts what the full run infers."""
    from linimasa import pipeline
    from linimasa.stories.timeline import story_timeline

    def inferred(source) -> bool:
        return getattr(source, "inferred", False)

    full = [pipeline.process(d) for d in docs]
    names = [page_name(a.source) for a in full]
    whole = story_timeline(full, near_duplicates_of(full))
    r = {"inferred": 0, "inferred_right": 0, "happenings": 0, "happenings_dated": 0,
         "inferred_full_run": sum(inferred(s) for e in whole.entries for s in e.sources)}
    order = sorted(range(len(docs)), key=lambda i: names[i])
    groups = [order[i::splits] for i in range(splits)] if len(docs) >= splits else [[i] for i in order]
    for group in groups:
        strip = {names[i] for i in group}
        arts = [stripper(docs[i]) if i in group else full[i] for i in range(len(docs))]
        truth = {(names[i], " ".join(ev.text.split())): ev.date.value[:10] for i in group for ev in full[i].events
                 if ev.date and ev.date.precision in ("day", "hour", "minute")}
        truth.update({(page_name(s.source), " ".join(s.sentence.split())): e.date[:10] for e in whole.entries
                      if e.precision == "day" for s in e.sources if not inferred(s) and page_name(s.source) in strip})
        timeline = story_timeline(arts, near_duplicates_of(arts))
        for e in timeline.entries:
            for s in e.sources:
                if inferred(s):
                    r["inferred"] += 1
                    r["inferred_right"] += truth.get((page_name(s.source), " ".join(s.sentence.split()))) == e.date[:10]
        for e in whole.entries:
            if e.precision != "day" or e.background:
                continue
            pages = {page_name(s.source) for s in e.sources if not inferred(s)}
            if not pages - strip:
                continue
            for page in pages & strip:
                r["happenings"] += 1
                r["happenings_dated"] += any(x.date[:10] == e.date[:10] and any(page_name(s.source) == page
                                                                               for s in x.sources)
                                             for x in timeline.entries)
    return r


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
    p = evals.add_parser("stories", help="story detection purity/recall; story timelines against reference chronologies")
    p.add_argument("gold", nargs="?", help="gold grouping JSON (default: the development mix's)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="pages to group (default: the development mix)")
    p.add_argument("--chronology", help="one reference chronology TSV (default: every bundled reference, "
                                        "data/chronologies/GOLD_STORY.tsv)")
    p.add_argument("--chronology-story", default="sample-ferry", help="gold story --chronology is of")
    p.add_argument("--top", type=positive_int, help="score the --top K view of the story timelines")
    p.add_argument("--no-dating", action="store_true", help="skip the dating-across-documents check")
    p.set_defaults(func=_run)


def positive_int(value: str) -> int:
    import argparse

    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r}: give a whole number of at least 1")
    return int(value)


def bundled_chronologies() -> dict[str, dict[str, list[str]]]:
    folder = resources.files("linimasa.stories") / "data" / "chronologies"
    return {Path(f.name).stem: read_chronology(Path(str(f))) for f in sorted(folder.iterdir(), key=lambda f: f.name)
            if f.name.endswith(".tsv")}


def evaluate(paths: list[str], gold: dict, chronologies: dict[str, dict[str, list[str]]],
             top: int | None = None, dating: bool = True) -> dict:
    from linimasa import ingest
    from linimasa.cli.ingest_cmd import ingest_into
    from linimasa.store import Store
    from linimasa.stories import stories
    from linimasa.stories.timeline import for_story

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "eval.db") as store:
        _counts, failures = ingest_into(store, paths)
        found = stories(store)
        grouping = score_grouping(found, gold)
        result: dict[str, Any] = {"grouping": grouping, "stories": len(found), "pages": store.count(),
                                  "failures": [f"{f.source}: {f.reason}" for f in failures], "chronologies": {}}
        docs = {d.source: d for d in ingest.read(paths) if not hasattr(d, "reason")} if dating else {}
        by_id = {s["id"]: s for s in found}
        for story, reference in chronologies.items():
            target = grouping.get(story)
            if not target:
                continue
            timeline = for_story(store, target["story"], top=top)
            assert timeline is not None  # the story was just found in this store
            row: dict[str, Any] = chronology_scores(timeline, reference)
            if dating:
                members = [docs[a["source"]] for a in by_id[target["story"]]["articles"] if a["source"] in docs]
                row["dating"] = {name: dating_across(members, stripper=how) for name, how in STRIPPERS.items()}
            result["chronologies"][story] = row
    return result


def _run(args) -> int:
    import sys

    for given in (args.gold, args.chronology):
        if given and not Path(given).is_file():
            print(f"linimasa: {given}: no such file", file=sys.stderr)
            return 2
    data = resources.files("linimasa.stories") / "data"
    gold = json.loads(Path(args.gold).read_text(encoding="utf-8") if args.gold
                      else (data / "dev_gold.json").read_text(encoding="utf-8"))
    chronologies = ({args.chronology_story: read_chronology(Path(args.chronology))} if args.chronology
                    else bundled_chronologies())
    r = evaluate(args.paths or default_paths(), gold, chronologies, args.top, not args.no_dating)
    print(f"{r['pages']} pages, {r['stories']} stories found")
    for sid, g in r["grouping"].items():
        print(f"{sid:28s} pages {g['pages']:3d}  recall {g['recall']:.3f}  purity {g['purity']:.3f}"
              f"  (system story {g['story']}, {g['story_size']} pages)")
    if r["grouping"]:
        n = len(r["grouping"])
        print(f"{'mean':28s}            recall {sum(g['recall'] for g in r['grouping'].values()) / n:.3f}"
              f"  purity {sum(g['purity'] for g in r['grouping'].values()) / n:.3f}")
    if r["chronologies"]:
        view = f"--top {args.top}" if args.top else "full"
        print(f"\nstory timelines ({view} view) against reference chronologies (data/chronologies):")
        print(f"{'story':24s} {'entries':>7s} {'ref':>4s} {'per ref':>7s} {'max':>3s} {'date P':>6s} {'found':>5s}"
              f" {'R1 agr':>6s} {'R1 cat':>6s} {'R2 agr':>6s} {'R2 cat':>6s} {'publ':>5s}")
    for sid, c in r["chronologies"].items():
        line = (f"{sid:24s} {c['entries']:7d} {c['reference_dates']:4d} {c['entries_per_reference_date']:7.2f}"
                f" {c['most_on_one_date']:3d} {c['date_precision']:6.3f} {c['dates_found']:5.3f}"
                f" {c['rouge1']['agreement']:6.3f} {c['rouge1']['concat']:6.3f}"
                f" {c['rouge2']['agreement']:6.3f} {c['rouge2']['concat']:6.3f}"
                f" {c['publishable'] / c['entries'] if c['entries'] else 0:5.2f}")
        print(line)
    if any(c.get("dating") for c in r["chronologies"].values()):
        print("\ndating across documents: a third of each story's pages at a time lose their date ('no date': none at all;"
              "\n'no DCT': no DCT or sidecar, their text may still date them); inferred dates right, happenings other"
              "\npages date that the stripped pages still show on the right day, what the full pages' run infers")
    for sid, c in r["chronologies"].items():
        for name, d in c.get("dating", {}).items():
            print(f"{sid:24s} {name:8s} inferred right {d['inferred_right']:2d}/{d['inferred']:<2d}  happenings dated"
                  f" {d['happenings_dated']:2d}/{d['happenings']:<2d}  inferred in the full run {d['inferred_full_run']}")
    for f in r["failures"]:
        print(f"failed: {f}")
    return 0
