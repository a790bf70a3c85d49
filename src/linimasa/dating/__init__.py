"""Publication date (DCT) of an article: value, precision, source, and the candidates rejected as impossible.

Strongest first: metadata given with the page (sidecar, JSONL, TimeML DCT) wins outright.
Otherwise every source the page offers is a candidate: JSON-LD, <meta>, <time>, the date line
printed under the headline, htmldate, and the day the URL spells. Candidates are grouped by day; the day most sources agree on wins (a URL day agreeing with the markup
confirms it), and within that day the most precise value is kept. Times are put into the
outlet's local zone with their offset ("2019-07-04T09:12:30+07:00"). An update time
("diperbarui", dateModified) is never the publication date; it stays evidence.

A candidate is rejected, with the reason kept in `conflicts`, when the body reports as past
an explicit date later than it (unless several page sources agree on it: then the body errs).
Only when no candidate the page states survives is a date read from the text used, marked
`inferred`: htmldate's extensive search, else the latest date the body reports as past. Copyright years and sidebar dates are
never candidates. Nothing found: value None, precision "unknown".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from linimasa.dating.sources import parse_value, to_local, url_date
from linimasa.lang.id.calendar import WEEKDAYS
from linimasa.lang.id.dateformats import FUTURE_CUES, PUBLISH_CUES, UPDATE_CUES, explicit_dates, printed_zone
from linimasa.model import Article, DateConflict, Published
from linimasa.time.values import exists

# How much a source's word counts when sources are weighed against each other per day.
WEIGHTS = {"json-ld": 3.0, "html-meta": 3.0, "page-header": 2.5, "time-element": 2.0, "htmldate": 1.0,
           "url": 1.5, "htmldate-extensive": 0.5}
# htmldate's heuristics take an update time or a sidebar's date when nothing better exists, and its
# extensive search reads dates in the text: they confirm a day the page gives, or alone are inferred.
SUPPORTING = {"htmldate", "htmldate-extensive"}
# A day this many distinct page sources agree on is not rejected by one date in the body (the body errs).
CONFIRMED_SOURCES = 3
# Which source's value stands for the day, when several agree: a printed local time, then declarations.
PREFERENCE = ("page-header", "json-ld", "html-meta", "time-element", "htmldate", "url")


@dataclass
class Candidate:
    value: str
    precision: str
    source: str
    kind: str = "published"  # "published", "created" or "modified"


def date_article(article: Article) -> None:
    ev = article.evidence
    published = ev.get("meta", {}).get("published")
    if published:
        found = to_local(str(published))
        if found:
            article.published = Published(found[0], found[1], "metadata")
            return
    # a value the calendar does not have (<time datetime="2025-13-45">) dates nothing
    candidates = [c for c in page_candidates(ev, article.url or ev.get("meta", {}).get("url")) if exists(c.value)]
    updates = [c for c in candidates if c.kind == "modified"]
    ev["updated"] = [(c.value, c.source) for c in updates]
    stated = [c for c in candidates if c.kind != "modified"]
    ranked = [g for g in rank(stated) if any(c.source not in SUPPORTING for c in g)]
    guesses = [c for c in stated if c.source in SUPPORTING]
    reported, reported_text = _latest_reported_date(article.body)
    conflicts: list[DateConflict] = []
    for group in ranked:
        best = group[0]
        confirmed = len({c.source for c in group if c.source not in SUPPORTING}) >= CONFIRMED_SOURCES
        if reported and _before(best.value, reported) and not confirmed:
            for value, source in dict.fromkeys((c.value, c.source) for c in group):
                conflicts.append(DateConflict(value, source, f"earlier than {reported}, a date the article reports "
                                                             "as past: a page cannot be published before what it reports"))
            continue
        article.published = Published(best.value, best.precision, best.source, conflicts)
        return
    if not ranked:
        for value, source in dict.fromkeys((c.value, c.source) for c in updates):
            conflicts.append(DateConflict(value, source, "an update time, not the publication date"))
    guess = next((c for c in guesses if not (reported and _before(c.value, reported))), None)
    if guess:
        article.published = Published(guess.value, guess.precision, f"{guess.source} (heuristic, no date the page states)",
                                      conflicts, inferred=True)
    elif reported:
        article.published = Published(reported, "day", f"body: latest date it reports as past, «{reported_text}»",
                                      conflicts, inferred=True)
    else:
        article.published = Published(None, "unknown", None, conflicts)


def page_candidates(ev: dict, url: str | None) -> list[Candidate]:
    """Every date the page offers, in local time, from the evidence the cleaning stage left."""
    header = ev.get("header_dates", [])
    printed = [text for _v, _p, text in header] + [v for v, source, *_ in ev.get("html_dates", [])
                                                   if source in ("page-header", "time-element")]
    zone = printed_zone(" ".join(printed)) or ev.get("zone")
    out: list[Candidate] = []
    for item in ev.get("html_dates", []):
        value, source = item[0], item[1]
        kind = item[2] if len(item) > 2 else "published"
        found = to_local(value, zone)
        if found:
            out.append(Candidate(found[0], found[1], source, kind))
    for value, precision, text in header:
        # the line as printed when it is a date string of its own ("2025-02-03T08:12:00+07:00" keeps its
        # offset), else the value the cleaner read from it, in the zone the line (or page) prints
        found = to_local(text, zone) if parse_value(text) else None
        if not found or found[0][:10] != value[:10]:
            found = (to_local(value, printed_zone(text) or zone) if precision == "minute" else None) or \
                (value, precision)
        kind = "modified" if UPDATE_CUES.search(text) and not PUBLISH_CUES.search(text) else "published"
        out.append(Candidate(found[0], found[1], "page-header", kind))
    for value, precision, text in ev.get("update_dates", []):  # "Diperbarui …" lines the cleaner set apart
        found = (to_local(value, printed_zone(text) or zone) if precision == "minute" else None) or (value, precision)
        out.append(Candidate(found[0], found[1], "page-header", "modified"))
    day = url_date(url)
    if day:
        out.append(Candidate(day, "day", "url"))
    return out


def rank(candidates: list[Candidate]) -> list[list[Candidate]]:
    """Candidates grouped by day, best supported first; each group's best value first.

    A day's support is the sum of the weights of the distinct sources that give it; coarser
    candidates (a month, a year) support the days inside them a little and stand alone last.
    """
    days: dict[str, list[Candidate]] = {}
    for c in candidates:
        days.setdefault(c.value[:10], []).append(c)

    # a source's first value counts fully, its later ones (a second JSON-LD object, another <meta>) a quarter
    first_of: dict[str, int] = {}
    for i, c in enumerate(candidates):
        first_of.setdefault(c.source, i)

    def weight(c: Candidate, i: int) -> float:
        return WEIGHTS.get(c.source, 1.0) * (1.0 if first_of[c.source] == i else 0.25)

    def support(key: str) -> float:
        best: dict[str, float] = {}
        for i, c in enumerate(candidates):
            if c.value[:10] == key:
                best[c.source] = max(best.get(c.source, 0.0), weight(c, i))
        own = sum(best.values())
        wider = sum(0.5 for k in days if k != key and len(k) < len(key) and key.startswith(k))
        return own + wider

    def order(c: Candidate) -> tuple:
        pref = PREFERENCE.index(c.source) if c.source in PREFERENCE else len(PREFERENCE)
        return (c.precision != "minute", pref)

    keys = sorted(days, key=lambda k: (-(len(k) >= 10), -support(k), _first(candidates, k)))
    groups = []
    for k in keys:
        group = sorted(days[k], key=order)
        # a declaration to the second that agrees with the chosen minute stands for it
        finer = [c for c in group if c.value[:16] == group[0].value[:16] and len(c.value) > len(group[0].value)]
        if finer and group[0].precision == "minute":
            group.remove(finer[0])
            group.insert(0, finer[0])
        groups.append(group)
    return groups


def _first(candidates: list[Candidate], key: str) -> int:
    return next(i for i, c in enumerate(candidates) if c.value[:10] == key)


def _before(value: str, reported: str) -> bool:
    """The candidate is earlier than the reported day (a month or year containing it is not)."""
    day = value[:10]
    return day < reported[:len(day)] and value[:len(reported)] != reported[:len(value)]


def _latest_reported_date(body: str) -> tuple[str | None, str | None]:
    """The latest explicit full date the body reports as past, and its text (dates about plans are skipped)."""
    latest, text = None, None
    for value, start, end in explicit_dates(body):
        sentence_start = max(body.rfind(". ", 0, start), body.rfind("\n", 0, start)) + 1
        sentence_end = min(x for x in (body.find(". ", end), body.find("\n", end), len(body)) if x >= 0)
        if FUTURE_CUES.search(body[sentence_start:sentence_end]) or not _weekday_agrees(body, start, value):
            continue
        if latest is None or value > latest:
            latest, text = value, body[start:end]
    return latest, text


_WEEKDAY_BEFORE = re.compile(r"([A-Za-z][\w'’]+)\s*[,(]?\s*$")


def _weekday_agrees(body: str, start: int, value: str) -> bool:
    """A date printed with a weekday ("Jumat (19/8/2015)") whose weekday is not that day's is a typo."""
    m = _WEEKDAY_BEFORE.search(body[max(0, start - 14):start])
    weekday = WEEKDAYS.get(m.group(1).lower()) if m else None
    if weekday is None:
        return True
    return date.fromisoformat(value).isoweekday() == weekday
