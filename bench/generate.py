"""Generate many distinct scraped-looking news pages from the bundled sample corpus, for benchmarks.

Each page takes a handful of body paragraphs from the sample story, renames the people,
places and ship, perturbs the numbers, shifts every date by whole weeks (so weekday names
stay true), reorders paragraphs a little and wraps the result in one of several outlet
boilerplate styles, as a UTF-8 or Windows-1252 text dump or as an HTML page.

    python bench/generate.py OUT_DIR N [--seed S]
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
import sys
from importlib import resources
from pathlib import Path

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
EN_MONTHS = ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
             "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"]

# Story names in the sample corpus and small pools of replacements. Longest forms first so
# that "Lalu Muhammad Rizaldi" is replaced before "Rizaldi".
NAME_SLOTS: list[tuple[list[str], list[str]]] = [
    (["Lalu Muhammad Rizaldi", "Lalu Mohammad Rizaldi", "Lalu Muhammad Rizaldy", "Lalu Rizaldi", "Rizaldi"],
     ["Made Suarjana", "Andi Baso Tenri", "Yusuf Nggaba", "Ketut Widiarta", "Rahman Hakim", "Teguh Santoso"]),
    (["Hendrawan Sukmajaya", "Hendrawan Sukmadjaja", "Hendrawan"],
     ["Bagus Prayitno", "Dedi Kurniadi", "Stevanus Rumbewas", "Wahyu Adinegoro", "Fajar Nugroho"]),
    (["Arief Setyobudi", "Arif Setyobudi", "Arief", "Arif"],
     ["Hasan Basri", "Robertus Sinaga", "Irwan Mahendra", "Lukas Tanamal", "Sutrisno Adi"]),
    (["Benediktus Harjono", "Benediktus Hardjono", "Benny Harjono", "Benediktus", "Benny"],
     ["Hendra Gunawan", "Felix Tanujaya", "Agustinus Lomi", "Rudy Setiadi", "Wilson Tanoto"]),
    (["Syamsul Hadiwijaya", "Syamsul"],
     ["Ahmad Rifai", "Yohana Koten", "Nasrullah Daeng", "Ida Ayu Sriani", "Muhammad Rasyid"]),
    (["Agus Triyanto", "Anthonius Latuconsina", "Antonius Latuconsina", "Anthonius", "Antonius"],
     ["Samuel Pattiasina", "Eko Widodo", "Harun Al Rasyid", "Benny Manuputty", "Joko Priyanto"]),
    (["Amaq Sahnan", "Amak Sahnan", "Sahnan"],
     ["Daeng Sikki", "Bapak Kornelis", "La Ode Jamil", "Amaq Rimin", "Pak Warsono"]),
]
PLACE_SLOTS: list[tuple[list[str], list[str]]] = [
    (["KMP Tanjung Permata", "Tanjung Permata"], ["KMP Bahari Jaya", "KMP Citra Samudra", "KMP Nusa Indah", "KMP Mutiara Timur",
                               "KMP Lestari Maju", "KMP Dharma Kencana", "KMP Gading Mas"]),
    (["PT Arunika Lintas Samudra", "PT Arunika", "Arunika"],
     ["PT Segara Abadi", "PT Lintas Nusa Raya", "PT Bahtera Timur", "PT Samudra Rejeki"]),
    (["Selat Alas"], ["Selat Lombok", "Selat Sape", "Selat Bali", "Selat Makassar", "Selat Flores", "Selat Larantuka"]),
    (["Pelabuhan Kayangan", "Kayangan"], ["Pelabuhan Lembar", "Pelabuhan Sape", "Pelabuhan Ketapang", "Pelabuhan Bajoe",
                                          "Pelabuhan Kolaka", "Pelabuhan Larantuka"]),
    (["Pelabuhan Poto Tano", "Poto Tano"], ["Pelabuhan Padangbai", "Pelabuhan Labuan Bajo", "Pelabuhan Gilimanuk",
                                            "Pelabuhan Waingapu", "Pelabuhan Kupang"]),
    (["Gili Kondo", "Gili Sulat"], ["Pulau Nusa Penida", "Pulau Medang", "Pulau Kambing", "Pulau Kelapa"]),
    (["Lombok Timur", "Sumbawa Barat"], ["Lombok Barat", "Bima", "Banyuwangi", "Flores Timur", "Kolaka", "Sumba Timur"]),
]

OUTLETS = ["WartaPantai.id", "KabarSelatan.com", "Suara Dermaga", "LintasBahari.co.id", "Harian Tepian",
           "Berita Sepekan", "NusaPost", "Kabar Gelombang", "Jurnal Pelabuhan", "Pena Maritim"]
CITIES = ["MATARAM", "JAKARTA", "KUPANG", "DENPASAR", "MAKASSAR", "SURABAYA", "AMBON", "BIMA"]
MENUS = [["Beranda", "Nasional", "Daerah", "Ekonomi", "Olahraga", "Indeks"],
         ["Home", "News", "Regional", "Bisnis", "Lifestyle", "Video", "Foto"],
         ["Terkini", "Peristiwa", "Hukum", "Politik", "Maritim", "Opini", "Indeks"]]
RELATED = ["Cuaca Buruk, Penyeberangan Ditunda Enam Jam", "Nelayan Diminta Waspada Gelombang Tinggi",
           "Pemeriksaan Muatan Truk di Pelabuhan Diperketat", "Keluarga Korban Datangi Posko Informasi",
           "Kapal Patroli Baru Diserahkan ke Pangkalan", "Harga Tiket Kapal Tidak Naik Jelang Libur Panjang",
           "Jalur Penyeberangan Dibuka Kembali Setelah Dua Hari Ditutup", "Tim Penyelam Latihan Evakuasi Bawah Laut"]

_DMY = re.compile(r"\((\d{1,2})/(\d{1,2})/(\d{4})\)")
_LONG = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b")
# Counts and amounts, but not the day of a date ("19 Agustus"), a clock time or a decimal.
_NUMBER = re.compile(r"(?<![\d/.,:])\b(\d{1,3})\b(?![\d/.,:])(?! (?:" + "|".join(MONTHS) + r")\b)")
_TAG = re.compile(r"<[^>]+>")
_PARA = re.compile(r"<p[^>]*>(.*?)</p>", re.S)
# "MATARAM, Outlet.com (WIRE) - " and similar datelines that open a lead paragraph.
_DATELINE = re.compile(r"^[A-Z][A-Za-z ]{2,30}(?:, [\w.]+)?(?: \([A-Z]+\))? [-\u2013] ")


def sample_dir() -> Path:
    """The bundled sample corpus as an on-disk directory."""
    return Path(str(resources.files("linimasa") / "sample"))


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def _paragraphs_of_text(text: str) -> list[str]:
    out = []
    for block in re.split(r"\r?\n\s*\r?\n", text):
        block = _DATELINE.sub("", " ".join(block.split()))
        # Body paragraphs are long sentences; menus, bylines and link lists are short.
        if len(block) >= 140 and block.count(" ") >= 20 and "Baca" not in block[:12]:
            out.append(block)
    return out


def _paragraphs_of_html(markup: str) -> list[str]:
    paras = [html.unescape(_TAG.sub("", m)).strip() for m in _PARA.findall(markup)]
    return [_DATELINE.sub("", " ".join(p.split())) for p in paras if len(p) >= 140]


def load_paragraphs(directory: Path | None = None) -> list[str]:
    """Body paragraphs of every page in the sample corpus, in a stable order."""
    directory = directory or sample_dir()
    paras: list[str] = []
    for path in sorted(directory.iterdir()):
        if path.suffix == ".txt":
            paras += _paragraphs_of_text(_decode(path.read_bytes()))
        elif path.suffix == ".html":
            paras += _paragraphs_of_html(_decode(path.read_bytes()))
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                rec = json.loads(line)
                paras += _paragraphs_of_html(rec["html"]) if "html" in rec else _paragraphs_of_text(rec["text"])
    if not paras:
        raise RuntimeError(f"no body paragraphs found in {directory}")
    return paras


def load_titles(directory: Path | None = None) -> list[str]:
    """Headlines of the sample corpus pages, as recorded in its EXPECTED.json."""
    directory = directory or sample_dir()
    docs = json.loads((directory / "EXPECTED.json").read_text(encoding="utf-8"))["documents"]
    return sorted({d["title"] for d in docs.values() if d.get("title")})


def _shift_dates(text: str, days: int) -> str:
    def dmy(m: re.Match) -> str:
        try:
            d = dt.date(int(m[3]), int(m[2]), int(m[1])) + dt.timedelta(days=days)
        except ValueError:
            return m[0]
        return f"({d.day}/{d.month}/{d.year})"

    def long(m: re.Match) -> str:
        try:
            d = dt.date(int(m[3]), MONTHS.index(m[2]) + 1, int(m[1])) + dt.timedelta(days=days)
        except ValueError:
            return m[0]
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"

    return _LONG.sub(long, _DMY.sub(dmy, text))


def _latest_date(text: str) -> dt.date | None:
    days = []
    for m in _DMY.finditer(text):
        try:
            days.append(dt.date(int(m[3]), int(m[2]), int(m[1])))
        except ValueError:
            pass
    for m in _LONG.finditer(text):
        try:
            days.append(dt.date(int(m[3]), MONTHS.index(m[2]) + 1, int(m[1])))
        except ValueError:
            pass
    return max(days) if days else None


def _vary_numbers(text: str, rng: random.Random) -> str:
    def one(m: re.Match) -> str:
        n = int(m[1])
        if n < 2:
            return m[0]
        return str(max(2, n + rng.randint(-n // 2, n // 2 + 1)))

    return _NUMBER.sub(one, text)


_GENERIC = ("Pelabuhan ", "Pulau ", "PT ", "KMP ")
_ALL_FORMS = sorted({f for forms, _ in NAME_SLOTS + PLACE_SLOTS for f in forms}, key=len, reverse=True)
# One alternation, longest form first, so a single pass renames everything and never renames a replacement.
_FORMS = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in _ALL_FORMS) + r")\b")


def _short(form: str, new: str) -> str:
    """The replacement for a short form: keep the source's variety without doubling a generic prefix."""
    for generic in _GENERIC:
        if new.startswith(generic):
            return new if form.startswith(generic) else new[len(generic):]
    return new if " " in form else new.split()[-1]


