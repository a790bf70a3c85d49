"""Entities stage: tag people, places and organisations in the body and group mentions into entities.

Within one article, short forms join the full name ("Wibowo" -> "Andi Wibowo"), honorifics and
apposition roles are stripped from names and kept as `role`, places resolve to their gazetteer name
(with the international exonym among aliases), and names inside credit lines are skipped.
Cross-article merging lives in `linimasa.entities.canonical`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from linimasa.entities import gazetteer, lexicon, names
from linimasa.entities.conll import spans
from linimasa.entities.rules import surname_particle
from linimasa.entities.tagger import tag
from linimasa.lang.id import abbreviations, credits, roles
from linimasa.model import Article, Entity, Mention, Span
from linimasa.text import sentence_tokens

__all__ = ["annotate", "find_mentions", "group_mentions"]

_MAX_ROLE_TOKENS = 10
_MAX_SENTENCE_TOKENS = 200
_HARD_STOP = {"|", "©", "•", "·", "/", "\\", ":", ";", "(", ")", "[", "]", "«", "»", '"', "“", "”", "®", "™"}
_PUNCT_STOP = {",", ".", ";", ":", "(", ")", '"', "“", "”", "!", "?"}


@dataclass
class Found:
    """One mention before grouping: surface span, the cleaned name, type and any role/honorific next to it."""

    start: int
    end: int
    name: str
    type: str
    role: str | None = None
    honorific: str | None = None
    words: list[str] = field(default_factory=list)
    text: str = ""
    titled: str | None = None  # the name with the title right before it ("Menhub Arief"), kept as an alias
    long_form: str | None = None  # the name this one abbreviates in "Long Name (ACRONYM)"
    short_form: str | None = None  # "BPBD Kabupaten Cianjur" of "Badan ... Daerah (BPBD) Kabupaten Cianjur"
    acronym: str | None = None  # the bracketed short form inside such a name ("BPBD")
    org_cue: bool = False  # named as an organisation by the words before it ("perusahaan minyak [Chevron]")


@cache
def _credit_re() -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in sorted(credits.CREDIT_CUES, key=len, reverse=True))
    return re.compile(rf"(?i)(?:^|[\s(\[|])(?:{cues})\s*[:/|]")


def _in_credit(body: str, start: int, end: int | None = None) -> bool:
    """Is the mention inside a credit line ("Foto: X/Agency", "Penulis: X", "AFP PHOTO / X")? Looks back on
    its line, and right after it for a credit word and its slash ("[AFP] PHOTO /")."""
    line_start = body.rfind("\n", 0, start) + 1
    window = body[max(line_start, start - 60):start]
    if _credit_re().search(window):
        return True
    return end is not None and bool(re.match(r"\s*(?:photo|foto)\s*[/:|]", body[end:end + 15], re.I))


def _role_before(toks: list[Span], tags: list[str], s: int) -> str | None:
    """Apposition role right before a name: "Menteri Luar Negeri Rusia [Andi Wibowo]"."""
    head = None
    j = s - 1
    brackets = 0
    while j >= 0 and s - j - brackets <= _MAX_ROLE_TOKENS:
        w = toks[j].text
        low = w.lower()
        if w == ")" and (o := _bracket_open(toks, j)) is not None:
            brackets += j - o + 1  # a bracketed short form or corps inside the role: "Pangkalan TNI AL (Danlanal)
            j = o - 1  # Mataram", "Kepala Satuan Reserse Kriminal (Kasat Reskrim) Polres Sleman"
            continue
        if low in roles.ROLE_HEADS or (low in roles.CORPORATE_TITLE_HEADS and w[:1].isupper()):
            head = j
        elif low in roles.ORG_NAME_JOINERS and j > 0 and toks[j - 1].text[:1].isupper() and toks[j + 1].text[:1].isupper():
            pass  # "Kepala Bidang Kedokteran dan Kesehatan Polda NTB"
        elif not (names.is_role_word(w) or tags[j] != "O" or w[:1].isupper()):
            break
        j -= 1
    if head is None:
        return _role_before_comma(toks, tags, s)
    # trailing honorifics belong to the name's honorific, not the role
    end = s - 1
    while end >= head and names.is_honorific(toks[end].text):
        end -= 1
    if end < head:
        return None
    rank = _rank_start(toks, head, end)
    if head < rank <= end:
        office, title = _join(toks[head:rank]), _join(toks[rank:end + 1])
        return f"{office}, {title}" if "(" in title else f"{office} ({title})"
    return _join(toks[head:end + 1])


def _bracket_open(toks: list[Span], close: int) -> int | None:
    """Index of the "(" that opens a short bracket (one to three words) closed at `close`."""
    for o in range(close - 2, max(-1, close - 5), -1):
        if toks[o].text == "(":
            return o
        if toks[o].text in _PUNCT_STOP:
            return None
    return None


def _rank_start(toks: list[Span], head: int, end: int) -> int:
    """Where a trailing military or police rank starts in the role toks[head..end] (end + 1 if none)."""
    r = end + 1
    for j in range(end, head - 1, -1):
        low = toks[j].text.lower()
        if low == "jenderal" and j > head and names.is_role_word(toks[j - 1].text):
            continue  # "Mayor Jenderal" goes on; "Sekretaris Jenderal" is an office and stops below
        if low in roles.RANKS:
            r = j
        elif low not in roles.RANK_CONTINUATIONS:
            break
    return r


_CLAUSE_WORDS = frozenset(
    "yang dan atau bahwa untuk kepada oleh dengan saat ketika sebagai adalah ialah itu ini tersebut juga pun".split())
# after a name a preposition ends the role ("guru honorer [di desa itu]"); before it, it may be inside one
# ("Anggota Komisi V dari daerah pemilihan NTB, X")
_PREPOSITIONS = frozenset("di ke dari pada sejak selama".split())


def _clause_word(w: str) -> bool:
    """A lower-case word that ends an apposition: a function word, a number, or a verb ("mengatakan", "berusia")."""
    low = w.lower()
    return low in _CLAUSE_WORDS or (w.islower() and bool(re.match(r"(?:me|ber|ter)\w{3}", low))) \
        or any(c.isdigit() for c in w)


def _role_before_comma(toks: list[Span], tags: list[str], s: int) -> str | None:
    """Apposition role closed by a comma: "juru bicara kedutaan, [Emma Radcliffe]," or "menetapkan nakhoda kapal,
    [Yohanes Mbete]" - the phrase from the first role head after the clause's verb or punctuation."""
    if s < 2 or toks[s - 1].text != ",":
        return None
    head = None
    j = s - 2
    brackets = 0
    while j >= 0 and s - 1 - j - brackets <= _MAX_ROLE_TOKENS:
        w = toks[j].text
        low = w.lower()
        if w == ")" and (o := _bracket_open(toks, j)) is not None:
            brackets += j - o + 1  # "Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Garut, [X]"
            j = o - 1
            continue
        if low in roles.ORG_NAME_JOINERS and 0 < j and toks[j - 1].text[:1].isupper() and toks[j + 1].text[:1].isupper():
            j -= 1
            continue
        if w in _PUNCT_STOP or _clause_word(w):
            break
        if low in roles.ROLE_HEADS or low in roles.KIN_HEADS:
            head = j
        j -= 1
    if head is None:
        return None
    # a person inside the phrase is whose role it is ("pengacara Rusdi, [Fadli]"); after an office it is another
    # person of a list ("Presiden Joko Widodo, [Ma'ruf Amin]")
    p = next((k for k in range(head, s - 1) if tags[k] == "B-PER"), None)
    if p is not None and not all(t.text.lower() in roles.RELATIONAL_ROLES for t in toks[head:p]):
        return None
    return _join(toks[head:s - 1])


