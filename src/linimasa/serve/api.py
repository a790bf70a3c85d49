"""The JSON API: the CLI's contracts over HTTP (`/api/...`). Lists page with limit/offset and X-Total-Count."""

from __future__ import annotations

import hmac
import importlib
import threading
from collections import OrderedDict
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request, Response
from fastapi import Path as PathParam
from pydantic import BaseModel, Field

from linimasa import corrections as corr
from linimasa import views
from linimasa.serve import MAX_PAGE, MAX_QUERY, SESSION_COOKIE, Settings
from linimasa.store import Store, article_filters

router = APIRouter(prefix="/api", tags=["api"])

DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
DateParam = Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD")]
TextParam = Annotated[str | None, Query(max_length=MAX_QUERY)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"items per page (at most {MAX_PAGE})")]
Offset = Annotated[int, Query(ge=0, le=10**9)]
EntityParam = Annotated[list[str] | None, Query(max_length=20, description="any alias; repeatable")]


def settings(request: Request) -> Settings:
    return request.app.state.settings


def store(request: Request) -> Iterator[Store]:
    st = settings(request).open_store()
    try:
        yield st
    finally:
        st.close()


StoreDep = Annotated[Store, Depends(store)]


def _page(items: list[Any], limit: int, offset: int, response: Response) -> list[Any]:
    response.headers["X-Total-Count"] = str(len(items))
    return items[offset:offset + limit]


class _Cache:
    """Recent results of expensive views, keyed by the store file's state: any write (a correction) invalidates."""

    def __init__(self, size: int = 64) -> None:
        self.items: OrderedDict[tuple, Any] = OrderedDict()
        self.size = size
        self.lock = threading.Lock()

    def get(self, st: Store, key: tuple, compute):
        stamp = tuple(p.stat().st_mtime_ns if p.exists() else 0
                      for p in (st.path, st.path.with_name(st.path.name + "-wal")))
        full = (stamp, *key)
        with self.lock:
            if full in self.items:
                self.items.move_to_end(full)
                return self.items[full]
        value = compute()
        with self.lock:
            self.items[full] = value
            while len(self.items) > self.size:
                self.items.popitem(last=False)
        return value


CACHE = _Cache()


def timeline_of(st: Store, entity=None, q=None, date_from=None, date_to=None, types=None, outlet=None):
    key = ("timeline", tuple(entity or ()), q, date_from, date_to, tuple(types or ()), outlet)
    return CACHE.get(st, key, lambda: views.timeline(st, entity=entity, query=q, date_from=date_from,
                                                     date_to=date_to, types=types, outlet=outlet))


def entities_of(st: Store) -> list[dict[str, Any]]:
    return CACHE.get(st, ("entities",), lambda: views.entities(st))


def _check_range(date_from: str | None, date_to: str | None) -> None:
    if date_from and date_to and date_from[:len(date_to)] > date_to:
        raise HTTPException(400, f"'from' ({date_from}) is after 'to' ({date_to})")


@router.get("/articles", summary="Stored articles, newest first")
def list_articles(st: StoreDep, response: Response, outlet: TextParam = None, date_from: DateParam = None,
                  date_to: DateParam = None, limit: Limit = 50, offset: Offset = 0) -> list[dict[str, Any]]:
    _check_range(date_from, date_to)
    conditions, args = article_filters("", outlet, date_from, date_to)
    where = " ".join(["SELECT id, title, source, outlet, url, published, precision FROM articles WHERE 1=1",
                      *conditions])
    total = st.db.execute(f"SELECT COUNT(*) FROM ({where})", args).fetchone()[0]
    response.headers["X-Total-Count"] = str(total)
    rows = st.db.execute(f"{where} ORDER BY published IS NULL, published DESC, id LIMIT ? OFFSET ?",
                         [*args, limit, offset])
    return [{"article": r["id"], "title": r["title"], "source": r["source"], "outlet": r["outlet"],
             "url": r["url"], "published": r["published"], "precision": r["precision"]} for r in rows]


@router.get("/articles/{article_id}", summary="One article (Article JSON, linimasa.article/1), corrections applied")
def get_article(article_id: Annotated[str, PathParam(max_length=64)], st: StoreDep) -> dict[str, Any]:
    arts = views.articles(st, [article_id])
    if not arts:
        raise HTTPException(404, f"no article {article_id}")
    return arts[0].to_dict()


@router.get("/search", summary="Full-text search with snippets (as `linimasa search --format json`)")
def search(st: StoreDep, response: Response, q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY)],
           entity: TextParam = None, outlet: TextParam = None, date_from: DateParam = None,
           date_to: DateParam = None, limit: Limit = 20, offset: Offset = 0) -> list[dict[str, Any]]:
    _check_range(date_from, date_to)
    hits = st.search(q, limit=min(offset + limit, 10_000), entity=entity, outlet=outlet, date_from=date_from,
                     date_to=date_to)
    response.headers["X-Total-Count"] = str(len(hits))
    return hits[offset:offset + limit]


