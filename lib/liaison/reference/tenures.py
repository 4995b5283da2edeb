"""The curated tenures (people.csv and ild_heads.csv) as one list, for every notebook that sets
documents' posts against them (03 personnel, 05 sources)."""
from __future__ import annotations

import pandas as pd

from liaison.reference.ids import person_id
from liaison.reference.lists import ild_heads, people
from liaison.reference.organizations import resolve_organization

TENURE_COLUMNS = [
    "person_id", "person", "title", "organization", "organization_id", "start", "end", "status", "as_of",
    "source", "file", "source_url", "note",
]
# Reference rows marked "current" were current as of the newest sources the curators saw
# (October 2025, see data notes); that is the date a "current" reference tenure is known to.
REFERENCE_AS_OF = "2025-10"
ILD_ORGANIZATION = "International Department of the CPC Central Committee"


def reference_tenures() -> pd.DataFrame:
    """One row per curated tenure, with the ids a document would give its person and
    organisation (`person_id`, `organization_id`), so it can be set against extracted positions.

    An ILD head listed in both files with the same dates is one tenure with two sources (an
    agreement, so nothing is lost by joining them); differing dates stay two rows. `source`
    names each list and page, `file` the first list, `source_url` every page (space-separated)."""
    rows = [_row(r.person, r.title, r.organization, r, "people.csv") for r in people().itertuples()]
    frame = pd.DataFrame(rows, columns=TENURE_COLUMNS)
    for r in ild_heads().itertuples():
        same = (
            (frame.person == r.holder)
            & (frame.organization_id == "org:ild")
            & (frame.start == r.start)
            & (frame.end == r.end)
        )
        if same.any():
            frame.loc[same, "source"] = frame.loc[same, "source"] + f"; ild_heads.csv <{r.source_url}>"
            frame.loc[same, "source_url"] = frame.loc[same, "source_url"] + f" {r.source_url}"
            continue
        frame.loc[len(frame)] = _row(r.holder, r.post, ILD_ORGANIZATION, r, "ild_heads.csv")
    return frame


def _row(person: str, title: str, organization: str, r, file: str) -> dict:
    return {
        "person_id": person_id(person), "person": person, "title": title, "organization": organization,
        "organization_id": resolve_organization(organization), "start": r.start, "end": r.end, "status": r.status,
        "as_of": REFERENCE_AS_OF if r.status == "current" else "", "source": f"{file} <{r.source_url}>",
        "file": file, "source_url": r.source_url, "note": r.note,
    }