def _role_after(toks: list[Span], tags: list[str], e: int) -> str | None:
    """Apposition role right after a name: "[Ned Price], juru bicara Departemen Luar Negeri AS, ...", "[Siti],
    istri salah seorang ABK," (a kinship role, its quantifier dropped: "istri ABK")."""
    if e + 1 >= len(toks) or toks[e].text != ",":
        return None
    words = [t.text.lower() for t in toks[e + 1:]]
    head = e + 1 + next((len(q.split()) for q in roles.ROLE_QUANTIFIERS if words[:len(q.split())] == q.split()), 0)
    if head >= len(toks) or toks[head].text.lower() not in roles.ROLE_HEADS | roles.KIN_HEADS:
        return None
    kept = []
    j = head
    while j < len(toks) and j - e <= _MAX_ROLE_TOKENS and toks[j].text not in _PUNCT_STOP:
        w = toks[j].text
        if _clause_word(w) or w in _PREPOSITIONS or (w.islower() and not w.isalpha()):
            break  # "Amaq, nelayan [berusia 54 tahun]": the role ends where the clause starts
        kept.append(toks[j])
        j += 1
    role = _join(kept)
    for q in roles.ROLE_QUANTIFIERS:
        role = re.sub(rf"(?i)(?<=\s){q}\s+", "", role)
    return role or None


def _join(toks: list[Span]) -> str:
    out = ""
    for i, t in enumerate(toks):
        out += ("" if i == 0 or t.start == toks[i - 1].end else " ") + t.text
    return out


def _propagate(sents: list[tuple[list[Span], list[str], list[str]]]) -> None:
    """Document-level consistency: a name tagged once is tagged wherever it recurs untagged in the article.

    Person name words ("Santoso" of "Budi Santoso", or the typo "Santosa") and whole place/organisation
    names are re-labelled on capitalised tokens the CRF left as O.
    """
    person_words: set[str] = set()
    alone: set[str] = set()  # words that name a person on their own somewhere in the article ("kata Marlina")
    surnames: set[str] = set()
    phrases: dict[tuple[str, ...], str] = {}
    for _toks, words, tags in sents:
        _tag_bracketed_short_form(words, tags)
        _extend_org_before_name(words, tags)
    for _toks, words, tags in sents:
        for s, e, typ in spans(tags):
            if typ == "PER":
                ws = [w for w in words[s:e] if _name_word(w)]
                person_words.update(ws)
                if e - s == 1 and ws:
                    alone.add(ws[0])
                if len(ws) >= 2:
                    surnames.add(ws[-1])
            elif all(w[:1].isupper() or not w.isalpha() for w in words[s:e]):
                phrases.setdefault(tuple(words[s:e]), typ)
                if typ == "ORG" and e - s >= 3 and words[s].lower() in roles.LEGAL_FORMS:
                    if not lexicon.ordinary(words[s + 1]) and words[s + 1].lower() not in roles.ORG_HEADS:
                        phrases.setdefault((words[s + 1],), typ)  # "Sinar" of "PT Sinar Bahari", not "Liga"/"Bank"
                    end = e - 1 if words[e - 1].lower() in roles.COMPANY_SUFFIXES else e
                    phrases.setdefault(tuple(words[s + 1:end]), typ)  # "Sinar Bahari" of "PT Sinar Bahari Tbk"
                elif typ == "ORG" and e - s >= 3 and words[e - 1].lower() in roles.CLUB_TAILS:
                    phrases.setdefault(tuple(words[s:e - 1]), typ)  # "Sriwijaya Muda" of "Sriwijaya Muda FC"
                if typ == "LOC" and e - s >= 2 and words[s].lower() in roles.PLACE_HEADS \
                        and (e - s >= 3 or not lexicon.ordinary(words[s + 1])):
                    phrases.setdefault(tuple(words[s + 1:e]), typ)  # "Lembah Hijau" of "Kabupaten Lembah Hijau"
    person_words = {w for w in person_words if len(w) >= 3 and not names.place(w)}
    _retag_known_bodies(sents, phrases)
    _split_known_prefix(sents, phrases, alone)
    longest = max((len(p) for p in phrases), default=0)
    for _toks, words, tags in sents:
        n = len(words)
        i = 0
        while i < n:
            if tags[i] != "O" or not _name_word(words[i]):
                i += 1
                continue
            hit = None
            for k in range(min(n, i + longest), i, -1):
                known = phrases.get(tuple(words[i:k]))
                if known and all(t == "O" for t in tags[i:k]):
                    hit = (k, known)
                    break
            if hit is None and (words[i] in person_words or (len(words[i]) >= 5 and any(
                    names.similar_words(words[i], w) for w in surnames))):
                k = i + 1
                while k < n and tags[k] == "O" and words[k] in person_words:
                    k += 1
                hit = (k, "PER")
            if hit is None:
                i += 1
                continue
            k, typ = hit
            for j in range(i, k):
                tags[j] = ("B-" if j == i else "I-") + typ
            i = k
        surname_particle(words, tags)  # "van [Dyk]" labelled just above keeps its particle


