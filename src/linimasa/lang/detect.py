"""Which language a text is in, from the share of each language's commonest function words."""

from __future__ import annotations

import re

FUNCTION_WORDS = {
    "id": {"yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "pada", "tidak", "akan", "dalam",
           "adalah", "juga", "oleh", "karena", "bahwa", "telah", "sudah", "kata", "para", "saat", "atau", "kami",
           "mereka", "ia", "dia", "tersebut", "menjadi", "bisa", "dapat", "lebih", "hingga", "masih", "ada"},
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "are", "by", "this", "it",
           "as", "be", "at", "from", "has", "have", "were", "which", "said", "will", "an", "their", "not"},
    # spellings that are Malay, not Indonesian (bahawa/bahwa, kerana/karena, selepas/setelah)
    "ms": {"kerana", "iaitu", "selepas", "bahawa", "jabatan", "mahkamah", "tuan", "sahaja", "berkata-kata"},
}
NAMES = {"id": "Indonesian", "en": "English", "ms": "Malay"}
_WORD = re.compile(r"[a-zA-Z]+")


def detect(text: str, min_words: int = 25) -> str | None:
    """'id', 'en', … or None when the text is too short to tell."""
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if len(words) < min_words:
        return None
    scores = {lang: sum(w in vocab for w in words) / len(words) for lang, vocab in FUNCTION_WORDS.items()}
    if sum(w in FUNCTION_WORDS["ms"] for w in words) >= 3:
        return "ms"
    best = max(("id", "en"), key=lambda k: scores[k])
    return best if scores[best] >= 0.04 else "unknown"
