"""Checks of cleaned, dated articles against a gold file shaped like ../shared/gold/seeds.json."""

from __future__ import annotations

from pathlib import Path

from linimasa import ingest, pipeline
from linimasa.model import Article, Document


def documents(folder: Path, gold: dict) -> dict[str, Document]:
    """Gold document name -> Document ("FILE#LINE" names address JSONL records)."""
    docs = {}
    for item in ingest.read([folder]):
        name = Path(item.source.split("#")[0]).name + ("#" + item.source.split("#")[1] if "#" in item.source else "")
        if name in gold["documents"]:
            docs[name] = item
    return docs


def problems(article: Article, spec: dict) -> list[str]:
    found = []
    for s in spec.get("boilerplate_absent", []):
        if s in article.body:
            found.append(f"boilerplate left in body: {s!r}")
    for s in spec.get("body_present", []):
        if s not in article.body:
            found.append(f"missing from body: {s!r}")
    for s in spec.get("body_once", []):
        if article.body.count(s) != 1:
            found.append(f"not exactly once ({article.body.count(s)}): {s!r}")
    for key in ("title", "dateline"):
        if key in spec and (getattr(article, key) or None) != spec[key]:
            found.append(f"{key}: {getattr(article, key)!r} != {spec[key]!r}")
    if "outlet" in spec and _outlet_key(article.outlet) != _outlet_key(spec["outlet"]):
        found.append(f"outlet: {article.outlet!r} != {spec['outlet']!r}")
    if article.published.value not in spec["dct"]["accept"]:
        found.append(f"published {article.published.value!r} not in {spec['dct']['accept']}")
    if bool(article.published.conflicts) != bool(spec.get("dct_conflict")):
        found.append(f"conflicts {article.published.conflicts} but gold dct_conflict={spec.get('dct_conflict')}")
    return found


def _outlet_key(name: str | None) -> str:
    return (name or "").casefold().replace(" ", "").removesuffix(".id").removesuffix(".com")


def check_all(folder: Path, gold: dict) -> dict[str, list[str]]:
    docs = documents(folder, gold)
    out = {}
    for name, spec in gold["documents"].items():
        out[name] = problems(pipeline.process(docs[name]), spec) if name in docs else ["not read"]
    return out
