"""Indonesian speech cues for quote attribution: verbs after a quote, verbs before it, and pronouns."""

from __future__ import annotations

# After a quote: "…," kata X / ujar X / tambahnya. The -nya forms point back to a known speaker.
AFTER_VERBS = ["kata", "ujar", "ucap", "ungkap", "tutur", "jelas", "tegas", "imbuh", "tambah", "lanjut", "papar",
               "terang", "sebut", "tulis", "pungkas", "seru", "timpal", "tukas", "sambung", "aku", "bilang",
               "cetus", "kilah", "klaim", "desak", "tanya", "katanya", "jawab", "balas", "sahut", "tandas", "urai",
               "kenang", "keluh", "canda", "sindir", "bantah", "pesan", "harap", "ajak", "akui", "tulisnya"]

# "…," demikian keterangan tertulis PT X / begitu kata Y: a lead word, then a speech verb or a statement noun
AFTER_LEADS = ["demikian", "begitu", "seperti"]
STATEMENT_NOUNS = ["keterangan tertulis", "keterangan resmi", "keterangan pers", "keterangan", "pernyataan resmi",
                   "pernyataan tertulis", "pernyataan", "siaran pers", "rilis", "bunyi", "isi",
                   # "…" Demikian disampaikan X / demikian dikatakan oleh X
                   "disampaikan", "dikatakan", "diungkapkan", "dijelaskan", "ditegaskan", "diucapkan", "dituturkan",
                   "disebutkan", "dipaparkan", "diterangkan"]

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

# Words that may open a sentence before its subject without making the subject something else
# ("Namun bagi [Sahnan], …", "Malam itu [Sahnan] …", "Menurut [Sumarni], …"): a person named after them is
# still who the sentence is about. Other lower-case words before a name mean it is merely mentioned.
TOPIC_LEADS = ["namun", "tetapi", "tapi", "bagi", "untuk", "menurut", "soal", "sementara", "sedangkan", "adapun",
               "itu", "ini", "kini", "lalu", "kemudian", "akhirnya", "juga", "pun", "sendiri", "oleh", "hal",
               "disampaikan", "dikatakan", "diungkapkan", "dijelaskan", "ditegaskan", "kata", "ujar", "tutur"]
TOPIC_LEAD_LIMIT = 2  # lower-case words outside TOPIC_LEADS allowed before a sentence's subject ("Malam itu")

# Words right before a quoted phrase that make it a name, title or label rather than speech
# ("bertajuk “…”", "dijuluki “…”", "alias “…”", "kasus “…”")
NAME_CUES = ["alias", "julukan", "berjuluk", "dijuluki", "disapa", "sapaan", "panggilan", "dipanggil", "disebut",
             "sebutan", "istilah", "bernama", "bertema", "tema", "slogan", "semboyan", "tagar", "program", "kampanye",
             "gerakan", "aplikasi", "kasus", "pameran", "acara", "rubrik", "kolom", "artikel", "tulisan", "laporan",
             "buku", "film", "lagu", "novel", "judul", "berjudul", "bertajuk", "operasi", "jargon",
             "kategori", "label", "istilahnya"]

# Quotation marks: openers, closers, and marks that can be either.
OPEN_MARKS = "“„«"
CLOSE_MARKS = "”»"
BOTH_MARKS = "\""
