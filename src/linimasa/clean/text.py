"""Line-based cleaning of scraped text dumps: page furniture out (each piece with its reason), metadata out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from linimasa.clean import templates
from linimasa.lang.id import boilerplate as cues
from linimasa.lang.id import datelines
from linimasa.lang.id.calendar import MONTHS
from linimasa.lang.id.dateformats import is_date_line, parse_header_date
from linimasa.model import Byline, Removed

LONG_LINE_WORDS = 14  # a line this long is running text, not furniture


@dataclass
class Cleaned:
    body: str
    removed: list[Removed] = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    section: str | None = None
    dateline: str | None = None
    byline: Byline | None = None
    header_dates: list[tuple[str, str, str]] = field(default_factory=list)  # (value, precision, text)
    footer_dates: list[str] = field(default_factory=list)
    syndicated_from: str | None = None  # the outlet a syndication notice names as the original
    update_dates: list[tuple[str, str, str]] = field(default_factory=list)  # "Diperbarui …" lines: (value, precision, text)
    template_lines: list[str] = field(default_factory=list)  # normalised lines that may be template furniture
    template_kept: list[str] = field(default_factory=list)   # those of them no cue or layout rule removed


@lru_cache(maxsize=1)
def _compiled():
    def whole(patterns):
        return re.compile(r"^\s*(?:" + "|".join(patterns) + r")\s*$", re.I)

    def floating(pattern: str) -> bool:  # may match anywhere in a line: ".*…", ".{0,60}…"
        return pattern.startswith((".*", ".{"))

    return {
        "line": [(reason, whole(anchored) if anchored else None, whole(loose) if loose else None)
                 for reason, ps in cues.LINE_CUES.items()
                 for anchored, loose in [([p for p in ps if not floating(p)], [p for p in ps if floating(p)])]],
        "syndicated": re.compile(cues.SYNDICATED_FROM, re.I),
        "updated": re.compile(r"^\W*(?:" + cues.UPDATE_CUES + r")\b", re.I),
        "trailing": [(reason, re.compile("|".join(ps), re.I)) for reason, ps in cues.TRAILING_CUES.items()],
        "credit": re.compile("|".join(cues.CREDIT_MARKERS), re.I),
        "section": re.compile(r"^(?:" + "|".join(re.escape(s) for s in cues.SECTIONS) + r")$", re.I),
        "glued_section": re.compile(r"^(?P<title>.{15,}?)\s+(?P<section>" + "|".join(
            re.escape(s).replace(r"\ ", r"\s+") for s in cues.SECTIONS if " " in s) + r")\s*$", re.I),
        "menu": re.compile(r"^(?:" + "|".join(re.escape(s) for s in cues.MENU_WORDS) + r")$", re.I),
        # "date 2021-06 KabarKita- …", "WARTAKITA.COM - …", "NEW DELHI - …", "JAKARTA, KOMPAS.com - …",
        # "Kabar Dunia, Jenewa - …"
        "date_prefix": re.compile(r"^\s*date\s+(?P<date>\d{4}-\d\d(?:-\d\d)?)\s+(?P<outlet>[\w.]+?)\s*[-–—:]\s*"),
        # "Jakarta, 3 Maret 2027 — …": a place and the day, as press releases and some outlets open
        "dateline_day": re.compile(r"^\s*(?P<place>[A-Z][\w.' ]{1,30}?)\s*,\s*(?P<d>\d{1,2})\s+(?P<m>[A-Za-z]{3,9})\.?\s+"
                                   r"(?P<y>(?:19|20)\d\d)\s*[-–—]{1,2}\s+(?=\S)"),
        "copyright_outlet": re.compile(r"(?:©|copyright)\s*(?:\d{4}\s*)?(?:[-–]\s*\d{4}\s*)?(?P<o>[\w.-]+(?:\.com|\.id|"
                                       r"\.co\.id|\.net|\.org|\.news)|[A-Z][\w]+(?:\s[A-Z][\w]+){0,2})", re.I),
        "year": re.compile(r"\b(?:19|20)\d\d\b"),
        "glue": re.compile(r"(?<=[a-z\)]{2}[.!?])(?=[A-Z“\"][a-z]|[“\"][A-Z])|(?<=[a-z]{2}[.!?]”)(?=[A-Z][a-z])"),
    }


def _words(line: str) -> int:
    return len(line.split())


def _is_long(line: str) -> bool:
    return _words(line) >= LONG_LINE_WORDS


def _is_prose(line: str) -> bool:
    """Running text: long and ending like a sentence (titles and captions do not)."""
    return _is_long(line) and bool(re.search(r"[.!?”\"')]\s*(?:\([^)]{1,15}\))?$", line))


def _headline_like(line: str) -> bool:
    """A link to another article: a few capitalised words that do not end like a sentence."""
    words = line.split()
    if not 3 <= len(words) <= 20 or re.search(r"[.!?:;,”\"]$", line) and not line.endswith(("...", "…")):
        return False
    content = [w for w in words if len(w) > 3]
    return bool(content) and sum(w[:1].isupper() or w[:1].isdigit() for w in content) >= 0.6 * len(content)


def _is_menu_line(line: str) -> bool:
    parts = [p for p in re.split(cues.MENU_SEPARATORS, line) if p.strip()]
    if len(parts) >= 2 and all(_words(p) <= 3 for p in parts) and re.search(cues.BREADCRUMB_SEPARATORS, line):
        return True  # "Nusantara › Peristiwa": a breadcrumb, however short
    return len(parts) >= 3 and all(_words(p) <= 3 for p in parts)


def outlet_name(raw: str) -> str:
    """'ContohNews.com' -> 'ContohNews', 'WARTAKITA.COM' -> 'Wartakita', 'KOMPAS.com' -> 'Kompas'."""
    name = re.sub(r"(?i)^www\.|\.(?:co\.id|com|co|id|net|org|news|tv)$", "", raw.strip(" .-–—:"))
    if name.isupper() and len(name) > 5:
        name = name.title()
    elif name.isupper():
        name = name.title()
    return name


def _place(raw: str) -> str:
    return " ".join(w.capitalize() if w.isupper() else w for w in raw.split())


# a UTF-8 lead byte read as Latin-1/Windows-1252 followed by a continuation byte read the same way
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                       "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def repair_mojibake(text: str) -> str:
    """UTF-8 read as Windows-1252 and the like ("â€œKami" -> "“Kami"), fixed by ftfy; good text is left alone.

    Only encoding repairs: quotes stay curly (the quote finder reads them), widths and line breaks
    stay as the page has them.
    """
    if not _MOJIBAKE.search(text):  # ftfy costs as much as extraction: only where a UTF-8 sequence was misread
        return text
    import ftfy

    return ftfy.fix_text(text, unescape_html=False, uncurl_quotes=False, fix_character_width=False,
                         fix_latin_ligatures=False, fix_line_breaks=False, remove_terminal_escapes=False,
                         normalization=None, explain=False)


def split_glued_sentences(text: str) -> str:
    return _compiled()["glue"].sub(" ", text)


def clean_text(text: str, *, title_hint: str | None = None, furniture: frozenset[str] | set[str] = frozenset()
               ) -> Cleaned:
    """Body and metadata of a text page; `furniture` holds template lines (normalised) known for its site."""
    c = _compiled()
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out = Cleaned(body="")
    # every line counts towards the site's template, wherever this page's cleaner puts it
    out.template_lines = sorted({k for ln in lines if (k := templates.candidate(ln)) is not None})
    removed = out.removed
    kept: list[str] = []
    first_long = next((i for i, ln in enumerate(lines) if _is_prose(ln)), len(lines))
    last_long = max((i for i, ln in enumerate(lines) if _is_prose(ln)), default=-1)
    first_line = next((i for i, ln in enumerate(lines) if ln), None)
    title = title_hint
    heading = re.compile(r"^\s*(?:" + cues.LIST_HEADINGS + r")\s*:?\s*$", re.I)
    in_list = gap = False  # under a list heading; past a blank line since it

    for i, line in enumerate(lines):
        if not line:
            gap = in_list
            continue
        if heading.match(line):
            in_list, gap = True, False
            removed.append(Removed(line, "related-links"))
            continue
        # the links under a heading: any short line right below it, and past a blank line only headline-like ones
        if in_list and not _is_prose(line) and (not gap or _headline_like(line)):
            removed.append(Removed(line, "related-links"))
            continue
        in_list = False
        in_header, in_footer = i < first_long, i > last_long
        # 1. page furniture by cue
        reason = _line_cue(line)
        if reason:
            if reason == "byline":
                _byline(out, line)
            if reason == "copyright":
                m = c["copyright_outlet"].search(line)
                if m and not out.outlet:
                    out.outlet = outlet_name(m.group("o"))
                out.footer_dates += c["year"].findall(line)
            if reason == "syndication" and (m := c["syndicated"].search(line)):
                out.syndicated_from = out.syndicated_from or m.group("outlet").strip(" .,")
            if reason == "newsletter-prompt" and not out.outlet:
                m = re.search(r"\b([A-Za-z][\w-]+\.(?:com|id|co\.id))\b", line)
                out.outlet = outlet_name(m.group(1)) if m else None
            removed.append(Removed(line, reason))
            continue
        # 2. header lines: dates, sections, menus, the headline and its repeats
        if in_header or in_footer:
            if is_date_line(line) and (parsed := parse_header_date(line)) is not None:
                value, precision, _ = parsed
                if c["updated"].match(line):  # "Diperbarui …": never the publication date, kept as evidence
                    out.update_dates.append((value, precision, line))
                    removed.append(Removed(line, "update-date"))
                    continue
                if in_header:
                    out.header_dates.append((value, precision, line))
                else:
                    out.footer_dates.append(value)
                removed.append(Removed(line, "date-header" if in_header else "footer-date"))
                continue
        if in_header:
            if _is_menu_line(line):
                removed.append(Removed(line, "navigation"))
                continue
            # a dateline on a line of its own ("Jakarta -", "JAKARTA, KOMPAS.com -") before the text
            if (d := find_dateline(line)) and d.end >= len(line) and not any(r.reason == "dateline" for r in removed):
                _take_dateline(out, d)
                continue
            if i == first_line and _words(line) <= 3 and not c["section"].match(line) and \
                    not c["menu"].match(line) and not in_menu_run(lines, i):
                out.outlet = out.outlet or outlet_name(line)
                removed.append(Removed(line, "site-name"))
                continue
            if line.isupper() and _words(line) <= 2 and title is None:
                out.section = out.section or line.title()
                removed.append(Removed(line, "section"))
                continue
            if in_menu_run(lines, i):
                removed.append(Removed(line, "navigation"))
                continue
            if c["section"].match(line) or c["menu"].match(line):
                if c["section"].match(line) and not out.section and title is None:
                    out.section = line
                removed.append(Removed(line, "section" if c["section"].match(line) else "navigation"))
                continue
            if title is None and _words(line) >= 3 and (not line.endswith((".", ":")) or line.endswith(("...", "…"))):
                g = c["glued_section"].match(line)
                if g:
                    out.section = out.section or g.group("section")
                    line_title = g.group("title").strip()
                else:
                    line_title = line
                line_title = _title_without_site(out, line_title)
                title = line_title
                removed.append(Removed(line, "title"))
                continue
            if title and _repeats_title(line, title):
                removed.append(Removed(line, "caption" if c["credit"].search(line) else "repeated-title"))
                continue
            if c["credit"].search(line) or _words(line) <= 3:
                removed.append(Removed(line, "photo-credit" if c["credit"].search(line) else "navigation"))
                continue
        elif in_footer and not line.endswith((".", "”", "\"", "?", "!")) and (_words(line) <= 8 or _headline_like(line)):
            removed.append(Removed(line, "footer"))
            continue
        if title and _repeats_title(line, title) and not _is_long(line):
            removed.append(Removed(line, "repeated-title"))
            continue
        if (key := templates.candidate(line)) is not None:
            out.template_kept.append(key)
            if key in furniture:
                removed.append(Removed(line, templates.REASON))
                continue
        kept.append(line)

    out.title = title if title_hint is None else title_hint
    paragraphs = _strip_prefixes(out, kept)
    paragraphs = _strip_trailing(out, paragraphs)
    paragraphs = [split_glued_sentences(p) for p in paragraphs]
    paragraphs = _drop_repeated_leads(out, paragraphs)
    paragraphs = _drop_bio(out, paragraphs)
    out.body = "\n\n".join(p for p in paragraphs if p)
    return out


def _line_cue(line: str) -> str | None:
    """The furniture reason of a whole line, if a cue names it."""
    long, prose = _is_long(line), None
    for reason, anchored, loose in _compiled()["line"]:
        if anchored is not None and anchored.match(line) and not (long and reason in cues.SHORT_LINE_REASONS):
            return reason
        if loose is not None and loose.match(line):
            prose = _is_prose(line) if prose is None else prose
            if not prose or reason in cues.PROSE_LINE_REASONS:
                return reason
    return None


def in_menu_run(lines: list[str], i: int) -> bool:
    """A line inside a run of three or more short lines at the top of a page is a menu item."""
    def short(j: int) -> bool:
        return 0 <= j < len(lines) and 0 < _words(lines[j]) <= 3 and not lines[j].endswith(".")

    if not short(i):
        return False
    run = 1
    j = i - 1
    while short(j):
        run, j = run + 1, j - 1
    j = i + 1
    while short(j):
        run, j = run + 1, j + 1
    return run >= 3


def _title_without_site(out: Cleaned, title: str) -> str:
    """'Judul - Contoh.com', 'Judul | Kabar Kita', 'Contoh.com: Judul' -> 'Judul' (the outlet kept as evidence)."""
    def same(a: str, b: str | None) -> bool:
        return b is not None and bool(b) and _norm(outlet_name(a)).replace(" ", "") == _norm(outlet_name(b)).replace(" ", "")

    prefix = re.match(rf"(?P<o>{_DOMAIN})\s*[:|–—-]\s+(?P<t>.{{15,}})$", title)
    if prefix:
        out.outlet = out.outlet or outlet_name(prefix.group("o"))
        return prefix.group("t")
    suffix = re.match(r"(?P<t>.{15,}?)\s+[|–—-]\s+(?P<o>[\w.]+(?:\s[\w.]+){0,2})$", title)
    if suffix and (not out.outlet or same(suffix.group("o"), out.outlet) or re.fullmatch(_DOMAIN, suffix.group("o"))):
        out.outlet = out.outlet or outlet_name(suffix.group("o"))
        return suffix.group("t")
    return title


def _repeats_title(line: str, title: str) -> bool:
    a = re.sub(r"\W+", " ", line.lower()).strip()
    t = re.sub(r"\W+", " ", title.lower()).strip()
    stem = re.sub(r"\W+", " ", re.sub(r"(?:\.\.\.|…)\s*$", "", title).lower()).strip()
    return bool(a) and (a.startswith(stem) or t.startswith(a) or (len(a) > 12 and a in t))


def _byline(out: Cleaned, line: str) -> None:
    if "|" in line:
        for part in line.split("|"):
            _byline(out, part)
        return
    m = re.match(r"\s*(\w[\w ]*?)\s*:\s*(.+)", line)
    if not m:
        return
    role, name = m.group(1).lower(), m.group(2).strip()
    out.byline = out.byline or Byline()
    if role in ("editor", "redaktur", "penyunting", "editing"):
        out.byline.editor = out.byline.editor or name
    elif role in ("penulis", "reporter", "pewarta", "kontributor", "wartawan", "author", "oleh", "by",
                  "laporan wartawan"):
        out.byline.author = out.byline.author or name


def _take_dateline(out: Cleaned, d: Dateline) -> None:
    out.dateline = out.dateline or d.place
    if d.outlet:
        out.outlet = out.outlet or outlet_name(d.outlet)
    out.removed.append(Removed(d.text, "dateline"))


@dataclass
class Dateline:
    """The dateline opening a paragraph: the place (None when only an outlet signs it), the outlet, its end."""

    place: str | None
    outlet: str | None
    end: int
    text: str


_NAME = r"[A-Z][\w.&'’]*(?:[ -][A-Z&][\w.&'’]*){0,3}"
_DOMAIN = r"[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?i:co\.id|or\.id|web\.id|com|co|id|net|tv|news|org)\b"
_DAY = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"                          # "Jakarta, 5/11 (ANTARA) -"
_SEP = r"\s*(?:[-–—]{1,3}|:)(?:\s+|$)"
_DASH = r"\s*[-–—]{1,3}(?:\s+|$)"


@lru_cache(maxsize=1)
def _dateline_patterns() -> list[tuple[str, re.Pattern[str]]]:
    def p(pattern: str) -> re.Pattern[str]:
        return re.compile(r"^\s*" + pattern)

    return [
        # "Palu, Sulteng (ANTARA News) -", "Washington (ANTARA/Reuters) -", "Jakarta, 5/11 (ANTARA) -"
        # "MATARAM, Contoh.com (WIRE) -": the bracket names the wire, the outlet signs before it
        ("bracketed", p(rf"(?P<place>{_NAME})(?:\s*,\s*(?P<region>{_DOMAIN}|{_NAME}))?(?:\s*,\s*{_DAY})?\s*"
                        rf",?\s*\((?P<outlet>[A-Za-z][\w. ]{{0,30}}?)(?:/(?P<wire>[\w. /]{{1,40}}))?\){_SEP}")),
        # "Liputan6.com, Jakarta -", "REPUBLIKA.CO.ID, JAKARTA --"
        ("domain-place", p(rf"(?P<outlet>{_DOMAIN})\s*[,|]\s*(?P<place>{_NAME}){_SEP}")),
        # "KONTAN.CO.ID - JAKARTA. Harga …": the place in capitals after the outlet, closed by a full stop
        ("domain-place", p(rf"(?P<outlet>{_DOMAIN}){_DASH}(?P<place>[A-Z][A-Z.' -]{{2,30}}?)\.\s+(?=\S)")),
        # "JAKARTA, KOMPAS.com -", "Jakarta, CNN Indonesia --", "SURABAYA, Jawa Pos -", "Medan, Sumut -"
        ("pair", p(rf"(?P<a>{_NAME}|{_DOMAIN})\s*,\s*(?P<b>{_DOMAIN}|{_NAME})(?P<sep>{_SEP})")),
        # "KOMPAS.com -", "VIVA.co.id -"
        ("domain", p(rf"(?P<outlet>{_DOMAIN}){_SEP}")),
        # "Jakarta -", "NEW DELHI -", "VIVA -"
        ("single", p(rf"(?P<b>{_NAME}){_DASH}")),
    ]


def _is_outlet(name: str) -> bool:
    return bool(re.fullmatch(_DOMAIN, name, re.I)) or name.casefold() in datelines.OUTLETS or any(
        w.casefold() in datelines.OUTLET_WORDS for w in name.split())


def _is_region(name: str) -> bool:
    return name.casefold() in datelines.REGIONS


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of `text`, if it opens with one in any common form."""
    for kind, pattern in _dateline_patterns():
        m = pattern.match(text)
        if not m:
            continue
        g = m.groupdict()
        if kind == "bracketed":
            region = g["region"]
            if not _place_like(g["place"]) or (region and not (_is_region(region) or _is_outlet(region) or
                                                               _place_like(region))):
                continue
            outlet = region if region and _is_outlet(region) and not _is_region(region) else g["outlet"].strip()
            return Dateline(_place(g["place"]), outlet, m.end(), m.group(0).strip())
        if kind in ("domain-place", "domain"):
            place = g.get("place")
            if place and not _place_like(place):
                continue
            return Dateline(_place(place) if place else None, g["outlet"], m.end(), m.group(0).strip())
        if kind == "pair":
            a, b = g["a"], g["b"]
            if len(a.split()) > 4 or len(b.split()) > 4 or (":" in g["sep"] and not (_is_outlet(a) or _is_outlet(b))):
                continue  # "TEMPO Interaktif, Jakarta:" signs with a colon; "Namun, Budi:" does not
            if _is_region(b) and _place_like(a):
                return Dateline(_place(a), None, m.end(), m.group(0).strip())
            if _is_outlet(a) and not _is_outlet(b):
                place, outlet = b, a
            elif _is_outlet(b) or a.isupper() and not b.isupper():
                place, outlet = a, b        # "SURABAYA, Jawa Pos"
            elif _known_place(a) and not _known_place(b):
                place, outlet = a, b        # "Palu, Warta Sulawesi"
            else:
                place, outlet = b, a        # "Kabar Dunia, Jenewa": the outlet signs first
            if not _place_like(place) or _is_outlet(place):
                continue
            return Dateline(_place(place), outlet, m.end(), m.group(0).strip())
        if kind == "single":
            b = g["b"]
            if _is_outlet(b):
                return Dateline(None, b, m.end(), m.group(0).strip())
            dash = m.group(0).strip()[-1:]
            if (b.isupper() and len(b) >= 3 and len(b.split()) <= 3) or _known_place(b) or (
                    dash in "–—" and len(b.split()) <= 2 and b.istitle()):
                return Dateline(_place(b), None, m.end(), m.group(0).strip())
        return None
    return None


