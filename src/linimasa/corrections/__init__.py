"""User corrections: data in their own table, applied by one set of functions at read time.

A correction never edits a stored article, so it survives a re-ingest and a rebuild: it names its
target by what stays stable (article ids are content hashes; a timeline entry by the sentences
it cites; an entity by its name), and every output — CLI, exports, web app — reads the store
through `apply_articles`, `apply_entities` and `apply_timeline`.

Kinds and their `value`:

| kind | value | effect |
|---|---|---|
| `exclude_entry` | `{"sources": [[article, sentence], ...], "date": entry date}` | the entry, and the events behind it (the cited articles' events of that day), leave every timeline |
| `exclude_event` | `{"article": id, "start": offset}` | one event leaves every output |
| `pin_date` | `{"sources": [...], "from": entry date, "date": ISO, "precision": p}` | the entry's events take that date |
| `fix_speaker` | `{"article": id, "start": offset, "speaker": name}` | the quote's speaker |
| `merge_entities` | `{"into": name, "names": [name, ...]}` | the entities named so become one |
| `add_alias` | `{"entity": name, "alias": form}` | mentions written `form` belong to the entity |
| `split_entity` | `{"entity": name, "alias": form}` | mentions written `form` leave it and stand alone |
"""

from __future__ import annotations

import getpass
import hashlib
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

import orjson

from linimasa.model import PRECISIONS, Article, EventDate, Timeline

KINDS = ("exclude_entry", "exclude_event", "pin_date", "fix_speaker", "merge_entities", "add_alias", "split_entity")

TABLE = """
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    who TEXT NOT NULL,
    at TEXT NOT NULL,
    note TEXT,
    undone_at TEXT
);
"""

_WORD = re.compile(r"\w+")
_DATE = re.compile(r"^\d{4}(-\d\d(-\d\d(T\d\d:\d\d(:\d\d)?([+-]\d\d:\d\d|Z)?)?)?)?$")


class CorrectionError(ValueError):
    """A correction that cannot be recorded: the message says which field is wrong."""


@dataclass
class Correction:
    kind: str
    value: dict[str, Any]
    who: str = ""
    at: str = ""
    note: str | None = None
    id: int | None = None
    undone_at: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "value": self.value, "who": self.who, "at": self.at,
                "note": self.note, "undone_at": self.undone_at}


def validate(kind: str, value: Any) -> dict[str, Any]:
    """The value of a correction of `kind`, checked field by field (CorrectionError names what is wrong)."""
    if kind not in KINDS:
        raise CorrectionError(f"unknown correction kind {kind!r}; one of {', '.join(KINDS)}")
    if not isinstance(value, dict):
        raise CorrectionError("a correction's value must be a JSON object")

    def text(key: str, limit: int = 2000) -> str:
        v = value.get(key)
        if not isinstance(v, str) or not v.strip() or len(v) > limit:
            raise CorrectionError(f"{kind}: {key!r} must be a non-empty string of at most {limit} characters")
        return v.strip()

    def offset(key: str) -> int:
        v = value.get(key)
        if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v < 2**31:
            raise CorrectionError(f"{kind}: {key!r} must be a character offset (a non-negative integer)")
        return v

    def sources() -> list[list[str]]:
        v = value.get("sources")
        if not isinstance(v, list) or not v or len(v) > 500 or not all(
                isinstance(s, list | tuple) and len(s) == 2 and all(isinstance(x, str) for x in s) for s in v):
            raise CorrectionError(f"{kind}: 'sources' must be a list of [article, sentence] pairs")
        return [[a, _norm(s)] for a, s in v]

    def day(key: str) -> dict[str, str]:
        v = value.get(key)
        if v is None:
            return {}
        if not isinstance(v, str) or not _DATE.match(v) or not valid_date(v):
            raise CorrectionError(f"{kind}: {key!r} must be an ISO date")
        return {key: v}

    if kind == "exclude_entry":
        return {"sources": sources(), **day("date")}
    if kind == "exclude_event":
        return {"article": text("article", 64), "start": offset("start")}
    if kind == "pin_date":
        date, precision = text("date", 32), value.get("precision") or _precision_of(value.get("date", ""))
        if not _DATE.match(date) or not valid_date(date):
            raise CorrectionError("pin_date: 'date' must be an ISO date (YYYY, YYYY-MM, YYYY-MM-DD or with a time)")
        if precision not in PRECISIONS or precision == "unknown":
            raise CorrectionError(f"pin_date: 'precision' must be one of {', '.join(PRECISIONS[:-1])}")
        return {"sources": sources(), "date": date, "precision": precision, **day("from")}
    if kind == "fix_speaker":
        return {"article": text("article", 64), "start": offset("start"), "speaker": text("speaker", 200)}
    if kind == "merge_entities":
        names = value.get("names")
        if not isinstance(names, list) or not names or not all(isinstance(n, str) and n.strip() for n in names):
            raise CorrectionError("merge_entities: 'names' must be a list of entity names")
        into = text("into", 200)
        return {"into": into, "names": [n.strip() for n in names if _fold(n) != _fold(into)][:100]}
    # add_alias, split_entity
    return {"entity": text("entity", 200), "alias": text("alias", 200)}


