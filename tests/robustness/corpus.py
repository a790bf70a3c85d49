"""A folder of hostile inputs, one per bad-input class, written by the tests themselves (nothing copied).

`build(folder)` writes them next to a few good pages and returns {class: (file name, expected)}, where
`expected` is a piece of the per-file message, or None for inputs that must come through as articles.
"""

from __future__ import annotations

import gzip
import json
import os
import zlib
from pathlib import Path

from tests.warc import warc_bytes

PLACES = ["Sukamaju", "Cibodas", "Karangsari", "Tanjungrejo", "Mekarjaya", "Sidomulyo", "Pasirluhur"]


def page(i: int, title: str | None = None) -> str:
    """A distinct, plain Indonesian news page (title line, two paragraphs)."""
    place = PLACES[i % len(PLACES)]
    return (f"{title or f'Warga {place} memperbaiki irigasi'}\n\n"
            f"Warga Desa {place} memperbaiki saluran irigasi sepanjang {100 + i} meter pada Senin (3/3/2025). "
            f"Kepala desa mengatakan pekerjaan ke-{i} itu selesai dalam {i % 7 + 2} hari dan dibiayai iuran "
            f"{i * 3 + 10} keluarga petani.\n\n"
            f"Menurut petugas pengairan, debit air di petak sawah nomor {i * 7 + 1} naik {i % 40 + 5} persen "
            f"sejak saluran itu dibersihkan. Warga berencana menanam padi lagi pada akhir bulan ini.")


ENGLISH = ("The city council approved the construction of a new bridge on Monday, the mayor told reporters. "
           "Residents said that the project would shorten their daily commute by almost an hour, and work is "
           "expected to begin next month and to be finished before the rainy season starts in the region.")
MALAY = ("Kerajaan negeri meluluskan pembinaan jambatan baharu kerana penduduk kampung sering terputus hubungan. "
         "Beliau berkata bahawa projek itu akan siap selepas musim tengkujuh, iaitu pada awal tahun hadapan. "
         "Mahkamah tidak terlibat dalam perkara ini, dan kerja-kerja pembinaan sahaja yang akan bermula dahulu.")




