"""One real-world event, however many reports: the event_key that events share.

A meeting is reported by Xinhua, by the partner's state media, in Chinese by the department
itself and again in a weekly round-up; counting rows would count it four times. Events share
a key when they are of one kind and their dates overlap, and either
- they have the same two participants (actor and counterpart, in either order: "Liu met X" and
  "X received Liu" are one meeting), unless they are visits, or
- they share a participant and a country (a place or the counterpart's country), and their
  named counterparts do not contradict each other: an English and a Chinese report of one
  meeting name the counterpart in two scripts.
Dates overlap when the days each date covers overlap: a month-precise date covers its month,
and an undated event reported by a dated document ("document date") covers the three days
before its report. Undated events share a key with no other.

Each grouping is sorted by first day and swept once, so the cost is n log n in events.
"""
from __future__ import annotations

import calendar
import datetime

import pandas as pd

# How long before its report an event dated only by the report may have happened.
REPORT_LAG = datetime.timedelta(days=3)


def event_keys(events: pd.DataFrame) -> pd.DataFrame:
    """`events` with event_key (the first event_id of its group) and event_reports filled."""
    if events.empty:
        return events.assign(event_key=events.event_id, event_reports=1)
    ids = events.event_id.tolist()
    spans = [_span(s, e, b) for s, e, b in zip(events.start, events.end, events.date_basis)]
    actors = [_participant(i, n) for i, n in zip(events.actor_id, events.actor)]
    counterparts = [
        _participant(i, n) or (f"party:{p}" if p else "")
        for i, n, p in zip(events.counterpart_id, events.counterpart, events.counterpart_party_id)
    ]
    parent = list(range(len(ids)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    by_pair: dict[tuple, list[int]] = {}
    by_place: dict[tuple, list[int]] = {}
    for i, kind in enumerate(events.kind):
        if spans[i] is None:
            continue
        people = sorted({actors[i], counterparts[i]} - {""})
        if len(people) == 2 and kind != "visit":  # a visit is one person's trip to a country
            by_pair.setdefault((kind, *people), []).append(i)
        countries = set(filter(None, str(events.places.iat[i]).split("|"))) | {events.counterpart_country.iat[i]}
        for person in people:
            for country in countries - {""}:
                by_place.setdefault((kind, person, country), []).append(i)
    for members in by_pair.values():
        _sweep(members, spans, union, None)
    for members in by_place.values():
        _sweep(members, spans, union, counterparts)
    roots = [find(i) for i in range(len(ids))]
    keys = [ids[r] for r in roots]
    counts = pd.Series(keys).value_counts()
    return events.assign(event_key=keys, event_reports=[int(counts[k]) for k in keys])


def _sweep(members: list[int], spans, union, counterparts: list[str] | None) -> None:
    """Join events whose spans overlap, in order of first day: each joins the open cluster
    when it overlaps it and (if `counterparts` is given) its counterpart is compatible with
    every counterpart named in the cluster, else it opens a cluster of its own."""
    members = sorted(members, key=lambda i: (spans[i][0], i))
    head, cluster_end, named = -1, None, set[str]()
    for i in members:
        first, last = spans[i]
        mine = counterparts[i] if counterparts else ""
        if head >= 0 and cluster_end is not None and first <= cluster_end and all(_compatible(mine, c) for c in named):
            union(head, i)
            cluster_end = max(cluster_end, last)
        else:
            head, cluster_end, named = i, last, set()
        if mine:
            named.add(mine)


def _compatible(a: str, b: str) -> bool:
    """Two counterparts can be one when either is unnamed, they are the same, or they are
    written in two scripts (an English and a Chinese report may name one person)."""
    return not a or not b or a == b or a.isascii() != b.isascii()


def _participant(entity_id: str, name: str) -> str:
    """A participant's identity: its entity id, else its name as written, folded."""
    return entity_id or " ".join(str(name).casefold().split())


def _span(start: str, end: str, basis: str) -> tuple[datetime.date, datetime.date] | None:
    """The first and last day a date could cover; None when undated."""
    if not start:
        return None
    first, _ = _days(start)
    _, last = _days(end or start)
    if basis == "document date":
        first -= REPORT_LAG
    return first, last


def _days(iso: str) -> tuple[datetime.date, datetime.date]:
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        day = datetime.date(*parts)
        return day, day
    if len(parts) == 2:
        year, month = parts
        return datetime.date(year, month, 1), datetime.date(year, month, calendar.monthrange(year, month)[1])
    return datetime.date(parts[0], 1, 1), datetime.date(parts[0], 12, 31)
