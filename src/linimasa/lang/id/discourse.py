"""Indonesian sentence openers that lean on an earlier sentence: a summary that starts with one reads
as a fragment out of its article (extractive summaries avoid them)."""

from __future__ import annotations

# Connectives and anaphora at the start of a sentence (lower case, matched on whole words).
LEANING_OPENERS = (
    "sebelumnya", "sementara itu", "padahal", "meski begitu", "meski demikian", "meskipun demikian",
    "namun", "tetapi", "akan tetapi", "selain itu", "di sisi lain", "dengan demikian", "oleh karena itu",
    "karena itu", "untuk itu", "hal itu", "hal ini", "keputusan itu", "keputusan ini", "langkah itu",
    "ia", "dia", "mereka", "menurut dia", "menurutnya", "lebih lanjut", "ditambahkan", "adapun",
    "kemarin", "sedangkan", "bahkan", "itu", "ini",
)
