"""HTML pages: the main text (trafilatura), the headline, the outlet, and every date the page declares.

The markup is parsed once with lxml for the metadata; trafilatura extracts the text. Its
precision mode sometimes drops paragraphs of the article (a lead in its own <div>, a
paragraph after an inline box), so the recall mode's text is used when it holds the precision
text and is not much longer than it: the article's own paragraphs come back, the sidebars do not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from linimasa.clean.titles import domain_name, outlet_for_url, registered_domain, strip_affixes
from linimasa.dating import sources
from linimasa.model import Byline

# recall text is used when it keeps every precision paragraph and adds at most this share of words
RECALL_GROWTH = 0.6


@dataclass
class HtmlPage:
    text: str
    title: str | None = None
    outlet: str | None = None
    site_name: str | None = None
    url: str | None = None
    section: str | None = None
    byline: Byline | None = None
    dates: list[tuple[str, str, str]] = field(default_factory=list)  # (value, source, kind)
    zone: str | None = None


def parse(markup: str):
    import lxml.html

    markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", markup)
    try:
        return lxml.html.document_fromstring(markup)
    except Exception:  # empty or hostile markup
        return None


def extract(markup: str, url: str | None = None) -> HtmlPage:
    """Main text (paragraphs on their own lines) and metadata of an HTML page."""
    tree = parse(markup)
    page = HtmlPage(text="")
    if tree is None:
        page.text = _strip_tags(markup)
        return page
    page.url = url or _meta(tree, "og:url") or _canonical(tree)
    page.site_name = _meta(tree, "og:site_name") or _meta(tree, "application-name") or _meta(tree, "twitter:site")
    if page.site_name:
        page.site_name = page.site_name.lstrip("@")
    page.outlet = outlet_for_url(page.url) or page.site_name
    page.dates = sources.markup_dates(tree)
    found = sources.htmldate_value(markup, page.url)
    if found:
        page.dates.append((found, "htmldate", "published"))
    page.zone = sources.page_zone(tree)
    data = _trafilatura(markup)
    page.text = data.get("text") or ""
    if not page.text:
        page.text = _strip_tags(markup)
    page.title = headline(tree, [page.site_name, page.outlet, registered_domain(page.url), domain_name(page.url),
                                 data.get("sitename")], fallback=data.get("title"))
    page.section = _section(tree, data)
    if data.get("author"):
        page.byline = Byline(author=data["author"])
    return page


def _trafilatura(markup: str) -> dict:
    import trafilatura

    def run(**options) -> dict:
        try:
            result = trafilatura.bare_extraction(markup, include_comments=False, include_tables=False,
                                                 with_metadata=True, **options)
        except Exception:  # trafilatura on hostile markup
            return {}
        if result is None:
            return {}
        return result if isinstance(result, dict) else result.as_dict()

    precise = run(favor_precision=True)
    recall = run(favor_recall=True)
    p_text, r_text = precise.get("text") or "", recall.get("text") or ""
    if r_text and _holds(r_text, p_text) and len(r_text.split()) <= len(p_text.split()) * (1 + RECALL_GROWTH):
        return {**precise, "text": r_text} if precise else recall
    return precise or recall


def _holds(longer: str, shorter: str) -> bool:
    """Every paragraph of `shorter` is in `longer`."""
    have = {_norm(p) for p in longer.split("\n") if p.strip()}
    return all(_norm(p) in have for p in shorter.split("\n") if p.strip())


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def headline(tree, names: list[str | None], fallback: str | None = None) -> str | None:
    """The headline: og:title / <title> without site affixes, the h1 when it agrees with them."""
    names = [n for n in names if n]
    declared = [_meta(tree, "og:title"), _meta(tree, "twitter:title"), _jsonld_headline(tree),
                " ".join(" ".join(tree.xpath("//title//text()")).split()) or None, fallback]
    stripped = [strip_affixes(t, names) for t in declared if t and t.strip()]
    h1s = [" ".join(el.text_content().split()) for el in tree.iter("h1", "h2")]
    h1s = [h for h in h1s if len(h.split()) >= 3]
    for h in h1s:  # the page's headline element, when a declared title carries it
        nh = _norm(h)
        if any(_norm(t) == nh for t in stripped) or any(nh and nh in _norm(t) for t in declared if t):
            return strip_affixes(h, names)
    return stripped[0] if stripped else None


def _jsonld_headline(tree) -> str | None:
    for script in tree.xpath("//script[contains(@type, 'ld+json')]"):
        data = sources._load_json(script.text_content() or "")
        for obj in sources._objects(data) if data is not None else ():
            value = obj.get("headline")
            if isinstance(value, str) and value.strip():
                return value.strip()
    return None


def _meta(tree, key: str) -> str | None:
    for el in tree.iter("meta"):
        k = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if k == key and (el.get("content") or "").strip():
            return " ".join(el.get("content").split())
    return None


def _canonical(tree) -> str | None:
    for el in tree.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            return el.get("href").strip()
    return None


def _section(tree, data: dict) -> str | None:
    value = _meta(tree, "article:section")
    if value:
        return value
    cats = data.get("categories")
    return cats[0] if isinstance(cats, list) and cats else None


def _strip_tags(markup: str) -> str:
    text = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "\n", markup)
    text = re.sub(r"<[^>]+>", "\n", text)
    return re.sub(r"\n\s*\n+", "\n", text)
