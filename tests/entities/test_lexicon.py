"""Lexicon phrase matching: the prefix-pruned matcher finds exactly what trying every window finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from linimasa.entities import lexicon

VOCAB = ["kota", "lama", "baru", "bank", "sentral", "desa", "jaya", "ke", "di", "raya"]
PHRASES = {"kota lama": "LOC", "kota lama baru raya": "LOC", "bank sentral": "ORG", "desa jaya": "LOC",
           "jaya": "PER", "bank sentral desa": "ORG", "raya": "O"}


def _lexicon() -> dict[str, str]:
    sentences = []
    for phrase, typ in PHRASES.items():
        words = phrase.split()
        tags = ["O"] * len(words) if typ == "O" else [("B-" if i == 0 else "I-") + typ for i in range(len(words))]
        sentences.append((words, tags))
    return lexicon.build(sentences, purity=0.0)


def _longest_windows(words: list[str]) -> list[str]:
    """Reference matcher: at each position the longest phrase of up to four words that has an entity type."""
    out, i = [""] * len(words), 0
    while i < len(words):
        for n in range(min(lexicon.MAX_PHRASE, len(words) - i), 0, -1):
            typ = PHRASES.get(" ".join(words[i:i + n]).lower())
            if typ and typ != "O":
                out[i:i + n] = ["B-" + typ] + ["I-" + typ] * (n - 1)
                i += n
                break
        else:
            i += 1
    return out


def test_match_finds_the_longest_phrase_through_its_prefixes():
    lex = _lexicon()
    assert lexicon.match(["ke", "kota", "lama", "baru", "raya"], lex) == ["", "B-LOC", "I-LOC", "I-LOC", "I-LOC"]
    # "kota lama baru" is no phrase, only the start of one: the match falls back to "kota lama"
    assert lexicon.match(["kota", "lama", "baru", "di"], lex) == ["B-LOC", "I-LOC", "", ""]
    assert lexicon.match(["Bank", "Sentral", "Desa", "Jaya"], lex) == ["B-ORG", "I-ORG", "I-ORG", "B-PER"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(VOCAB + [w.capitalize() for w in VOCAB]), max_size=12))
def test_match_equals_trying_every_window(words):
    assert lexicon.match(words, _lexicon()) == _longest_windows(words)


def test_prefix_entries_are_not_entity_types():
    lex = _lexicon()
    # "kota lama baru" only starts a phrase: matching never reports the prefix marker as a type
    assert all(t in ("", "B-LOC", "I-LOC") for t in lexicon.match(["kota", "lama", "baru"], lex))
    assert not lexicon.is_ordinary("kota", lex)
