"""The foreign-party registry (`data/parties.csv`) and periods in government (`data/party_government.csv`).

Each party row has a source and a status (verified | unverified); see docs/parties.md for how the
registry was built. `in_government` answers from the listed periods only: a party with no period
listed is "unknown", never "no".
"""
from __future__ import annotations

from functools import lru_cache

import pandas as pd

from liaison.reference.lists import read_data

FAMILIES = (
    "communist", "socialist/social-democratic", "liberation movement", "nationalist",
    "conservative", "liberal", "green", "other",
)


@lru_cache(maxsize=1)
def parties() -> pd.DataFrame:
    return read_data("parties.csv")


@lru_cache(maxsize=1)
def party_government() -> pd.DataFrame:
    return read_data("party_government.csv")


def in_government(party_id: str, date_iso: str) -> str:
    """"yes" if `date_iso` (YYYY, YYYY-MM or YYYY-MM-DD) falls inside a listed period of the party,
    "no" if the party has periods and the date is outside all of them, "unknown" otherwise.

    A start is inclusive, an end exclusive (the day power passed on). Dates are compared at the
    precision both sides share, so a year-only date inside a start or end year is "yes": the party
    governed for at least part of that year."""
    date_iso = (date_iso or "").strip()
    if not party_id or not date_iso:
        return "unknown"
    periods = party_government()
    periods = periods[periods.party_id == party_id]
    if periods.empty:
        return "unknown"
    for row in periods.itertuples():
        if _after_start(date_iso, row.start) and _before_end(date_iso, row.end):
            return "yes"
    return "no"


def _cut(a: str, b: str) -> tuple[str, str]:
    n = min(len(a), len(b))
    return a[:n], b[:n]


def _after_start(date: str, start: str) -> bool:
    if not start:
        return True
    d, s = _cut(date, start)
    return d >= s


def _before_end(date: str, end: str) -> bool:
    if not end:
        return True
    d, e = _cut(date, end)
    if len(date) < len(end) or len(end) < len(date):
        return d <= e  # the shared prefix is the end's year or month: in government for part of it
    return d < e
