"""Organisations in text: the curated gazetteer first (aliases, Chinese names, negative
aliases), then a rule for the ones it does not know: a run of capitalised words ending in an
organisation word ("... Association", "... Office", "Ministry of ..."). Definite descriptions
("the department", "Song's department") are resolved to the latest organisation of that kind."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from liaison.extract.name_cues import matches_at
from liaison.reference.lists import ORG_HEADS, find_in, org_automaton
from liaison.reference.pinyin import is_pinyin_name
from liaison.reference.places import find_places

_CAP = r"[A-Z][\w’'\-]*"
_JOIN_WORDS = "of|for|and|on|the|de|du|la"
_JOIN = rf"(?:{_JOIN_WORDS})"
# "and the" starts the next body: "... Liberation of Angola and the South West African People's
# Organisation of Namibia" is two.
_JOIN_RUN = r"(?:of|for|and(?! the\b)|on|the|de|du|la)"
_MORE = rf"(?: (?:{_CAP}|of|the|and(?! the\b)|for))*"
# "... League on Wednesday", "... Party in January": a date after a body is no part of its name.
_DATE_WORD = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
              r"July|August|September|October|November|December)\b")
_TAIL = rf"(?: (?:of|for|on) (?:the )?(?!{_DATE_WORD}){_CAP}{_MORE})?"
# Nor is a date a word of the name before its head: "arrived in Kampala on Monday for the Forum" names no body
# "Kampala on Monday for the Forum", nor "Monday for the Forum".
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
# A month may open one ("the May Fourth Movement"), not before a joiner ("in May for the Forum").
_FIRST_CAP = rf"(?!{_WEEKDAY})(?!{_DATE_WORD} {_JOIN}\b){_CAP}"
_NAME_CAP = rf"(?!{_DATE_WORD}){_CAP}"
# "(?=[A-Z])" lets the engine give up at once on the many word starts that are not capitals.
_ORG_RULE = re.compile(
    rf"\b(?=[A-Z])(?:(?:{_FIRST_CAP} )(?:(?:{_NAME_CAP}|{_JOIN_RUN}) ){{0,8}}?(?:{ORG_HEADS}){_TAIL}\b"
    rf"|(?:{ORG_HEADS}) (?:of|for) (?:the )?{_CAP}{_MORE}\b)"
    r"(?!\.[A-Za-z])"  # an initial starts the name after it: "... of Mongolia | Zh.Enkhbayar"
)
# A post held in the organisation is not part of its name: "Vice Chairman of the CPV Central
# Committee", "Leader of the Komeito Party of Japan".
_LEADING_TITLE = re.compile(
    r"(?:(?:(?:First|Deputy|Vice|Executive|Standing|Assistant|Permanent|National|Honorary|Provisional|Acting) |Vice-)*"
    r"(?:General Secretary|Secretary-General|Secretary General|Secretary|Chairman|Chairwoman|Chairperson|Chair|"
    r"President|Leader|Head|Director|Director-General|Member|Minister|Spokesperson|Spokesman|Chief|Deputy|"
    r"Ambassador|Envoy|Coordinator|Commissioner|Governor|Mayor|Speaker) (?:of|for|to) (?:the )?)+"
)
# "President of the Senate Pierre Ngolo and Speaker of the National Assembly": a list of posts, whose
# last body starts after its post.
_AND_TITLE = re.compile(r" and (?=[A-Z])")
# "in Kampala for the Forum on China-Africa Cooperation": a place, then for/of/on, ends the phrase of where; the body
# starts after it. (A place inside a name follows its head or opens it: "Bank of China", "Kampala City Council".)
_PLACE_THEN_JOINER = re.compile(r"(?P<place>[A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*){0,2}) (?:for|of|on) (?:the )?(?=[A-Z])")
_WHERE_KINDS = frozenset(("country", "capital", "city", "province"))
# "the Xi Jinping Administration" is a government named after its head, not an organisation.
_NAMED_GOVERNMENT = re.compile(r"(?P<name>.+) (?:Administration|Government|Cabinet)")
_TRAILING_JOINERS = re.compile(rf"(?: (?:{_JOIN}))+$")
_JOINER_ENDINGS = tuple(" " + word for word in _JOIN_WORDS.split("|"))
DEFINITE_HEADS = "department|school|ministry|commission|office|association|foundation|center|centre|institute|academy"
_DEFINITE = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][a-z]+[’']s) (?P<head>{DEFINITE_HEADS})\b")
_DETERMINER_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz’'")


@dataclass(slots=True)
class OrgHit:
    start: int
    end: int
    text: str
    org_id: str  # reference id, "" for an organisation the gazetteer does not know
    cue: str  # "gazetteer" | "rule" | "definite"


def find_organizations(text: str) -> list[OrgHit]:
    """Organisation mentions, gazetteer matches winning over overlapping rule matches."""
    matches = find_in(org_automaton(), text)  # longest-leftmost, so sorted and non-overlapping
    hits = [OrgHit(s, e, t, org_id, "gazetteer") for s, e, t, org_id in matches if org_id]
    starts = [s for s, _, _, _ in matches]
    for match in _ORG_RULE.finditer(text):  # rule matches never overlap one another
        name = match.group(0)
        if name.endswith(_JOINER_ENDINGS):
            name = _TRAILING_JOINERS.sub("", name)
        start = match.start()
        if name.startswith("The "):
            name, start = name[4:], start + 4
        if title := _LEADING_TITLE.match(name):  # "General Secretary of the Communist Party of Vietnam"
            name, start = name[title.end():], start + title.end()
        for joined in reversed(list(_AND_TITLE.finditer(name))):
            if title := _LEADING_TITLE.match(name, joined.end()):
                name, start = name[title.end():], start + title.end()
                break
        if (lead := _PLACE_THEN_JOINER.match(name)) and _is_place(lead.group("place")):
            name, start = name[lead.end():], start + lead.end()
        end = start + len(name)
        i = bisect.bisect_left(starts, end) - 1
        if len(name.split()) < 2 or (i >= 0 and matches[i][1] > start):
            continue
        if (named := _NAMED_GOVERNMENT.fullmatch(name)) and is_pinyin_name(named.group("name")):
            continue
        hits.append(OrgHit(start, end, name, "", "rule"))
    hits += [OrgHit(s, e, t, "", "gazetteer") for s, e, t, org_id in matches if not org_id]
    return sorted(hits, key=lambda h: h.start)


def _is_place(words: str) -> bool:
    """Whether words are wholly one country, capital, city or province ("Kampala", "Dar es Salaam" aside)."""
    return any(p.start == 0 and p.end == len(words) and p.kind in _WHERE_KINDS for p in find_places(words))


def find_definite_descriptions(text: str) -> list[tuple[int, int, str, str]]:
    """("the department", head word) spans, resolved later against earlier organisations.

    The pattern is tried only at the words just before a head word: head words are rare,
    word starts are not."""
    starts: list[int] = []
    for last, length in _definite_heads().iter(text):
        space = last - length  # the space between "the" and "department"
        if space > 0 and text[space] == " ":
            start = space
            while start > 0 and text[start - 1] in _DETERMINER_CHARS:
                start -= 1
            starts += range(start, space)
    return [(m.start(), m.end(), m.group(0), m.group("head")) for m in matches_at(_DEFINITE, text, starts)]


@lru_cache(maxsize=1)
def _definite_heads() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for head in DEFINITE_HEADS.split("|"):
        automaton.add_word(head, len(head))
    automaton.make_automaton()
    return automaton
