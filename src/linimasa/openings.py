"""What a regular expression's matches can open with: a cheap test of where a pattern is worth trying.

A scanner that tries many anchored patterns at each candidate position (the temporal tagger's
rules, the event triggers) asks `agrees(openings(pattern), text[at:at + k])` first: False means
the pattern cannot match there, so the result of the scan is the same with fewer regex calls.
The openings are derived from the parsed pattern (`re._parser`) as a sound over-approximation:
whatever the walk does not understand counts as "any text". Openings are lowercased; a text
window is compared up to its first non-ASCII character, whose case folding is not modelled.
"""

from __future__ import annotations

import re
from re import _constants as K  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

# (whole openings by length, the first j characters of the longer openings by j)
Openings = tuple[dict[int, frozenset[str]], dict[int, frozenset[str]]]

_ANY = None  # a character set standing for "any character"
_DIGITS = frozenset("0123456789")


def _class_chars(av) -> frozenset[str] | None:
    out: set[str] = set()
    for op, v in av:
        if op is K.LITERAL:
            out |= {chr(v).lower(), chr(v).upper().lower()}
        elif op is K.RANGE and v[1] - v[0] < 256:
            out |= {chr(c).lower() for c in range(v[0], v[1] + 1)} | {chr(c).upper().lower() for c in range(v[0], v[1] + 1)}
        elif op is K.CATEGORY and v is K.CATEGORY_DIGIT:
            out |= _DIGITS
        else:  # negated classes, \w, \s, wide ranges
            return _ANY
    return frozenset(out)


_MAX_OPENINGS = 4000  # a pattern with more possible openings than this counts as opening with anything


def _concat(heads: set, tails: set | None, k: int) -> set:
    """Openings of a head followed by a tail; (text, open): open when the pattern may go on after text."""
    out = set()
    for a, open_a in heads:
        if not open_a or len(a) >= k:
            out.add((a[:k], False))
        elif tails is None:  # anything may follow: the opening is what we have
            out.add((a, False))
        else:
            for b, open_b in tails:
                ab = a + b
                out.add((ab[:k], False) if len(ab) >= k else (ab, open_b))
    if len(out) > _MAX_OPENINGS:
        raise OverflowError
    return out


def _openings(items, k: int) -> set[tuple[str, bool]]:
    """The lowercased texts of at most k characters a match of the parsed `items` can open with ("": any).

    A text shorter than k is either a whole match or followed by anything (a sound over-approximation)."""
    cur = {("", True)}
    for op, av in items:
        if all(not open_ or len(t) >= k for t, open_ in cur):  # nothing that follows can change them
            break
        part: set | None
        if op is K.LITERAL:
            part = {(chr(av).lower(), True), (chr(av).upper().lower(), True)}
        elif op is K.IN:
            chars = _class_chars(av)
            part = None if chars is _ANY else {(c, True) for c in chars}
        elif op in (K.AT, K.ASSERT, K.ASSERT_NOT):
            continue  # zero width
        elif op is K.SUBPATTERN:
            part = _openings(av[-1], k)
        elif op is K.ATOMIC_GROUP:
            part = _openings(av, k)
        elif op is K.BRANCH:
            part = set()
            for alt in av[1]:
                part |= _openings(alt, k)
        elif op in (K.MAX_REPEAT, K.MIN_REPEAT, K.POSSESSIVE_REPEAT):
            lo, hi, sub = av[0], av[1], _openings(av[2], k)
            part = {("", True)} if lo == 0 else set()
            reps = {("", True)}
            for r in range(1, min(hi, max(lo, k)) + 1):  # past k characters more repetitions change nothing
                reps = _concat(reps, sub, k)
                if r >= lo:
                    part |= reps
        else:  # any character, group references, conditionals
            part = None
        cur = _concat(cur, part, k)
    return cur


def openings(pattern: re.Pattern[str], k: int = 3) -> Openings | None:
    """What a match of `pattern` can open with, up to k characters; None when it can open with anything."""
    try:
        found = _openings(_parser.parse(pattern.pattern, pattern.flags), k)
    except OverflowError:
        return None
    if any(t == "" for t, _ in found):
        return None
    texts = {t for t, _open in found}
    whole = {n: frozenset(t for t in texts if len(t) == n) for n in range(1, k + 1)}
    heads = {j: frozenset(t[:j] for t in texts if len(t) >= j) for j in range(1, k + 1)}
    return whole, heads


def agrees(found: Openings | None, window: str) -> bool:
    """Whether a match with these openings can start at text opening with `window` (False: it cannot)."""
    if found is None:
        return True
    n = next((i for i, c in enumerate(window) if not c.isascii()), len(window))
    n = min(n, len(found[1]))
    if n == 0:
        return True
    low = window[:n].lower()
    return low in found[1][n] or any(low[:m] in found[0][m] for m in range(1, n))
