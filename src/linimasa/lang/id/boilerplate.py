"""Cues for page furniture on Indonesian news sites: what a cleaner removes, and why.

Each pattern is matched case-insensitively against a whole line (LINE_CUES), the start of a
line (PREFIX_CUES) or the end of a paragraph (TRAILING_CUES). The reason names the kind of
furniture and is kept with every removed piece.
"""

from __future__ import annotations

# reason -> patterns for a whole line. A pattern that may start anywhere in the line (".*…") never
# removes running prose (a long line ending like a sentence) — "… lewat kanal Google News." is a sentence.
LINE_CUES: dict[str, list[str]] = {
    "related-links": [r"(?:baca|lihat|simak|cek)\s+(?:juga|pula|selengkapnya|berita\s+(?:terkait\s+)?lainnya)\b.*",
                      r"berita\s+(?:terkait|lainnya|terpopuler|pilihan|populer|rekomendasi)\s*:?.*",
                      r"berita\s+(?:terkini|terbaru|utama)(?:\s+hari\s+ini)?\s*:?",
                      r"artikel\s+(?:terkait|pilihan|populer|lainnya)\s*:?.*", r"topik\s+(?:pilihan|populer|hangat)\s*:?.*", r"terpopuler",
                      r"terkini", r"rekomendasi(?:\s+untuk\s+anda)?", r"video\s+(?:pilihan|terkait|terkini|populer)\s*:?.*",
                      r"(?:populer|trending|terbaru)(?:\s+(?:hari\s+ini|minggu\s+ini|sekarang))?\s*",
                      r"(?:paling|ter)\s*banyak\s+dibaca", r"(?:most\s+(?:read|popular|viewed)|hot\s+topics?|"
                      r"trending\s+topics?|topik\s+hangat|headlines?|highlights?|pilihan\s+(?:editor|redaksi))",
                      r"indeks\s+berita(?:\s+\w+){0,2}", r"(?:berita|artikel)\s+selanjutnya\s*:?.*",
                      r"(?:lihat|tampilkan)\s+(?:semua|lainnya)\s+(?:berita|artikel)\b.*", r"baca\s*:\s*.+",
                      r"(?:pilihan\s+)?untuk\s+anda", r"(?:artikel|konten|berita)\s+menarik(?:\s+lainnya)?\s*:?",
                      r"jangan\s+lewatkan\s*:?(?:\s+\S+){0,10}", r"(?:lainnya|selengkapnya)\s+dari\s+\S+(?:\s+\S+){0,3}",
                      r"(?:lihat\s+|baca\s+)?selengkapnya\s*[»›>]*", r"editor'?s\s+picks?"],
    "syndication": [r"(?:artikel|berita|tulisan|konten)\s+ini\s+(?:telah|sudah|pertama\s+kali|juga)?\s*"
                    r"(?:tayang|terbit|dimuat|diterbitkan|dipublikasikan|ditayangkan|tayang\s+pertama)\s+(?:di|pada|dalam)"
                    r"\b.*",
                    r"(?:sumber\s+)?artikel\s+(?:asli|ini\s+bersumber)\b.*"],
    "advertisement": [r"(?:[-–—:|·•\s]*(?:advertisement|iklan|ads?|sponsored(?:\s+content)?|konten\s+bersponsor"
                      r"|scroll\s+(?:to|down\s+to)\s+(?:continue|resume)(?:\s+(?:with|reading))?(?:\s+content)?"
                      r"|(?:scroll|gulir)(?:\s+ke\s+bawah)?(?:\s+untuk)?(?:\s+(?:melanjutkan|lanjut|terus))?"
                      r"(?:\s+membaca)?))+[-–—:|·•.\s]*",
                      r"(?:continue\s+reading\s+below|lanjutkan\s+membaca(?:\s+di\s+bawah(?:\s+ini)?)?)\.*",
                      r"(?:konten|artikel|berita)\s+(?:berlanjut|dilanjutkan|lanjut)\s+(?:di\s+bawah|setelah\s+iklan)"
                      r".*", r"\[?\s*gambas\s*:.*\]?"],
    "promo": [r"(?:saksikan|tonton|simak|lihat|putar)\s+(?:juga\s+)?(?:video|live|siaran|tayangan|streaming|"
              r"program|acara|podcast|selengkapnya\s+video)\b.*",
              r"(?:saksikan|tonton)\s+juga\b.*", r"video\s*:\s*.*", r"live\s+streaming\b.*",
              r"(?:dengarkan|simak)\s+podcast\b.*"],
    "font-size": [r"a\s*[-–]?\s+a\s+a\s*\+?", r"a\s*[-+]\s*a\s*[-+]?", r"aa", r"(?:ukuran|besar|perbesar|perkecil)\s+"
                  r"(?:teks|huruf|font|tulisan)(?:\s*:\s*\w+)?"],
    "share-widget": [r"bagikan(?:\s+(?:artikel|berita|ini|ke|melalui))?\s*:?.*", r"share\b.*", r".*\d+\s*°C\b.*",
                     r"image", r"loading\.*", r"(?:facebook|twitter|whatsapp|telegram|line|copy\s+link"
                     r"|salin\s+tautan|salin\s+link|email|x|fb|wa|linkedin|pinterest|instagram|youtube|tiktok"
                     r"|threads)(?:\s*[|,·•]?\s*(?:facebook|twitter|whatsapp|telegram|line|copy\s+link|salin\s+"
                     r"(?:tautan|link)|email|x|fb|wa|linkedin|pinterest|instagram|youtube|tiktok|threads))*",
                     r"(?:tautan|link)\s+(?:berhasil\s+)?(?:disalin|tersalin)\.?", r"(?:cetak|print)(?:\s+artikel)?",
                     r"(?:dibaca|views?)\s*:?\s*[\d.,]+(?:\s*kali)?", r"[\d.,]+\s*(?:kali\s+dibaca|views?|shares?)",
                     r"komentar\s*(?:\(\d+\))?", r"(?:tulis|kirim|lihat|berikan|tampilkan)\s+komentar.*",
                     r"\d+\s+komentar", r"silakan\s+(?:login|masuk|daftar)\b.*", r".*\buntuk\s+berkomentar\b.*",
                     r"(?:read|baca)/?\s*rendering\s+in.*", r"rendering\s+in\s+[\d.]+\s+seconds.*"],
    "newsletter-prompt": [r"dapatkan\s+(?:berita|update|informasi|notifikasi|kabar)\b.*", r".*\bklik\s+di\s*sini\b.*",
                          r"(?:ikuti|follow)\s+(?:kami|berita|channel|saluran|akun|juga)\b.*",
                          r"(?:mari|yuk|ayo)\s*,?\s+(?:bergabung|gabung|ikuti|follow|join)\b.*",
                          r"(?:gabung|bergabung)\s+(?:ke\s+|di\s+|dengan\s+)?(?:grup|channel|saluran|komunitas)\b.*",
                          r"(?:subscribe|langganan|berlangganan)\b.*", r".*\b(?:google\s+news|whatsapp\s+channel)\b.*",
                          r".*\bklik\s+(?:link|tautan)\b.*",
                          r"download\s+(?:aplikasi|apps?)\b.*", r"unduh\s+aplikasi\b.*", r"newsletter\b.*",
                          r"(?:masukkan|daftarkan)\s+(?:alamat\s+)?e-?mail\b.*"],
    "byline": [r"(?:penulis|editor|reporter|pewarta|redaktur|penyunting|kontributor|wartawan|author|editing"
               r"|sumber|laporan\s+wartawan|fotografer|videografer|penerjemah|koresponden)\s*:.*",
               r"(?:oleh|by)\s*:\s*.*",
               r"laporan\s+(?:wartawan|reporter|koresponden|kontributor)\s+\S+.*",
               r"(?:penulis|editor|reporter|pewarta)\s+\S+(?:\s+\S+){0,3}\s*[|/]\s*(?:penulis|editor|reporter|pewarta"
               r"|redaktur)\b.*"],
    "tags": [r"(?:tags?|tag\s+terkait|topik(?:\s+terkait)?|tagar|kata\s+kunci|keywords?|kategori|rubrik)\s*:.*", r"(?:#\w+[\s,]*){2,}"],
    "pagination": [r"halaman\s*:?(?:\s*\d+)*(?:\s*(?:selanjutnya|berikutnya|sebelumnya|next|prev|[»›>«‹<]))*\s*",
                   r"(?:[«‹<]\s*)?(?:selanjutnya|sebelumnya|berikutnya|next|prev(?:ious)?)\s*[»›>]*",
                   r"(?:[«‹<]\s*)?(?:sebelumnya\s+)?(?:\d+\s+){1,}\d+\s*(?:selanjutnya|berikutnya|next)?\s*[»›>]*",
                   r"tampilkan\s+semua(?:\s+halaman)?", r"(?:lihat|baca)\s+semua(?:\s+halaman)?",
                   r"halaman\s+(?:selanjutnya|berikutnya|sebelumnya)\b.*", r"(?:lanjut(?:kan)?\s+)?ke\s+halaman\s+\d+.*",
                   r"hal(?:aman|\.)?\s*\d+\s*(?:dari|/)\s*\d+", r"(?:muat|tampilkan|lihat)\s+lebih\s+banyak",
                   r"load\s+more", r"page\s+\d+\s+(?:of|dari)\s+\d+"],
    "copyright": [r"(?:copyright|hak\s+cipta)\b.*", r".{0,60}©.*", r"all\s+rights\s+reserved\.?.*",
                  r"(?:redaksi|pedoman\s+media\s+siber|kebijakan\s+privasi|tentang\s+kami|kontak|karir"
                  r"|info\s+iklan|disclaimer)(?:\s*[|·•]\s*\w[\w ]*)*"],
    "photo-credit": [r"(?:kredit\s+foto|foto|photo|ilustrasi|sumber\s+foto|gambar|dok(?:umentasi)?\.?)\s*:.*",
                     r"\(?foto\s*:.*\)?", r"(?:antara\s+)?foto\s*/.*", r"foto\s+ilustrasi\.?", r"ilustrasi\.?",
                     r"[(\[]\s*(?:dok\.?|foto|ilustrasi)\s*[:./]?\s*[^)\]]{1,60}[)\]]\s*",
                     r"(?:getty\s+images|shutterstock|istockphoto|freepik|unsplash|pixabay)(?:\s*/.*)?",
                     r"\(\s*(?:ist|istimewa|dok|net|int|repro)\.?\s*\)"],
    # a caption: a line that ends with the photo's credit in brackets, however long the caption before it
    "caption": [r".*[(\[]\s*(?:foto|dok\.?|ilustrasi|sumber\s+foto|kredit\s+foto)\s*[:./]\s*[^)\]]{1,60}[)\]]\s*",
                r".*[.!?”\"]\s+(?:foto|photo|kredit\s+foto|sumber\s+foto)\s*[:/]\s*[^!?]{1,60}",
                r".*\((?-i:[A-Z]{2,}(?:\s+FOTO)?|[\w-]+\.(?:com|co\.id|id))\s*/\s*(?-i:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)"
                r"{1,3})\)\s*"],
    # a line of nothing but rules or stars between blocks ("***", "-----")
    "separator": [r"[*#=~_\-–—•·.]{2,}"],
    # the comment form, post links and reading aids of blog software (WordPress and the like), as translated
    "blog-widget": [r"(?:tinggalkan|kirim)\s+(?:balasan|komentar)(?:\s+\S+){0,4}", r"batalkan\s+balasan",
                    r"leave\s+a\s+(?:reply|comment)", r"cancel\s+reply",
                    r"alamat\s+email\s+anda\s+tidak\s+akan\s+(?:dipublikasikan|ditampilkan)\b.*",
                    r"your\s+email\s+address\s+will\s+not\s+be\s+published\b.*",
                    r"ruas\s+yang\s+wajib\s+ditandai\b.*", r"simpan\s+nama,?\s+email,?\s+dan\s+situs\s+web\s+saya\b.*",
                    r"komentar\s+(?:ditutup|dinonaktifkan)\.?", r"(?:pos|artikel|postingan|tulisan)\s+"
                    r"(?:sebelumnya|berikutnya|selanjutnya)(?:\s*:\s*.{0,150})?",
                    r"(?:previous|next)\s+(?:post|article)(?:\s*:\s*.{0,150})?",
                    r"(?:posted|published|diposting|dipublikasikan|diterbitkan)\s+(?:in|by|on|oleh|pada|dalam)\s*:?"
                    r"(?:\s+\S+){1,6}",
                    r"(?:waktu\s+baca|lama\s+baca|read\s+time|reading\s+time)\s*:?\s*\d+\s*(?:menit|minutes?|min)\.?",
                    r"\d+\s*(?:menit\s+(?:membaca|baca|dibaca)|min(?:ute)?s?\s+read)",
                    r"(?:dengarkan|listen\s+to)\s+(?:artikel|berita|this\s+article)(?:\s+ini)?", r"mode\s+(?:gelap|terang)",
                    r"(?:like|suka)\s+(?:this|ini)\s*:", r"(?:share|bagikan)\s+(?:this|ini)\s*:", r"terkait", r"related",
                    r"related\s+(?:posts?|articles?)", r"you\s+may\s+also\s+like", r"anda\s+mungkin\s+(?:juga\s+)?suka",
                    r"tutup\s+iklan", r"pdf"],
    "navigation": [r"menu", r"home", r"beranda", r"indeks", r"index", r"search", r"cari", r"login|masuk|daftar",
                   r"kembali\s+ke\s+atas", r"back\s+to\s+top", r"tutup", r"close"],
}

