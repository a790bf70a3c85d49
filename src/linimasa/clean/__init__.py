"""Cleaning: the main text of a page and its metadata, with every removed piece kept with its reason.

HTML goes through trafilatura for the main text and metadata, then through the same
line cleaner as text dumps (trafilatura leaves "Baca juga" lines, captions and credits in).
TimeML TEXT is kept exactly as given so that offsets match the file.
"""

from __future__ import annotations

import re
from typing import Any

from linimasa.clean.text import clean_text, outlet_name
from linimasa.lang.detect import NAMES, detect
from linimasa.model import Article, Document, InputError


def clean(doc: Document) -> Article:
    meta = doc.meta
    evidence: dict = {"meta": meta}
    if doc.format == "timeml":
        article = Article(source=doc.source, body=doc.text, title=meta.get("title"), outlet=meta.get("outlet"),
                          url=meta.get("url"), language="id", evidence=evidence)
        _check_language(article.body)
        return article
    text, html_meta = doc.text, dict[str, Any]()
    if doc.format == "html":
        text, html_meta = _from_html(doc.text)
        evidence["html_dates"] = html_meta.pop("dates", [])
    c = clean_text(text, title_hint=meta.get("title") or html_meta.get("title"))
    if not c.body.strip():
        raise InputError("no article text left after removing page furniture")
    _check_language(c.body)
    evidence["header_dates"] = c.header_dates
    evidence["footer_dates"] = c.footer_dates
    return Article(
        source=doc.source, body=c.body, removed=c.removed, language="id",
        title=meta.get("title") or html_meta.get("title") or c.title,
        outlet=meta.get("outlet") or c.outlet or html_meta.get("outlet") or _outlet_from_url(meta.get("url")),
        section=c.section or html_meta.get("section"), dateline=c.dateline,
        byline=c.byline or html_meta.get("byline"), url=meta.get("url") or html_meta.get("url"), evidence=evidence)


def _check_language(body: str) -> None:
    lang = detect(body)
    if lang in ("en", "ms"):  # refuse only what is confidently another language
        raise InputError(f"not Indonesian text (looks like {NAMES.get(lang, 'another language')})")


def _outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    m = re.match(r"https?://(?:www\.|m\.)?([^/]+)", url)
    return outlet_name(m.group(1).split(".")[0]) if m else None


def _from_html(markup: str) -> tuple[str, dict]:
    """Main text (paragraphs on their own lines) and metadata from an HTML page."""
    import trafilatura

    meta: dict = {"dates": _html_dates(markup)}
    try:
        result = trafilatura.bare_extraction(markup, favor_precision=True, include_comments=False,
                                             include_tables=False, with_metadata=True)
    except Exception:  # trafilatura on hostile markup: fall back to the tags stripped
        result = None
    if result is None:
        text = re.sub(r"<[^>]+>", "\n", markup)
        return re.sub(r"\n\s*\n+", "\n", text), meta
    data = result if isinstance(result, dict) else result.as_dict()
    meta.update({"title": data.get("title"), "outlet": data.get("sitename"), "url": data.get("url"),
                 "section": (data.get("categories") or [None])[0] if isinstance(data.get("categories"), list)
                 else None})
    if data.get("author"):
        from linimasa.model import Byline
        meta["byline"] = Byline(author=data["author"])
    return data.get("text") or "", {k: v for k, v in meta.items() if v}


_META_DATE = re.compile(
    r"<meta[^>]+(?:property|name|itemprop)\s*=\s*[\"'](?P<key>article:published_time|og:published_time|datePublished|"
    r"pubdate|publishdate|publish-date|date|dc\.date|content_PublishedDate)[\"'][^>]*content\s*=\s*[\"'](?P<v>[^\"']+)"
    r"|<meta[^>]+content\s*=\s*[\"'](?P<v2>[^\"']+)[\"'][^>]*(?:property|name|itemprop)\s*=\s*[\"']"
    r"(?P<key2>article:published_time|datePublished|pubdate)[\"']", re.I)
_JSONLD_DATE = re.compile(r"\"datePublished\"\s*:\s*\"(?P<v>[^\"]+)\"")
_TIME_TAG = re.compile(r"<time[^>]+datetime\s*=\s*[\"'](?P<v>[^\"']+)[\"']", re.I)


def _html_dates(markup: str) -> list[tuple[str, str]]:
    """(value, source) for every publication date the markup declares, strongest first."""
    found = []
    for m in _META_DATE.finditer(markup):
        found.append((m.group("v") or m.group("v2"), "html-meta"))
    for m in _JSONLD_DATE.finditer(markup):
        found.append((m.group("v"), "json-ld"))
    for m in _TIME_TAG.finditer(markup[:200000]):
        found.append((m.group("v"), "time-element"))
    return found