def valid_date(value: str) -> bool:
    try:
        if len(value) == 4:
            return 1 <= int(value)
        if len(value) == 7:
            datetime.strptime(value, "%Y-%m")
        else:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        return True
    except ValueError:
        return False


def _precision_of(value: str) -> str:
    return {4: "year", 7: "month", 10: "day"}.get(len(value or ""), "minute")


def _fold(s: str) -> str:
    return " ".join(_WORD.findall(s.casefold()))


def _norm(sentence: str) -> str:
    return re.sub(r"\s+", " ", sentence).strip()


# -- the table ----------------------------------------------------------------------------------

def ensure_table(db: sqlite3.Connection) -> None:
    db.executescript(TABLE)


def load(db: sqlite3.Connection, *, include_undone: bool = False) -> list[Correction]:
    """Every correction in the store, oldest first (none when the store predates the table)."""
    try:
        rows = db.execute("SELECT id, kind, value, who, at, note, undone_at FROM corrections ORDER BY id").fetchall()
    except sqlite3.OperationalError:
        return []
    out = [Correction(id=r[0], kind=r[1], value=orjson.loads(r[2]), who=r[3], at=r[4], note=r[5], undone_at=r[6])
           for r in rows]
    return out if include_undone else [c for c in out if c.undone_at is None]


def add(db: sqlite3.Connection, kind: str, value: Any, *, who: str | None = None, note: str | None = None) -> Correction:
    """Record one correction (validated) and return it with its id."""
    value = validate(kind, value)
    ensure_table(db)
    c = Correction(kind=kind, value=value, who=who or _user(), at=datetime.now(UTC).isoformat(timespec="seconds"),
                   note=note)
    with db:
        cur = db.execute("INSERT INTO corrections (kind, value, who, at, note) VALUES (?,?,?,?,?)",
                         (c.kind, orjson.dumps(c.value).decode(), c.who, c.at, c.note))
    c.id = cur.lastrowid
    return c


def undo(db: sqlite3.Connection, correction_id: int) -> bool:
    """Mark one correction undone (kept, with the time it was undone). False when there is no such active one."""
    ensure_table(db)
    with db:
        cur = db.execute("UPDATE corrections SET undone_at=? WHERE id=? AND undone_at IS NULL",
                         (datetime.now(UTC).isoformat(timespec="seconds"), correction_id))
    return cur.rowcount == 1


def import_all(db: sqlite3.Connection, items: Iterable[dict[str, Any]]) -> tuple[int, int]:
    """Add exported corrections; one already present (same kind and value, active) is skipped. (added, skipped)."""
    present = {(c.kind, orjson.dumps(c.value, option=orjson.OPT_SORT_KEYS)) for c in load(db)}
    added = skipped = 0
    for item in items:
        if not isinstance(item, dict) or item.get("undone_at"):
            skipped += 1
            continue
        value = validate(str(item.get("kind")), item.get("value"))
        key = (item["kind"], orjson.dumps(value, option=orjson.OPT_SORT_KEYS))
        if key in present:
            skipped += 1
            continue
        add(db, item["kind"], value, who=str(item.get("who") or _user()), note=item.get("note"))
        present.add(key)
        added += 1
    return added, skipped


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in a container: still say who, as well as we can
        return "unknown"


# -- applying ----------------------------------------------------------------------------------