# Reasons whose cue never removes a long line: a byline or a credit is short, a long line with "Foto:" is prose.
SHORT_LINE_REASONS = frozenset({"photo-credit", "byline"})
# Reasons whose cue may end running prose: a caption is a sentence that ends with the photo's credit.
PROSE_LINE_REASONS = frozenset({"caption"})

# The original outlet a syndication notice names ("Artikel ini telah tayang di Contoh.com dengan judul …").
SYNDICATED_FROM = r"(?:tayang|terbit|dimuat|diterbitkan|dipublikasikan|ditayangkan)\s+(?:pertama\s+)?(?:di|pada|dalam)\s+" \
    r"(?:laman\s+|situs\s+|portal\s+)?(?P<outlet>[\w.-]+(?-i:\s[A-Z][\w.-]*){0,2}?)" \
    r"(?=\s+(?:dengan\s+judul|pada|yang)\b|\s*[,.(:\"“]|\s*$)"

# reason -> patterns for a piece at the start of a line (removed, the rest of the line kept)
PREFIX_CUES: dict[str, list[str]] = {
    "related-links": [r"baca\s+juga\s*:[^.]*?(?=[A-Z][a-z]+\s)"],
}

# reason -> patterns for a piece at the end of a paragraph (removed, the rest kept)
TRAILING_CUES: dict[str, list[str]] = {
    "read-more": [r"\s*(?:baca\s+selengkapnya|selengkapnya\s+baca|read\s+more)\s*[.:»›>]*\s*$"],
    "byline": [r"\s*\((?:[A-Za-z*]{1,8}(?:/[A-Za-z*]{1,8}){0,3})\)\s*$"],
    # only after a sentence ends, and short: "… menyita foto: dua album …" is prose
    "photo-credit": [r"(?<=[.!?”\"])\s+(?:FOTO|Foto|Kredit\s+Foto)\s*[:/]\s*\S[^!?]{0,60}$"],
}

