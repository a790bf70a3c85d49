"""The cross-article steps cut into independent blocks, each block run by the single-machine function.

- near-duplicates: LSH bands of `linimasa.store.minhash` give candidate pairs, scored with the
  store's own thresholds; a page repeats the best earlier page (by input order), as in the store;
- canonical entities: `linimasa.entities.canonical.merge` per block of articles' entities that share
  a name key (a word's spelling key, its one-letter deletions, a gazetteer place, an acronym). Every
  join `merge` can make needs such a shared key, so blocks are independent and the union of their
  results is the merge of the whole corpus. A block holds every entity of its articles (the context
  that `merge` consults) but keeps only the clusters of its own names;
- timeline: `linimasa.timeline.build` per date (its clustering is blocked by date already), on the
  articles' events with participants renamed to the corpus-wide canonical names.

Plain Python: `job.py` moves the blocks between Spark executors.
"""

from __future__ import annotations

from collections.abc import Iterable

from linimasa.entities import canonical, names
from linimasa.model import Article, Entity, Event, Timeline
from linimasa.store import MIN_JACCARD, NEAR_DUPLICATE, minhash

MAX_BUCKET = 2000  # pages sharing one LSH band beyond this share furniture, not a story: the band is skipped


# -- near-duplicates -------------------------------------------------------------------------------

def band_keys(minhash_blob: bytes) -> list[str]:
    return minhash.bands(minhash.unpack(minhash_blob))


def bucket_scores(members: Iterable[tuple[str, str, bytes, int]]) -> list[tuple[str, tuple[str, str, float]]]:
    """(later id, (earlier id, earlier input order, score)) for every scored pair of one LSH bucket of pages
    (input_order, id, minhash, shingle_count). A pair that shares several bands is scored in each: the same value."""
    ordered = sorted({m[:2]: m for m in members}.values())
    if len(ordered) > MAX_BUCKET:
        return []
    out = []
    for i, b in enumerate(ordered):
        for a in ordered[:i]:
            if a[1] != b[1]:
                score = pair_score(b[2], b[3], a[2], a[3])
                if score is not None:
                    out.append((b[1], (a[1], a[0], score)))
    return out


def better_match(x: tuple[str, str, float], y: tuple[str, str, float]) -> tuple[str, str, float]:
    """Of two (earlier id, its input order, score) a page repeats: the higher score; on a tie the earlier page."""
    if x[2] != y[2]:
        return x if x[2] > y[2] else y
    return x if x[1] <= y[1] else y


def pair_score(sig_a: bytes, size_a: int, sig_b: bytes, size_b: int) -> float | None:
    """The store's near-duplicate score of page a against an earlier page b, or None below its thresholds."""
    jaccard = minhash.similarity(minhash.unpack(sig_a), minhash.unpack(sig_b))
    score = minhash.containment(jaccard, size_a, size_b) if size_b else jaccard
    return round(score, 3) if jaccard >= MIN_JACCARD and score >= NEAR_DUPLICATE else None


def source_groups(links: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Article id -> a representative of its group of near-duplicates (only articles that have one)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in parent}


# -- canonical entities ----------------------------------------------------------------------------

def name_keys(form: str, acronyms: bool = True) -> set[str]:
    """Block keys of one surface form: two forms `merge` could join share at least one.

    Acronym keys (initials of a long name, a name in capitals) only for places and organisations:
    `merge` matches acronyms to expansions of those types only."""
    keys: set[str] = set()
    words = form.split()
    for w in words:
        k = names.word_key(w)
        if not k:
            continue
        keys.add("w:" + k)
        if len(k) >= 5:  # a one-letter typo: the two words share a one-letter deletion
            keys.update("d:" + k[:i] + k[i + 1:] for i in range(len(k)))
        keys.add("d:" + k)
    place = names.place(form)
    if place:
        keys.add("p:" + place.name.lower())
    if acronyms and len(words) >= 2:
        keys.add("a:" + "".join(w[0] for w in words if w[:1].isupper()))
    if acronyms and form.isupper() and " " not in form:
        keys.add("a:" + form)
    return keys


def entity_keys(entity: Entity) -> set[str]:
    return set().union(*(name_keys(f, entity.type != "PER") for f in [entity.name, *entity.aliases]))


