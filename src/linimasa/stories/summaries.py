"""The summary a chronology editor would write for one happening: its most central source sentence, compressed.

Candidates are the sentences the entry's sources cite, their pages' other sentences dated to the same
day, and — for the day a page's lead tells — the page's first sentences (a news lead states the
happening; the dated sentence after it often only says who said it and when). Each candidate is scored
LexRank-style: its TF-IDF cosine (word weights from the whole story) with the candidates of the *other*
pages and with the sources' headlines, then preferred when it names the entry's participants and
stands as written, and disfavoured when it is a quote, leans on a sentence before it or points back
("hal itu"). The winner is compressed: no dateline or outlet, no connective opener, no day phrase
(the entry carries its date), no glossing parenthesis, no attribution tail ("…, kata X kepada
wartawan") — words are only ever removed, so the summary stays a citation of its source sentence.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace
from functools import cache

from linimasa.lang.id import calendar
from linimasa.lang.id import speech as speech_lexicon
from linimasa.lang.id import summary as lexicon
from linimasa.model import Article, TimelineEntry
from linimasa.text import sentences as split_sentences
from linimasa.timeline import dependent_opener, half_quote, publishable, scrub

_WORD = re.compile(r"\w+")
LEAD_SENTENCES = 2   # sentences of a page's lead that tell its main happening
LEAD_REACH = 3       # the lead's happening is the day of the first dated event in this many sentences
LEAD_BONUS = 0.18   # a news lead states the happening its page is about (chosen on the dev references)
IDEAL_WORDS = (10, 32)  # a chronology line's length in words; shorter or longer costs a little


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    weekday = _alt(calendar.WEEKDAYS_FULL)
    month = _alt(calendar.MONTHS_FULL)
    days = "|".join(p.format(weekday=weekday, month=month) for p in lexicon.DAY_PHRASES)
    verbs = _alt(v for v in speech_lexicon.AFTER_VERBS if not v.endswith("nya"))
    return {
        # a day phrase between two commas takes both with it ("Amerika, Rabu (10/12/2014), mencatat")
        "day": re.compile(r"(?:\s*,)?\s*(?:" + days + r")(?:\s+(?:" + _alt(lexicon.DAY_WORDS) + r"))?(?:\s*,(?=\s))?", re.I),
        "day_word": re.compile(r"[,\s]*\b(?:" + _alt(lexicon.DAY_WORDS) + r")\b(?=\s*[,.;]|$)", re.I),
        "tail": re.compile(lexicon.ATTRIBUTION_TAIL.format(verb=verbs), re.I),
        "back": re.compile(r"\b(?:" + _alt(lexicon.BACK_REFERENCES) + r")\b", re.I),
        "paren": re.compile(r"\s*\((?!\s*[A-Z](?=[A-Za-z0-9&-]*[A-Z])[A-Za-z0-9&-]{1,9}\s*\))(?=[^()]{1,"
                            + str(lexicon.PARENTHESIS_MAX) + r"}\))[^()\"“”]*\)"),
        "first_person": re.compile(r"\b(?:" + _alt(lexicon.FIRST_PERSON) + r")\b", re.I),
        "outlet": re.compile(lexicon.OUTLET_TEXT),
        "leadin": re.compile(r"^(?:" + _alt(lexicon.SOURCE_LEADINS) + r")\b[^,]{0,50}?" + lexicon.OUTLET_TEXT
                             + r"[^,]{0,30},\s*", re.I),
        "connective": re.compile(r"^(?:" + _alt(lexicon.CONNECTIVES) + r")(?![\w-])\s*,?\s*", re.I),
        "anaphoric_time": re.compile(r"^" + lexicon.ANAPHORIC_TIME_OPENER, re.I),
    }


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r",(?:\s*,)+", ",", text)
    text = re.sub(r"[,;:]\s*([.!?])", r"\1", text)
    text = re.sub(r"^[,;:\s]+", "", text)
    text = text.rstrip(" ,;:")
    if text and text[-1] not in ".!?\"”":
        text += "."
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def compress(sentence: str) -> str:
    """A sentence as a chronology line: only removals, so it still cites its source sentence."""
    p = _patterns()
    text = scrub(sentence)
    for _ in range(2):  # "Sementara itu, sehari kemudian, ..."
        for kind in ("connective", "anaphoric_time", "leadin"):
            text = p[kind].sub("", text, count=1)
    text = p["day"].sub("", text)
    text = p["day_word"].sub("", text)
    text = _acronyms(text)
    text = p["paren"].sub("", text)
    cut = p["tail"].search(text)
    if cut and not half_quote(text[:cut.start()]) and len(_WORD.findall(text[:cut.start()])) >= 6:
        text = text[:cut.start()]
    text = _tidy(text)
    return text if text and not half_quote(text) else _tidy(scrub(sentence))


_ACRONYM = re.compile(r"\(\s*(?:[^()]{0,60}/\s*)?([A-Z][A-Za-z0-9&-]{1,9})\s*\)")


def _acronyms(text: str) -> str:
    """'Badan Pengawas Keuangan dan Pembangunan (BPKP)' -> 'BPKP'; '(radio frequency identification/RFID)' ->
    'RFID'. A parenthesised acronym whose expansion does not stand right before it is kept as it is."""
    out, last = [], 0
    for m in _ACRONYM.finditer(text):
        acronym = m.group(1)
        letters = [ch.lower() for ch in acronym if ch.isalpha() and ch.isupper()]
        if len(letters) < 2:  # "(Persero)" is a name's gloss, not an acronym
            continue
        before = text[last:m.start()]
        words = list(re.finditer(r"[\w-]+", before))
        cut = None
        initials: list[str] = []
        for w in reversed(words[-12:]):
            if w.group(0).lower() in lexicon.ACRONYM_GLUE:
                continue
            initials.insert(0, w.group(0)[0].lower())
            if initials == letters:
                cut = w.start()
                break
            if len(initials) >= len(letters):
                break
        if cut is not None:
            out.append(before[:cut] + acronym)
        elif "/" in m.group(0) or acronym.isupper():
            out.append(before + (acronym if "/" in m.group(0) else m.group(0)))
        else:
            out.append(before + m.group(0))
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if len(w) > 2 and not w.isdigit()]


class Weights:
    """Inverse document frequency of words over a story's sentences (its articles' events)."""

    def __init__(self, articles: list[Article]):
        df: Counter = Counter()
        n = 0
        for art in articles:
            for ev in art.events:
                df.update(set(_words(ev.text)))
                n += 1
        self.idf = {w: math.log((1 + n) / (1 + c)) + 1 for w, c in df.items()}
        self.default = math.log(1 + n) + 1

    def vector(self, text: str) -> dict[str, float]:
        tf = Counter(_words(text))
        return {w: (1 + math.log(c)) * self.idf.get(w, self.default) for w, c in tf.items()}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b[w] for w, v in a.items() if w in b)
    return dot / math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))


def lead_day(article: Article) -> str | None:
    """The day a page's lead tells: the date of its first dated event within its first sentences."""
    spans = split_sentences(article.body)
    if not spans:
        return None
    reach = spans[min(LEAD_REACH, len(spans)) - 1].end
    dated = [(ev.start, ev.date.value[:10]) for ev in article.events if ev.date and ev.start <= reach
             and not ev.background and ev.date.precision in ("day", "hour", "minute")]
    return min(dated)[1] if dated else None


