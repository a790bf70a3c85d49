"""Rule layer over the CRF where news language is regular: appositions, honorifics, speech cues, org heads."""

from __future__ import annotations

from linimasa.entities import gazetteer, lexicon
from linimasa.entities.conll import spans
from linimasa.lang.id import roles


def _is_name_word(w: str) -> bool:
    return w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() and w.lower() not in roles.ROLE_HEADS and w.lower() not in roles.HONORIFICS


def _set(tags: list[str], s: int, e: int, typ: str) -> None:
    for k in range(s, e):
        tags[k] = ("B-" if k == s else "I-") + typ


def strip_cue_words(words: list[str], tags: list[str]) -> None:
    """A capitalised cue at sentence start is not part of the name: "[Menurut] Wibowo", "[Kata] Budi"."""
    for s, e, typ in spans(tags):
        if typ == "PER" and e - s >= 2 and words[s].lower() in roles.PERSON_CUES_BEFORE:
            tags[s] = "O"
            _set(tags, s + 1, e, "PER")


def split_place_person(words: list[str], tags: list[str]) -> None:
    """"Presiden [AS Joe Biden]" tagged as one span: split the leading country/city from the person."""
    places = gazetteer.places()
    first = gazetteer.first_names()
    for s, e, _typ in spans(tags):
        for k in range(e - 1, s, -1):
            if " ".join(words[s:k]).lower() in places and words[k].lower() in first and all(
                    _is_name_word(w) for w in words[k:e]):
                _set(tags, s, k, "LOC")
                _set(tags, k, e, "PER")
                break


def speech_cue_person(words: list[str], tags: list[str]) -> None:
    """An untagged capitalised name right after a speech verb is a person: "..., kata Budi Santoso."."""
    n = len(words)
    for i in range(n - 1):
        if words[i].lower() in roles.SPEECH_CUES_BEFORE_NAME and tags[i + 1] == "O" and _is_name_word(words[i + 1]):
            if words[i + 1].lower() in gazetteer.places():
                continue
            j = i + 1
            while j < n and tags[j] == "O" and _is_name_word(words[j]) and j - i <= 3:
                j += 1
            _set(tags, i + 1, j, "PER")


def surname_particle(words: list[str], tags: list[str]) -> None:
    """A surname used alone keeps its particles: "jenazah [van Dyk]", not "jenazah van [Dyk]"."""
    for s, e, typ in spans(tags):
        if typ != "PER":
            continue
        k = s
        while k > 0 and s - k < 2 and tags[k - 1] == "O" and words[k - 1] in roles.NAME_PARTICLES:
            k -= 1
        if k < s:
            _set(tags, k, e, "PER")


def coordinated_person(words: list[str], tags: list[str]) -> None:
    """A lone name joined by "dan" to a full name is a person too: "pasangan [Liam] dan [Grace Holloway]"."""
    for s, e, typ in spans(tags):
        if typ != "PER" or e - s < 2 or s < 2 or words[s - 1] != "dan" or tags[s - 2] != "O":
            continue
        w = words[s - 2]
        if (w[1:].islower() and w.isalpha() and _is_name_word(w) and not lexicon.ordinary(w)
                and w.lower() not in gazetteer.places() and (s < 3 or not words[s - 3][:1].isupper())):
            tags[s - 2] = "B-PER"


# lower-case words inside foreign organisation names ("Bank of America", "Universidad de Chile")
_FOREIGN_JOINERS = frozenset("of the for and de del la le du des van der von di da al el y".split())


