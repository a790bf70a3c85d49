"""Stories: the store's articles grouped into developing chains of events, incrementally as they arrive.

An article is described by three TF-IDF vectors (words of its title and lead, character n-grams of
its title and first lines, its canonical entity names) and by its days (its accepted publication
date and the days its text dates). In arrival order each article not yet placed is compared with
the few stories that share its most distinctive words or entities (an inverted index: the work per
article does not grow with the store) and joins the closest one when the similarity, discounted
by the distance in time, passes `JOIN`; otherwise it starts a story. Stories whose profiles come as
close as `MERGE` are merged afterwards. A background piece (an anniversary, a list of past
accidents) is near in time to its story through the days its text recalls, so it joins that story.

Decisions are kept in the store (`story_members`, `story_merges`): a later run only places the
new articles, so earlier stories keep their ids; a merged story's id keeps resolving to the survivor.
"""

from __future__ import annotations

import heapq
import json
import math
import re
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

JOIN = 0.08          # discounted similarity an article needs to join a story (dev mix: purity holds down to 0.05)
MERGE = 0.2          # similarity of two story profiles that makes them one story
MEMBERS_READ = 12    # articles of a story compared one by one with a story it may belong to
WEIGHTS = (0.45, 0.25, 0.30)  # words, character n-grams, entities
NEAR_DAYS = 10      # gaps up to this many days cost nothing
FLOOR = 0.45        # the discount never goes below this: a story may run for years (talks, trials)
UNKNOWN_TIME = 0.85  # discount when the article or the story has no day at all
KEYS = 30           # distinctive words per article used to find candidate stories (and ENTITY_KEYS entities)
ENTITY_KEYS = 8
POSTINGS = 40       # stories remembered per feature (the most recent)
CANDIDATES = 6      # stories scored in full per article
PROFILE = 300       # features kept per story profile and block
LEAD = 1200         # characters of body read for words
CHAR_LEAD = 400     # characters of body read for character n-grams
_WORD = re.compile(r"\w+")


@dataclass
class Item:
    """What story detection reads of one stored article."""

    article: str
    seq: int
    source: str
    title: str | None
    published: str | None
    text: str
    entities: dict[str, float]
    days: list[int]                        # ordinal days: publication date first, then dated events
    vectors: list[dict[int, float]] = field(default_factory=list)


@dataclass
class Story:
    id: str
    members: list[Item] = field(default_factory=list)
    profile: list[dict[int, float]] = field(default_factory=lambda: [{}, {}, {}])
    norms: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])  # squared norms, kept up to date
    first: int | None = None
    last: int | None = None

    def add(self, item: Item) -> None:
        self.members.append(item)
        for n, (block, vec) in enumerate(zip(self.profile, item.vectors, strict=True)):
            sq = self.norms[n]
            for k, v in vec.items():
                old = block.get(k, 0.0)
                block[k] = old + v
                sq += (old + v) ** 2 - old * old
            if len(block) > 3 * PROFILE:  # keep the profile small: its heaviest features say what the story is
                kept = dict(heapq.nlargest(PROFILE, block.items(), key=lambda kv: kv[1]))
                block.clear()
                block.update(kept)
                sq = sum(v * v for v in kept.values())
            self.norms[n] = sq
        day = _home_day(item)
        if day is not None:
            self.first = day if self.first is None else min(self.first, day)
            self.last = day if self.last is None else max(self.last, day)

    def absorb(self, other: Story) -> None:
        for item in other.members:
            self.add(item)


def _day(value: str | None) -> int | None:
    """Ordinal day of an ISO date; a month-precision date ("2021-06") counts as its middle day."""
    if not value or len(value) < 7:
        return None
    try:
        return date.fromisoformat(value[:10] if len(value) >= 10 else value[:7] + "-15").toordinal()
    except ValueError:
        return None


def _home_day(item: Item) -> int | None:
    """The day a story is at when this article joins: its publication day, else its first dated event."""
    return item.days[0] if item.days else None


def _fold(name: str) -> str:
    return " ".join(_WORD.findall(name.lower()))


# -- reading the store ---------------------------------------------------------------------------

