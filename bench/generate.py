"""Generate many distinct scraped-looking news pages from the bundled sample corpus, for benchmarks.

Each page takes a handful of body paragraphs from the sample story, renames the people,
places and ship, perturbs the numbers, shifts every date by whole weeks (so weekday names
stay true), reorders paragraphs a little and wraps the result in one of several outlet
boilerplate styles, as a UTF-8 or Windows-1252 text dump or as an HTML page.

HTML pages come in two styles. `compact` (the default, small enough for stores of 100,000
pages) is a bare article page of a few KB. `realistic` is built the way outlet pages are:
80-400 KB, a head full of meta, JSON-LD, analytics and framework scripts, mega-menus,
"popular"/"related" lists with many links, ad slots between paragraphs, share and comment
widgets, sidebars and a long footer; every piece varies per page.

    python bench/generate.py OUT_DIR N [--seed S] [--html compact|realistic]
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


SECTIONS = ["Nasional", "Daerah", "Ekonomi", "Bisnis", "Olahraga", "Hukum", "Politik", "Teknologi", "Otomotif",
            "Gaya Hidup", "Kesehatan", "Pendidikan", "Internasional", "Hiburan", "Wisata", "Kuliner", "Opini", "Foto",
            "Video", "Infografis", "Maritim", "Cuaca", "Properti", "Sains"]
TEASER_OPENERS = ["Warga mengeluhkan", "Pemerintah daerah menyiapkan", "Polisi menyelidiki", "Harga kebutuhan pokok",
                  "Jadwal penyeberangan", "Tim gabungan memeriksa", "DPRD meminta", "Petani berharap", "Nelayan menunggu",
                  "Sekolah di pesisir", "Pedagang pasar", "Bandara setempat"]
TEASER_ENDS = ["naik menjelang akhir pekan", "ditunda karena cuaca", "dibahas dalam rapat pekan depan",
               "mulai berlaku bulan ini", "belum ada kepastian", "akan diumumkan besok", "kembali normal",
               "diperpanjang dua hari", "menjadi sorotan warga", "dievaluasi ulang"]
AD_SIZES = ["300x250", "728x90", "320x100", "970x250", "300x600", "336x280"]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:70]


def _teaser(rng: random.Random) -> str:
    place = rng.choice(rng.choice(PLACE_SLOTS)[1])
    return f"{rng.choice(TEASER_OPENERS)} di {place} {rng.choice(TEASER_ENDS)}"


def _links(rng: random.Random, ident: int, n: int, cls: str, with_time: bool = False) -> str:
    out = []
    for _ in range(n):
        title = _teaser(rng)
        aid = rng.randint(10_000_000, 99_999_999)
        when = f'<span class="{cls}__time">{rng.randint(1, 23)} jam lalu</span>' if with_time else ""
        img = (f'<img src="https://img.example.invalid/{aid}/{rng.randint(100, 999)}x{rng.randint(100, 999)}.jpg" '
               f'alt="{html.escape(title)}" loading="lazy" width="120" height="80">')
        href = f"https://example.invalid/{_slug(rng.choice(SECTIONS))}/{aid}/{_slug(title)}"
        out.append(f'<li class="{cls}__item"><div class="media"><div class="media__image"><a href="{href}" '
                   f'data-track="{cls}-{ident}-{aid}"><div class="ratiobox">{img}</div></a></div>'
                   f'<div class="media__text"><div class="media__subtitle">{html.escape(rng.choice(SECTIONS))}</div>'
                   f'<h4 class="{cls}__title"><a href="{href}" class="{cls}__link">{html.escape(title)}</a></h4>'
                   f'<div class="media__date">{when}</div></div></div></li>')
    return "".join(out)


def _script_blob(rng: random.Random, size: int, ident: int) -> str:
    """Inline framework state and tracking code: the bulk of a real page's bytes, distinct per page."""
    parts, n = [], 0
    while n < size:
        aid = rng.randint(10_000_000, 99_999_999)
        item = {"id": aid, "title": _teaser(rng), "section": rng.choice(SECTIONS),
                "thumb": f"https://img.example.invalid/{aid}.jpg", "views": rng.randint(10, 99_999),
                "tags": rng.sample(SECTIONS, 3), "hash": f"{rng.getrandbits(64):016x}"}
        chunk = json.dumps(item, ensure_ascii=False)
        parts.append(chunk)
        n += len(chunk)
    state = "[" + ",".join(parts) + "]"
    return (f'<script>window.__PAGE_STATE__={{"page":{ident},"feed":{state}}};</script>\n'
            f'<script>(function(w,d){{var q=w.q{ident % 97}=w.q{ident % 97}||[];'
            f'q.push(["init","{rng.getrandbits(48):012x}"]);var s=d.createElement("script");s.async=1;'
            f's.src="https://cdn.example.invalid/t/{rng.randint(1000, 9999)}.js";d.head.appendChild(s);}})'
            f'(window,document);</script>')