def _place_like(name: str) -> bool:
    """A dateline place: a few capitalised words, not a web domain."""
    return 0 < len(name.split()) <= 4 and not re.fullmatch(_DOMAIN, name, re.I) and name[:1].isupper()


def _known_place(name: str) -> bool:
    from linimasa.entities import gazetteer

    kind = gazetteer.kind_of(name)
    return kind is not None and kind != "org"


def _strip_prefixes(out: Cleaned, paragraphs: list[str]) -> list[str]:
    c = _compiled()
    result = []
    # a dateline opens one of the first paragraphs, or the first one of running text below leftover header lines
    opening = max(3, next((i + 1 for i, p in enumerate(paragraphs) if _is_prose(p)), 0))
    for n, p in enumerate(paragraphs):
        m = c["date_prefix"].match(p)
        if m:
            out.header_dates.append((m.group("date"), "month" if len(m.group("date")) == 7 else "day",
                                     m.group(0).strip()))
            out.outlet = out.outlet or outlet_name(m.group("outlet"))
            out.removed.append(Removed(m.group(0).strip(), "date-header"))
            p = p[m.end():]
        if n < 3 and (m := c["dateline_day"].match(p)) and (month := MONTHS.get(m.group("m").lower())):
            out.dateline = out.dateline or _place(m.group("place"))
            out.header_dates.append((f"{m.group('y')}-{month:02d}-{int(m.group('d')):02d}", "day", m.group(0).strip()))
            out.removed.append(Removed(m.group(0).strip(), "dateline"))
            p = p[m.end():]
        if n < opening and not any(r.reason == "dateline" for r in out.removed) and (d := find_dateline(p)):
            _take_dateline(out, d)
            p = p[d.end:]
        for reason, patterns in cues.PREFIX_CUES.items():
            for pattern in patterns:
                m = re.match(pattern, p, re.I)
                if m:
                    out.removed.append(Removed(m.group(0).strip(), reason))
                    p = p[m.end():]
        result.append(p)
    return result


