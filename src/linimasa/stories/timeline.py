"""A story's timeline: one entry per happening, salience from independent sources, dates shared across pages.

`linimasa.timeline.build` clusters the story's events by date; here the entries of one day that
tell one happening become one entry with all its sources and its most central sentence as
summary. An entry's salience counts its independent source groups (near-duplicate wire copies
count once). `top` keeps the K most salient entries, still in date order. Only happenings are entries:
a day only a holiday named as a season or the end of a stretch dates is none, a written day its weekday
contradicts is read from the weekday, and in a story many pages cover a day one page tells only deep in
its body, that nobody else names, is a side remark.

Dating across documents: an event its own page cannot date (an undated page, a bare weekday such
as "Rabu") takes the date of an entry from *other* pages of the story that reports the same
happening — same participants or place, shared wording, and the weekday of the hint when it has
one. It is added to that entry as a source marked `inferred`, with the evidence (the article and
sentence that date it). A page's own publication date is never touched, and a happening no other
page reports stays undated.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from linimasa.lang.id import events as lexicon
from linimasa.lang.id.calendar import MONTHS_FULL, WEEKDAYS_FULL
from linimasa.lang.id.discourse import LEANING_OPENERS
from linimasa.model import Article, Event, SourceRef, Timeline, TimelineEntry
from linimasa.timeline import build

_WORD = re.compile(r"\w+")
SAME_HAPPENING = 0.12   # word overlap (Dice) that joins two entries of one day into one happening
INFER_WITH_HINT = 0.25  # evidence an event with a weekday hint needs to take an entry's date
INFER_WITH_DAY = 0.1    # and one whose hint gives day and month ("27 November"): the story only lends the year
INFER_WITHOUT_HINT = 0.6  # and one with no usable hint: only a near-verbatim copy (a wire story) dates it
WINDOW = 7              # days between a weekday-dated happening and the nearest day the page dates itself
MARGIN = 0.05           # the best day must beat any other day by this much


@dataclass
class InferredRef(SourceRef):
    """A source whose date comes from other articles of the story: `evidence` says which."""

    inferred: bool = True
    evidence: dict = field(default_factory=dict)


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) > 3 and not w.isdigit()}


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def story_timeline(articles: list[Article], near_duplicates=(), *, top: int | None = None,
                   inference: bool = True, **filters) -> Timeline:
    articles = list(articles)
    base = build(articles, near_duplicates=near_duplicates, **filters)
    groups = _groups(articles, near_duplicates)
    entries = _fold_months(_happenings(_read_days(base.entries, articles)))
    entries = _fold_reported([e for e in entries if _a_happening(e)], articles)
    if len(set(groups.get(a.id, a.id) for a in articles)) >= SIDE_REMARK_STORY:
        named = _named_days(articles, groups)
        entries = [e for e in entries if not _side_remark(e, articles, groups, named)]
    if inference:
        entries = _redate_guessed(entries, articles)
    _resummarise(entries, articles)
    timeline = Timeline(entries=entries, undated=base.undated, warnings=base.warnings)
    if inference:
        _infer(timeline, articles)
    for e in timeline.entries:
        e.sources = _one_per_page(e.sources)
    refs = _date_references(articles, groups)
    for e in timeline.entries:
        e.salience = _salience(e, groups, refs)
    if top is not None:
        keep = sorted(timeline.entries, key=lambda e: (-e.salience, -len(e.sources), e.date))[:top]
        timeline.entries = sorted(keep, key=lambda e: (e.date, -e.salience))
    return timeline


def _one_per_page(sources: list[SourceRef]) -> list[SourceRef]:
    """An entry cites each page once (the first of its sentences: the summary's own comes first), and a page that
    dates the happening itself is not cited again as inferred."""
    own = {s.article for s in sources if not getattr(s, "inferred", False)}
    seen: set[tuple[str, bool]] = set()
    out = []
    for s in sources:
        inferred = getattr(s, "inferred", False)
        key = (s.article, inferred)
        if key in seen or (inferred and s.article in own):
            continue
        seen.add(key)
        out.append(s)
    return out


def _groups(articles: list[Article], near_duplicates) -> dict[str, str]:
    from linimasa.timeline import _source_groups  # the one definition of a wire group

    return _source_groups(articles, near_duplicates)


def _date_references(articles: list[Article], groups: dict[str, str]) -> dict[str, set[str]]:
    """Day -> the source groups whose text names that day at all: how much the story's coverage comes back to it."""
    out: dict[str, set[str]] = {}
    for art in articles:
        for t in art.timexes:
            if t.type in ("DATE", "TIME") and len(t.value) >= 10 and t.value[:4].isdigit():
                out.setdefault(t.value[:10], set()).add(groups.get(art.id, art.id))
    return out


def _salience(entry: TimelineEntry, groups: dict[str, str], refs: dict[str, set[str]]) -> float:
    """Independent source groups first (wire copies once), then the other groups that name the day;
    who is involved, being news, not history, and being placed on a day, not only in a month, break ties."""
    independent = {groups.get(s.article, s.article) for s in entry.sources if not getattr(s, "inferred", False)}
    naming = len(refs.get(entry.date[:10], set()) - independent) if entry.precision == "day" else 0
    return round(len(independent) + 0.5 * naming + 0.1 * min(4, len(entry.participants))
                 + (0 if entry.background else 0.5) + (0.5 if entry.precision in ("day", "hour", "minute") else 0), 2)


def _happenings(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """Entries of one date (and one standing: news or background) that tell one happening become one."""
    by_day: dict[tuple[str, bool], list[list[TimelineEntry]]] = {}
    for e in entries:
        bucket = by_day.setdefault((e.date, e.background), [])
        for happening in bucket:
            if any(_same_happening(e, other) for other in happening):
                happening.append(e)
                break
        else:
            bucket.append([e])
    merged = [_merge(h) for bucket in by_day.values() for h in bucket]
    merged.sort(key=lambda e: (e.date, e.background))
    return merged


def _same_happening(a: TimelineEntry, b: TimelineEntry) -> bool:
    if _compatible(a.type, b.type) or set(a.participants) & set(b.participants) or (a.location and a.location == b.location):
        return True
    words_a = _words(" ".join([a.summary] + [s.sentence for s in a.sources]))
    words_b = _words(" ".join([b.summary] + [s.sentence for s in b.sources]))
    return _dice(words_a, words_b) >= SAME_HAPPENING


def _merge(happening: list[TimelineEntry]) -> TimelineEntry:
    if len(happening) == 1:
        return happening[0]
    sources, seen = [], set()
    for e in sorted(happening, key=lambda e: -len(e.sources)):
        for s in e.sources:
            if (s.article, s.sentence) not in seen:
                seen.add((s.article, s.sentence))
                sources.append(s)
    participants = Counter(p for e in happening for p in e.participants)
    locations = Counter(e.location for e in happening if e.location)
    types: Counter[str] = Counter()
    for e in happening:
        types[e.type] += len(e.sources)
    return TimelineEntry(date=happening[0].date, precision=happening[0].precision,
                         summary=_central([e.summary for e in happening] + [s.sentence for s in sources]),
                         type=types.most_common(1)[0][0], participants=[p for p, _ in participants.most_common()],
                         location=locations.most_common(1)[0][0] if locations else None,
                         sources=sources, background=happening[0].background)


# "JAKARTA, KOMPAS.com - ", "TERASMARITIM.COM - ": a lead's dateline and outlet are no part of what happened
_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'’ ]{1,30},\s*[\w.]{2,30}\s*[-–—]+\s*")
_OUTLET = re.compile(r"^\s*(?:[A-Z][A-Z.'’ ]{1,30},\s*)?[\w]+\.(?:com|co\.id|id|net)\s*[-–—]+\s*", re.IGNORECASE)


def _without_lead_prefix(text: str) -> str:
    m = _OUTLET.match(text) or _DATELINE.match(text)
    if not m or m.end() >= len(text):
        return text
    rest = text[m.end():]
    return rest[:1].upper() + rest[1:]


_OPENER = re.compile(r"^\W*(?:" + "|".join(sorted(map(re.escape, LEANING_OPENERS), key=len, reverse=True))
                     + r")\b", re.IGNORECASE)


def _leans(sentence: str) -> bool:
    """Does the sentence open by leaning on an earlier one ("Keputusan itu ...", "Sebelumnya, ...")?"""
    return bool(_OPENER.match(_without_lead_prefix(sentence)))


def _central(sentences: list[str], voters: Sequence[str] = ()) -> str:
    """The sentence that shares most words with the others and with the headlines: what the sources agree happened."""
    texts = list(dict.fromkeys(s for s in sentences if s))
    bags = [_words(t) for t in texts]
    heads = [_words(v) for v in voters if v]

    def score(i: int) -> float:
        t = texts[i]
        quoted = t[:1] in "\"“”'" or t.count("\"") + t.count("“") >= 2
        agree = sum(_dice(bags[i], bags[j]) for j in range(len(texts)) if j != i)
        agree += 2 * sum(_dice(bags[i], h) for h in heads)
        return agree - (0.5 if quoted else 0) - (0.3 if _leans(t) else 0) - abs(len(t) - 180) / 1000
    return texts[max(range(len(texts)), key=score)]


FOLD_MONTH = 0.25  # word overlap that makes a month-dated entry the same happening as a day inside it


def _fold_months(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """A happening one page dates to the month and another to the day is one entry, on the day."""
    days = [e for e in entries if e.precision == "day"]
    kept = []
    for e in entries:
        if e.precision == "month":
            words = _words(" ".join([e.summary] + [s.sentence for s in e.sources]))
            inside = [(d, _dice(words, _words(" ".join([d.summary] + [s.sentence for s in d.sources]))))
                      for d in days if d.date.startswith(e.date) and d.background == e.background]
            best = max(inside, key=lambda x: x[1], default=None)
            if best and best[1] >= FOLD_MONTH and (best[0].type == e.type or len(set(best[0].participants) & set(e.participants)) >= 2):
                best[0].sources += [s for s in e.sources if s.article not in {x.article for x in best[0].sources}]
                best[0].participants = list(dict.fromkeys(best[0].participants + e.participants))
                continue
        kept.append(e)
    return kept


SIDE_REMARK_STORY = 15  # independent source groups from which a day only one page's body tells is a side remark
REPORTED_REACH = 3  # days before its publication a page's own dated news may lie


def _fold_reported(entries: list[TimelineEntry], articles: list[Article]) -> list[TimelineEntry]:
    """A page whose sentences on an entry are dated only by its publication date ("saat ini", no time at all),
    while the page states its news' own day a little earlier ("Kamis (28/11/2013)"), tells that day's happening:
    the entry joins the entry of that day which cites the page."""
    by_id = {a.id: a for a in articles}

    def how(src) -> str | None:
        art = by_id.get(src.article)
        text = " ".join(src.sentence.split())
        for ev in art.events if art else []:
            if ev.date and " ".join(ev.text.split()) == text:
                return ev.date.source
        return None

    dropped: set[int] = set()
    for n, e in enumerate(entries):
        own = [s for s in e.sources if not getattr(s, "inferred", False)]
        pages = {s.article for s in own}
        if e.precision != "day" or e.background or len(pages) != 1 or any(how(s) != "reported" for s in own):
            continue
        page = next(iter(pages))
        day = dt.date.fromisoformat(e.date[:10])
        art = by_id.get(page)
        text_start = min((ev.start for ev in art.events), default=0) if art else 0  # not a header's date line
        days = {t.value[:10] for t in art.timexes if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value[:10])
                and t.type in ("DATE", "TIME") and t.start >= text_start} if art else set()
        if e.date[:10] in days:
            continue  # the page names the day itself: its news is of that day
        stated = {d for d in days if 0 < (day - dt.date.fromisoformat(d)).days <= REPORTED_REACH}
        targets = [t for m, t in enumerate(entries) if m != n and m not in dropped and t.precision == "day"
                   and not t.background and t.date[:10] in stated
                   and (_compatible(t.type, e.type) or set(t.participants) & set(e.participants))]
        if targets:
            target = max(targets, key=lambda t: t.date)
            target.sources += [s for s in e.sources if (s.article, s.sentence) not in
                               {(x.article, x.sentence) for x in target.sources}]
            target.participants = list(dict.fromkeys(target.participants + e.participants))
            dropped.add(n)
    return [e for n, e in enumerate(entries) if n not in dropped]


def _event_of(art: Article | None, sentence: str) -> Event | None:
    text = _norm(sentence)
    return next((ev for ev in (art.events if art else []) if ev.date and _norm(ev.text) == text), None)


@cache
def _holiday_names() -> re.Pattern[str]:
    from linimasa.lang.id import timex as T

    names = {*T.FIXED_HOLIDAYS, *T.ISLAMIC_HOLIDAYS, *T.LUNAR_NEW_YEAR_NAMES}
    return re.compile(r"(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b", re.I)


@cache
def _season_cue() -> re.Pattern[str]:
    from linimasa.lang.id.summary import HOLIDAY_SEASON_CUES

    cues = "|".join(sorted(map(re.escape, HOLIDAY_SEASON_CUES), key=len, reverse=True))
    return re.compile(r"\b(?:" + cues + r")\s+(?:\w+\s+){0,1}$", re.I)


@cache
def _stretch_cue() -> re.Pattern[str]:
    from linimasa.lang.id.summary import STRETCH_END_CUES

    cues = "|".join(sorted(map(re.escape, STRETCH_END_CUES), key=len, reverse=True))
    return re.compile(r"\b(?:" + cues + r")\s+(?:tanggal\s+)?$", re.I)


def _stretch_end(art: Article, t) -> bool:
    """Is the timex the end of a stretch a figure covers ("dalam pekan yang berakhir 19 Desember")?"""
    return bool(_stretch_cue().search(art.body[max(0, t.start - 40):t.start]))


def _stretch_dated(art: Article, ev: Event) -> bool:
    """Is the event dated only by days that end a stretch?"""
    assert ev.date is not None
    dating = [t for t in art.timexes if ev.start <= t.start < ev.end and t.value[:10] == ev.date.value[:10]]
    return bool(dating) and ev.date.source == "timex" and all(_stretch_end(art, t) for t in dating)


def _seasonal(art: Article, ev: Event) -> bool:
    """Is the event dated only by a holiday named as a season ("menjelang Natal", "perayaan Natal dan Tahun Baru")?"""
    assert ev.date is not None
    dating = [t for t in art.timexes if ev.start <= t.start < ev.end and t.value[:10] == ev.date.value[:10]]
    if not dating:
        return False
    for t in dating:
        name = _holiday_names().match(t.text)
        if not name or re.search(r"\d", t.text[name.end():].split(" tahun")[0]):
            return False  # a day with a number ("25 Desember"), or not a holiday: a dated happening
        if not _season_cue().search(art.body[max(0, t.start - 40):t.start]):
            return False  # "pada Natal", "saat Lebaran": that day
    return True


def _contradicted(t) -> bool:
    """Does a written date disagree with the weekday written beside it ("Rabu (14/12/2014)", a Sunday)?"""
    weekday = _weekday(t.text)
    if weekday is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value[:10]) or not re.search(r"\d", t.text):
        return False
    return dt.date.fromisoformat(t.value[:10]).isoweekday() != weekday


def _misprinted(art: Article, ev: Event) -> str | None:
    """The day a sentence means when its written date and its weekday disagree ("Rabu (14/12/2014)" on a page of
    Thursday 25 December): that weekday in the week up to the page's publication day. None when they agree, or
    when the page has no publication day to read the weekday from."""
    assert ev.date is not None
    published = (art.published.value or "")[:10]
    if ev.date.precision not in ("day", "hour", "minute") or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        return None
    for t in art.timexes:
        if not (ev.start <= t.start < ev.end and t.value[:10] == ev.date.value[:10] and re.search(r"\d", t.text)):
            continue
        weekday = _weekday(t.text)
        if not _contradicted(t):
            continue
        assert weekday is not None
        p = dt.date.fromisoformat(published)
        return (p - dt.timedelta(days=(p.isoweekday() - weekday) % 7)).isoformat()
    return None


def _read_days(entries: list[TimelineEntry], articles: list[Article]) -> list[TimelineEntry]:
    """Sources dated only by a holiday named as a season or by the day a stretch ends leave their entries, and a source whose written date
    its weekday contradicts moves to the day the weekday names; entries left with no source go."""
    by_id = {a.id: a for a in articles}
    out, moved = [], []
    for e in entries:
        keep = []
        for s in e.sources:
            art = by_id.get(s.article)
            ev = _event_of(art, s.sentence)
            if art and ev and (_seasonal(art, ev) or _stretch_dated(art, ev)):
                continue
            day = _misprinted(art, ev) if art and ev else None
            if day and day != e.date[:10]:
                moved.append(TimelineEntry(date=day, precision="day", summary=s.sentence, type=e.type,
                                           participants=list(ev.participants) if ev else [], location=ev.location if ev
                                           else None, sources=[s], background=e.background))
                continue
            keep.append(s)
        if keep:
            e.sources = keep
            out.append(e)
    return sorted(out + moved, key=lambda e: e.date)


def _lead_reach(art: Article) -> int:
    from linimasa.stories.summaries import LEAD_REACH
    from linimasa.text import sentences as split_sentences

    spans = split_sentences(art.body)
    return spans[min(LEAD_REACH, len(spans)) - 1].end if spans else 0


def _named_days(articles: list[Article], groups: dict[str, str]) -> dict[str, set[str]]:
    """Day (and month named as such) -> the source groups whose text names it as a date of something: not a
    day its weekday contradicts, not the end of a stretch."""
    out: dict[str, set[str]] = {}
    for art in articles:
        for t in art.timexes:
            if t.type not in ("DATE", "TIME") or _contradicted(t) or _stretch_end(art, t):
                continue
            for key in (t.value[:10] if len(t.value) >= 10 else "", t.value if len(t.value) == 7 else ""):
                if key:
                    out.setdefault(key, set()).add(groups.get(art.id, art.id))
    return out


def _side_remark(entry: TimelineEntry, articles: list[Article], groups: dict[str, str],
                 named: dict[str, set[str]] | None = None) -> bool:
    """An entry only one page (or its wire copies) tells, from sentences deep in its body (none in its lead), on a
    day no other page names and that is not the day the page's lead tells, is a side remark of that page's
    copy ("Iraq said on Sunday it would export more"), not a happening of the story. A day the page's lead names
    is the page's news, and so is a day the sentence states in full, with its year; a month of history one page
    alone recalls ("Bahkan pada Juli 2008, ...") is a side remark too. Only in a story many pages cover
    (`SIDE_REMARK_STORY` independent groups): in a small one a happening one page tells is the rule."""
    if len({groups.get(a.id, a.id) for a in articles}) < SIDE_REMARK_STORY:
        return False
    by_id = {a.id: a for a in articles}
    own = [s for s in entry.sources if not getattr(s, "inferred", False)]
    pages = {s.article for s in own}
    if not own or len({groups.get(p, p) for p in pages}) > 1:
        return False
    from linimasa.stories.summaries import lead_day

    day = entry.date[:10] if entry.precision == "day" else entry.date[:7]
    for s in own:
        art = by_id.get(s.article)
        ev = _event_of(art, s.sentence)
        if art is None or ev is None or ev.start <= _lead_reach(art) or (lead_day(art) or "")[:len(day)] == day:
            return False
        if any(t.start < _lead_reach(art) and len(t.value) == 10 and t.value[:len(day)] == day for t in art.timexes):
            return False  # the page's lead names the day ("..., after it failed to rally yesterday"; a time of day
                          # there is most often the local clock's restatement: "Selasa waktu setempat (Rabu pagi WIB)")
        if entry.precision == "day" and any(ev.start <= t.start < ev.end and t.value[:len(day)] == day
                                            and t.value[:4] in t.text for t in art.timexes):
            return False  # the sentence states the day in full ("Minggu (16/3/2025)"): the page means it as news
    mine = {groups.get(p, p) for p in pages}
    named = _named_days(articles, groups) if named is None else named
    return not named.get(day, set()) - mine  # another page names the day (the month itself): the story comes back to it


VAGUE = ("year", "half", "quarter", "season", "week")  # precisions too coarse to place a happening of the story


def _a_happening(entry: TimelineEntry) -> bool:
    """A chronology lists happenings: an entry dated only to a year, quarter or week that is not history
    ("this year", "by the end of the year", "last week's figures") is a passing reference, not one; so is a
    month every source names only as the start of a stretch ("turun 50 persen sejak Juni")."""
    if entry.background:
        return True
    if entry.precision in VAGUE:
        return False
    return not (entry.precision == "month" and entry.sources
                and all(_since(s.sentence, entry.date) for s in entry.sources))


@cache
def _since_pattern() -> re.Pattern[str]:
    months = "|".join(sorted(map(re.escape, MONTHS_FULL), key=len, reverse=True))
    cues = "|".join(sorted(map(re.escape, lexicon.START_CUES), key=len, reverse=True))
    return re.compile(r"\b(?:" + cues + r")\s+(?:\w+\s+){0,2}?(?P<month>" + months + r")\b", re.I)


def _since(sentence: str, month: str) -> bool:
    """Does the sentence name the entry's month only after a start cue ("sejak Juni")?"""
    wanted = int(month[5:7])
    named = [m for m in _since_pattern().finditer(sentence) if MONTHS_FULL[m.group("month").lower()] == wanted]
    return bool(named)


def _resummarise(entries: list[TimelineEntry], articles: list[Article]) -> None:
    """Each entry's summary: the sentence its sources agree on most, compressed (`stories.summaries`)."""
    from linimasa.stories import summaries

    by_id = {a.id: a for a in articles}
    weights = summaries.Weights(articles)
    leads = {a.id: summaries.lead_day(a) for a in articles}
    for e in entries:
        summaries.summarise(e, by_id, weights, leads)


# -- dating across documents ---------------------------------------------------------------------

def _day_month(hint: str | None) -> tuple[int, int] | None:
    """(month, day) of a hint such as "27 November" (a date whose year the page never gave)."""
    numeric = re.search(r"\b(\d{1,2})/(\d{1,2})\b", hint or "")
    if numeric and 1 <= int(numeric.group(1)) <= 31 and 1 <= int(numeric.group(2)) <= 12:
        return int(numeric.group(2)), int(numeric.group(1))  # "(19/11)": day and month, Indonesian order
    words = _WORD.findall((hint or "").lower())
    for a, b in zip(words, words[1:], strict=False):
        if a.isdigit() and b in MONTHS_FULL and 1 <= int(a) <= 31:
            return MONTHS_FULL[b], int(a)
    return None


def _relative_day(hint: str | None, article: Article) -> str | None:
    """The day a relative hint ("kemarin", "sore ini") names on a page without a publication date that names
    exactly one day in full elsewhere (the day it was written): None otherwise."""
    from linimasa.lang.id.summary import RELATIVE_DAY_HINTS

    offset = RELATIVE_DAY_HINTS.get(" ".join((hint or "").lower().split()))
    if offset is None or article.published.value:
        return None
    stated = _stated_days(article)
    if len(stated) != 1:
        return None
    return (dt.date.fromisoformat(next(iter(stated))) + dt.timedelta(days=offset)).isoformat()


def _weekday(hint: str | None) -> int | None:
    for w in _WORD.findall((hint or "").lower().replace("'", "").replace("’", "")):
        if w in WEEKDAYS_FULL:
            return WEEKDAYS_FULL[w]
    return None


def _own_days(article: Article) -> list[int]:
    """The days the page itself dates (its explicit dates): they tell when it was written."""
    return sorted({dt.date.fromisoformat(ev.date.value[:10]).toordinal() for ev in article.events
                   if ev.date and ev.date.precision in ("day", "hour", "minute") and not ev.background
                   and ev.date.source in ("timex", "narrative")})


def _stated_days(article: Article) -> set[str]:
    """The days a page names in full, with day, month and year in its own words ("Kamis (28/11/2013)",
    "5 Desember 2013"): a weekday, a relative day or a bare day-month is no such statement."""
    text_start = min((ev.start for ev in article.events), default=0)  # a header's date line says when it appeared
    return {t.value[:10] for t in article.timexes if t.type in ("DATE", "TIME") and t.start >= text_start
            and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value[:10]) and t.value[:4] in t.text}


