"""Publication date (DCT) of an article: value, precision, source, and the candidates rejected as impossible.

Strongest first: metadata given with the page (sidecar, JSONL, TimeML DCT); the page's own
declaration (HTML meta, JSON-LD, <time>); a date line in the page header; and, when none
exists, the latest explicit date the body reports (the page cannot be older than that).
A candidate is rejected, with the reason kept in `conflicts`, when the body reports as past
an explicit date later than it. Copyright years and sidebar dates are never candidates.
Nothing found: value None, precision "unknown".
"""

from __future__ import annotations

from linimasa.lang.id.dateformats import FUTURE_CUES, explicit_dates, normalise
from linimasa.model import Article, DateConflict, Published
from linimasa.time.values import exists


def date_article(article: Article) -> None:
    ev = article.evidence
    candidates: list[tuple[str, str, str]] = []  # (value, precision, source)
    published = ev.get("meta", {}).get("published")
    if published:
        found = normalise(str(published))
        if found:
            article.published = Published(found[0], found[1], "metadata")
            return
    for value, source in ev.get("html_dates", []):
        found = normalise(value)
        if found and exists(found[0]):  # <time datetime="2025-13-45"> dates nothing
            candidates.append((found[0], found[1], source))
    for value, precision, _text in ev.get("header_dates", []):
        candidates.append((value, precision, "page-header"))
    reported = _latest_reported_date(article.body)
    conflicts: list[DateConflict] = []
    for value, precision, source in candidates:
        if reported and value[:10] < reported[:len(value[:10])] and value[:len(reported)] != reported[:len(value)]:
            conflicts.append(DateConflict(value, source, f"earlier than {reported}, a date the article reports "
                                                         "as past: a page cannot be published before what it reports"))
            continue
        article.published = Published(value, precision, source, conflicts)
        return
    if reported:
        article.published = Published(reported, "day", "body", conflicts)
    else:
        article.published = Published(None, "unknown", None, conflicts)


def _latest_reported_date(body: str) -> str | None:
    """The latest explicit full date the body reports as past (dates in sentences about plans are skipped)."""
    latest = None
    for value, start, end in explicit_dates(body):
        sentence_start = max(body.rfind(". ", 0, start), body.rfind("\n", 0, start)) + 1
        sentence_end = min(x for x in (body.find(". ", end), body.find("\n", end), len(body)) if x >= 0)
        if FUTURE_CUES.search(body[sentence_start:sentence_end]):
            continue
        latest = max(latest or value, value)
    return latest
