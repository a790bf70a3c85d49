"""Events: who did what with whom, where and when, one per sentence that carries an event trigger.

A date comes from the TIMEX3 that governs the sentence (the one nearest the trigger), else from
the narrative's reference time (the last explicit date of the same paragraph), else the event is
undated: with a `hint` when the text names a time the tagger could not resolve ("Rabu" on an
undated page), otherwise only "reported" on the article's accepted DCT. Nothing is dated by a
rejected DCT: the dating stage keeps those in `conflicts`, never in `published.value`.

A timex right after a boundary cue ("sejak Juni", "dibandingkan 2013") marks where a change started
or what it is compared with, so it never dates the clause. An event the text dates after its own
article's DCT is a plan ("rampung pada Juni 2014 mendatang" in a 2013 article): its date keeps the
source "planned" and the timeline leaves it out.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from functools import cache, lru_cache

from linimasa.lang.id import events as lexicon
from linimasa.model import Article, Event, EventDate
from linimasa.openings import Openings, agrees, openings
from linimasa.text import sentences

DATED = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
BACKGROUND_AFTER_DAYS = 365


@lru_cache(maxsize=1)
def _trigger_pattern() -> re.Pattern[str]:
    """Any trigger (for 'is there a happening here' tests); `_triggers` finds them all, typed."""
    parts = [f"(?P<{t}>" + "|".join(lexicon.TRIGGERS[t]).replace("(?P<core>", "(?:") + ")" for t in lexicon.PRIORITY]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _typed_patterns() -> list[tuple[str, re.Pattern[str]]]:
    def numbered(alternatives: list[str]) -> str:
        return "|".join(a.replace("(?P<core>", f"(?P<core{i}>") for i, a in enumerate(alternatives))

    return [(t, re.compile(r"(?<![\w-])(?:" + numbered(lexicon.TRIGGERS[t]) + r")(?![\w-])", re.I))
            for t in lexicon.PRIORITY]


_OPENING = 6  # characters at a trigger start that choose the types to try there


@lru_cache(maxsize=16384)
def _types_at(window: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The typed patterns (in priority order) one of whose openings agrees with `window`: the others cannot match."""
    found = _typed_openings()
    return tuple(tp for tp, o in zip(_typed_patterns(), found, strict=True) if agrees(o, window))


def _trigger_starts(text: str, start: int) -> list[int]:
    """Where `_trigger_pattern().finditer(text, start)` finds its matches, trying it only at word starts whose
    opening agrees with the union's (the same matches: the scan tries positions in order and resumes at each
    match's end, as finditer does)."""
    union, found = _trigger_pattern(), _union_openings()
    if found is None:
        return [m.start() for m in union.finditer(text, start)]
    out, pos = [], start
    for c in _candidate_starts().finditer(text, start):
        at = c.start()
        if at < pos or not agrees(found, text[at:at + _OPENING]):
            continue
        m = union.match(text, at)
        if m:
            if m.end() == at:  # an empty match: finditer's own rules for those
                return [m.start() for m in union.finditer(text, start)]
            out.append(at)
            pos = m.end()
    return out


@lru_cache(maxsize=1)
def _union_openings() -> Openings | None:
    return openings(_trigger_pattern(), _OPENING)


@lru_cache(maxsize=1)
def _candidate_starts() -> re.Pattern[str]:
    """Word starts at a character some trigger opens with (any case), or at any non-ASCII character."""
    found = _union_openings()
    firsts = sorted({c for t in found[1][1] for c in (t, t.upper())}) if found else []
    return re.compile(r"(?<![\w-])(?=[" + "".join(re.escape(c) for c in firsts) + r"]|[^\x00-\x7f])")


@lru_cache(maxsize=1)
def _typed_openings() -> list[Openings | None]:
    return [openings(p, _OPENING) for _t, p in _typed_patterns()]