def _tag_bracketed_short_form(words: list[str], tags: list[str]) -> None:
    """"[Badan Nasional Pencarian dan Pertolongan] (Basarnas)": an untagged capitalised word in brackets right
    after a multi-word organisation or place is its short form, of the same type."""
    for s, e, typ in spans(tags):
        if (typ != "PER" and e - s >= 2 and e + 2 < len(words) and words[e] == "(" and words[e + 2] == ")"
                and tags[e + 1] == "O" and words[e + 1][:1].isupper() and words[e + 1].isalnum()
                and _abbreviates(words[e + 1], words[s:e])):
            tags[e + 1] = "B-" + typ


def _abbreviates(short: str, long: list[str]) -> bool:
    """Can `short`, in brackets after the name `long`, be that name's short form? An all-capital acronym may
    spell anything (SAR is "Search and Rescue"); a syllable blend (Basarnas, Kemenhub, Polri) opens with the
    first letter of one of the name's words or with a syllable of its first word - so "Danlanal" (Komandan
    Pangkalan TNI AL) after "TNI AL" abbreviates the commander's office, not the navy."""
    if short.isupper():
        return True
    low = short.lower()
    return any(w[:1].lower() == low[0] for w in long) or low[:3] in long[0].lower()


def _retag_known_bodies(sents, phrases: dict[tuple[str, ...], str]) -> None:
    """"kapten [Sriwijaya Muda], Yogi Saputra" tagged as a person (or a place) where the article names the club
    "Sriwijaya Muda FC": a span of two words or more that is exactly an organisation name of the article (and
    no gazetteer place) is that organisation."""
    for _toks, words, tags in sents:
        for s, e, typ in spans(tags):
            if typ != "ORG" and e - s >= 2 and phrases.get(tuple(words[s:e])) == "ORG" \
                    and not names.place(" ".join(words[s:e])):
                for j in range(s, e):
                    tags[j] = ("B-" if j == s else "I-") + "ORG"


def _split_known_prefix(sents, phrases: dict[tuple[str, ...], str], alone: set[str]) -> None:
    """"[Sumbawa Barat Fauzan Ramadhani]" tagged as one person (or one place) where "Sumbawa Barat" is a place
    elsewhere in the article: the place (or organisation) is split off the name. A given name, or a word that
    names a person on its own elsewhere in the article ("Menurut [Marlina]"), is where the name may start."""
    first = gazetteer.first_names() | {w.lower() for w in alone}
    for _toks, words, tags in sents:
        for s, e, typ in spans(tags):
            if e - s < 2:
                continue
            for k in range(e - 1, s, -1):
                # a place or organisation span splits only where a given name opens the rest
                # ("[Mataram] [Lalu Rizaldi]"), never inside a plain multi-word place ("Jakarta Selatan")
                if typ != "PER" and not (e - k >= 2 and words[k].lower() in first):
                    continue
                # (not the big world list, nor given names: "Vladimir" is also a Russian town)
                if k == s + 1 and words[s].lower() in first:
                    continue
                gaz = gazetteer.kind_of(" ".join(words[s:k]))
                gaz = None if gaz == "world" else gaz
                kind = phrases.get(tuple(words[s:k])) or ({"org": "ORG", None: None}.get(gaz, "LOC"))
                if kind is None and typ == "PER" and s > 0 and words[s - 1].lower() in roles.REGION_ROLE_HEADS \
                        and words[k].lower() in first:
                    kind = "LOC"  # "Bupati [Sumbawa Barat] [Fauzan Ramadhani]": the region, then the person
                if kind is None and typ != "PER" and _in_role_phrase(words, s) \
                        and words[k - 1].lower() not in roles.PLACE_HEADS:
                    kind = typ  # "Kepala Unit Donor Darah [PMI Surabaya] [Wulan Pertiwi]", not "Jalan Ahmad Yani"
                if kind and kind != "PER" and all(_name_word(w) for w in words[k:e]):
                    for j in range(s, e):
                        typ_j = kind if j < k else "PER"
                        tags[j] = ("B-" if j in (s, k) else "I-") + typ_j
                    break


def _in_role_phrase(words: list[str], s: int) -> bool:
    """The capitalised run before position s opens with a role ("Kepala Unit Donor Darah ...")."""
    j = s - 1
    while j >= 0 and s - j <= 6 and words[j][:1].isupper():
        if words[j].lower() in roles.ROLE_HEADS:
            return True
        j -= 1
    return False


