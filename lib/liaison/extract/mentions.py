"""One document's mentions of people, organisations and places, each resolved (or not) to an
entity. The raw mention is kept apart from the entity it resolves to, as in FollowTheMoney:
a short form ("Mr Liu", "Song's") resolves only when the document named exactly one person
with that surname; otherwise it stays unresolved rather than guessed."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from liaison.extract.countries import find_datelines, settle_ambiguous
from liaison.extract.name_lists import listed_names
from liaison.extract.name_post_of import names_after_posts_of
from liaison.extract.name_posts import ADDRESSED
from liaison.extract.name_posts_after import names_before_posts
from liaison.extract.name_shapes import HEADLINE_VERBS, TITLE_HEADS
from liaison.extract.name_single import honorific_one_names
from liaison.extract.names import find_person_names, trim_name
from liaison.extract.orgs import find_definite_descriptions, find_organizations
from liaison.extract.parties import find_parties
from liaison.extract.spans import Spans, join_wrapped, range_test
from liaison.extract.zh_names import find_zh_people
from liaison.load.bylines import find_bylines
from liaison.reference.ids import person_id, place_id, slug
from liaison.reference.lists import STOP_WORDS, find_in, known_surnames, org_names, person_automaton
from liaison.reference.pinyin import CHINESE_SURNAMES, is_pinyin_name, surname_of
from liaison.reference.places import country_inside, find_places, place_named
from liaison.reference.romanisation import fold, is_korean_name, is_vietnamese_name

_SURNAME = re.compile(rf"{ADDRESSED}\b(?P<surname>[A-Z][a-z]+)\b")
_SURNAME_WORD = re.compile(r"[A-Z][a-z]+")
_SURNAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz[]. ")  # all a match holds
_WORD_CHAR = re.compile(r"\w")
_WORD = re.compile(r"\w+")
_HEADLINE_VERB = re.compile(rf"\s*(?:(?:{HEADLINE_VERBS})\b\s*)?")
_TRAILING_JOIN = re.compile(r"(?:\s+(?:of|for|and|on|the))*\s*$")
# A run of title words alone ("Secretary General"), which names no body.
_TITLE_ONLY = re.compile(rf"(?:(?:{TITLE_HEADS}|general|deputy|vice|first|executive|acting|provisional)\s*)+",
                         re.IGNORECASE)
# Names whose shape alone makes them names: they win over a run of capitals read as a body.
_NAME_SHAPES = frozenset({"reference", "pinyin", "korean", "vietnamese", "burmese"})
_SURNAME_BEFORE = re.compile(r"\b([A-Z][a-z]{1,4}) $")
_OF_COUNTRY = re.compile(r"(?: Party)? of (?:the )?([A-Z][\w ’'-]+)")
_LONGEST_BODY = 400  # characters: no organisation's name is longer
_OF_BEFORE = re.compile(r"\bof (?:the )?$")  # "Central Committee of the LPRP": a body of the party


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str  # person | organization | place
    entity_id: str  # "" when unresolved
    name: str  # canonical name of the entity ("" when unresolved)
    cue: str  # what made it a mention: pinyin, title, appositive, gazetteer, rule, surname, ...
    iso3: str = ""
    region: str = ""
    place_kind: str = ""  # country | demonym | capital | city | province | venue | region


# The possessive after a name, straight or curly: "Xi Jinping's", "Juan Manuel Santos’" (a name ending in s).
POSSESSIVE = r"(?:['’]s|(?<=s)['’](?!\w))"
_POSSESSIVE_AT = re.compile(POSSESSIVE)


def possessed(text: str, end: int) -> bool:
    """Whether the name ending at `end` owns what follows it ("Santos’ envoy"): it names that, not a side."""
    return bool(_POSSESSIVE_AT.match(text, end))


def find_mentions(text: str, prose: list[tuple[int, int]]) -> list[Mention]:
    """All entity mentions inside the prose ranges of a document, sorted by position; and its
    authors, wherever their byline stands (cue "byline": sources, never actors)."""
    inside = range_test(join_wrapped(text, prose))
    authors = [
        Mention(b.start, b.end, b.text, "person", _person_id(b.name), b.name, "byline") for b in find_bylines(text)
    ]
    candidates = _person_candidates(text)
    found = [p for p in find_places(text) if not _given_name(text, p)]
    ends = _name_ends(candidates)
    found = [p for p in found if not _ends_a_name(p, ends)]
    # Names listed beside a person found, not beside a place ("Ca Mau, Ninh Thuan, ...").
    at_places = Spans([(p.start, p.end) for p in found])
    candidates = sorted(candidates + listed_names(text, [c for c in candidates if not at_places.overlaps(c[0], c[1])]),
                        key=lambda c: (c[0], -(c[1] - c[0]), c[4] != "reference"))
    ends = _name_ends(candidates)
    found = [p for p in found if not _ends_a_name(p, ends)]
    datelines = find_datelines(text, prose)
    lines = Spans([(p.start, p.end) for p in datelines])
    places = [
        Mention(p.start, p.end, p.text, "place", place_id(p), p.name, cue, p.iso3, p.region, p.kind)
        for hits, cue in ((datelines, "dateline"), (found, "gazetteer")) for p in hits
        if inside(p.start, p.end) and (cue == "dateline" or not lines.overlaps(p.start, p.end))
    ]
    names = org_names()
    orgs = [
        Mention(o.start, o.end, o.text, "organization", "org:" + (o.org_id or slug(o.text)),
                # A known body's country from its canonical name: 中联部 is the ILD, and Chinese.
                names.get(o.org_id, o.text), o.cue, country_inside(names.get(o.org_id, o.text)))
        for o in find_organizations(text)
        if inside(o.start, o.end)
    ]
    orgs = _foreign_bodies(orgs, found)
    orgs = _with_parties(orgs, [
        Mention(p.start, p.end, p.text, "organization", "party:" + p.party_id, p.name, "party", p.iso3)
        for p in find_parties(text, [(p.start, p.iso3) for p in found if p.iso3])
        if inside(p.start, p.end)
    ], [c[0] for c in candidates if c[4] == "title"])
    orgs = _cut_names_off(text, orgs, candidates)
    orgs, members = _members_of(text, orgs)
    candidates = sorted(candidates + members, key=lambda c: (c[0], -(c[1] - c[0]), c[4] != "reference"))
    taken = Spans([(m.start, m.end) for m in authors])
    orgs = [m for m in orgs if not taken.overlaps(m.start, m.end)]
    taken.extend((m.start, m.end) for m in orgs)
    # Chinese names before places: a transliteration may hold a country's name (马里亚姆, 巴西尔).
    zh_people = [Mention(p.start, p.end, p.text, "person", person_id(p.key), p.name, p.cue)
                 for p in find_zh_people(text) if inside(p.start, p.end) and not taken.overlaps(p.start, p.end)]
    taken.extend((m.start, m.end) for m in zh_people)
    places = [m for m in places if not taken.overlaps(m.start, m.end)]
    taken.extend((m.start, m.end) for m in places)
    named = {m.iso3 for m in places + orgs if m.iso3}
    korean = [Mention(p.start, p.end, p.text, "place", place_id(p), p.name, "context", p.iso3, "", p.kind)
              for p in settle_ambiguous(text, named, taken.overlaps) if inside(p.start, p.end)]
    places += korean
    taken.extend((m.start, m.end) for m in korean)
    people = zh_people + _people(text, inside, taken, candidates)
    taken.extend((m.start, m.end) for m in people)
    people += _short_forms(text, inside, taken, people)
    orgs += _definite(text, inside, taken, orgs)
    return sorted(places + orgs + people + authors, key=lambda m: (m.start, m.end))


def _foreign_bodies(orgs: list[Mention], places: list) -> list[Mention]:
    """"越南外交部", "老挝国防部": a country named right before a bare body the gazetteer knows as
    China's (外交部, 商务部) is that country's body, not China's."""
    before = {p.end: p for p in places if p.iso3 and p.iso3 != "CHN" and p.kind == "country"}
    return [Mention(o.start, o.end, o.text, o.kind, "org:" + slug(before[o.start].text + o.text),
                    before[o.start].text + o.text, o.cue, before[o.start].iso3)
            if o.start in before and o.iso3 == "CHN" and not country_inside(o.text) else o for o in orgs]