class Trigger:
    """A trigger found in a text: its type and its word (start(), end(), group(0) like a re.Match). A phrase
    pattern ("Harga minyak ... jatuh") marks its word with a `core` group; `span` is the whole phrase."""

    __slots__ = ("lastgroup", "span", "_s", "_e", "_text")

    def __init__(self, kind: str, m: re.Match):
        self.lastgroup, self.span = kind, (m.start(), m.end())
        core = next((g for g, v in m.groupdict().items() if v is not None and g.startswith("core")), None)
        self._s, self._e = (m.start(core), m.end(core)) if core else (m.start(), m.end())
        self._text = m.group(core) if core else m.group(0)

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self, n: int = 0) -> str:
        return self._text


def _triggers(text: str, start: int = 0) -> list[Trigger]:
    """Every trigger of `text` from `start`, typed; of overlapping ones the longest (then the earliest) is kept."""
    # one scan with the union finds where triggers start; each type is then tried anchored there only
    starts = _trigger_starts(text, start)
    found = [Trigger(kind, m) for at in starts for kind, pattern in _types_at(text[at:at + _OPENING])
             if (m := pattern.match(text, at))]
    found.sort(key=lambda t: (-(t.span[1] - t.span[0]), t.span[0], lexicon.PRIORITY.index(t.lastgroup)))
    kept: list[Trigger] = []
    for t in found:
        if all(t.span[1] <= k.span[0] or t.span[0] >= k.span[1] for k in kept):
            kept.append(t)
    return sorted(kept, key=lambda t: t.span[0])


@lru_cache(maxsize=1)
def _verb_pattern() -> re.Pattern[str]:
    bare = "|".join(lexicon.BARE_VERBS)
    return re.compile(rf"(?:{lexicon.VERB_FORM}|{bare})", re.I)


def _is_verbal(trigger: Trigger, text: str) -> bool:
    words = re.findall(r"[\w-]+", text[trigger.span[0]:trigger.span[1]].lower())
    return any(w not in lexicon.NOT_VERBS and _verb_pattern().fullmatch(w) for w in words)


@lru_cache(maxsize=2)
def _head_pattern(relative: bool) -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in (lexicon.RELATIVE_WORDS if relative else lexicon.MODIFIER_HEADS))
    return re.compile(rf"(?<![\w-])(?:{heads})(?:\s+[\w-]+){{0,2}}\s+$", re.I)


def _is_modifier(text: str, trigger: Trigger) -> bool:
    """Does the trigger modify a noun ("korban kecelakaan", "yang hilang sejak Senin") rather than predicate?
    A prefixed verb after a noun head is that noun's predicate ("korban dievakuasi"), not a modifier."""
    before = re.split(r"[,;:()]", text[max(0, trigger.span[0] - 40):trigger.span[0]])[-1]
    rel = _head_pattern(True).search(before)
    if rel and not _trigger_pattern().search(before, rel.start() + 4):
        return True  # the clause's own first predicate, not the main one after it ("yang hilang itu ditemukan")
    word = re.match(r"[\w-]+", text[trigger.span[0]:])
    first = word.group(0).lower() if word else ""
    prefixed = _is_verbal(trigger, text) and first not in lexicon.BARE_VERBS
    return not prefixed and bool(_head_pattern(False).search(before))


@lru_cache(maxsize=1)
def _support_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(lexicon.SUPPORT_VERBS) + r")\s+$", re.I)


@lru_cache(maxsize=1)
def _boundary_pattern() -> re.Pattern[str]:
    cues = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in lexicon.BOUNDARY_CUES)
    return re.compile(r"(?<!\w)(?:" + cues + r")\s+(?:\w+\s+){0,2}$", re.I)


@lru_cache(maxsize=1)
def _future_hint_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(lexicon.FUTURE_HINT_WORDS) + r")\b", re.I)


@lru_cache(maxsize=1)
def _restatement_pattern() -> re.Pattern[str]:
    return re.compile(r"(?:" + "|".join(lexicon.RESTATEMENT_CUES) + r")$", re.I)


