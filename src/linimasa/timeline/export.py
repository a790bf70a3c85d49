"""Timeline exports: JSON, Markdown, a standalone HTML page, TimelineJS3 JSON and CSV.

Page text is data, never markup: every export escapes it for its format (HTML entities in
HTML and TimelineJS, HTML and Markdown metacharacters in Markdown), and CSV cells that a
spreadsheet would run as a formula are neutralised.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Iterator
from dataclasses import asdict

from linimasa.model import TIMELINE_SCHEMA, Timeline

FORMATS = ("json", "md", "html", "timelinejs", "csv")


def render(timeline: Timeline, fmt: str, title: str = "Linimasa") -> str:
    return {"json": to_json, "md": to_markdown, "html": to_html, "timelinejs": to_timelinejs,
            "csv": to_csv}[fmt](timeline, title)


def to_json(timeline: Timeline, title: str = "") -> str:
    return "".join(json_chunks(timeline))


def json_chunks(timeline: Timeline) -> Iterator[str]:
    """The JSON document of `to_json`, the same text, one entry at a time: a timeline of a large store is
    never held twice more as one dict and one string."""
    yield '{\n  "schema": ' + json.dumps(TIMELINE_SCHEMA)
    for name in ("entries", "undated", "warnings"):
        items = getattr(timeline, name)
        yield f',\n  "{name}": '
        if not items:
            yield "[]"
            continue
        for n, item in enumerate(items):
            value = item if isinstance(item, str) else asdict(item)  # entries are dataclasses, warnings text
            yield ("[\n    " if n == 0 else ",\n    ") + json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n    ")
        yield "\n  ]"
    yield "\n}"


def render_chunks(timeline: Timeline, fmt: str, title: str = "Linimasa") -> Iterator[str]:
    """`render` in pieces: JSON is written entry by entry, the other formats at once."""
    if fmt == "json":
        yield from json_chunks(timeline)
    else:
        yield render(timeline, fmt, title)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# `_` inside a word (file_name) is not emphasis in CommonMark, so only a free-standing one is escaped
_MD_SPECIAL = re.compile(r"[\\`*\[\]|]|(?<!\w)_|_(?!\w)")


def csv_cell(value: object) -> object:
    """A CSV cell a spreadsheet shows as text: one starting with = + - @ (or tab, CR) gets a leading '."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def md(text: str | None) -> str:
    """Page text made inert in Markdown: HTML tags shown as text, no emphasis, links or code from it."""
    return _MD_SPECIAL.sub(lambda m: "\\" + m.group(), html.escape(text or "", quote=False))


def _cite(s, escape=md) -> str:
    """One source as a reader needs it: title, outlet, publication date, URL (each when known)."""
    details = ", ".join(x for x in (getattr(s, "outlet", None), getattr(s, "published", None),
                                    getattr(s, "url", None)) if x)
    name = f"{s.title or s.source}" + (f" ({details})" if details else "")
    if getattr(s, "inferred", False):  # dated from another article of its story: say so, and from which
        evidence = getattr(s, "evidence", None) or {}
        name += f" (date inferred from {evidence.get('title') or evidence.get('source') or 'another article'})"
    return escape(name)


def _cites(entry, escape=md) -> str:
    """Sources of an entry; wire copies of one story (one source group) are listed together as one."""
    groups: dict[str, list] = {}
    for s in entry.sources:
        groups.setdefault(getattr(s, "group", None) or s.article, []).append(s)
    parts = []
    for members in groups.values():
        cited = "; ".join(_cite(s, escape) for s in members)
        parts.append(f"[one wire story: {cited}]" if len(members) > 1 else cited)
    return "; ".join(parts)


def to_markdown(timeline: Timeline, title: str = "Linimasa") -> str:
    lines = [f"# {md(title)}", ""]
    for e in timeline.entries:
        tag = " *(latar belakang / background)*" if e.background else ""
        who = f" — {', '.join(md(p) for p in e.participants)}" if e.participants else ""
        where = f" @ {md(e.location)}" if e.location else ""
        lines.append(f"- **{md(e.date)}** ({md(e.precision)}, {md(e.type)}){tag}{who}{where}  ")
        lines.append(f"  {md(e.summary)}  ")
        lines.append(f"  _sources ({len(e.sources)}): {_cites(e)}_")
    if timeline.undated:
        lines += ["", "## Undated", ""]
        for u in timeline.undated:
            lines.append(f"- \\[{md(u.hint)}\\] {md(u.summary)}  ")
            lines.append(f"  _source: {_cites(u)}_")
    if timeline.warnings:
        lines += ["", "## Warnings", ""] + [f"- {md(w)}" for w in timeline.warnings]
    return "\n".join(lines) + "\n"


