"""`linimasa.openings` may only rule a pattern out where it cannot match: checked on every word start of real text."""

import random
import re

import pytest

from linimasa.openings import agrees, openings

PATTERNS = [r"(?<!\w)(?:tahun|bulan)\s+\d", r"(?i)ktt|rapat\s+kerja", r"[A-C]x?\d{2,}", r"(?:se)?hari(?:-hari)?",
            r"\d+[.,]\d+|kg", r"(?i)(?:pukul|jam)\s*\d", r"a*b", r"(?=x)\w+", r"(a|)(b|)c", r"[^a]bc", r".x"]


def _texts():
    rng = random.Random(4)
    words = ["tahun", "Tahun", "bulan", "KTT", "rapat kerja", "Rapat", "B12", "Cx123", "sehari-hari", "hari", "12,5",
             "kg", "PUKUL 10", "jam9", "aab", "b", "xyz", "c", "bc", "abc", "zbc", "ſx", "İx", "ö1"]
    return [" ".join(rng.choice(words) for _ in range(rng.randint(1, 8))) for _ in range(400)]


@pytest.mark.parametrize("source", PATTERNS)
def test_a_pattern_is_never_ruled_out_where_it_matches(source):
    pattern = re.compile(source)
    found = openings(pattern, 3)
    for text in _texts():
        for at in range(len(text)):
            if pattern.match(text, at):
                assert agrees(found, text[at:at + 3]), (source, text[at:])


def test_openings_rule_out_what_cannot_match():
    found = openings(re.compile(r"(?i)(?:tahun|bulan)\s+\d"), 3)
    assert agrees(found, "Tah") and agrees(found, "bul")
    assert not agrees(found, "pad")
    assert openings(re.compile(r".x"), 3) is None  # opens with anything


def test_the_temporal_rules_are_never_ruled_out_where_they_match_in_the_sample():
    from importlib import resources

    from linimasa.time import tagger

    text = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                     for p in sorted((resources.files("linimasa") / "sample").iterdir()) if p.name.endswith(".txt"))
    found = tagger._rule_openings()
    starts = [m.start() for m in re.finditer(r"(?<!\w)\w", text)]
    for (_rule, pattern), opened in zip(tagger._compiled(), found, strict=True):
        for at in starts:
            if pattern.match(text, at):
                assert agrees(opened, text[at:at + tagger.PREFIX]), (pattern.pattern[:60], text[at:at + 40])
