"""Indonesian TIMEX3 resources: named regex fragments and normalisation tables (HeidelTime-style).

The engine in `linimasa.time` composes its rules from FRAGMENTS and reads values from the
tables; nothing Indonesian is written in the engine.
"""

from __future__ import annotations

from linimasa.lang.id.calendar import MONTHS, WEEKDAYS


def _alt(words) -> str:
    return "(?:" + "|".join(sorted((w.replace(" ", r"\s+") for w in words), key=len, reverse=True)) + ")"


NUMBER_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
    "sepuluh": 10, "sebelas": 11, "seratus": 100, "setengah": 0.5, "seperempat": 0.25, "separuh": 0.5,
}
TEENS = {f"{w} belas": n + 10 for w, n in NUMBER_WORDS.items() if 2 <= n <= 9}
TENS = {f"{w} puluh": n * 10 for w, n in NUMBER_WORDS.items() if 2 <= n <= 9}
VAGUE_NUMBERS = ["beberapa", "sejumlah", "puluhan", "ratusan", "belasan", "berapa"]
ORDINALS = {"pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "I": 1, "II": 2, "III": 3, "IV": 4,
            "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# unit word -> (ISO unit letter, whether it is a time-of-day unit "PT")
UNITS = {"tahun": ("Y", False), "bulan": ("M", False), "minggu": ("W", False), "pekan": ("W", False),
         "hari": ("D", False), "jam": ("H", True), "menit": ("M", True), "detik": ("S", True),
         "dekade": ("DE", False), "dasawarsa": ("DE", False), "abad": ("CE", False), "windu": ("WI", False),
         "malam": ("D", False), "semester": ("SEM", False), "kuartal": ("Q", False), "triwulan": ("Q", False)}
# se- forms: sehari, setahun, sejam, seminggu, sepekan, sebulan, semenit, sedetik, sedekade
SE_UNITS = {"se" + u: u for u in ("hari", "tahun", "jam", "minggu", "pekan", "bulan", "menit", "detik", "dekade",
                                  "abad", "malam", "windu")}
REDUPLICATED = {"bertahun-tahun": "PXY", "berbulan-bulan": "PXM", "berminggu-minggu": "PXW",
                "berpekan-pekan": "PXW", "berhari-hari": "PXD", "berjam-jam": "PTXH", "bermenit-menit": "PTXM",
                "berabad-abad": "PXCE", "berdekade-dekade": "PXDE"}
# "tiga kali sehari" / "sebulan sekali": a se- unit counted by these is a recurrence (SET), not a length.
TIMES_WORDS = ["kali"]
ONCE_WORDS = ["sekali"]
# "dalam hitungan jam dan menit": a vague length in each unit named -> PTXHXM
VAGUE_COUNT_HEADS = ["hitungan"]
MOMENTS = {"beberapa saat": "PXX", "sejenak": "PXX", "sesaat": "PXX", "sekejap": "PXX"}

PARTS_OF_DAY = {"pagi": "MO", "siang": "AF", "sore": "AF", "petang": "EV", "malam": "NI", "dini hari": "MO",
                "subuh": "MO", "tengah hari": "MI", "tengah malam": "NI", "selepas asar": "AF", "usai asar": "AF",
                "menjelang magrib": "EV", "menjelang maghrib": "EV"}
SEASONS = {"musim hujan": "WI", "musim penghujan": "WI", "musim kemarau": "SU", "musim dingin": "WI",
           "musim panas": "SU", "musim semi": "SP", "musim gugur": "FA", "musim salju": "WI"}

PRESENT_REF = ["saat ini", "sekarang ini", "sekarang", "kini", "dewasa ini", "sementara ini", "hari-hari ini",
               "masa kini", "zaman sekarang"]
PAST_REF = ["dulu", "dahulu", "saat itu", "saat yang sama", "ketika itu", "waktu itu", "masa lalu",
            "masa sebelumnya", "beberapa waktu lalu", "beberapa waktu yang lalu", "baru-baru ini", "belakangan ini",
            "akhir-akhir ini", "jauh-jauh hari", "masa silam", "tempo dulu", "kala itu", "belakangan"]
FUTURE_REF = ["nanti", "masa depan", "ke depan", "ke depannya", "masa mendatang", "di kemudian hari",
              "waktu mendatang", "mendatang"]

# "dulu"/"dahulu" means "formerly" at the start of a clause or after these words; after a verb or a
# noun it means "first, beforehand" ("pastikan dulu", "Kalimantan dulu") and is not tagged.
DULU_PAST_AFTER = ["sejak", "dari", "seperti", "zaman", "jaman", "masa", "yang", "waktu", "kala", "sedari", "sewaktu",
                   "pada", "tempo"]
# Capitalised words before a weekday name that make it part of a name ("Pasar Minggu", "Kompas Minggu").
WEEKDAY_NAME_HEADS = ["pasar", "kompas", "jalan", "jl", "koran", "tabloid", "harian", "edisi", "misa", "sekolah"]
# Nouns of scheduled events: "pertemuan Kamis" in a sentence about what will happen is the coming Thursday.
SCHEDULED_EVENTS = ["pertemuan", "rapat", "sidang", "konferensi", "pemungutan suara", "laga", "pertandingan",
                    "kunjungan", "pelantikan", "peluncuran"]
PAST_MARKERS = ["telah", "sudah", "lalu", "kemarin", "sempat", "pernah"]

# "kemarin" directly followed (after at most a name) by these describes a recent stretch ("kemarin ada
# kendala": there were problems lately) and is PAST_REF, not the day before the DCT.
LOOSE_YESTERDAY_NEXT = ["ada"]
PARTICLES = ["memang", "juga", "pun", "itu", "masih"]
# Days counted from the narrative's day, not the DCT ("keesokan harinya" = the day after the one told).
ANAPHORIC_DAYS = {"keesokan harinya": 1, "keesokan hari": 1, "keesokan paginya": 1, "esoknya": 1,
                  "esok harinya": 1, "besoknya": 1, "besok harinya": 1, "hari berikutnya": 1,
                  "hari sebelumnya": -1}
# "<part of day> harinya" ("malam harinya"): that part of the narrative's day.
NARRATIVE_DAY_SUFFIX = ["harinya"]
DEICTIC_DAYS = {"hari ini": 0, "kemarin": -1, "kemarin lusa": -2, "besok": 1, "esok": 1, "esok hari": 1,
                "besok hari": 1, "lusa": 2}
PAST_WORDS = ["lalu", "yang lalu", "silam", "kemarin", "sebelumnya", "terakhir"]
FUTURE_WORDS = ["depan", "mendatang", "yang akan datang", "berikutnya", "lagi", "nanti"]
THIS_WORDS = ["ini", "tadi", "sekarang"]
ANAPHORIC_THAT = ["itu", "tersebut", "yang sama"]
AFTER_WORDS = ["kemudian", "setelahnya", "sesudahnya", "berikutnya", "setelah itu"]
BEFORE_WORDS = ["sebelumnya", "sebelum itu"]

# Verbs of lasting: "berlangsung tiga hari sebelumnya" measures a length, it does not date.
LASTING_VERBS = ["berlangsung", "bertahan", "berjalan", "berlanjut"]
# Words joining two values under one head ("kuartal pertama dan kedua").
COORDINATORS = ["dan", "serta", "hingga", "sampai"]
# "tiga kuartal pertama" / "dua kuartal terakhir": the first or last n of a year's units.
FIRST_WORDS = ["pertama", "awal"]
LAST_WORDS = ["terakhir"]
POSITIONS = ["awal", "akhir", "pertengahan", "penghujung", "medio", "permulaan", "ujung", "pengujung"]
QUANTITY_MODIFIERS = ["sekitar", "kira-kira", "hampir", "lebih dari", "kurang dari", "setidaknya",
                      "sedikit-dikitnya", "paling tidak", "sekurangnya", "sekurang-kurangnya", "tak kurang dari",
                      "tidak kurang dari", "lebih kurang", "kurang lebih", "nyaris", "sedikitnya", "hanya"]
FUTURE_CUES = ["depan", "mendatang", "akan", "nanti", "bakal", "dijadwalkan", "rencananya", "berencana", "target",
               "ditargetkan", "menjelang", "jelang", "diharapkan"]
PAST_CUES = ["lalu", "kemarin", "sejak", "silam", "telah", "sudah", "pernah", "tercatat", "sepanjang"]

# Holidays with fixed dates (month, day); movable feasts are computed.
FIXED_HOLIDAYS = {"natal": (12, 25), "hari raya natal": (12, 25), "malam natal": (12, 24),
                  "tahun baru": (1, 1), "malam tahun baru": (12, 31), "hari kemerdekaan": (8, 17),
                  "hari buruh": (5, 1), "hari pahlawan": (11, 10), "hari kartini": (4, 21),
                  "hari sumpah pemuda": (10, 28)}
ISLAMIC_HOLIDAYS = {"idul fitri": (10, 1), "idulfitri": (10, 1), "lebaran": (10, 1), "hari raya idul fitri": (10, 1),
                    "idul adha": (12, 10), "iduladha": (12, 10), "lebaran haji": (12, 10),
                    "maulid nabi": (3, 12), "isra miraj": (7, 27), "tahun baru islam": (1, 1)}

# "UU Nomor 12 Tahun 2011": "<number word> N Tahun YYYY" numbers a regulation; neither part is a time.
DOCUMENT_NUMBER_WORDS = ["no", "nomor", "nomer", "no."]
# Chinese New Year (Imlek) moves with the lunisolar calendar: its Gregorian date per year.
LUNAR_NEW_YEAR_NAMES = ["imlek", "tahun baru imlek", "sincia"]
LUNAR_NEW_YEAR = {
    2000: (2, 5), 2001: (1, 24), 2002: (2, 12), 2003: (2, 1), 2004: (1, 22), 2005: (2, 9), 2006: (1, 29),
    2007: (2, 18), 2008: (2, 7), 2009: (1, 26), 2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10),
    2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25),
    2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6),
    2028: (1, 26), 2029: (2, 13), 2030: (2, 3),
}
# Tokens before a number that make it a document number, code or amount, never a year or date.
NOT_TIME_BEFORE = ["no", "no.", "nomor", "nomer", "pasal", "ayat", "uu", "pp", "perpres", "perppu", "permen", "perda",
                   "kepmen", "inpres", "keppres", "rp", "us$", "$", "km", "rt", "rw", "tipe", "seri", "kode", "nrp",
                   "nip", "pk", "a", "b", "kelas", "level", "skor", "lantai", "gate", "jalur", "nomornya",
                   "halaman", "hal", "jilid", "vol", "edisi"]