def _with_parties(orgs: list[Mention], parties: list[Mention], titled: list[int]) -> list[Mention]:
    """A party wins over the organisations it overlaps ("Communist Party of Vietnam and the
    ANC" is two parties, "South Africa's Democratic Alliance" one), except a body of the party
    ("Commission for External Relations of the CPV Central Committee") or a longer name the
    gazetteer knows ("Chinese Communist Party"): that stays, and carries the party's country.
    "SWAPO Party of Namibia" is the party, named with its country. A run holding a name a title
    introduced (`titled`: where such names start) is no body: "Secretary General Hiroshi Moriyama
    of the Liberal Democratic Party" names the party."""
    kept = []
    titled = sorted(titled)
    orgs = sorted(orgs, key=lambda o: o.start)
    starts = [o.start for o in orgs]
    for party in parties:
        # Only a body starting shortly before the party can hold it: look there, not at every body.
        near = orgs[bisect.bisect_left(starts, party.start - _LONGEST_BODY):bisect.bisect_right(starts, party.start)]
        body = next((o for o in near if o.start <= party.start and party.end <= o.end and (
            o.cue == "gazetteer" and o.end - o.start > party.end - party.start or " and " not in o.text
            and (party.end < o.end or _OF_BEFORE.search(o.text, 0, party.start - o.start))
            and not (o.cue == "rule" and _any_between(titled, o.start, party.start)))), None)
        if body is not None and body.cue == "rule" and _own_country(body.text[party.end - body.start:], party.iso3):
            party.end, party.text, body = body.end, party.text + body.text[party.end - body.start:], None
        if body is None:
            kept.append(party)
        elif not body.iso3 and body.cue != "gazetteer":
            body.iso3 = party.iso3
    spans = Spans([(p.start, p.end) for p in kept])
    return sorted([o for o in orgs if not spans.overlaps(o.start, o.end)] + kept, key=lambda m: m.start)