def tidy_org_spans(words: list[str], tags: list[str]) -> None:
    """Organisation spans the CRF ran too far: a list ("[TNI AL], [Polda NTB]" is two names, but "Samudra Lestari,
    Ltd" is one), a rank ending the span ("Polda NTB [Kombes Pol.]" is the person's), and a unit after a
    number ("1.150 [GT]"), a lower-case description opening it ("[kantor berita] Kyodo"), a score closing it
    ("Sriwijaya Muda FC [2] - 1"), a role opening it before an organisation head ("[Ekonom] Universitas Indonesia")."""
    for s, e, typ in spans(tags):
        if typ != "ORG":
            continue
        if e - s == 1 and s > 0 and words[s].lower() in roles.MEASURE_UNITS and words[s - 1][:1].isdigit():
            tags[s] = "O"
            continue
        while e - s >= 2 and words[s].lower() in roles.ROLE_HEADS and words[s].lower() not in roles.ORG_HEADS \
                and words[s + 1][:1].isupper() and words[s + 1].lower() in roles.ORG_HEADS:
            tags[s] = "O"  # "[Ekonom] Universitas Indonesia": the person's role, then the body
            s += 1
            _set(tags, s, e, "ORG")
        low = [k for k in range(s, e - 1) if words[k].isalpha() and words[k].islower()
               and words[k] not in roles.ORG_NAME_JOINERS and words[k] not in _FOREIGN_JOINERS]
        if low and words[low[-1] + 1][:1].isupper():
            for k in range(s, low[-1] + 1):
                tags[k] = "O"
            s = low[-1] + 1
            _set(tags, s, e, "ORG")
        if e - s >= 2 and words[e - 1].isdigit() and e + 1 < len(words) and words[e] in "-–:" \
                and words[e + 1].isdigit():
            tags[e - 1] = "O"  # "Sriwijaya Muda FC [2] - 1": the score, not the club
            e -= 1
        if e - s == 1 and s > 0 and words[s - 1].lower() in roles.RANKS and words[s].lower() in roles.RANK_CONTINUATIONS \
                and e < len(words) and tags[e] == "B-PER":
            tags[s] = "O"  # "Letjen [TNI] Suharyanto": the corps of the rank, not an organisation mention
            continue
        r = next((k for k in range(s + 1, e) if words[k].lower() in roles.RANKS and all(
            w.lower() in roles.RANK_CONTINUATIONS for w in words[k + 1:e])), e)
        for k in range(r, e):
            tags[k] = "O"
        first_comma = next((k for k in range(s, r) if words[k] == ","), None)
        enumerated = first_comma is not None and _enumeration_tail(words[first_comma:r])
        start = s
        for k in range(s, r + 1):
            if k == r or (words[k] == "," and (k + 1 == r or words[k + 1].lower().strip(".") not in roles.LEGAL_SUFFIXES)
                          and not enumerated):
                if start < k and words[start].lower() in roles.ORG_NAME_JOINERS:
                    tags[start] = "O"  # ", dan Basarnas": the list's "dan" is no part of the last name
                    start += 1
                if k > start:
                    _set(tags, start, k, "ORG")
                if k < r:
                    tags[k] = "O"
                start = k + 1