WEEKDAY_NAMES = WEEKDAYS
MONTH_NAMES = MONTHS
MONTH_FULL = {m: n for m, n in MONTHS.items() if len(m) > 3 or m in ("mei", "may", "jun", "jul")}
MONTH_FULL.update({"agt": 8, "okt": 10, "nop": 11, "des": 12, "feb": 2, "jan": 1, "mar": 3, "apr": 4, "sep": 9,
                   "sept": 9, "nov": 11, "agu": 8, "ags": 8})

FRAGMENTS = {
    "weekday": _alt([w for w in WEEKDAYS if len(w) > 3 or w in ("jum",)] + ["jumat", "jum'at", "jum’at"]),
    "month": _alt(m for m in MONTHS if len(m) > 3 or m == "mei"),
    "month_any": _alt(MONTH_FULL),
    "number_word": _alt(list(NUMBER_WORDS) + list(TEENS) + list(TENS) + [f"{t} {u}" for t in TENS for u in
                                                                        ("satu", "dua", "tiga", "empat", "lima")]),
    "vague": _alt(VAGUE_NUMBERS),
    "unit": _alt(UNITS),
    "se_unit": _alt(SE_UNITS),
    "part_of_day": _alt(PARTS_OF_DAY),
    "season": _alt(SEASONS),
    "present": _alt(PRESENT_REF),
    "past": _alt(PAST_REF),
    "future": _alt(FUTURE_REF),
    "deictic_day": _alt(DEICTIC_DAYS),
    "anaphoric_day": _alt(ANAPHORIC_DAYS),
    "narrative_day_suffix": _alt(NARRATIVE_DAY_SUFFIX),
    "past_word": _alt(PAST_WORDS),
    "future_word": _alt(FUTURE_WORDS),
    "this_word": _alt(THIS_WORDS),
    "that_word": _alt(ANAPHORIC_THAT),
    "after_word": _alt(AFTER_WORDS),
    "before_word": _alt(BEFORE_WORDS),
    "position": _alt(POSITIONS),
    "quantity": _alt(QUANTITY_MODIFIERS),
    "ordinal": _alt(ORDINALS),
    "holiday": _alt(list(FIXED_HOLIDAYS) + list(ISLAMIC_HOLIDAYS) + LUNAR_NEW_YEAR_NAMES),
    "coordinator": _alt(COORDINATORS),
    "first_last": _alt(FIRST_WORDS + LAST_WORDS),
    "range_word": _alt(["hingga", "sampai", "s.d.", "s/d"]),
    "document_year_word": _alt(["tahun", "thn", "th"]),
    "vague_count_head": _alt(VAGUE_COUNT_HEADS),
    "zone": r"(?:WIB|WITA|WIT|UTC|GMT)",
}

