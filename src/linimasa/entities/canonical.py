"""Cross-article canonicalisation: merge the per-article entities of many articles into canonical entities.

People join on the same name up to transliteration (Sergei/Sergey, Anthony/Antony); a surname typo
("Santosa") or a bare surname joins a full name only when unambiguous or when the context agrees (a shared
role or co-occurring entities). Two full names with different first names never join. Places join through
the gazetteer (AS = Amerika Serikat, Jenewa = Geneva); organisations on their folded name or alias.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from linimasa.entities import names
from linimasa.lang.id import roles
from linimasa.model import Article, Entity


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _as_article(a: Article | dict) -> Article:
    return a if isinstance(a, Article) else Article.from_dict(a)


def _alias_key(ent: Entity, alias: str) -> str:
    if ent.type == "LOC":
        place = names.place(alias)
        if place:
            return "place:" + place.name.lower()
    if ent.type == "ORG":
        # "PT Pertamina (Persero)", "PT Pertamina", "Pertamina": one company whatever its legal form
        return " ".join(names.strip_legal_form(names.fold(alias).split()))
    return names.fold(alias)


def _role_key(role: str | None) -> str:
    return " ".join(names.fold(role).split()) if role else ""


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", names.fold(name)).strip("-") or "x"


def merge(articles: Iterable[Article | dict]) -> list[dict[str, Any]]:
    """Canonical entities over `articles`: {"id","name","type","aliases","roles","mentions","articles"}."""
    return merge_groups((art.id, art.entities) for art in map(_as_article, articles))


def merge_groups(groups: Iterable[tuple[str, list[Entity]]], *, copy: bool = True) -> list[dict[str, Any]]:
    """`merge` over (article id, its entities) pairs: what the store feeds from its entity rows, without
    reading whole articles. Only the number of an entity's mentions is used, never the mentions themselves.
    copy=False when the entities are the caller's own throw-away objects: the type vote edits them."""
    items: list[tuple[str, Entity]] = []
    context: dict[str, set[str]] = {}  # article id -> alias keys of its entities, for context agreement
    for aid, ents in groups:
        for ent in ents:
            items.append((aid, replace(ent) if copy else ent))  # a copy: the type vote must not edit an article
        context[aid] = {_alias_key(e, e.name) for e in ents}
    # one name, one type across the store: the type most of its mentions have
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for _aid, ent in items:
        votes[names.fold(ent.name)][ent.type] += max(1, len(ent.mentions))
    for _aid, ent in items:
        v = votes[names.fold(ent.name)]
        if len(v) > 1 and not (ent.type == "LOC" and names.place(ent.name)):
            ent.type = max(v, key=lambda t: (v[t], t))
    # a "person" named like a place without its head ("Poto Tano" beside "Pelabuhan Poto Tano") is that place
    headless = {names.fold(" ".join(e.name.split()[1:])): e.type for _a, e in items
                if e.type != "PER" and len(e.name.split()) >= 2 and e.name.split()[0].lower() in roles.PLACE_HEADS}
    for _aid, ent in items:
        if ent.type == "PER" and names.fold(ent.name) in headless:
            ent.type = headless[names.fold(ent.name)]
    uf = _UnionFind(len(items))

    # places and organisations: any shared alias key joins
    by_key: dict[tuple[str, str], int] = {}
    for i, (_aid, ent) in enumerate(items):
        if ent.type == "PER":
            continue
        for alias in [ent.name, *ent.aliases]:
            k = (ent.type, _alias_key(ent, alias))
            if k in by_key:
                uf.union(by_key[k], i)
            else:
                by_key[k] = i

    _merge_people(items, uf, context)
    _merge_short_forms(items, uf)
    _merge_nicknames(items, uf)

    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        clusters[uf.find(i)].append(i)
    out: list[dict[str, Any]] = []
    for members in clusters.values():
        ents = [items[i][1] for i in members]
        weight: Counter[str] = Counter()
        for e in ents:
            weight[e.name] += max(1, len(e.mentions))
        typ = ents[0].type
        name = max(weight, key=lambda n: (len(n.split()) > 1 if typ == "PER" else 0, weight[n], len(n)))
        if typ == "LOC":
            place = names.place(name)
            name = place.name if place else name
        aliases = list(dict.fromkeys([name] + [a for e in ents for a in [e.name, *e.aliases]]))
        role_counts: Counter[str] = Counter()
        role_text: dict[str, str] = {}
        for e in ents:
            if e.role:
                role_counts[_role_key(e.role)] += 1
                role_text.setdefault(_role_key(e.role), e.role)
        out.append({
            "id": f"{typ.lower()}:{_slug(name)}",
            "name": name,
            "type": typ,
            "aliases": aliases,
            # most attested first; on a tie the fuller role ("Presiden AS" before "Presiden")
            "roles": [role_text[k] for k in sorted(role_counts, key=lambda r: (-role_counts[r], -len(r)))],
            "mentions": sum(len(e.mentions) for e in ents),
            "articles": sorted({items[i][0] for i in members}),
        })
    out.sort(key=lambda d: (-d["mentions"], d["type"], d["name"]))
    # an alias names one canonical entity: the one it is the name of, else the most mentioned one holding it
    owner: dict[str, dict] = {}
    for d in out:
        owner.setdefault(names.fold(d["name"]), d)
    for d in out:
        for a in d["aliases"]:
            owner.setdefault(names.fold(a), d)
    for d in out:
        d["aliases"] = [a for a in d["aliases"] if owner[names.fold(a)] is d or a == d["name"]]
    seen: Counter[str] = Counter()
    for d in out:  # two different people with one slug keep distinct ids
        seen[d["id"]] += 1
        if seen[d["id"]] > 1:
            d["id"] += f"-{seen[d['id']]}"
    return out