def cluster_key(cluster: dict) -> str | None:
    """One block key of a merged cluster: a word key of a member's name (every entity has its word keys)."""
    for alias in cluster["aliases"][1:] + cluster["aliases"][:1]:
        keys = sorted(k for k in name_keys(alias, False) if k.startswith("w:"))
        if keys:
            return keys[0]
    return None


class KeyBlocks:
    """Union-find over block keys: keys of one entity are one block."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(self, keys: Iterable[str]) -> None:
        roots = {self.find(k) for k in keys}
        if len(roots) > 1:
            top = min(roots)
            for r in roots:
                self.parent[r] = top

    def roots(self) -> dict[str, str]:
        return {k: self.find(k) for k in list(self.parent)}


def article_blocks(article: Article, root_of: dict[str, str]) -> set[str]:
    return {root_of[k] for e in article.entities for k in sorted(entity_keys(e))[:1] if k in root_of}


def merge_block(block: str, articles: list[Article], root_of: dict[str, str]) -> list[dict]:
    """`canonical.merge` over the articles of one block, keeping the clusters whose names are in it."""
    out = []
    for cluster in canonical.merge(articles):
        key = cluster_key(cluster)
        if key is not None and root_of.get(key) == block:
            cluster["id"] = f"{cluster['type'].lower()}:{canonical._slug(cluster['name'])}"  # suffixed globally
            out.append(cluster)
    return out


def order_key(cluster: dict) -> tuple:
    """The order of `linimasa entities` (merge's own), with a stable tie-break across blocks."""
    return (-cluster["mentions"], cluster["type"], cluster["name"], cluster["articles"][:1])


# -- timeline --------------------------------------------------------------------------------------

def canonical_events(article: Article, canon: dict[str, str]) -> Article:
    """A light copy of `article` for the timeline: its events with canonical participant names, no
    entities (so `build` keeps those names)."""
    from linimasa.timeline import _fold

    events = [Event(**{**ev.__dict__, "participants": list(dict.fromkeys(
        canon.get(_fold(p), p) for p in ev.participants))}) for ev in article.events]
    # the whole body and the quotes: a summary completes a quote that runs past its sentence
    return Article(source=article.source, id=article.id, title=article.title, body=article.body, events=events,
                   published=article.published, outlet=article.outlet, url=article.url, quotes=article.quotes)


def event_dates(article: Article) -> set[str]:
    return {ev.date.value[:10] for ev in article.events if ev.date}


def _links(articles: list[Article], groups: dict[str, str]) -> list[tuple[str, str, float]]:
    first: dict[str, str] = {}
    links = []
    for a in articles:
        g = groups.get(a.id)
        if g is not None:
            if g in first:
                links.append((a.id, first[g], 1.0))
            else:
                first[g] = a.id
    return links


def timeline_block(day: str, articles: list[Article], groups: dict[str, str]) -> list[dict]:
    """The timeline entries dated `day`, from the articles (in input order) with an event on it."""
    from linimasa.timeline import build

    timeline = build(articles, near_duplicates=_links(articles, groups), date_from=day, date_to=day)
    return [_asdict(e) for e in timeline.entries if e.date == day]


def undated_of(article: Article) -> list[dict]:
    from linimasa.timeline import build

    return [_asdict(u) for u in build([article]).undated]


def _asdict(entry) -> dict:
    from dataclasses import asdict

    return asdict(entry)


def timeline_from_rows(entries: list[dict], warnings: list[str]) -> Timeline:
    """A Timeline from `timeline_entries` rows (in position order) and the articles' warnings."""
    from linimasa.model import SourceRef, TimelineEntry, UndatedEntry

    timeline = Timeline(warnings=list(warnings))
    for r in entries:
        sources = [SourceRef(**s) for s in r["sources"] or []]
        if r["undated"]:
            timeline.undated.append(UndatedEntry(summary=r["summary"], hint=r["hint"],
                                                 participants=list(r["participants"] or []),
                                                 location=r["location"], sources=sources))
        else:
            timeline.entries.append(TimelineEntry(
                date=r["date"], precision=r["precision"], summary=r["summary"], type=r["type"],
                participants=list(r["participants"] or []), location=r["location"], sources=sources,
                background=bool(r["background"]), salience=r["salience"]))
    return timeline
