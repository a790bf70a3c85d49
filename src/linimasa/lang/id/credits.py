"""Cues of bylines, photo credits and source lines: names right after them are not entities of the story."""

from __future__ import annotations

# A cue followed by ":" or "/" before a name on the same line marks a credit ("Foto: ...", "Penulis: ...").
CREDIT_CUES: tuple[str, ...] = (
    "penulis", "editor", "reporter", "pewarta", "wartawan", "foto", "fotografer", "sumber", "kontributor",
    "penyunting", "redaktur", "ilustrasi", "dok", "dokumentasi", "grafis", "video", "videografer", "narasi",
    "penerjemah", "laporan", "oleh", "baca juga", "baca", "lihat juga", "simak", "tonton", "copyright",
    "hak cipta", "author", "writer", "photo", "image", "credit", "caption", "ANTARA FOTO", "getty images",
)
