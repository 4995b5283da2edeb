"""The same English event again for each further side its clause lists (moved out of `events.py`, which finds the
clause's first event): co-actors ("A and B jointly met C"), people listed on either side ("met with A, title, and B,
title"), the legs of a tour with days of their own, a gathering a delegation was led to attend, the further
gatherings one "attended" lists, and the visit a meeting is part of."""
from __future__ import annotations

from dataclasses import replace

from liaison.extract.context import SentenceView
from liaison.extract.event_clauses import attendee, delegation_gathering, joined_gathering
from liaison.extract.event_gathering_list import further_gatherings
from liaison.extract.event_more import stay_and_attendees
from liaison.extract.event_record import Event, Sides
from liaison.extract.event_refer import framing_visit
from liaison.extract.event_sides import co_actor, described_organization, listed_people, passive_host
from liaison.extract.event_where import tour_legs
from liaison.extract.mentions import Mention


def listed_events(text: str, view: SentenceView, event: Event, sides: Sides, span: tuple[int, int, int],
                  word: str) -> list[tuple[Event, Sides]]:
    """The same event for each further side the clause lists: "A and B jointly met C", "A, title, and
    B, title, attended", "A, title, B, title, and C met with X", "met with A, title, and B, title"; and
    the same visit for each further country of a tour told with days of its own."""
    start, trigger_at, end = span
    kind, actor, counterpart, counterpart_org, clause, copied = (event.kind, sides.actor, sides.counterpart,
                                                                 sides.counterpart_org, sides.clause, sides.occasion)
    events: list[tuple[Event, Sides]] = []
    if kind == "visit" and (attended := delegation_gathering(text, word, trigger_at, end)):
        events.append((replace(event, kind="summit", counterpart=attended, counterpart_id="", counterpart_org=""),
                       replace(sides, counterpart=None, counterpart_org=None)))  # "lead a delegation to attend X"
    if kind == "meeting" and (attended := joined_gathering(text, trigger_at, end)):  # "... and led the delegation to
        events.append((replace(event, kind="summit", counterpart=attended, counterpart_id="", counterpart_org=""),
                       replace(sides, counterpart=None, counterpart_org=None)))  # attend the symposium"
    if kind == "summit":  # "attended the A dialogue, the B dialogue, as well as the C Round Table"
        events += [(replace(event, counterpart=named, counterpart_id="", counterpart_org=""),
                    replace(sides, counterpart=None, counterpart_org=None))
                   for named in further_gatherings(text, word, trigger_at + len(word), end)]
    if kind == "visit" and event.places:  # "South Africa from Wednesday to Saturday and Uruguay from Monday"
        after = [m for m in view.free_mentions if trigger_at <= m.start and m.end <= end]
        for iso3, own in tour_legs(text, view, after, event.places.split("|")):
            events.append((replace(event, places=iso3, start=own.date.iso(), end=(own.end_date or own.date).iso(),
                                   date_precision=own.date.precision,
                                   date_basis="relative" if own.relative else "text"), sides))
    if kind == "meeting" and (framed := framing_visit(text, view, (actor, counterpart), trigger_at, end)):
        guest, country = framed  # "received X in Kunming as part of the Vietnamese leader's visit to China"
        events.append((replace(event, kind="visit", actor=guest.name, actor_id=guest.entity_id, counterpart="",
                               counterpart_id="", counterpart_org="", places=country, start="", end="",
                               date_precision="unknown", date_basis=""),
                       replace(sides, actor=guest, counterpart=None, counterpart_org=None)))
    if kind in ("meeting", "summit") and (partner := co_actor(text, view.free_mentions, actor, trigger_at,
                                                           word.startswith("co-chair")) or
                                          kind == "summit" and attendee(text, view, actor, start, trigger_at)):
        # "A and B jointly met C", "A, title, and B, title, attended"
        events.append((replace(event, actor=partner.name, actor_id=partner.entity_id), sides))
    events += stay_and_attendees(text, view, event, sides, span, word)
    # "A, title, B, title, and C met with X"; not a subject a joined verb took from the clause before
    if kind == "meeting" and isinstance(actor, Mention) and actor.kind == "person" and \
            start <= actor.start < trigger_at:
        for other in listed_people(text, view, actor, trigger_at):
            if not (isinstance(counterpart, Mention) and other.entity_id == counterpart.entity_id):
                events.append((replace(event, actor=other.name, actor_id=other.entity_id),
                               Sides(view, clause, other, counterpart, counterpart_org, copied)))
    if hosts := kind == "meeting" and isinstance(actor, Mention) and passive_host(text, trigger_at, actor.start):
        events += [(replace(event, actor=other.name, actor_id=other.entity_id), replace(sides, actor=other))
                   for other in listed_people(text, view, actor, end) if other is not counterpart]  # "by A, B and C"
    for other in listed_people(text, view, counterpart, end) if kind == "meeting" and not hosts else []:
        if actor is not None and other.entity_id == actor.entity_id:
            continue  # no one meets himself
        org = described_organization(view, other)
        events.append((replace(event, counterpart=other.name, counterpart_id=other.entity_id,
                               counterpart_org=org.name if org else ""),
                       Sides(view, clause, actor, other, org, copied)))
    return events
