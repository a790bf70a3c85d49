"""`linimasa quotes [--db FILE] [--speaker NAME] [--format json|table]`: quotes in the store with their speakers."""

from __future__ import annotations

from pathlib import Path

from linimasa.cli.ingest_cmd import DEFAULT_DB
from linimasa.cli.output import emit_json, error
from linimasa.store import Store


def register(sub) -> None:
    p = sub.add_parser("quotes", help="quotes with their speakers")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--speaker", help="only this speaker (canonical name or any alias)")
    p.add_argument("--format", choices=["json", "table"], default="json")
    p.set_defaults(func=run)


def quotes_in(articles, speaker: str | None = None) -> list[dict]:
    from linimasa.entities.canonical import merge
    from linimasa.quotes import names_match

    canon: dict[tuple[str, str], dict] = {}
    for ent in merge(articles):
        for aid in ent["articles"]:
            for alias in ent["aliases"]:
                canon.setdefault((aid, alias.casefold()), ent)
    wanted = speaker.casefold() if speaker else None
    rows = []
    for a in articles:
        for q in a.quotes:
            ent = canon.get((a.id, (q.speaker or "").casefold()))
            names = [ent["name"], *ent["aliases"]] if ent else [q.speaker or ""]
            if wanted and not names_match(wanted, names):
                continue
            rows.append({"text": q.text, "speaker": ent["name"] if ent else q.speaker,
                         "speaker_id": ent["id"] if ent else q.speaker_id, "article": a.id, "source": a.source,
                         "date": a.published.value})
    return rows


def run(args) -> int:
    if not Path(args.db).exists():
        error(f"no store at {args.db}")
        return 2
    with Store(args.db) as store:
        rows = quotes_in(list(store.articles()), args.speaker)
    if args.format == "json":
        emit_json(rows)
        return 0
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table("date", "speaker", "quote", "source")
    for r in rows:
        table.add_row(*(escape(x or "—") for x in (r["date"], r["speaker"], r["text"][:200], r["source"])))
    Console().print(table)
    return 0
