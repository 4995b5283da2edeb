"""What a meeting tells of its guest, read once per report after its clauses: "met the visiting X" is X's visit
where they meet (where the clause names no place, in the host's country: a host meets a visitor at home); "During
his stay, X met Y" under a dateline abroad is X's stay there; "met X, ..., who was in China for the CPC in Dialogue
with World Political Parties High-Level Meeting" (who came to China to attend the forum) is X's visit and X's
attendance at that gathering."""
from __future__ import annotations

from dataclasses import replace

from liaison.extract.context import CuedPattern
from liaison.extract.delegations import GROUP, GROUP_CUES
from liaison.extract.event_clauses import visiting_side
from liaison.extract.event_setting import home_country
from liaison.extract.mentions import Mention
from liaison.extract.triggers import GATHERING_NOUNS

_HIS_STAY = CuedPattern(r"\b[Dd]uring\s+(?:his|her|their)\s+stay\b", ("stay",))  # "During his stay from Wednesday"
# ", who was in China for the ... High-Level Meeting", ", who came to China to attend the SCO Political Parties Forum"
_CAME_FOR = CuedPattern(
    r",\s+who\s+(?:was|were|is|are|came|had\s+come|has\s+come|have\s+come|had\s+been|has\s+been)\s+"
    r"(?:here\s+|(?:in|to)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+)"
    r"(?:for|to\s+attend|to\s+take\s+part\s+in|to\s+participate\s+in)\s+(?:the|a|an)\s+"
    rf"(?:(?!visit|and\b)[\w’'\"“”()-]+\s+){{0,12}}?(?:{GATHERING_NOUNS}|Meeting)s?\b(?!\s+with\b)",
    ("who",),
)

# "met with visiting X ... while attending the G20 meeting in Rio": the host is not at home.
_ELSEWHERE = CuedPattern(r"\b(?:while\s+(?:attending|in|visiting)|on\s+the\s+(?:sidelines?|margins?)\s+of)\b",
                         ("while", "sideline", "margin"))
# A group between the guest and the "who": "met a delegation ..., who", "met X and other members ..., who".
_GROUP = CuedPattern(rf"\b(?:{GROUP}|groups?)\b", (*GROUP_CUES, "group"))


def _undated(event, kind: str, guest):
    return replace(event, kind=kind, actor=guest.name, actor_id=guest.entity_id, counterpart="",
                   counterpart_id="", counterpart_org="", start="", end="", date_precision="unknown", date_basis="")


def guest_events(text: str, out: list, settling: list) -> None:
    """Add to `out` (and to `settling`, with what its sides read) the visits and attendances the report's meetings
    tell of their guests."""
    for event, sides in list(settling):
        if event.kind != "meeting":
            continue
        start, end = sides.view.sentence.start, sides.view.sentence.end
        pair = (sides.actor, sides.counterpart)
        guest = visiting_side(text, pair, start)
        if guest is not None and guest.kind == "person" and not event.places and "visiting" in text[start:end] \
                and not _ELSEWHERE.search(text, start, end):
            host = sides.counterpart if guest is sides.actor else sides.actor
            if host is not None and not isinstance(host, str) and host.kind == "person" and (
                    country := home_country(host, sides.view)) and country != home_country(guest, sides.view):
                event.places = country  # "Xi met a visiting group led by X": the host is at home
        if event.places and guest is not None and guest.kind == "person" and \
                not any(e.kind == "visit" and e.actor_id == guest.entity_id for e in out):
            out.append(_undated(event, "visit", guest))
            settling.append((out[-1], replace(sides, actor=guest, counterpart=None, counterpart_org=None)))
        elif event.places and "|" not in event.places and (guest := sides.actor) and \
                guest.kind == "person" and _HIS_STAY.search(event.evidence) and home_country(guest) not in (
                "", event.places) and not any(e.kind == "visit" and e.actor_id == guest.entity_id for e in out):
            out.append(replace(event, kind="visit", counterpart="", counterpart_id="", counterpart_org=""))
            settling.append((out[-1], replace(sides, counterpart=None, counterpart_org=None)))  # his stay there
        if event.places and (came := _CAME_FOR.search(text, start, end)):
            guest = sides.counterpart  # the one met, described up to the "who": not "met a delegation ..., who"
            if not isinstance(guest, Mention) or guest.kind != "person" or not guest.end <= came.start() or \
                    _GROUP.search(text, guest.end, came.start()) or any(
                    m.kind == "person" and guest.end <= m.start < came.start() for m in sides.view.mentions):
                continue
            for kind in ("visit", "summit"):
                if not any(e.kind == kind and e.actor_id == guest.entity_id for e in out):
                    out.append(_undated(event, kind, guest))
                    settling.append((out[-1], replace(sides, actor=guest, counterpart=None, counterpart_org=None)))