@lru_cache(maxsize=1)
def _sequence_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(lexicon.SEQUENCE_CUES) + r")(?!\w)", re.I)


def _is_boundary(body: str, start: int, sent_start: int) -> bool:
    before = body[max(sent_start, start - 40):start]
    return bool(_boundary_pattern().search(before) or _restatement_pattern().search(before))


@lru_cache(maxsize=1)
def _start_pattern() -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in lexicon.START_CUES)
    return re.compile(r"(?<!\w)(?:" + cues + r")\s+(?:\w+\s+){0,2}$", re.I)


def _is_start(body: str, start: int, sent_start: int) -> bool:
    """Is the timex at `start` where a lasting happening began ("sejak Selasa")?"""
    return bool(_start_pattern().search(body[max(sent_start, start - 40):start]))


def _in_relative_clause_before(body: str, tstart: int, tpos: int) -> bool:
    """Is the timex at `tstart`, before the trigger, inside a 'yang' clause with a happening of its own?
    "Bangkai kapal yang tenggelam pekan lalu itu ditemukan ...": last week dates the sinking, not the find."""
    clause_start = max(body.rfind(",", 0, tstart), body.rfind(".", 0, tstart), tstart - 80)
    rels = list(re.finditer(r"(?<!\w)yang(?!\w)", body[clause_start + 1:tstart], re.I))
    rel = rels[-1] if rels else None
    return rel is not None and bool(_trigger_pattern().search(body, clause_start + 1 + rel.end(), tstart)) and \
        "," not in body[tstart:tpos]


def _for_trigger(body: str, dated: list, tpos: int) -> list:
    """Dated timexes that may govern the trigger: none behind a 'setelah'/'menjelang' clause opened after it,
    none inside a 'yang' clause after it that tells a happening of its own.

    A timex before a 'setelah'/'sebelum' clause that holds the trigger dates the main clause, not the trigger:
    it dates the trigger only through an offset the text states ("Kamis (15/10/2026), sehari setelah KPK
    menahan ..." -> the arrest on the 14th); with no offset it does not date it at all."""
    out = []
    for t, d in dated:
        if t.start >= tpos:
            cues = list(_sequence_pattern().finditer(body, tpos, t.start))
            # a 'setelah' clause closed by a comma leaves the sentence-final timex to the main clause
            # ("hilang kontak sepuluh menit setelah lepas landas dari Timika, Rabu (5/3/2025)")
            closed = cues and "," in body[cues[-1].end():t.start] and not _trigger_pattern().search(
                body[body.rfind(",", cues[-1].end(), t.start) + 1:t.start])
            if (not cues or closed) and (not _in_relative_clause(body, tpos, t.start) or _closed_before(body, tpos, t.start)):
                out.append((t, d))
            continue
        if _in_relative_clause_before(body, t.start, tpos):
            continue
        cue = _open_sequence_cue(body, t.end, tpos)
        if cue is None:
            out.append((t, d))  # no clause, or the trigger is back in the main clause after it
            continue
        shifted = _offset_date(body[t.end:cue.end()], d)
        if shifted:
            out.append((t, shifted))
    return out


def _open_sequence_cue(text: str, start: int, end: int) -> re.Match | None:
    """The last 'setelah'/'sebelum' cue in text[start:end] whose clause is still open at `end` (no comma after
    it): what stands at `end` happened earlier or later than the clause around it."""
    cues = list(_sequence_pattern().finditer(text, start, end))
    return cues[-1] if cues and "," not in text[cues[-1].end():end] else None


def _closed_before(body: str, tpos: int, tstart: int) -> bool:
    """Does a comma close the clauses after the trigger, leaving the timex as the sentence's own time adjunct
    ("menemukan seorang balita yang hilang sejak Minggu di kebun tebu, Rabu (5/3/2025)")?"""
    comma = body.rfind(",", tpos, tstart)
    return comma >= 0 and not _trigger_pattern().search(body, comma + 1, tstart)