def _fits(entry: TimelineEntry, weekday: int | None, article: Article, own: list[int],
          day_month: tuple[int, int] | None = None) -> bool:
    if entry.precision != "day" or entry.background:
        return False
    day = dt.date.fromisoformat(entry.date[:10])
    if weekday is not None and day.isoweekday() != weekday:
        return False
    if day_month is not None:
        return (day.month, day.day) == day_month  # the page gave the day; the story gives the year
    if own and min(abs(day.toordinal() - d) for d in own) > WINDOW:
        return False  # a page that dates its own story to one week does not report a day months away
    published = article.published.value
    return not (published and entry.date[:10] > published[:10])


@dataclass
class _Witness:
    article: Article
    sentence: str
    words: set[str]
    stated: bool  # the sentence states its date itself (not only the page's publication date)


def _witnesses(entries: list[TimelineEntry], articles: list[Article]) -> list[list[_Witness]]:
    """Per entry, the sentences that date it: its sources' sentences and their other events of that day."""
    by_id = {a.id: a for a in articles}
    out = []
    for e in entries:
        seen, found = set(), []
        for src in e.sources:
            art = by_id.get(src.article)
            if art is None or getattr(src, "inferred", False):
                continue
            for ev in art.events:
                if ev.date and ev.date.precision != "month" and ev.date.value[:10] == e.date[:10]:
                    t = re.sub(r"\s+", " ", ev.text).strip()
                    if (art.id, t) not in seen:
                        seen.add((art.id, t))
                        found.append(_Witness(art, t, _words(t), ev.date.source != "reported"))
        out.append(found)
    return out