def _rename(text: str, rng: random.Random) -> str:
    mapping: dict[str, str] = {}
    for forms, pool in NAME_SLOTS + PLACE_SLOTS:
        new = rng.choice(pool)
        for i, form in enumerate(forms):
            mapping[form] = new if i == 0 else _short(form, new)
    return _FORMS.sub(lambda m: mapping[m[0]], text)


def _shuffle_a_bit(paras: list[str], rng: random.Random) -> list[str]:
    paras = list(paras)
    for i in range(1, len(paras) - 1):
        if rng.random() < 0.35:
            paras[i], paras[i + 1] = paras[i + 1], paras[i]
    return paras


def _header_date(d: dt.datetime, rng: random.Random) -> str:
    wd = WEEKDAYS[d.weekday()]
    hm = f"{d.hour:02d}:{d.minute:02d}"
    style = rng.randrange(6)
    if style == 0:
        return f"{wd.replace('Jumat', 'Jum' + chr(39) + 'at')}, {d.day:02d} {MONTHS[d.month - 1]} {d.year} - {hm} WIB"
    if style == 1:
        return f"{d.day:02d}/{d.month:02d}/{d.year}, {hm} WIB"
    if style == 2:
        return f"{wd} {d.day:02d} {MONTHS[d.month - 1]} {d.year} | {hm} WIB"
    if style == 3:
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == 4:
        return f"Diterbitkan: {d.isoformat()}+07:00"
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}, {hm} WIB"