# Words that open a line giving the time a page was updated, not published ("Diperbarui Senin, 3 Maret …").
UPDATE_CUES = r"diperbarui|diperbaharui|terakhir\s+diperbarui|pembaruan|update[d]?|last\s+updated|modified|revisi"

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
# Separators only breadcrumbs use (a title may hold "|" or "-" before the site's name, not these).
BREADCRUMB_SEPARATORS = r"\s[›»>]\s"

# Headings of related-article lists: the short lines under them are links, not text.
LIST_HEADINGS = r"(?:berita|artikel|topik)\s+(?:terkait|lainnya|terpopuler|pilihan|populer|terkini|terbaru|hangat)|" \
    r"terpopuler|terkini|terbaru|rekomendasi(?:\s+untuk\s+anda)?|baca\s+(?:berita|artikel)\s+(?:terkait\s+)?lainnya|" \
    r"populer|trending|(?:paling|ter)\s*banyak\s+dibaca|most\s+(?:read|popular)|tags?|topik|tagar|kata\s+kunci|" \
    r"indeks\s+berita|pilihan\s+(?:editor|redaksi)|video\s+(?:pilihan|terkait|terkini|populer)|" \
    r"(?:baca|lihat|simak)\s+(?:juga|pula)|baca\s+selengkapnya|berita\s+selanjutnya"
