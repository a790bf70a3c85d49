"""Line-based cleaning of scraped text dumps: page furniture out (each piece with its reason), metadata out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from linimasa.lang.id import boilerplate as cues
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


@lru_cache(maxsize=1)
def _compiled():
    def whole(patterns):
        return re.compile(r"^\s*(?:" + "|".join(patterns) + r")\s*$", re.I)

    return {
        "line": [(reason, whole(ps)) for reason, ps in cues.LINE_CUES.items()],
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
        "dateline": re.compile(
            r"^\s*(?:(?P<a>[A-Z][\w.&' ]{1,40}?)\s*,\s*)?(?P<b>[A-Z][\w.&' ]{1,40}?)\s*(?:\([A-Za-z/ ]{2,20}\)\s*)?"
            r"[-–—]{1,2}\s+(?=\S)|^\s*(?P<c>[A-Z][\w.&' ]{1,40}?)\s*,\s*(?P<d>[A-Z][\w.&' ]{1,40}?)\s*[-–—]{1,2}\s*$"),
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


def _is_menu_line(line: str) -> bool:
    parts = [p for p in re.split(cues.MENU_SEPARATORS, line) if p.strip()]
    return len(parts) >= 3 and all(_words(p) <= 3 for p in parts)


def outlet_name(raw: str) -> str:
    """'ContohNews.com' -> 'ContohNews', 'WARTAKITA.COM' -> 'Wartakita', 'KOMPAS.com' -> 'Kompas'."""
    name = re.sub(r"(?i)^www\.|\.(?:co\.id|com|id|net|org|news|tv)$", "", raw.strip(" .-–—:"))
    if name.isupper() and len(name) > 5:
        name = name.title()
    elif name.isupper():
        name = name.title()
    return name


def _place(raw: str) -> str:
    return " ".join(w.capitalize() if w.isupper() else w for w in raw.split())


def split_glued_sentences(text: str) -> str:
    return _compiled()["glue"].sub(" ", text)


def clean_text(text: str, *, title_hint: str | None = None) -> Cleaned:
    c = _compiled()
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out = Cleaned(body="")
    removed = out.removed
    kept: list[str] = []
    first_long = next((i for i, ln in enumerate(lines) if _is_prose(ln)), len(lines))
    last_long = max((i for i, ln in enumerate(lines) if _is_prose(ln)), default=-1)
    first_line = next((i for i, ln in enumerate(lines) if ln), None)
    title = title_hint
    heading = re.compile(r"^\s*(?:" + cues.LIST_HEADINGS + r")\s*:?\s*$", re.I)
    in_list = False

    for i, line in enumerate(lines):
        if not line:
            in_list = False
            continue
        if heading.match(line):
            in_list = True
            removed.append(Removed(line, "related-links"))
            continue
        if in_list and not _is_prose(line):
            removed.append(Removed(line, "related-links"))
            continue
        in_list = False
        in_header, in_footer = i < first_long, i > last_long
        # 1. page furniture by cue
        reason = next((r for r, pattern in c["line"] if pattern.match(line)), None)
        if reason and not (_is_long(line) and reason in ("photo-credit", "byline")):
            if reason == "byline":
                _byline(out, line)
            if reason == "copyright":
                m = c["copyright_outlet"].search(line)
                if m and not out.outlet:
                    out.outlet = outlet_name(m.group("o"))
                out.footer_dates += c["year"].findall(line)
            if reason == "newsletter-prompt" and not out.outlet:
                m = re.search(r"\b([A-Za-z][\w-]+\.(?:com|id|co\.id))\b", line)
                out.outlet = outlet_name(m.group(1)) if m else None
            removed.append(Removed(line, reason))
            continue
        # 2. header lines: dates, sections, menus, the headline and its repeats
        if in_header or in_footer:
            if is_date_line(line) and (parsed := parse_header_date(line)) is not None:
                value, precision, _ = parsed
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
            m = c["dateline"].match(line)
            if m and m.group("c"):
                _dateline(out, m.group("c"), m.group("d"))
                removed.append(Removed(line, "dateline"))
                continue
            if title is None and _words(line) >= 3 and (not line.endswith((".", ":")) or line.endswith(("...", "…"))):
                g = c["glued_section"].match(line)
                if g:
                    out.section = out.section or g.group("section")
                    line_title = g.group("title").strip()
                else:
                    line_title = line
                suffix = re.match(r"(?P<t>.{15,}?)\s+[|–—-]\s+(?P<o>[\w.]+(?:\s[\w.]+){0,2})$", line_title)
                if suffix and not out.outlet:
                    out.outlet = outlet_name(suffix.group("o"))
                    line_title = suffix.group("t")
                title = line_title
                removed.append(Removed(line, "title"))
                continue
            if title and _repeats_title(line, title):
                removed.append(Removed(line, "caption" if c["credit"].search(line) else "repeated-title"))
                continue
            if c["credit"].search(line) or _words(line) <= 3:
                removed.append(Removed(line, "photo-credit" if c["credit"].search(line) else "navigation"))
                continue
        elif in_footer and not line.endswith((".", "”", "\"", "?", "!")) and _words(line) <= 8:
            removed.append(Removed(line, "footer"))
            continue
        if title and _repeats_title(line, title) and not _is_long(line):
            removed.append(Removed(line, "repeated-title"))
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


def _dateline(out: Cleaned, first: str | None, second: str) -> None:
    """'JAKARTA, KOMPAS.com' (place, outlet) or 'Kabar Dunia, Jenewa' (outlet, place) or 'NEW DELHI'."""
    if first is None:
        if re.search(r"\.(?:com|co\.id|id|net)\b", second, re.I):
            out.outlet = out.outlet or outlet_name(second)
        else:
            out.dateline = out.dateline or _place(second)
        return
    if first.isupper() or re.search(r"\.(?:com|id)\b", second, re.I) or (_known_place(first) and not _known_place(second)):
        place, outlet = first, second  # "JAKARTA, KOMPAS.com", "Palu, Warta Sulawesi"
    else:
        outlet, place = first, second
    out.dateline = out.dateline or _place(place)
    out.outlet = out.outlet or outlet_name(outlet)


def _known_place(name: str) -> bool:
    from linimasa.entities import gazetteer

    kind = gazetteer.kind_of(name)
    return kind is not None and kind != "org"


def _strip_prefixes(out: Cleaned, paragraphs: list[str]) -> list[str]:
    c = _compiled()
    result = []
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
        if n < 3:
            m = c["dateline"].match(p)
            if m and m.group("b") and _dateline_like(m):
                _dateline(out, m.group("a"), m.group("b"))
                out.removed.append(Removed(m.group(0).strip(), "dateline"))
                p = p[m.end():]
        for reason, patterns in cues.PREFIX_CUES.items():
            for pattern in patterns:
                m = re.match(pattern, p, re.I)
                if m:
                    out.removed.append(Removed(m.group(0).strip(), reason))
                    p = p[m.end():]
        result.append(p)
    return result


def _dateline_like(m: re.Match) -> bool:
    a, b = m.group("a"), m.group("b")
    if a:  # "JAKARTA, KOMPAS.com" / "Kabar Dunia, Jenewa"
        return len(a.split()) <= 4 and len(b.split()) <= 4
    return b.isupper() and len(b) >= 3 or bool(re.search(r"\.(?:com|id)\b", b, re.I)) or (
        m.group(0).rstrip()[-1:] in "–—" and len(b.split()) <= 2 and b.istitle())


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
