"""What an English event clause learns from the rest of its report: who "the delegation" is
when its leader is named in another sentence, where a meeting happens when the report tells of
the trip after it, and where "The meetings were held at the Great Hall of the People" puts the
meetings of the sentence before. Each rule is one pattern, tried only where its cue word is."""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Protocol

from liaison.extract.context import CuedPattern, SentenceView
from liaison.extract.mentions import Mention

# "a delegation of the CPC led by X", "The delegation, led by a member of ... Zhang Gaoli,",
# "Headed by X, the delegation ...": the leader is the first person after "by".
_LED_BY = CuedPattern(
    r"\b(?:delegation|delegates|team)\b[^.;]{0,60}?\b(?:led|headed)\s+by\s+|\b(?:Led|Headed)\s+by\s+",
    ("led by", "headed by", "Led by", "Headed by"),
)
# "X led a CPC delegation to ...": the leader is the sentence's first person, before the verb.
_LEADS = CuedPattern(r"\b(?:led|leads|leading|headed|heads)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}delegation\b",
                     ("delegation",))
# Between "led by" and the leader's name only a title may stand, never a verb or a clause.
_NOT_A_TITLE = re.compile(r"\b(?:met|meets|held|visited|arrived|said|was|were|is|are|has|have|will|who|which|that)\b")
_TITLE_SPAN = 140
# A clause whose subject is the delegation itself, its leader unnamed there: "The Chinese
# delegation also met ...", "The delegation, that arrived on Sunday, met ...".
DELEGATION_SUBJECT = CuedPattern(
    r"\s*(?:[A-Z][A-Z .’'-]+:\s+)?(?:(?:The|A|An|This|That|Its|Their)\s+)?(?:[\w()’'-]+\s+){0,6}?"
    r"(?:delegation|delegates|team)\b"
    r"(?![^.;]{0,40}?\b(?:led|headed)\s+by\b)",
    ("delegation", "delegates", "team"),
)
# "a delegation of the CPC on an official goodwill visit to": the delegation makes the visit.
ON_ITS_VISIT = CuedPattern(r"\bdelegation\b[^,.;]{0,80}?\s+on\s+(?:an?|its|their)\s+(?:[\w-]+\s+){0,3}$",
                           ("delegation",))
# Whom a meeting receives when it names only "the Chinese delegation": its leader, named elsewhere.
_THE_DELEGATION = re.compile(r"(?:(?:Chinese|CPC|visiting|Vietnamese|Lao|Cuban|[A-Z]{2,5})\s+)*delegation")
# "The meetings were held at the Great Hall of the People in Beijing": where the sentence
# before's meetings took place.
_HELD_AT = CuedPattern(
    r"\s*(?:The|These|Both|All)\s+(?:two\s+)?(?:meetings?|talks)\s+(?:was|were)\s+held\s+(?:at|in)\b", ("held",)
)


class _Event(Protocol):
    kind: str
    mode: str
    actor_id: str
    counterpart_id: str
    places: str
    region: str
    start: str
    end: str
    status: str
    date_basis: str


def delegation_leader(text: str, views: list[SentenceView]) -> Mention | None:
    """The one person a report names as leading a delegation, or None when it names none or
    several: who "the delegation" is in a sentence that does not name him."""
    leaders: dict[str, Mention] = {}
    for view in views:
        start, end = view.sentence.start, view.sentence.end
        for cue in _LED_BY.finditer(text, start, end):
            person = next((m for m in view.people if m.start >= cue.end()), None)
            if person and person.start - cue.end() <= _TITLE_SPAN and not _NOT_A_TITLE.search(text, cue.end(),
                                                                                                person.start):
                leaders.setdefault(person.entity_id, person)
        for cue in _LEADS.finditer(text, start, end):
            person = next((m for m in view.people if m.end <= cue.start()), None)
            if person:
                leaders.setdefault(person.entity_id, person)
    return next(iter(leaders.values())) if len(leaders) == 1 else None


