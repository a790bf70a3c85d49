"""English labels of the web app (`?lang=en`)."""

from __future__ import annotations

LABELS: dict[str, str] = {
    "timeline": "Timeline", "articles": "Articles", "entities": "Entities", "quotes": "Quotes",
    "search": "Search", "corrections": "Corrections", "stories": "Stories",
    "filters": "Filters", "entity": "Entity", "type": "Event type", "outlet": "Outlet",
    "date_from": "From", "date_to": "To", "query": "Text", "apply": "Apply",
    "reset": "Clear filters", "all": "All", "entries": "entries", "sources": "Sources",
    "original": "original", "background": "Background", "undated": "Undated", "hint": "hint",
    "warnings": "Warnings", "wire_group": "copies of one wire story", "published": "Published",
    "date_source": "date source", "conflicts": "Rejected dates", "dateline": "Dateline",
    "byline": "Author", "editor": "Editor", "removed": "Removed from the page", "reason": "reason",
    "aliases": "Aliases", "roles": "Roles", "mentions": "mentions", "speaker": "Speaker",
    "no_results": "No results.", "page": "Page", "next": "Next", "prev": "Previous",
    "exclude": "Exclude", "pin_date": "Pin date", "merge_into": "Merge into this entity",
    "add_alias": "Add alias", "split": "Split off", "fix_speaker": "Change speaker", "undo": "Undo",
    "who": "by", "when": "at", "articles_per_day": "Articles per day per outlet",
    "brush_hint": "Drag on the time axis to select a date range; scroll to zoom.",
    "read_only": "Read-only", "curating": "Curation mode: corrections are saved in the store",
    "language": "Language", "show": "Show", "legend": "Legend", "timex": "time expression",
    "quote": "quote", "size": "articles", "first": "first", "last": "last", "title": "Title",
    "narrowed": "A large store: showing what happened since",
    "events": "Events",
    "inferred": "inferred",
}

EVENT_TYPES: dict[str, str] = {}  # the codes themselves are English

PRECISIONS: dict[str, str] = {}

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
