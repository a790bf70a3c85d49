"""A story's timeline: one entry per happening, salience from independent sources, dates shared across pages.

`linimasa.timeline.build` clusters the story's events by date; here the entries of one day that
tell one happening become one entry with all its sources and its most central sentence as
summary. An entry's salience counts its independent source groups (near-duplicate wire copies
count once). `top` keeps the K most salient entries, still in date order.

Dating across documents: an event its own page cannot date (an undated page, a bare weekday such
as "Rabu") takes the date of an entry from *other* pages of the story that reports the same
happening — same participants or place, shared wording, and the weekday of the hint when it has
one. It is added to that entry as a source marked `inferred`, with the evidence (the article and
sentence that date it). A page's own publication date is never touched, and a happening no other
page reports stays undated.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from linimasa.lang.id.calendar import WEEKDAYS_FULL
from linimasa.model import Article, Event, SourceRef, Timeline, TimelineEntry
from linimasa.timeline import build

_WORD = re.compile(r"\w+")
SAME_HAPPENING = 0.12   # word overlap (Dice) that joins two entries of one day into one happening
INFER_WITH_HINT = 0.16  # evidence an event with a weekday hint needs to take an entry's date
INFER_WITHOUT_HINT = 0.34  # and an event with no hint at all: it must clearly tell the same thing


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
    entries = _fold_months(_happenings(base.entries))
    _resummarise(entries, articles)
    timeline = Timeline(entries=entries, undated=base.undated, warnings=base.warnings)
    if inference:
        _infer(timeline, articles)
    for e in timeline.entries:
        e.salience = _salience(e, groups)
    if top is not None:
        keep = sorted(timeline.entries, key=lambda e: (-e.salience, e.date))[:top]
        timeline.entries = sorted(keep, key=lambda e: (e.date, -e.salience))
    return timeline


def _groups(articles: list[Article], near_duplicates) -> dict[str, str]:
    parent = {a.id: a.id for a in articles}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b, _sim in near_duplicates:
        if a in parent and b in parent:
            parent[find(a)] = find(b)
    return {a: find(a) for a in parent}


def _salience(entry: TimelineEntry, groups: dict[str, str]) -> float:
    independent = len({groups.get(s.article, s.article) for s in entry.sources})
    return round(independent + 0.25 * min(4, len(entry.participants)) + (0 if entry.background else 1), 2)


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
    if a.type == b.type or set(a.participants) & set(b.participants) or (a.location and a.location == b.location):
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
    types = Counter()
    for e in happening:
        types[e.type] += len(e.sources)
    return TimelineEntry(date=happening[0].date, precision=happening[0].precision,
                         summary=_central([e.summary for e in happening] + [s.sentence for s in sources]),
                         type=types.most_common(1)[0][0], participants=[p for p, _ in participants.most_common()],
                         location=locations.most_common(1)[0][0] if locations else None,
                         sources=sources, background=happening[0].background)


def _central(sentences: list[str], voters: list[str] = ()) -> str:
    """The sentence that shares most words with the others and with the headlines: what the sources agree happened."""
    texts = list(dict.fromkeys(s for s in sentences if s))
    bags = [_words(t) for t in texts]
    heads = [_words(v) for v in voters if v]

    def score(i: int) -> float:
        t = texts[i]
        quoted = t[:1] in "\"“”'" or t.count("\"") + t.count("“") >= 2
        agree = sum(_dice(bags[i], bags[j]) for j in range(len(texts)) if j != i)
        agree += 2 * sum(_dice(bags[i], h) for h in heads)
        return agree - (0.5 if quoted else 0) - abs(len(t) - 180) / 1000
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


def _resummarise(entries: list[TimelineEntry], articles: list[Article]) -> None:
    """Pick each entry's summary among its sources' sentences, voted by their headlines (wider pools scored worse)."""
    by_id = {a.id: a for a in articles}
    for e in entries:
        pool = [e.summary]
        titles = []
        for s in e.sources:
            art = by_id.get(s.article)
            if art is None:
                continue
            titles.append(art.title or "")
            pool.append(s.sentence)
        e.summary = _central([re.sub(r"\s+", " ", t).strip() for t in pool], titles)


# -- dating across documents ---------------------------------------------------------------------

def _weekday(hint: str | None) -> int | None:
    for w in _WORD.findall((hint or "").lower().replace("'", "").replace("’", "")):
        if w in WEEKDAYS_FULL:
            return WEEKDAYS_FULL[w]
    return None


def _fits(entry: TimelineEntry, weekday: int | None, article: Article) -> bool:
    if entry.precision != "day" or entry.background:
        return False
    if any(s.article == article.id for s in entry.sources):
        return False  # a page does not date itself through its own other sentences
    day = dt.date.fromisoformat(entry.date[:10])
    if weekday is not None and day.isoweekday() != weekday:
        return False
    published = article.published.value
    return not (published and entry.date[:10] > published[:10])


def _evidence_score(ev: Event, entry: TimelineEntry) -> float:
    if ev.location and entry.location and ev.location != entry.location:
        return 0.0
    words = _words(ev.text)
    best = max((_dice(words, _words(s.sentence)) for s in entry.sources), default=0.0)
    shared = len(set(ev.participants) & set(entry.participants))
    return best + 0.08 * min(shared, 3) + (0.05 if ev.location and ev.location == entry.location else 0.0)


def _infer(timeline: Timeline, articles: list[Article]) -> None:
    """Give undated events the date of the entry of other pages that reports the same happening."""
    groups: dict[tuple[str, str | None], list[tuple[Article, Event]]] = {}
    for art in articles:
        for ev in art.events:
            if ev.date is None and not ev.background:
                groups.setdefault((art.id, (ev.hint or "").lower() or None), []).append((art, ev))
    inferred: set[tuple[str, str]] = set()
    for (aid, hint), members in groups.items():
        weekday = _weekday(hint)
        need = INFER_WITHOUT_HINT if hint is None else INFER_WITH_HINT
        if hint is not None and weekday is None:
            need = INFER_WITHOUT_HINT  # "kemarin" with no page date says nothing about the day
        votes: dict[int, tuple[float, Event]] = {}
        for art, ev in members:
            scored = sorted(((_evidence_score(ev, e), n) for n, e in enumerate(timeline.entries)
                             if _fits(e, weekday, art)), reverse=True)
            if not scored or scored[0][0] < need:
                continue
            if len(scored) > 1 and scored[1][0] > scored[0][0] - 0.05 and \
                    timeline.entries[scored[1][1]].date != timeline.entries[scored[0][1]].date:
                continue  # two different days fit as well: no date
            best, n = scored[0]
            if n not in votes or best > votes[n][0]:
                votes[n] = (best, ev)
        if not votes:
            continue
        days = {timeline.entries[n].date for n in votes}
        if hint is not None and len(days) > 1:
            continue  # one hint of one page is one day: evidence that disagrees dates nothing
        art = members[0][0]
        for n, (_score, ev) in votes.items():
            entry = timeline.entries[n]
            witness = max(entry.sources, key=lambda s: _dice(_words(ev.text), _words(s.sentence)))
            entry.sources.append(InferredRef(
                article=art.id, source=art.source, title=art.title, sentence=re.sub(r"\s+", " ", ev.text).strip(),
                evidence={"article": witness.article, "source": witness.source, "sentence": witness.sentence,
                          "date": entry.date}))
            inferred.add((aid, hint or ""))
    if inferred:
        timeline.undated = [u for u in timeline.undated
                            if (u.sources[0].article, (u.hint or "").lower()) not in inferred]


def for_story(store, story_id: str, **options) -> Timeline | None:
    """The timeline of one stored story (stories are brought up to date first); None if there is no such story."""
    from linimasa import stories

    stories.update(store)
    current = stories.resolve(store, story_id)
    if current is None:
        return None
    ids = stories.members(store, current)
    return story_timeline(list(store.articles(ids)), store.near_duplicates(), **options)