def delegation_sides(text: str, kind: str, span: tuple[int, int], subject, actor, counterpart, leader: Mention):
    """The actor and counterpart once "the delegation" stands for the leader the report names
    elsewhere: as the clause's subject ("The delegation also met ...", "The delegation, that
    came after X dissolved the House, met ...": not a person inside the subject's relative
    clause), as the one "on a goodwill visit", or as whom a meeting receives."""
    start, trigger_at = span
    if kind == "meeting" and isinstance(counterpart, str) and _THE_DELEGATION.fullmatch(counterpart) \
            and actor is not None and actor.entity_id != leader.entity_id:
        counterpart = leader  # "chaired a working session with the Chinese delegation"
    if kind == "visit" and ON_ITS_VISIT.search(text, max(start, trigger_at - 120), trigger_at):
        return leader, counterpart  # "in honour of a delegation of the CPC on an official goodwill visit to the DPRK"
    if subject is None and kind in ("meeting", "visit", "summit") and (
            own := DELEGATION_SUBJECT.match(text, start, trigger_at)) and not (
            isinstance(actor, Mention) and actor.kind == "person" and not own.end() <= actor.start < trigger_at):
        return leader, counterpart
    return actor, counterpart


def meeting_place(text: str, view: SentenceView) -> list[str]:
    """The countries a "The meetings were held at/in X" sentence names, or [] for any other."""
    held = _HELD_AT.match(text, view.sentence.start, view.sentence.end)
    if not held:
        return []
    return list(dict.fromkeys(m.iso3 for m in view.mentions if m.kind == "place" and m.iso3
                              and m.place_kind != "demonym" and m.start >= held.end()))


def places_from_trip(events: Sequence[_Event], virtual: str = "virtual") -> None:
    """A meeting or gathering no clause places, by or with someone whose trip to one place the
    report tells anywhere ("Liu met PM Deuba on Sunday. ... He is on a four-day visit to
    Nepal."), happened on that trip, unless its date falls outside the trip's days (a report's
    own date may come up to three days after them)."""
    trips: dict[str, set[str]] = {}
    spans: dict[str, list[tuple[str, str]]] = {}
    for event in events:
        if event.kind == "visit" and event.places and event.actor_id and event.status in ("reported", "planned"):
            trips.setdefault(event.actor_id, set()).add(event.places)
            spans.setdefault(event.actor_id, []).append((event.start, event.end))
    for event in events:
        if event.kind not in ("meeting", "summit") or event.places or event.region or event.mode == virtual:
            continue
        traveller = next((side for side in (event.actor_id, event.counterpart_id) if side in trips), "")
        if not traveller or len(trips[traveller]) != 1:
            continue
        basis = "plan" if event.status == "planned" and event.date_basis == "document date" else event.date_basis
        if event.start and not any(_within(event.start, a, b, basis) for a, b in spans[traveller]):
            continue  # on a day outside the trip: "arranging a meeting with Y, who went to China in March"
        event.places = next(iter(trips[traveller]))
        if not event.mode:
            event.mode = "visit" if traveller == event.actor_id else "host"


def _within(day: str, first: str, last: str, basis: str) -> bool:
    """Whether an ISO date (of any precision) may fall in a trip's [first, last], each compared
    at the coarser precision; an undated trip holds any day, a trip told by one day any day
    from then on, and a plan dated by its report any trip not over by then."""
    if not first:
        return True
    last = last or first
    if len(first) == 10 and last == first:
        last = "9999"  # a trip told by one day (its arrival) runs on
    if basis == "plan":  # a plan current on the report's day: on a trip not yet over
        return last[:len(day)] >= day[:len(last)]
    if basis == "document date" and len(last) == 10 and last != "9999":
        last = (date.fromisoformat(last) + timedelta(days=3)).isoformat()
    return day[:len(first)] >= first[:len(day)] and day[:len(last)] <= last[:len(day)]