# Words an expression can start with: the tagger tries its rules only where one of these (or a digit) stands.
START_WORDS = sorted(set(
    list(WEEKDAYS) + list(MONTH_FULL) + list(NUMBER_WORDS) + list(SE_UNITS) + list(UNITS) + VAGUE_NUMBERS
    + [w.split()[0] for w in list(TEENS) + list(TENS) + list(PARTS_OF_DAY) + list(SEASONS) + PRESENT_REF
       + PAST_REF + FUTURE_REF + list(DEICTIC_DAYS) + list(FIXED_HOLIDAYS) + list(ISLAMIC_HOLIDAYS) + LUNAR_NEW_YEAR_NAMES + list(ANAPHORIC_DAYS) + VAGUE_COUNT_HEADS
       + QUANTITY_MODIFIERS + POSITIONS + list(MOMENTS)]
    + ["hari", "tanggal", "tgl", "pukul", "jam", "pkl", "pk", "setiap", "tiap", "per", "saban", "kuartal", "triwulan",
       "kwartal", "semester", "paruh", "abad", "tahun", "bulan", "pekan", "minggu", "tadi", "nanti", "semalam",
       "akhir", "tengah", "tahunan", "bulanan", "mingguan", "harian", "jum'at", "jum’at", "jumat", "kemarin"]
    + [w.split("-")[0] for w in REDUPLICATED]), key=len, reverse=True)