def _in_relative_clause(body: str, tpos: int, tstart: int) -> bool:
    """Is the timex at `tstart` inside a 'yang' clause with a happening of its own, opened after the trigger?
    "membekukan izin PT X, operator kapal yang tenggelam pada awal Maret lalu": March dates the sinking."""
    return _relative_clause_start(body, tpos, tstart) is not None


def _relative_clause_start(body: str, tpos: int, end: int) -> int | None:
    """Where a 'yang' clause that tells a happening of its own opens after the trigger, before `end` (its time
    and place are the clause's: "... operator kapal yang tenggelam di Selat Alas")."""
    rel = re.search(r"(?<!\w)yang(?!\w)", body[tpos:end], re.I)
    if rel and _trigger_pattern().search(body, tpos + rel.end(), end):
        return tpos + rel.start()
    return None


_UNITS = {"hari": 1, "pekan": 7, "minggu": 7}
_COUNTS = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7}


@lru_cache(maxsize=1)
def _offset_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:(?P<one>sehari|sepekan|seminggu)|(?P<n>\d{1,2}|" + "|".join(_COUNTS)
                      + r")\s+(?P<unit>hari|pekan|minggu))\s+(?P<cue>setelah|sesudah|usai|seusai|sebelum|menjelang)$",
                      re.I)


def _offset_date(text: str, d: EventDate) -> EventDate | None:
    """The day `d` shifted by the offset that ends `text` ("sehari setelah": one day earlier)."""
    m = _offset_pattern().search(text.rstrip())
    if not m or d.precision != "day":
        return None
    if m.group("one"):
        days = 1 if m.group("one").lower() == "sehari" else 7
    else:
        n = m.group("n").lower()
        days = (int(n) if n.isdigit() else _COUNTS[n]) * _UNITS[m.group("unit").lower()]
    sign = -1 if m.group("cue").lower() in ("setelah", "sesudah", "usai", "seusai") else 1
    day = date.fromisoformat(d.value) + timedelta(days=sign * days)
    return EventDate(day.isoformat(), "day", d.source)


def _governing(dated: list, tpos: int):
    """The timex nearest the trigger; a day inside that timex's coarser period refines it ("akhir tahun ..., (30/12)")."""
    t, d = min(dated, key=lambda td: abs(td[0].start - tpos))
    if d.precision != "day":
        first, last = period_bounds(d.value)
        finer = [(t2, d2) for t2, d2 in dated if d2.precision == "day" and first <= period_start(d2.value) <= last]
        if finer:
            t, d = min(finer, key=lambda td: abs(td[0].start - tpos))
    return t, d


@lru_cache(maxsize=1)
def _future_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(lexicon.FUTURE_CUES) + r")\b", re.I)


_PERIOD = re.compile(r"^(\d{4})-(?:W(\d{2})|Q([1-4])|H([12]))(?![\w])")


def event_date(value: str) -> EventDate | None:
    """An EventDate for a TIMEX3 value that names a real calendar period: a day, an ISO week (2014-W51), a month,
    a quarter (2014-Q3), a half year (2014-H1) or a year; not XXXX-…, not *_REF, not a season or a weekend."""
    m = DATED.match(value)
    if not m or "X" in value[:10]:
        return None
    try:  # a value naming no real day ("2025-13-45") places nothing
        period_start(value), period_end(value)
    except ValueError:
        return None
    if m.group(3):
        return EventDate(f"{m.group(1)}-{m.group(2)}-{m.group(3)}", "day")
    if m.group(2) and not value[7:8].isalnum():
        return EventDate(f"{m.group(1)}-{m.group(2)}", "month")
    if len(value) == 4 or value[4:5] in ("",):
        return EventDate(m.group(1), "year")
    p = _PERIOD.match(value)
    if p and not value[p.end():]:
        week, quarter, half = p.group(2), p.group(3), p.group(4)
        if week and 1 <= int(week) <= 53:
            try:
                date.fromisocalendar(int(p.group(1)), int(week), 1)
            except ValueError:
                return None
            return EventDate(value, "week")
        if quarter:
            return EventDate(value, "quarter")
        if half:
            return EventDate(value, "half")
    return None  # seasons, weekends, parts of day alone: too fuzzy to place an event on


