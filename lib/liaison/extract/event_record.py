"""The row an English event becomes, and what its mode and foreign side are read from (moved out of `events.py`,
which finds the events): one module for the record, so the rules that add events (events.py, event_listed.py, the
Chinese modules) build and settle it alike."""
from __future__ import annotations

from dataclasses import dataclass

from liaison.extract.context import SentenceView
from liaison.extract.event_actor import label
from liaison.extract.event_setting import clause_mode, home_country
from liaison.extract.event_sides import foreign_side
from liaison.extract.mentions import Mention


@dataclass
class Event:
    kind: str
    mode: str
    actor: str
    actor_id: str
    counterpart: str
    counterpart_id: str
    counterpart_org: str
    places: str
    region: str
    start: str
    end: str
    date_precision: str
    duration_days: float | None
    n_countries: float | None
    start_char: int
    end_char: int
    evidence: str
    status: str = "reported"
    date_basis: str = ""
    counterpart_party_id: str = ""
    counterpart_country: str = ""
    counterpart_party_in_government: str = "unknown"
    in_government_basis: str = ""


@dataclass
class Sides:
    """What an event's mode and foreign side are read from once its places are final."""
    view: SentenceView
    clause: str
    actor: Mention | None
    counterpart: Mention | str | None
    counterpart_org: Mention | None
    occasion: Event | None = None  # the earlier meeting whose place it took, and whose mode when its own says none


def settle(event: Event, sides: Sides) -> None:
    """The mode (CAMEO 042/043/044) and the foreign side of an event whose places the rest of
    its report may have told after its clause ("The talks were held in Phnom Penh", a trip):
    the clause's own reading wins, else what the trip or the occasion said."""
    if event.mode != "virtual":
        event.mode = clause_mode(sides.clause, event.kind, [p for p in event.places.split("|") if p],
                           home_country(sides.actor), home_country(sides.counterpart_org) or
                           home_country(sides.counterpart, sides.view)) or (
            sides.occasion.mode if sides.occasion else event.mode)
    (event.counterpart_party_id, event.counterpart_country, event.counterpart_party_in_government,
     event.in_government_basis) = foreign_side(event.kind, event.places, event.start, sides.view, sides.actor,
                                               sides.counterpart, sides.counterpart_org)


def build_event(kind, actor, counterpart, counterpart_org, places, region, first, view, start, end) -> Event:
    """The row of one clause's event: its sides, places and first date, its duration and number of countries from
    the quantities the clause gives; its mode is read later (`settle`)."""
    durations = [q for q in view.quantities if start <= q.start < end and q.unit == "days"]
    countries = [q for q in view.quantities if start <= q.start < end and q.unit == "countries"]
    return Event(
        kind=kind,
        mode="",  # read once the report has told all its places (settle)
        actor=actor.name if actor else "",
        actor_id=actor.entity_id if actor else "",
        counterpart=label(counterpart) if counterpart else "",
        counterpart_id=counterpart.entity_id if counterpart and not isinstance(counterpart, str) else "",
        counterpart_org=counterpart_org.name if counterpart_org else "",
        places="|".join(dict.fromkeys(places)),
        region=region,
        start=first.date.iso() if first else "",
        end=(first.end_date.iso() if first and first.end_date else (first.date.iso() if first else "")),
        date_precision=first.date.precision if first else "unknown",
        duration_days=durations[0].value if durations else None,
        n_countries=countries[0].value if countries else None,
        start_char=view.sentence.start,
        end_char=view.sentence.end,
        evidence=view.sentence.text,
    )