def _release_name_start(words: list[str], tags: list[str]) -> None:
    """An organisation or place span that swallowed the start of the person right after it gives it back:
    "[Kantor SAR Mataram Lalu] [Muhammad Rizaldi]" -> a given name joins the person; "[Subkomite Investigasi
    Kapten] [Anthonius]" -> a rank or honorific leaves the organisation (it becomes the person's title)."""
    for s, e, typ in sorted(spans(tags)):
        if typ == "PER" or e >= len(tags) or tags[e] != "B-PER":
            continue
        while e - 1 > s and (names.is_honorific(words[e - 1]) or words[e - 1].lower() in roles.ROLE_HEADS):
            tags[e - 1] = "O"
            e -= 1
        if e - 1 > s + 1 and tags[e] == "B-PER" and words[e - 1].lower() in gazetteer.first_names():
            tags[e - 1], tags[e] = "B-PER", "I-PER"


def _extend_org_before_name(words: list[str], tags: list[str]) -> None:
    """"PT [Kereta Nusantara Bambang Prasetyo]", "KPU [Provinsi Jambi Eko Prasetyo]": a person span right after an
    organisation (or a legal form such as PT) whose name only starts at a given name further in gives its
    opening words to the organisation."""
    first = gazetteer.first_names()
    for s, e, typ in sorted(spans(tags)):
        if typ != "PER" or s == 0 or not (tags[s - 1].endswith("ORG") or words[s - 1].lower() in roles.LEGAL_FORMS):
            continue
        k = next((k for k in range(s + 1, e - 1) if words[k].lower() in first), None)
        if k is None or not all(_name_word(w) for w in words[k:e]) or not all(w[:1].isupper() for w in words[s:k]):
            continue
        if not tags[s - 1].endswith("ORG"):
            tags[s - 1] = "B-ORG"
        for j in range(s, k):
            tags[j] = "I-ORG"
        tags[k] = "B-PER"


def _name_word(w: str) -> bool:
    return w[:1].isupper() and w.replace("-", "").isalpha() and not names.is_honorific(w) and not names.is_role_word(w)


_DASHES = {"-", "–", "—", "|", "/"}
_PAGE_WORDS = frozenset({"photo", "foto", "image", "images", "getty", "dok", "dok.", "file"})


def _page_token(w: str) -> bool:
    """An outlet's domain ("KOMPAS.com", "Tribunnews.com") or a credit word ("PHOTO"): page text, not a name."""
    low = w.lower()
    if low in _PAGE_WORDS:
        return True
    parts = low.split(".")
    return len(parts) >= 2 and parts[0].isalnum() and parts[-1] in abbreviations.DOMAIN_SUFFIXES


def _drop_page_text(words: list[str], tags: list[str]) -> None:
    """"[KOMPAS.com - Bank Pembangunan Asia]", "[AFP PHOTO / ROMEO GACAD]": an outlet, a dateline or a credit
    glued to a name by the tagger. Dashes and domains split a span; a piece in capitals before a dash (the
    dateline or outlet), a piece holding a domain or a credit word, and the credit's names after it go."""
    for s, e, typ in sorted(spans(tags)):
        cuts = [k for k in range(s, e) if words[k] in _DASHES or _page_token(words[k])]
        if not cuts and not (e < len(words) and words[e] in _DASHES and s == 0 and words[s].isupper()
                             and any(_page_token(w) for w in words[e:e + 3])):
            continue
        credit = any(words[k].lower() in _PAGE_WORDS for k in cuts)
        bounds = [s - 1, *cuts, e]
        for a, b in pairwise(bounds):
            piece = range(a + 1, b)
            dash_after = b < e and words[b] in _DASHES
            drop = credit or not piece or (dash_after and all(words[k].isupper() for k in piece)) \
                or (b == e and not cuts)
            for k in piece:
                tags[k] = "O" if drop else ("B-" if k == a + 1 else "I-") + typ
        for k in cuts:
            tags[k] = "O"


def _vehicle(words: list[str], s: int, e: int) -> bool:
    """A ship, aircraft or helicopter name ("KMP [Tanjung Permata]", "[KM Sinar Bangun]", "pesawat [Sukhoi
    Superjet]"): left out of the entities; a listed organisation after the prefix ("pesawat Lion Air") stays."""
    if gazetteer.kind_of(" ".join(words[s:e])) == "org":
        return False
    if s >= 3 and words[s - 1] == ")" and words[s - 3] == "(" and words[s - 2].lower() in roles.VEHICLE_PREFIXES:
        return True  # "Kapal motor penyeberangan (KMP) [Tanjung Permata]"
    return (s > 0 and words[s - 1].lower() in roles.VEHICLE_PREFIXES) or (
        e - s >= 2 and words[s].lower() in roles.VEHICLE_PREFIXES)


def _term(words: list[str], s: int, e: int) -> bool:
    """An abbreviation of a thing or document, not a body: "kartu [RFID]", "[BBM]", "[KTP]"."""
    w = words[s]
    return e - s == 1 and (w.isupper() or any(c.isdigit() for c in w)) and w.lower() in roles.TERM_ACRONYMS


def _org_cue_before(words: list[str], s: int) -> bool:
    """"perusahaan minyak [Chevron]", "raksasa teknologi [Google]", "emiten [Adaro]"."""
    j = s - 1
    if j >= 0 and words[j].lower() in roles.ORG_SECTOR_WORDS:
        j -= 1
    return j >= 0 and words[j].lower() in roles.ORG_CUE_NOUNS


def _in_dateline(body: str, start: int, end: int) -> bool:
    """"JAKARTA, KOMPAS.com - …" left in the body: a place in capitals opening a paragraph before an outlet
    and a dash is the dateline, not a place of the story."""
    line_start = body.rfind("\n", 0, start) + 1
    text = body[start:end]
    if body[line_start:start].strip() or not text.isupper():
        return False
    return bool(re.match(r"\s*(?:\([^)\n]{0,30}\))?\s*(?:,\s*[^\s,]{1,30}(?:\s+[^\s,-]{1,20})?\s*)?[-–—]\s",
                         body[end:end + 50]))


