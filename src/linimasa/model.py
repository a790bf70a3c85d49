"""The data types every stage shares, serialised exactly to the JSON contracts.

Data flows one way: `Document` (a decoded page from ingest) -> `Article` (filled in
stage by stage) -> `Timeline`. Fields a stage cannot determine stay `None` or empty.
"""

from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

_ATOMS = (str, int, float, bool, type(None))


def _plain(obj: Any) -> Any:
    """`dataclasses.asdict` of a value, without its deep copies of strings and numbers (they are immutable)."""
    if isinstance(obj, _ATOMS):
        return obj
    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _plain(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_plain(v) for v in obj])
    if isinstance(obj, list | tuple):
        return type(obj)(_plain(v) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_plain(k), _plain(v)) for k, v in obj.items())
    return copy.deepcopy(obj)


ARTICLE_SCHEMA = "linimasa.article/1"
TIMELINE_SCHEMA = "linimasa.timeline/1"

# Precision names, finest first. Used by dates of articles, events and timeline entries.
# "week" (value 2014-W51, an ISO week), "quarter" (2014-Q3) and "half" (2014-H1) are calendar periods
# between a day and a year: an event the text dates only by one keeps that period as its date.
PRECISIONS = ("minute", "hour", "day", "week", "month", "quarter", "half", "year", "unknown")


class InputError(Exception):
    """A page that cannot be processed: the message says why, for a per-file error report."""


@dataclass
class Document:
    """A decoded page as ingest produced it, before any cleaning.

    `format` is "text", "html" or "timeml". `meta` holds what came with the page rather
    than in it: sidecar NAME.meta.json, JSONL fields, WARC headers (keys: published, url,
    outlet, title), and for TimeML the DCT value under "dct".
    """

    source: str
    text: str
    format: str = "text"
    encoding: str = "utf-8"
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass
class Removed:
    text: str
    reason: str


@dataclass
class Byline:
    author: str | None = None
    editor: str | None = None


@dataclass
class DateConflict:
    value: str
    source: str
    reason: str


@dataclass
class Published:
    value: str | None = None
    precision: str = "unknown"
    source: str | None = None
    conflicts: list[DateConflict] = field(default_factory=list)
    inferred: bool = False  # taken from the body (or other articles), not stated by the page: evidence in source


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class Mention:
    start: int
    end: int
    text: str


@dataclass
class Entity:
    id: str
    name: str
    type: str
    role: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)  # extension: surface forms merged here


@dataclass
class Quote:
    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_id: str | None = None
    cue: str | None = None


@dataclass
class EventDate:
    value: str
    precision: str
    source: str = "timex"  # extension: "timex", "narrative", or "reported" (the DCT, flagged)


@dataclass
class Event:
    start: int
    end: int
    type: str
    text: str
    date: EventDate | None = None
    participants: list[str] = field(default_factory=list)
    location: str | None = None
    # extensions used by the timeline
    hint: str | None = None          # the undatable expression, e.g. "Rabu", when date is None
    background: bool = False         # reported as history, not news of the article
    trigger: str | None = None


@dataclass
class Article:
    source: str
    body: str = ""
    id: str = ""
    language: str | None = None
    title: str | None = None
    outlet: str | None = None
    section: str | None = None
    dateline: str | None = None
    url: str | None = None  # extension
    byline: Byline | None = None
    published: Published = field(default_factory=Published)
    removed: list[Removed] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # Evidence passed between stages, never serialised: e.g. "html" (raw page),
    # "html_dates" [(value, source)], "header_lines", "dct" (TimeML), sidecar fields.
    evidence: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        # as asdict(self) without "evidence", which is not part of the JSON and need not be copied
        return {"schema": ARTICLE_SCHEMA, **{f.name: _plain(getattr(self, f.name)) for f in fields(self)
                                             if f.name != "evidence"}}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        d = {k: v for k, v in d.items() if k != "schema"}
        pub = d.get("published") or {}
        return cls(
            **{k: v for k, v in d.items() if k in _ARTICLE_SCALARS},
            byline=Byline(**d["byline"]) if d.get("byline") else None,
            published=Published(
                value=pub.get("value"),
                precision=pub.get("precision", "unknown"),
                source=pub.get("source"),
                conflicts=[DateConflict(**c) for c in pub.get("conflicts", [])],
                inferred=bool(pub.get("inferred", False)),
            ),
            removed=[Removed(**r) for r in d.get("removed", [])],
            timexes=[Timex(**t) for t in d.get("timexes", [])],
            entities=[
                Entity(**{**e, "mentions": [Mention(**m) for m in e.get("mentions", [])]})
                for e in d.get("entities", [])
            ],
            quotes=[Quote(**q) for q in d.get("quotes", [])],
            events=[
                Event(**{**e, "date": EventDate(**e["date"]) if e.get("date") else None})
                for e in d.get("events", [])
            ],
        )


_ARTICLE_SCALARS = ("source", "body", "id", "language", "title", "outlet", "section", "dateline", "url")


@dataclass
class SourceRef:
    article: str
    source: str
    title: str | None
    sentence: str
    outlet: str | None = None     # extension: the outlet that published the article, when known
    published: str | None = None  # extension: the article's accepted publication date, when known
    url: str | None = None        # extension: the article's URL, when known
    group: str | None = None      # extension: id of the source group (wire copies of one story share it)


@dataclass
class TimelineEntry:
    date: str
    precision: str
    summary: str
    type: str
    participants: list[str] = field(default_factory=list)
    location: str | None = None
    sources: list[SourceRef] = field(default_factory=list)
    background: bool = False  # extension
    salience: float = 0.0     # extension: ranking score


@dataclass
class UndatedEntry:
    summary: str
    hint: str | None
    participants: list[str] = field(default_factory=list)
    location: str | None = None
    sources: list[SourceRef] = field(default_factory=list)


@dataclass
class Timeline:
    entries: list[TimelineEntry] = field(default_factory=list)
    undated: list[UndatedEntry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"schema": TIMELINE_SCHEMA, **_plain(self)}


@dataclass
class Failure:
    """A page that could not be read or analysed, with a reason a user can act on."""

    source: str
    reason: str
