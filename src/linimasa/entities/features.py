"""CRF features for one tokenised sentence: word form, affixes, shape, context window, gazetteers and cues."""

from __future__ import annotations

import re
from functools import lru_cache

from linimasa.entities import gazetteer, lexicon
from linimasa.lang.id import roles

_SHAPE_MAP = str.maketrans(
    {**{c: "X" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}, **{c: "x" for c in "abcdefghijklmnopqrstuvwxyz"},
     **{c: "d" for c in "0123456789"}}
)
_RUN = re.compile(r"(.)\1+")
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "`"})


@lru_cache(maxsize=65536)
def shape(word: str) -> str:
    """Compressed word shape: "Wibowo" -> "Xx", "G-20" -> "X-d", "KPK" -> "X"."""
    s = word.translate(_SHAPE_MAP)
    s = "".join("X" if c.isupper() else "x" if c.isalpha() else c for c in s)
    return _RUN.sub(r"\1", s)


def _cue(low: str) -> str | None:
    if low in roles.HONORIFICS:
        return "hon"
    if low in roles.ROLE_HEADS:
        return "role"
    if low in roles.ORG_HEADS:
        return "org"
    if low in roles.PLACE_CUES_BEFORE:
        return "plc"
    if low in roles.PERSON_CUES_BEFORE or low in roles.PERSON_CUES_AFTER:
        return "per"
    return None


@lru_cache(maxsize=65536)
def _word_features(w: str) -> tuple[str, ...]:
    """The features of a token that depend on its form alone: word, shape, length, prefixes and suffixes."""
    lw = w.lower()
    f = ["b", "w=" + lw, "sh=" + shape(w), "len=" + str(min(len(w), 8))]
    for k in (1, 2, 3, 4):
        if len(lw) > k:
            f.append(f"p{k}=" + lw[:k])
            f.append(f"s{k}=" + lw[-k:])
    return tuple(f)


def sentence_features(words: list[str], lex: dict[str, str] | None = None) -> list[list[str]]:
    """One list of string features per token (crfsuite attribute names); `lex` defaults to the shipped lexicon."""
    n = len(words)
    lex = lexicon.load() if lex is None else lex
    lexmatch = lexicon.match(words, lex)
    ownmatch = lexicon.match(words, lex, lexicon.OWN)
    # capitalised but not an ordinary word: the strongest single cue of a name
    ordinary = [lexicon.is_ordinary(x, lex) for x in words]
    # text without any capital letter (NERP-style lowercased data, or a lowercased user input)
    lowercased_text = not any(c.isupper() for w in words for c in w)
    low = [w.lower() for w in words]
    shapes = [shape(w) for w in words]
    gaz = [""] * n
    for s, e, kind in gazetteer.match_phrases(words, capitalised_only=not lowercased_text):
        if lowercased_text or words[s][:1].isupper():
            for k in range(s, e):
                gaz[k] = ("B-" if k == s else "I-") + kind
    first = gazetteer.first_names()
    cues = [_cue(x) or "" for x in low]
    # runs of capitalised tokens ("Menteri Luar Negeri Rusia Andi Wibowo"): length and position in the run
    run_len = [0] * n
    run_pos = [""] * n
    run_ends: list[tuple[str, str] | None] = [None] * n  # first and last word of the run, for runs of 2+
    work = [""] * n
    org_after = [""] * n
    i = 0
    while i < n:
        if words[i][:1].isupper():
            j = i
            while j < n and words[j][:1].isupper():
                j += 1
            for k in range(i, j):
                run_len[k] = j - i
                run_pos[k] = "S" if j - i == 1 else "B" if k == i else "E" if k == j - 1 else "I"
                if j - i > 1:
                    run_ends[k] = (low[i], low[j - 1])
            # a run named as a work ("film [Laut Biru]", "lagu \" [Laut Biru]"), or dated like one ("[X] (2003)")
            before = i - 1 if i == 0 or words[i - 1] not in _QUOTES else i - 2
            if before >= 0 and low[before] in roles.WORK_CUES:
                for k in range(i, j):
                    work[k] = "workcue"
            elif j + 2 < n and words[j] == "(" and words[j + 1].isdigit() and len(words[j + 1]) == 4:
                for k in range(i, j):
                    work[k] = "workyear"
            if j - i > 1 and low[j - 1] in roles.ORG_TAILS:
                for k in range(i, j):
                    work[k] = "orgtail"
            # an organisation head opening the run ("Kementerian ...", "PT ...") or met inside it
            # ("Wakil Ketua [Komisi III DPR]"): the words after the head belong to the organisation
            for k in range(i, j):
                if cues[k] == "org":
                    for t in range(k + 1, j):
                        org_after[t] = "orgS" if k == i else "orgI"
                    break
            i = j
        else:
            i += 1
    out = []
    for i, w in enumerate(words):
        lw = low[i]
        f = list(_word_features(w))
        if ordinary[i]:
            f.append("ord")
        if run_len[i]:
            f.append(f"run={min(run_len[i], 5)}{run_pos[i]}")
            if (ends := run_ends[i]) is not None:
                # the head of a multi-word name decides its type ("Universitas ... Surakarta", "... Records")
                f.append("runB=" + ends[0])
                f.append("runE=" + ends[1])
            if work[i]:
                f.append(work[i])
            if org_after[i]:
                f.append(org_after[i])
        if w[:1].isupper():
            f.append("title" if i > 0 else "title0")
            f.append(("titleO" if ordinary[i] else "titleN") + ("0" if i == 0 else ""))
            if i > 0 and words[i - 1] in ('"', "“", "(", ":", "-"):
                f.append("title_after_punct")
        if w.isupper() and len(w) > 1:
            f.append("allcaps")
        if any(c.isdigit() for c in w):
            f.append("digit")
        if gaz[i]:
            f.append("gaz=" + gaz[i])
        if ownmatch[i]:
            f.append("own=" + ownmatch[i])
        if lexmatch[i]:
            f.append("lex=" + lexmatch[i])
            if w[:1].isupper():
                f.append("lexT=" + lexmatch[i])
        if lw in first and (lowercased_text or w[:1].isupper()):
            f.append("fname")
        if cues[i]:
            f.append("cue=" + cues[i])
        if lowercased_text:
            f.append("lc")
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f.append(f"{d}w=" + low[j])
                f.append(f"{d}sh=" + shapes[j])
                if abs(d) == 1:
                    if cues[j]:
                        f.append(f"{d}cue=" + cues[j])
                    if gaz[j]:
                        f.append(f"{d}gaz=" + gaz[j])
                    if lexmatch[j]:
                        f.append(f"{d}lex=" + lexmatch[j])
                    f.append(f"{d}s3=" + low[j][-3:])
                    if words[j][:1].isupper():
                        f.append(f"{d}title" + ("O" if ordinary[j] else "N"))
            else:
                f.append(f"{d}pad")
        if i > 0:
            f.append("bg-=" + low[i - 1] + "|" + lw)
            f.append("shb-=" + shapes[i - 1] + "|" + shapes[i])
        if i + 1 < n:
            f.append("bg+=" + lw + "|" + low[i + 1])
            f.append("shb+=" + shapes[i] + "|" + shapes[i + 1])
        out.append(f)
    return out