def find_mentions(body: str) -> list[Found]:
    """Tag the body sentence by sentence and return cleaned mentions with their roles."""
    found: list[Found] = []
    sents = []
    for sentence in sentence_tokens(body):
        # a run-on "sentence" (a scraped list, a table) is tagged in pieces: the CRF is linear but keeps
        # the whole sequence in memory, and names never span that far
        for k in range(0, len(sentence), _MAX_SENTENCE_TOKENS):
            toks = sentence[k:k + _MAX_SENTENCE_TOKENS]
            words = [t.text for t in toks]
            sents.append((toks, words, tag(words)))
    _propagate(sents)
    for _toks, words, tags in sents:
        _release_name_start(words, tags)
        _drop_page_text(words, tags)
    for toks, words, tags in sents:
        for s, e, typ in sorted(spans(tags)):
            if _vehicle(words, s, e) or _term(words, s, e):
                continue
            # a name never runs across separators of scraped page furniture ("Sumbawa | Redaksi", "©")
            e = next((k for k in range(s + 1, e) if words[k] in _HARD_STOP), e)
            honorific = None
            if typ == "PER":
                # a given name the CRF left outside ("Lalu [Muhammad Rizaldi]") opens the name mid-sentence
                while s > 1 and words[s - 1][:1].isupper() and words[s - 1].lower() in gazetteer.first_names() \
                        and not names.is_role_word(words[s - 1]) and not names.is_honorific(words[s - 1]):
                    s -= 1
                # honorifics and role words inside the tagged span are not part of the name
                hon = []
                while s < e - 1 and (names.is_honorific(words[s]) or words[s].lower() in roles.ROLE_HEADS):
                    hon.append(words[s])
                    s += 1
                # the rest of an office the tagger glued to the name ("Kepala Staf [Kepresidenan Moeldoko]")
                while s < e - 1 and s > 0 and names.is_role_word(words[s - 1]) and names.is_role_word(words[s]) \
                        and words[s].lower() not in gazetteer.first_names():
                    s += 1
                while e - 1 > s and (words[e - 1].lower() in roles.DEGREE_SUFFIXES or words[e - 1] in {",", "."}):
                    e -= 1
                if s > 0 and names.is_honorific(words[s - 1]):
                    hon.insert(0, words[s - 1])
                honorific = " ".join(hon) or None
            while e > s and words[e - 1] in _PUNCT_STOP:
                e -= 1
            # a lower-case head word the tagger took in ("[kantor KNKT]", "[kawasan Pantura]") is no part of a
            # name; name particles stay ("van Dyk")
            while e - s > 1 and words[s][:1].islower() and words[s].lower() not in roles.NAME_PARTICLES:
                s += 1
            if e <= s:
                continue
            start, end = toks[s].start, toks[e - 1].end
            if _in_credit(body, start, end) or _in_dateline(body, start, end):
                continue
            if e - s == 1 and words[s].lower().strip("()") in roles.LEGAL_FORMS:
                continue  # "(Persero)" after "PT Pertamina" is its legal form, no name of its own
            if typ == "PER" and e - s == 1 and words[s].lower() in roles.ROLE_HEADS:
                continue  # "Menhub" alone is an office; the person holding it is named elsewhere
            name = _join(toks[s:e])
            if not any(c.isalpha() for c in name):
                continue
            place = names.place(name)
            if typ == "PER" and (place or (e - s >= 2 and words[s].lower() in roles.PLACE_HEADS)):
                typ = "LOC"  # "Gili Kondo", "Pulau Sebesi": a place head opens a place, not a person
            elif typ == "LOC" and e - s >= 2 and words[s].lower() in roles.ORG_HEADS \
                    and words[s].lower() not in roles.PLACE_HEADS:
                typ = "ORG"  # "Polres Badung": NERGrit often tags these as places; for a reader they are bodies
            role = None
            if typ == "PER":
                role = _role_before(toks, tags, s)
                if role and e + 1 < len(words) and words[e] == "," and tags[e + 1] == "B-PER" \
                        and all(w in roles.RELATIONAL_ROLES for w in role.lower().split()):
                    role = None  # "pengacara [Rusdi], Fadli Nasution": Fadli is the lawyer, Rusdi his client
                role = role or _role_after(toks, tags, e)
            titled = None
            if typ == "PER" and s > 0 and words[s - 1][:1].isupper() and (
                    names.is_honorific(words[s - 1]) or words[s - 1].lower() in roles.ROLE_HEADS):
                titled = _join(toks[s - 1:e])
            if typ == "PER" and s > 0 and (r := _rank_start(toks, max(0, s - 6), s - 1)) < s:
                titled = _join(toks[r:e])  # "Kolonel Laut (P) Agus Triyanto"
            org_cue = _org_cue_before(words, s) or gazetteer.kind_of(name) == "org"
            found.append(Found(start, end, name, typ, role, honorific, words[s:e], body[start:end], titled,
                               org_cue=org_cue))
    found = [part for f in found for part in _split_ticket(body, f)]
    found = _join_local_offices(body, found)
    _link_parenthesised(body, found)
    initials = _initials(body)
    return [f for f in found if f.name not in initials]


def _split_ticket(body: str, f: Found) -> list[Found]:
    """"Hadianto Rasyid-Reny Lamadjido": election copy joins a ticket's two candidates with a hyphen. Split
    when both sides are full names of two words or more ("Jean-Marc Dubois" stays one name)."""
    if f.type != "PER":
        return [f]
    m = re.search(r"(?<=[a-z])\s?[-–]\s?(?=[A-Z])", f.text)
    if not m:
        return [f]
    left, right = f.text[:m.start()], f.text[m.end():]
    if len(left.split()) < 2 or len(right.split()) < 2:
        return [f]
    lw, rw = left.split(), right.split()
    return [Found(f.start, f.start + len(left), " ".join(lw), "PER", role=f.role, words=lw, text=left),
            Found(f.start + m.end(), f.end, " ".join(rw), "PER", words=rw, text=right)]


