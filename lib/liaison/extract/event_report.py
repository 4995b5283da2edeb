"""What an English event clause learns from the rest of its report (who "the delegation" is:
see delegations.py): where a meeting happens when the report tells of
the trip after it, and where "The meetings were held at the Great Hall of the People" puts the
meetings of the sentence before. Each rule is one pattern, tried only where its cue word is."""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Protocol

from liaison.extract.context import CuedPattern, SentenceView
from liaison.extract.event_setting import SIDELINES
from liaison.extract.triggers import LOWER_GATHERING_NOUNS

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
    counterpart: str
    duration_days: float | None
    places: str
    region: str
    start: str
    end: str
    status: str
    date_basis: str


# "The meeting was presided over by the first vice-president of PSUV, X": who received the delegation the sentence
# before met as a body ("held a meeting with the United Socialist Party of Venezuela").
_PRESIDED = CuedPattern(r"\s*(?:The|This|That)\s+(?:meeting|talks|session)\s+(?:was|were)\s+"
                        r"(?:presided\s+over|chaired|hosted)\s+by\s+", ("presided", "chaired", "hosted"))
_NOT_A_POST = CuedPattern(r"\b(?:met|said|was|were|is|are|who|which|and)\b", ("met", "said", "was", "were", "is", "are",
                                                                             "who", "which", "and"))


# "After the talks, the two sides signed a memorandum of understanding": the sides of the meeting just told.
SIDES_SIGNED = CuedPattern(
    r"\s*(?:(?:After|Following|At\s+the\s+end\s+of)\s+(?:the|their)\s+(?:talks|meeting|discussions?)\s*,\s+)?"
    r"(?:the\s+two\s+sides|both\s+sides|the\s+sides|they|the\s+two\s+(?:parties|leaders))\s+(?:also\s+)?"
    r"(?:signed|inked)\b", ("signed", "inked"))


def meeting_day(text: str, view: SentenceView):
    """The day a "The meeting was held at X on Wednesday, May 17" sentence gives the meetings of the sentence
    before, or None."""
    held = _HELD_AT.match(text, view.sentence.start, view.sentence.end)
    return next((d for d in view.dates if held and d.start >= held.end()), None)


def presiding(text: str, view: SentenceView):
    """The person a "The meeting was presided over by <post>, X" sentence names, or None."""
    by = _PRESIDED.match(text, view.sentence.start, view.sentence.end)
    if by is None:
        return None
    person = next((m for m in view.people if m.start >= by.end()), None)
    if person is None or person.start - by.end() > 140 or _NOT_A_POST.search(text, by.end(), person.start):
        return None
    return person


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
        if event.kind == "visit" and event.places and "|" not in event.places and event.actor_id and \
                event.status in ("reported", "planned"):  # a tour of two countries says neither meeting's place
            trips.setdefault(event.actor_id, set()).add(event.places)
            # a trip dated only by its report ("is in Singapore on a four-day visit") began some days before it
            undated = event.date_basis == "document date"
            spans.setdefault(event.actor_id, []).append(("", "") if undated else _days_of(event))
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


def _days_of(trip: _Event) -> tuple[str, str]:
    """A trip's first and last day; one told by a single day and its length ("a four-day visit that ends today")
    may have that day as its first or its last, so it spans that many days either side."""
    one_day = len(trip.start) == 10 and trip.end in ("", trip.start)
    if not one_day or not trip.duration_days or trip.duration_days < 2:
        return trip.start, trip.end
    day, more = date.fromisoformat(trip.start), timedelta(days=int(trip.duration_days) - 1)
    return (day - more).isoformat(), (day + more).isoformat()


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


# "The Dialogue was held here today. A and B attended the event": the gathering just told, by a word for any one.
_THE_GATHERING = re.compile(rf"(?:the )?(?:{LOWER_GATHERING_NOUNS}|event|function|occasion|meeting|session|ceremony|"
                            r"gathering)")


def places_from_gathering(events: Sequence[_Event], evidence: Sequence[str]) -> None:
    """A gathering attended under a common word ("attended the event"), placed by nothing else and not
    held by video, is the one the report told just before, where that one was. A meeting "on the sidelines of" a
    gathering, placed by nothing else, happened where the report's gathering attended by one of its
    sides did, when the report places it in one country."""
    told = None
    for event in events:
        if event.kind != "summit" or event.status != "reported":
            continue
        if event.places or event.region:
            told = event
        elif told is not None and _THE_GATHERING.fullmatch(event.counterpart) and event.mode != "virtual":
            event.places = told.places
    for event, sentence in zip(events, evidence):
        if event.kind != "meeting" or event.places or event.region or not SIDELINES.search(sentence):
            continue
        held = {e.places for e in events if e.kind == "summit" and e.places and "|" not in e.places
                and e.actor_id in (event.actor_id, event.counterpart_id) and e.actor_id}
        if len(held) == 1:
            event.places = held.pop()


# A headline that tells the report's trip: "Senior CPC official visits Cambodia", "CPC delegation to visit Laos",
# "Vietnamese party chief wraps up visit to China": the country (one only) the trip is to.
_HEADLINE_TRIP = CuedPattern(r"\b(?:[Vv]isits?|[Vv]isiting|[Tt]ours?|[Aa]rrives\s+in|[Vv]isit\s+to|[Tt]rip\s+to)\s+",
                             ("isit", "our", "rrives", "rip"))


def places_from_headline(text: str, mentions: Sequence, events: Sequence[_Event]) -> None:
    """A meeting or gathering of the report's own days (not dated by a year alone) that the report places nowhere
    else, not held by video, happened in the one country its headline (the text's first line, short and with no full
    stop) says the report's trip is to ("Senior CPC official visits Cambodia ... Zhou met Hun Manet on Monday"), also
    one still ahead ("... to visit Nepal": the report tells its days); not a meeting recalled by its year ("In 2019,
    Hun Sen met Xi")."""
    line = text.find("\n", 0, 160)  # a short first line with no full stop: the headline
    trip = _HEADLINE_TRIP.search(text, 0, line) if line > 0 and not text[:line].rstrip().endswith(".") else None
    if trip is None:
        return
    countries = {m.iso3 for m in mentions if m.kind == "place" and m.iso3 and m.place_kind != "demonym" and
                 trip.end() <= m.start and m.end <= line}
    if len(countries) != 1:
        return
    for event in events:
        if event.kind in ("meeting", "summit") and not event.places and not event.region and event.mode != "virtual" \
                and len(event.start) != 4:  # not a meeting recalled by its year
            event.places = next(iter(countries))
