"""Where a gathering attended took place when its own clause does not say, but another sentence of the report holds it:
"A conference on the 20th anniversary of ties ... was held in Beijing. Speaking at the conference, X said ..."; "The
dialogue ... will be held in Beijing from Nov. 30 to Dec. 3. President X will attend and deliver a keynote speech at
the dialogue's opening." The gathering is the same when its word is ("conference", "dialogue"), it is told to come
when the gathering is planned and told held when not, and its sentence names no year only of another (not "the next
forum", "a separate seminar", "The first forum was held in Phnom Penh in 2023"); a report that holds two of them, in
two countries, places neither. Tried only in sentences holding "held" or "convened"."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from liaison.extract.context import CuedPattern, SentenceView
from liaison.extract.triggers import GATHERING_NOUNS, VIRTUAL

# "A conference on ... was held in Beijing", "The dialogue between A and B will be held in Beijing", "The 6th
# meeting of ... convened in Tokyo": the gathering's word, then where it was (or will be) held; not another
# edition or another gathering ("The next forum will be held in ...", "A separate seminar ...").
_HELD_IN = CuedPattern(
    rf"\b(?:[Tt]he|[Aa]n?|[Tt]his)\s+(?P<mods>(?:[\w’'\"“”()-]+\s+){{0,10}}?)(?P<noun>{GATHERING_NOUNS})\b[^.;:]{{0,220}}?"
    r"\s+(?:(?P<when>was|were|will\s+be|is\s+to\s+be|are\s+to\s+be|is\s+being|has\s+been)\s+(?:held|convened)|"
    r"convened)(?:\s+(?:on|this|last|next)\s+\w+)?\s+(?:in|at)\s+",
    ("held", "convened"),
)
_OTHER = re.compile(r"\b(?:next|previous|last|past|earlier|following|upcoming|preceding|separate|another|other|"
                    r"subsequent|future)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


_NOUN = re.compile(rf"\b(?:{GATHERING_NOUNS})\b", re.I)


def _word(noun: str) -> str:
    """The gathering's word: "conference" of "conference on public administration", "dialogue" of "High Level
    Dialogue"."""
    found = _NOUN.search(noun)
    return (found.group(0) if found else noun).lower().split()[-1] if noun.strip() else ""


def held_places(text: str, views: Sequence[SentenceView]) -> list[tuple[str, str, bool, set[str]]]:
    """(gathering word, country, told to come, the years its sentence names) for each sentence telling a gathering
    held somewhere, not another edition ("the next forum") nor another gathering ("a separate seminar")."""
    found = []
    for view in views:
        for held in _HELD_IN.finditer(text, view.sentence.start, view.sentence.end):
            if _OTHER.search(held.group("mods")):
                continue
            place = next((m.iso3 for m in view.mentions if m.kind == "place" and m.iso3 and
                          m.place_kind != "demonym" and m.start >= held.end()), "")
            if place:
                to_come = bool(held.group("when")) and held.group("when").split()[0].lower() in ("will", "is", "are") \
                    and "being" not in held.group("when")
                found.append((_word(held.group("noun")), place, to_come, set(_YEAR.findall(view.sentence.text))))
    return found


def places_from_held(text: str, views: Sequence[SentenceView], events: Sequence) -> None:
    """A gathering attended that nothing else placed (not one held by video) takes the country a sentence of the
    report says a gathering of its word was held in: one told to come for a planned gathering, one told held for
    another, not in a sentence naming only other years than the gathering's; none when those are two countries."""
    unplaced = [e for e in events if e.kind == "summit" and not e.places and not e.region and e.counterpart
                and not VIRTUAL.search(e.counterpart) and not VIRTUAL.search(e.evidence)]
    if not unplaced:
        return
    held = held_places(text, views)
    for event in unplaced:
        word, planned, year = _word(event.counterpart), event.status == "planned", (event.start or "")[:4]
        places = {place for noun, place, to_come, years in held if noun == word and to_come == planned and (
            not years or not year or year in years)}
        if len(places) == 1:
            event.places = places.pop()


# "The meeting in Port Vila focused on ...", "The talks were held in the Vanuatu capital": where the report's meeting
# was, told by its noun in a sentence of its own (not another one: "the next meeting", "previous talks").
_MET_IN = CuedPattern(r"\b[Tt]he\s+(?P<mods>(?:[\w-]+\s+){0,2}?)(?:meeting|talks|discussions?)\s+"
                      r"(?:(?:was|were)\s+held\s+)?(?:in|at)\s+(?:the\s+)?", ("meeting", "talks", "discussion"))


def _met_places(text: str, views: Sequence[SentenceView]) -> list[tuple[str, set[str]]]:
    """(country, the years its sentence names) of each sentence saying where the report's meeting was held."""
    return [(m.iso3, set(_YEAR.findall(view.sentence.text))) for view in views
            for held in _MET_IN.finditer(text, view.sentence.start, view.sentence.end)
            if not _OTHER.search(held.group("mods")) for m in view.mentions
            if m.kind == "place" and m.iso3 and m.start == held.end()]


def places_over_the_dateline(text: str, views: Sequence[SentenceView], events: Sequence,
                             lined: Sequence[tuple[Any, bool]], place_trips: Callable[[], None]) -> None:
    """A wire's meeting its dateline alone placed, in a country no side is from (`lined`: "SYDNEY (Reuters) - X met
    Vanuatu's Prime Minister Y"), was where the report says it was held, or where it retells it placed ("X met Y on
    Monday morning after arriving in Vanuatu"), else where a side's trip went (`place_trips` places the report's
    unplaced events by its trips): the dateline is the bureau's. Where none of them says, a meeting of two sides whose
    countries are both known (each paired with True in `lined`) is unplaced; else it stays at the dateline."""
    filed = {id(event): event.places for event, _ in lined}
    told = _met_places(text, views) if lined else []
    for event, _ in lined:  # not a sentence naming only other years than the meeting's ("The talks in Beijing in 2023")
        said = {place for place, years in told if not years or event.start[:4] in years} or {
            other.places for other in events if id(other) not in filed and other.kind == event.kind and
            other.places and "|" not in other.places and other.actor_id == event.actor_id and
            other.counterpart_id == event.counterpart_id}
        said -= {filed[id(event)]}
        event.places = said.pop() if len(said) == 1 else ""
    place_trips()
    for event, both_known in lined:
        event.places = event.places or ("" if both_known else filed[id(event)])