class _Weights:
    """Inverse document frequency of words over the story's event sentences: the story's own name
    ("the ferry", "the search team") says little about which of its happenings a sentence tells."""

    def __init__(self, articles: list[Article]):
        df: Counter = Counter()
        n = 0
        for art in articles:
            for ev in art.events:
                df.update(_words(ev.text))
                n += 1
        self.idf = {w: math.log((1 + n) / (1 + c)) for w, c in df.items()}
        self.default = math.log(1 + n)

    def overlap(self, a: set[str], b: set[str]) -> float:
        """Weighted Dice of two word sets."""
        if not a or not b:
            return 0.0
        w = self.idf.get
        shared = sum(w(x, self.default) for x in a & b)
        return 2 * shared / (sum(w(x, self.default) for x in a) + sum(w(x, self.default) for x in b))


def _evidence_score(ev: Event, entry: TimelineEntry, witnesses: list[_Witness], article: Article,
                    weights: _Weights, stated: bool = False, day_given: bool = False) -> tuple[float, _Witness | None]:
    # a hint that gives day and month leaves only the year open: the entry's kind and place need not agree
    if not day_given and ev.location and entry.location and ev.location != entry.location:
        return 0.0, None
    if not day_given and not _compatible(ev.type, entry.type):
        return 0.0, None
    words = _words(ev.text)
    best, witness = 0.0, None
    for w in witnesses:
        if w.article.id == article.id or (stated and not w.stated):
            continue  # a page does not date itself; a copy of a sentence dated only by its page's day says
                      # when that page appeared, not when the happening was
        score = weights.overlap(words, w.words)
        if score > best:
            best, witness = score, w
    if witness is None:
        return 0.0, None
    shared = len(set(ev.participants) & set(entry.participants))
    return best + 0.05 * min(shared, 3) + (0.05 if ev.location and ev.location == entry.location else 0.0), witness


