"""The web app and HTTP API (`linimasa serve`): a thin shell over `linimasa.views` and the store.

`create_app(db)` returns a FastAPI app: JSON under `/api/...` (the CLI's contracts, OpenAPI at
`/openapi.json`) and Indonesian pages (English with `?lang=en`) rendered by Jinja2 with the
scripts and styles shipped in the package — no CDN. The store is opened read-only unless
curation is enabled; curation requests need the page's per-session token (CSRF).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.base import BaseHTTPMiddleware

from linimasa.store import Store

HERE = Path(__file__).parent
MAX_BODY = 64 * 1024        # bytes of a request body (corrections are small)
MAX_QUERY = 500             # characters of a text query
MAX_PAGE = 500              # items of one list page
SESSION_COOKIE = "linimasa_session"

# No inline script or style: even text that escaped the templates could not run.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


@dataclass
class Settings:
    db: Path
    curate: bool = False
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32))

    def open_store(self) -> Store:
        """A connection for one request: read-only unless curating."""
        return Store(self.db, read_only=not self.curate, check_same_thread=False)

    def csrf_token(self, session: str) -> str:
        return hmac.new(self.secret, session.encode(), hashlib.sha256).hexdigest()


class _Limits(BaseHTTPMiddleware):
    """Request size cap and the security headers of every response."""

    async def dispatch(self, request: Request, call_next):
        length = request.headers.get("content-length")
        if length and (not length.isdigit() or int(length) > MAX_BODY):
            return JSONResponse({"detail": f"request body over {MAX_BODY} bytes"}, status_code=413)
        if len(str(request.url.query)) > 8 * MAX_QUERY:
            return JSONResponse({"detail": "query string too long"}, status_code=414)
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response


def create_app(db: str | Path, *, curate: bool = False) -> FastAPI:
    """The app over the store at `db` (which must exist). `curate` enables corrections (read-write)."""
    path = Path(db)
    if not path.is_file():
        raise FileNotFoundError(f"no store at {path}")
    settings = Settings(db=path, curate=curate)
    # Check now, not at the first request, that the file is a store this version can read (and, curating,
    # bring its schema up to date once).
    try:
        with Store(path, read_only=not curate) as st:
            st.count()
    except sqlite3.DatabaseError as exc:
        raise ValueError(f"{path} is not a linimasa store: {exc}") from exc
    app = FastAPI(title="linimasa", version=_version(),
                  description="Articles, entities, quotes, events and story timelines of a linimasa store. "
                              "List endpoints page with `limit`/`offset` and give the total in `X-Total-Count`.")
    app.state.settings = settings
    app.add_middleware(_Limits)

    from linimasa.serve import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.exception_handler(sqlite3.DatabaseError)
    async def _db_error(_request: Request, exc: sqlite3.DatabaseError):
        return JSONResponse({"detail": f"store error: {exc}"}, status_code=503)

    return app


def _version() -> str:
    from linimasa import __version__

    return __version__


def run(db: str | Path, *, host: str = "127.0.0.1", port: int = 8000, curate: bool = False) -> None:
    import uvicorn

    uvicorn.run(create_app(db, curate=curate), host=host, port=port, log_level="warning")
