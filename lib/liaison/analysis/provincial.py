"""Who held a post in a Chinese province on a given day, by the curated reference tenures.

A document may name a provincial party secretary without the extraction resolving the post to
the province ("Secretary of the CPC Yunnan Provincial Committee" read as a CPC post, or a Chinese
"自治区党委" with no id). The reference lists (people.csv) date such posts with sources, so a
trip abroad by their holder can still be counted, and says which list it rests on. A tenure
with neither start nor end known places no day and counts for none.
"""
from __future__ import annotations

import pandas as pd

from liaison.reference.provinces import PROVINCE_PREFIX


def provincial_tenures(tenures: pd.DataFrame | None) -> dict[str, list[tuple[str, str, str, str]]]:
    """person_id -> [(first day, last day, title, organisation)] of the reference's provincial
    tenures with a known start or end; partial dates cover their whole month or year."""
    if tenures is None or tenures.empty:
        return {}
    rows = tenures[tenures.organization_id.fillna("").str.startswith(PROVINCE_PREFIX)
                   & ((tenures.start.fillna("") != "") | (tenures.end.fillna("") != ""))]
    held: dict[str, list[tuple[str, str, str, str]]] = {}
    for r in rows.sort_values(["person_id", "start", "title"]).itertuples():
        held.setdefault(r.person_id, []).append((_pad(r.start, "00", "0000"), _pad(r.end, "99", "9999"),
                                                 r.title, r.organization))
    return held


def post_on(held: dict[str, list[tuple[str, str, str, str]]], person_id: str, first: str, last: str
            ) -> tuple[str, str] | None:
    """(title, organisation) of the provincial tenure overlapping [first, last] (ISO days), else None."""
    for start, end, title, organization in held.get(person_id, []):
        if start <= last and end >= first:
            return title, organization
    return None


def _pad(date: object, fill: str, empty: str) -> str:
    """A partial ISO date as a comparable day string ("2024" -> "2024-00-00" or "2024-99-99")."""
    text = "" if date is None or pd.isna(date) else str(date)
    if not text:
        return empty
    return text + {4: f"-{fill}-{fill}", 7: f"-{fill}"}.get(len(text), "")