_CSS = """body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}.entry{border-left:3px solid #2a6;padding:.2rem 0 .6rem 1rem;margin:0 0 1rem}
.entry.background{border-color:#bbb;color:#555}.date{font-weight:700}.meta{color:#666;font-size:.85rem}
.sources{font-size:.85rem;margin:.3rem 0 0;padding-left:1.2rem}.undated .entry{border-color:#c93}
details{margin-top:2rem;color:#555}"""


def _html_cite(s) -> str:
    esc = html.escape
    name = esc(s.title or s.source)
    url = getattr(s, "url", None)
    if url and url.lower().startswith(("http://", "https://")):
        name = f"<a href=\"{esc(url, quote=True)}\">{name}</a>"
    details = ", ".join(esc(x) for x in (getattr(s, "outlet", None), getattr(s, "published", None)) if x)
    group = f" <span class=\"group\">[wire group {esc(s.group)}]</span>" if getattr(s, "group", None) else ""
    inferred = ""
    if getattr(s, "inferred", False):  # dated from another article of its story: say so, and from which
        evidence = getattr(s, "evidence", None) or {}
        inferred = f" <em>(date inferred from {esc(evidence.get('title') or evidence.get('source') or 'another article')})</em>"
    return name + (f" ({details})" if details else "") + group + inferred


def to_html(timeline: Timeline, title: str = "Linimasa") -> str:
    esc = html.escape
    parts = [f"<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>{esc(title)}</title>"
             f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>{_CSS}</style>"
             f"</head><body><h1>{esc(title)}</h1><main>"]
    for e in timeline.entries:
        meta = " · ".join(x for x in (e.precision, e.type, ", ".join(e.participants), e.location or "") if x)
        srcs = "".join(f"<li>{_html_cite(s)}: <q>{esc(s.sentence)}</q></li>" for s in e.sources)
        parts.append(f"<section class=\"entry{' background' if e.background else ''}\"><div class=\"date\">"
                     f"{esc(e.date)}</div><p>{esc(e.summary)}</p><div class=\"meta\">{esc(meta)}</div>"
                     f"<ul class=\"sources\">{srcs}</ul></section>")
    parts.append("</main>")
    if timeline.undated:
        parts.append("<section class=\"undated\"><h2>Tanpa tanggal / undated</h2>")
        for u in timeline.undated:
            parts.append(f"<div class=\"entry\"><div class=\"date\">{esc(u.hint or '?')}</div>"
                         f"<p>{esc(u.summary)}</p><div class=\"meta\">{_cites(u, esc)}</div></div>")
        parts.append("</section>")
    if timeline.warnings:
        items = "".join(f"<li>{esc(w)}</li>" for w in timeline.warnings)
        parts.append(f"<details><summary>{len(timeline.warnings)} warnings</summary><ul>{items}</ul></details>")
    parts.append("</body></html>")
    return "".join(parts) + "\n"


def _tl_date(value: str) -> dict:
    if not re.fullmatch(r"\d{4}(?:-\d\d){0,2}", value):  # a week, quarter or half: its first day
        from linimasa.events import period_start

        value = period_start(value).isoformat()
    parts = value.split("-")
    return {k: str(int(v)) for k, v in zip(("year", "month", "day"), parts, strict=False)}


def to_timelinejs(timeline: Timeline, title: str = "Linimasa") -> str:
    events = []
    for e in timeline.entries:
        cites = "".join(f"<li>{_html_cite(s)}</li>" for s in e.sources)
        events.append({"start_date": _tl_date(e.date),
                       "text": {"headline": html.escape(", ".join(e.participants[:3]) or e.type.title()),
                                "text": f"<p>{html.escape(e.summary)}</p><ul>{cites}</ul>"},
                       "group": "background" if e.background else e.type})
    return json.dumps({"title": {"text": {"headline": html.escape(title)}}, "events": events},
                      ensure_ascii=False, indent=2)


def to_csv(timeline: Timeline, title: str = "") -> str:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["date", "precision", "type", "background", "summary", "participants", "location", "sources",
                "outlets", "published", "urls", "groups"])

    def refs(sources) -> list[str]:
        return ["; ".join(s.source + (" (date inferred)" if getattr(s, "inferred", False) else "") for s in sources)] + ["; ".join(getattr(s, f, None) or "" for s in sources)
                                                         for f in ("outlet", "published", "url", "group")]

    rows = [[e.date, e.precision, e.type, e.background, e.summary, "; ".join(e.participants),
             e.location or "", *refs(e.sources)] for e in timeline.entries]
    rows += [["", "unknown", "", False, u.summary, "; ".join(u.participants), u.location or "",
              *refs(u.sources)] for u in timeline.undated]
    for row in rows:
        w.writerow([csv_cell(c) for c in row])
    return out.getvalue()
