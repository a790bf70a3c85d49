"""The JSON Schemas of linimasa's outputs, generated from the dataclasses in `linimasa.model`.

`article-1`, `timeline-1` (one document each) and the list outputs `entities-1`, `quotes-1`,
`stories-1`, `search-1` and `events-1` (an Event with its article). Regenerate with `python -m linimasa.schemas --write` after changing a dataclass;
a test fails while a schema and its dataclasses disagree, or a field has no description.
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import fields, is_dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from linimasa import model

NAMES = ("article-1", "timeline-1", "entities-1", "quotes-1", "stories-1", "search-1", "events-1")
DRAFT = "https://json-schema.org/draft/2020-12/schema"

# Fields the contract documents before a dataclass has them: allowed, not required, listed here only.
PLANNED: dict[str, dict[str, dict[str, Any]]] = {
    "SourceRef": {
        "inferred": {"type": "boolean", "description": "true when this source's event had no date of its own and "
                                                       "takes the entry's date from another article of its story"},
        "evidence": {"type": "object", "description": "for an inferred source: the article, source, title, sentence "
                                                      "and date that date it"}},
}

PRECISION = f"precision of the date: one of {', '.join(model.PRECISIONS)}"
DESCRIPTIONS: dict[str, str] = {
    "Article": "one analysed page: clean text and everything found in it; offsets are character offsets into body",
    "Article.source": "where the page came from: the path as given on the command line, or a WARC/JSONL record name",
    "Article.body": "the clean main text, without navigation, related links, captions and footers",
    "Article.id": "stable id of the article (from its content): what timeline sources and quotes refer to",
    "Article.language": "language code of the body (e.g. \"id\"), null when not determined",
    "Article.title": "the headline, without a glued section label; null when not found",
    "Article.outlet": "the publishing outlet, from metadata or the page; null when not found",
    "Article.section": "the outlet's section label (e.g. \"Nasional\"); null when not found",
    "Article.dateline": "the dateline place (\"JAKARTA, KOMPAS.com -\" gives \"JAKARTA\"); null when none",
    "Article.url": "extension: the page's URL, from metadata (sidecar, JSONL, WARC-Target-URI); null when unknown",
    "Article.byline": "author and editor when the page names them, else null",
    "Article.published": "the publication date (DCT) with its precision, source and rejected candidates",
    "Article.removed": "every piece of the page that is not in body, with the reason it was removed",
    "Article.timexes": "TIMEX3 temporal expressions in body, normalised",
    "Article.entities": "people, places and organisations of the story (not of boilerplate or bylines)",
    "Article.quotes": "direct quotes in body with their speakers",
    "Article.events": "events, one per reported happening of a sentence",
    "Article.schema": "the contract and its version: \"linimasa.article/1\"",
    "Byline": "who wrote and who edited the article",
    "Byline.author": "the author's name, null when not given",
    "Byline.editor": "the editor's name, null when not given",
    "Published": "the publication date of the article",
    "Published.value": "ISO 8601, possibly partial (\"2021\", \"2021-06\", \"2021-06-03\", \"2021-06-03T09:10\"), "
                       "with the UTC offset when the time is known; null when unknown (never a guess)",
    "Published.precision": PRECISION,
    "Published.source": "where the date came from (e.g. \"metadata\", \"page-header\", \"html-meta\", \"dateline\"); "
                        "null when value is null",
    "Published.inferred": "true when the date was not found on the page but taken from its body or from other "
                          "articles of its story (see `source`)",
    "Published.conflicts": "candidate dates that were rejected, each with its reason",
    "DateConflict": "a candidate publication date that was rejected",
    "DateConflict.value": "the rejected date as found (ISO 8601)",
    "DateConflict.source": "where the rejected date was found",
    "DateConflict.reason": "why it cannot be the publication date",
    "Removed": "a piece of the page removed from body",
    "Removed.text": "the removed text",
    "Removed.reason": "why it was removed (e.g. \"related-link\", \"caption\", \"share-widget\")",
    "Timex": "a TIMEX3 temporal expression",
    "Timex.start": "character offset in body where the expression starts",
    "Timex.end": "character offset in body just after the expression",
    "Timex.text": "the expression as written (body[start:end])",
    "Timex.type": "TIMEX3 type: DATE, TIME, DURATION or SET",
    "Timex.value": "TIMEX3 value (e.g. \"2021-06-03\", \"P3D\", \"XXXX-WXX-1\"), normalised on the DCT or the "
                   "narrative's reference time",
    "Entity": "an entity of the article, its mentions merged across spellings",
    "Entity.id": "canonical id (\"per:lalu-muhammad-rizaldi\"): the same person has the same id in every article",
    "Entity.name": "canonical name",
    "Entity.type": "PER, LOC or ORG (more types allowed)",
    "Entity.role": "role from an apposition (\"Menteri Luar Negeri Rusia\"); null when the text gives none",
    "Entity.mentions": "every mention in body",
    "Entity.aliases": "extension: the surface forms merged into this entity (spellings, short forms, exonyms)",
    "Mention": "one mention of an entity",
    "Mention.start": "character offset in body",
    "Mention.end": "character offset in body just after the mention",
    "Mention.text": "the mention as written",
    "Quote": "a direct quote",
    "Quote.start": "character offset in body of the quoted text",
    "Quote.end": "character offset in body just after the quoted text",
    "Quote.text": "the quoted words, without quote marks",
    "Quote.speaker": "who said it (canonical name when known); null when the text does not say",
    "Quote.speaker_id": "the speaker's entity id; null when the speaker is not an entity of the article",
    "Quote.cue": "the speech verb or phrase that attributes the quote (\"kata\", \"menurut\"); null when none",
    "Event": "an event of a sentence: who did what, where and when",
    "Event.start": "character offset in body of the sentence",
    "Event.end": "character offset in body just after the sentence",
    "Event.type": "event type (e.g. MEETING, ACCIDENT, RESCUE, STATEMENT)",
    "Event.text": "the sentence",
    "Event.date": "when it happened, null when the text does not date it",
    "Event.participants": "canonical names of the entities taking part",
    "Event.location": "where it happened, null when not said",
    "Event.hint": "extension: the expression that would date it but cannot be resolved (\"Rabu\"), when date is null",
    "Event.background": "extension: reported as history, not as the article's news",
    "Event.trigger": "extension: the word that signals the event type; null when typed otherwise",
    "EventDate": "the date of an event",
    "EventDate.value": "ISO 8601, possibly partial",
    "EventDate.precision": PRECISION,
    "EventDate.source": "extension: \"timex\" (an expression in the sentence), \"narrative\" (the paragraph's "
                        "reference time) or \"reported\" (only the article's DCT: flagged, not a dating)",
    "Timeline": "a story timeline across articles: dated entries, undated events apart, and warnings",
    "Timeline.schema": "the contract and its version: \"linimasa.timeline/1\"",
    "Timeline.entries": "dated entries, by date then salience",
    "Timeline.undated": "events the text places with an expression that cannot be dated, with that hint",
    "Timeline.warnings": "what a reader should know: rejected publication dates, pages without dates or whose "
                         "events all stayed out",
    "TimelineEntry": "one happening on one date, with every source that reports it",
    "TimelineEntry.date": "ISO 8601 date, possibly partial (\"2021-06\")",
    "TimelineEntry.precision": PRECISION,
    "TimelineEntry.summary": "the clearest sentence that reports it",
    "TimelineEntry.type": "event type",
    "TimelineEntry.participants": "canonical names, most mentioned first",
    "TimelineEntry.location": "where it happened, null when no source says",
    "TimelineEntry.sources": "every article that reports it, one sentence each",
    "TimelineEntry.background": "extension: every source reports it as history (ranked below the news)",
    "TimelineEntry.salience": "extension: ranking score (independent sources, participants, filter matches)",
    "UndatedEntry": "events of one article that the text places on a day it does not let us date",
    "UndatedEntry.summary": "the sentence",
    "UndatedEntry.hint": "the undatable expression (\"Rabu\"); null when none",
    "UndatedEntry.participants": "canonical names",
    "UndatedEntry.location": "where, null when not said",
    "UndatedEntry.sources": "the article it comes from",
    "SourceRef": "a source of an entry: one article and its sentence",
    "SourceRef.article": "the article's id",
    "SourceRef.source": "the article's source (path or record name)",
    "SourceRef.title": "the article's title, null when unknown",
    "SourceRef.sentence": "the sentence of that article that reports it",
    "SourceRef.outlet": "the outlet that published the article, null when unknown",
    "SourceRef.published": "the article's accepted publication date, null when unknown or rejected",
    "SourceRef.url": "the article's URL, null when unknown",
    "SourceRef.group": "id of the source group when wire copies of one story cite it (they share it), else null",
}

_NULLABLE_STR = {"type": ["string", "null"]}
# List outputs of the CLI (`entities`, `quotes`, `stories`): dicts built by their commands, described here.
LISTS: dict[str, tuple[str, dict[str, dict[str, Any]]]] = {
    "entities-1": ("canonical entities across the store (`linimasa entities`)", {
        "id": {"type": "string", "description": "canonical id, e.g. \"per:lalu-muhammad-rizaldi\""},
        "name": {"type": "string", "description": "canonical name"},
        "type": {"type": "string", "description": "PER, LOC or ORG (more types allowed)"},
        "aliases": {"type": "array", "items": {"type": "string"},
                    "description": "every surface form merged into it, across articles"},
        "roles": {"type": "array", "items": {"type": "string"}, "description": "roles from appositions"},
        "mentions": {"type": "integer", "minimum": 0, "description": "number of mentions in all articles"},
        "articles": {"type": "array", "items": {"type": "string"}, "description": "ids of the articles naming it"},
    }),
    "quotes-1": ("quotes with their speakers across the store (`linimasa quotes`)", {
        "text": {"type": "string", "description": "the quoted words"},
        "speaker": {**_NULLABLE_STR, "description": "canonical name of the speaker; null when unknown"},
        "speaker_id": {**_NULLABLE_STR, "description": "the speaker's canonical entity id; null when unknown"},
        "article": {"type": "string", "description": "id of the article"},
        "source": {"type": "string", "description": "the article's source (path or record name)"},
        "date": {**_NULLABLE_STR, "description": "the article's publication date (ISO 8601), null when unknown"},
        "start": {"type": "integer", "minimum": 0,
                  "description": "character offset of the quote in the article's body (with article: its key)"},
    }),
    "search-1": ("full-text search hits, best first (`linimasa search`)", {
        "article": {"type": "string", "description": "id of the article"},
        "title": {**_NULLABLE_STR, "description": "the article's title, null when unknown"},
        "source": {"type": "string", "description": "the article's source (path or record name)"},
        "outlet": {**_NULLABLE_STR, "description": "the article's outlet, null when unknown"},
        "published": {**_NULLABLE_STR, "description": "the article's publication date, null when unknown"},
        "snippet": {"type": "string", "description": "the best passage, query words in [brackets], … at cuts"},
        "score": {"type": "number", "description": "relevance (BM25, higher is better)"},
    }),
    "stories-1": ("stories of a mixed corpus (`linimasa stories`)", {
        "id": {"type": "string", "description": "story id, for `linimasa timeline --story ID`"},
        "title": {**_NULLABLE_STR, "description": "a title for the story (from its articles)"},
        "first": {**_NULLABLE_STR, "description": "earliest date of the story (ISO 8601), null when undated"},
        "last": {**_NULLABLE_STR, "description": "latest date of the story (ISO 8601), null when undated"},
        "entities": {"type": "array", "items": {"type": "string"}, "description": "its main entities"},
        "articles": {"type": "array", "description": "its articles", "items": {
            "type": "object", "additionalProperties": False,
            "required": ["article", "source", "title", "published"], "properties": {
                "article": {"type": "string", "description": "article id"},
                "source": {"type": "string", "description": "the article's source"},
                "title": {**_NULLABLE_STR, "description": "the article's title"},
                "published": {**_NULLABLE_STR, "description": "its publication date, null when unknown"}}}},
        "size": {"type": "integer", "description": "number of its articles"},
    }),
}


def _type(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return {"anyOf": [_type(inner[0], defs), {"type": "null"}]}
    if origin is list:
        return {"type": "array", "items": _type(typing.get_args(tp)[0], defs)}
    if isinstance(tp, type) and is_dataclass(tp):
        _define(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
    if tp in simple:
        return {"type": simple[tp]}
    return {}  # Any


def _define(cls: type, defs: dict[str, Any]) -> None:
    name = cls.__name__
    if name in defs:
        return
    defs[name] = {}  # placeholder against recursion
    defs[name] = _object(cls, defs)


def _object(cls: type, defs: dict[str, Any], extra: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    name = cls.__name__
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = dict(extra or {})
    for f in fields(cls):
        if f.name == "evidence":
            continue  # never serialised
        props[f.name] = {**_type(hints[f.name], defs), "description": DESCRIPTIONS[f"{name}.{f.name}"]}
    planned = PLANNED.get(name, {})
    return {"type": "object", "description": DESCRIPTIONS[name], "additionalProperties": False,
            "required": [p for p in props if p not in planned], "properties": {**props, **planned}}


def _document(name: str, cls: type, schema_id: str) -> dict[str, Any]:
    defs: dict[str, Any] = {}
    extra = {"schema": {"const": schema_id, "description": DESCRIPTIONS[f"{cls.__name__}.schema"]}}
    top = _object(cls, defs, extra)
    return {"$schema": DRAFT, "$id": f"urn:linimasa:schema:{name}", "title": schema_id, **top, "$defs": defs}


def _events() -> dict[str, Any]:
    """`linimasa events`: each Event of the Article contract with the article it comes from."""
    defs: dict[str, Any] = {}
    item = _object(model.Event, defs, {
        "article": {"type": "string", "description": "id of the article"},
        "source": {"type": "string", "description": "the article's source (path or record name)"}})
    return {"$schema": DRAFT, "$id": "urn:linimasa:schema:events-1", "title": "linimasa.events/1",
            "description": "JSON list of the events of the articles (`linimasa events`)", "type": "array",
            "items": item, "$defs": defs}


def generate() -> dict[str, dict[str, Any]]:
    """Every schema, from the dataclasses and the descriptions above."""
    out = {"article-1": _document("article-1", model.Article, model.ARTICLE_SCHEMA),
           "timeline-1": _document("timeline-1", model.Timeline, model.TIMELINE_SCHEMA),
           "events-1": _events()}
    for name, (about, props) in LISTS.items():
        out[name] = {"$schema": DRAFT, "$id": f"urn:linimasa:schema:{name}", "title": f"linimasa.{name[:-2]}/1",
                     "description": f"JSON list of {about}", "type": "array",
                     "items": {"type": "object", "additionalProperties": False, "required": list(props),
                               "properties": props}}
    return out


def load(name: str) -> dict[str, Any]:
    """A shipped schema by name (e.g. "article-1")."""
    return json.loads((resources.files(__name__) / f"{name}.json").read_text(encoding="utf-8"))


def dump(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def write_all(folder: Path | None = None) -> None:
    folder = folder or Path(__file__).parent
    for name, schema in generate().items():
        (folder / f"{name}.json").write_text(dump(schema), encoding="utf-8")
