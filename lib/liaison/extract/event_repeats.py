"""One row for an event its report tells twice. The folding (`fold_retellings`) and the rank of a
telling's date are shared with the Chinese rules (`zh_repeats.merge_repeats`); what makes two
English tellings one event is here: "Liu arrived in Kathmandu on Sunday ...
He is on a four-day visit to Nepal", "Liu met PM Deuba on Sunday ... Liu had reached Baluwatar
to meet PM Deuba on Sunday afternoon". Two tellings are one event when they are of one kind and
standing, have the same sides (either way round for a meeting), do not disagree on the place or
on being held by video, and their own dates (not the document's, nor a trip's days) overlap. The
telling with the firmest date is kept where the first stood; a merge never moves a date."""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Hashable
from typing import Any

from liaison.reference.pinyin import is_pinyin_name

# How firm a telling's date is, firmest first: stated in its own words, then a trip's or an
# occasion's, then the dateline's, then the document's. English and Chinese retellings share it.
BASIS_RANK = {"text": 0, "relative": 0, "trip": 1, "occasion": 1, "dateline": 2, "document date": 3, "": 4}


def fold_retellings(events: list[Any], group_key: Callable[[Any], Hashable], retold: Callable[[Any, Any], bool],
                    merged: Callable[[Any, Any], Any]) -> list[Any]:
    """The events with each retelling folded into the row of the telling it repeats: only rows of
    one `group_key` (kind and sides) are compared, `retold(kept, event)` says whether two tellings
    are one event, and `merged(kept, event)` is the row that stands for both."""
    kept: list[Any] = []
    groups: dict[Hashable, list[int]] = {}  # the rows kept so far by kind and sides: only these may repeat
    for event in events:
        group = groups.setdefault(group_key(event), [])
        twin = next((i for i in group if retold(kept[i], event)), None)
        if twin is None:
            group.append(len(kept))
            kept.append(event)
        else:
            kept[twin] = merged(kept[twin], event)
    return kept


def dates_overlap(one: Any, other: Any) -> bool:
    """Whether two tellings' days overlap ("~" closes a year or a month after all its days)."""
    return not (one.end or one.start) + "~" < other.start and not (other.end or other.start) + "~" < one.start


def merge_retold(events: list[Any]) -> list[Any]:
    """The English events with each retelling folded into the first telling's row, and each meeting
    told first with "a senior CPC official" folded into the one that names him."""
    return _fold_unnamed(fold_retellings(events, _sides, _retold, _firmer))


# "President X met a senior Communist Party of China official in Malacanang on Monday. Chongqing party chief
# Y paid a courtesy call on the President": the body stands for its official the report names.
_CHINESE_BODY = re.compile(
    r"Communist Party of China|Chinese Communist Party|\bCPC\b|\bCCP\b|International Department"
    # ... or an unnamed group of them: "senior Chinese party officials"
    r"|^(?:[\w-]+ ){0,3}(?:Chinese|CPC|CCP) (?:[\w-]+ ){0,2}(?:officials|delegation|delegates|cadres)$"
)


def _fold_unnamed(events: list[Any]) -> list[Any]:
    """The meetings with each one between a person and a Chinese body folded into the report's meeting of
    that person with a Chinese person, which takes its date when its own is only the document's."""
    dropped = set()
    for at, vague in enumerate(events):  # "Chen Min'er" is pinyin too
        if vague.kind != "meeting" or (body := _body_side(vague)) is None:
            continue
        person = vague.counterpart_id if body == "actor" else vague.actor_id
        named = next((e for e in events if e.kind == "meeting" and e is not vague and e.status == vague.status and
                      person in (e.actor_id, e.counterpart_id) and is_pinyin_name(
                          re.sub(r"['’]", "", e.counterpart if e.actor_id == person else e.actor))), None)
        if named is None:
            continue
        dropped.add(at)
        if vague.date_precision == "day" and BASIS_RANK.get(vague.date_basis, 4) < BASIS_RANK.get(named.date_basis, 4):
            named.start, named.end, named.date_precision, named.date_basis = (
                vague.start, vague.end, vague.date_precision, vague.date_basis)
        named.places = named.places or vague.places
    return [e for at, e in enumerate(events) if at not in dropped]


def _body_side(event: Any) -> str | None:
    """Which side of a meeting is a Chinese body while the other is a person: "actor", "counterpart" or None."""
    for side, other in (("counterpart", "actor"), ("actor", "counterpart")):
        if getattr(event, f"{other}_id").startswith("person:") and not getattr(event, f"{side}_id").startswith(
                "person:") and _CHINESE_BODY.search(getattr(event, side)):
            return side
    return None


def _sides(event: Any) -> Hashable:
    sides = (event.actor_id or event.actor, event.counterpart_id or event.counterpart)
    return event.kind, frozenset(sides) if event.kind == "meeting" else sides[0]


def _firmer(first: Any, event: Any) -> Any:
    """The telling with the firmer date, with a place from either."""
    better = event if BASIS_RANK.get(event.date_basis, 4) < BASIS_RANK.get(first.date_basis, 4) else first
    return dataclasses.replace(better, places=better.places or first.places or event.places)


def _retold(one: Any, other: Any) -> bool:
    if one.kind != other.kind or one.kind not in ("visit", "meeting", "summit") or one.status != other.status:
        return False
    if one.kind == "summit" and not _same_gathering(one.counterpart, other.counterpart):
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
    return not _dated(one) or not _dated(other) or dates_overlap(one, other)


def _same_gathering(one: str, other: str) -> bool:
    """Whether two names tell one gathering: "the BRICS Political Parties Plus Dialogue" and, later, "the dialogue"
    (one head noun, the shorter name's words all in the longer's); two unnamed ones are never matched."""
    a, b = one.lower().split(), other.lower().split()
    return bool(a and b) and a[-1] == b[-1] and (set(a) <= set(b) or set(b) <= set(a))


def _dated(event: Any) -> bool:
    """Whether a telling has a date of its own: the document's date and a trip's days are none."""
    return bool(event.start) and event.date_basis not in ("document date", "trip", "occasion")
