"""Indonesian speech cues for quote attribution: verbs after a quote, verbs before it, and pronouns."""

from __future__ import annotations

# After a quote: "…," kata X / ujar X / tambahnya. The -nya forms point back to a known speaker.
AFTER_VERBS = ["kata", "ujar", "ucap", "ungkap", "tutur", "jelas", "tegas", "imbuh", "tambah", "lanjut", "papar",
               "terang", "sebut", "tulis", "pungkas", "seru", "timpal", "tukas", "sambung", "aku", "bilang",
               "cetus", "kilah", "klaim", "desak", "tanya", "katanya"]

# Before a quote: X mengatakan, "…" / Menurut X, "…" / X: "…".
BEFORE_VERBS = ["mengatakan", "menyatakan", "berkata", "menegaskan", "menjelaskan", "mengungkapkan",
                "menambahkan", "menuturkan", "menyebutkan", "menyebut", "mengucapkan", "memaparkan",
                "menerangkan", "menulis", "bertanya", "menjawab", "menanggapi", "mengakui", "mengklaim",
                "mengingatkan", "memperingatkan", "mendesak", "menekankan", "meminta", "berujar", "bilang",
                "menggambarkan", "memuji", "mengkritik", "menyampaikan", "mencuit", "mengumumkan",
                "menyebutnya", "menggambarkannya", "menilai"]
ACCORDING_TO = ["menurut", "kata"]

# Words after the speaker's name that end the name ("…," kata X kepada Y / saat / di …).
SPEAKER_STOPS = ["kepada", "pada", "saat", "ketika", "di", "dalam", "seperti", "setelah", "usai", "sebelum",
                 "dikutip", "dilansir", "melalui", "lewat", "dari", "sambil", "sembari", "yang", "dan", "kemarin",
                 "hari", "sebagaimana", "menurut"]

PRONOUNS = ["dia", "ia", "beliau", "dirinya"]

# Quotation marks: openers, closers, and marks that can be either.
OPEN_MARKS = "“„«"
CLOSE_MARKS = "”»"
BOTH_MARKS = "\""
