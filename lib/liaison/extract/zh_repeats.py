"""The repeats a Chinese readout makes of one event, kept once. A readout tells one event more
than once (the lead, then "会见中，……"; a headline-like first line, then the story): the telling
with the firmest date is kept (`merge_repeats`).
"""
from __future__ import annotations

import dataclasses

from liaison.extract.event_repeats import BASIS_RANK, dates_overlap, fold_retellings
from liaison.extract.events import Event

_PRECISION = {"year": 1, "month": 2, "day": 3}


def merge_repeats(events: list[Event]) -> list[Event]:
    """One row per event a document tells more than once: same kind, same status (a telling that
    says neither when nor whether names the other), same two sides (either way round for a
    meeting), same places for a visit, and dates that do not disagree (two dates that do not
    overlap are two events, whether stated, counted or the dateline's; the document's date or a
    trip's days, given a telling that has none, are no date of its own). The telling with the
    firmest date is kept, in the place of the first; a date from another telling only fills in a
    missing one or narrows it to a day within it, so a merge never moves an event to another date."""
    kept = fold_retellings(events, _sides, _repeats, _merged)
    # "中联部……举办……对话会。中联部部长甲参会": a gathering told with who attends it is theirs; the body
    # that holds it stands for it only when no one is told attending
    attended = {e.counterpart for e in kept if e.kind == "summit" and e.actor_id not in _PARTY_BODIES}
    return [e for e in kept if not (e.kind == "summit" and e.actor_id in _PARTY_BODIES and e.counterpart in attended)]


def _sides(event: Event) -> tuple:
    pair = (_key(event.actor, event.actor_id), _key(event.counterpart, event.counterpart_id))
    # a visit is its visitor's, told with its host or without ("会见了到访的甲" … "甲应乙邀请抵达")
    if event.kind == "summit" and pair[0] in _PARTY_BODIES:  # one gathering the party holds, by any of its bodies
        return event.kind, pair[1]
    return event.kind, frozenset(pair) if event.kind == "meeting" else pair[0] if event.kind == "visit" else pair


def _merged(first: Event, event: Event) -> Event:
    """The telling with the firmest date, in the place of the first, its date filled in or
    narrowed by the other's."""
    better = event if _rank(event) < _rank(first) else first
    if not better.places and (first.places or event.places):
        better = dataclasses.replace(better, places=first.places or event.places)
    other = first if better is event else event
    if other.start and ((not better.start and (_dated(other) or other.status == better.status))
                        or (_within(other, better) and (
            BASIS_RANK.get(other.date_basis, 4) < BASIS_RANK.get(better.date_basis, 4)
            or _PRECISION.get(other.date_precision, 0) > _PRECISION.get(better.date_precision, 0)))):
        # "将于12月2日至4日……访问" and "今年……访华": the stated or finer day within the other's
        better = dataclasses.replace(better, start=other.start, end=other.end,
                                     date_precision=other.date_precision, date_basis=other.date_basis)
    return dataclasses.replace(better, start_char=first.start_char, end_char=first.end_char, evidence=first.evidence)


def _rank(event: Event) -> tuple[bool, int]:
    return (_unmarked(event), BASIS_RANK.get(event.date_basis, 4))


def _key(side: str, side_id: str) -> str:
    return side_id or side


def _within(inner: Event, outer: Event) -> bool:
    """Whether one telling's days lie within the other's ("~" closes a year or a month after all its days)."""
    return outer.start <= inner.start and (inner.end or inner.start) <= (outer.end or outer.start) + "~"


def _repeats(one: Event, other: Event) -> bool:
    # a reported meeting and one still planned (or sought, or called off) are two acts, unless one
    # telling says neither when nor whether ("此次的访美", "这是洪森……首次访华"): it names the other
    if one.kind != other.kind or {one.status, other.status} - {"reported", "planned"} or (
            one.status != other.status and not any(_unmarked(e) for e in (one, other))):
        return False
    a = (_key(one.actor, one.actor_id), _key(one.counterpart, one.counterpart_id))
    b = (_key(other.actor, other.actor_id), _key(other.counterpart, other.counterpart_id))
    # "中国共产党首次举行……对话会" and "由中联部主办的……对话会……举行": one gathering the party holds
    if one.kind == "summit" and a[1] == b[1] and {a[0], b[0]} <= _PARTY_BODIES:
        return True
    if not (a == b or (one.kind == "meeting" and a == b[::-1])
            or (one.kind == "visit" and a[0] == b[0] and not (a[1] and b[1]))):
        return False
    if one.kind == "visit" and one.places != other.places and one.places and other.places:
        return False
    # "在乌鲁木齐与托卡耶夫举行工作会谈" … "3月底……在阿斯塔纳会见托卡耶夫": two places, two meetings
    if one.kind == "meeting" and one.places and other.places \
            and not set(one.places.split("|")) & set(other.places.split("|")):
        return False
    return not _dated(one) or not _dated(other) or dates_overlap(one, other)


_PARTY_BODIES = frozenset({"org:cpc", "org:ild"})


def _unmarked(event: Event) -> bool:
    """A telling with no date and no word of its standing: "reported" only by default."""
    return event.status == "reported" and not _dated(event) and event.date_basis != "trip"


def _dated(event: Event) -> bool:
    """Whether a telling has a date of its own: the document's date stands in for none, and a trip's
    days ("访问期间") say only that the act fell within them, not its day."""
    return bool(event.start) and event.date_basis not in ("document date", "trip")
