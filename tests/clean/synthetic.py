"""Synthetic text-dump pages: our own article paragraphs wrapped in several outlets' furniture.

Articles come from data/articles.tsv and page styles from data/page_styles.tsv (both written
for linimasa). Every generated page knows which of its lines are article text and which are
furniture, so a cleaner can be scored line by line: furniture lines left in the body, article
lines kept.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).parent / "data"


@dataclass
class Page:
    name: str
    site: str
    text: str
    title: str
    place: str
    article_lines: list[str] = field(default_factory=list)
    furniture_lines: list[str] = field(default_factory=list)
    site_lines: list[str] = field(default_factory=list)  # furniture only template detection can know


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in (DATA / name).read_text().splitlines() if line and not line.startswith("#")]


def articles() -> dict[str, dict]:
    out: dict[str, dict] = defaultdict(lambda: {"p": []})
    for key, slot, text in _rows("articles.tsv"):
        if slot == "p":
            out[key]["p"].append(text)
        else:
            out[key][slot] = text
    return dict(out)


def styles() -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for style, slot, text in _rows("page_styles.tsv"):
        out[style][slot].append(text)
    return {k: dict(v) for k, v in out.items()}


def page(article: dict, style_name: str, style: dict[str, list[str]], n: int) -> Page:
    """One page: header, title, metadata, paragraphs with furniture between them, footer."""
    inbody, site = style.get("inbody", []), style.get("site", [])
    dateline = style["dateline"][n % len(style["dateline"])]
    place = article["place"]
    paragraphs = list(article["p"])
    body: list[str] = []
    furniture = [*style.get("head", []), *style.get("meta", []), *style.get("foot", [])]
    site_used = []
    for i, p in enumerate(paragraphs):
        body.append((dateline.format(PLACE=place.upper(), Place=place) + p) if i == 0 else p)
        if i < len(paragraphs) - 1 and inbody and i % 2 == 0:
            line = inbody[(n + i // 2) % len(inbody)]
            body.append(line)
            furniture.append(line)
        if i == 1 and site:
            body.append(site[0])
            site_used.append(site[0])
    foot = list(style.get("foot", []))
    if len(site) > 1:
        foot.insert(len(foot) // 2, site[1])
        site_used.append(site[1])
    text = "\n".join([*style.get("head", []), "", article["title"], "", "\n\n".join(style.get("meta", [])), "",
                      "\n\n".join(body), "", "\n".join(foot), ""])
    return Page(name=f"{style_name}-{n}", site=style_name, text=text, title=article["title"], place=place,
                article_lines=paragraphs, furniture_lines=furniture, site_lines=site_used)


def pages() -> list[Page]:
    """Every article in every style, in a fixed order that interleaves the sites."""
    arts, sts = list(articles().values()), styles()
    return [page(a, name, st, n) for n, a in enumerate(arts) for name, st in sorted(sts.items())]


def score(page: Page, body: str) -> tuple[int, int, int, int]:
    """(furniture lines left, furniture lines, article lines kept, article lines) of a cleaned body."""
    paragraphs = [p.strip() for p in body.split("\n\n")]
    furniture = page.furniture_lines + page.site_lines
    left = sum(1 for f in furniture if f in paragraphs or (len(f) > 20 and any(f in p for p in paragraphs)))
    kept = sum(1 for a in page.article_lines if any(a in p for p in paragraphs))
    return left, len(furniture), kept, len(page.article_lines)
