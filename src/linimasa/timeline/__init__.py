"""Story timelines: events of many articles clustered into dated entries that cite their sources.

Only events dated by the text (a TIMEX3 or the narrative's reference time) become entries;
events the text dates with an unresolvable expression go to `undated` with that hint. Of the
events only "reported" on the article's accepted DCT, the article's lead event (its first event, in
the first paragraph) is placed on the DCT's day, as the news of that day; the others stay out
(`linimasa events` lists them). A rejected or absent DCT never dates anything.
Clustering is blocked by date, so it grows with the number of events, not their square.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from linimasa.lang.id import events as lexicon
from linimasa.model import Article, Event, EventDate, SourceRef, Timeline, TimelineEntry, UndatedEntry

_WORD = re.compile(r"\w+")
SIMILAR_WORDS = 0.35


def build(articles: Iterable[Article], *, entity: list[str] | None = None, query: str | None = None,
          date_from: str | None = None, date_to: str | None = None,
          near_duplicates: Iterable[tuple[str, str, float]] = ()) -> Timeline:
    articles = list(articles)
    canon = _canonical_names(articles)
    groups = _source_groups(articles, near_duplicates)
    wanted = _entity_filter(entity, canon)
    timeline = Timeline(warnings=_warnings(articles))
    blocks: dict[str, list[tuple[Article, Event]]] = defaultdict(list)
    for art in articles:
        for n, ev in enumerate(art.events):
            # an article's lead event that only its accepted DCT dates is the news it reports that day
            lead = n == 0 and "\n\n" not in art.body[:ev.start].strip()
            ev_names = [canon.get((art.id, _fold(p)), p) for p in ev.participants]
            ev = Event(**{**ev.__dict__, "participants": list(dict.fromkeys(ev_names))})
            if wanted is not None and not wanted & {_fold(p) for p in ev.participants} \
                    and not any(alias in _fold(ev.text) for alias in wanted):
                continue
            if query and query.lower() not in ev.text.lower():
                continue
            if ev.date and (ev.date.source in ("timex", "narrative", "corrected") or (ev.date.source == "reported" and lead)):
                if _in_range(ev.date.value[:10], date_from, date_to):
                    blocks[ev.date.value[:10]].append((art, ev))
            elif ev.date is None and ev.hint and not (date_from or date_to):
                timeline.undated.append(UndatedEntry(summary=_clean(ev.text), hint=ev.hint,
                                                     participants=ev.participants, location=ev.location,
                                                     sources=[_ref(art, ev)]))
    for value, members in blocks.items():
        for cluster in _cluster(members):
            timeline.entries.append(_entry(value, cluster, groups, wanted))
    timeline.entries.sort(key=lambda e: (e.date, -e.salience))
    timeline.undated = _merge_undated(timeline.undated)
    if wanted is None and not (query or date_from or date_to):
        timeline.warnings += _unplaced(articles, timeline)
    return timeline


def _unplaced(articles: list[Article], timeline: Timeline) -> list[str]:
    """A page with events of which none reached the timeline is named: an empty story is never silent."""
    cited = {s.article for entry in timeline.entries for s in entry.sources}
    cited |= {s.article for undated in timeline.undated for s in undated.sources}
    return [f"{a.source}: no timeline entry from its {len(a.events)} event{'s' * (len(a.events) > 1)}, as its "
            f"text dates none of them ('linimasa events' lists them)" for a in articles if a.events and a.id not in cited]


def _fold(s: str) -> str:
    return " ".join(_WORD.findall(s.lower()))


def _canonical_names(articles: list[Article]) -> dict[tuple[str, str], str]:
    """(article id, folded surface name) -> canonical name across all articles."""
    try:
        from linimasa.entities.canonical import merge
    except ImportError:
        return {}
    out: dict[tuple[str, str], str] = {}
    for ent in merge(articles):
        for aid in ent["articles"]:
            for alias in ent["aliases"]:
                out.setdefault((aid, _fold(alias)), ent["name"])
    return out


def _entity_filter(entity: list[str] | None, canon: dict[tuple[str, str], str]) -> set[str] | None:
    """Every folded alias of the entities asked for: any alias works."""
    if not entity:
        return None
    asked = {_fold(e) for e in entity}
    names = {name for (_aid, alias), name in canon.items() if alias in asked or _fold(name) in asked}
    aliases = {alias for (_aid, alias), name in canon.items() if name in names}
    return asked | {_fold(n) for n in names} | aliases


def _source_groups(articles: list[Article], near_duplicates) -> dict[str, str]:
    """Article id -> id of its source group: wire copies of one story on several sites count once."""
    parent = {a.id: a.id for a in articles}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b, _sim in near_duplicates:
        if a in parent and b in parent:
            parent[find(a)] = find(b)
    return {a: find(a) for a in parent}


def _in_range(value: str, date_from: str | None, date_to: str | None) -> bool:
    # Partial dates compare by overlap at their precision: "2021" is inside --from 2021-06.
    if date_from and value < date_from[: len(value)]:
        return False
    return not (date_to and value[: len(date_to)] > date_to)


def _compatible(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in lexicon.COMPATIBLE)


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) > 3}


REPRESENTATIVES = 4  # members of a cluster a new event is compared with: keeps a busy day linear


def _cluster(members: list[tuple[Article, Event]]) -> list[list[tuple[Article, Event]]]:
    clusters: list[tuple[list[tuple[Article, Event]], set[str]]] = []
    for art, ev in members:
        words = _words(ev.text)
        for cluster, article_ids in clusters:
            # one article's events on one day always join (see _same_event); others meet a few representatives
            if art.id in article_ids or any(_same_event(ev, words, other, False)
                                            for _a, other in cluster[:REPRESENTATIVES]):
                cluster.append((art, ev))
                article_ids.add(art.id)
                break
        else:
            clusters.append(([(art, ev)], {art.id}))
    return [cluster for cluster, _ids in clusters]


def _dated(ev: Event) -> EventDate:
    """The date of an event in a dated block (only dated events are put in one)."""
    assert ev.date is not None
    return ev.date


def _same_event(ev: Event, words: set[str], other: Event, same_article: bool) -> bool:
    if same_article and "narrative" in (_dated(ev).source, _dated(other).source):
        return True  # a sentence dated only by the paragraph's narrative continues that event
    if not _compatible(ev.type, other.type) and not same_article:
        return False
    shared = set(ev.participants) & set(other.participants)
    other_words = _words(other.text)
    overlap = len(words & other_words) / max(1, min(len(words), len(other_words)))
    if _dated(ev).precision != "day":  # a month or a year holds many events: ask for more
        return (ev.type == other.type and len(shared) >= 1 and overlap >= SIMILAR_WORDS) or overlap >= 0.6
    if same_article:
        return True  # one article's events on one day are one happening told in several sentences
    return len(shared) >= 2 or (len(shared) == 1 and overlap >= 0.2) or overlap >= 0.5


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _ref(art: Article, ev: Event) -> SourceRef:
    return SourceRef(article=art.id, source=art.source, title=art.title, sentence=_clean(ev.text))


def _summary(events: list[Event]) -> str:
    def clarity(ev: Event) -> tuple:
        text = _clean(ev.text)
        quoted = text[:1] in "\"“”'" or text.count("\"") + text.count("“") >= 2
        return (quoted, _dated(ev).source != "timex", -len(ev.participants), abs(len(text) - 180))

    return _clean(min(events, key=clarity).text)


def _entry(value: str, cluster: list[tuple[Article, Event]], groups: dict[str, str],
           wanted: set[str] | None) -> TimelineEntry:
    events = [ev for _a, ev in cluster]
    participants = Counter(p for ev in events for p in ev.participants)
    locations = Counter(ev.location for ev in events if ev.location)
    types = Counter(ev.type for ev in events)
    sources: list[SourceRef] = []
    seen: set[str] = set()
    for art, ev in sorted(cluster, key=lambda ae: (_dated(ae[1]).source != "timex", ae[1].start)):
        if art.id not in seen:
            seen.add(art.id)
            sources.append(_ref(art, ev))
    independent = len({groups.get(s.article, s.article) for s in sources})
    background = all(ev.background for ev in events)
    matches = len({_fold(p) for p in participants} & wanted) if wanted else 0
    return TimelineEntry(
        date=value, precision=_dated(events[0]).precision, summary=_summary(events),
        type=max(types, key=lambda t: (types[t], -lexicon.PRIORITY.index(t))),
        participants=[p for p, _ in participants.most_common()],
        location=locations.most_common(1)[0][0] if locations else None,
        sources=sources, background=background,
        salience=round(independent + 0.5 * len(participants) + matches + (0 if background else 1), 2))


def _merge_undated(items: list[UndatedEntry]) -> list[UndatedEntry]:
    """One undated entry per article and hint: the sentences of one unresolvable day belong together."""
    merged: dict[tuple[str, str], UndatedEntry] = {}
    for item in items:
        key = (item.sources[0].article, (item.hint or "").lower())
        if key in merged:
            kept = merged[key]
            kept.participants = list(dict.fromkeys(kept.participants + item.participants))
            kept.location = kept.location or item.location
        else:
            merged[key] = item
    return list(merged.values())


def _warnings(articles: list[Article]) -> list[str]:
    notes = []
    for a in articles:
        for c in a.published.conflicts:
            notes.append(f"{a.source}: publication date {c.value} ({c.source}) rejected: {c.reason}")
        if not a.published.value:
            notes.append(f"{a.source}: no publication date; only events the text dates itself are placed")
    return notes