def period_bounds(value: str) -> tuple[date, date]:
    """First and last day of the period a dated value names (a day, week, month, quarter, half or year)."""
    p = _PERIOD.match(value)
    if p:
        y = int(p.group(1))
        if p.group(2):
            first = date.fromisocalendar(y, int(p.group(2)), 1)
            return first, first + timedelta(days=6)
        months = 3 if p.group(3) else 6
        n = int(p.group(3) or p.group(4))
        start_month = (n - 1) * months + 1
        end_month = start_month + months - 1
        return date(y, start_month, 1), date(y + (end_month == 12), end_month % 12 + 1, 1) - timedelta(days=1)
    y, m, d = _parts(value)
    if d and m:
        return date(y, m, d), date(y, m, d)
    if m:
        return date(y, m, 1), date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
    return date(y, 1, 1), date(y, 12, 31)


def _parts(value: str) -> tuple[int, int | None, int | None]:
    match = DATED.match(value)
    if match is None:
        raise ValueError(f"not a date: {value!r}")
    y, m, d = (int(x) if x else None for x in match.groups())
    assert y is not None  # the pattern requires the year
    return y, m, d


def period_start(value: str) -> date:
    return period_bounds(value)[0]


def period_end(value: str) -> date:
    return period_bounds(value)[1]


@lru_cache(maxsize=1)
def _subordinate_pattern() -> re.Pattern[str]:
    cues = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in lexicon.SUBORDINATE_CUES)
    return re.compile(r"(?<!\w)(?:" + cues + r")(?!\w)", re.I)


def _classify(sentence: str) -> tuple[str, Trigger] | None:
    """The trigger that tells the sentence's happening: the first verbal trigger of the main clause (before the
    first subordinate clause) that does not modify a noun; with none, the main clause's strongest nominal
    trigger (by PRIORITY); then the same over the whole sentence. A noun after a support verb ("menggelar
    demonstrasi") is verbal; a deferring verb after a nominal trigger ("Ledakan bom menewaskan 14 orang",
    "KTT ASEAN dibuka") leaves the sentence to the noun."""
    found = _triggers(sentence)
    if not found:
        return None
    cut = _subordinate_pattern().search(sentence)
    main = [t for t in found if cut is None or t.span[1] <= cut.start()]
    for pool in (main, found):
        free = [t for t in pool if not _is_modifier(sentence, t)]
        for candidates in (free, pool):
            if not candidates:
                continue
            verbal_ = [t for t in candidates if _is_verbal(t, sentence)
                       or _support_pattern().search(sentence[max(0, t.span[0] - 30):t.span[0]])]
            nominal = [t for t in candidates if t not in verbal_]
            verbal = [t for t in verbal_ if not (t.group(0).lower() in lexicon.DEFERRING_VERBS
                                                 and any(n.start() < t.start() for n in nominal))]
            if verbal:
                best = verbal[0]
            else:
                best = min(candidates, key=lambda t: (lexicon.PRIORITY.index(t.lastgroup), t.start()))
            return best.lastgroup, best
    return None


def _sequence_event(sentence: str, after: int) -> tuple[str, Trigger] | None:
    """The strongest trigger inside the first 'setelah'/'menjelang' clause opened after position `after`."""
    cue = _sequence_pattern().search(sentence, after)
    if cue is None:
        return None
    inner = _triggers(sentence, cue.end())
    if not inner:
        return None
    best = min(inner, key=lambda m: lexicon.PRIORITY.index(m.lastgroup or ""))
    return best.lastgroup or "", best


