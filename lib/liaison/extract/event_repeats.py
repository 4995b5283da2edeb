"""One row for an English event its report tells twice: "Liu arrived in Kathmandu on Sunday ...
He is on a four-day visit to Nepal", "Liu met PM Deuba on Sunday ... Liu had reached Baluwatar
to meet PM Deuba on Sunday afternoon". Two tellings are one event when they are of one kind and
standing, have the same sides (either way round for a meeting), do not disagree on the place or
on being held by video, and their own dates (not the document's, nor a trip's days) overlap. The
telling with the firmest date is kept where the first stood; a merge never moves a date."""
from __future__ import annotations

import dataclasses
from typing import Any

_BASIS_RANK = {"text": 0, "relative": 0, "trip": 1, "occasion": 1, "dateline": 2, "document date": 3, "": 4}


def merge_retold(events: list[Any]) -> list[Any]:
    """The events with each retelling folded into the first telling's row."""
    kept: list[Any] = []
    groups: dict[tuple, list[int]] = {}  # the rows kept so far by kind and sides: only these may repeat
    for event in events:
        sides = (event.actor_id or event.actor, event.counterpart_id or event.counterpart)
        group = groups.setdefault((event.kind, frozenset(sides) if event.kind == "meeting" else sides[0]), [])
        twin = next((i for i in group if _retold(kept[i], event)), None)
        if twin is None:
            group.append(len(kept))
            kept.append(event)
            continue
        first = kept[twin]
        better = event if _BASIS_RANK.get(event.date_basis, 4) < _BASIS_RANK.get(first.date_basis, 4) else first
        kept[twin] = dataclasses.replace(better, places=better.places or first.places or event.places)
    return kept


def _retold(one: Any, other: Any) -> bool:
    if one.kind != other.kind or one.kind not in ("visit", "meeting") or one.status != other.status:
        return False
    if (one.mode == "virtual") != (other.mode == "virtual"):
        return False  # "had earlier held virtual talks with" him: another meeting
    a = (one.actor_id or one.actor, one.counterpart_id or one.counterpart)
    b = (other.actor_id or other.actor, other.counterpart_id or other.counterpart)
    if one.kind == "meeting" and not (a[1] and set(a) == set(b)):
        return False
    if one.kind == "visit" and (a[0] != b[0] or (a[1] and b[1] and a[1] != b[1])):
        return False
    if one.places and other.places and one.places != other.places:
        return False
    if not _dated(one) or not _dated(other):
        return True
    return not (one.end or one.start) + "~" < other.start and not (other.end or other.start) + "~" < one.start


def _dated(event: Any) -> bool:
    """Whether a telling has a date of its own: the document's date and a trip's days are none."""
    return bool(event.start) and event.date_basis not in ("document date", "trip", "occasion")
