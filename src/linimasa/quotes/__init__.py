"""Direct quotes and who said them.

Quote marks are paired per paragraph, whatever their shape (scraped pages mix “, ” and ");
curly marks inside a straight-quoted passage are a quote inside the quote; a paragraph that
opens a quote and never closes it continues into the next one that opens with a mark. The
speaker comes from a cue after the quote ("…," kata X; "…," demikian keterangan tertulis PT X),
before it (X mengatakan, "…"; Menurut X, "…"; X: "…"), or, for -nya cues, pronouns and bare
quote paragraphs, from the discourse: the person the text is about since the previous quote
(the subject of a sentence, a person introduced by an apposition), else the last speaker.
A person merely named inside a sentence about someone else does not take the quote.
One-word quotes, short phrases set in running text (scare quotes, labels) and quoted
names/titles ("bertajuk “…”", "dijuluki “…”") are not quotes; a closing run of short quoted
fragments (an author bio) is not a quote either.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from linimasa.lang.id import speech
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
    leads = "|".join(speech.AFTER_LEADS)
    nouns = "|".join(sorted(speech.STATEMENT_NOUNS, key=len, reverse=True))
    topic = "|".join(speech.TOPIC_LEADS)
    return {
        # "…," demikian keterangan tertulis PT X / "…," begitu kata Y
        "after_lead": re.compile(rf"^\s*[,.!?]?\s*(?:{leads})\s+(?P<cue>(?:{nouns}|{after})(?:nya)?)\b(?:\s+oleh)?"
                                 rf"(?:\s+(?P<who>(?!(?:{stops})\b)[^,.;:!?\"“”]{{1,80}}))?", re.I),
        "topic": re.compile(rf"^(?:{topic})$", re.I),
        "name_cue": re.compile(r"\b(?:" + "|".join(speech.NAME_CUES) + r")\s*$", re.I),
        # "…," kata X / "…," tambahnya / "…," kata dia
        "after": re.compile(rf"^\s*[,.!?]?\s*(?P<cue>(?:{after})(?:nya)?)\b(?:\s+(?P<who>(?!(?:{stops})\b)[^,.;:!?\"“”]{{1,80}}))?",
                            re.I),
        "before": re.compile(rf"\b(?P<cue>{before})\b[^\"“”„]{{0,60}}?[,:]?\s*$", re.I),
        "according": re.compile(r"(?:\b(?P<cue>menurut)|^\s*(?P<cue2>kata))\s+(?P<who>[^,]{2,80}),\s*$", re.I),
        "colon": re.compile(rf"(?P<who>{_NAME})\s*:\s*$"),
        "pronoun": re.compile(rf"^(?:{pron})\b", re.I),
        "speaking": re.compile(rf"\s*(?:juga\s+|pun\s+|lalu\s+|kemudian\s+)?(?:{before})\b", re.I),
        "stops": re.compile(rf"\s+(?:{stops})\b.*$", re.I | re.S),
    }


def names_match(query: str, names) -> bool:
    """A speaker filter: the query is one of the names, or every word of it is a word of one name
    ("Rizaldy" finds "Lalu Muhammad Rizaldy", an alias of Lalu Muhammad Rizaldi)."""
    words = query.casefold().split()
    return bool(words) and any(
        n.casefold() == query.casefold() or set(words) <= set(n.casefold().split()) for n in names)


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
        opener = ""
        inner = 0  # curly quotes open inside a straight-quoted passage ("Ia bilang, “pulang”, lalu …")
        if carry and para[:1] in MARKS:
            marks = marks[1:]
            opened, opener = 1, para[0]
        for i in marks:
            ch = para[i]
            if opened is None:
                if ch in speech.CLOSE_MARKS and _cue_follows(para[i + 1:i + 121]):
                    continue  # a stray closer before "kata X" whose opener was lost
                opened, opener, inner = i + 1, ch, 0
            else:
                if ch in speech.OPEN_MARKS and i - opened < 2:
                    opened = i + 1
                    continue
                if opener in speech.BOTH_MARKS and ch in speech.OPEN_MARKS:
                    inner += 1
                    continue
                if inner and ch in speech.CLOSE_MARKS:
                    inner -= 1
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


def _sentence_start(body: str, pos: int, quotes: list[tuple[int, int]]) -> int:
    """Where the sentence holding `pos` begins: after a line break, a sentence end or the last quote before it."""
    start = body.rfind("\n", 0, pos) + 1
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s)", body[start:pos])]
    if ends:
        start += ends[-1]
    return max([start] + [e for _, e in quotes if e <= pos])


def subjects(body: str, entities: list[Entity], quotes: list[tuple[int, int]]) -> list[tuple[int, Entity]]:
    """(position, person) for every sentence outside the quotes that is about a person: its first person when
    only a short opener stands before the name ("Malam itu Sahnan …", "Namun bagi Sahnan, …", "Seorang warga,
    Eti, …"). An apposition names the subject ("Kuasa hukum Bagas, Rosita, …" is about Rosita). A person
    named after a verb ("Ia memuji kebijakan Menteri X") is merely mentioned."""
    p = _patterns()
    inside = lambda pos: any(s <= pos < e for s, e in quotes)  # noqa: E731
    mentions = sorted((m.start, m.end, e) for e in entities if e.type == "PER" for m in e.mentions
                      if not inside(m.start))
    out: list[tuple[int, Entity]] = []
    seen_sentence = -1
    for k, (start, end, ent) in enumerate(mentions):
        sent = _sentence_start(body, start, quotes)
        if sent == seen_sentence:
            continue
        seen_sentence = sent
        prefix = body[sent:start].split(",")[-1]
        words = re.findall(r"[\w'’-]+", prefix)
        loose = [w for w in words if w[:1].islower() and not p["topic"].match(w)]
        if any(w.lower() in speech.PRONOUNS for w in words) or len(loose) > speech.TOPIC_LEAD_LIMIT:
            continue
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if nxt and re.fullmatch(r"\s*,\s*", body[end:nxt[0]]):
            ent, start = nxt[2], nxt[0]  # "Kuasa hukum Bagas, Rosita Manurung, …": the apposition
        out.append((start, ent))
    return out


def _focus(subs: Sequence[tuple[int, Entity]], since: int, pos: int) -> Entity | None:
    """The person the text has been about since the previous quote (the last sentence subject before `pos`)."""
    hits = [e for at, e in subs if since <= at < pos]
    return hits[-1] if hits else None


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


def _closing(body: str, e: int) -> int:
    """The position just after the closing mark of a quote ending at `e` (and the comma/period before it)."""
    close = e
    while close < len(body) and (body[close] in MARKS or body[close] in ",.!? "):
        if body[close] in MARKS:
            return close + 1
        close += 1
    return close


def _opening(body: str, s: int) -> int:
    open_at = s
    while open_at > 0 and body[open_at - 1] in MARKS + " ":
        open_at -= 1
    return open_at


def _after_cue(tail: str):
    p = _patterns()
    return p["after_lead"].match(tail) or p["after"].match(tail)


def _not_speech(body: str, s: int, e: int) -> bool:
    """A quoted word, name or title rather than speech: one word; a phrase named by the word before it
    ("bertajuk “…”", "dijuluki “…”", "kasus “…”"); or a short phrase set inside running text with no speech
    cue right at its marks (a scare quote: "menyebut kasus itu “kelalaian murni” dan …")."""
    words = len(body[s:e].split())
    if words <= 1:
        return True
    tail = body[_closing(body, e):_closing(body, e) + 120].split("\n")[0]
    if _after_cue(tail):
        return False
    open_at = _opening(body, s)
    lead = body[body.rfind("\n", 0, open_at) + 1:open_at]
    if words <= 10 and _patterns()["name_cue"].search(lead):
        return True
    if words > SHORT_QUOTE_WORDS:
        return False
    sentence = lead[_sentence_start(lead, len(lead), []):]
    if _patterns()["before"].search(sentence) or _patterns()["according"].search(sentence):
        return False  # a partial quote its sentence attributes ("X menyebut kenaikan itu “wajar saja”")
    lead = lead.rstrip()
    return not (not lead or lead[-1] in ",:" or re.search(r"[.!?]$", lead))


def annotate(article: Article) -> None:
    body, ents = article.body, article.entities
    by_id = {e.id: e for e in ents}
    quotes: list[Quote] = []
    last: Entity | str | None = None
    spans = [q for q in find_quotes(body) if not _is_bio(body, *q)]
    subs = subjects(body, ents, spans)
    for s, e in spans:
        if _not_speech(body, s, e):
            continue
        speaker, cue = _attribute(body, ents, s, e, last, quotes, subs)
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


def _attribute(body: str, ents: list[Entity], s: int, e: int, last, quotes: list[Quote],
               subs: Sequence[tuple[int, Entity]] = ()):
    p = _patterns()
    since = quotes[-1].end if quotes else 0
    close = _closing(body, e)
    tail = body[close:close + 120].split("\n")[0]
    m = _after_cue(tail)
    if m is None and not tail.strip():
        # the quote ends its paragraph and the next one names the speaker ("Demikian disampaikan X …")
        gap = re.compile(r"\s*").match(body, close)
        close = gap.end() if gap else close
        tail = body[close:close + 120].split("\n")[0]
        m = p["after_lead"].match(tail)
        if m is None:
            close = _closing(body, e)
    if m:
        cue = m.group("cue")
        who = m.group("who") or ""
        if _anaphoric(cue) or p["pronoun"].match(who) or not who.strip():
            return (_focus(subs, since, s) or _speaking_since(body, ents, since, s) or last
                    or _person_before(ents, s)), cue.lower()
        window_end = close + m.start("who") + len(p["stops"].sub("", who))
        ent = _person_at(ents, close + m.start("who"), window_end)
        if ent is None and body[window_end:window_end + 1] == ",":
            # "kata pelatih Persikota, Widodo Cahyono" / "kata seorang kurir, Bagas Wirawan": the office or
            # description, then the person after the comma
            ent = _person_at(ents, window_end + 1, window_end + 3, last=False)
        ent = ent or _any_speaker_at(ents, close + m.start("who"), window_end)
        return ent or _resolve(ents, _surface_name(who)), cue.lower()
    sent_start, _ = _sentence_bounds(body, s, e)
    open_at = _opening(body, s)
    sent_start = max(sent_start, open_at - MAX_LEAD)  # the cue sits near the quote: a bounded window
    lead = body[sent_start:open_at]
    m = p["according"].search(lead)
    if m:
        if p["pronoun"].match(m.group("who").strip()):
            return _focus(subs, since, sent_start) or _person_before(ents, sent_start) or last, "menurut"
        ent = _any_speaker_at(ents, sent_start + m.start("who"), sent_start + m.end("who"))
        return ent or _resolve(ents, _surface_name(m.group("who"))), "menurut"
    m = p["before"].search(lead)
    if m:
        subject = body[sent_start:sent_start + m.start()]
        ent = _person_at(ents, sent_start, sent_start + m.start())
        if p["pronoun"].match(subject.strip().split(",")[-1].strip()) or (not ent and re.search(
                r"\b(?:" + "|".join(speech.PRONOUNS) + r")\s*$", subject, re.I)):
            return (_focus(subs, since, sent_start) or _person_before(ents, sent_start) or last,
                    m.group("cue").lower())
        if ent is None:
            ent = _any_speaker_at(ents, sent_start, sent_start + m.start())
        return ent or _resolve(ents, _surface_name(subject)), m.group("cue").lower()
    m = p["colon"].search(lead)
    if m:
        ent = _any_speaker_at(ents, sent_start + m.start("who"), sent_start + m.end("who"))
        return ent or m.group("who"), ":"
    # a quote paragraph of its own continues the person the text is about, else the last speaker
    line_start = body.rfind("\n", 0, s) + 1
    if not body[line_start:open_at].strip() and len(body[s:e].split()) > SHORT_QUOTE_WORDS:
        who = _focus(subs, since, s) or last
        if who is not None:
            return who, None
    return None, None
