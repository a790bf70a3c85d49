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
import sys
import types
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache
from typing import Any

from linimasa.events import period_bounds, period_end, period_start
from linimasa.lang.id import events as lexicon
from linimasa.lang.id import summary as summary_lexicon
from linimasa.model import Article, Event, EventDate, SourceRef, Timeline, TimelineEntry, UndatedEntry

_WORD = re.compile(r"\w+")
SIMILAR_WORDS = 0.35


class _Names:
    """Canonical names as the timeline asks for them; `build` merges its own articles unless given others."""

    def __init__(self, canon: dict[tuple[str, str], str]) -> None:
        self.canon = canon

    def get(self, key: tuple[str, str], default: str) -> str:
        """The canonical name of folded surface form key[1] in article key[0]."""
        return self.canon.get(key, default)

    def wanted(self, entity: list[str] | None) -> set[str] | None:
        return _entity_filter(entity, self.canon)


class _Meta:
    """What an entry keeps of an article once its events were read: the source it cites, not the text."""

    __slots__ = ("id", "source", "title", "outlet", "published", "url")

    def __init__(self, art: Article) -> None:
        self.id, self.source, self.title, self.outlet = art.id, art.source, art.title, art.outlet
        self.published, self.url = art.published.value, art.url


def build(articles: Iterable[Article], *, entity: list[str] | None = None, query: str | None = None,
          date_from: str | None = None, date_to: str | None = None,
          near_duplicates: Iterable[tuple[str, str, float]] = (), canonical: Any = None) -> Timeline:
    """The timeline of `articles`. With `canonical` (an object with `get((article id, folded form), default)`
    and `wanted(entity)`, e.g. the store's canonical entities), articles are read once, one at a time, and
    only what the entries cite is kept; without it the entities of `articles` are merged here first."""
    if canonical is None:
        articles = list(articles)
        canonical = _Names(_canonical_names(articles))
    wanted = canonical.wanted(entity)
    timeline = Timeline()
    blocks: dict[str, list[tuple[_Meta, Event, str, tuple]]] = defaultdict(list)
    undated: list[tuple[_Meta, Event, str]] = []
    ids: list[str] = []
    with_events: list[tuple[str, str, int]] = []
    for art in articles:
        ids.append(art.id)
        timeline.warnings += _warnings([art])
        if art.events:
            with_events.append((art.id, art.source, len(art.events)))
        meta = _Meta(art)
        for n, ev in enumerate(art.events):
            # an article's lead event that only its accepted DCT dates is the news it reports that day
            lead = n == 0 and "\n\n" not in art.body[:ev.start].strip()
            ev_names = [canonical.get((art.id, _fold(p)), p) for p in ev.participants]
            ev = Event(**{**ev.__dict__, "participants": list(dict.fromkeys(ev_names))})
            if wanted is not None and not wanted & {_fold(p) for p in ev.participants} \
                    and not any(alias in _fold(ev.text) for alias in wanted):
                continue
            if query and query.lower() not in ev.text.lower():
                continue
            if ev.date and (ev.date.source in ("timex", "narrative", "corrected") or (ev.date.source == "reported" and lead)):
                if _in_range(ev.date.value[:10], date_from, date_to):
                    # the summary and its rank need the article's text: computed now, so the article can go
                    blocks[ev.date.value[:10]].append((meta, ev, *_summary_and_rank(art, ev)))
            elif ev.date is None and ev.hint and not (date_from or date_to):
                undated.append((meta, ev, summarise(art, ev)))
    near = [n for n in near_duplicates]
    groups = _Groups(wire_groups(near, ids))
    for meta, ev, summary in undated:
        timeline.undated.append(UndatedEntry(summary=summary, hint=ev.hint, participants=ev.participants,
                                             location=ev.location, sources=[_ref(meta, ev, groups)]))
    for value, members in blocks.items():
        ranked = {id(ev): (summary, rank) for _m, ev, summary, rank in members}
        for cluster in _cluster([(m, ev) for m, ev, _s, _r in members]):
            timeline.entries.append(_entry(value, cluster, groups, wanted, ranked))
    # a week, a quarter or a year sorts at its first day, before the days inside it
    timeline.entries.sort(key=lambda e: (period_start(e.date), period_end(e.date), -e.salience))
    timeline.undated = _merge_undated(timeline.undated)
    if wanted is None and not (query or date_from or date_to):
        cited = {s.article for entry in timeline.entries for s in entry.sources}
        cited |= {s.article for item in timeline.undated for s in item.sources}
        timeline.warnings += [f"{source}: no timeline entry from its {n} event{'s' * (n > 1)}, as its text dates "
                              f"none of them ('linimasa events' lists them)" for aid, source, n in with_events
                              if aid not in cited]
    return timeline


