"""Entity lexicon learned from extra training corpora (e.g. lowercased NERP): phrase -> entity type, or "O"
for ordinary words that are almost never part of a name.

Built by scripts/train_ner.py and shipped next to the model as models/ner_lexicon.tsv; used as a
case-insensitive gazetteer feature so a cased tagger benefits from a lowercased corpus's vocabulary.
Phrases are stored as short hashes: the file is a model parameter, not a copy of the corpus.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

from linimasa.entities.conll import spans

LEXICON_PATH = Path(__file__).resolve().parents[1] / "models" / "ner_lexicon.tsv"
MAX_PHRASE = 4
# Key prefix of the second lexicon, built from the cased training corpus itself (out-of-fold when training).
OWN = "#"
# Key prefix of the entries that say "a longer phrase starts with these words", so matching stops at once
# after a word that starts no phrase instead of hashing every 1-4-word window.
_STARTS = "\x01"
_PREFIX = "+"


@lru_cache(maxsize=131072)
def key(phrase: str) -> str:
    """The stored key of a lower-case phrase."""
    return hashlib.blake2b(phrase.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()


def is_ordinary(word: str, lexicon: dict[str, str]) -> bool:
    return lexicon.get(key(word.lower())) == "O"


def ordinary(word: str) -> bool:
    """Is `word` an ordinary word, not part of a name, in the active lexicon (the shipped one by default)?"""
    return is_ordinary(word, load())


def build(sentences: Iterable[tuple[list[str], list[str]]], min_count: int = 1, purity: float = 0.7,
          namespace: str = "") -> dict[str, str]:
    """Phrases tagged as one entity type at least `min_count` times and `purity` of their occurrences."""
    typed: dict[str, Counter[str]] = defaultdict(Counter)
    phrase_sents: list[list[str]] = []
    for words, tags in sentences:
        low = [w.lower() for w in words]
        for s, e, typ in spans(tags):
            if e - s <= MAX_PHRASE:
                typed[" ".join(low[s:e])][typ] += 1
        phrase_sents.append(low)
    # how often each candidate phrase occurs at all (tagged or not), for purity
    total: Counter[str] = Counter()
    for low in phrase_sents:
        for n in range(1, MAX_PHRASE + 1):
            for i in range(len(low) - n + 1):
                p = " ".join(low[i:i + n])
                if p in typed:
                    total[p] += 1
    out = {}
    for phrase, counts in typed.items():
        typ, c = counts.most_common(1)[0]
        if c >= min_count and c / max(total[phrase], 1) >= purity and any(ch.isalpha() for ch in phrase):
            out[key(namespace + phrase)] = typ
            words = phrase.split(" ")
            for m in range(1, len(words)):
                out[key(_STARTS + namespace + " ".join(words[:m]))] = _PREFIX
    return out


def common_words(sentences: Iterable[tuple[list[str], list[str]]], min_count: int = 3, purity: float = 0.95) -> set[str]:
    """Keys of ordinary words: seen at least `min_count` times and almost never inside an entity."""
    outside: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for words, tags in sentences:
        for w, t in zip(words, tags, strict=True):
            (outside if t == "O" else inside)[w.lower()] += 1
    return {key(w) for w, c in outside.items() if c >= min_count and c / (c + inside[w]) >= purity and w.isalpha()}


def save(lexicon: dict[str, str], path: Path = LEXICON_PATH) -> None:
    path.write_text("".join(f"{p}\t{t}\n" for p, t in sorted(lexicon.items())), encoding="utf-8")


_active = [LEXICON_PATH]


def use(path: Path) -> None:
    """Make `path` the lexicon that `load()` returns (e.g. the one trained next to another model)."""
    _active[0] = Path(path)


def load(path: Path | None = None) -> dict[str, str]:
    return _load(Path(path) if path is not None else _active[0])


@cache
def _load(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        phrase, _, typ = line.partition("\t")
        if typ:
            out[phrase] = typ
    return out


def match(words: list[str], lexicon: dict[str, str], namespace: str = "") -> list[str]:
    """Per-token "B-TYPE"/"I-TYPE"/"" from longest lexicon matches."""
    low = [w.lower() for w in words]
    n_words = len(words)
    out = [""] * n_words
    i = 0
    while i < n_words:
        phrase = namespace + low[i]
        best, best_typ = 0, ""
        n = 1
        while True:
            typ = lexicon.get(key(phrase))
            if typ and typ != "O" and typ != _PREFIX:
                best, best_typ = n, typ
            if n == MAX_PHRASE or i + n >= n_words or lexicon.get(key(_STARTS + phrase)) != _PREFIX:
                break
            phrase += " " + low[i + n]
            n += 1
        if best:
            for k in range(i, i + best):
                out[k] = ("B-" if k == i else "I-") + best_typ
            i += best
        else:
            i += 1
    return out
