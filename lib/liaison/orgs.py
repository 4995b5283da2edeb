"""Organisations in text: the curated gazetteer first (aliases, Chinese names, negative
aliases), then a rule for the ones it does not know: a run of capitalised words ending in an
organisation word ("... Association", "... Office", "Ministry of ..."). Definite descriptions
("the department", "Song's department") are resolved to the latest organisation of that kind."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .reference import ORG_HEADS, find_in, org_automaton

_CAP = r"[A-Z][\w’'\-]*"
_JOIN = r"(?:of|for|and|on|the|de|du|la)"
_TAIL = rf"(?: (?:of|for|on) (?:the )?{_CAP}(?: (?:{_CAP}|of|the|and|for))*)?"
_ORG_RULE = re.compile(
    rf"\b(?:{_CAP} )(?:(?:{_CAP}|{_JOIN}) ){{0,8}}?(?:{ORG_HEADS}){_TAIL}\b"
    rf"|\b(?:{ORG_HEADS}) (?:of|for) (?:the )?{_CAP}(?: (?:{_CAP}|of|the|and|for))*\b"
)
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
    hits = [OrgHit(s, e, t, org_id, "gazetteer") for s, e, t, org_id in find_in(org_automaton(), text) if org_id]
    negative = [(s, e) for s, e, _, org_id in find_in(org_automaton(), text) if not org_id]
    taken = [(h.start, h.end) for h in hits] + negative
    for match in _ORG_RULE.finditer(text):
        name = _TRAILING_JOINERS.sub("", match.group(0))
        start = match.start()
        if name.startswith("The "):
            name, start = name[4:], start + 4
        end = start + len(name)
        if len(name.split()) < 2 or any(s < end and start < e for s, e in taken):
            continue
        hits.append(OrgHit(start, end, name, "", "rule"))
        taken.append((start, end))
    for s, e in negative:
        hits.append(OrgHit(s, e, text[s:e], "", "gazetteer"))
    return sorted(hits, key=lambda h: h.start)


def find_definite_descriptions(text: str) -> list[tuple[int, int, str, str]]:
    """("the department", head word) spans, resolved later against earlier organisations."""
    return [(m.start(), m.end(), m.group(0), m.group("head")) for m in _DEFINITE.finditer(text)]
