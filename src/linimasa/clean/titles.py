"""Outlet names and headlines without the site's name.

`outlet_for_url` names the outlet from the URL's registered domain ("regional.kompas.com" is
Kompas.com) through the table in `lang/id/outlets.tsv`. `strip_affixes` takes site names and
section labels off a page title (" - Kompas.com", " | Tempo Gaya", "KapanLagi.com: ",
"Musik - "); `shared_affixes` finds, across many titles of one site, the prefix or suffix
they all share, for `strip_shared` to remove.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from linimasa.lang.id import boilerplate as cues
from linimasa.lang.id.titles import PAGINATION_SUFFIX

# The separators sites put between the headline and their name or a section label.
SEPARATOR = re.compile(r"\s+[-|–—•·»:]{1,2}\s+|\s*\|\s*|(?<=[A-Za-z]):\s+(?=[A-Z])")
SECTION_WORDS_MAX = 3  # a section label is short: "Musik", "Bola", "Gaya Hidup"


@lru_cache(maxsize=1)
def outlet_table() -> dict[str, str]:
    text = (resources.files("linimasa") / "lang" / "id" / "outlets.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {domain.strip().lower(): name.strip() for domain, name in rows}


def registered_domain(url: str | None) -> str | None:
    """'https://regional.kompas.com/read/…' -> 'kompas.com' (by the public-suffix list, no network)."""
    if not url or not re.match(r"(?i)^(?:https?:)?//|^[\w-]+(?:\.[\w-]+)+(?:/|$)", url.strip()):
        return None
    url = url.strip()
    if not re.match(r"(?i)^https?://", url):
        url = "http://" + url.lstrip("/")
    try:
        from tld import get_fld

        return get_fld(url, fail_silently=True)
    except Exception:  # a URL tld cannot read
        return None


def outlet_for_url(url: str | None) -> str | None:
    """The outlet's own spelling of its name for a URL whose registered domain the table knows."""
    domain = registered_domain(url)
    return outlet_table().get(domain) if domain else None


def domain_name(url: str | None) -> str | None:
    """A name from the registered domain when the table does not know it: 'contohnews.co.id' -> 'contohnews'."""
    domain = registered_domain(url)
    return domain.split(".")[0] if domain else None


def _key(text: str) -> str:
    return re.sub(r"[^\w]+", "", text.casefold())


def _is_site(segment: str, names: Iterable[str]) -> bool:
    seg = _key(segment)
    if not seg:
        return True
    for name in names:
        k = _key(name)
        k_bare = _key(re.sub(r"(?i)\.(?:co\.id|com|id|net|org|tv|news|co)$", "", name))
        for n in filter(None, {k, k_bare}):
            if len(n) >= 3 and (seg == n or (seg.startswith(n) or seg.endswith(n)) and len(segment.split()) <= 4):
                return True
    return bool(re.fullmatch(r"(?i)(?:www\.)?[\w-]+\.(?:co\.id|com|id|net|org|tv|news)", segment.strip()))


def _is_section(segment: str) -> bool:
    s = segment.strip().casefold()
    return s in {x.casefold() for x in cues.SECTIONS} or s in {x.casefold() for x in cues.MENU_WORDS}


def strip_affixes(title: str | None, names: Iterable[str | None] = ()) -> str | None:
    """The headline without site names and section labels before or after it.

    A site name goes whatever the separator; a section label ("Musik", "Gaya Hidup") goes
    when a dash or bar sets it off and the headline left is longer than it: after a colon a
    short first segment is the headline's speaker ("Kadinkes: …"), not a label.
    """
    if not title:
        return title
    known = [n for n in names if n]
    title = " ".join(title.split())
    parts = _split(title)
    if len(parts) > 1:  # "Judul Halaman all - Kompas.com": the page number goes with the site name
        last = parts[-2] if _is_site(parts[-1][0], known) else parts[-1]
        m = re.search(PAGINATION_SUFFIX, last[0], re.I)
        if m and m.start() > 0:
            title = title[:last[1] + m.start()] + title[last[2]:]
            parts = _split(title)
    changed = True
    while len(parts) > 1 and changed:
        changed = False
        for idx in (-1, 0):
            seg, _s, _e, colon = parts[idx]
            rest = sum(len(p[0].split()) for i, p in enumerate(parts) if i != idx % len(parts))
            label = not colon and len(seg.split()) <= SECTION_WORDS_MAX and rest >= 4 and (
                _is_section(seg) or len(seg.split()) == 1 and seg[:1].isupper() and not re.search(r"[.!?,\d]", seg))
            if _is_site(seg, known) or label:
                parts.pop(idx)
                changed = True
                break
    start, end = parts[0][1], parts[-1][2]
    return title[start:end].strip() or title


def _split(title: str) -> list[tuple[str, int, int, bool]]:
    """Segments of a title between separators, with their spans and whether a colon set them off."""
    out, pos, colon_before = [], 0, False
    for m in SEPARATOR.finditer(title):
        colon = ":" in m.group(0)
        if m.start() > pos:
            out.append((title[pos:m.start()], pos, m.start(), colon or colon_before))
        colon_before = colon
        pos = m.end()
    out.append((title[pos:], pos, len(title), colon_before))
    return [p for p in out if p[0].strip()] or [(title, 0, len(title), False)]


def shared_affixes(titles: Iterable[str], min_titles: int = 3) -> tuple[str, str]:
    """(prefix, suffix) every title of one site shares, cut at a separator; ('', '') when none.

    A site that writes "Berita X - Portal Contoh" on every page: the suffix " - Portal Contoh".
    """
    titles = [" ".join(t.split()) for t in titles if t and t.strip()]
    if len(set(titles)) < min_titles:
        return "", ""
    prefix = _common_prefix(titles)
    suffix = _common_prefix([t[::-1] for t in titles])[::-1]
    return _cut_at_separator(prefix, from_end=False), _cut_at_separator(suffix, from_end=True)


def _common_prefix(texts: list[str]) -> str:
    first, last = min(texts), max(texts)
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    return first[:n]


def _cut_at_separator(affix: str, from_end: bool) -> str:
    """Keep the affix only up to (and including) its last whole separator, on the side of the headline."""
    matches = list(SEPARATOR.finditer(affix))
    if not matches:
        return ""
    if from_end:
        m = matches[0]
        return affix[m.start():]
    m = matches[-1]
    return affix[:m.end()]


def strip_shared(title: str | None, affixes: tuple[str, str]) -> str | None:
    if not title:
        return title
    prefix, suffix = affixes
    title = " ".join(title.split())
    if prefix and title.startswith(prefix) and len(title) > len(prefix):
        title = title[len(prefix):]
    if suffix and title.endswith(suffix) and len(title) > len(suffix):
        title = title[:-len(suffix)]
    return title.strip()


def strip_site_affixes(articles: Iterable, min_titles: int = 3) -> int:
    """Across a corpus: per site (registered domain, else outlet), remove the title affix all its titles share.

    For the store or ingest to call once a batch is in; returns how many titles changed.
    """
    by_site: dict[str, list] = {}
    for a in articles:
        site = registered_domain(getattr(a, "url", None)) or (a.outlet or "").casefold()
        if site and a.title:
            by_site.setdefault(site, []).append(a)
    changed = 0
    for group in by_site.values():
        affixes = shared_affixes([a.title for a in group], min_titles=min_titles)
        if affixes == ("", ""):
            continue
        for a in group:
            new = strip_shared(a.title, affixes)
            if new != a.title:
                a.title, changed = new, changed + 1
    return changed