def read_items(db) -> list[Item]:
    """Every stored article as an `Item`, in arrival order; reads columns and the events index, not the JSON."""
    entities: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for aid, name, mentions in db.execute("SELECT article_id, name, mentions FROM entities"):
        weight = 1 + math.log(max(1, mentions))
        folded = _fold(name)
        entities[aid][folded] += weight
        # the words of a name too, so "Bank Pesisir Nusantara" meets "PT Bank Pesisir Nusantara Tbk"
        # and "Sergei Ivanov" meets "Sergey Ivanov" without a cross-article entity merge
        for token in folded.split():
            if len(token) > 3 and not token.isdigit() and token != folded:
                entities[aid]["~" + token] += weight / 2
    event_days: dict[str, set[int]] = defaultdict(set)
    for aid, value, precision in db.execute("SELECT article_id, date, precision FROM events WHERE date IS NOT NULL"):
        if precision == "day" or (value and len(value) >= 10 and precision in ("hour", "minute")):
            d = _day(value)
            if d is not None:
                event_days[aid].add(d)
    items = []
    for seq, (aid, source, title, published, body) in enumerate(db.execute(
            "SELECT id, source, title, published, substr(body, 1, ?) FROM articles ORDER BY rowid", (LEAD,))):
        own = _day(published)
        days = ([own] if own is not None else []) + sorted(event_days.get(aid, set()) - {own})
        items.append(Item(article=aid, seq=seq, source=source, title=title, published=published,
                          text=body, entities=dict(entities.get(aid, {})), days=days))
    return items


# -- vectors -------------------------------------------------------------------------------------

def vectorize(items: list[Item]) -> None:
    """Fill `item.vectors`: sparse, L2-normalised TF-IDF blocks (words, character n-grams, entities)."""
    if not items:
        return
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer

    titles = [(it.title or "") for it in items]
    words = HashingVectorizer(analyzer="word", token_pattern=r"(?u)\b\w\w+\b", n_features=2 ** 20,
                              alternate_sign=False, norm=None)
    chars = HashingVectorizer(analyzer="char_wb", ngram_range=(4, 5), n_features=2 ** 20,
                              alternate_sign=False, norm=None)
    blocks = [
        words.transform(f"{t} {t} {it.text}" for t, it in zip(titles, items, strict=True)),
        chars.transform(f"{t} {it.text[:CHAR_LEAD]}" for t, it in zip(titles, items, strict=True)),
    ]
    ents = DictVectorizer().fit_transform(it.entities or {"": 0.0} for it in items)
    blocks.append(ents)
    keep = (80, 150, 25)  # features kept per article and block
    for n, block in enumerate(blocks):
        tfidf = TfidfTransformer(sublinear_tf=True).fit_transform(block).tocsr()
        ptr, indices, data = tfidf.indptr, tfidf.indices, tfidf.data
        for i, it in enumerate(items):
            idx, val = indices[ptr[i]:ptr[i + 1]], data[ptr[i]:ptr[i + 1]]
            if len(val) > keep[n]:
                top = np.argpartition(-val, keep[n])[:keep[n]]
                idx, val = idx[top], val[top]
            norm = float(np.sqrt((val ** 2).sum())) or 1.0
            # entity features are namespaced apart from hashed text features
            offset = (n + 1) << 21
            it.vectors.append({int(k) + offset: float(v) / norm for k, v in zip(idx, val, strict=True)})


def _cosine(vec: dict[int, float], profile: dict[int, float], squared_norm: float | None = None) -> float:
    if not vec or not profile:
        return 0.0
    get = profile.get
    dot = sum(v * get(k, 0.0) for k, v in vec.items())
    if not dot:
        return 0.0
    if squared_norm is None:
        squared_norm = sum(v * v for v in profile.values())
    return dot / math.sqrt(squared_norm) if squared_norm > 0 else 0.0


def similarity(item: Item, story: Story) -> float:
    """Weighted cosines against the story's profile, discounted by the distance in time. Shared entities
    are discounted less than shared wording: the same people years apart are more often one story
    (talks, a trial) than the same words are."""
    discount = time_discount(item.days, story.first, story.last)
    words, chars, ents = (w * _cosine(vec, block, sq) for w, vec, block, sq in
                          zip(WEIGHTS, item.vectors, story.profile, story.norms, strict=True))
    return (words + chars) * discount + ents * math.sqrt(discount)


def time_discount(days: list[int], first: int | None, last: int | None) -> float:
    if not days or first is None or last is None:
        return UNKNOWN_TIME
    gap = min(0 if first <= d <= last else min(abs(d - first), abs(d - last)) for d in days)
    if gap <= NEAR_DAYS:
        return 1.0
    return max(FLOOR, 1.0 - 0.14 * math.log2(gap / NEAR_DAYS))


