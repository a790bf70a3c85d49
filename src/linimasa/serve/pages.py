"""The pages: timeline, article view, entities, search, quotes, corrections (Jinja2, labels per language)."""

from __future__ import annotations

import importlib
import re
import secrets
from collections import Counter, defaultdict
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from linimasa import corrections as corr
from linimasa import views
from linimasa.serve import HERE, MAX_QUERY, SESSION_COOKIE
from linimasa.serve.api import DATE, StoreDep, entities_of, find_entity, settings, timeline_of
from linimasa.store import Store
from linimasa.timeline import wire_groups

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.filters["qs"] = lambda params: urlencode(
    {k: v for k, v in params.items() if v not in (None, "", [])}, doseq=True)
LANGS = {"id": "linimasa.lang.id.ui", "en": "linimasa.lang.en.ui"}
PER_PAGE = 200
Text = Annotated[str | None, Query(max_length=MAX_QUERY)]
DateQ = Annotated[str | None, Query(pattern=DATE)]


def _ui(lang: str):
    return importlib.import_module(LANGS.get(lang, LANGS["id"]))


def _render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    lang = request.query_params.get("lang") or request.cookies.get("linimasa_lang") or "id"
    lang = lang if lang in LANGS else "id"
    ui = _ui(lang)
    s = settings(request)
    session = request.cookies.get(SESSION_COOKIE) or secrets.token_urlsafe(24)
    base = {"request": request, "L": ui.LABELS, "lang": lang, "curate": s.curate,
            "csrf": s.csrf_token(session) if s.curate else "",
            "type_label": lambda t: ui.EVENT_TYPES.get(t, t),
            "precision_label": lambda p: ui.PRECISIONS.get(p, p),
            "date_label": lambda d: _date_label(d, ui.MONTH_NAMES)}
    response = templates.TemplateResponse(request, name, {**base, **context}, status_code=status)
    response.set_cookie(SESSION_COOKIE, session, httponly=True, samesite="strict")
    if request.query_params.get("lang") in LANGS:
        response.set_cookie("linimasa_lang", lang, samesite="lax")
    return response


