"""HTML pages: the main text (trafilatura), the headline, the outlet, and every date the page declares.

The markup is parsed once with lxml for the metadata; trafilatura extracts the text in its
precision mode. That mode sometimes loses most of an article (a page whose paragraphs sit in
unusual containers), so the recall mode's text is used when the precision text is less than
half of it and contained in it. Recall mode costs a second extraction, so it runs only when
the page shows that precision lost text: the precision text is short, or running text of the
page is missing from it before its first paragraph or in quantity (see `_may_have_lost_text`). Photo captions the markup marks as such (<figcaption>,
class "caption") are taken out of the text with their reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from linimasa.clean.titles import domain_name, outlet_for_url, registered_domain, strip_affixes
from linimasa.dating import sources
from linimasa.lang.id.markup import CAPTION_CLASS_WORDS
from linimasa.model import Byline

# recall text is used when the precision text holds less than this share of its words
RECALL_SWAP = 0.5
# a paragraph recall mode adds back must be running text this long
LOST_LEAD_WORDS = 20
LOST_LEAD_PARAGRAPHS = 2
# precision texts shorter than this many words always get the recall run
SHORT_PRECISION_WORDS = 2 * LOST_LEAD_WORDS
# a text block of at least this many words that the precision text holds marks where the article starts
KEPT_BLOCK_WORDS = 5
# elements whose whole text is one block; other elements contribute the text between their block children
_PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "td", "th", "figcaption",
                             "pre", "dd", "dt"})
_INLINE_TAGS = frozenset({"a", "b", "strong", "em", "i", "u", "span", "small", "big", "sub", "sup", "abbr", "cite",
                          "q", "mark", "font", "time", "code", "s", "label"})
_NO_TEXT_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link"})
# class/id of picture containers: a class token opening with one of these words ("pic_artikel", "foto-ket")
CAPTION_CLASS = re.compile(r"(?:^|[\s_-])(?:" + "|".join(CAPTION_CLASS_WORDS) + ")", re.I)


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
    captions: list[str] = field(default_factory=list)  # texts the markup marks as photo captions


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
    # lxml makes a Python object per element on every walk unless one is alive: hold them all for the
    # page's many walks (metadata, dates, captions, text blocks), each then reuses them
    elements = list(tree.iter())  # noqa: F841
    page.url = url or _meta(tree, "og:url") or _canonical(tree)
    page.site_name = _meta(tree, "og:site_name") or _meta(tree, "application-name") or _meta(tree, "twitter:site")
    if page.site_name:
        page.site_name = page.site_name.lstrip("@")
    page.outlet = outlet_for_url(page.url) or page.site_name
    page.dates = sources.markup_dates(tree)
    htree = sources.htmldate_tree(markup)  # parsed once for both searches
    for extensive, source in ((False, "htmldate"), (True, "htmldate-extensive")):
        found = sources.htmldate_value(htree, extensive=extensive)
        if found:
            page.dates.append((found, source, "published"))
    page.zone = sources.page_zone(tree)
    data = _trafilatura(markup, tree)
    page.text = data.get("text") or ""
    if not page.text:
        page.text = _strip_tags(markup)
    page.title = headline(tree, [page.site_name, page.outlet, registered_domain(page.url), domain_name(page.url),
                                 data.get("sitename")], fallback=data.get("title"))
    page.section = _section(tree, data)
    page.captions = captions(tree)
    if data.get("author"):
        page.byline = Byline(author=data["author"])
    return page


def _trafilatura(markup: str, tree=None) -> dict:
    import trafilatura

    def run(**options) -> dict:
        try:
            result = trafilatura.bare_extraction(markup, include_comments=False, include_tables=False, **options)
        except Exception:  # trafilatura on hostile markup
            return {}
        if result is None:
            return {}
        return result if isinstance(result, dict) else result.as_dict()

    precise = run(favor_precision=True, with_metadata=True)
    p_text = precise.get("text") or ""
    if precise and tree is not None and not _may_have_lost_text(tree, p_text):
        # what the recall comparison returns when recall adds nothing: the paragraphs, blank lines dropped
        return {**precise, "text": "\n".join(p for p in p_text.split("\n") if p.strip())}
    recall = run(favor_recall=True)  # only to find paragraphs precision mode lost
    r_text = recall.get("text") or ""
    if r_text and _holds(r_text, p_text) and len(p_text.split()) < RECALL_SWAP * len(r_text.split()):
        return {**precise, "text": r_text} if precise else recall
    if precise and r_text:
        return {**precise, "text": _restore_paragraphs(p_text, r_text)}
    return precise or recall


def _may_have_lost_text(tree, p_text: str) -> bool:
    """Whether the page shows signs that precision mode lost text recall mode could give back.

    Recall mode changes the text in two cases only: it holds twice the words (precision lost
    most of the article), or it has a prose paragraph right before precision's first one (a
    lost lead). So it is needed when the precision text is short, when a prose block of the
    page that the precision text lacks comes before the first block it holds, or when the
    prose blocks it lacks add up to RECALL_SWAP of its words. Blocks the markup marks as photo
    captions (they leave the body anyway) and blocks mostly of link text (lists of other
    articles, menus) are not running text.
    """
    words = len(p_text.split())
    if words < SHORT_PRECISION_WORDS:
        return True
    kept = _norm(p_text)
    started, missing = False, 0
    for block, link_chars, caption in _text_blocks(tree):
        n = len(block.split())
        if n < KEPT_BLOCK_WORDS:  # neither marks the article's start nor is prose
            continue
        if _norm(block) in kept:
            started = True
        elif not caption and 2 * link_chars <= _chars(block) and _is_prose(block, LOST_LEAD_WORDS):
            missing += n
            if not started or missing >= RECALL_SWAP * words:
                return True
    return False


def _chars(text: str) -> int:
    return len(text) - sum(text.count(c) for c in " \n\t\r")


def _text_blocks(tree) -> list[tuple[str, int, bool]]:
    """The page body's text in blocks, in document order: paragraph-like elements whole, other elements'
    loose text; each with the characters of its link text and whether it sits in a marked photo caption."""
    body = tree.find("body")
    out: list[tuple[str, int, bool]] = []

    def links(el) -> int:
        return sum(_chars(a.text_content()) for a in el.iter("a"))

    def walk(el, caption: bool) -> None:
        caption = caption or el.tag in ("figure", "figcaption") or bool(
            CAPTION_CLASS.search(f"{el.get('class') or ''} {el.get('id') or ''}"))
        if el.tag in _PARAGRAPH_TAGS:
            out.append((el.text_content(), links(el), caption))
            return
        piece, linked = [el.text or ""], 0
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in _INLINE_TAGS:
                piece.append(child.text_content())
                linked += links(child)
            elif tag and tag not in _NO_TEXT_TAGS:
                out.append((" ".join(piece), linked, caption))
                piece, linked = [], 0
                walk(child, caption)
            piece.append(child.tail or "")
        out.append((" ".join(piece), linked, caption))

    walk(body if body is not None else tree, False)
    return [b for b in out if b[0].strip()]


_PROSE_END = re.compile(r"[.!?\"”')]\s*$")


def _is_prose(paragraph: str, min_words: int) -> bool:
    return len(paragraph.split()) >= min_words and bool(_PROSE_END.search(paragraph.strip()))


def _restore_paragraphs(p_text: str, r_text: str) -> str:
    """The precision text with the lead it lost: running text right before its first paragraph.

    Precision mode drops a lead printed in its own container; recall mode keeps it, just
    before the first paragraph both keep. Only long prose is taken back (captions and link
    lines are short), at most LOST_LEAD_PARAGRAPHS of it; nothing between or after.
    """
    p_pars = [p for p in p_text.split("\n") if p.strip()]
    r_pars = [p for p in r_text.split("\n") if p.strip()]
    have = {_norm(p) for p in p_pars}
    first = next((i for i, p in enumerate(r_pars) if _norm(p) in have), None)
    if first is None or _norm(r_pars[first]) != _norm(p_pars[0]):
        return p_text
    start = first
    while start > 0 and first - start < LOST_LEAD_PARAGRAPHS and _is_prose(r_pars[start - 1], LOST_LEAD_WORDS):
        start -= 1
    return "\n".join(r_pars[start:first] + p_pars)


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
        if any(_norm(t or "") == nh for t in stripped) or any(nh and nh in _norm(t) for t in declared if t):
            return strip_affixes(h, names)
    return stripped[0] if stripped else None


def captions(tree) -> list[str]:
    out = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "figcaption" or CAPTION_CLASS.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            text = " ".join((el.text_content() or "").split())
            if 3 <= len(text.split()) <= 60:
                out.append(text)
    return out


def drop_captions(body: str, caption_texts: list[str]) -> tuple[str, list[str]]:
    """The body without paragraphs that are a marked photo caption; the captions dropped."""
    keys = {_norm(t) for t in caption_texts}
    kept: list[str] = []
    dropped: list[str] = []
    for p in body.split("\n\n"):
        (dropped if p.strip() and _norm(p) in keys else kept).append(p)
    return "\n\n".join(kept), dropped


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