def _merge_nicknames(items: list[tuple[str, Entity]], uf: _UnionFind) -> None:
    """"Jokowi" of one article joins "Joko Widodo" of another: the nickname table's full name is in the store."""
    from linimasa.entities import nickname_target

    full: dict[str, int] = {}
    for i, (_aid, ent) in enumerate(items):
        if ent.type == "PER":
            full.setdefault(names.fold(ent.name), i)
    for i, (_aid, ent) in enumerate(items):
        if ent.type == "PER" and (hit := nickname_target(ent)) is not None and names.fold(hit[0]) in full:
            uf.union(full[names.fold(hit[0])], i)


REPRESENTATIVES = 50  # mentions per full-name cluster consulted when a bare name must choose between clusters


def _merge_people(items: list[tuple[str, Entity]], uf: _UnionFind, context: dict[str, set[str]]) -> None:
    people = [i for i, (_a, e) in enumerate(items) if e.type == "PER"]
    full = [i for i in people if len(items[i][1].name.split()) >= 2]
    single = [i for i in people if len(items[i][1].name.split()) == 1]

    def agree(i: int, j: int) -> bool:
        (ai, ei), (aj, ej) = items[i], items[j]
        if ei.role and ej.role and _role_key(ei.role) == _role_key(ej.role):
            return True
        shared = (context.get(ai, set()) & context.get(aj, set())) - {_alias_key(ei, ei.name), _alias_key(ej, ej.name)}
        return len(shared) >= 2

    # 1. the same full name up to transliteration; a surname typo only when the context agrees
    by_name: dict[tuple[str, ...], int] = {}
    for i in full:
        k = names.name_key(items[i][1].name)
        if k in by_name:
            uf.union(by_name[k], i)
        else:
            by_name[k] = i
    # a full-name alias an article already merged ("Hendrawan Sukmajaya" inside a longer form) joins too
    for i in full:
        for alias in items[i][1].aliases:
            k = names.name_key(alias)
            if len(k) >= 2 and k in by_name and alias != items[i][1].name:
                uf.union(by_name[k], i)
    by_given: dict[tuple[str, ...], list[tuple[str, int]]] = defaultdict(list)
    for k, i in by_name.items():
        by_given[k[:-1]].append((k[-1], i))
    for group in by_given.values():
        # the pairs that can be similar, found through their spelling variants rather than every pair: one
        # given name ("Muhammad") can come with thousands of surnames. Which pairs join does not depend on the
        # order they are tried in, and neither do the clusters (a root is always its cluster's first item).
        index = _Variants()
        for x, (la, _i) in enumerate(group):
            index.add(la, x)
        for x, y in index.pairs():
            (la, i), (lb, j) = group[x], group[y]
            if names.similar_words(la, lb) and agree(i, j):
                uf.union(i, j)

    # 1a. a familiar given name ("Benny Harjono" / "Benediktus Hardjono"): the same surname and the same office
    # in a role of two words or more, and given names that open alike - never a shared surname alone
    by_role: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for k, i in by_name.items():
        role = _role_key(items[i][1].role)
        if len(k) == 2 and len(role.split()) >= 2:
            by_role[(role, k[1])].append((k[0], i))
    for group in by_role.values():
        for x, (ga, i) in enumerate(group):
            for gb, j in group[x + 1:]:
                if len(ga) >= 3 and len(gb) >= 3 and ga[:3] == gb[:3]:
                    uf.union(i, j)

    # 1b. long names with the same first and last word: middle words may vary by one letter ("Lalu Muhammad
    # Rizaldi" / "Lalu Mohammad Rizaldi"); a two-word "first last" form joins when only one long name fits
    by_ends: dict[tuple[str, str], list[tuple[tuple[str, ...], int]]] = defaultdict(list)
    for k, i in by_name.items():
        if len(k) >= 3:
            by_ends[(k[0], k[-1])].append((k, i))
    for same_ends in by_ends.values():
        for x, (ka, i) in enumerate(same_ends):
            for kb, j in same_ends[x + 1:]:
                if len(ka) == len(kb) and all(names.similar_words(a, b) for a, b in zip(ka[1:-1], kb[1:-1], strict=True)):
                    uf.union(i, j)
    for k, i in by_name.items():
        if len(k) == 2:
            targets = {uf.find(j) for _kb, j in by_ends.get((k[0], k[1]), ())}
            if len(targets) == 1:
                uf.union(i, targets.pop())

    # 2. a bare name joins the one full-name cluster with that surname (or first name); several -> context decides
    # indexes instead of a scan of every full name per bare name: the store can hold millions of mentions
    by_word: dict[str, list[int]] = defaultdict(list)
    by_surname: dict[str, list[int]] = defaultdict(list)
    for j in full:
        for w in set(names.name_key(items[j][1].name)):
            by_word[w].append(j)
        by_surname[items[j][1].name.split()[-1]].append(j)
    similar: dict[str, list[int]] = {}
    surnames = _Variants()  # the surnames a bare name may be a typo of, found by spelling variant
    surname_list = list(by_surname)
    for n, last in enumerate(surname_list):
        surnames.add(last, n)
    # Per candidate list: a few members of each full-name cluster it reaches. Roots are found again from
    # these (unions only join roots), so a surname shared by thousands of mentions costs the same each time.
    reps: dict[tuple[bool, str], list[int]] = {}
    for i in single:
        w = items[i][1].name
        exact_js = by_word.get(names.word_key(w), [])
        if not exact_js and w not in similar:
            similar[w] = [j for n in surnames.near(w) if names.similar_words(surname_list[n], w)
                          for j in by_surname[surname_list[n]]]
        key = (bool(exact_js), names.word_key(w) if exact_js else w)
        if key not in reps:
            per_root: dict[int, list[int]] = defaultdict(list)
            for j in exact_js or similar[w]:
                if len(per_root[uf.find(j)]) < REPRESENTATIVES:
                    per_root[uf.find(j)].append(j)
            reps[key] = [j for members in per_root.values() for j in members]
        js = reps[key]
        cands = {uf.find(j) for j in js}
        if not cands:
            continue
        if len(cands) == 1 and (exact_js or any(agree(i, j) for j in js)):
            uf.union(i, next(iter(cands)))
            continue
        agreeing = {uf.find(j) for j in js if agree(i, j)}
        if len(agreeing) == 1:
            uf.union(i, next(iter(agreeing)))
    # 3. bare names among themselves: same spelling key
    by_single: dict[str, int] = {}
    full_roots = {uf.find(k) for k in full}  # kept up to date below: recomputing it per pair was quadratic
    for i in single:
        spelling = names.word_key(items[i][1].name)
        if spelling in by_single:
            ri, rj = uf.find(i), uf.find(by_single[spelling])
            if ri == rj or not (ri in full_roots and rj in full_roots):
                uf.union(by_single[spelling], i)
                if ri in full_roots or rj in full_roots:
                    full_roots.add(uf.find(i))
        else:
            by_single[spelling] = i