def apposition(words: list[str], tags: list[str]) -> None:
    """"Menteri Luar Negeri Rusia Andi Wibowo": role words O, the place LOC (acronym ORG), the name PER."""
    n = len(words)
    places = gazetteer.places()
    first = gazetteer.first_names()
    i = 0
    while i < n:
        if words[i].lower() not in roles.ROLE_HEADS:
            i += 1
            continue
        j = i + 1
        while j < n and (words[j].lower() in roles.ROLE_HEADS or words[j].lower() in roles.ROLE_CONTINUATIONS):
            if words[j][:1].isupper() and words[j].lower() in roles.ORG_HEADS:
                break  # "Kepala [Badan Pusat Statistik] ...": an organisation inside the role
            if tags[j] == "B-LOC" and words[j][:1].isupper() and words[j].lower() in roles.PLACE_HEADS:
                break  # "Warga [Kabupaten Sipirok Hulu]": the CRF starts a place where the role ends
            j += 1
        k, kind = j, None
        for m in range(min(n, j + 3), j, -1):
            phrase = " ".join(words[j:m]).lower()
            if words[j][:1].isupper() and (phrase in places or phrase in gazetteer.domestic_places()):
                k, kind = m, "LOC"
                break
        if (kind is None and j < n and words[j].isupper() and words[j].isalpha() and 2 <= len(words[j]) <= 5
                and words[j].lower() not in roles.LEGAL_FORMS):  # "PT" opens a company name, not an acronym
            k, kind = j + 1, "ORG"
        elif kind is None and j < n and words[j][:1].isupper() and words[j].lower() in roles.ORG_HEADS:
            # "Kepala [Badan Pusat Statistik] Margo Santoso": the organisation, then the name at the end of
            # the capitalised run: where the CRF starts a person, else the trailing words that are not ordinary
            r = j + 1
            while r < n and r - j < 9 and words[r][:1].isupper() and words[r].replace("-", "").isalnum():
                r += 1
            found = next((t for t in range(j + 1, r) if tags[t] == "B-PER"), None)
            if found is not None:
                k = found
            else:
                k = r
                while k - 1 > j and r - (k - 1) <= 3 and not lexicon.ordinary(words[k - 1]) and not words[k - 1].isupper():
                    k -= 1
                # a given name opening two trailing words or more is where the name starts ("Surabaya [Wulan]
                # Pertiwi"); a given name used as the last word is a surname ("Wening [Astuti]")
                k = next((t for t in range(k, r - 1) if words[t].lower() in first), k)
            kind = "ORG" if j < k < r else None
            k = k if kind else j
            if tags[j] == "B-ORG" and all(t == "I-ORG" for t in tags[j + 1:r]) and not (
                    kind and words[k].lower() in first):
                i = r  # the CRF read the whole run as one organisation, and no given name says otherwise
                continue
        m = k
        while m < n and m - k < 4 and _is_name_word(words[m]) and (m > k or not lexicon.ordinary(words[m]) or words[m].lower() in first):
            m += 1
        # only where the CRF already saw a person here, or the name opens with a known given name
        if (m == k or gazetteer.kind_of(" ".join(words[k:m])) or tags[i].startswith("I-")
                or words[k].lower() in roles.PLACE_HEADS
                or not (any(t.endswith("PER") for t in tags[i:m]) or words[k].split("-")[0].lower() in first
                        or (words[i][:1].isupper() and m - k >= 2 and not any(
                            lexicon.ordinary(w) or len(w) < 3 or w.isupper() for w in words[k:m])))):
            i = max(j, i + 1)
            continue
        if m < n and words[m][:1].isupper() and words[m].isalpha():
            i = m  # the capitalised run goes on: not a plain role + name
            continue
        p = next((t for t in range(k + 1, m) if tags[t] == "B-PER"), None)
        if kind is None and p is not None and all(t == "O" for t in tags[k:p]) and any(
                words[t].lower() in roles.REGION_ROLE_HEADS for t in range(i, j)):
            k, kind = p, "LOC"  # "Wakil Bupati [Lembah Hijau] Marlina Lubis": the CRF's person start after the region
        for t in range(i, j):
            tags[t] = "O"
        if kind:
            _set(tags, j, k, kind)
        _set(tags, k, m, "PER")
        i = m


def known_organisations(words: list[str], tags: list[str]) -> None:
    """Listed organisations and news agencies ("NATO", "Reuters", "Kremlin") left untagged or tagged as a
    person's first word ("kritikus [Kremlin Alexei Navalny]")."""
    for s, e, kind in gazetteer.match_phrases(words, capitalised_only=True):
        if kind != "org":
            continue
        if all(t == "O" for t in tags[s:e]):
            _set(tags, s, e, "ORG")
        elif tags[s] == "B-PER" and e < len(tags) and tags[e] == "I-PER":
            _set(tags, s, e, "ORG")
            k = e
            while k < len(tags) and tags[k] == "I-PER":
                k += 1
            _set(tags, e, k, "PER")


def cited_source(words: list[str], tags: list[str]) -> None:
    """"dilansir Reuters", "seperti dilaporkan AP": the capitalised name after a citation cue is an organisation."""
    n = len(words)
    for i in range(n - 1):
        low = words[i].lower()
        cue = low in roles.SOURCE_CUES or (low in roles.SOURCE_CUES_AFTER_AS and i > 0 and words[i - 1].lower() in roles.AS_WORDS)
        nxt = words[i + 1]
        if cue and tags[i + 1] == "O" and nxt[:1].isupper() and not lexicon.ordinary(nxt) and nxt.lower() not in roles.HONORIFICS:
            j = i + 1
            while j < n and tags[j] == "O" and words[j][:1].isupper() and words[j].replace("-", "").isalnum() and j - i <= 3:
                j += 1
            if j > i + 1 and not gazetteer.places().get(" ".join(words[i + 1:j]).lower()):
                _set(tags, i + 1, j, "ORG")


def dateline(words: list[str], tags: list[str]) -> None:
    """"POTO TANO, Kabar -" / "JAKARTA -": a capitalised place opening a paragraph before a comma or dash."""
    k = 0
    while k < len(words) and k < 4 and words[k].isupper() and words[k].replace("-", "").isalpha() and len(words[k]) > 1:
        k += 1
    if 0 < k < len(words) and words[k] in {",", "-", "–", "—"} and all(t == "O" for t in tags[:k]):
        if not any(kind == "org" for s, e, kind in gazetteer.match_phrases(words[:k])):
            _set(tags, 0, k, "LOC")