def _keys(item: Item) -> list[int]:
    """The article's most distinctive features: where its candidate stories are looked up."""
    words, names = item.vectors[0], item.vectors[2]
    out = heapq.nlargest(KEYS, words, key=lambda k: words[k])
    out += heapq.nlargest(ENTITY_KEYS, names, key=lambda k: names[k])
    return out


# -- detection -----------------------------------------------------------------------------------

class Detector:
    """Incremental single-pass clustering with an inverted index from distinctive features to stories."""

    def __init__(self) -> None:
        self.stories: dict[str, Story] = {}
        self.of: dict[str, str] = {}            # article id -> story id
        self.index: dict[int, list[str]] = defaultdict(list)
        self.changed: set[str] = set()
        self.merged: dict[str, str] = {}         # merged story id -> the story it went into

    def _post(self, item: Item, story_id: str) -> None:
        for key in _keys(item):
            posting = self.index[key]
            if story_id in posting:
                posting.remove(story_id)
            posting.append(story_id)
            if len(posting) > POSTINGS:
                del posting[0]

    def put(self, item: Item, story_id: str) -> None:
        """Place an article in a story (known from an earlier run, or decided now)."""
        story = self.stories.get(story_id)
        if story is None:
            story = self.stories[story_id] = Story(story_id)
        story.add(item)
        self.of[item.article] = story_id
        self._post(item, story_id)

    def candidates(self, item: Item, exclude: str | None = None) -> list[str]:
        votes: Counter = Counter()
        for key in _keys(item):
            for sid in self.index.get(key, ()):
                sid = self.resolve(sid)
                if sid != exclude:
                    votes[sid] += 1
        return [sid for sid, _n in votes.most_common(CANDIDATES)]

    def resolve(self, story_id: str) -> str:
        while story_id not in self.stories and story_id in self.merged:
            story_id = self.merged[story_id]
        return story_id

    def place(self, item: Item) -> tuple[str, float]:
        best, score = None, 0.0
        for sid in self.candidates(item):
            s = similarity(item, self.stories[sid])
            if s > score:
                best, score = sid, s
        if best is None or score < JOIN:
            best, score = story_id_for(item), 1.0
        self.put(item, best)
        self.changed.add(best)
        return best, score

    def merge_pass(self) -> list[tuple[str, str]]:
        """Merge changed stories into close older ones; returns (merged, into) pairs."""
        done = []
        for sid in sorted(self.changed, key=lambda s: self.stories[s].members[0].seq if s in self.stories else 0):
            if sid not in self.stories:
                continue
            story = self.stories[sid]
            pseudo = Item(article="", seq=0, source="", title=None, published=None, text="", entities={},
                          days=[d for d in (story.first, story.last) if d is not None],
                          vectors=[_unit(b) for b in story.profile])
            best, score, joins = None, 0.0, False
            for other in self.candidates(pseudo, exclude=sid):
                if other not in self.stories:
                    continue
                s = similarity(pseudo, self.stories[other])
                # a story no bigger than the other whose articles, on average, would each have joined it on
                # arrival is part of it: which of two near stories an article met first should not decide
                j = (1 < len(story.members) <= len(self.stories[other].members) and JOIN <= s < MERGE
                     and _members_join(story, self.stories[other]))
                if (j, s) > (joins, score):
                    best, score, joins = other, s, j
            # a lone article that came before its story had formed joins it now, as it would have on arrival
            need = JOIN if len(story.members) == 1 else MERGE
            if best is not None and (score >= need or joins):
                keep, gone = sorted((best, sid), key=lambda s: self.stories[s].members[0].seq)
                self.stories[keep].absorb(self.stories.pop(gone))
                for item in self.stories[keep].members:
                    self.of[item.article] = keep
                    self._post(item, keep)
                self.merged[gone] = keep
                done.append((gone, keep))
        return done


def _members_join(story: Story, other: Story) -> bool:
    """Would the story's articles (its latest MEMBERS_READ), on average, pass `JOIN` against the other story?"""
    sample = story.members[-MEMBERS_READ:]
    return sum(similarity(item, other) for item in sample) / len(sample) >= JOIN


def _unit(block: dict[int, float]) -> dict[int, float]:
    top = dict(heapq.nlargest(PROFILE, block.items(), key=lambda kv: kv[1]))  # as Counter.most_common
    norm = math.sqrt(sum(v * v for v in top.values())) or 1.0
    return {k: v / norm for k, v in top.items()}


