"""Which language a text is in: py3langid restricted to the languages a page of ours can be in.

An Indonesian page often quotes English (a statement, a product name, a tweet) and reads
close to Malay, so a page is called another language only on strong evidence: enough words,
a confident whole-text verdict, and most of its paragraphs agreeing.
"""

from __future__ import annotations

import re
from functools import lru_cache

LANGUAGES = ("id", "ms", "en")
NAMES = {"id": "Indonesian", "en": "English", "ms": "Malay"}
CONFIDENT = 0.9        # whole-text probability needed to call a text not Indonesian
MAJORITY = 0.6         # and the share of its paragraph words that must agree
PARAGRAPH_WORDS = 8    # paragraphs shorter than this are not voted on
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def detect(text: str, min_words: int = 25) -> str | None:
    """'id', 'en' or 'ms'; None when the text is too short to tell, 'unknown' when the evidence is weak."""
    text = text[:20000]
    words = _WORD.findall(text)
    if len(words) < min_words:
        return None
    lang, prob = _identifier().classify(text)
    if lang == "id":
        return "id"
    if prob < CONFIDENT:
        return "unknown"
    votes: dict[str, int] = {}
    for paragraph in re.split(r"\n\s*\n|\n", text):
        n = len(_WORD.findall(paragraph))
        if n >= PARAGRAPH_WORDS:
            vote = _identifier().classify(paragraph)[0]
            votes[vote] = votes.get(vote, 0) + n
    total = sum(votes.values())
    if total and votes.get(lang, 0) / total < MAJORITY:
        return "unknown"  # one language quoted at length inside another: not enough to refuse the page
    return lang
