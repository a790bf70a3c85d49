"""Where a page states its own date: JSON-LD, <meta>, <time>, dates printed near the headline, the URL.

Each source yields candidates (value as written, source name, kind) for the ranking in
`linimasa.dating`; kind is "published", "created" or "modified" (an update time is evidence,
never the publication date). Values are read with `parse_value` into ISO 8601 and put into
the outlet's local time with `to_local`.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from linimasa.lang.id.dateformats import (
    DEFAULT_ZONE,
    PUBLISH_CUES,
    UPDATE_CUES,
    ZONES,
    is_date_line,
    parse_header_date,
    printed_zone,
)
from linimasa.lang.id.markup import DATE_CLASS_WORDS, SIDEBAR_CLASS_WORDS

# <meta> keys (name / property / itemprop, lower case) -> kind. The keys big outlets and CMSs write.
META_KEYS = {
    **dict.fromkeys((
        "article:published_time", "article:published", "og:published_time", "og:article:published_time",
        "published_time", "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
        "publishdatetime", "publisheddate", "published_date", "dtk:publishdate", "content_publisheddate",
        "date", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.date", "sailthru.date",
        "parsely-pub-date", "article.published", "originalpublicationdate", "citation_publication_date",
        "cxenseparse:recs:publishtime", "kompas.publishedtime", "datetime", "tanggal", "article_date_original",
        "release_date", "timestamp"), "published"),
    **dict.fromkeys(("datecreated", "dc.date.created", "dcterms.created", "article:created_time"), "created"),
    **dict.fromkeys((
        "article:modified_time", "article:modified", "og:updated_time", "datemodified", "dc.date.modified",
        "dcterms.modified", "last-modified", "lastmod", "modified_time", "updated_time", "dtk:updatedate",
        "article:updated_time", "revised"), "modified"),
}
JSONLD_KEYS = {"datePublished": "published", "dateCreated": "created", "dateModified": "modified",
               "uploadDate": "published"}
# JSON-LD types that describe the article itself (not the site, a breadcrumb or a list of links)
ARTICLE_TYPES = re.compile(r"(?:Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|WebPage|VideoObject)$")
# class/id words of elements that carry the page's own date line, and of blocks that are not the article
DATE_BLOCK = re.compile("|".join(DATE_CLASS_WORDS), re.I)
# a sidebar word opens a class token ("related-news", "sidebar_box", "terpopuler"), not inside one ("abmenu")
FURNITURE_BLOCK = re.compile(r"(?:^|[\s_-])(?:" + "|".join(SIDEBAR_CLASS_WORDS) + ")", re.I)

_ISO = re.compile(
    r"\s*(?P<y>(?:19|20)\d\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)"
    r"(?:(?:T|\s+|,\s*)(?P<H>[0-2]?\d)[:.](?P<M>[0-5]\d)(?::(?P<S>[0-5]\d)(?:[.,]\d+)?)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d\d:?\d\d|[+-]\d\d(?!\d))?Z?\s*(?P<zone>WITA|WIB|WIT)?\s*$", re.I)
_COMPACT = re.compile(r"\s*(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?:T?(?P<H>[0-2]\d)(?P<M>[0-5]\d)"
                      r"(?P<S>[0-5]\d)?)?\s*(?P<tz>Z|[+-]\d\d:?\d\d)?\s*$")
_EPOCH = re.compile(r"\s*1[0-9]{9}(?:[0-9]{3})?\s*$")


def parse_value(value: str) -> tuple[str, str, str | None] | None:
    """A date string -> (ISO date/time as written, without offset; precision; offset or None).

    Accepts ISO 8601 and its relatives ("2015/06/16 16:21:45", "20151105"), RFC 2822, epoch
    seconds, and every printed header format of `dateformats`. A time of exactly midnight
    is how CMSs write "no time": day precision.
    """
    value = (value or "").strip()
    if not value or len(value) > 120:
        return None
    m = _ISO.match(value) or _COMPACT.match(value)
    if not m and _EPOCH.match(value):
        seconds = int(value.strip()[:10])
        stamp = datetime.fromtimestamp(seconds, tz=UTC)
        return stamp.strftime("%Y-%m-%dT%H:%M:%S"), "minute", "+00:00"
    if not m and re.search(r"^[A-Za-z]{3},?\s+\d.*(?:GMT|UTC|[+-]\d{4})$", value):
        printed: datetime | None
        try:
            printed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            printed = None
        if printed is not None:
            offset = _format_offset(printed.utcoffset()) if printed.tzinfo else None
            return printed.strftime("%Y-%m-%dT%H:%M:%S"), "minute", offset
    if not m:
        found = parse_header_date(value)
        if not found:
            return None
        zone = printed_zone(value)
        return found[0], found[1], ZONES.get(zone) if zone and found[1] == "minute" else None
    gd = m.groupdict()
    try:
        day = date(int(gd["y"]), int(gd["m"]), int(gd["d"]))
    except ValueError:
        return None
    if gd.get("H") is None or (int(gd["H"]) == 0 and gd["M"] == "00" and (gd.get("S") or "00") == "00"):
        return day.isoformat(), "day", None
    if int(gd["H"]) > 23:
        return None
    tz = gd.get("tz")
    offset = None
    if tz:
        tz = tz.upper()
        offset = "+00:00" if tz in ("Z", "UTC", "GMT") else (tz if ":" in tz else tz[:3] + ":" + (tz[3:] or "00"))
    elif gd.get("zone"):
        offset = ZONES[gd["zone"].upper()]
    secs = gd.get("S")
    local = f"{day.isoformat()}T{int(gd['H']):02d}:{gd['M']}" + (f":{secs}" if secs else "")
    return local, "minute", offset


def _format_offset(delta: timedelta | None) -> str | None:
    if delta is None:
        return None
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def to_local(value: str, zone: str | None = None) -> tuple[str, str] | None:
    """A date string -> (value, precision) in the outlet's local time, with its offset when a time is known.

    A value with an Indonesian offset (+07/+08/+09) is kept as declared; any other (UTC, Z)
    is moved into `zone` (WIB/WITA/WIT printed by the page's date lines), else into WIB. A
    time without an offset takes the offset of the zone the page prints.
    """
    parsed = parse_value(value)
    if not parsed:
        return None
    local, precision, offset = parsed
    if precision != "minute":
        return local, precision
    target = ZONES.get(zone) if zone else None
    if offset is None:
        return (local + target if target else local), precision
    if offset in ZONES.values():  # already an Indonesian local time: as the page declared it
        return local + offset, precision
    target = target or ZONES[DEFAULT_ZONE]
    if target != offset:
        stamp = datetime.fromisoformat(local + offset).astimezone(_tz(target))
        local = stamp.strftime("%Y-%m-%dT%H:%M" + (":%S" if len(local) > 16 else ""))
    return local + target, precision


def _tz(offset: str) -> timezone:
    sign = -1 if offset[0] == "-" else 1
    return timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6])))


# ---- the page's declarations -------------------------------------------------------------------------------

def markup_dates(tree) -> list[tuple[str, str, str]]:
    """(value as written, source, kind) for every date the page declares, in order of appearance per source."""
    found: list[tuple[str, str, str]] = []
    found += jsonld_dates(tree)
    found += meta_dates(tree)
    found += time_element_dates(tree)
    found += printed_dates(tree)
    return found


def jsonld_dates(tree) -> list[tuple[str, str, str]]:
    out = []
    for script in tree.xpath("//script[contains(translate(@type, 'JSONLD', 'jsonld'), 'ld+json')]"):
        data = _load_json(script.text_content() or "")
        if data is None:
            continue
        for obj in _objects(data):
            kinds = obj.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if not any(isinstance(k, str) and ARTICLE_TYPES.search(k) for k in kinds):
                continue
            for key, kind in JSONLD_KEYS.items():
                v = obj.get(key)
                if isinstance(v, str) and v.strip():
                    out.append((v.strip(), "json-ld", kind))
    return out


def _load_json(text: str):
    text = text.strip().removeprefix("<!--").removesuffix("-->").strip()
    text = re.sub(r"^\s*//\s*<!\[CDATA\[|//\s*\]\]>\s*$", "", text).strip()
    for attempt in (text, re.sub(r",\s*([}\]])", r"\1", text), re.sub(r"[\x00-\x1f]", " ", text)):
        try:
            return json.loads(attempt, strict=False)
        except ValueError:
            continue
    # broken JSON: still read the date keys it writes (a page's broken script is its own declaration)
    pairs = re.findall(r'"(datePublished|dateCreated|dateModified|@type)"\s*:\s*"([^"]{1,80})"', text)
    if not pairs:
        return None
    return {"@type": next((v for k, v in pairs if k == "@type"), "Article"),
            **{k: v for k, v in reversed(pairs) if k != "@type"}}


def _objects(data):
    """Every JSON object in a JSON-LD document: lists, @graph, nested values."""
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack[:0] = item
        elif isinstance(item, dict):
            yield item
            # not itemListElement / hasPart: lists of other articles carry their own dates
            for key in ("@graph", "mainEntity"):
                if isinstance(item.get(key), list | dict):
                    stack.append(item[key])


# generic keys some CMSs fill with the time the page was rendered or saved: they count after the specific ones
GENERIC_META_KEYS = {"date", "dc.date", "dcterms.date", "datetime", "timestamp", "tanggal", "release_date"}


def meta_dates(tree) -> list[tuple[str, str, str]]:
    found = []
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "").strip().lower()
        kind = META_KEYS.get(key)
        value = el.get("content")
        if kind and value and parse_value(value):
            found.append((key in GENERIC_META_KEYS, (value.strip(), "html-meta", kind)))
    return [item for _generic, item in sorted(found, key=lambda x: x[0])]


def time_element_dates(tree) -> list[tuple[str, str, str]]:
    """<time datetime> and itemprop=datePublished elements outside sidebars and lists of other articles."""
    out = []
    for el in tree.xpath("//time[@datetime] | //*[@itemprop='datePublished' or @itemprop='dateModified' or "
                         "@itemprop='dateCreated'][not(self::meta)]"):
        if _in_furniture(el):
            continue
        value = el.get("datetime") or el.get("content") or (el.text_content() or "").strip()
        if not value or not parse_value(value):
            continue
        # hAtom's class "updated" often marks the publication time itself: only itemprop and printed words count
        prop = (el.get("itemprop") or "").lower()
        text = (el.text_content() or "")[:80]
        kind = "modified" if prop == "datemodified" or (UPDATE_CUES.search(text) and not PUBLISH_CUES.search(text)) \
            else "created" if prop == "datecreated" else "published"
        out.append((value.strip(), "time-element", kind))
    return out


def printed_dates(tree, limit: int = 3) -> list[tuple[str, str, str]]:
    """Date lines printed in the header: the first one after the headline, then elements named for dates."""
    out: list[tuple[str, str, str]] = []
    body = tree.find("body")
    if body is None:
        return out
    headline = _headline(tree, body)
    if headline is not None:
        # the first date line after the headline, else the nearest one just above it (outside sidebars)
        for axis, reach in (("following", 80), ("preceding", 15)):
            for el in headline.xpath(f"{axis}::*[position() <= {reach}]")[::1 if axis == "following" else -1]:
                found = _date_lines_of(el) if not _in_furniture(el, lists=False) else []
                if found:
                    out += found
                    break
            if out:
                break
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "a", "option"):
            continue
        if el.tag == "time" and el.get("datetime"):
            continue
        name = f"{el.get('class') or ''} {el.get('id') or ''}"
        if (el.tag != "time" and not DATE_BLOCK.search(name)) or _in_furniture(el):
            continue
        for line in _date_lines_of(el):
            if line not in out:
                out.append(line)
        if len(out) >= limit:
            break
    return out


def _headline(tree, body):
    """The element printing the article's headline: an h1/h2 the <title> contains, else the first h1."""
    title = _norm(" ".join(tree.xpath("//title//text()") + tree.xpath("//meta[@property='og:title']/@content")))
    first_h1 = None
    for el in body.iter("h1", "h2"):
        text = _norm(el.text_content() or "")
        if el.tag == "h1" and first_h1 is None:
            first_h1 = el
        if len(text) >= 15 and text in title:
            return el
    return first_h1


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def _date_lines_of(el) -> list[tuple[str, str, str]]:
    """The date line an element prints; "1 Nov 2023 19:00 WIB · Diperbarui 2 Nov …" gives both parts."""
    if not isinstance(el.tag, str) or el.tag in ("script", "style", "a", "option"):
        return []
    text = " ".join((el.text_content() or "").split())
    if not text or len(text) > 140:
        return []
    update = UPDATE_CUES.search(text)
    if update and update.start() > 0 and parse_header_date(text[:update.start()]):
        before, after = text[:update.start()].strip(" |·•-–—,"), text[update.start():]
        out = [(before, "page-header", "published")] if is_date_line(before) else []
        return out + ([(after, "page-header", "modified")] if parse_header_date(after) else [])
    if len(text) > 90 or not is_date_line(text):
        return []
    kind = "modified" if update and not PUBLISH_CUES.search(text) else "published"
    return [(text, "page-header", kind)]


def _in_furniture(el, lists: bool = True) -> bool:
    """Inside a sidebar, menu, footer or list of other articles (`lists`: any list item counts)."""
    for anc in (el, *el.iterancestors()):
        if not isinstance(anc.tag, str):
            continue
        if anc.tag in ("aside", "nav", "footer") or (lists and anc.tag == "li"):
            return True
        if FURNITURE_BLOCK.search(f"{anc.get('class') or ''} {anc.get('id') or ''}"):
            return True
    return False


def page_zone(tree) -> str | None:
    """The time zone the page prints after its times ("14:28 WIB"), if any."""
    body = tree.find("body")
    return printed_zone(" ".join((body if body is not None else tree).itertext())[:200000])


def htmldate_tree(markup: str):
    """The page parsed the way htmldate parses it, to give to several `htmldate_value` calls (None: unparsable)."""
    try:
        from htmldate.utils import load_html
    except ImportError:  # pragma: no cover - htmldate comes with trafilatura
        return None
    try:
        return load_html(markup)
    except Exception:  # htmldate on hostile markup
        return None


def htmldate_value(markup, extensive: bool = False) -> str | None:
    """htmldate's original publication date, with time and offset when it has them.

    The fast search reads the markup's own declarations; the extensive search also reads
    dates in the text, so it is body evidence and may only confirm or, alone, be inferred.
    No URL is passed: the URL is a source of its own and must not be counted twice.
    `markup` is the page or its `htmldate_tree` (htmldate works on a copy of a tree it is given).
    """
    if markup is None:
        return None
    try:
        import htmldate
    except ImportError:  # pragma: no cover - htmldate comes with trafilatura
        return None
    try:
        return htmldate.find_date(markup, extensive_search=extensive, original_date=True,
                                  outputformat="%Y-%m-%dT%H:%M:%S%z", deferred_url_extractor=True)
    except Exception:  # htmldate on hostile markup
        return None


# ---- the URL -------------------------------------------------------------------------------------------------

_URL_DATES = [
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?=/|$|[-_.])"),   # /2015/11/05/
    re.compile(r"/(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?=/|$|[-_.])"),    # /2015-11-05/
    re.compile(r"[/_-](?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?=\d{0,8}(?:/|$|[-_.]))"),  # /20151105…
]


def url_date(url: str | None, today: date | None = None) -> str | None:
    """The publication day a URL path spells ('/read/2015/11/05/…', '/20151105…'), or None."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip(), flags=re.I).split("?")[0].split("#")[0]
    today = today or date.today()
    for pattern in _URL_DATES:
        for m in pattern.finditer(path):
            try:
                day = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
            if date(1995, 1, 1) <= day <= today + timedelta(days=1):
                return day.isoformat()
    return None