def _lead(article: Article) -> list[str]:
    return [s.text for s in split_sentences(article.body)[:LEAD_SENTENCES]]


class _Candidate:
    def __init__(self, article: str, sentence: str, weights: Weights, *, lead: bool = False, cited: bool = False,
                 stated: bool = False, kind: str | None = None):
        self.article = article
        self.sentence = " ".join(sentence.split())
        self.lead, self.cited, self.stated, self.kind = lead, cited, stated, kind
        self.summary = compress(self.sentence)
        self.vector = weights.vector(self.summary)


def _unquoted(text: str) -> str:
    return re.sub(r"[\"“][^\"“”]*[\"”]", " ", text)


def _score(c: _Candidate, pool: list[_Candidate], heads: list[dict[str, float]], entry: TimelineEntry) -> float:
    """Centrality among the other pages' candidates and closeness to the headlines, then what makes a line a
    chronology editor would keep: the entry's own sentences, a stated date, the entry's kind of happening."""
    others = [o for o in pool if o.article != c.article]
    central = sum(_cosine(c.vector, o.vector) for o in others) / len(others) if others else 0.0
    headline = max((_cosine(c.vector, h) for h in heads), default=0.0)
    text = c.summary
    n = len(_WORD.findall(text))
    low, high = IDEAL_WORDS
    named = sum(1 for p in entry.participants[:4] if p.split()[-1].lower() in text.lower())
    quoted = text[:1] in "\"“”'" or text.count("\"") + text.count("“") >= 2
    score = central + headline + 0.05 * min(named, 3)
    score += 0.15 * c.cited + 0.1 * c.stated + LEAD_BONUS * c.lead + 0.1 * (c.kind == entry.type)
    score -= 0.4 if quoted else 0.0
    score -= 1.0 if dependent_opener(text) else 0.0
    score -= 0.3 if _patterns()["back"].search(text) else 0.0
    score -= 0.5 if _patterns()["outlet"].search(text) else 0.0
    score -= 0.3 if _patterns()["first_person"].search(_unquoted(text)) else 0.0
    score -= 0.3 if text.rstrip().endswith("?") else 0.0
    score -= 0.04 * max(0, low - n) + 0.01 * max(0, n - high)
    return score