# "Wang is in Vietnam for a visit and to co-chair a conference", "X was in Beijing on a three-day visit and to attend
# the forum": the gathering's trigger wins the clause, but the trip before it is the attendee's visit there too.
_VISIT_AND = CuedPattern(
    r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+in\s+(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+"
    r"(?:for|on)\s+(?:an?|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?visit\s+and\s+(?:to|will)\s", ("visit and",))


def visit_and_attend(text: str, out: list, settling: list) -> None:
    """Add the visit a gathering's clause tells before "and to <attend>" (placed where it says), once a person's."""
    for event, sides in list(settling):
        actor = sides.actor
        if event.kind != "summit" or not isinstance(actor, Mention) or actor.kind != "person":
            continue
        trip = _VISIT_AND.search(text, actor.end, sides.view.sentence.end)
        # the actor's own "is in ...": nobody else named between (not "the forum, which X, who is in Laos ...,
        # attended", chaired by the host at home)
        place = trip and not any(m.kind == "person" and actor.end <= m.start < trip.start() for m in
                                 sides.view.mentions) and next((m for m in sides.view.mentions if m.kind == "place"
                                                               and m.iso3 and m.start == trip.start("place")), None)
        if not place or place.iso3 == home_country(actor, sides.view) or any(
                e.kind == "visit" and e.actor_id == actor.entity_id for e in out):
            continue
        event.places = event.places or place.iso3
        out.append(replace(event, kind="visit", counterpart="", counterpart_id="", counterpart_org="",
                           places=place.iso3))
        settling.append((out[-1], replace(sides, counterpart=None, counterpart_org=None)))


# "left for China for a 10-day workshop", "arrived in Beijing for the forum", "travelled to Hanoi for a seminar on":
# a trip made for a gathering is its traveller's attendance there too (not "for a visit", no gathering).
_TRIP_FOR = CuedPattern(
    r"\b(?:left|departed|arrived|travell?ed|flew|headed)\b[^.;,]{0,60}?\bfor\s+(?:an?|the)\s+"
    # ... the gathering's own words ("a three-day workshop", "the 20th Party Congress"), not "the first time since the
    # Congress", "a week of preparations before the Forum"
    rf"(?:(?!visit|tour|trip|time|since|before|after|ahead|week|month|year)[\w’'\"“”()-]+\s+){{0,6}}?"
    rf"(?:{GATHERING_NOUNS})s?\b",
    (" for a", " for the", " for an"),
)


def trip_for_gathering(out: list, settling: list) -> None:
    """Add the attendance a person's trip clause gives as the trip's purpose ("left for China for a workshop"),
    where and when the trip is, once per person."""
    for event, sides in list(settling):
        actor = sides.actor
        if event.kind != "visit" or event.status != "reported" or not isinstance(actor, Mention) or \
                actor.kind != "person" or not (purpose := _TRIP_FOR.search(sides.clause)):
            continue
        if not any(e.kind == "summit" and e.actor_id == actor.entity_id for e in out):
            noun = purpose.group(0)[purpose.group(0).rindex(" for ") + 5:]
            out.append(replace(event, kind="summit", counterpart=noun, counterpart_id="", counterpart_org=""))
            settling.append((out[-1], replace(sides, counterpart=None, counterpart_org=None)))
