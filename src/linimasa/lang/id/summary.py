"""What makes a sentence unfit to stand alone as a timeline summary, in Indonesian news text.

Dateline and outlet prefixes ("JAKARTA, KOMPAS.com - "), photo credits ("AFP PHOTO / NAMA"), and openers that
lean on the sentence before: pronouns ("Ia", "Dia", "Mereka") and connectives ("Oleh karena itu", "Lebih lanjut").
"""

from __future__ import annotations

# Prefixes printed before the lead: a place and/or an outlet, then a dash or a colon. Regexes matched at the
# start of a sentence (case-sensitive: datelines are capitalised).
DATELINE_PREFIXES = [
    # "JAKARTA, KOMPAS.com - ", "KOMPAS.com - ", "Liputan6.com, Jakarta - ", "Mataram, Suara.com – "
    r"(?:[A-Z][\w.'’ -]{1,30}\s*,\s*)?[A-Za-z][\w-]*\.\s?(?:com|co\.id|id|net|tv|co)(?:\s*,\s*[A-Z][\w.'’ -]{1,30})?"
    r"\s*[-–—:|]+\s*",
    # "JAKARTA (ANTARA) - ", "Jakarta (ANTARA) - ", "MATARAM - "
    r"[A-Z][A-Za-z.'’ -]{1,30}?\s*\([A-Za-z.]{2,20}\)\s*[-–—]+\s*",
    r"[A-Z][A-Z.'’ -]{2,30}?\s*,?\s*[-–—]+\s*",
    # "JAKARTA, Kabar Sentral - ", "PADANG SIDEMPUAN, Warta Barat - ": a capitalised place, then an outlet's name
    r"[A-Z][A-Z.'’ -]{2,30},\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3}\s+[-–—]+\s+",
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
               "lebih jauh", "terlebih lagi", "lebih dari itu", "apalagi", "di luar itu"]
# A noun phrase with a demonstrative opening the sentence points back too ("Keputusan itu diumumkan ...",
# "Kecelakaan ini ..."): one or two words, then the demonstrative.
DEMONSTRATIVE_OPENER = r"[\w-]+(?:\s+[\w-]+)?\s+(?:itu|ini|tersebut)(?![\w-])"
# A time counted from a day told before ("Sehari sebelumnya, Senin (10/3/2025), ...", "Dua hari kemudian, ...")
# opening the sentence: the entry's own date says when, so the summary drops it (keeping an explicit date after).
ANAPHORIC_TIME_OPENER = (r"(?:(?:se|(?:dua|tiga|empat|lima|enam|tujuh|\d+)\s+)(?:hari|pekan|minggu|bulan)\s+"
                         r"(?:sebelumnya|kemudian|setelahnya|berikutnya|sesudahnya)|keesokan\s+harinya|esoknya|"
                         r"esok\s+harinya|sehari\s+sebelum\s+\w+|pada\s+hari\s+yang\s+sama|hari\s+itu\s+juga)"
                         r"\s*,\s*")