def _title_word(w: str) -> bool:
    low = w.lower()
    return low in roles.CORPORATE_TITLES or low in roles.ROLE_HEADS or low in roles.ROLE_CONTINUATIONS


def title_org_name(words: list[str], tags: list[str]) -> None:
    """"Manager [Fuel Distribution Pertamina Suhartoko]", "Vice President Corporate Communication [Pertamina
    Fajar] [Djoko Santoso]": a job title, a listed organisation and a name run together in one span are split
    into the title (no name), the organisation and the person."""
    n = len(words)
    for s, e, typ in sorted(spans(tags)):
        if typ == "LOC" or e - s < 2 or tags[s][2:] != typ:
            continue
        hit = next(((a, b) for a, b, kind in gazetteer.match_phrases(words[s:e], capitalised_only=True)
                    if kind == "org"), None)
        if hit is None:
            # "CEO [Kaito Financial Group Hiroshi Tanabe]", "analis [Central China Securities Zhang Gang]": an
            # unlisted company ends at its company word
            ends = [k for k in range(1, e - s - 1) if words[s + k].lower() in roles.COMPANY_SUFFIXES
                    or words[s + k].lower() in roles.COMPANY_WORDS]
            hit = (0, ends[-1] + 1) if ends else None
        if hit is None or s + hit[1] >= e:
            continue
        a, b = s + hit[0], s + hit[1]
        rest = words[b:e]
        if not all(w[:1].isupper() and w.isalpha() and not _title_word(w) and w.lower() not in roles.ORG_HEADS
                   for w in rest):
            continue
        if typ in ("PER", "LOC") and a > s:
            titled = any(_title_word(w) for w in words[s:a]) or (s > 0 and _title_word(words[s - 1]))
            if titled and all(w[:1].isupper() for w in words[s:a]):
                for k in range(s, a):
                    tags[k] = "O"
                _set(tags, a, b, "ORG")
                _set(tags, b, e, "PER")
        elif typ == "ORG" and a == s and rest[0].lower() in gazetteer.first_names() and e < n and tags[e] == "B-PER":
            end = e + 1
            while end < n and tags[end] == "I-PER":
                end += 1
            _set(tags, s, b, "ORG")
            _set(tags, b, end, "PER")
        elif typ in ("ORG", "PER") and a == s and s > 0 and _title_word(words[s - 1]) \
                and not any(gazetteer.kind_of(w) not in (None, "world") for w in rest):
            _set(tags, s, b, "ORG")  # "Manager Fuel Distribution [Pertamina] [Suhartoko]"
            _set(tags, b, e, "PER")


def org_conjunct(words: list[str], tags: list[str]) -> None:
    """"[Dinas Pekerjaan Umum] dan Penataan Ruang (PUPR)": the tagger stopped at "dan" inside a body's name; the
    capitalised words after it up to the bracketed acronym belong to the name."""
    n = len(words)
    for _s, e, typ in sorted(spans(tags)):
        if typ != "ORG" or e >= n or words[e].lower() not in roles.ORG_NAME_JOINERS:
            continue
        k = e + 1
        while k < n and words[k][:1].isupper() and tags[k] == "O" and words[k] != "(":
            k += 1
        if k > e + 1 and k + 2 < n and words[k] == "(" and words[k + 1].isupper() and words[k + 2] == ")":
            for j in range(e, k):
                tags[j] = "I-ORG"


def comma_person(words: list[str], tags: list[str]) -> None:
    """"Warga Desa Sukamaju, [Yanti], mengaku ...": a lone capitalised word set off by commas after a place or an
    organisation, before a lower-case verb, is the person that description introduces (not a list item:
    "Jakarta, Bogor, dan Depok")."""
    n = len(words)
    for i in range(2, n - 2):
        w = words[i]
        if not (words[i - 1] == "," and words[i + 1] == "," and tags[i] == "O" and w[:1].isupper() and w.isalpha()
                and tags[i - 2] != "O"):
            continue
        start = i - 2
        while start > 0 and tags[start].startswith("I-"):
            start -= 1
        if tags[i - 2][2:] == "PER" and words[start].lower() not in roles.PLACE_HEADS:
            continue  # after a person ("Budi, Andi, dan ...") it may be a list of people
        after = words[i + 2]
        if after[:1].islower() and after.lower() not in roles.LIST_JOINERS and not lexicon.ordinary(w) \
                and gazetteer.kind_of(w) in (None, "world") and w.lower() not in roles.ROLE_HEADS:
            tags[i] = "B-PER"