def story_id_for(item: Item) -> str:
    """A story is named after the article that started it: stable across runs and stores."""
    return f"s-{item.article}"


# -- the store's stories -------------------------------------------------------------------------

def update(store) -> Detector:
    """Place the articles not yet in a story, merge what came together, and save the decisions."""
    db = store.db
    items = read_items(db)
    vectorize(items)
    known = dict(_rows(db, "SELECT article_id, story_id FROM story_members"))
    merged = dict(_rows(db, "SELECT story_id, merged_into FROM story_merges"))
    det = Detector()
    det.merged.update(merged)
    for item in items:
        if item.article in known:
            det.put(item, det.resolve(known[item.article]))
    new = []
    for item in items:
        if item.article not in known:
            sid, score = det.place(item)
            new.append((item.article, score))
    merges = det.merge_pass()
    if not new and not merges:
        return det
    try:
        with db:
            db.executemany("INSERT OR REPLACE INTO story_merges (story_id, merged_into) VALUES (?,?)", merges)
            db.executemany("INSERT OR REPLACE INTO story_members (article_id, story_id, score) VALUES (?,?,?)",
                           [(aid, det.of[aid], round(score, 4)) for aid, score in new])
            if merges:
                db.executemany("UPDATE story_members SET story_id=? WHERE story_id=?", [(k, g) for g, k in merges])
    except sqlite3.OperationalError as exc:
        if "readonly" not in str(exc) and "no such table" not in str(exc):
            raise
        # a read-only store (the web app's default): the new placements hold for this answer only
    return det


def _rows(db, sql: str) -> list:
    """Rows of a story table; none in a read-only store made before stories existed (not migrated)."""
    try:
        return db.execute(sql).fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return []
        raise


def resolve(store, story_id: str) -> str | None:
    """The current id of a story (following merges), or None when the store has no such story."""
    merged = dict(_rows(store.db, "SELECT story_id, merged_into FROM story_merges"))
    seen = set()
    while story_id in merged and story_id not in seen:
        seen.add(story_id)
        story_id = merged[story_id]
    row = store.db.execute("SELECT 1 FROM story_members WHERE story_id=? LIMIT 1", (story_id,)).fetchone()
    return story_id if row else None


def members(store, story_id: str) -> list[str]:
    return [r[0] for r in store.db.execute(
        "SELECT m.article_id FROM story_members m JOIN articles a ON a.id = m.article_id"
        " WHERE m.story_id=? ORDER BY a.rowid", (story_id,))]


def describe(det: Detector, top_entities: int = 8) -> list[dict]:
    """The JSON contract: one object per story, biggest and latest first."""
    out: list[dict[str, Any]] = []
    for sid, story in det.stories.items():
        counts: Counter = Counter()
        for item in story.members:
            counts.update(k for k in item.entities if not k.startswith("~"))  # name words are features only
        centre = [_unit(b) for b in story.profile]
        rep = max(story.members, key=lambda it: (bool(it.title), sum(
            w * sum(v * c.get(k, 0.0) for k, v in vec.items())
            for w, vec, c in zip(WEIGHTS, it.vectors, centre, strict=True))))
        published = sorted(it.published for it in story.members if it.published)
        articles = sorted(story.members, key=lambda it: (it.published is None, it.published or "", it.seq))
        out.append({
            "id": sid, "title": rep.title,
            "first": published[0][:10] if published else None, "last": published[-1][:10] if published else None,
            "entities": [n for n, c in counts.most_common(top_entities) if n and c >= min(2, len(story.members))],
            "articles": [{"article": it.article, "source": it.source, "title": it.title,
                          "published": it.published} for it in articles],
            "size": len(story.members)})
    out.sort(key=lambda s: (-s["size"], s["first"] or "9999", s["id"]))
    return out


def entity_display(store) -> dict[str, str]:
    """Folded entity name -> its most frequent written form, for the stories' `entities` lists."""
    forms: dict[str, Counter] = defaultdict(Counter)
    for (name,) in store.db.execute("SELECT name FROM entities"):
        forms[_fold(name)][name] += 1
    return {k: c.most_common(1)[0][0] for k, c in forms.items()}


def stories(store) -> list[dict]:
    det = update(store)
    shown = entity_display(store)
    out = describe(det)
    for s in out:
        s["entities"] = [shown.get(n, n) for n in s["entities"]]
    return out


list_stories = stories  # the web app's name for it


def to_json(items: list[dict]) -> str:
    return json.dumps(items, ensure_ascii=False, indent=2)