def summarise(entry: TimelineEntry, by_id: dict[str, Article], weights: Weights, leads: dict[str, str | None]) -> None:
    """Give `entry` the summary its sources agree on most, compressed; cite the sentence it comes from."""
    own = [s for s in entry.sources if not getattr(s, "inferred", False)] or list(entry.sources)
    pool: list[_Candidate] = []
    seen: dict[tuple[str, str], _Candidate] = {}

    def add(article: str, sentence: str, **how) -> None:
        key = (article, " ".join(sentence.split()))
        if key in seen:  # met again as a lead, a dated or a cited sentence: it is all of them
            c = seen[key]
            c.lead, c.cited, c.stated = (c.lead or how.get("lead", False), c.cited or how.get("cited", False),
                                         c.stated or how.get("stated", False))
            c.kind = c.kind or how.get("kind")
        elif sentence.strip():
            seen[key] = _Candidate(article, sentence, weights, **how)
            pool.append(seen[key])

    def on_day(ev) -> bool:
        return bool(ev.date and ev.date.value[:len(entry.date)] == entry.date and ev.date.precision == entry.precision)

    cited = {(s.article, " ".join(s.sentence.split())) for s in own}
    for s in own:
        art = by_id.get(s.article)
        if art is None:
            add(s.article, s.sentence, cited=True)
            continue
        for ev in art.events:
            if on_day(ev) or (art.id, " ".join(ev.text.split())) in cited:
                add(art.id, ev.text, cited=(art.id, " ".join(ev.text.split())) in cited,
                    stated=on_day(ev) and ev.date is not None and ev.date.source != "reported", kind=ev.type)
        add(art.id, s.sentence, cited=True)
        if entry.precision == "day" and not entry.background and leads.get(art.id) == entry.date[:10]:
            for sentence in _lead(art):
                add(art.id, sentence, lead=True)
    if not pool:
        return
    heads = [weights.vector(by_id[s.article].title or "") for s in own if s.article in by_id]
    best = max(pool, key=lambda c: _score(c, pool, heads, entry))
    previous, before = entry.summary, list(entry.sources)
    problems = len(publishable(entry))
    if (best.article, best.sentence) not in cited:  # a lead sentence or another sentence of a source page: cite it, first
        model = next(s for s in own if s.article == best.article)
        entry.sources.insert(0, replace(model, sentence=best.sentence))
    entry.summary = best.summary
    if len(publishable(entry)) > problems:  # what we wrote stands worse: keep what the timeline made
        entry.summary, entry.sources = previous, before