def place_tail(words: list[str], tags: list[str]) -> None:
    """"[Kabupaten Sipirok] Hulu", "[Jakarta] Utara": a direction or part word the tagger left after a place
    belongs to it."""
    for _s, e, typ in sorted(spans(tags)):
        k = e
        while typ == "LOC" and k < len(words) and tags[k] == "O" and words[k][:1].isupper() \
                and words[k].lower() in roles.PLACE_TAILS:
            tags[k] = "I-LOC"
            k += 1


def organisation_head(words: list[str], tags: list[str]) -> None:
    """"Kementerian Perhubungan", "Badan Nasional Pencarian dan Pertolongan", "PT Maju Jaya": a capitalised
    organisation head and the capitalised words after it (with inner "dan"/"&") left untagged are an ORG."""
    n = len(words)
    i = 0
    while i < n:
        if not (tags[i] == "O" and words[i][:1].isupper() and words[i].lower() in roles.ORG_HEADS):
            i += 1
            continue
        j = i + 1
        while j < n and tags[j] == "O" and (
                (words[j][:1].isupper() and words[j].replace("-", "").isalnum())
                or (words[j].lower() in roles.ORG_NAME_JOINERS and j + 1 < n and words[j + 1][:1].isupper())):
            j += 1
        j = _enumerated_name_end(words, tags, j)
        # a place closing the name belongs to it: "Kementerian Luar Negeri [Belanda]", "Polda [NTB]"
        # (not a place named with its own head: "Kantor [Kecamatan Talang]" stays two names)
        if j > i + 2 or (j < n and words[j].isupper()):
            j = _closing_place(words, tags, j) or j
        while j > i + 1 and words[j - 1].lower() in roles.ORG_NAME_JOINERS:
            j -= 1
        if j > i + 1:
            _set(tags, i, j, "ORG")
        i = max(j, i + 1)


def legal_form_company(words: list[str], tags: list[str]) -> None:
    """"PT [Tirta Karya Mandiri]" tagged as a person or a place: capitalised words after a legal form are the
    company, which takes the legal form too - unless a given name inside opens a person ("PT Kereta Nusantara
    Bambang Prasetyo", which the entities stage splits)."""
    first = gazetteer.first_names()
    for s, e, typ in sorted(spans(tags)):
        if typ == "ORG" or s == 0 or words[s - 1].lower() not in roles.LEGAL_FORMS or tags[s - 1] not in ("O", "B-ORG"):
            continue
        if all(words[k][:1].isupper() for k in range(s, e)) and not any(words[k].lower() in first for k in range(s + 1, e)):
            _set(tags, s - 1, e, "ORG")


def company_run(words: list[str], tags: list[str]) -> None:
    """"diakuisisi [Hanbit Capital]", "[Astra Group]": an untagged capitalised run of two words or more that ends
    in a company word is a company."""
    n = len(words)
    i = 0
    while i < n:
        if tags[i] != "O" or not words[i][:1].isupper():
            i += 1
            continue
        j = i
        while j < n and tags[j] == "O" and words[j][:1].isupper() and words[j].replace("-", "").isalnum():
            j += 1
        if j - i >= 2 and words[j - 1].lower() in roles.COMPANY_WORDS and (j == n or not words[j][:1].isupper()):
            _set(tags, i, j, "ORG")
        i = max(j, i + 1)


