"""Name helpers: honorific/role stripping, spelling keys for transliteration variants, edit distance, place look-up."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from linimasa.entities import gazetteer
from linimasa.lang.id import roles

# Transliteration variants that spell one name ("Sergei"/"Sergey", "Anthony"/"Antony", "Alexei"/"Aleksei").
_VARIANT_RULES = [
    (re.compile(r"dj"), "j"), (re.compile(r"tj"), "c"), (re.compile(r"oe"), "u"),
    (re.compile(r"th"), "t"), (re.compile(r"ph"), "f"), (re.compile(r"ks"), "x"), (re.compile(r"kh"), "h"),
    (re.compile(r"ck"), "k"), (re.compile(r"ch"), "h"), (re.compile(r"c(?=[aou])"), "k"),
    (re.compile(r"^mo(?=h)"), "mu"), (re.compile(r"w"), "v"),
    (re.compile(r"ey|ei|ej|iy|ij"), "i"), (re.compile(r"y"), "i"), (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"ie"), "i"), (re.compile(r"q"), "k"),
]


def fold(s: str) -> str:
    """Lower case without diacritics."""
    if s.isascii():  # most names: nothing to decompose (the cross-article merge folds millions of them)
        return s.lower()
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """Spelling key of one name word: variants of one transliteration share it."""
    k = fold(word)
    for pattern, repl in _VARIANT_RULES:
        k = pattern.sub(repl, k)
    return k


@lru_cache(maxsize=200_000)
def name_key(name: str) -> tuple[str, ...]:
    return tuple(word_key(w) for w in name.split())


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, stopping early once it exceeds `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def similar_words(a: str, b: str) -> bool:
    """Same word up to transliteration, or a one-letter typo in a word of five letters or more."""
    ka, kb = word_key(a), word_key(b)
    if ka == kb:
        return True
    return min(len(ka), len(kb)) >= 5 and edit_distance(ka, kb, 1) <= 1


def is_honorific(word: str) -> bool:
    return word.lower() in roles.HONORIFICS


def is_role_word(word: str) -> bool:
    low = word.lower()
    return low in roles.ROLE_HEADS or low in roles.ROLE_CONTINUATIONS


def place(name: str) -> gazetteer.Place | None:
    """The gazetteer place a surface form names ("AS" -> Amerika Serikat, "Jenewa" -> Geneva), if any."""
    return gazetteer.places().get(" ".join(name.lower().split()))


def tidy_case(name: str) -> str:
    """Title-case a name printed in capitals ("NEW DELHI" -> "New Delhi"); acronyms ("KNKT", "TNI AL") stay."""
    words = name.split()
    if name.isupper() and any(len(w) > 3 for w in words) and (len(words) > 1 or len(name) > 5):
        return " ".join(w.capitalize() for w in words)
    return name


def strip_legal_form(words: list[str]) -> list[str]:
    """A company name's words without its legal form: "PT", "Perum" before it; "Tbk", "(Persero)", "Ltd" after."""
    out = list(words)
    while len(out) > 1 and out[0].lower().strip("().,") in roles.LEGAL_FORMS:
        out = out[1:]
    while len(out) > 1 and (out[-1].lower().strip("().,") in roles.LEGAL_FORMS
                            or out[-1].lower().strip("().,") in roles.LEGAL_SUFFIXES):
        out = out[:-1]
    return out
