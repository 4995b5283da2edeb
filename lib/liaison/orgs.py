"""Organisations in text: the curated gazetteer first (aliases, Chinese names, negative
aliases), then a rule for the ones it does not know: a run of capitalised words ending in an
organisation word ("... Association", "... Office", "Ministry of ..."). Definite descriptions
("the department", "Song's department") are resolved to the latest organisation of that kind."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .names import is_pinyin_name
from .reference import ORG_HEADS, find_in, org_automaton

_CAP = r"[A-Z][\w’'\-]*"
_JOIN = r"(?:of|for|and|on|the|de|du|la)"
_TAIL = rf"(?: (?:of|for|on) (?:the )?{_CAP}(?: (?:{_CAP}|of|the|and|for))*)?"
_ORG_RULE = re.compile(
    rf"\b(?:{_CAP} )(?:(?:{_CAP}|{_JOIN}) ){{0,8}}?(?:{ORG_HEADS}){_TAIL}\b"
    rf"|\b(?:{ORG_HEADS}) (?:of|for) (?:the )?{_CAP}(?: (?:{_CAP}|of|the|and|for))*\b"
)
# "the Xi Jinping Administration" is a government named after its head, not an organisation.
_NAMED_GOVERNMENT = re.compile(r"(?P<name>.+) (?:Administration|Government|Cabinet)")
_TRAILING_JOINERS = re.compile(rf"(?: (?:{_JOIN}))+$")
_DEFINITE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][a-z]+[’']s) "
    r"(?P<head>department|school|ministry|commission|office|association|foundation|center|centre|institute|academy)\b"
)


@dataclass(frozen=True)
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
        name = _TRAILING_JOINERS.sub("", match.group(0))
        start = match.start()
        if name.startswith("The "):
            name, start = name[4:], start + 4
        end = start + len(name)
        i = bisect.bisect_left(starts, end) - 1
        if len(name.split()) < 2 or (i >= 0 and matches[i][1] > start):
            continue
        if (named := _NAMED_GOVERNMENT.fullmatch(name)) and is_pinyin_name(named.group("name")):
            continue
        hits.append(OrgHit(start, end, name, "", "rule"))
    hits += [OrgHit(s, e, t, "", "gazetteer") for s, e, t, org_id in matches if not org_id]
    return sorted(hits, key=lambda h: h.start)


def find_definite_descriptions(text: str) -> list[tuple[int, int, str, str]]:
    """("the department", head word) spans, resolved later against earlier organisations."""
    return [(m.start(), m.end(), m.group(0), m.group("head")) for m in _DEFINITE.finditer(text)]
