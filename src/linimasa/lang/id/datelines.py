"""What Indonesian datelines are made of, besides the place: region names and the outlets that sign them.

A dateline opens the first paragraph: "Palu, Sulteng (ANTARA) -", "JAKARTA, KOMPAS.com -",
"Liputan6.com, Jakarta -", "Jakarta, CNN Indonesia --", "VIVA -". The engine finds the shape;
this module says which words are a province after the city, and which names are news outlets
even without a web domain.
"""

from __future__ import annotations

# Provinces as datelines print them after the city ("Medan, Sumut", "Mataram, NTB", "Ambon, Maluku").
REGIONS: frozenset[str] = frozenset(s.casefold() for s in (
    "Aceh", "NAD", "Sumut", "Sumatera Utara", "Sumbar", "Sumatera Barat", "Riau", "Kepri", "Kepulauan Riau",
    "Jambi", "Sumsel", "Sumatera Selatan", "Babel", "Bangka Belitung", "Bengkulu", "Lampung",
    "DKI", "DKI Jakarta", "Banten", "Jabar", "Jawa Barat", "Jateng", "Jawa Tengah", "DIY", "Yogyakarta",
    "Jatim", "Jawa Timur", "Bali", "NTB", "Nusa Tenggara Barat", "NTT", "Nusa Tenggara Timur",
    "Kalbar", "Kalimantan Barat", "Kalteng", "Kalimantan Tengah", "Kalsel", "Kalimantan Selatan",
    "Kaltim", "Kalimantan Timur", "Kaltara", "Kalimantan Utara", "Sulut", "Sulawesi Utara", "Gorontalo",
    "Sulteng", "Sulawesi Tengah", "Sulbar", "Sulawesi Barat", "Sulsel", "Sulawesi Selatan", "Sultra",
    "Sulawesi Tenggara", "Maluku", "Malut", "Maluku Utara", "Papua", "Papua Barat", "Papua Tengah",
    "Papua Selatan", "Papua Pegunungan", "Papua Barat Daya",
))

# News organisations that sign a dateline with their name alone, no domain ("VIVA -", "Jakarta, Jawa Pos -").
# A name with a web domain ("Suara.com") or in brackets ("(ANTARA)") is an outlet without being listed.
OUTLETS: frozenset[str] = frozenset(s.casefold() for s in (
    "ANTARA", "ANTARA News", "Kompas", "Kompas TV", "Tempo", "detik", "detikcom", "detikNews", "detikFinance",
    "Liputan6", "VIVA", "VIVAnews", "Okezone", "Tribun", "Tribunnews", "Republika", "Suara", "Merdeka",
    "Sindonews", "Koran Sindo", "Jawa Pos", "JawaPos", "JPNN", "CNN Indonesia", "CNBC Indonesia", "Bisnis",
    "Bisnis Indonesia", "Kontan", "Katadata", "IDN Times", "kumparan", "Tirto", "Beritasatu", "Media Indonesia",
    "Metro TV", "Metrotvnews", "Medcom", "iNews", "Inilah", "Gatra", "Suara Merdeka", "Pikiran Rakyat",
    "Bali Post", "Solopos", "Harian Jogja", "Kedaulatan Rakyat", "Warta Ekonomi", "Investor Daily",
    "NU Online", "Serambi", "Waspada", "Analisa", "Haluan", "Fajar", "Radar", "Banjarmasin Post",
    "Lampung Post", "Jurnas", "Rakyat Merdeka", "Republika Online", "Sinar Harapan", "Kabar24", "Hukumonline",
    "Voice of America", "VOA", "BBC Indonesia", "BBC News Indonesia", "DW", "Xinhua", "Reuters", "AFP", "AP",
    "Bernama", "Kyodo", "Yonhap", "Anadolu", "Sputnik", "RRI", "TVRI", "Elshinta",
))

# Words that make a name an outlet's ("Kabar Pesisir", "Warta Sulawesi", "Radar Bogor", "Harian Kota").
OUTLET_WORDS: frozenset[str] = frozenset(s.casefold() for s in (
    "Kabar", "Warta", "Berita", "Pos", "Post", "Times", "News", "Online", "TV", "Radar", "Harian", "Suara",
    "Media", "Koran", "Tribun", "Daily", "Channel", "Radio", "Pers", "Portal",
))
