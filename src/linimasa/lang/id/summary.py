"""What makes a sentence unfit to stand alone as a timeline summary, in Indonesian news text.

Dateline and outlet prefixes ("JAKARTA, KOMPAS.com - "), photo credits ("AFP PHOTO / NAMA"), and openers that
lean on the sentence before: pronouns ("Ia", "Dia", "Mereka") and connectives ("Oleh karena itu", "Lebih lanjut").
"""

from __future__ import annotations

# Prefixes printed before the lead: a place and/or an outlet, then a dash or a colon. Regexes matched at the
# start of a sentence (case-sensitive: datelines are capitalised).
DATELINE_PREFIXES = [
    # "JAKARTA, KOMPAS.com - ", "KOMPAS.com - ", "Liputan6.com, Jakarta - ", "Mataram, Suara.com – "
    r"(?:[A-Z][\w.'’ -]{1,30}\s*,\s*)?[A-Za-z][\w-]*\.(?:com|co\.id|id|net|tv|co)(?:\s*,\s*[A-Z][\w.'’ -]{1,30})?"
    r"\s*[-–—:|]+\s*",
    # "JAKARTA (ANTARA) - ", "Jakarta (ANTARA) - ", "MATARAM - "
    r"[A-Z][A-Za-z.'’ -]{1,30}?\s*\([A-Za-z.]{2,20}\)\s*[-–—]+\s*",
    r"[A-Z][A-Z.'’ -]{2,30}?\s*,?\s*[-–—]+\s*",
]

# Photo and picture credits anywhere in a sentence: "AFP PHOTO / ROMEO GACAD", "(ANTARA FOTO/Ahmad Subaidi)",
# "KOMPAS.com/NAMA FOTOGRAFER", "Foto: Reuters".
PHOTO_CREDITS = [
    r"\((?:[A-Z][A-Za-z]*\s+)?(?:FOTO|PHOTO|Foto|Photo)\s*/[^)]{1,60}\)",
    r"\b[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)?\s+(?:PHOTO|FOTO|IMAGES)\s*/\s*(?:[A-Z][A-Z.'’-]+(?:\s+|$))+",
    r"\b[A-Za-z][\w-]*\.com\s*/\s*(?:[A-Z][A-Z.'’-]+(?:\s+|$))+",
    r"\((?:[Ff]oto|[Dd]ok|[Ii]lustrasi)\s*[:.]\s*[^)]{1,60}\)",
]

# Outlet names left inside a sentence (a domain), which a published timeline must not carry.
OUTLET_TEXT = r"\b[A-Za-z][\w-]*\.(?:com|co\.id)\b"

# Pronouns that stand for a person named before; a summary replaces them by that person when it is known.
PERSON_PRONOUNS = ["ia", "dia", "beliau"]
# Possessive/quotative forms that stand for a person: form -> the frame the name goes into.
PERSON_FRAMES = {"menurutnya": "Menurut {}", "katanya": "kata {}"}
# Openers that point back to something the reader has not seen (no name can be put in their place).
DEPENDENT_OPENERS = ["mereka", "kami", "saya", "kita", "hal itu", "hal ini", "hal tersebut", "itu", "ini", "tersebut",
                     "keduanya", "ketiganya", "menurut dia", "menurut mereka", "kata dia", "ujarnya", "katanya",
                     "tuturnya", "menurutnya"]
# Connectives that tie a sentence to the one before it: dropped when the sentence has to stand alone.
CONNECTIVES = ["oleh karena itu", "oleh sebab itu", "karena itu", "untuk itu", "dengan demikian", "dengan begitu",
               "lebih lanjut", "selanjutnya", "selain itu", "di samping itu", "sementara itu", "sedangkan", "namun",
               "tetapi", "akan tetapi", "meski demikian", "meskipun demikian", "walau demikian", "walaupun demikian",
               "kendati demikian", "sebelumnya", "kemudian", "lalu", "adapun", "bahkan", "padahal", "di sisi lain",
               "tak hanya itu", "tidak hanya itu", "dalam kesempatan itu", "dalam kesempatan tersebut",
               "pada kesempatan itu", "pada kesempatan yang sama", "menanggapi hal itu", "menanggapi hal tersebut",
               "terkait hal itu", "terkait hal tersebut", "atas dasar itu", "maka", "jadi", "sehingga", "akhirnya",
               "setelah itu", "sesudah itu", "usai itu", "dalam hal ini", "secara terpisah", "di lain pihak",
               "lebih jauh"]
# A noun phrase with a demonstrative opening the sentence points back too ("Keputusan itu diumumkan ...",
# "Kecelakaan ini ..."): one or two words, then the demonstrative.
DEMONSTRATIVE_OPENER = r"[\w-]+(?:\s+[\w-]+)?\s+(?:itu|ini|tersebut)(?![\w-])"
# A time counted from a day told before ("Sehari sebelumnya, Senin (10/3/2025), ...", "Dua hari kemudian, ...")
# opening the sentence: the entry's own date says when, so the summary drops it (keeping an explicit date after).
ANAPHORIC_TIME_OPENER = (r"(?:(?:se|(?:dua|tiga|empat|lima|enam|tujuh|\d+)\s+)(?:hari|pekan|minggu|bulan)\s+"
                         r"(?:sebelumnya|kemudian|setelahnya|berikutnya|sesudahnya)|keesokan\s+harinya|esoknya|"
                         r"esok\s+harinya|sehari\s+sebelum\s+\w+|pada\s+hari\s+yang\s+sama|hari\s+itu\s+juga)"
                         r"\s*,\s*")