def _initials(body: str) -> set[str]:
    """Capital initials that stand for a person in this article ("tersangka berinisial AS (27)", "RK (31)"):
    crime and court copy hides names this way, so "AS" here is no country, and no entity at all."""
    out = set(re.findall(r"(?i:berinisial|inisial)\s+([A-Z]{1,4})\b", body))
    out.update(re.findall(r"(?<![\w-])([A-Z]{1,4})\s*\(\d{1,3}(?:\s*tahun)?\)", body))
    return out


def _bracketed_after(body: str, long: Found, short: Found) -> bool:
    """Is `short` one word in brackets right after the longer organisation or place name `long`?"""
    return (long.type != "PER" and len(long.words) >= 2 and len(short.words) == 1
            and body[long.end:short.start].strip() == "(" and body[short.end:short.end + 1] == ")"
            and _abbreviates(short.name, long.words))


def _link_parenthesised(body: str, found: list[Found]) -> None:
    """"Badan Nasional Pencarian dan Pertolongan (Basarnas)": the one word in brackets right after a longer
    organisation or place name is its short form."""
    for long, short in pairwise(found):
        if _bracketed_after(body, long, short):
            short.type = long.type
            short.long_form = long.name


def _join_local_offices(body: str, found: list[Found]) -> list[Found]:
    """"Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Cianjur", "Kantor Pencarian dan Pertolongan (SAR)
    Mataram": the regional office of a national body, written out with its short form in brackets and the
    region after it, is one organisation. Its short form ("BPBD Kabupaten Cianjur", "Kantor SAR Mataram" - the
    head stays where the acronym does not abbreviate it) is how the rest of the coverage names it."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        if i + 2 < len(found):
            long, short, region = found[i:i + 3]
            if (long.type == "ORG" and _bracketed_after(body, long, short) and region.type == "LOC"
                    and body[short.end:region.start].strip() == ")" and "\n" not in body[short.end:region.start]):
                acr = short.name
                head = "" if _abbreviates(acr.title(), long.words[:1]) else long.words[0] + " "
                out.append(Found(long.start, region.end, " ".join(body[long.start:region.end].split()), "ORG",
                                 words=[*long.words, "(", acr, ")", *region.words], text=body[long.start:region.end],
                                 short_form=f"{head}{acr} {region.name}", acronym=acr))
                i += 3
                continue
        out.append(found[i])
        i += 1
    # "BPBD [Garut]" later in the article: the office's short form, then its region tagged apart
    offices = {f.acronym for f in out if f.acronym}
    joined: list[Found] = []
    for f in out:
        prev = joined[-1] if joined else None
        if prev is not None and f.type == "LOC" and prev.type == "ORG" and prev.name in offices \
                and body[prev.end:f.start] == " ":
            joined[-1] = Found(prev.start, f.end, f"{prev.name} {f.name}", "ORG", words=[*prev.words, *f.words],
                               text=body[prev.start:f.end])
            continue
        joined.append(f)
    return joined


def _per_groups(found: list[Found]) -> list[list[Found]]:
    """People: full names form groups; a one-word mention joins the group whose name contains it."""
    groups: list[list[Found]] = []
    # longest names first, so "Sri Mulyani" can join "Sri Mulyani Indrawati" wherever it occurs
    for f in sorted((f for f in found if len(f.words) >= 2), key=lambda f: (-len(f.words), f.start)):
        keys = [names.word_key(w) for w in f.words]
        same = [g for g in groups if [names.word_key(w) for w in g[0].words] == keys]
        part = [g for g in groups if _in_order(keys, [names.word_key(w) for w in g[0].words])]
        if same:
            same[0].append(f)
        elif len(part) == 1:
            part[0].append(f)
        else:
            groups.append([f])
    singles: dict[str, list[Found]] = {}
    for f in found:
        if len(f.words) >= 2:
            continue
        w = f.words[0]
        candidates = [g for g in groups if any(names.word_key(x) == names.word_key(w) for x in g[0].words)]
        if not candidates:
            # a one-letter typo of a surname ("Santosa" for "Santoso")
            candidates = [g for g in groups if names.similar_words(g[0].words[-1], w)]
        if candidates:
            # the most recent full name before this mention, else the first one after it
            before = [g for g in candidates if g[0].start < f.start]
            target = max(before, key=lambda g: max(x.start for x in g if x.start < f.start)) if before else candidates[0]
            target.append(f)
        else:
            singles.setdefault(names.word_key(w), []).append(f)
    return groups + list(singles.values())


def _in_order(short: list[str], full: list[str]) -> bool:
    """Are the words of `short` a proper in-order subsequence of `full` keeping its last word or first word?"""
    if len(short) >= len(full):
        return False
    it = iter(full)
    return all(w in it for w in short) and (short[-1] == full[-1] or short[0] == full[0])


def _other_groups(found: list[Found]) -> list[list[Found]]:
    """Places and organisations: one group per gazetteer place or per case-folded name; acronyms join expansions."""
    by_key: dict[tuple[str, str], list[Found]] = {}
    for f in found:
        place = names.place(f.name) if f.type == "LOC" else None
        key = (f.type, place.name.lower() if place else _org_key(f.short_form or f.name))
        by_key.setdefault(key, []).append(f)
    groups = sorted(by_key.values(), key=lambda g: -max(len(f.words) for f in g))
    # "Badan Pusat Statistik ... BPS": an all-caps acronym joins the name with those initials, unless the
    # acronym is itself a known place ("AS" is a country, not "Arab Saudi")
    long_forms = {(g[0].type, "".join(w[0] for w in g[0].words if w[:1].isupper()).upper()): g
                  for g in groups if len(g[0].words) >= 2}
    out: list[list[Found]] = []
    for g in groups:
        f0 = g[0]
        target = None
        if len(f0.words) == 1 and f0.name.isupper() and not names.place(f0.name):
            target = long_forms.get((f0.type, f0.name))
        if target is None and len(f0.words) == 1:
            # "BPBD" after "Badan ... Daerah (BPBD) Kabupaten Cianjur": the one office of that name here
            offices = [o for o in out if o[0].type == f0.type and any(f.acronym == f0.name for f in o)]
            target = offices[0] if len(offices) == 1 else None
        if target is None:
            longs = {names.fold(f.long_form) for f in g if f.long_form}
            target = next((o for o in out if o[0].type == f0.type and names.fold(o[0].name) in longs), None)
        if target is None:
            target = next((o for o in out if o[0].type == f0.type
                           and _short_form_of(f0.words, (o[0].short_form or o[0].name).split())), None)
        if target is not None and target is not g:
            target.extend(g)
        else:
            out.append(g)
    return out


_REGION_HEADS = frozenset("kabupaten kab. kota provinsi prov.".split())


def _org_key(name: str) -> str:
    """Grouping key of an organisation name: case-folded, a region head inside it dropped ("BPBD Kabupaten
    Cianjur" and "BPBD Cianjur" are one office), and its legal form too ("PT Pertamina (Persero)", "PT
    Pertamina" and "Pertamina" are one company; "Bukit Asam Tbk" and "Bukit Asam" too)."""
    words = names.fold(name).split()
    words = [w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and w in _REGION_HEADS)]
    return " ".join(names.strip_legal_form(words)) or " ".join(words)


