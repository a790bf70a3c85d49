"""Indonesian labels of the web app: page text, event types, precisions (the default language of the interface)."""

from __future__ import annotations

LABELS: dict[str, str] = {
    "timeline": "Linimasa", "articles": "Artikel", "entities": "Entitas", "quotes": "Kutipan",
    "search": "Cari", "corrections": "Koreksi", "stories": "Cerita",
    "filters": "Saring", "entity": "Entitas", "type": "Jenis peristiwa", "outlet": "Media",
    "date_from": "Dari tanggal", "date_to": "Sampai tanggal", "query": "Kata kunci", "apply": "Terapkan",
    "reset": "Hapus saringan", "all": "Semua", "entries": "entri", "sources": "Sumber",
    "original": "asli", "background": "Latar belakang", "undated": "Tanpa tanggal", "hint": "petunjuk",
    "warnings": "Peringatan", "wire_group": "salinan kantor berita yang sama", "published": "Terbit",
    "date_source": "sumber tanggal", "conflicts": "Tanggal yang ditolak", "dateline": "Tempat berita",
    "byline": "Penulis", "editor": "Penyunting", "removed": "Yang dibuang dari halaman", "reason": "alasan",
    "aliases": "Nama lain", "roles": "Jabatan", "mentions": "sebutan", "speaker": "Pembicara",
    "no_results": "Tidak ada hasil.", "page": "Halaman", "next": "Berikutnya", "prev": "Sebelumnya",
    "exclude": "Keluarkan", "pin_date": "Tetapkan tanggal", "merge_into": "Gabungkan ke entitas ini",
    "add_alias": "Tambah nama lain", "split": "Pisahkan", "fix_speaker": "Ganti pembicara", "undo": "Batalkan",
    "who": "oleh", "when": "pada", "articles_per_day": "Artikel per hari per media",
    "brush_hint": "Seret pada sumbu waktu untuk memilih rentang tanggal; gulir untuk memperbesar.",
    "read_only": "Mode baca saja", "curating": "Mode kurasi: koreksi disimpan di basis data",
    "language": "Bahasa", "show": "Tampilkan", "legend": "Keterangan", "timex": "ungkapan waktu",
    "quote": "kutipan", "size": "artikel", "first": "pertama", "last": "terakhir", "title": "Judul",
    "narrowed": "Arsip ini besar: ditampilkan peristiwa sejak",
    "events": "Peristiwa",
    "inferred": "disimpulkan",
}

EVENT_TYPES: dict[str, str] = {
    "MEET": "Pertemuan", "STATEMENT": "Pernyataan", "VISIT": "Kunjungan", "CALL": "Panggilan telepon",
    "AGREE": "Kesepakatan", "REJECT": "Penolakan", "SANCTION": "Sanksi", "ATTACK": "Serangan",
    "ACCIDENT": "Kecelakaan", "CRIME": "Kejahatan", "MISSING": "Hilang", "DISCOVERY": "Penemuan",
    "RESCUE": "Penyelamatan", "DEATH": "Kematian", "ARREST": "Penangkapan", "CEREMONY": "Upacara",
    "ELECTION": "Pemilihan", "SPORT": "Olahraga", "ANNOUNCE": "Pengumuman", "PROTEST": "Unjuk rasa",
    "ECONOMY": "Ekonomi", "POLICY": "Kebijakan", "REPORT": "Laporan", "LEGAL": "Proses hukum",
    "OPERATION_END": "Operasi berakhir", "EVENT": "Peristiwa",
}

PRECISIONS: dict[str, str] = {"minute": "menit", "hour": "jam", "day": "hari", "week": "pekan",
                              "month": "bulan", "quarter": "triwulan", "year": "tahun", "unknown": "tidak diketahui"}

MONTH_NAMES = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
               "Oktober", "November", "Desember"]