def _paragraph_of(breaks: list[int], start: int) -> int:
    """How many paragraph breaks ("\n\n", ends listed in `breaks`) come before `start`."""
    return bisect_right(breaks, start)


def annotate(article: Article) -> None:
    body = article.body
    dct = event_date(article.published.value) if article.published.value else None
    temporal = sorted((t for t in article.timexes if t.type in ("DATE", "TIME")), key=lambda t: t.start)
    mentions = sorted(((m.start, m.end, e) for e in article.entities for m in e.mentions), key=lambda x: x[0])
    # per sentence, only the timexes and mentions that start inside it are looked at (linear in the page)
    t_starts, m_starts = [t.start for t in temporal], [m[0] for m in mentions]
    breaks = [m.end() for m in re.finditer("\n\n", body)]
    events: list[Event] = []
    reference: tuple[int, EventDate] | None = None  # (paragraph, date): the narrative's current time
    first = True
    # what a speaker says is not what the sentence reports: triggers inside quotes do not make the event
    # ('"Tersangka AS berperan ...," kata Bayu dalam konferensi pers' is the press conference, and
    # '"... pelakunya sudah ditangkap," ujar Sri, Kamis' is no arrest on Thursday)
    chars = list(body)
    for q in article.quotes:
        chars[q.start:q.end] = " " * (q.end - q.start)
    unquoted = "".join(chars)
    for sent in sentences(body):
        para = _paragraph_of(breaks, sent.start)
        near = mentions[bisect_left(m_starts, sent.start):bisect_right(m_starts, sent.end)]
        inside = [t for t in temporal[bisect_left(t_starts, sent.start):bisect_right(t_starts, sent.end)]
                  if sent.start <= t.start and t.end <= sent.end
                  and not _is_boundary(body, t.start, sent.start)]
        explicit = [(t, event_date(t.value)) for t in inside]
        dated = [(t, d) for t, d in explicit if d]
        found = _classify(unquoted[sent.start:sent.end])
        if found is None:
            if dated:
                reference = (para, dated[-1][1])
            continue
        kind, trigger = found
        if kind in lexicon.START_NOT_DATING:  # "naik sejak Juni": the point a move is measured from
            inside = [t for t in inside if not _is_start(body, t.start, sent.start)]
            dated = [(t, d) for t, d in dated if not _is_start(body, t.start, sent.start)]
        tpos = sent.start + trigger.start()
        ev = Event(start=sent.start, end=sent.end, type=kind, text=sent.text, trigger=trigger.group(0))
        governing = _for_trigger(body, dated, tpos)
        if dated and not governing:
            # the only dates sit in a 'setelah ...' clause: the event worth placing is the one told there
            inner = _sequence_event(sent.text, trigger.end())
            if inner:
                kind, trigger = inner
                tpos = sent.start + trigger.start()
                ev.type, ev.trigger = kind, trigger.group(0)
                governing = _for_trigger(body, dated, tpos)
        if (kind in lexicon.COMMUNICATIVE or trigger.group(0).lower() in lexicon.COMMUNICATIVE_WORDS) and dct and not _future_pattern().search(sent.text[:trigger.start()]):
            # "mengumumkan pemindahan ibu kota mulai tahun depan": a later time after the trigger is what was
            # said, the saying itself is reported on the page's day
            governing = [(t, d) for t, d in governing
                         if t.start < tpos or period_start(d.value) <= period_end(dct.value)]
            if not governing:
                inside = [t for t in inside if t.start < tpos]
        if governing:
            t, d = _governing(governing, tpos)
            ev.date = d
            if dct and period_start(d.value) > period_end(dct.value):
                ev.date = EventDate(d.value, d.precision, "planned")
            reference = (para, dated[-1][1])
        elif reference and reference[0] == para and not inside and reference[1].precision == "day" \
                and not (dct and period_start(reference[1].value) > period_end(dct.value)):
            # the paragraph goes on narrating the same day (a bare year or month is too loose to carry,
            # and a scheduled day after the article's own date does not date what the paragraph reports)
            ev.date = EventDate(reference[1].value, reference[1].precision, "narrative")
        elif inside and not dated:
            vague = [t for t in inside if not t.value.endswith("_REF")]
            ev.hint = vague[0].text if vague else None
            if ev.hint and _future_hint_pattern().search(ev.hint):
                ev.hint = None  # "minggu depan": a plan, not an event waiting for its date
        # a trigger inside "mengaku lega setelah polisi menangkap ..." is not what the page reports that day
        # a plan is told with its modal before the predicate ("Tim akan mengevakuasi ..."); one after it is
        # what was said ("Presiden menegaskan pemerintah tidak akan menunda ...")
        if ev.date is None and ev.hint is None and dct and not _future_pattern().search(sent.text[:trigger.end()]) \
                and _open_sequence_cue(sent.text, 0, trigger.start()) is None:
            ev.date = EventDate(dct.value, dct.precision, "reported")
        ev.participants = _participants(body, near, sent.start, sent.end, tpos)
        ev.location = _location(body, near, sent.start, _relative_clause_start(body, tpos, sent.end) or sent.end) \
            or (article.dateline if first else None)
        ev.background = _is_background(ev, dct, body[sent.start:sent.end])
        events.append(ev)
        first = False
    article.events = events


