"""Direct quotes and who said them.

Quote marks are paired per paragraph, whatever their shape (scraped pages mix “, ” and ");
a paragraph that opens a quote and never closes it continues into the next one that opens
with a mark. The speaker comes from a cue after the quote ("…," kata X), before it
(X mengatakan, "…"; Menurut X, "…"; X: "…"), or, for -nya cues, pronouns and bare
quote paragraphs, from the last speaker. Short scare quotes count only when the sentence
attributes them to someone; a closing run of short quoted fragments (an author bio) is not a quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from linimasa.lang.id import roles, speech
from linimasa.model import Article, Entity, Quote

MARKS = speech.OPEN_MARKS + speech.CLOSE_MARKS + speech.BOTH_MARKS
SHORT_QUOTE_WORDS = 5
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|bin|binti|al|van|de|der|von))*"


@lru_cache(maxsize=1)
def _patterns():
    after = "|".join(sorted(speech.AFTER_VERBS, key=len, reverse=True))
    before = "|".join(sorted(speech.BEFORE_VERBS, key=len, reverse=True))
    stops = "|".join(speech.SPEAKER_STOPS)
    pron = "|".join(speech.PRONOUNS)
    return {
        # "…," kata X / "…," tambahnya / "…," kata dia
        "after": re.compile(rf"^\s*[,.!?]?\s*(?P<cue>(?:{after})(?:nya)?)\b(?:\s+(?P<who>(?!(?:{stops})\b)[^,.;:!?\"“”]{{1,80}}))?",
                            re.I),
        "before": re.compile(rf"\b(?P<cue>{before})\b[^\"“”„]{{0,60}}?[,:]?\s*$", re.I),
        "according": re.compile(r"\b(?P<cue>menurut)\s+(?P<who>[^,]{2,80}),\s*$", re.I),
        "colon": re.compile(rf"(?P<who>{_NAME})\s*:\s*$"),
        "pronoun": re.compile(rf"^(?:{pron})\b", re.I),
        "speaking": re.compile(rf"\s*(?:juga\s+|pun\s+|lalu\s+|kemudian\s+)?(?:{before})\b", re.I),
        "stops": re.compile(rf"\s+(?:{stops})\b.*$", re.I | re.S),
    }


def find_quotes(body: str) -> list[tuple[int, int]]:
    """(start, end) of the quoted text (inside the marks), in order."""
    spans: list[tuple[int, int]] = []
    carry = False  # the previous paragraph left a quote open
    pos = 0
    paras = body.split("\n")
    for n, para in enumerate(paras):
        if not para.strip():
            pos += len(para) + 1
            continue
        marks = [i for i, ch in enumerate(para) if ch in MARKS]
        opened: int | None = None
        if carry and para[:1] in MARKS:
            marks = marks[1:]
            opened = 1
        for i in marks:
            ch = para[i]
            if opened is None:
                if ch in speech.CLOSE_MARKS and _cue_follows(para[i + 1:i + 121]):
                    continue  # a stray closer before "kata X" whose opener was lost
                opened = i + 1
            else:
                if ch in speech.OPEN_MARKS and i - opened < 2:
                    opened = i + 1
                    continue
                spans.append((pos + opened, pos + i))
                opened = None
        carry = False
        following = next((paras[k] for k in range(n + 1, len(paras)) if paras[k].strip()), "")
        if opened is not None and len(para) - opened > 20 and (
                opened == 1 or para[:1] in MARKS or following[:1] in MARKS):
            spans.append((pos + opened, pos + len(para.rstrip())))
            carry = True
        pos += len(para) + 1
    return [(s, e) for s, e in (_trim(body, s, e) for s, e in spans) if e > s]


def _trim(body: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (body[s].isspace() or body[s] in MARKS):
        s += 1
    while e > s and (body[e - 1].isspace() or body[e - 1] in ",." + MARKS):
        e -= 1
    return s, e


def _anaphoric(cue: str) -> bool:
    """tambahnya, lanjutnya, katanya point back to a speaker; tanya (ask) merely ends in -nya."""
    cue = cue.lower()
    return cue.endswith("nya") and cue not in speech.AFTER_VERBS or cue == "katanya"


def _speaking_since(body: str, entities: list[Entity], start: int, end: int) -> Entity | None:
    """The last person between the previous quote and this one who is the subject of a speech verb ("Li
    mengatakan Beijing ..."): the one a following "ujarnya" points to, rather than the previous quote's speaker.
    A person merely named in between ("... peran Presiden X") does not take the quote."""
    verbs = _patterns()["speaking"]
    hits = [(ms, e) for ms, me, e in _mentions(entities, start, end, ("PER",)) if verbs.match(body, me)]
    return max(hits, key=lambda h: h[0])[1] if hits else None


def _person_before(entities: list[Entity], pos: int) -> Entity | None:
    """The person mentioned last before `pos`: who a pronoun most likely stands for."""
    return _person_at(entities, 0, pos)


def _resolve(entities: list[Entity], surface: str | None) -> Entity | str | None:
    """A surface name to the article's person entity that contains all its words ("Fajar" -> Fajar Nugroho)."""
    if not surface:
        return None
    words = set(surface.lower().split())
    for e in entities:
        if e.type == "PER" and words <= set(" ".join([e.name, *e.aliases]).lower().split()):
            return e
    return surface


def _cue_follows(rest: str) -> bool:
    return bool(_patterns()["after"].match(rest))


def _sentence_bounds(body: str, start: int, end: int) -> tuple[int, int]:
    s = max(body.rfind("\n", 0, start), max(body.rfind(". ", 0, start), body.rfind(".", 0, start)))
    # a period right before an opening mark ("diterima.“Saya") ends the previous sentence
    line_start = body.rfind("\n", 0, start) + 1
    s = max(s + 1, line_start) if s >= 0 else line_start
    e_candidates = [i for i in (body.find("\n", end), len(body)) if i >= 0]
    return s, min(e_candidates)


_INDEX: list = [None, None, None]  # (entities list, its length, (sorted starts, sorted mentions))


def _mentions(entities: list[Entity], start: int, end: int, types: tuple[str, ...], last: bool = False):
    """(start, end, entity) of the mentions of `types` starting in [start, end), in text order (reversed
    with `last`); through an index of the article's mentions so that each look-up is not a full scan."""
    if _INDEX[0] is not entities or _INDEX[1] != len(entities):
        rows = sorted(((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda r: r[0])
        _INDEX[:] = [entities, len(entities), ([r[0] for r in rows], rows)]
    starts, rows = _INDEX[2]
    lo, hi = bisect_left(starts, start), bisect_left(starts, end)
    for i in range(hi - 1, lo - 1, -1) if last else range(lo, hi):
        if rows[i][2].type in types:
            yield rows[i]


def _person_at(entities: list[Entity], start: int, end: int, last: bool = True) -> Entity | None:
    return next((e for _s, _e, e in _mentions(entities, start, end, ("PER",), last)), None)


def _any_speaker_at(entities: list[Entity], start: int, end: int) -> Entity | None:
    person = _person_at(entities, start, end, last=False)
    if person:
        return person
    return next((e for _s, _e, e in _mentions(entities, start, end, ("ORG", "LOC"))), None)


def _surface_name(text: str) -> str | None:
    text = _patterns()["stops"].sub("", text).strip(" ,.")
    m = re.search(r"((?:[A-Z][\w'’-]+\s*){1,4})$", text)
    return m.group(1).strip() if m else (text if 0 < len(text.split()) <= 4 else None)


def _is_bio(body: str, s: int, e: int) -> bool:
    """A whole line of short fragments ("Pecinta kopi. Penggemar film.") with no cue is a bio, not a quote."""
    line_start = body.rfind("\n", 0, s) + 1
    line_end = body.find("\n", e)
    line_end = len(body) if line_end < 0 else line_end
    outside = (body[line_start:s] + body[e:line_end]).strip(" " + MARKS + ".,")
    fragments = [f for f in re.split(r"[.!?]\s+", body[s:e]) if f.strip()]
    return not outside and len(fragments) >= 3 and sum(len(f.split()) for f in fragments) / len(fragments) <= 4


def annotate(article: Article) -> None:
    body, ents = article.body, article.entities
    by_id = {e.id: e for e in ents}
    quotes: list[Quote] = []
    last: Entity | str | None = None
    for s, e in find_quotes(body):
        if _is_bio(body, s, e):
            continue
        speaker, cue = _attribute(body, ents, s, e, last, quotes)
        words = len(body[s:e].split())
        if speaker is None and words <= SHORT_QUOTE_WORDS:
            continue  # an unattributed scare quote or title
        if speaker is not None:
            last = speaker
        ent = speaker if isinstance(speaker, Entity) else None
        quotes.append(Quote(start=s, end=e, text=body[s:e], speaker=ent.name if ent else speaker,
                            speaker_id=ent.id if ent and ent.id in by_id else None, cue=cue))
    # the first part of a multi-paragraph quote takes the speaker named after its last part
    for first, rest in zip(reversed(quotes[:-1]), reversed(quotes[1:]), strict=True):
        if first.speaker is None and not body[first.end:rest.start].strip(" \n,." + MARKS):
            first.speaker, first.speaker_id = rest.speaker, rest.speaker_id
    article.quotes = quotes


MAX_LEAD = 400  # characters before a quote searched for its cue ("menurut X", "X mengatakan")


def _attribute(body: str, ents: list[Entity], s: int, e: int, last, quotes: list[Quote]):
    p = _patterns()
    close = e
    while close < len(body) and (body[close] in MARKS or body[close] in ",.!? "):
        if body[close] in MARKS:
            close += 1
            break
        close += 1
    tail = body[close:close + 120].split("\n")[0]
    m = p["after"].match(tail)
    if m:
        cue = m.group("cue")
        who = m.group("who") or ""
        if _anaphoric(cue) or p["pronoun"].match(who) or not who.strip():
            since = quotes[-1].end if quotes else 0
            return _speaking_since(body, ents, since, s) or last or _person_before(ents, s), cue.lower()
        window_end = close + m.start("who") + len(p["stops"].sub("", who))
        ent = _person_at(ents, close + m.start("who"), window_end)
        if ent is None and who.split()[0].lower() in roles.ROLE_HEADS and body[window_end:window_end + 1] == ",":
            # "kata pelatih Persikota, Widodo Cahyono": the office, then its holder after the comma
            ent = _person_at(ents, window_end + 1, window_end + 3, last=False)
        ent = ent or _any_speaker_at(ents, close + m.start("who"), window_end)
        return ent or _resolve(ents, _surface_name(who)), cue.lower()
    sent_start, _ = _sentence_bounds(body, s, e)
    open_at = s
    while open_at > 0 and body[open_at - 1] in MARKS + " ":
        open_at -= 1
    sent_start = max(sent_start, open_at - MAX_LEAD)  # the cue sits near the quote: a bounded window
    lead = body[sent_start:open_at]
    for name in ("according",):
        m = p[name].search(lead)
        if m:
            if p["pronoun"].match(m.group("who").strip()):
                return _person_before(ents, sent_start) or last, "menurut"
            ent = _any_speaker_at(ents, sent_start + m.start("who"), sent_start + m.end("who"))
            return ent or _resolve(ents, _surface_name(m.group("who"))), "menurut"
    m = p["before"].search(lead)
    if m:
        subject = body[sent_start:sent_start + m.start()]
        ent = _person_at(ents, sent_start, sent_start + m.start())
        if p["pronoun"].match(subject.strip().split(",")[-1].strip()) or (not ent and re.search(
                r"\b(?:" + "|".join(speech.PRONOUNS) + r")\s*$", subject, re.I)):
            return _person_before(ents, sent_start) or last, m.group("cue").lower()
        if ent is None:
            ent = _any_speaker_at(ents, sent_start, sent_start + m.start())
        return ent or _resolve(ents, _surface_name(subject)), m.group("cue").lower()
    m = p["colon"].search(lead)
    if m:
        ent = _any_speaker_at(ents, sent_start + m.start("who"), sent_start + m.end("who"))
        return ent or m.group("who"), ":"
    # a quote paragraph of its own continues the last speaker
    line_start = body.rfind("\n", 0, s) + 1
    if not body[line_start:open_at].strip() and last is not None and len(body[s:e].split()) > SHORT_QUOTE_WORDS:
        return last, None
    return None, None