@router.get("/entities", summary="Canonical entities (as `linimasa entities --format json`)")
def list_entities(st: StoreDep, response: Response, type: Annotated[str | None, Query(pattern=r"^[A-Z]{2,10}$")] = None,
                  q: TextParam = None, limit: Limit = 100, offset: Offset = 0) -> list[dict[str, Any]]:
    items = entities_of(st)
    if type:
        items = [e for e in items if e["type"] == type]
    if q:
        folded = q.casefold()
        items = [e for e in items if any(folded in a.casefold() for a in e["aliases"])]
    return _page(items, limit, offset, response)


def find_entity(st: Store, entity_id: str) -> dict[str, Any]:
    for e in entities_of(st):
        if e["id"] == entity_id:
            return e
    raise HTTPException(404, f"no entity {entity_id}")


@router.get("/entities/{entity_id}", summary="One canonical entity")
def get_entity(entity_id: Annotated[str, PathParam(max_length=200)], st: StoreDep) -> dict[str, Any]:
    return find_entity(st, entity_id)


@router.get("/quotes", summary="Quotes with their speakers (as `linimasa quotes --format json`)")
def list_quotes(st: StoreDep, response: Response, speaker: TextParam = None, limit: Limit = 100,
                offset: Offset = 0) -> list[dict[str, Any]]:
    return _page(views.quotes(st, speaker), limit, offset, response)


@router.get("/events", summary="Extracted events (as `linimasa events --format json`)")
def list_events(st: StoreDep, response: Response, type: Annotated[str | None, Query(pattern=r"^[A-Z_]{2,20}$")] = None,
                limit: Limit = 100, offset: Offset = 0) -> list[dict[str, Any]]:
    rows = views.events(st)
    if type:
        rows = [r for r in rows if r["type"] == type]
    return _page(rows, limit, offset, response)


@router.get("/timeline", summary="The timeline (linimasa.timeline/1) under the filters; entries page")
def get_timeline(st: StoreDep, response: Response, entity: EntityParam = None, q: TextParam = None,
                 date_from: Annotated[str | None, Query(alias="from", pattern=DATE)] = None,
                 date_to: Annotated[str | None, Query(alias="to", pattern=DATE)] = None,
                 type: Annotated[list[str] | None, Query(max_length=30)] = None, outlet: TextParam = None,
                 limit: Annotated[int, Query(ge=1, le=5000)] = 1000, offset: Offset = 0) -> dict[str, Any]:
    _check_range(date_from, date_to)
    tl = timeline_of(st, entity, q, date_from, date_to, type, outlet)
    data = tl.to_dict()
    response.headers["X-Total-Count"] = str(len(data["entries"]))
    data["entries"] = data["entries"][offset:offset + limit]
    return data


@router.get("/stories", summary="Stories of the store (as `linimasa stories --format json`)")
def list_stories(st: StoreDep, response: Response, limit: Limit = 100, offset: Offset = 0) -> list[dict[str, Any]]:
    try:
        stories = importlib.import_module("linimasa.stories")
    except ImportError as exc:
        raise HTTPException(404, "this version has no story detection") from exc
    return _page(stories.list_stories(st), limit, offset, response)


# -- corrections -------------------------------------------------------------------------------

class CorrectionIn(BaseModel):
    kind: str = Field(description=f"one of {', '.join(corr.KINDS)}", max_length=30)
    value: dict[str, Any] = Field(description="see the table in linimasa.corrections")
    note: str | None = Field(default=None, max_length=1000)


def _curating(request: Request, token: str | None) -> Settings:
    s = settings(request)
    if not s.curate:
        raise HTTPException(403, "read-only: start the app with `linimasa serve --curate` to correct")
    session = request.cookies.get(SESSION_COOKIE)
    if not session or not token or not hmac.compare_digest(token, s.csrf_token(session)):
        raise HTTPException(403, "missing or wrong X-CSRF-Token: reload the page")
    return s


@router.get("/corrections", summary="Corrections recorded in the store (with undone ones when asked)")
def list_corrections(st: StoreDep, include_undone: bool = False) -> list[dict[str, Any]]:
    return [c.to_dict() for c in corr.load(st.db, include_undone=include_undone)]


@router.post("/corrections", status_code=201, summary="Record a correction (curation mode, CSRF token)")
def add_correction(body: CorrectionIn, request: Request, st: StoreDep,
                   x_csrf_token: Annotated[str | None, Header()] = None) -> dict[str, Any]:
    _curating(request, x_csrf_token)
    try:
        c = corr.add(st.db, body.kind, body.value, who=f"web:{request.client.host if request.client else '?'}",
                     note=body.note)
    except corr.CorrectionError as exc:
        raise HTTPException(400, str(exc)) from exc
    return c.to_dict()


@router.post("/corrections/{correction_id}/undo", summary="Undo a correction (curation mode, CSRF token)")
def undo_correction(correction_id: Annotated[int, PathParam(ge=1, le=2**31)], request: Request, st: StoreDep,
                    x_csrf_token: Annotated[str | None, Header()] = None) -> dict[str, Any]:
    _curating(request, x_csrf_token)
    if not corr.undo(st.db, correction_id):
        raise HTTPException(404, f"no active correction {correction_id}")
    return {"undone": correction_id}