def _short_form_of(short: list[str], full: list[str]) -> bool:
    """"Kayangan" of "Pelabuhan Kayangan" (a generic head dropped); "PT Arunika" / "Komisi V" of a longer
    organisation name that starts with the same words."""
    if len(short) >= len(full):
        return False
    if full[0].lower() in roles.PLACE_HEADS and full[1:] == short:
        return True
    if full[0].lower() in roles.LEGAL_FORMS and len(full) >= 3 and full[1:1 + len(short)] == short:
        return True  # "Arunika" of "PT Arunika Lintas Samudra"
    if (full[-1].lower() in roles.COMPANY_SUFFIXES or full[-1].lower() in roles.CLUB_TAILS) and short == full[:-1] \
            and short[0][:1].isupper():
        return True  # "Kaito Financial" of "Kaito Financial Group", "Sriwijaya Muda" of "Sriwijaya Muda FC"
    return len(short) >= 2 and full[:len(short)] == short and full[0].lower() in roles.ORG_HEADS


def _canonical_name(group: list[Found]) -> str:
    if group[0].type == "LOC":
        place = names.place(group[0].name)
        if place:
            return place.name
    counts = Counter(names.tidy_case(f.short_form or f.name) for f in group)
    # a full name over a bare one; among full names the most used, then the longest
    return max(counts, key=lambda n: (len(n.split()) > 1, counts[n], len(n.split()), -len(n)))


def _retype(found: list[Found]) -> list[Found]:
    """Make types agree within the article: one name has one type (majority of its mentions; places in the
    gazetteer stay places); an office named by an organisation of the article is an organisation ("BPBD
    Cianjur"), and so is a "person" with a company word ("Kaito Financial") and its first word alone; a one-word
    place/organisation that is a word of a tagged person's name ("Wibowo" once tagged LOC) is that person; a lone
    ordinary capitalised word is no person."""
    votes: dict[str, Counter[str]] = {}
    for f in found:
        votes.setdefault(names.fold(f.name), Counter())[f.type] += 1
    for f in found:
        v = votes[names.fold(f.name)]
        if len(v) > 1:
            f.type = "LOC" if names.place(f.name) else max(v, key=lambda t: (v[t], t == "PER"))
    # "Chevron" tagged a person, where the article calls it "perusahaan minyak Chevron" (or it is a listed
    # organisation): every mention of that name is the organisation
    org_named = {names.fold(f.name) for f in found if f.org_cue and not names.place(f.name)}
    for f in found:
        if f.type == "PER" and names.fold(f.name) in org_named:
            f.type = "ORG"
    # "BPBD Cianjur" tagged as a place, where BPBD is an organisation of the article: the office, an organisation
    org_words = {f.acronym or f.name for f in found if f.type == "ORG" and (f.acronym or len(f.words) == 1)}
    for f in found:
        if f.type == "LOC" and len(f.words) >= 2 and f.words[0] in org_words and f.words[0].isupper():
            f.type = "ORG"
        if f.type == "PER" and _company_words(f):
            f.type = "ORG"  # "Kaito Financial": no person is called Financial
    companies: dict[str, set[str]] = {}
    for f in found:
        if f.type == "ORG" and _company_words(f):
            companies.setdefault(f.words[0], set()).add(f.name)
    person_words = {names.word_key(w) for f in found if f.type == "PER" and len(f.words) >= 2 for w in f.words}
    out = []
    for f in found:
        # "Kaito" alone, where the article's only company opening with that word is "Kaito Financial"
        if f.type == "PER" and len(f.words) == 1 and names.word_key(f.name) not in person_words \
                and len(companies.get(f.name, ())) == 1:
            f.type, f.long_form = "ORG", next(iter(companies[f.name]))
        if f.type != "PER" and len(f.words) == 1 and not names.place(f.name) and names.word_key(f.name) in person_words:
            f.type = "PER"
        if f.type == "PER" and len(f.words) == 1 and names.word_key(f.name) not in person_words and lexicon.ordinary(f.name):
            continue
        out.append(f)
    return out


def _company_words(f: Found) -> bool:
    """Does a company word follow the first word of the name ("Kaito [Financial]")?"""
    return any(w.lower() in roles.COMPANY_WORDS for w in f.words[1:])


