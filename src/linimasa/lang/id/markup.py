"""Words Indonesian pages use in the class and id names of their markup (with the English ones CMSs use).

The HTML side of cleaning and dating reads elements by what their names say: a date line,
a sidebar or list of other articles, a photo and its caption.
"""

from __future__ import annotations

# Words in the class/id of elements that carry a page's own date line ("tgl", "waktu", "jam" are Indonesian) …
DATE_CLASS_WORDS = ("date", "time", "tanggal", "tgl", "waktu", "jam", "publish", "posted", "pubdate", "timestamp",
                    "meta", "byline", "info")
# … and of blocks that list other articles, whose dates are not this page's.
SIDEBAR_CLASS_WORDS = ("related", "terkait", "populer", "popular", "terpopuler", "terkini", "latest", "recommend",
                       "rekomendasi", "sidebar", "widget", "footer", "comment", "komentar", "trending", "most",
                       "lainnya", "other", "more", "list", "index", "nav", "menu", "baca", "breaking", "berita-lain")

# … and of picture containers, whose text is a photo caption or credit ("pic_artikel", "foto-caption").
CAPTION_CLASS_WORDS = ("caption", "keterangan", "ket-foto", "pic", "foto", "photo", "image", "img", "gambar",
                       "figure", "credit")