def _date_label(value: str | None, months: list[str]) -> str:
    if not value:
        return "—"
    m = re.match(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?(?:T(\d\d:\d\d))?", value)
    if not m:
        return value
    y, mo, d, t = m.groups()
    if mo and not mo.isdigit():
        return value
    parts = [str(int(d))] if d else []
    if mo and 1 <= int(mo) <= 12:
        parts.append(months[int(mo) - 1])
    parts.append(y)
    return " ".join(parts) + (f", {t}" if t else "")


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/timeline")


def _article_meta(st: Store) -> dict[str, dict[str, Any]]:
    return {r["id"]: {"outlet": r["outlet"], "url": r["url"], "published": r["published"], "title": r["title"]}
            for r in st.db.execute("SELECT id, outlet, url, published, title FROM articles")}


def _groups(st: Store) -> dict[str, str]:
    """Article id -> its wire group (near-duplicates linked in the store)."""
    return wire_groups(st.near_duplicates())


def _entry_view(entry, meta, groups, name_ids) -> dict[str, Any]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s in entry.sources:
        info = meta.get(s.article, {})
        grouped[groups.get(s.article, s.article)].append({"article": s.article, "title": s.title or s.source,
                                                          "sentence": s.sentence, **info})
    return {"id": corr.entry_id(entry), "date": entry.date, "precision": entry.precision, "summary": entry.summary,
            "type": entry.type, "location": entry.location, "background": entry.background,
            "participants": [(p, name_ids.get(p)) for p in entry.participants],
            "groups": list(grouped.values()), "sources": [[s.article, s.sentence] for s in entry.sources],
            "inferred": bool(getattr(entry, "inferred", False))}


def _chart(entries: list[dict[str, Any]]) -> dict[str, Any]:
    """Articles per publication day per outlet among the sources of the shown entries (a small stacked bar chart)."""
    seen: dict[str, tuple[str, str]] = {}
    for e in entries:
        for g in e["groups"]:
            for s in g:
                if s.get("published"):
                    seen[s["article"]] = (s["published"][:10], s.get("outlet") or "?")
    days: dict[str, Counter[str]] = defaultdict(Counter)
    for day, outlet in seen.values():
        days[day][outlet] += 1
    outlets = sorted({o for c in days.values() for o in c})
    top = max((sum(c.values()) for c in days.values()), default=1)
    bars = []
    for i, day in enumerate(sorted(days)[-60:]):
        y = 100.0
        for j, outlet in enumerate(outlets):
            n = days[day][outlet]
            if n:
                h = 90 * n / top
                y -= h
                bars.append({"x": 10 + i * 14, "y": round(y, 1), "h": round(h, 1), "c": j % 8, "day": day,
                             "outlet": outlet, "n": n})
    return {"bars": bars, "outlets": [(o, i % 8) for i, o in enumerate(outlets)], "width": 20 + 14 * min(60, len(days))}


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, st: StoreDep, entity: Annotated[list[str] | None, Query(max_length=20)] = None,
                  q: Text = None, date_from: Annotated[str | None, Query(alias="from", pattern=DATE)] = None,
                  date_to: Annotated[str | None, Query(alias="to", pattern=DATE)] = None,
                  type: Annotated[list[str] | None, Query(max_length=30)] = None, outlet: Text = None,
                  page: Annotated[int, Query(ge=1, le=10**6)] = 1) -> HTMLResponse:
    entity = [e for e in entity or [] if e.strip()] or None
    type = [t for t in type or [] if t.strip()] or None
    narrowed = None
    if not (entity or q or date_from or date_to or outlet) and st.count() > views.FULL_SCAN:
        # a large store opens on its latest two months, not on one page of everything it holds
        latest = st.db.execute("SELECT max(published) FROM articles").fetchone()[0]
        if latest and re.match(r"\d{4}-\d\d", latest):
            y, m = int(latest[:4]), int(latest[5:7])
            date_from = f"{y - (m == 1):04d}-{(m - 2) % 12 + 1:02d}"
            narrowed = date_from
    tl = timeline_of(st, entity, q or None, date_from, date_to, type, outlet or None)
    meta, groups = _article_meta(st), _groups(st)
    name_ids = {e["name"]: e["id"] for e in entities_of(st)}
    entries = [_entry_view(e, meta, groups, name_ids) for e in tl.entries]
    # facets of what is shown now (unfiltered types/outlets come from the whole timeline of the other filters)
    people = Counter(p for e in entries for p, _id in e["participants"])
    types = Counter(e["type"] for e in entries)
    outlets = Counter(s.get("outlet") or "?" for e in entries for g in e["groups"] for s in g)
    foreground = [e for e in entries if not e["background"]]
    background = [e for e in entries if e["background"]]
    pages = max(1, -(-len(foreground) // PER_PAGE))
    shown = foreground[(page - 1) * PER_PAGE: page * PER_PAGE]
    axis = [{"id": e["id"], "date": e["date"], "type": e["type"], "summary": e["summary"][:140],
             "background": e["background"]} for e in entries]
    return _render(request, "timeline.html", {
        "entries": shown, "background": background, "undated": tl.undated, "warnings": tl.warnings,
        "facets": {"entity": people.most_common(30), "type": types.most_common(), "outlet": outlets.most_common(20)},
        "filters": {"entity": entity or [], "q": q or "", "from": date_from or "", "to": date_to or "",
                    "type": type or [], "outlet": outlet or ""},
        "axis": axis, "chart": _chart(entries), "narrowed": narrowed, "page": page, "pages": pages, "total": len(foreground),
        "months": _months(shown)})


def _months(entries: list[dict[str, Any]]) -> list[tuple[str, list[tuple[str, list[dict[str, Any]]]]]]:
    """Entries under month headings, then day headings, in date order."""
    months: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for e in entries:
        months[e["date"][:7]][e["date"][:10]].append(e)
    return [(m, list(days.items())) for m, days in months.items()]


def highlight(body: str, article: dict[str, Any]) -> Markup:
    """The body with timexes, entity mentions and quotes marked (displaCy-style); every character escaped."""
    marks: list[tuple[int, int, str, str]] = []
    for t in article["timexes"]:
        marks.append((t["start"], t["end"], "tx", f"{t['type']} {t['value']}"))
    for e in article["entities"]:
        for m in e["mentions"]:
            marks.append((m["start"], m["end"], f"ent ent-{e['type']}", f"{e['type']}: {e['name']}"))
    for qu in article["quotes"]:
        marks.append((qu["start"], qu["end"], "quote", f"{qu.get('speaker') or '?'}"))
    cuts = sorted({0, len(body), *(x for s, e, *_ in marks for x in (s, e) if 0 <= x <= len(body))})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in marks if m[0] <= a and b <= m[1]]
        piece = escape(body[a:b])
        if not covering:
            out.append(str(piece))
            continue
        classes = " ".join(dict.fromkeys(c for m in covering for c in m[2].split()))
        title = " · ".join(dict.fromkeys(m[3] for m in covering))
        out.append(f'<span class="{escape(classes)}" title="{escape(title)}">{piece}</span>')
    return Markup("".join(out))  # shown with white-space: pre-wrap, so paragraphs need no tags


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: Annotated[str, PathParam(max_length=64)], st: StoreDep) -> HTMLResponse:
    arts = views.articles(st, [article_id])
    if not arts:
        raise HTTPException(404, f"no article {article_id}")
    art = arts[0].to_dict()
    return _render(request, "article.html", {"a": art, "body": highlight(art["body"], art)})


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, st: StoreDep, q: Text = None) -> HTMLResponse:
    items = entities_of(st)
    if q:
        items = [e for e in items if any(q.casefold() in a.casefold() for a in e["aliases"])]
    return _render(request, "entities.html", {"items": items[:1000], "q": q or ""})


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: Annotated[str, PathParam(max_length=200)], st: StoreDep) -> HTMLResponse:
    ent = find_entity(st, entity_id)
    tl = timeline_of(st, [ent["name"]], None, None, None, None, None)
    meta, groups = _article_meta(st), _groups(st)
    name_ids = {e["name"]: e["id"] for e in entities_of(st)}
    entries = [_entry_view(e, meta, groups, name_ids) for e in tl.entries]
    quotes = views.quotes(st, ent["name"])
    return _render(request, "entity.html", {
        "e": ent, "entries": entries, "months": _months(entries), "quotes": quotes,
        "articles": [(aid, meta.get(aid, {})) for aid in ent["articles"]],
        "others": [(x["id"], x["name"]) for x in entities_of(st) if x["type"] == ent["type"] and x["id"] != ent["id"]][:300]})


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, st: StoreDep, q: Text = None) -> HTMLResponse:
    hits = st.search(q, limit=100) if q else []
    for h in hits:  # the snippet marks hits with [ ]: escape first, then mark
        h["snippet_html"] = Markup(re.sub(r"\[([^\[\]]*)\]", r"<mark>\1</mark>", str(escape(h["snippet"]))))
    return _render(request, "search.html", {"q": q or "", "hits": hits})


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request, st: StoreDep, speaker: Text = None) -> HTMLResponse:
    rows = views.quotes(st, speaker or None)
    speakers = Counter(r["speaker"] or "?" for r in views.quotes(st)) if not speaker else Counter()
    return _render(request, "quotes.html", {"rows": rows[:1000], "speaker": speaker or "",
                                            "speakers": speakers.most_common(100)})


@router.get("/corrections", response_class=HTMLResponse)
def corrections_page(request: Request, st: StoreDep) -> HTMLResponse:
    return _render(request, "corrections.html", {"items": corr.load(st.db, include_undone=True)})