class _Groups(dict):
    """Article id -> source group, with each group's size counted once (not per cited source)."""

    def __init__(self, groups: dict[str, str]) -> None:
        super().__init__(groups)
        self.sizes = Counter(groups.values())


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
    return wire_groups(near_duplicates, [a.id for a in articles])


def wire_groups(near_duplicates, ids: Iterable[str] | None = None) -> dict[str, str]:
    """Article id -> id of its source group: wire copies of one story on several sites count once
    (the store links near-duplicates at ingest; the group is named by one of its articles). With `ids`,
    only those articles and the links between them; without, every linked article."""
    parent = {a: a for a in ids} if ids is not None else {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for a, b, _sim in near_duplicates:
        if ids is None or (a in parent and b in parent):
            parent[find(a)] = find(b)
    return {a: find(a) for a in parent}


def _in_range(value: str, date_from: str | None, date_to: str | None) -> bool:
    # Periods compare by overlap: "2021" is inside --from 2021-06, and so is the week 2021-W23.
    first, last = period_bounds(value)
    try:
        if date_from and last < period_bounds(date_from)[0]:
            return False
        return not (date_to and first > period_bounds(date_to)[1])
    except (AttributeError, ValueError):  # a bound that is no date: compare as text, as before
        if date_from and value < date_from[: len(value)]:
            return False
        return not (date_to and value[: len(date_to)] > date_to)


def _compatible(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in lexicon.COMPATIBLE)


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) > 3}


REPRESENTATIVES = 4  # members of a cluster a new event is compared with: keeps a busy day linear


def _cluster(members: list[tuple[Any, Event]]) -> list[list[tuple[Any, Event]]]:
    # each cluster: its members, their article ids, the words of its representatives (found once, not per test)
    clusters: list[tuple[list[tuple[Any, Event]], set[str], list[set[str]]]] = []
    for art, ev in members:
        words = _words(ev.text)
        for cluster, article_ids, rep_words in clusters:
            # one article's events on one day always join (see _same_event); others meet a few representatives
            if art.id in article_ids or any(_same_event(ev, words, other, False, other_words)
                                            for (_a, other), other_words in zip(cluster, rep_words, strict=False)):
                cluster.append((art, ev))
                article_ids.add(art.id)
                if len(rep_words) < REPRESENTATIVES:
                    rep_words.append(words)
                break
        else:
            clusters.append(([(art, ev)], {art.id}, [words]))
    return [cluster for cluster, _ids, _words_ in clusters]


def _dated(ev: Event) -> EventDate:
    """The date of an event in a dated block (only dated events are put in one)."""
    assert ev.date is not None
    return ev.date


def _same_event(ev: Event, words: set[str], other: Event, same_article: bool,
                other_words: set[str] | None = None) -> bool:
    if same_article and "narrative" in (_dated(ev).source, _dated(other).source):
        return True  # a sentence dated only by the paragraph's narrative continues that event
    if not _compatible(ev.type, other.type) and not same_article:
        return False
    shared = set(ev.participants) & set(other.participants)
    if other_words is None:
        other_words = _words(other.text)
    overlap = len(words & other_words) / max(1, min(len(words), len(other_words)))
    if _dated(ev).precision != "day":  # a month or a year holds many events: ask for more
        return (ev.type == other.type and len(shared) >= 1 and overlap >= SIMILAR_WORDS) or overlap >= 0.6
    if same_article:
        return True  # one article's events on one day are one happening told in several sentences
    return len(shared) >= 2 or (len(shared) == 1 and overlap >= 0.2) or overlap >= 0.5


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _ref(art: Article | _Meta, ev: Event, groups: dict[str, str] | None = None) -> SourceRef:
    groups = groups or {}
    group = groups.get(art.id)
    sizes = getattr(groups, "sizes", None)  # counted once by `build`, else counted here
    shared = group is not None and (sizes[group] if sizes is not None else
                                    sum(1 for g in groups.values() if g == group)) > 1
    published = art.published if isinstance(art, _Meta) else art.published.value
    return SourceRef(article=art.id, source=art.source, title=art.title, sentence=_clean(ev.text),
                     outlet=art.outlet, published=published, url=art.url,
                     group=group if shared else None)


