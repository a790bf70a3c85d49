"""The shipped CRF tagger (loaded lazily, once) plus the rule layer: tokens in, BIO tags over PER/LOC/ORG out."""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

from linimasa.entities.features import sentence_features

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "ner.crfsuite"
_lock = threading.Lock()


_active = [MODEL_PATH]


def use_model(path: Path) -> None:
    """Tag with another trained model (and the lexicon saved next to it, NAME_lexicon.tsv)."""
    from linimasa.entities import lexicon

    path = Path(path)
    _active[0] = path
    lexicon.use(path.with_name(path.name.split(".")[0] + "_lexicon.tsv"))
    _tagger.cache_clear()


@cache
def _tagger():
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(_active[0]))
    return tagger


def crf_tags(words: list[str]) -> list[str]:
    if not words:
        return []
    with _lock:  # a crfsuite Tagger is not safe to share between threads mid-call
        return list(_tagger().tag(sentence_features(words)))


def tag(words: list[str]) -> list[str]:
    """BIO tags for one sentence: the CRF, corrected by the news-language rules."""
    from linimasa.entities.rules import apply_rules

    return apply_rules(words, crf_tags(words))


def tag_sentences(sentences: list[list[str]]) -> list[list[str]]:
    return [tag(s) for s in sentences]
