"""Where a gathering attended took place when its own clause does not say, but another sentence of the report holds
it: "A conference on the 20th anniversary of ties ... was held in Beijing. Speaking at the conference, X said ...";
"The dialogue ... will be held in Beijing from Nov. 30 to Dec. 3. President X will attend and deliver a keynote
speech at the dialogue's opening." The gathering is the same when its word is ("conference", "dialogue"); a report
that holds two of them, in two countries, places neither. Tried only in sentences holding "held" or "convened"."""
from __future__ import annotations

import re
from collections.abc import Sequence

from liaison.extract.context import CuedPattern, SentenceView
from liaison.extract.triggers import GATHERING_NOUNS, VIRTUAL

# "A conference on ... was held in Beijing", "The dialogue between A and B will be held in Beijing", "The 6th
# meeting of ... convened in Tokyo": the gathering's word, then where it was (or will be) held.
_HELD_IN = CuedPattern(
    rf"\b(?:[Tt]he|[Aa]n?|[Tt]his)\s+(?:[\w’'\"“”()-]+\s+){{0,10}}?(?P<noun>{GATHERING_NOUNS})\b[^.;:]{{0,220}}?"
    r"\s+(?:(?:was|were|will\s+be|is\s+to\s+be|are\s+to\s+be|is\s+being|has\s+been)\s+(?:held|convened)|convened)"
    r"(?:\s+(?:on|this|last|next)\s+\w+)?\s+(?:in|at)\s+",
    ("held", "convened"),
)


_NOUN = re.compile(rf"\b(?:{GATHERING_NOUNS})\b", re.I)


def _word(noun: str) -> str:
    """The gathering's word: "conference" of "conference on public administration", "dialogue" of "High Level
    Dialogue"."""
    found = _NOUN.search(noun)
    return (found.group(0) if found else noun).lower().split()[-1] if noun.strip() else ""


def held_places(text: str, views: Sequence[SentenceView]) -> dict[str, str]:
    """The country each gathering word is held in, where the report holds it in one country only."""
    found: dict[str, set[str]] = {}
    for view in views:
        for held in _HELD_IN.finditer(text, view.sentence.start, view.sentence.end):
            place = next((m.iso3 for m in view.mentions if m.kind == "place" and m.iso3 and
                          m.place_kind != "demonym" and m.start >= held.end()), "")
            if place:
                found.setdefault(_word(held.group("noun")), set()).add(place)
    return {word: places.pop() for word, places in found.items() if len(places) == 1}


def places_from_held(text: str, views: Sequence[SentenceView], events: Sequence) -> None:
    """A gathering attended that nothing else placed (not one held by video) takes the country a sentence of the
    report says a gathering of its word was held in."""
    unplaced = [e for e in events if e.kind == "summit" and not e.places and not e.region and e.counterpart
                and not VIRTUAL.search(e.counterpart) and not VIRTUAL.search(e.evidence)]
    if not unplaced:
        return
    held = held_places(text, views)
    for event in unplaced:
        if place := held.get(_word(event.counterpart)):
            event.places = place
