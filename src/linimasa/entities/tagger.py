"""The shipped CRF tagger (loaded lazily, once) plus the rule layer: tokens in, BIO tags over PER/LOC/ORG out."""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

from linimasa.entities.features import sentence_features

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "ner.crfsuite"
_lock = threading.Lock()


@cache
def _tagger():
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
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