def _given_name(text: str, place) -> bool:
    """A Chinese city named after a pinyin surname is a given name: "Huang Kunming"."""
    if place.kind not in ("city", "province", "capital") or not text.startswith(" ", place.start - 1):
        return False
    before = _SURNAME_BEFORE.search(text, max(0, place.start - 8), place.start)
    return bool(before and is_pinyin_name(before.group(1) + " " + place.text))


def _name_ends(candidates) -> dict[int, int]:
    """Where each name of three or more words that a title or a list introduced ends: its start."""
    return {c[1]: c[0] for c in candidates if c[4] in ("title", "list") and len(c[2].split()) >= 3}


def _ends_a_name(place, ends: dict[int, int]) -> bool:
    """"Former Prime Minister Madhav Kumar Nepal": a country that is the last word of a name
    a title introduced is the name's ("Prime Minister of Nepal" names no one, so keeps it)."""
    return place.kind == "country" and ends.get(place.end, place.end) < place.start


def _own_country(tail: str, iso3: str) -> bool:
    """" of South Africa" after the ANC: the party's own country closes its name."""
    match = _OF_COUNTRY.fullmatch(tail)
    return bool(match and (place := place_named(match.group(1))) and place.iso3 == iso3)


def _any_between(sorted_starts: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(sorted_starts, start)
    return i < len(sorted_starts) and sorted_starts[i] < end


def _person_candidates(text: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, surface, canonical name, cue) of every possible person, known ones first."""
    candidates = [(s, e, t, canonical, "reference") for s, e, t, canonical in find_in(person_automaton(), text)]
    candidates += [(h.start, h.end, h.text, h.name or " ".join(h.text.split()), h.cue) for h in find_person_names(text)]
    candidates += names_before_posts(text)
    candidates += names_after_posts_of(text)  # "Flagbearer of the NDC (NDC), John Dramani Mahama has held"
    # "Ms. Monge" alone; not a word of a full name the report gives ("Mr. Biden" after "Joe Biden")
    words = {word for c in candidates for word in c[3].split()}
    candidates += [c for c in honorific_one_names(text) if c[2] not in words]
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[4] != "reference"))
    return candidates


def _cut_names_off(text: str, orgs: list[Mention], candidates) -> list[Mention]:
    """An organisation found by the capitalised-words rule ends before a name that its run of
    capitals swallowed: "Commission for External Relations | Le Hoai Trung". A name a post
    introduced counts too, also inside the run: "Committee on National Minorities | Imre Ritter
    | and Committee members"."""
    titled: dict[tuple[int, int], bool] = {}  # a name both shaped and titled counts as titled
    for c in candidates:
        if c[4] in _NAME_SHAPES or c[4] == "title" and not place_named(c[2]):
            titled[c[0], c[1]] = titled.get((c[0], c[1]), False) or c[4] not in _NAME_SHAPES
    names = sorted((start, end, flag) for (start, end), flag in titled.items())
    if not names:
        return orgs
    starts = [n[0] for n in names]
    out = []
    for org in orgs:
        start, end = org.start, org.end
        i = bisect.bisect_left(starts, start)
        if org.cue == "rule" and i < len(names) and names[i][0] == start and not names[i][2]:
            verb = _HEADLINE_VERB.match(text, names[i][1])  # "Zhou Haibo | Meets Lao Party"
            start = verb.end() if verb else names[i][1]
            i += 1
        while i < len(names) and names[i][0] <= start:
            i += 1
        if org.cue == "rule" and i < len(names) and names[i][0] < end and (end <= names[i][1] or names[i][2]):
            end = start + len(_TRAILING_JOIN.sub("", text[start : names[i][0]]))
        if (start, end) != (org.start, org.end):
            surface = text[start:end]
            if len(surface.split()) < 2 or _TITLE_ONLY.fullmatch(surface):
                continue  # "Secretary General | Hiroshi Moriyama of the LDP": a title, no body
            org = Mention(start, end, surface, "organization", "org:" + slug(surface), surface, org.cue)
        out.append(org)
    return out


# "met with Fumio Tanaka of the Liberal Democratic Party (Japan)": a name no cue found, that the capitalised-words rule
# read as the start of a body's name; the body starts after its "of".
_MEMBER_OF = re.compile(r"(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}) of (?:the )?"
                        r"(?=[A-Z])")
# "leaders of the Young Pioneers of the ...": a body
_DETERMINED = re.compile(r"\b(?:[Tt]he|[Aa]n?|of|[Ii]ts|[Tt]heir)\s+$")


def _members_of(text: str, orgs: list[Mention]) -> tuple[list[Mention], list[tuple[int, int, str, str, str]]]:
    """The organisations, each rule-found one opening on a person's name and "of" cut to its body; and those names
    as person candidates (cue "member of")."""
    out, members = [], []
    for org in orgs:
        member = _MEMBER_OF.match(org.text) if org.cue == "rule" and not _DETERMINED.search(
            text, max(0, org.start - 8), org.start) else None
        hit = member and not place_named(member.group("name")) and trim_name(
            text, org.start, org.start + member.end("name"), "member of")
        if not (member and hit and hit.start == org.start and hit.end == org.start + member.end("name")):
            out.append(org)
            continue
        members.append((hit.start, hit.end, hit.text, hit.text, "member of"))
        start = org.start + member.end()
        out.append(Mention(start, org.end, text[start:org.end], "organization", "org:" + slug(text[start:org.end]),
                           text[start:org.end], org.cue))
    return out, members


def _people(text: str, inside, taken: Spans, candidates) -> list[Mention]:
    out: list[Mention] = []
    last_end = -1
    for start, end, surface, canonical, cue in candidates:
        if cue != "reference" and taken.overlaps(start, end):  # "Laos Thongloun Sisoulith": the place is not the name
            start = taken.end_before(end)
            while start < end and not text[start].isalpha():
                start += 1
            surface = text[start:end]
            canonical = " ".join(surface.split())
            if " " not in canonical or any(word in STOP_WORDS for word in canonical.split()):
                continue
        if start < last_end or not inside(start, end) or taken.overlaps(start, end):
            continue
        if cue in ("head of government", "one name"):
            out.append(Mention(start, end, surface, "person", "", "", cue))
        else:
            out.append(Mention(start, end, surface, "person", _person_id(canonical), canonical, cue))
        last_end = end
    return out


def _person_id(name: str) -> str:
    """A person's id reads the name without accents: "Tô Lâm" and "To Lam" are one person."""
    return person_id(fold(name))


def _short_forms(text: str, inside, taken: Spans, people: list[Mention]) -> list[Mention]:
    """Surname-only mentions, resolved against the full names this document gave."""
    by_surname: dict[str, set[str]] = {}
    for m in people:
        if m.name:
            by_surname.setdefault(surname_of(m.name), set()).add(m.name)
            for word in _inner_words(m.name):
                by_surname.setdefault(word, set()).add(m.name)
    _tails_to_full_names(people)
    _spelt_alike(people)
    for m in people:  # "the Meloni government": resolve now that full names are known
        if m.cue in ("head of government", "one name"):
            m.name = _resolve_surname(m.text, by_surname)
            if not m.name and m.cue == "one name" and m.text not in CHINESE_SURNAMES:
                m.name = m.text  # "President Lula", named no other way: "President Xi" alone stays unresolved
            m.entity_id = _person_id(m.name) if m.name else ""
    out: list[Mention] = []
    surnames = {s for s in by_surname if s not in STOP_WORDS and _SURNAME_WORD.fullmatch(s)}
    if not surnames:
        return out
    resume = 0  # where a `_SURNAME.finditer(text)` scan would go on: the end of one of its matches
    for at, word_end in _whole_words(text, surnames):
        if not inside(at, word_end) or taken.overlaps(at, word_end):
            continue  # so is any match around the word
        match = _surname_match(text, at, resume)
        start, end = match.span()
        resume = end
        if not inside(start, end) or taken.overlaps(start, end):
            continue
        name = _resolve_surname(match.group("surname"), by_surname)
        out.append(Mention(start, end, match.group(0), "person", _person_id(name) if name else "", name, "surname"))
    return out


def _inner_words(name: str) -> list[str]:
    """The inner words of a long name that a report may use alone: "Lula" of "Luiz Inacio Lula da
    Silva", "Lopez" of "Andres Manuel Lopez Obrador". Not of a Chinese, Korean or Vietnamese name,
    whose inner words are syllables that other names share ("Song" of "Kim Song Nam")."""
    words = name.split()
    if len(words) < 3 or words[0] in CHINESE_SURNAMES or is_korean_name(words) or is_vietnamese_name(words):
        return []
    return [w for w in words[1:-1] if len(w) >= 4 and w[0].isupper()]


def _tails_to_full_names(people: list[Mention]) -> None:
    """A two-word name that ends the one longer name the document gives is that person: "Lozada
    Garcia" after "Emilio Lozada Garcia" (a Spanish double surname), not a second person."""
    longer: dict[tuple[str, ...], set[str]] = {}
    for m in people:
        if m.name and len(words := m.name.split()) >= 3:
            longer.setdefault(tuple(words[-2:]), set()).add(m.name)
    if not longer:
        return
    for m in people:
        if m.name and m.cue not in _NAME_SHAPES and len(found := longer.get(tuple(m.name.split()), set())) == 1:
            m.name = next(iter(found))
            m.entity_id = _person_id(m.name)


def _spelt_alike(people: list[Mention]) -> None:
    """A name of three or more words the report spells twice, one inner word a letter apart ("La'auli Leuatea Schmidt",
    then "La'auli Leuatuea Schmidt"), is one person, named as first spelled."""
    first: dict[tuple[str, str, int], str] = {}
    for m in people:
        if m.name and len(words := m.name.split()) >= 3:
            seen = first.setdefault((words[0], words[-1], len(words)), m.name)
            apart = [(a, b) for a, b in zip(seen.split(), words) if a != b]
            if len(apart) == 1 and min(map(len, apart[0])) >= 5 and _letter_apart(*apart[0]):
                m.name, m.entity_id = seen, _person_id(seen)


def _letter_apart(a: str, b: str) -> bool:
    """Whether one letter added, dropped or changed makes `a` into `b`."""
    if abs(len(a) - len(b)) > 1:
        return False
    at = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return a[at + 1:] == b[at + 1:] if len(a) == len(b) else (a[at + 1:] == b[at:] if len(a) > len(b) else
                                                                  a[at:] == b[at + 1:])


def _whole_words(text: str, words: set[str]) -> list[tuple[int, int]]:
    """Where any of `words` stands as a whole word (no word character either side), in text
    order. A document names few surnames: finding each with str.find costs less than a pattern
    compiled per document, or than looking at every capitalised word."""
    found = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if not (at and _WORD_CHAR.match(text, at - 1)) and not _WORD_CHAR.match(text, end):
                found.append((at, end))
            at = text.find(word, at + 1)
    found.sort()
    return found


def _surname_match(text: str, at: int, resume: int) -> re.Match:
    """The match of a `_SURNAME.finditer(text)` scan whose surname starts at `at`.

    Only "Mr Liu" or "Liu" can be that match, but which one depends on where the scan comes
    from ("Dr. Mr Liu" is read "Dr. Mr" + "Liu"), so the scan is redone from the last character
    before `at` that no match can run across, or from `resume`, whichever is later."""
    start = at - 8  # "[Mrs]. " is the longest title
    while start > resume and text[start - 1] in _SURNAME_CHARS:
        start -= 1
    return next(match for match in _SURNAME.finditer(text, max(start, resume)) if match.end() > at)


def _resolve_surname(surname: str, by_surname: dict[str, set[str]]) -> str:
    """The one person with this surname named in the document, else the one known person."""
    in_document = by_surname.get(surname, set())
    if len(in_document) == 1:
        return next(iter(in_document))
    if not in_document and len(known := known_surnames().get(surname, [])) == 1:
        return known[0]
    return ""


def _definite(text: str, inside, taken: Spans, orgs: list[Mention]) -> list[Mention]:
    """"the department" -> the latest earlier organisation whose name has that word. Both
    lists are in text order, so one merge pass keeps the latest organisation per head word."""
    out = []
    orgs = sorted((o for o in orgs if o.entity_id), key=lambda o: o.end)
    latest: dict[str, Mention] = {}
    words: dict[str, set[str]] = {}  # organisation name -> its casefolded words
    index = 0
    for start, end, surface, head in find_definite_descriptions(text):
        while index < len(orgs) and orgs[index].end <= start:
            org = orgs[index]
            for word in words.setdefault(org.name, set(_WORD.findall(org.name.casefold()))):
                latest[word] = org
            index += 1
        target = latest.get(head) or latest.get(head + "s")
        if target and inside(start, end) and not taken.overlaps(start, end):
            out.append(Mention(start, end, surface, "organization", target.entity_id, target.name, "definite"))
    return out