def group_mentions(found: list[Found]) -> list[Entity]:
    found = _retype(found)
    groups = _per_groups([f for f in found if f.type == "PER"]) + _other_groups([f for f in found if f.type != "PER"])
    groups.sort(key=lambda g: min(f.start for f in g))
    entities = []
    for n, g in enumerate(groups, 1):
        g.sort(key=lambda f: f.start)
        name = _canonical_name(g)
        aliases = list(dict.fromkeys([name] + [f.name for f in g] + [f.short_form for f in g if f.short_form]
                                     + [f.titled for f in g if f.titled]))
        place = names.place(name) if g[0].type == "LOC" else None
        if place and place.en not in aliases:
            aliases.append(place.en)
        role_counts = Counter(f.role for f in g if f.role)
        role = max(role_counts, key=lambda r: (role_counts[r], len(r))) if role_counts else None
        if role is None:
            hon = [f.honorific for f in g if f.honorific]
            role = hon[0] if hon else None
        entities.append(Entity(
            id=f"e{n}", name=name, type=g[0].type, role=role,
            mentions=[Mention(f.start, f.end, f.text) for f in g], aliases=aliases,
        ))
    entities = _join_nicknames(entities)
    _one_owner_per_alias(entities)
    return entities


def _outlet_key(name: str) -> str:
    key = re.sub(r"[^a-z0-9.]", "", names.fold(name))
    parts = key.split(".")
    return ".".join(parts[:-1]) if len(parts) > 1 and parts[-1] in abbreviations.DOMAIN_SUFFIXES else key


def nickname_target(ent: Entity) -> tuple[str, frozenset[str]] | None:
    """(full name, identifying offices) when the person entity is named by a listed nickname ("Jokowi"). Only
    its name counts: "Ganjar" as the short form of another "Ganjar Wicaksono" is no nickname."""
    hit = gazetteer.nicknames().get(" ".join(names.fold(ent.name).split()))
    return hit if hit and names.fold(hit[0]) != names.fold(ent.name) else None


def _office_matches(role: str | None, offices: frozenset[str]) -> bool:
    if not role:
        return False
    r = " ".join(names.fold(role).split())
    return r in offices or r.removeprefix("mantan ") in offices


def _join_nicknames(entities: list[Entity]) -> list[Entity]:
    """"Jokowi" joins "Joko Widodo" of the same article; with no full name in the article, a nickname next to
    one of the person's offices ("Presiden Jokowi") takes the full name. Otherwise it stays as written."""
    out = list(entities)
    for ent in entities:
        if ent.type != "PER" or (hit := nickname_target(ent)) is None:
            continue
        full, offices = hit
        key = names.fold(full)
        target = next((t for t in out if t is not ent and t.type == "PER" and (
            names.fold(t.name) == key or key in {names.fold(a) for a in t.aliases})), None)
        if target is not None:
            target.mentions = sorted(target.mentions + ent.mentions, key=lambda m: m.start)
            target.aliases = list(dict.fromkeys(target.aliases + ent.aliases))
            target.role = target.role or ent.role
            out.remove(ent)
        elif _office_matches(ent.role, offices):
            ent.aliases = list(dict.fromkeys([full, *ent.aliases]))
            ent.name = full
    return out


def _one_owner_per_alias(entities: list[Entity]) -> None:
    """An alias names one entity: a surface form that is another entity's own name (or an alias of a place or
    organisation, when the other is a person) is dropped from the rest ("Pertamina" of a person and a company)."""
    owner: dict[str, Entity] = {}
    for ent in entities:
        owner.setdefault(names.fold(ent.name), ent)
    for ent in entities:
        if ent.type != "PER":
            for a in ent.aliases:
                owner.setdefault(names.fold(a), ent)
    for ent in entities:
        ent.aliases = [a for a in ent.aliases if owner.get(names.fold(a), ent) is ent or a == ent.name]


def annotate(article: Article) -> None:
    """Fill `article.entities` from `article.body`."""
    body = article.body or ""
    if not body.strip():
        article.entities = []
        return
    span = article.evidence.get("dateline_span")  # the dateline the cleaner found in the body, if it did
    found = find_mentions(body)
    if span:
        found = [f for f in found if not (span[0] <= f.start < span[1])]
    if article.outlet:
        # the page's own outlet ("kata Siti kepada BahariPost") is who wrote the story, not one of its entities
        own = _outlet_key(article.outlet)
        found = [f for f in found if _outlet_key(f.name) != own]
    article.entities = group_mentions(found)
    _dateline_place(article)


def _dateline_place(article: Article) -> None:
    """The dateline ("MATARAM, KOMPAS.com -") names the place the story is filed from: its printed form joins
    that place's entity as an alias, or makes one (with no mention in the body, which no longer holds it)."""
    place = article.dateline
    if not place:
        return
    raw = next((r.text for r in article.removed if r.reason == "dateline"), "")
    m = re.search(r"(?<!\w)" + re.escape(place) + r"(?!\w)", raw, re.I)
    surface = m.group(0) if m else place
    key = names.fold(place).split()
    ent = next((e for e in article.entities if e.type == "LOC" and any(
        f == key or (len(f) > len(key) and f[0] in roles.PLACE_HEADS and f[1:] == key)
        for f in (names.fold(a).split() for a in [e.name, *e.aliases]))), None)
    if ent is None:
        # a place only in the dateline is where the story was filed, not a place of the story; one the body
        # names inside an office ("KPU Kota Palu") is, printed as there ("Kota Palu")
        inner = re.search(r"\b(?:(?:" + "|".join(sorted(roles.PLACE_HEADS, key=len, reverse=True)) + r")\s+)?"
                          + re.escape(place) + r"\b", " ".join(
                              e.name for e in article.entities if e.type == "ORG"), re.I)
        if inner is None:
            return
        name = names.tidy_case(inner.group(0))
        ent = Entity(id=f"e{len(article.entities) + 1}", name=name, type="LOC", aliases=[name])
        article.entities.append(ent)
    if surface not in ent.aliases:
        ent.aliases.append(surface)
