"""Page furniture no cue list knows: lines a site prints on page after page.

A line is template furniture when, normalised, it recurs on MIN_PAGES or more distinct pages
of one site (of the whole corpus when the page's site is unknown) and is not sentence-like.
Sentence-like lines are never counted, so a paragraph that two copies of a wire story share
stays; near-duplicate pages count as one page (the caller passes one group for them).

The engine only normalises, counts and decides; where the counts live (memory, the store)
is the caller's business through the small `TemplateCounts` protocol.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Protocol

MIN_PAGES = 3          # distinct pages (near-duplicates are one) a line must recur on
SENTENCE_WORDS = 4     # a line this long that ends like a sentence is prose, never furniture
LONG_WORDS = 12        # a line this long is prose whatever its end
MAX_CHARS = 200        # longer lines are never furniture candidates
CORPUS = "*"           # the counts of the whole corpus, used when the site is unknown
REASON = "repeated-across-pages"

_WORD = re.compile(r"[^\W_]+")
_SENTENCE_END = re.compile(r"[.!?…]['\"”’)]*\s*$")


def normalise(line: str) -> str:
    """The key two printings of one furniture line share: case, spacing and edge punctuation ignored."""
    return " ".join(_WORD.findall(line.casefold()))


def is_sentence_like(line: str) -> bool:
    words = len(line.split())
    return words >= LONG_WORDS or (words >= SENTENCE_WORDS and bool(_SENTENCE_END.search(line)))


def candidate(line: str) -> str | None:
    """The normalised key of a line that may be furniture, or None for prose and empty lines."""
    if len(line) > MAX_CHARS or is_sentence_like(line):
        return None
    key = normalise(line)
    return key if re.search(r"[^\W\d_]", key) else None


def site_key(url: str | None, outlet: str | None) -> str:
    """The site a page belongs to: its host without www./m./amp., else its outlet, else '' (unknown)."""
    if url:
        m = re.match(r"(?:[a-z][\w+.-]*:)?//(?:[^@/]*@)?([^/:?#]+)", url.strip(), re.I)
        if m:
            return re.sub(r"^(?:www\d?|m|mobile|amp)\.", "", m.group(1).casefold())
    return normalise(outlet) if outlet else ""


class TemplateCounts(Protocol):
    def frequent(self, site: str, keys: Iterable[str]) -> set[str]:
        """Those of `keys` that are furniture on `site` ('' = unknown: the corpus counts)."""


class MemoryTemplates:
    """Counts kept in memory: for a batch of pages, tests and benchmarks."""

    def __init__(self, min_pages: int = MIN_PAGES):
        self.min_pages = min_pages
        self.groups: dict[tuple[str, str], set[str]] = defaultdict(set)

    def add(self, site: str, keys: Iterable[str], group: str) -> None:
        for key in set(keys):
            self.groups[(site, key)].add(group)
            if site != CORPUS:
                self.groups[(CORPUS, key)].add(group)

    def frequent(self, site: str, keys: Iterable[str]) -> set[str]:
        site = site or CORPUS
        return {k for k in keys if len(self.groups.get((site, k), ())) >= self.min_pages}
