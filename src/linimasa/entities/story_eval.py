"""`linimasa eval entities GOLD.json PATH...`: canonical entities of a story against a gold file.

The gold lists, per type, each canonical entity with every surface form that must resolve to it (and its role),
plus `not_story_entities` (names from bylines, credits, boilerplate). An entity counts as found when all its
forms sit in one output entity of its type; split when they spread over several; missing when none is there.
The gold is not exhaustive, so output entities it does not name are counted, not judged.
"""

from __future__ import annotations

import json
from pathlib import Path


def score(gold: dict, merged: list[dict]) -> dict:
    """Counts and problem lists for `merged` (the output of `canonical.merge`) against gold["entities"]."""
    found = split = missing = role_ok = role_needed = 0
    forms_total = forms_joined = 0
    problems: list[str] = []
    known: set[str] = set()
    for typ in ("PER", "LOC", "ORG"):
        for name, spec in gold["entities"].get(typ, {}).items():
            aliases = spec["aliases"]
            known.update(aliases)
            owners = {}
            for m in merged:
                if m["type"] == typ:
                    hit = [a for a in aliases if a in m["aliases"]]
                    if hit:
                        owners[m["id"]] = (m, hit)
            forms_total += len(aliases)
            if not owners:
                missing += 1
                problems.append(f"missing {typ} {name}")
                continue
            best, hit = max(owners.values(), key=lambda o: len(o[1]))
            forms_joined += len(hit)
            if len(hit) == len(aliases):
                found += 1
            else:
                split += 1
                problems.append(f"split {typ} {name}: {sorted(set(aliases) - set(hit))} not in {best['name']!r}")
            if spec.get("role"):
                role_needed += 1
                if spec["role"].lower() in [r.lower() for r in best.get("roles", [])]:
                    role_ok += 1
                else:
                    problems.append(f"role {typ} {name}: {spec['role']!r} not in {best.get('roles')}")
    names = {a for m in merged for a in m["aliases"]}
    leaked = [n for n in gold["entities"].get("not_story_entities", []) if n in names]
    problems += [f"not a story entity: {n}" for n in leaked]
    expected = found + split + missing
    other = [m for m in merged if not set(m["aliases"]) & known]
    return {"expected": expected, "found": found, "split": split, "missing": missing,
            "recall": found / expected if expected else 0.0,
            "form_recall": forms_joined / forms_total if forms_total else 0.0,
            "roles": (role_ok, role_needed), "not_story_present": leaked, "other_entities": len(other),
            "problems": problems}


def entities_for(paths: list[str]) -> tuple[list[dict], list]:
    from linimasa import pipeline
    from linimasa.entities.canonical import merge

    articles, failures = pipeline.process_paths(paths)
    return merge(articles), failures


def register_eval(evals) -> None:
    p = evals.add_parser("entities", help="canonical entities of a story against a gold JSON (seeds format)")
    p.add_argument("gold")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(func=_run)


def _run(args) -> int:
    gold = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    merged, failures = entities_for(args.paths)
    r = score(gold, merged)
    ok, needed = r["roles"]
    print(f"entities found whole {r['found']}/{r['expected']} (recall {r['recall']:.3f}), split {r['split']}, "
          f"missing {r['missing']}; surface forms joined {r['form_recall']:.3f}; roles {ok}/{needed}; "
          f"non-story names present {len(r['not_story_present'])}; other entities {r['other_entities']}")
    for line in r["problems"]:
        print("  " + line)
    for f in failures:
        print(f"failed: {f.source}: {f.reason}")
    return 1 if failures else 0
