"""Shared tokenizer and sentence splitter with character offsets into the original text.

`tokenize(text)` and `sentences(text)` return `Span(start, end, text)` lists; `text[s.start:s.end]
== s.text` always holds. Abbreviations ("Jl.", "dr.", "H.", "No."), initials ("J."), numbers with
Indonesian separators ("1.234,5", "12.30"), URLs, e-mail addresses and web domains ("KOMPAS.com")
stay single tokens; every quote mark and other punctuation is its own token.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from linimasa.lang.id.abbreviations import ABBREVIATIONS, DOMAIN_SUFFIXES, SENTENCE_FINAL_OK
from linimasa.model import Span

__all__ = ["Span", "tokenize", "sentences", "sentence_tokens", "is_abbreviation"]

# Named fragments, composed below in priority order (first alternative that matches wins).
_URL = r"(?:https?://|www\.)[^\s<>\"'”“]+[^\s<>\"'”“.,;:!?)\]]"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_DOMAIN = r"[^\W_](?:[\w-]*[^\W_])?(?:\.(?:" + "|".join(DOMAIN_SUFFIXES) + r"))+(?![^\W_])"
# 1.234.567,89 / 12,5 / 12.30 / 1/2 / 3:0 ; a leading sign is left to punctuation.
_NUMBER = r"\d+(?:[.,:/]\d+)*"
# Dotted abbreviations such as "S.H.", "a.n.", "Ph.D." (letters separated by periods).
_DOTTED = r"(?:[^\W\d_]{1,3}\.){2,}"
# A word: letters/digits with inner hyphens or apostrophes ("orang-orang", "Jum'at", "COVID-19").
_WORD = r"[^\W_](?:[\w]|['’\-](?=[^\W_]))*"
_PERIOD_RUN = r"\.{2,}|…"
_OTHER = r"[^\w\s]"

_TOKEN_RE = re.compile("|".join(f"(?:{p})" for p in (_URL, _EMAIL, _DOMAIN, _DOTTED, _NUMBER, _WORD, _PERIOD_RUN, _OTHER)))

_SENTENCE_END = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSERS = set("\"'”’»)]")
_OPENERS = set("\"'“‘«([")


def is_abbreviation(token: str) -> bool:
    """True for a token that ends in a period without ending a sentence ("Jl.", "H.", "S.H.")."""
    low = token.lower()
    return low in ABBREVIATIONS or (len(token) == 2 and token[0].isupper() and token[1] == ".")


def _raw_tokens(text: str) -> Iterator[tuple[int, int]]:
    for m in _TOKEN_RE.finditer(text):
        yield m.start(), m.end()


def tokenize(text: str) -> list[Span]:
    """Split `text` into tokens with character offsets."""
    out: list[Span] = []
    pending: tuple[int, int] | None = None
    for start, end in _raw_tokens(text):
        if pending is not None:
            # a word directly followed by "." forms an abbreviation when it is a known one
            ws, we = pending
            pending = None
            if start == we and text[start:end] == "." and is_abbreviation(text[ws:end]):
                out.append(Span(ws, end, text[ws:end]))
                continue
            out.append(Span(ws, we, text[ws:we]))
        tok = text[start:end]
        if tok[0].isalpha() and end < len(text) and text[end] == ".":
            pending = (start, end)
            continue
        out.append(Span(start, end, tok))
    if pending is not None:
        out.append(Span(pending[0], pending[1], text[pending[0]:pending[1]]))
    return out


def _is_closer(text: str, tok: Span) -> bool:
    """A closing quote/bracket; a straight quote glued to the next word opens the next sentence instead."""
    if tok.text not in _CLOSERS:
        return False
    if tok.text in "\"'" and tok.end < len(text) and text[tok.end].isalnum():
        return False
    return True


def _starts_sentence(tok: str) -> bool:
    c = tok[0]
    return c.isupper() or c.isdigit() or c in _OPENERS or c in "-–—•*"


def _sentence_groups(text: str, toks: list[Span]) -> Iterator[tuple[int, int]]:
    """Yield (first, last_exclusive) token index ranges, one per sentence."""
    n = len(toks)
    begin = 0
    i = 0
    while i < n:
        tok = toks[i].text
        end_here = False
        j = i + 1
        if tok in _SENTENCE_END or (tok.endswith(".") and tok.lower() in SENTENCE_FINAL_OK):
            # absorb closing quotes/brackets and repeated marks
            while j < n and (toks[j].text in _SENTENCE_END or _is_closer(text, toks[j])) and toks[j].start == toks[j - 1].end:
                j += 1
            if j >= n:
                end_here = True
            else:
                nxt = toks[j]
                gap = text[toks[j - 1].end:nxt.start]
                if _starts_sentence(nxt.text) and (gap or (tok in _SENTENCE_END and i > 0 and toks[i - 1].text[-1:].islower()
                                                           and len(toks[i - 1].text) > 1)):
                    end_here = True
                elif "\n" in gap:
                    end_here = True
        elif j < n and "\n" in text[toks[i].end:toks[j].start]:
            # a line break ends a paragraph, title or list item
            end_here = True
        if end_here:
            yield begin, j
            begin = j
            i = j
        else:
            i += 1
    if begin < n:
        yield begin, n


def sentence_tokens(text: str) -> list[list[Span]]:
    """Tokens grouped by sentence."""
    toks = tokenize(text)
    return [toks[a:b] for a, b in _sentence_groups(text, toks)]


def sentences(text: str) -> list[Span]:
    """Split `text` into sentences with character offsets (spans cover first to last token)."""
    out = []
    for group in sentence_tokens(text):
        s, e = group[0].start, group[-1].end
        out.append(Span(s, e, text[s:e]))
    return out