def _compatible(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in lexicon.COMPATIBLE)


def _infer(timeline: Timeline, articles: list[Article]) -> None:
    """Give undated events the date of the entry of other pages that reports the same happening."""
    groups: dict[tuple[str, str | None], list[tuple[Article, Event]]] = {}
    for art in articles:
        for ev in art.events:
            if ev.date is None and not ev.background:
                groups.setdefault((art.id, (ev.hint or "").lower() or None), []).append((art, ev))
    if not groups:
        return
    weights = _Weights(articles)
    witnesses = _witnesses(timeline.entries, articles)
    inferred: set[tuple[str, str]] = set()
    for (aid, hint), members in groups.items():
        weekday = _weekday(hint)
        own = _own_days(members[0][0])
        # a weekday on a page that dates itself to some week names one day; a weekday alone (one in seven
        # of a story's days), "kemarin" on a page without a date, or no hint at all does not
        day_month = _day_month(hint)
        need = INFER_WITH_DAY if day_month else INFER_WITH_HINT if weekday is not None and own else INFER_WITHOUT_HINT
        # a sentence with no hint on a page that names its day in full ("..., kata Ali, Kamis (28/11/2013)" in a
        # quote, which dates no event): one of those days, when another page reports the happening on it
        stated = _stated_days(members[0][0]) if hint is None else set()
        if stated:  # one day named: the page's day; several: which one is for the evidence to show
            need = INFER_WITH_HINT if len(stated) == 1 else (INFER_WITH_HINT + INFER_WITHOUT_HINT) / 2
        # "kemarin", "sore ini" on a page that came without a date lean on the one day it names in full elsewhere
        relative = _relative_day(hint, members[0][0])
        if relative:
            stated, need = {relative}, INFER_WITH_HINT
        votes: dict[int, tuple[float, Event, _Witness]] = {}
        for art, ev in members:
            scored = sorted(((*_evidence_score(ev, e, witnesses[n], art, weights, need == INFER_WITHOUT_HINT,
                                               day_month is not None), n)
                             for n, e in enumerate(timeline.entries) if _fits(e, weekday, art, own, day_month)
                             and (not stated or e.date[:10] in stated)),
                            key=lambda x: -x[0])
            if not scored or scored[0][0] < need:
                continue
            best, witness, n = scored[0]
            if witness is None:
                continue
            if len(scored) > 1 and scored[1][0] > best - MARGIN and timeline.entries[scored[1][2]].date != \
                    timeline.entries[n].date:
                continue  # another day fits nearly as well: no date
            if n not in votes or best > votes[n][0]:
                votes[n] = (best, ev, witness)
        if not votes:
            continue
        if hint is not None and len({timeline.entries[n].date for n in votes}) > 1:
            continue  # one hint of one page is one day: evidence that disagrees dates nothing
        art = members[0][0]
        for n, (_score, ev, witness) in votes.items():
            entry = timeline.entries[n]
            entry.sources.append(InferredRef(
                article=art.id, source=art.source, title=art.title, sentence=re.sub(r"\s+", " ", ev.text).strip(),
                evidence={"article": witness.article.id, "source": witness.article.source, "title": witness.article.title,
                          "sentence": witness.sentence, "date": entry.date}))
            inferred.add((aid, hint or ""))
    if inferred:
        timeline.undated = [u for u in timeline.undated
                            if (u.sources[0].article, (u.hint or "").lower()) not in inferred]