def _participants(body: str, mentions, start: int, end: int, tpos: int | None = None) -> list[str]:
    """Canonical people and organisations of the clause; a news source it cites ("dilansir Reuters") is not one.
    With none, named places that take part, after no place cue: a country acting ("Rusia membantah ..."), a
    ship found ("menemukan bangkai KMP X"); not where it happened ("di Medan", "di tanjakan Emen, Subang")."""
    names: list[str] = []
    for s, e, ent in mentions:
        if start <= s and e <= end and ent.type in ("PER", "ORG") and ent.name not in names \
                and not _cited_source_pattern().search(body[max(start, s - 40):s]):
            names.append(ent.name)
    if not names:  # countries acting as agents ("Rusia membantah …")
        for s, e, ent in mentions:
            if start <= s and e <= end and ent.type == "LOC" and ent.name not in names and len(names) < 2 \
                    and not _place_cue_before().search(body[max(start, s - 30):s]) \
                    and (tpos is None or s < tpos or not re.search(r",\s*$", body[max(start, s - 3):s])):
                names.append(ent.name)
    return names


@cache
def _cited_source_pattern() -> re.Pattern[str]:
    """Words right before a name that make it the source of the report ("dilansir", "seperti dikutip dari")."""
    from linimasa.lang.id import roles

    after_as = "|".join(sorted(roles.SOURCE_CUES_AFTER_AS))
    cues = "|".join(sorted(roles.SOURCE_CUES))
    return re.compile(rf"\b(?:{cues}|(?:{after_as}))(?:\s+(?:oleh|dari|dalam|laman|situs|kantor\s+berita))*\s+$",
                      re.I)


@cache
def _place_cue_before() -> re.Pattern[str]:
    cues = sorted({c for group in lexicon.PLACE_CUES for c in group} | set(lexicon.ORIGIN_CUES), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
                      + r")\s+(?:[\w-]+\s+){0,3}$", re.I)


def _location(body: str, mentions, start: int, end: int) -> str | None:
    """The place the clause says it happened at ("di X"), before a destination ("ke X")."""
    for cues in lexicon.PLACE_CUES:
        cue = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\s+(?:kota\s+|ibu\s+kota\s+)?$",
                         re.I)
        for s, e, ent in mentions:
            if start <= s and e <= end and ent.type == "LOC" and cue.search(body[max(start, s - 25):s]):
                return ent.name
    return None


def _is_background(ev: Event, dct: EventDate | None, text: str) -> bool:
    if ev.date is None or ev.date.source == "reported" or dct is None:
        return False
    return (period_end(dct.value) - period_end(ev.date.value)).days > BACKGROUND_AFTER_DAYS
