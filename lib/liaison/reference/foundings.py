"""Founding years the documents state, checked against the reference `founded` dates of
organizations.csv: one check for the history timeline (01) and the disagreements ledger (05)."""
from __future__ import annotations

import pandas as pd

from liaison import schema
from liaison.load.dates import parse_iso

FOUNDING_COLUMNS = schema.columns("history_foundings")


def founding_check(events: pd.DataFrame, organizations: pd.DataFrame) -> pd.DataFrame:
    """Founding events, in table order, with the year the document states and the reference
    founding date. `agreement` is "agrees", "differs" (years differ), "no reference date" or
    "undated in text", so a reader sees where the text and the curated list part ways."""
    found = events[events.kind == "founding"] if not events.empty else events
    ref = organizations.set_index("org_id").founded.to_dict() if not organizations.empty else {}
    rows = []
    for row in found.itertuples():
        org_id = str(row.counterpart_id).removeprefix("org:") if row.counterpart_id else ""
        stated_year = _year(row.start)
        reference = ref.get(org_id, "") if org_id else ""
        reference_year = _year(reference)
        if stated_year is None:
            agreement = "undated in text"
        elif reference_year is None:
            agreement = "no reference date"
        else:
            agreement = "agrees" if stated_year == reference_year else "differs"
        rows.append({
            "body": row.counterpart, "body_id": row.counterpart_id, "stated": row.start or "",
            "stated_year": stated_year, "reference_founded": reference, "reference_year": reference_year,
            "agreement": agreement, "doc_id": row.doc_id, "evidence": row.evidence,
        })
    out = pd.DataFrame(rows, columns=FOUNDING_COLUMNS)
    for col in ("stated_year", "reference_year"):
        out[col] = out[col].astype("Int64")
    return out


def _year(value: str | None) -> int | None:
    date = parse_iso(value) if value else None
    return date.year if date else None