def warc_bomb(path: Path, size: int = 1 << 30) -> None:
    """A .warc.gz whose one response record is `size` zero bytes, streamed through zlib (about 1 MB on disk)."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://contoh.id/bom\r\n"
            b"WARC-Date: 2025-03-03T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % (len(http) + size))
    z = zlib.compressobj(1, zlib.DEFLATED, 31)
    zero = bytes(1 << 20)
    with open(path, "wb") as f:
        f.write(z.compress(head + http))
        for _ in range(size >> 20):
            f.write(z.compress(zero))
        f.write(z.compress(b"\r\n\r\n") + z.flush())


def gzip_bomb(path: Path, size: int = 1 << 30) -> None:
    """NAME.html.gz that inflates to `size` zero bytes (one small member repeated: a valid gzip stream)."""
    member = gzip.compress(bytes(1 << 24), compresslevel=9)
    with open(path, "wb") as f:
        for _ in range(size >> 24):
            f.write(member)


def build(folder: Path, bomb_size: int = 1 << 30) -> dict[str, tuple[str, str | None]]:
    folder.mkdir(parents=True, exist_ok=True)
    w = lambda name, data: (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode())  # noqa: E731
    cases: dict[str, tuple[str, str | None]] = {}

    def case(cls: str, name: str, data, expected: str | None) -> None:
        w(name, data)
        cases[cls] = (name, expected)

    for i in range(3):
        w(f"good{i}.txt", page(i))
    case("empty", "empty.txt", b"", "empty")
    case("whitespace", "whitespace.txt", b" \n\t\n  \r\n", "empty")
    case("binary", "binary.txt", bytes(range(256)) * 8, "binary")
    case("png", "image.html", b"\x89PNG\r\n\x1a\n" + bytes(200) + b"IHDR" + bytes(range(256)), "binary")
    case("gzip renamed", "renamed.txt", gzip.compress(page(10).encode()), "gzip")
    case("gzip page", "zipped.txt.gz", gzip.compress(page(11).encode()), None)
    with open(folder / "huge.txt", "wb") as f:  # sparse: the size check refuses it before any read
        f.truncate(25_000_000)
    cases["huge"] = ("huge.txt", "too large")
    line = " ".join(page(20 + i).split("\n\n", 1)[1].replace("\n", " ") for i in range(200))
    case("one huge line", "longline.txt", "Satu baris panjang sekali\n\n" + line, None)
    case("utf-16 with BOM", "utf16bom.txt", page(12).encode("utf-16"), None)
    case("utf-16 without BOM", "utf16.txt", page(13).encode("utf-16-le"), None)
    case("latin-1", "latin1.txt", (page(14) + " Harga naik ½ persen, kata pemilik kafé.").encode("latin-1"), None)
    case("invalid utf-8", "stray.txt", page(15).replace("irigasi", "“irigasi”").encode()[:200] + b"\xff"
         + page(15).replace("irigasi", "“irigasi”").encode()[200:], None)
    case("NUL bytes", "nul.txt", page(16).encode().replace(b" ", b"\x00"), "binary")
    case("truncated html", "cut.html", "<html><head><title>Irigasi</title></head><body><article><p>"
         + page(17).replace("\n\n", "</p><p>")[:-40], None)
    case("deeply nested html", "nested.html", "<html><body>" + "<div>" * 50000 + "<p>"
         + page(18).replace("\n\n", "</p><p>") + "</p>" + "</div>" * 10 + "</body></html>", None)
    jsonl = [json.dumps({"text": page(30), "published": "2025-03-04"}), "{not json", "[1, 2]",
             json.dumps({"title": "tanpa isi"}), json.dumps({"text": "<TimeML><DCT>x</DCT><TEXT>isi tanpa penutup"}),
             '{"text": "' + page(31).replace("\n", "\\n") + ' \\ud800 tanda"}',
             json.dumps({"text": page(32), "published": "2021-13-45"}),
             json.dumps({"text": page(33), "published": "2021-02-30"}),
             json.dumps({"text": page(34), "title": {"nested": True}}),
             "[" * 100000 + "]" * 100000]
    case("malformed jsonl", "mixed.jsonl", "\n".join(jsonl), "invalid JSON")
    cases["jsonl not an object"] = ("mixed.jsonl#3", "not a JSON object")
    cases["timeml-looking jsonl line"] = ("mixed.jsonl#5", "TimeML")
    cases["jsonl 2021-13-45"] = ("mixed.jsonl#7", "'published'")
    cases["jsonl 2021-02-30"] = ("mixed.jsonl#8", "'published'")
    cases["jsonl wrong type"] = ("mixed.jsonl#9", "'title' must be a string")
    cases["jsonl nested"] = ("mixed.jsonl#10", "nested too deeply")
    html = lambda i: ("<html><body><article><p>" + page(i).replace("\n\n", "</p><p>") + "</p></article></body></html>").encode()  # noqa: E731
    case("warc without target uri", "nouri.warc.gz", warc_bytes([(None, html(40)), ("https://contoh.id/41", html(41))]),
         None)
    case("warc timeml record", "tml.warc.gz", warc_bytes([("https://contoh.id/42", b"<TimeML><DCT>y</DCT><TEXT>tanpa penutup")]),
         "no article text")
    case("malformed warc", "broken.warc", b"WARC/1.0\r\nthis is not a record\r\n\r\n" + bytes(range(256)), "WARC")
    full = warc_bytes([(f"https://contoh.id/{i}", html(i)) for i in (43, 44, 45)])
    case("truncated warc", "cut.warc.gz", full[: len(full) - 30], "truncated")
    warc_bomb(folder / "bomb.warc.gz", bomb_size)
    cases["warc bomb"] = ("bomb.warc.gz", "too large")
    gzip_bomb(folder / "bomb.html.gz", bomb_size)
    cases["gzip bomb"] = ("bomb.html.gz", "too large")
    tml = ('<?xml version="1.0"?>\n<TimeML><DOCID>x</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2025-13-45">'
           '</TIMEX3></DCT><TEXT>' + page(50) + "</TEXT></TimeML>")
    case("malformed timeml (no TEXT)", "notext.tml", "<TimeML><DCT>2025</DCT><TITLE>x</TITLE><TEXT>terpotong", "<TEXT>")
    case("timeml impossible DCT", "baddct.tml", tml, "DCT")
    for cls, name, meta, expected in [
            ("sidecar wrong type", "sc_type.txt", '{"published": ["2025-03-03"]}', "must be a string"),
            ("sidecar 2021-13-45", "sc_month.txt", '{"published": "2021-13-45"}', "'published'"),
            ("sidecar 2021-02-30", "sc_feb.txt", '{"published": "2021-02-30"}', "'published'"),
            ("sidecar huge value", "sc_huge.txt", json.dumps({"title": "x" * 200_000}), "characters long"),
            ("sidecar nested", "sc_nest.txt", "[" * 100000 + "]" * 100000, "sidecar"),
            ("sidecar not json", "sc_bad.txt", "{published: 2021}", "invalid JSON")]:
        case(cls, name, page(60 + len(cases)), expected)
        (folder / name.replace(".txt", ".meta.json")).write_text(meta)
    case("english page", "english.txt", "Bridge approved\n\n" + ENGLISH, "English")
    case("malay page", "malay.txt", "Jambatan baharu\n\n" + MALAY, "Malay")
    os.symlink("loop.txt", folder / "loop.txt")
    cases["symlink loop"] = ("loop.txt", "symbolic link")
    (folder / "sub").mkdir()
    (folder / "sub" / "good.txt").write_text(page(70))
    os.symlink("..", folder / "sub" / "up")  # a folder loop: never followed
    os.mkfifo(folder / "pipe.txt")
    cases["fifo"] = ("pipe.txt", "not a regular file")
    odd = os.fsencode(str(folder)) + b"/berita \xff aneh.txt"
    with open(odd, "wb") as f:
        f.write(page(71).encode())
    cases["odd file name (byte 0xFF)"] = ("berita \\xff aneh.txt", None)
    case("name with spaces and quotes", "berita 'satu' \"dua\".txt", page(72), None)
    case("name starting with a dash", "-dash.txt", page(73), None)
    return cases
