"""Cues for page furniture on Indonesian news sites: what a cleaner removes, and why.

Each pattern is matched case-insensitively against a whole line (LINE_CUES), the start of a
line (PREFIX_CUES) or the end of a paragraph (TRAILING_CUES). The reason names the kind of
furniture and is kept with every removed piece.
"""

from __future__ import annotations

# reason -> patterns for a whole line
LINE_CUES: dict[str, list[str]] = {
    "related-links": [r"(?:baca|lihat|simak|cek)\s+(?:juga|pula|selengkapnya|berita\s+(?:terkait\s+)?lainnya)\b.*",
                      r"berita\s+(?:terkait|lainnya|terpopuler|pilihan|populer|rekomendasi)\s*:?.*",
                      r"(?:artikel|topik)\s+(?:terkait|pilihan|populer)\s*:?.*", r"terpopuler", r"terkini",
                      r"rekomendasi(?:\s+untuk\s+anda)?", r"video\s+(?:pilihan|terkait|terkini|populer)\s*:?.*",
                      r"(?:populer|trending|terbaru)(?:\s+(?:hari\s+ini|minggu\s+ini))?\s*"],
    "share-widget": [r"bagikan(?:\s+(?:artikel|berita|ini))?\s*:?.*", r"share\b.*", r".*\d+\s*°C\b.*",
                     r"a\s+a\s+a", r"image", r"loading\.*", r"(?:facebook|twitter|whatsapp|telegram|line|copy\s+link"
                     r"|salin\s+tautan|email)(?:\s+(?:facebook|twitter|whatsapp|telegram|line|copy\s+link|email))*",
                     r"komentar\s*(?:\(\d+\))?", r"tulis\s+komentar.*", r"\d+\s+komentar",
                     r"silakan\s+(?:login|masuk|daftar)\b.*", r".*\buntuk\s+berkomentar\b.*",
                     r"(?:read|baca)/?\s*rendering\s+in.*", r"rendering\s+in\s+[\d.]+\s+seconds.*"],
    "newsletter-prompt": [r"dapatkan\s+(?:berita|update|informasi)\b.*", r".*\bklik\s+di\s*sini\b.*",
                          r"(?:ikuti|follow)\s+(?:kami|berita|channel|saluran|akun)\b.*",
                          r"(?:gabung|bergabung)\s+(?:ke\s+)?(?:grup|channel|saluran|komunitas)\b.*",
                          r"(?:subscribe|langganan|berlangganan)\b.*", r".*\b(?:google\s+news|whatsapp\s+channel)\b.*",
                          r"download\s+(?:aplikasi|apps?)\b.*", r"unduh\s+aplikasi\b.*", r"newsletter\b.*"],
    "byline": [r"(?:penulis|editor|reporter|pewarta|redaktur|penyunting|kontributor|wartawan|author|editing"
               r"|sumber|laporan\s+wartawan)\s*:.*", r"(?:oleh|by)\s*:\s*.*"],
    "tags": [r"(?:tags?|tag\s+terkait|topik|kata\s+kunci|keywords?)\s*:.*", r"(?:#\w+[\s,]*){2,}"],
    "pagination": [r"halaman\s*:?(?:\s*\d+)*\s*", r"(?:selanjutnya|sebelumnya|next|prev(?:ious)?)\s*[»›>]*",
                   r"(?:\d+\s+){1,}\d+\s*(?:selanjutnya)?", r"tampilkan\s+semua(?:\s+halaman)?"],
    "copyright": [r"(?:copyright|hak\s+cipta)\b.*", r".{0,60}©.*", r"all\s+rights\s+reserved\.?.*",
                  r"(?:redaksi|pedoman\s+media\s+siber|kebijakan\s+privasi|tentang\s+kami|kontak|karir"
                  r"|info\s+iklan|disclaimer)(?:\s*[|·•]\s*\w[\w ]*)*"],
    "photo-credit": [r"(?:kredit\s+foto|foto|photo|ilustrasi|sumber\s+foto)\s*:.*", r"\(?foto\s*:.*\)?",
                     r"(?:antara\s+)?foto\s*/.*", r".*\((?:foto|dok|ilustrasi)\s*[:.]\s*[^)]{1,60}\)\s*"],
    "navigation": [r"menu", r"home", r"beranda", r"indeks", r"index", r"search", r"cari", r"login|masuk|daftar"],
}

# reason -> patterns for a piece at the start of a line (removed, the rest of the line kept)
PREFIX_CUES: dict[str, list[str]] = {
    "related-links": [r"baca\s+juga\s*:[^.]*?(?=[A-Z][a-z]+\s)"],
}

# reason -> patterns for a piece at the end of a paragraph (removed, the rest kept)
TRAILING_CUES: dict[str, list[str]] = {
    "read-more": [r"\s*(?:baca\s+selengkapnya|selengkapnya\s+baca|read\s+more)\s*[.:»›>]*\s*$"],
    "byline": [r"\s*\((?:[A-Za-z*]{1,8}(?:/[A-Za-z*]{1,8}){0,3})\)\s*$"],
    "photo-credit": [r"\s*(?:FOTO|Foto|Kredit\s+Foto)\s*[:/]\s*\S.*$"],
}

# Photo-credit and caption markers inside a line ("… Kredit Foto: Reuters/X").
CREDIT_MARKERS = [r"kredit\s+foto\s*:", r"\bfoto\s*/", r"\(foto\s*:", r"\bfoto\s*:", r"\bsumber\s+foto\s*:"]

# Labels sites print as a section or category; a title may arrive with one glued to its end.
SECTIONS = ["berita politik", "berita ekonomi", "berita dunia", "berita internasional", "berita nasional",
            "berita daerah", "berita olahraga", "internasional", "nasional", "politik", "ekonomi", "bisnis",
            "dunia", "olahraga", "hiburan", "teknologi", "tekno", "otomotif", "hukum", "metro", "megapolitan",
            "daerah", "regional", "gaya hidup", "lifestyle", "kesehatan", "pendidikan", "sains", "global",
            "news", "ekbis", "opini", "hankam", "keuangan", "travel", "sport", "sepak bola", "peristiwa",
            "humaniora", "nusantara", "kriminal", "world", "asia", "timur tengah", "eropa", "amerika"]

# Words that make a short capitalised line part of a menu rather than a headline.
MENU_WORDS = ["news", "video", "foto", "indeks", "about us", "social media", "kontak", "home", "beranda",
              "new economy", "kabar finansial", "global connections", "sport & lifestyle", "ekbis", "terkini"]

# Separators between menu items or breadcrumb steps on one line.
MENU_SEPARATORS = r"\s*[|›»•·>/]\s*|\s{2,}"

# Headings of related-article lists: the short lines under them are links, not text.
LIST_HEADINGS = r"(?:berita|artikel|topik)\s+(?:terkait|lainnya|terpopuler|pilihan|populer)|terpopuler|terkini|" \
    r"rekomendasi(?:\s+untuk\s+anda)?|baca\s+(?:berita|artikel)\s+(?:terkait\s+)?lainnya|populer|trending"
