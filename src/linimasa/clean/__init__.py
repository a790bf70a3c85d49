"""Cleaning: the main text of a page and its metadata, with every removed piece kept with its reason.

HTML goes through `clean.html` (trafilatura for the main text, lxml for the headline, the
outlet and the dates the page declares), then through the same line cleaner as text dumps
(trafilatura leaves "Baca juga" lines, captions and credits in).
TimeML TEXT is kept exactly as given so that offsets match the file.
"""

from __future__ import annotations

from linimasa.clean.html import drop_captions, extract
from linimasa.clean.templates import TemplateCounts, site_key
from linimasa.clean.text import Cleaned, clean_text, find_dateline, outlet_name, repair_mojibake
from linimasa.clean.titles import domain_name, outlet_for_url, registered_domain, strip_affixes
from linimasa.lang.detect import NAMES, detect
from linimasa.model import Article, Document, InputError, Removed


def clean(doc: Document, templates: TemplateCounts | None = None) -> Article:
    """The Article of a page; `templates` (line counts across pages) removes furniture its site repeats."""
    meta = doc.meta
    evidence: dict = {"meta": meta}
    if doc.format == "timeml":
        article = Article(source=doc.source, body=doc.text, title=meta.get("title"), outlet=meta.get("outlet"),
                          url=meta.get("url"), language="id", evidence=evidence)
        _check_language(article.body)
        _timeml_dateline(article)
        return article
    text, page = repair_mojibake(doc.text), None
    if doc.format == "html":
        page = extract(text, url=meta.get("url"))
        text = page.text
        evidence["html_dates"] = page.dates
        evidence["zone"] = page.zone
    hint = meta.get("title") or (page.title if page else None)
    c = clean_text(text, title_hint=hint)
    url = meta.get("url") or (page.url if page else None)
    c = _without_templates(c, text, hint, templates, evidence, site_key(
        url, meta.get("outlet") or c.outlet or (page.outlet if page else None)))
    if page and page.captions:
        c.body, dropped = drop_captions(c.body, page.captions)
        c.removed += [Removed(t, "caption") for t in dropped]
    if not c.body.strip():
        raise InputError("no article text left after removing page furniture")
    _check_language(c.body)
    evidence["header_dates"] = c.header_dates
    evidence["footer_dates"] = c.footer_dates
    if c.update_dates:
        evidence["update_dates"] = c.update_dates
    if c.syndicated_from:
        evidence["syndicated_from"] = c.syndicated_from
    outlet = meta.get("outlet") or outlet_for_url(url) or (page.outlet if page else None) or c.outlet or \
        _outlet_from_url(url)
    names = [outlet, c.outlet, page.site_name if page else None, registered_domain(url), domain_name(url)]
    title = strip_affixes(meta.get("title"), names) or (page.title if page else None) or strip_affixes(c.title, names)
    return Article(
        source=doc.source, body=c.body, removed=c.removed, language="id", title=title, outlet=outlet,
        section=c.section or (page.section if page else None), dateline=c.dateline,
        byline=c.byline or (page.byline if page else None), url=url, evidence=evidence)


def _without_templates(c: Cleaned, text: str, hint: str | None, templates: TemplateCounts | None, evidence: dict,
                       site: str) -> Cleaned:
    """Cleaned again without the lines its site repeats; the page's lines and site go in evidence for counting."""
    frequent = templates.frequent(site, c.template_kept) if templates is not None else set()
    if frequent:
        c = clean_text(text, title_hint=hint, furniture=frequent)
    evidence.update(template_site=site, template_lines=c.template_lines, template_kept=sorted(set(c.template_kept)),
                    template_removed=sorted(frequent))
    return c


def _timeml_dateline(article: Article) -> None:
    """A TimeML body keeps its dateline (offsets must match the file): its place and span go on the Article."""
    lead = len(article.body) - len(article.body.lstrip())
    d = find_dateline(article.body[lead:])
    if d is None:
        return
    article.dateline = d.place
    article.outlet = article.outlet or (outlet_name(d.outlet) if d.outlet else None)
    article.evidence["dateline_span"] = (lead, lead + len(article.body[lead:lead + d.end].rstrip()))


def _check_language(body: str) -> None:
    lang = detect(body)
    if lang in ("en", "ms"):  # refuse only what is confidently another language
        raise InputError(f"not Indonesian text (looks like {NAMES.get(lang, 'another language')})")


def _outlet_from_url(url: str | None) -> str | None:
    name = domain_name(url)
    return outlet_name(name) if name else None