def _text_page(title: str, paras: list[str], when: dt.datetime, outlet: str, ident: int, rng: random.Random) -> str:
    lines = [outlet, " | ".join(rng.choice(MENUS)), "", title, "", _header_date(when, rng), ""]
    if rng.random() < 0.6:
        lines += [f"Penulis: {rng.choice(['Redaksi', 'Tim Liputan', 'Kontributor Daerah'])}", ""]
    lines += [f"{rng.choice(CITIES)} - {paras[0]}", ""]
    for i, p in enumerate(paras[1:], 1):
        lines += [p, ""]
        if i % 3 == 0 and rng.random() < 0.7:
            lines += [f"{rng.choice(['Baca Juga:', 'BACA JUGA:', 'Baca juga:'])} {rng.choice(RELATED)}", ""]
    lines += ["Halaman :", "Berita Terkait"] + rng.sample(RELATED, 3)
    lines += ["", f"Copyright © {when.year} {outlet}. All Rights Reserved",
              f"read/{ident} rendering in 0.{rng.randint(1000, 9999)} seconds"]
    return "\n".join(lines) + "\n"


def _html_page(title: str, paras: list[str], when: dt.datetime, outlet: str, ident: int, rng: random.Random) -> str:
    iso = when.isoformat() + "+07:00"
    esc = html.escape
    nav = "".join(f'<li><a href="/{m.lower()}">{esc(m)}</a></li>' for m in rng.choice(MENUS))
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    related = "".join(f'<li><a href="/berita/{ident}-{i}">{esc(t)}</a></li>' for i, t in enumerate(rng.sample(RELATED, 3)))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": iso, "publisher": {"@type": "Organization", "name": outlet}}, ensure_ascii=False)
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{esc(title)} | {esc(outlet)}</title>
<meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="{esc(outlet)}">
<meta property="article:published_time" content="{iso}">
<link rel="canonical" href="https://example.invalid/berita/{ident}">
<script type="application/ld+json">{ld}</script></head>
<body><header><nav><ul>{nav}</ul></nav></header>
<main><article><h1>{esc(title)}</h1>
<time datetime="{iso}">{esc(_header_date(when, rng))}</time>
<div class="share">Bagikan: Facebook | X | WhatsApp</div>
{body}
</article><aside><h3>Berita Terkait</h3><ul>{related}</ul></aside></main>
<footer><p>&copy; {when.year} {esc(outlet)}. Hak cipta dilindungi.</p></footer></body></html>
"""


def _curly(text: str) -> str:
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def generate_pages(out_dir: Path, n: int, seed: int = 0) -> list[Path]:
    """Write n deterministic, mutually distinct pages derived from the sample corpus into out_dir."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pool = load_paragraphs()
    titles = load_titles()
    paths: list[Path] = []
    for i in range(n):
        rng = random.Random(f"{seed}:{i}")
        k = rng.randint(5, min(11, len(pool)))
        start = rng.randrange(len(pool))
        # A run of neighbouring paragraphs keeps pages readable; a few strays add variety.
        picked = [pool[(start + j) % len(pool)] for j in range(k - 2)] + rng.sample(pool, 2)
        picked = list(dict.fromkeys(picked))
        weeks = rng.randint(-300, 40)
        # The headline goes through the same renaming as the body so that both name the same ship.
        text = "\n\n".join([rng.choice(titles)] + _shuffle_a_bit(picked, rng))
        text = _rename(_vary_numbers(_shift_dates(text, 7 * weeks), rng), rng)
        title, *paras = text.split("\n\n")
        # Published on the day of the latest event the page reports, or a day later.
        latest = _latest_date(text) or (dt.date(2025, 3, 8) + dt.timedelta(days=7 * weeks))
        when = dt.datetime.combine(latest, dt.time(rng.randint(5, 22), rng.randint(0, 59))) + dt.timedelta(days=rng.randint(0, 1))
        outlet = rng.choice(OUTLETS)
        if rng.random() < 0.3:
            path = out_dir / f"page_{seed}_{i:06d}.html"
            path.write_text(_html_page(title, paras, when, outlet, i, rng), encoding="utf-8")
        else:
            page = _text_page(title, paras, when, outlet, i, rng)
            path = out_dir / f"page_{seed}_{i:06d}.txt"
            if rng.random() < 0.15:
                path.write_bytes(_curly(page).replace("\n", "\r\n").encode("cp1252", errors="replace"))
            else:
                path.write_text(page, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    if args.n < 0:
        ap.error("N must be >= 0")
    paths = generate_pages(args.out_dir, args.n, args.seed)
    print(f"wrote {len(paths)} pages to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