# ---------------------------------------------------------------- summaries that stand alone


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    def alt(words) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    return {
        "dateline": re.compile(r"^(?:" + "|".join(summary_lexicon.DATELINE_PREFIXES) + ")"),
        "credit": re.compile("|".join(summary_lexicon.PHOTO_CREDITS)),
        "outlet": re.compile(summary_lexicon.OUTLET_TEXT),
        "connective": re.compile(r"^(?:" + alt(summary_lexicon.CONNECTIVES) + r")(?![\w-])\s*,?\s*", re.I),
        "anaphoric_time": re.compile(r"^" + summary_lexicon.ANAPHORIC_TIME_OPENER, re.I),
        "person": re.compile(r"^(?:" + alt(summary_lexicon.PERSON_PRONOUNS) + r")(?![\w-])", re.I),
        "frame": re.compile(r"^(?:" + alt(summary_lexicon.PERSON_FRAMES) + r")(?![\w-])", re.I),
        "dependent": re.compile(r"^(?:(?:" + alt(summary_lexicon.DEPENDENT_OPENERS + summary_lexicon.PERSON_PRONOUNS
                                                + list(summary_lexicon.PERSON_FRAMES)) + r")(?![\w-])|"
                                + summary_lexicon.DEMONSTRATIVE_OPENER + ")", re.I),
    }


def scrub(text: str) -> str:
    """A sentence without its dateline/outlet prefix and photo credits ("JAKARTA, KOMPAS.com - ...")."""
    p = _patterns()
    text = _clean(text)
    for _ in range(2):  # "JAKARTA, KOMPAS.com - AFP PHOTO / X ..." carries both
        text = p["dateline"].sub("", text, count=1)
        text = re.sub(r"\s+([.,;:!?])", r"\1", _clean(p["credit"].sub(" ", text)))
    return _capitalise(text)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def half_quote(text: str) -> bool:
    """Does the text hold a quotation mark without its partner?"""
    straight = text.count('"') % 2 == 1
    curly = text.count("“") != text.count("”")
    return straight or curly


def dependent_opener(text: str) -> bool:
    p = _patterns()
    return bool(p["connective"].match(text) or p["dependent"].match(text) or p["anaphoric_time"].match(text))


def _referent(art: Article, ev: Event) -> str | None:
    """The person a sentence-opening pronoun stands for, as the resolver knows it: the speaker of a quote in the
    sentence, else the last person named before it in the same or the previous paragraph."""
    for q in art.quotes:
        if ev.start <= q.start < ev.end and q.speaker:
            return q.speaker
    floor = art.body.rfind("\n\n", 0, max(0, art.body.rfind("\n\n", 0, ev.start)))
    best: tuple[int, str] | None = None
    for ent in art.entities:
        if ent.type != "PER":
            continue
        for m in ent.mentions:
            if floor < m.start < ev.start and (best is None or m.start > best[0]):
                best = (m.start, ent.name)
    return best[1] if best else None


def _complete_quotes(art: Article, ev: Event, text: str) -> str:
    """A sentence whose quote runs on past its end is extended to the quote's close (within the paragraph);
    one whose quote began before it loses the dangling part. A summary never holds half a quote."""
    if not half_quote(text):
        return text
    body = art.body
    para_end = body.find("\n\n", ev.end)
    para_end = len(body) if para_end < 0 else para_end
    rest = body[ev.end:para_end]
    close = re.search(r"[\"”]", rest)
    if close and (text.count('"') % 2 == 1 or text.count("“") > text.count("”")):
        tail = rest[close.end():]
        end = re.search(r"[.!?](?=\s|$)", tail)
        extended = _clean(text + " " + rest[:close.end() + (end.end() if end else len(tail))])
        if not half_quote(extended) and len(extended) <= 600:
            return extended
    # drop from the unmatched mark on, or up to it when the quote closes inside the sentence
    marks = [m.start() for m in re.finditer(r"[\"“”]", text)]
    if marks:
        last = marks[-1]
        head, tail = text[:last].rstrip(" ,"), text[last + 1:].lstrip(" ,")
        kept = head if len(head) >= len(tail) else tail
        kept = _clean(kept)
        if kept and not half_quote(kept):
            return kept if kept[-1:] in ".!?" else kept + "."
    return text