class _Variants:
    """Words indexed by their spelling key and its one-letter deletions: two words that `names.similar_words`
    calls alike (the same key, or keys one edit apart) share one of these, so only words that do are compared."""

    def __init__(self) -> None:
        self.by: dict[str, list[int]] = defaultdict(list)

    @staticmethod
    def _variants(word: str) -> set[str]:
        k = names.word_key(word)
        return {k} | ({k[:i] + k[i + 1:] for i in range(len(k))} if len(k) >= 5 else set())

    def add(self, word: str, n: int) -> None:
        for v in self._variants(word):
            self.by[v].append(n)

    def near(self, word: str) -> list[int]:
        """Numbers of the added words that may be similar to `word`, in the order they were added."""
        return sorted({n for v in self._variants(word) for n in self.by.get(v, ())})

    def pairs(self) -> list[tuple[int, int]]:
        """(x, y), x < y, of the added words that may be similar, in the order of a scan of every pair."""
        out: set[tuple[int, int]] = set()
        for ns in self.by.values():
            for a, x in enumerate(ns):
                out.update((x, y) for y in ns[a + 1:] if x != y)
        return sorted(out)


def _merge_short_forms(items: list[tuple[str, Entity]], uf: _UnionFind) -> None:
    """Places and organisations: "Kayangan" joins "Pelabuhan Kayangan", "PT Arunika" joins "PT Arunika Lintas
    Samudra", when exactly one longer name fits."""
    from linimasa.entities import _short_form_of

    longer: dict[tuple[str, tuple[str, ...]], set[int]] = defaultdict(set)
    for j, (_a, e) in enumerate(items):
        words = e.name.split()
        if e.type == "PER" or len(words) < 2:
            continue
        # every short form this name has: without its head, and each leading part of two words or more
        for cand in [words[1:]] + [words[:k] for k in range(2, len(words))]:
            if _short_form_of(cand, words):
                longer[(e.type, tuple(cand))].add(j)
    # Each key's longer names as the clusters they already form: a name in thousands of articles is one root
    # here, not thousands of members to look up again for every short form (that made this quadratic).
    longer_roots = {k: {uf.find(j) for j in js} for k, js in longer.items()}
    for i, (_a, e) in enumerate(items):
        if e.type == "PER":
            continue
        targets = {uf.find(r) for r in longer_roots.get((e.type, tuple(e.name.split())), ())}
        if len(targets) == 1:
            uf.union(i, targets.pop())
    # acronyms across articles: "KNKT" and "Komite Nasional Keselamatan Transportasi", when only one fits
    expansions: dict[tuple[str, str], set[int]] = defaultdict(set)
    for j, (_a, e) in enumerate(items):
        words = e.name.split()
        if e.type != "PER" and len(words) >= 2:
            expansions[(e.type, "".join(w[0] for w in words if w[:1].isupper()))].add(j)
    expansion_roots = {k: {uf.find(j) for j in js} for k, js in expansions.items()}
    for i, (_a, e) in enumerate(items):
        if e.type != "PER" and e.name.isupper() and " " not in e.name and not names.place(e.name):
            targets = {uf.find(r) for r in expansion_roots.get((e.type, e.name), ())}
            if len(targets) == 1:
                uf.union(i, targets.pop())