def _strip_trailing(out: Cleaned, paragraphs: list[str]) -> list[str]:
    result = []
    for p in paragraphs:
        changed = True
        while changed:
            changed = False
            for reason, pattern in _compiled()["trailing"]:
                m = pattern.search(p)
                if m and m.start() > 0:
                    out.removed.append(Removed(m.group(0).strip(), reason))
                    p = p[:m.start()].rstrip()
                    changed = True
        result.append(p)
    return result


def _norm(p: str) -> str:
    return re.sub(r"\W+", " ", p.lower()).strip()


def _drop_repeated_leads(out: Cleaned, paragraphs: list[str]) -> list[str]:
    """A lead that reappears later (whole, or truncated with '...') is kept once: the later, fuller copy."""
    norms = [_norm(p) for p in paragraphs]
    # only paragraphs holding the stem's first and last six words are compared (linear in the page, not
    # quadratic, also when many paragraphs open alike)
    index: dict[tuple[str, ...], list[int]] = {}
    holders: dict[tuple[str, ...], set[int]] = {}
    for j, n in enumerate(norms):
        words = n.split()
        for k in range(len(words) - 5):
            seen = index.setdefault(tuple(words[k:k + 6]), [])
            if not seen or seen[-1] != j:
                seen.append(j)
    result = []
    for i, p in enumerate(paragraphs):
        stem = _norm(re.sub(r"(?:\.\.\.|…)\s*$", "", p))
        words = stem.split()
        head, tail = tuple(words[:6]), tuple(words[-6:])
        short, other = sorted((head, tail), key=lambda k: len(index.get(k, ())))
        with_other = holders.setdefault(other, set(index.get(other, ())))
        if len(head) >= 6 and any(stem in norms[j] for j in reversed(index.get(short, []))
                                  if j != i and j in with_other and (j > i or norms[j] != norms[i])):
            out.removed.append(Removed(p, "repeated-lead"))
            norms[i] = ""
            continue
        result.append(p)
    return result


def _drop_bio(out: Cleaned, paragraphs: list[str]) -> list[str]:
    """A closing paragraph of short quoted fragments ("Pecinta kopi. Penulis lepas.") is an author bio."""
    if not paragraphs:
        return paragraphs
    last = paragraphs[-1].strip()
    inner = last.strip("“”\"' ")
    fragments = [f for f in re.split(r"[.!?]\s+", inner) if f.strip()]
    if last[:1] in "“\"" and len(fragments) >= 3 and sum(_words(f) for f in fragments) / len(fragments) <= 4:
        out.removed.append(Removed(last, "author-bio"))
        return paragraphs[:-1]
    return paragraphs
