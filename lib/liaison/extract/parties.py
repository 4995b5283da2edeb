"""Foreign parties named in English or Chinese text ("the ANC", "LPRP", "越共", "老挝人革党"),
resolved against the registry (reference/parties.py).

Why: the ILD's counterparts are parties, and a party names its country ("the Workers' Party of
Korea" is the DPRK). A form that does not say which party it is stays unread rather than
guessed: one several parties share ("PS", "PPP"), or a name made only of generic party words
("Democratic Alliance"), is read only when the same sentence names one candidate's country, or
the document named that party unmistakably elsewhere. A short acronym ("DA", "SNS", "PTI") is
also a common abbreviation outside politics ("PTI reported"), so it needs the same support, or,
for three letters, a party word next to it ("PTI chairman", "the ruling CCM").
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from liaison.reference.parties import find_party_forms, parties, party_forms

# A party word right after a short acronym, or "ruling" right before it.
_PARTY_CUE_AFTER = re.compile(
    r"[’']?s? (?:party|Party|Central Committee|Political Bureau|Politburo|Secretary-General|General Secretary|"
    r"Secretary General|leader|leaders|leadership|chairman|Chairman|chairperson|president|President|delegation|"
    r"member|members|cadres|congress|Congress|National Congress|government|lawmakers|MPs|candidate|"
    r"spokesperson|spokesman|officials|headquarters|Youth League|Women's League)\b"
)
_PARTY_CUE_BEFORE = re.compile(
    r"\b(?:ruling|governing|opposition|party|(?:delegation|members|leaders|leadership) (?:of|from)(?: the)?) $"
)
_NAME_GOES_ON = re.compile(r"-| [A-Z]| (?:agreement|measures|standards|projects?|model|framework)\b")
# What may follow a two-character Chinese abbreviation (越共中央, 古共代表团, 俄共、…): it keeps
# "古共" out of 考古共同体 and similar words.
_ZH_SHORT_NEXT = frozenset("中代总第领主党高副执全的和与同及等在十一二三四五六七八九、，。；：）」”")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|[。！？]")
# An acronym the text defines: "Egypt's ruling National Democratic Party (NDP)". It then names
# that body, whichever party the registry knows by the same letters.
_DEFINED = re.compile(r"\((?P<abbr>[A-Z][A-Za-z-]{1,7})\)")
_LONG_BEFORE = re.compile(r"[A-Z][\w'’-]*(?: (?:of|for|the|and|[A-Z][\w'’-]*)){1,7} $")
_WINDOW = 400  # how far a sentence is looked for around a form needing its country


@dataclass(slots=True)
class PartyHit:
    start: int
    end: int
    text: str
    party_id: str
    name: str  # the party's English name
    iso3: str


def find_parties(text: str, countries: list[tuple[int, str]]) -> list[PartyHit]:
    """Parties named in text, in order, each read only where it says which party it is.

    `countries` are (offset, iso3) of the places the text names, sorted: they settle the
    forms that need the country in their sentence."""
    forms = party_forms()
    candidates = [
        (start, end, surface, forms[form]) for start, end, surface, form in find_party_forms(text)
        if _standalone(text, start, end, surface)
    ]
    defined = _defined_acronyms(text, {surface for _, _, surface, _ in candidates})
    candidates = [c for c in candidates if c[2] not in defined or set(c[3].party_ids) & defined[c[2]]]
    named = {f.party_ids[0] for _, _, surface, f in candidates
             if len(f.party_ids) == 1 and not f.needs_country and not _short_acronym(surface)}
    chosen = [_choose(text, *candidate, named, countries) for candidate in candidates]
    named.update(chosen)  # "ANC Secretary-General ..." then "the ANC": the document said which
    rows = _registry()
    hits = []
    for (start, end, surface, form), party_id in zip(candidates, chosen):
        if not party_id and form.party_ids[0] in named and len(form.party_ids) == 1:
            party_id = form.party_ids[0]
        if party_id:
            name, iso3 = rows[party_id]
            hits.append(PartyHit(start, end, surface, party_id, name, iso3))
    return hits


def _defined_acronyms(text: str, surfaces: set[str]) -> dict[str, set[str]]:
    """Acronyms among `surfaces` that the text defines after a long name, each with the parties
    that long name is a form of (none for a body the registry does not know)."""
    defined: dict[str, set[str]] = {}
    if "(" not in text:
        return defined
    forms = party_forms()
    for match in _DEFINED.finditer(text):
        abbr = match.group("abbr")
        if abbr not in surfaces:
            continue
        long = _LONG_BEFORE.search(text, max(0, match.start() - 80), match.start())
        if long:
            ids = {pid for _, _, _, form in find_party_forms(long.group(0)) for pid in forms[form].party_ids}
            defined.setdefault(abbr, set()).update(ids)
    return defined


def _choose(text: str, start: int, end: int, surface: str, form, named: set[str],
            countries: list[tuple[int, str]]) -> str:
    """The party a form names here, or "" when the text does not say which."""
    ids = form.party_ids
    if len(ids) == 1 and not form.needs_country:
        if not _short_acronym(surface) or ids[0] in named:
            return ids[0]
        if len(surface) >= 3 and _cued(text, start, end):
            return ids[0]
    elif len(ids) == 1 and ids[0] in named:
        return ids[0]
    first, last = _sentence_around(text, start, end)
    low = bisect.bisect_left(countries, (first, ""))
    high = bisect.bisect_left(countries, (last, ""))
    in_sentence = {iso3 for _, iso3 in countries[low:high]}
    owners = _registry()
    matching = [party_id for party_id in ids if owners[party_id][1] in in_sentence]
    return matching[0] if len(matching) == 1 else ""


def _short_acronym(surface: str) -> bool:
    return surface.isascii() and len(surface) <= 3 and surface.isupper()


def _cued(text: str, start: int, end: int) -> bool:
    """A party word next to the acronym, or "the ANC" standing alone (not "the SPS Agreement")."""
    if _PARTY_CUE_AFTER.match(text, end) or _PARTY_CUE_BEFORE.search(text, max(0, start - 24), start):
        return True
    return text.startswith("the ", start - 4) and not _NAME_GOES_ON.match(text, end)


def _standalone(text: str, start: int, end: int, surface: str) -> bool:
    """A Chinese two-character form must be followed by what follows a party's name."""
    if surface.isascii() or len(surface) > 2:
        return True
    return end >= len(text) or text[end] in _ZH_SHORT_NEXT


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding [start, end), looked for within a window either side: from just
    after the last sentence end before it to the next one after it."""
    first = max(0, start - _WINDOW)
    for match in _SENTENCE_END.finditer(text, first, start):
        first = match.end()
    after = _SENTENCE_END.search(text, end, end + _WINDOW)
    return first, after.start() if after else min(len(text), end + _WINDOW)


@lru_cache(maxsize=1)
def _registry() -> dict[str, tuple[str, str]]:
    """party_id -> (English name, iso3)."""
    frame = parties()
    return {pid: (name, iso3) for pid, name, iso3 in zip(frame.party_id, frame.name, frame.iso3)}