def _realistic_html_page(title: str, paras: list[str], when: dt.datetime, outlet: str, ident: int,
                         rng: random.Random) -> str:
    """An outlet-like article page of 80-400 KB around the given text (see the module docstring)."""
    iso = when.isoformat() + "+07:00"
    esc = html.escape
    section = rng.choice(SECTIONS)
    url = f"https://example.invalid/{_slug(section)}/{ident}/{_slug(title)}"
    lead = paras[0]
    desc = " ".join(lead.split()[:rng.randint(18, 30)])
    author = rng.choice(["Redaksi", "Tim Liputan", "Kontributor Daerah", "Desk Nasional"])
    ld = json.dumps([{"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "url": url,
                      "datePublished": iso, "dateModified": iso, "description": desc,
                      "author": {"@type": "Person", "name": author},
                      "publisher": {"@type": "Organization", "name": outlet,
                                    "logo": {"@type": "ImageObject", "url": "https://example.invalid/logo.png"}}},
                     {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
                         {"@type": "ListItem", "position": i + 1, "name": n} for i, n in
                         enumerate(["Beranda", section])]}], ensure_ascii=False)
    metas = [f'<meta name="description" content="{esc(desc)}">', f'<meta property="og:title" content="{esc(title)}">',
             f'<meta property="og:site_name" content="{esc(outlet)}">', f'<meta property="og:url" content="{url}">',
             f'<meta property="og:description" content="{esc(desc)}">', '<meta property="og:type" content="article">',
             f'<meta property="og:image" content="https://img.example.invalid/{ident}/cover.jpg">',
             f'<meta name="twitter:title" content="{esc(title)}">', '<meta name="twitter:card" content="summary_large_image">',
             f'<meta property="article:published_time" content="{iso}">',
             f'<meta property="article:section" content="{esc(section)}">',
             f'<meta name="keywords" content="{esc(", ".join(rng.sample(SECTIONS, 6)))}">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             '<meta name="robots" content="index, follow, max-image-preview:large">']
    metas += [f'<link rel="preconnect" href="https://cdn{i}.example.invalid">' for i in range(rng.randint(3, 8))]
    metas += [f'<link rel="stylesheet" href="https://cdn.example.invalid/css/{rng.getrandbits(32):08x}.css">'
              for _ in range(rng.randint(2, 6))]
    rng.shuffle(metas)
    css = "".join(f".c{rng.getrandbits(20):05x}{{margin:{rng.randint(0, 24)}px;color:#{rng.getrandbits(24):06x}}}"
                  for _ in range(rng.randint(150, 600)))
    menu = "".join(f'<li class="menu__item"><a href="/{_slug(s)}">{esc(s)}</a><ul class="submenu">'
                   + "".join(f'<li><a href="/{_slug(s)}/{_slug(t)}">{esc(t)}</a></li>'
                             for t in rng.sample(SECTIONS, rng.randint(3, 8))) + "</ul></li>"
                   for s in rng.sample(SECTIONS, rng.randint(10, 18)))
    body_parts = []
    for i, p in enumerate(paras):
        body_parts.append(f"<p>{esc(p)}</p>")
        if i % 2 == 1:
            body_parts.append(f'<div class="ads ads--inline" data-slot="{rng.choice(AD_SIZES)}" id="div-gpt-ad-{ident}-{i}">'
                              f'<script>googletag.cmd.push(function(){{googletag.display("div-gpt-ad-{ident}-{i}")}});'
                              f'</script></div>')
        if i % 3 == 2 and rng.random() < 0.7:
            t = _teaser(rng)
            body_parts.append(f'<p class="baca-juga"><strong>Baca Juga:</strong> '
                              f'<a href="https://example.invalid/{ident}/{_slug(t)}">{esc(t)}</a></p>')
    tags = "".join(f'<li><a href="/tag/{_slug(t)}">{esc(t)}</a></li>' for t in rng.sample(SECTIONS, rng.randint(3, 7)))
    comments = "".join(f'<div class="comment"><b>{esc(rng.choice(rng.choice(NAME_SLOTS)[1]))}</b>'
                       f'<span>{rng.randint(1, 59)} menit lalu</span><p>{esc(_teaser(rng))}.</p></div>'
                       for _ in range(rng.randint(0, 6)))
    footer_cols = "".join(f'<div class="footer__col"><h5>{esc(s)}</h5><ul>'
                          + "".join(f'<li><a href="/{_slug(t)}">{esc(t)}</a></li>' for t in rng.sample(SECTIONS, 6))
                          + "</ul></div>" for s in rng.sample(SECTIONS, 4))
    head = (f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
            f'<title>{esc(title)} - {esc(section)} {esc(outlet)}</title>\n' + "\n".join(metas)
            + f'\n<link rel="canonical" href="{url}">\n<script type="application/ld+json">{ld}</script>\n'
            f'<style>{css}</style>\n<script async src="https://cdn.example.invalid/gpt.js"></script>\n')
    page = [head, "</head>\n<body class=\"page-article\">",
            '<div class="ads ads--top" data-slot="970x250"><script>googletag.cmd.push(function(){});</script></div>',
            f'<header class="header"><a class="logo" href="/">{esc(outlet)}</a><nav class="menu"><ul>{menu}</ul></nav>'
            f'<div class="trending"><span>Trending</span><ul>{_links(rng, ident, rng.randint(5, 10), "trend")}</ul>'
            f'</div></header>',
            f'<main class="container"><div class="breadcrumb"><a href="/">Beranda</a> &rsaquo; '
            f'<a href="/{_slug(section)}">{esc(section)}</a></div>',
            f'<article class="detail"><h1 class="detail__title">{esc(title)}</h1>'
            f'<div class="detail__author">{esc(author)}</div>'
            f'<div class="detail__date"><time datetime="{iso}">{esc(_header_date(when, rng))}</time></div>'
            f'<div class="share"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a>'
            f'<a href="#">Telegram</a><span>Salin tautan</span></div>'
            f'<figure class="detail__media"><img src="https://img.example.invalid/{ident}/cover.jpg" alt="">'
            f'<figcaption>Ilustrasi. (Dok. {esc(outlet)})</figcaption></figure>'
            f'<div class="detail__body-text">{"".join(body_parts)}</div>'
            f'<div class="detail__tags"><h5>Tag</h5><ul>{tags}</ul></div></article>',
            f'<section class="related"><h3>Berita Terkait</h3><ul>{_links(rng, ident, rng.randint(4, 10), "rel")}</ul>'
            f'</section>',
            f'<section class="comments"><h3>Komentar</h3><div id="comment-box-{ident}">{comments}</div>'
            f'<form><textarea placeholder="Tulis komentar"></textarea><button>Kirim</button></form></section>',
            f'<aside class="sidebar"><div class="ads" data-slot="300x600"></div><h3>Terpopuler</h3><ol>'
            f'{_links(rng, ident, rng.randint(5, 10), "pop", with_time=True)}</ol><h3>Pilihan Redaksi</h3><ul>'
            f'{_links(rng, ident, rng.randint(4, 8), "pick")}</ul></aside></main>',
            f'<section class="more"><h3>Berita Lainnya</h3><ul>{_links(rng, ident, rng.randint(15, 40), "more", True)}'
            f'</ul></section>',
            f'<footer class="footer">{footer_cols}<p>&copy; {when.year} {esc(outlet)}. Hak cipta dilindungi '
            f'undang-undang.</p><p><a href="/redaksi">Redaksi</a> | <a href="/pedoman">Pedoman Media Siber</a> | '
            f'<a href="/privasi">Kebijakan Privasi</a> | <a href="/kontak">Kontak</a></p></footer>']
    # tracking pixels, widget loaders and lazy-load hooks scattered through the body, as outlets have them
    for _ in range(rng.randint(25, 70)):
        at = rng.randrange(2, len(page))
        page.insert(at, f'<div class="widget-{rng.getrandbits(16):04x}"><div class="widget__inner">'
                        f'<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"event":"w{rng.getrandbits(24):06x}",'
                        f'"slot":"{rng.choice(AD_SIZES)}","page":{ident}}});</script></div></div>')
    so_far = sum(map(len, page))
    target = rng.randint(80_000, 400_000)
    page.append(_script_blob(rng, max(0, target - so_far - 400), ident))
    page.append("</body></html>\n")
    return "\n".join(page)


def _curly(text: str) -> str:
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


HTML_STYLES = ("compact", "realistic")


def generate_pages(out_dir: Path, n: int, seed: int = 0, html_style: str = "compact") -> list[Path]:
    """Write n deterministic, mutually distinct pages derived from the sample corpus into out_dir.

    `html_style` chooses how the HTML pages (about 30 %) are built: "compact" or "realistic" (80-400 KB).
    """
    if html_style not in HTML_STYLES:
        raise ValueError(f"html_style must be one of {HTML_STYLES}")
    page_of = _realistic_html_page if html_style == "realistic" else _html_page
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
            path.write_text(page_of(title, paras, when, outlet, i, rng), encoding="utf-8")
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
    ap.add_argument("--html", choices=HTML_STYLES, default="compact",
                    help="HTML pages: compact (a few KB) or realistic (80-400 KB, built like outlet pages)")
    args = ap.parse_args(argv)
    if args.n < 0:
        ap.error("N must be >= 0")
    paths = generate_pages(args.out_dir, args.n, args.seed, html_style=args.html)
    print(f"wrote {len(paths)} pages to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