def _norm(text: str) -> str:
    return " ".join(text.split())


def _redate_guessed(entries: list[TimelineEntry], articles: list[Article]) -> list[TimelineEntry]:
    """A page that came without a date and whose publication date was guessed from its body dates the sentences
    its text leaves undated by that guess. When the page names another day in full and another page reports the
    same happening on that day, the sentence moves there, marked inferred with the evidence (the page's own
    publication date stays as it is)."""
    guessed = [a for a in articles if a.published.inferred and a.published.value]
    if not guessed:
        return entries
    weights = _Weights(articles)
    witnesses = _witnesses(entries, articles)
    moves = []
    for art in guessed:
        stated = _stated_days(art) - {(art.published.value or "")[:10]}
        if not stated:
            continue
        need = INFER_WITH_HINT if len(stated) == 1 else (INFER_WITH_HINT + INFER_WITHOUT_HINT) / 2
        for ev in art.events:
            if not ev.date or ev.date.source != "reported" or ev.background:
                continue
            text = _norm(ev.text)
            here = [n for n, e in enumerate(entries) if any(s.article == art.id and _norm(s.sentence) == text
                                                            and not getattr(s, "inferred", False) for s in e.sources)]
            scored = sorted(((*_evidence_score(ev, e, witnesses[n], art, weights), n) for n, e in enumerate(entries)
                             if e.precision == "day" and not e.background and e.date[:10] in stated),
                            key=lambda x: -x[0])
            if not scored or scored[0][0] < need:
                continue
            best, witness, n = scored[0]
            if witness is None:
                continue  # nothing names the evidence: no move
            if len(scored) > 1 and scored[1][0] > best - MARGIN and entries[scored[1][2]].date != entries[n].date:
                continue
            moves.append((here, n, art, text, witness))
    for here, n, art, text, witness in moves:
        for m in here:
            entries[m].sources = [s for s in entries[m].sources if not (s.article == art.id and _norm(s.sentence) == text)]
        entries[n].sources.append(InferredRef(
            article=art.id, source=art.source, title=art.title, sentence=text, outlet=art.outlet,
            published=art.published.value, url=art.url,
            evidence={"article": witness.article.id, "source": witness.article.source, "title": witness.article.title,
                      "sentence": witness.sentence, "date": entries[n].date}))
    return [e for e in entries if e.sources]


def for_story(store, story_id: str, **options) -> Timeline | None:
    """The timeline of one stored story (stories are brought up to date first); None if there is no such story."""
    from linimasa import stories

    det = stories.update(store)  # in memory too, so a read-only store answers for its newest articles
    current = det.resolve(story_id)
    if current not in det.stories:
        return None
    from linimasa import corrections, views

    ids = [item.article for item in sorted(det.stories[current].members, key=lambda it: it.seq)]
    fixes = views.corrections_of(store)  # the user's corrections hold in story timelines too
    result = story_timeline(views.articles(store, ids, fixes), store.near_duplicates(), **options)
    return corrections.apply_timeline(result, fixes)