def summarise(art: Article, ev: Event) -> str:
    """The event's sentence made to stand alone: no dateline, outlet or credit text, its connective opener
    dropped and a person pronoun replaced by the person when known, no half quote."""
    return _summarise_scrubbed(art, ev, scrub(ev.text))


def _summarise_scrubbed(art: Article, ev: Event, scrubbed: str) -> str:
    text = _complete_quotes(art, ev, scrubbed)
    p = _patterns()
    for _ in range(2):  # "Sementara itu, sehari kemudian, ..." carries both
        for kind in ("connective", "anaphoric_time"):
            if p[kind].match(text):
                text = _capitalise(p[kind].sub("", text, count=1))
    who = None
    if p["person"].match(text) or p["frame"].match(text):
        who = _referent(art, ev)
    if who and p["person"].match(text):
        text = p["person"].sub(who, text, count=1)
    elif who and (frame := p["frame"].match(text)):
        text = summary_lexicon.PERSON_FRAMES[frame.group(0).lower()].format(who) + text[frame.end():]
    return text


def publishable(entry) -> list[str]:
    """Why an entry (or undated entry) cannot be published as it stands; [] when it can. Checks: cited (the
    summary is one of the sentences its sources cite), no outlet/credit text, no dependent opener, no half
    quote."""
    problems = []
    summary = entry.summary
    words = _fold(summary).split()
    cited = any(len(set(words) - set(_fold(s.sentence).split())) <= max(1, len(words) // 10) for s in entry.sources)
    if not entry.sources or not cited:
        problems.append("uncited")
    p = _patterns()
    if p["dateline"].match(summary) or p["credit"].search(summary) or p["outlet"].search(summary):
        problems.append("outlet or credit text")
    if dependent_opener(summary):
        problems.append("dependent opener")
    if half_quote(summary):
        problems.append("half quote")
    return problems


def _summary_rank(art: Article, ev: Event) -> tuple:
    """Best first: a sentence that stands as written, then one that needed repair; a quote last."""
    return _summary_and_rank(art, ev)[1]


def _summary_and_rank(art: Article, ev: Event) -> tuple[str, tuple]:
    raw = scrub(ev.text)
    text = _summarise_scrubbed(art, ev, raw)  # the text scrubbed once, not once more for the summary
    quoted = text[:1] in "\"“”'" or text.count("\"") + text.count("“") >= 2
    return text, (dependent_opener(text), half_quote(text), dependent_opener(raw) or half_quote(raw), quoted,
                  _dated(ev).source != "timex", -len(ev.participants), abs(len(text) - 180))


def _entry(value: str, cluster: list[tuple[Any, Event]], groups: dict[str, str],
           wanted: set[str] | None, ranked: dict[int, tuple[str, tuple]]) -> TimelineEntry:
    """One entry of a cluster; `ranked` holds each member's summary and its rank, by id() of the event."""
    events = [ev for _a, ev in cluster]
    participants = Counter(p for ev in events for p in ev.participants)
    locations = Counter(ev.location for ev in events if ev.location)
    best_art, best = min(cluster, key=lambda ae: ranked[id(ae[1])][1])
    sources: list[SourceRef] = [_ref(best_art, best, groups)]  # the summary's own sentence is cited first
    seen: set[str] = {best_art.id}
    for art, ev in sorted(cluster, key=lambda ae: (_dated(ae[1]).source != "timex", ae[1].start)):
        if art.id not in seen:
            seen.add(art.id)
            sources.append(_ref(art, ev, groups))
    independent = len({groups.get(s.article, s.article) for s in sources})
    background = all(ev.background for ev in events)
    matches = len({_fold(p) for p in participants} & wanted) if wanted else 0
    return TimelineEntry(
        date=value, precision=_dated(events[0]).precision, summary=ranked[id(best)][0],
        type=best.type,  # the type of the happening the summary tells
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


class _CallableModule(types.ModuleType):
    """`linimasa.timeline(articles, **filters)`: this package is also the front-door function."""

    def __call__(self, articles: Iterable[Article], **filters: Any) -> Timeline:
        from linimasa.api import timeline

        return timeline(articles, **filters)


sys.modules[__name__].__class__ = _CallableModule