def entry_id(entry: Any) -> str:
    """A stable id for a timeline entry: its date and the sentences it cites (the same after a rebuild)."""
    key = "|".join([entry.date] + sorted(f"{s.article}:{_norm(s.sentence)}" for s in entry.sources))
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def apply_articles(articles: Iterable[Article], corrections: list[Correction]) -> list[Article]:
    """Copies of `articles` with event exclusions, pinned dates, speakers and entity names corrected."""
    if not corrections:
        return list(articles)
    # An entry is the events of its cited articles on its day (one article's events of one day are always one
    # entry), so a correction of the entry reaches all of them, not only the sentence each source quotes.
    excluded_sources = {tuple(s) for c in corrections if c.kind == "exclude_entry" for s in c.value["sources"]}
    excluded_days = {(s[0], c.value["date"][:10]) for c in corrections if c.kind == "exclude_entry"
                     and c.value.get("date") for s in c.value["sources"]}
    excluded_events = {(c.value["article"], c.value["start"]) for c in corrections if c.kind == "exclude_event"}
    pins = {tuple(s): c.value for c in corrections if c.kind == "pin_date" for s in c.value["sources"]}
    pinned_days = {(s[0], c.value["from"][:10]): c.value for c in corrections if c.kind == "pin_date"
                   and c.value.get("from") for s in c.value["sources"]}
    speakers = {(c.value["article"], c.value["start"]): c.value["speaker"]
                for c in corrections if c.kind == "fix_speaker"}
    renames = _renames(corrections)
    out = []
    for art in articles:
        art = replace(art)
        events = []
        for ev in art.events:
            key = (art.id, _norm(ev.text))
            day = (art.id, ev.date.value[:10]) if ev.date else None
            if key in excluded_sources or day in excluded_days or (art.id, ev.start) in excluded_events:
                continue
            pin = pins.get(key) or (pinned_days.get(day) if day else None)
            if pin:
                ev = replace(ev, date=EventDate(pin["date"], pin["precision"], "corrected"), hint=None)
            events.append(ev)
        art.events = events
        art.quotes = [replace(q, speaker=speakers[(art.id, q.start)], speaker_id=None)
                      if (art.id, q.start) in speakers else q for q in art.quotes]
        if renames:
            art.entities = [_renamed(e, renames) for e in art.entities]
            art.events = [replace(ev, participants=list(dict.fromkeys(renames.get(_fold(p), p)
                                                                      for p in ev.participants)))
                          for ev in art.events]
            art.quotes = [replace(q, speaker=renames.get(_fold(q.speaker), q.speaker)) if q.speaker else q
                          for q in art.quotes]
        out.append(art)
    return out


def _renames(corrections: list[Correction]) -> dict[str, str]:
    """Folded surface form -> the entity name it now belongs to (merges and added aliases, in order)."""
    renames: dict[str, str] = {}
    for c in corrections:
        if c.kind == "merge_entities":
            for n in c.value["names"]:
                renames[_fold(n)] = c.value["into"]
        elif c.kind == "add_alias":
            renames[_fold(c.value["alias"])] = c.value["entity"]
        elif c.kind == "split_entity":
            renames.pop(_fold(c.value["alias"]), None)
    # a merge of a merge: follow the chain to its end (bounded: corrections are few)
    for form in list(renames):
        seen = {form}
        while _fold(renames[form]) in renames and _fold(renames[form]) not in seen:
            seen.add(_fold(renames[form]))
            renames[form] = renames[_fold(renames[form])]
    return renames


def _renamed(ent: Any, renames: dict[str, str]) -> Any:
    for form in [ent.name, *ent.aliases]:
        target = renames.get(_fold(form))
        if target and _fold(target) != _fold(ent.name):
            return replace(ent, name=target, aliases=list(dict.fromkeys([target, ent.name, *ent.aliases])))
    return ent


def apply_entities(entities: list[dict[str, Any]], corrections: list[Correction],
                   articles: Iterable[Article] = ()) -> list[dict[str, Any]]:
    """The canonical entity list with splits applied (merges and aliases were applied to the articles)."""
    splits = [c.value for c in corrections if c.kind == "split_entity"]
    if not splits:
        return entities
    by_article = {a.id: a for a in articles}
    out = []
    for ent in entities:
        for split in splits:
            if _fold(split["entity"]) != _fold(ent["name"]) or _fold(split["alias"]) == _fold(ent["name"]):
                continue
            alias = _fold(split["alias"])
            if alias not in {_fold(a) for a in ent["aliases"]}:
                continue
            moved = [aid for aid in ent["articles"] if aid in by_article and _only_form(by_article[aid], ent, alias)]
            out.append({**ent, "id": f"{ent['id']}~{_slug(split['alias'])}", "name": split["alias"],
                        "aliases": [split["alias"]], "roles": [], "articles": moved,
                        "mentions": sum(1 for aid in moved for e in by_article[aid].entities
                                        for m in e.mentions if _fold(m.text) == alias)})
            ent = {**ent, "aliases": [a for a in ent["aliases"] if _fold(a) != alias],
                   "articles": [a for a in ent["articles"] if a not in moved]}
        out.append(ent)
    return out


def _only_form(article: Article, ent: dict[str, Any], alias: str) -> bool:
    """Whether the article writes the entity only as `alias` (so the article goes with the split-off form)."""
    known = {_fold(a) for a in ent["aliases"]}
    forms = {_fold(m.text) for e in article.entities if {_fold(e.name), *map(_fold, e.aliases)} & known
             for m in e.mentions}
    return bool(forms) and forms <= {alias}


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _fold(name)).strip("-") or "x"


def apply_timeline(timeline: Timeline, corrections: list[Correction]) -> Timeline:
    """The timeline without excluded entries (an entry citing an excluded sentence is excluded)."""
    excluded = {tuple(s) for c in corrections if c.kind == "exclude_entry" for s in c.value["sources"]}
    if not excluded:
        return timeline
    kept = [e for e in timeline.entries if not any((s.article, _norm(s.sentence)) in excluded for s in e.sources)]
    return replace(timeline, entries=kept)
