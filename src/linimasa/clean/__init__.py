"""Cleaning: the main text of a page and its metadata, with every removed piece kept with its reason.

HTML goes through `clean.html` (trafilatura for the main text, lxml for the headline, the
outlet and the dates the page declares), then through the same line cleaner as text dumps
(trafilatura leaves "Baca juga" lines, captions and credits in).
TimeML TEXT is kept exactly as given so that offsets match the file.
"""

from __future__ import annotations

from linimasa.clean.html import drop_captions, extract
from linimasa.clean.text import clean_text, outlet_name
from linimasa.clean.titles import domain_name, outlet_for_url, registered_domain, strip_affixes
from linimasa.lang.detect import NAMES, detect
from linimasa.model import Article, Document, InputError, Removed


def clean(doc: Document) -> Article:
    meta = doc.meta
    evidence: dict = {"meta": meta}
    if doc.format == "timeml":
        article = Article(source=doc.source, body=doc.text, title=meta.get("title"), outlet=meta.get("outlet"),
                          url=meta.get("url"), language="id", evidence=evidence)
        _check_language(article.body)
        return article
    text, page = doc.text, None
    if doc.format == "html":
        page = extract(doc.text, url=meta.get("url"))
        text = page.text
        evidence["html_dates"] = page.dates
        evidence["zone"] = page.zone
    c = clean_text(text, title_hint=meta.get("title") or (page.title if page else None))
    if page and page.captions:
        c.body, dropped = drop_captions(c.body, page.captions)
        c.removed += [Removed(t, "caption") for t in dropped]
    if not c.body.strip():
        raise InputError("no article text left after removing page furniture")
    _check_language(c.body)
    evidence["header_dates"] = c.header_dates
    evidence["footer_dates"] = c.footer_dates
    url = meta.get("url") or (page.url if page else None)
    outlet = meta.get("outlet") or outlet_for_url(url) or (page.outlet if page else None) or c.outlet or \
        _outlet_from_url(url)
    names = [outlet, c.outlet, page.site_name if page else None, registered_domain(url), domain_name(url)]
    title = strip_affixes(meta.get("title"), names) or (page.title if page else None) or strip_affixes(c.title, names)
    return Article(
        source=doc.source, body=c.body, removed=c.removed, language="id", title=title, outlet=outlet,
        section=c.section or (page.section if page else None), dateline=c.dateline,
        byline=c.byline or (page.byline if page else None), url=url, evidence=evidence)


def _check_language(body: str) -> None:
    lang = detect(body)
    if lang in ("en", "ms"):  # refuse only what is confidently another language
        raise InputError(f"not Indonesian text (looks like {NAMES.get(lang, 'another language')})")


def _outlet_from_url(url: str | None) -> str | None:
    name = domain_name(url)
    return outlet_name(name) if name else None
