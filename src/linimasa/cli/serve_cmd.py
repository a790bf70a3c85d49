"""`linimasa serve [--db FILE] [--host 127.0.0.1] [--port 8000] [--read-only|--curate]`: the web app and HTTP API."""

from __future__ import annotations

from linimasa.cli.ingest_cmd import DEFAULT_DB
from linimasa.cli.output import error


def _port(value: str) -> int:
    import argparse

    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {value!r}") from None
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"port must be 1..65535, not {port}")
    return port


def register(sub) -> None:
    p = sub.add_parser("serve", help="web app and HTTP JSON API over the store (read-only unless --curate)")
    p.add_argument("--db", default=DEFAULT_DB, help="the store to serve; must exist")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to bind (127.0.0.1: this machine only; 0.0.0.0 exposes it)")
    p.add_argument("--port", type=_port, default=8000, help="TCP port")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--read-only", action="store_true", help="no corrections (the default)")
    mode.add_argument("--curate", action="store_true",
                      help="allow corrections from the browser (opens the store read-write)")
    p.set_defaults(func=run)


def run(args) -> int:
    from linimasa import serve

    try:
        app = serve.create_app(args.db, curate=args.curate)
    except (FileNotFoundError, ValueError) as exc:
        error(f"{exc}: run 'linimasa ingest PATH --db {args.db}' first" if isinstance(exc, FileNotFoundError)
              else str(exc))
        return 2
    import uvicorn

    mode = "curation (corrections are saved)" if args.curate else "read-only"
    print(f"linimasa: serving {args.db} ({mode}) at http://{args.host}:{args.port}/  (Ctrl-C stops)")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