# -- compressing a sentence into a chronology entry (story timelines) ------------------------------------------------
# The entry's date is printed beside its summary, so the day the sentence names is dropped from it: a weekday with
# its numeric date, the local-time restatement, "hari ini"/"kemarin" beside them. `{weekday}` is filled with the
# weekday names. Matched case-insensitively, anywhere in the sentence.
DAY_PHRASES = [
    # "pada Selasa, 18 Februari 2025", "Rabu, 3 Maret 2027" (before the bare weekday, which would leave the date)
    r"(?:\bpada\s+)?\b(?:{weekday})\s*,\s*\d{{1,2}}\s+(?:{month})\s+\d{{4}}",
    # the local-time restatement "(Rabu pagi WIB)", "(Kamis WIB)"
    r"\(\s*(?:{weekday})?\s*(?:pagi|siang|sore|malam|dini\s+hari)?\s*WI[BT]A?\s*\)",
    # "pada Selasa (18/11/2014) waktu setempat (Rabu pagi WIB)", ", Kamis (28/11/2013),", "Rabu ( 11/12/2013 )"
    r"(?:\bpada\s+)?(?:\bhari\s+)?\b(?:{weekday})\b(?:\s*,)?(?:\s*\(\s*\d{{1,2}}\s*/\s*\d{{1,2}}(?:\s*/\s*\d{{2,4}})?\s*\))?"
    r"(?:\s+(?:pagi|siang|sore|malam|dini\s+hari))?(?:\s+waktu\s+setempat)?(?:\s*\([^()]{{0,30}}\bWI[BT]A?\))?",
    # a bare "(19/11)" or "(19/11/2014)" after a word
    r"\(\s*\d{{1,2}}\s*/\s*\d{{1,2}}(?:\s*/\s*\d{{2,4}})?\s*\)",
]
# Words that say "this day" and mean nothing once the entry carries its date, when they stand beside a day phrase
# or at the end of a clause: "hari ini", "kemarin", "tadi malam".
DAY_WORDS = ["hari ini", "kemarin", "tadi malam", "tadi pagi", "kemarin malam"]
# An attribution tail after the reported content: "…, kata Ali kepada wartawan di Jakarta." The verbs are the
# speech cues' AFTER_VERBS (lang/id/speech.py) with their -nya forms; the tail runs to the end of the sentence.
ATTRIBUTION_TAIL = r",\s*(?:{verb})(?:nya)?(?![\w-])[^,;\"“”]{{0,90}}(?:,[^,;\"“”]{{0,60}})?\s*[.!]?\s*$"
# Phrases that point back to what a sentence before said ("X menyampaikan hal itu", "Demikian disampaikan"):
# a sentence holding one reports that something was said, not what.
BACK_REFERENCES = ["hal itu", "hal ini", "hal tersebut", "demikian disampaikan", "demikian dikatakan",
                   "pernyataan itu", "pernyataan tersebut", "hal serupa", "senada"]
# A parenthesis that glosses a name or number ("(Persero)", "(ESDM)", "(radio frequency identification/RFID)") is
# dropped from a summary; one longer than this many characters, or holding a quote, stays.
PARENTHESIS_MAX = 60
# Words an acronym skips when it is spelled from the initials of its expansion ("Energi dan Sumber Daya Mineral"
# is ESDM): a summary writes the acronym where the text gives both.
ACRONYM_GLUE = ["dan", "untuk", "atau", "serta", "dari", "di", "ke", "yang", "&"]
# First-person words outside a quote make a sentence the writer's own (a column, an analysis), not a happening.
FIRST_PERSON = ["saya", "aku", "kami", "kita"]
# A lead-in that only names where the writer saw it ("Berdasarkan pantauan Kompas.com, ..."): dropped when it holds
# an outlet's name; these words open it.
SOURCE_LEADINS = ["berdasarkan pantauan", "berdasarkan data", "berdasarkan catatan", "dari pantauan", "pantauan",
                  "seperti dikutip dari", "dikutip dari", "dilansir dari", "dilansir", "seperti dilansir", "mengutip"]

# Words before a holiday's name that make it a season, not the day something happened: "menjelang Natal",
# "perayaan Natal dan Tahun Baru", "libur Lebaran", "musim mudik Lebaran".
HOLIDAY_SEASON_CUES = ["menjelang", "jelang", "perayaan", "libur", "liburan", "masa", "musim", "selama", "sepanjang",
                       "suasana", "mudik", "arus mudik", "arus balik", "pasca", "usai", "sesudah", "setelah",
                       "sebelum", "hingga", "sampai"]

# Words before a day that make it the end of a stretch a figure covers, not a day something happened: "stok naik
# dalam pekan yang berakhir 19 Desember", "produksi naik hingga 26 Desember".
STRETCH_END_CUES = ["pekan yang berakhir", "minggu yang berakhir", "bulan yang berakhir", "periode yang berakhir",
                    "yang berakhir pada", "yang berakhir", "hingga", "sampai", "sampai dengan", "per"]

# Hints that name a day relative to the day a page was written, with its offset in days: on a page that came
# without a date but names one day in full elsewhere ("hari ini, Kamis (11/12/2014)"), they lean on that day.
RELATIVE_DAY_HINTS = {"hari ini": 0, "pagi ini": 0, "siang ini": 0, "sore ini": 0, "malam ini": 0,
                      "pagi hari ini": 0, "siang hari ini": 0, "sore hari ini": 0, "malam hari ini": 0,
                      "tadi pagi": 0, "tadi siang": 0, "tadi sore": 0, "pagi tadi": 0, "siang tadi": 0, "sore tadi": 0,
                      "dini hari tadi": 0, "kemarin": -1, "kemarin pagi": -1, "kemarin siang": -1,
                      "kemarin sore": -1, "kemarin malam": -1}
