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

Each grouping is sorted by first day and swept once, so the cost is n log n in events. Where one
script names several counterparts in one overlap (two meetings the same day), only reports that
name the same counterpart join: which Chinese name is which English one is left unguessed.
"""
from __future__ import annotations

import calendar
import datetime
from collections import Counter

import pandas as pd

# How long before its report an event dated only by the report may have happened.
REPORT_LAG = datetime.timedelta(days=3)


def event_keys(events: pd.DataFrame) -> pd.DataFrame:
    """`events` with event_key (the first event_id of its group) and event_reports filled."""
    if events.empty:
        return events.assign(event_key=events.event_id, event_reports=1)
    ids = events.event_id.tolist()
    column = {name: events[name].tolist() for name in ("start", "end", "date_basis", "actor_id", "actor",
                                                       "counterpart_id", "counterpart", "counterpart_party_id")}
    spans = [_span(s, e, b) for s, e, b in zip(column["start"], column["end"], column["date_basis"])]
    actors = [_participant(i, n) for i, n in zip(column["actor_id"], column["actor"])]
    counterparts = [
        _participant(i, n) or (f"party:{p}" if p else "")
        for i, n, p in zip(column["counterpart_id"], column["counterpart"], column["counterpart_party_id"])
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

    by_pair, by_place = _groupings(events, spans, actors, counterparts)
    for members in by_pair.values():
        for cluster in _overlapping(members, spans):
            for i in cluster[1:]:
                union(cluster[0], i)
    for members in by_place.values():
        for cluster in _overlapping(members, spans):
            _join_compatible(cluster, counterparts, union)
    roots = [find(i) for i in range(len(ids))]
    keys = [ids[r] for r in roots]
    counts = Counter(keys)
    return events.assign(event_key=keys, event_reports=[counts[k] for k in keys])


def _groupings(events: pd.DataFrame, spans, actors: list[str], counterparts: list[str]):
    """Dated events by (kind, both participants) and by (kind, one participant, one country)."""
    by_pair: dict[tuple, list[int]] = {}
    by_place: dict[tuple, list[int]] = {}
    for i, (kind, places, country) in enumerate(zip(events.kind.tolist(), events.places.tolist(),
                                                    events.counterpart_country.tolist())):
        if spans[i] is None:
            continue
        people = sorted({actors[i], counterparts[i]} - {""})
        if len(people) == 2 and kind != "visit":  # a visit is one person's trip to a country
            by_pair.setdefault((kind, *people), []).append(i)
        countries = set(filter(None, str(places).split("|"))) | {country}
        for person in people:
            for country in sorted(countries - {""}):
                by_place.setdefault((kind, person, country), []).append(i)
    return by_pair, by_place


def _overlapping(members: list[int], spans) -> list[list[int]]:
    """The members in groups whose spans overlap (chains of overlaps), each in order of first
    day: one sort and one sweep."""
    members = sorted(members, key=lambda i: (spans[i][0], i))
    groups: list[list[int]] = []
    group_end = None
    for i in members:
        first, last = spans[i]
        if groups and group_end is not None and first <= group_end:
            groups[-1].append(i)
            group_end = max(group_end, last)
        else:
            groups.append([i])
            group_end = last
    return groups


def _join_compatible(group: list[int], counterparts: list[str], union) -> None:
    """Within one group of overlapping events sharing a participant and a country: when each
    script names at most one counterpart, they are one event (an English and a Chinese report of
    one meeting); when a script names several ("met A" and "met B" the same day), only reports
    naming the same counterpart join, since which Chinese name is which English one is unknown."""
    named = {counterparts[i] for i in group} - {""}
    scripts = [c.isascii() for c in named]
    if scripts.count(True) <= 1 and scripts.count(False) <= 1:
        for i in group[1:]:
            union(group[0], i)
        return
    first_of: dict[str, int] = {}
    for i in group:
        if counterparts[i]:
            union(first_of.setdefault(counterparts[i], i), i)


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