def role_organisation(words: list[str], tags: list[str]) -> None:
    """"pelatih [Persikota], Widodo Cahyono", "Analis [Sekuritas Cahaya Timur], Benny": an untagged capitalised
    run between an office and the comma before its holder's name is the body the office belongs to (a place
    after a regional office or in the gazetteer). Relational roles ("pengacara Rusdi, Fadli") take people."""
    n = len(words)
    for p in range(2, n - 1):
        if words[p] != "," or tags[p + 1] != "B-PER" or tags[p - 1] != "O":
            continue
        s = p
        while s > 0 and tags[s - 1] == "O" and words[s - 1][:1].isupper() and words[s - 1].replace("-", "").isalnum() \
                and words[s - 1].lower() not in roles.ROLE_HEADS and words[s - 1].lower() not in roles.ROLE_CONTINUATIONS:
            s -= 1
        if s == p or s == 0 or p - s > 5:
            continue
        r = s - 1
        while r >= 0 and (words[r].lower() in roles.ROLE_HEADS or words[r].lower() in roles.ROLE_CONTINUATIONS):
            r -= 1
        office = [w.lower() for w in words[r + 1:s]]
        if not office or not any(w in roles.ROLE_HEADS for w in office) or any(w in roles.RELATIONAL_ROLES for w in office):
            continue
        place = " ".join(words[s:p]).lower() in gazetteer.places() or any(w in roles.REGION_ROLE_HEADS for w in office)
        _set(tags, s, p, "LOC" if place else "ORG")


def _field_word(w: str) -> bool:
    """One field of an enumerated name ("Klimatologi"): a title-case word that is no organisation head and no
    name the gazetteer knows ("Polri", "Jakarta" make a list of bodies or places instead)."""
    return w.istitle() and w.isalpha() and w.lower() not in roles.ORG_HEADS and not gazetteer.kind_of(w)


def _enumeration_tail(part: list[str]) -> bool:
    """Is `part` the rest of an enumerated name after its first field: ", Klimatologi, dan Geofisika"?"""
    k = 0
    while k + 1 < len(part) and part[k] == "," and _field_word(part[k + 1]):
        k += 2
    rest = part[k:]
    closed = len(rest) >= 2 and _field_word(rest[-1]) and rest[:-1] in ([",", "dan"], ["dan"])
    return k > 0 and closed


def _enumerated_name_end(words: list[str], tags: list[str], j: int) -> int:
    """"Badan Meteorologi[, Klimatologi, dan Geofisika]", "Kementerian Koordinator Bidang Politik[, Hukum, dan
    Keamanan]": an organisation name that enumerates single title-case fields, closed by "dan". Items that
    are acronyms, organisation heads or places make a list of bodies instead ("Basarnas, TNI, dan Polri")."""
    def field(k: int) -> bool:
        return k < len(words) and tags[k] == "O" and _field_word(words[k])

    k = j
    while k < len(words) and words[k] == "," and field(k + 1):
        k += 2
    if k == j:
        return j
    if k < len(words) and words[k] == "," and k + 1 < len(words) and words[k + 1] == "dan" and field(k + 2):
        return k + 3  # "..., Klimatologi, dan Geofisika"
    if k < len(words) and words[k] == "dan" and field(k + 1):
        return k + 2  # "..., Klimatologi dan Geofisika"
    return j


def generic_org_place(words: list[str], tags: list[str]) -> None:
    """"[Kedutaan Besar] [Australia]", "[Kementerian Luar Negeri] [Rusia]": an organisation span made only of
    generic head words takes the place right after it, which names which one it is."""
    for s, e, typ in sorted(spans(tags)):
        if typ != "ORG":
            continue
        if not all(w.lower() in roles.ORG_HEADS or w.lower() in roles.ROLE_CONTINUATIONS for w in words[s:e]):
            continue
        if k := _closing_place(words, tags, e):
            _set(tags, s, k, "ORG")


def _closing_place(words: list[str], tags: list[str], j: int) -> int | None:
    """End of the place span starting at j when it closes an organisation name ("Kedutaan Besar [Australia]"):
    not a place with its own head ("Kantor [Kecamatan Talang]"), and nothing capitalised right after it."""
    if j >= len(tags) or tags[j] != "B-LOC" or words[j].lower() in roles.PLACE_HEADS:
        return None
    k = j + 1
    while k < len(tags) and tags[k] == "I-LOC":
        k += 1
    return k if k >= len(words) or not words[k][:1].isupper() else None


# honorifics and titles inside PER spans are left to the entities stage: NERGrit keeps some ("Raden")
RULES = (known_organisations, title_org_name, org_conjunct, place_tail, comma_person, organisation_head, legal_form_company, company_run, role_organisation, generic_org_place,
         dateline, strip_cue_words, split_place_person, apposition, speech_cue_person, coordinated_person,
         tidy_org_spans, surname_particle, cited_source)


def apply_rules(words: list[str], tags: list[str]) -> list[str]:
    tags = list(tags)
    for rule in RULES:
        rule(words, tags)
    return tags
