"""Personnel findings as sentences a reader can quote: the posts a person held at their events,
and how the single-source post claims compare with the reference lists."""
from __future__ import annotations

import pandas as pd

from liaison.analysis import wording

# Each verdict as a clause about the reference lists, in the singular and the plural.
_VERDICT_CLAUSES = {
    "agrees": ("agrees with them", "agree with them"),
    "differs": ("gives another title than they do", "give another title than they do"),
    "not in reference": ("names a post they do not list", "name posts they do not list"),
    "person not in reference": ("is about a person they do not list", "are about people they do not list"),
}


def roles_sentence(at_events: pd.DataFrame, person: str) -> str:
    """Which post the person held at the dates of the events they act in (`at_events`: their rows
    of the event-roles table), as a sentence: "Of the 6 events with X as actor, 3 fall in the post
    of head of Y; no known post covers the date of 3."."""
    if at_events.empty:
        return f"No coded event has {person} as its actor."
    held = (at_events[at_events.role != "unknown"].role + " of " + at_events.role_organization).value_counts()
    uncovered = int((at_events.role == "unknown").sum())
    posts = (wording.listing(f"{n} {'falls' if n == 1 else 'fall'} in the post of {role}"
                             for role, n in held.sort_index().items()) if len(held) else "none falls in a known post")
    return (f"Of the {wording.count(len(at_events), 'event')} with {person} as actor, {posts}"
            + (f"; no known post covers the date of {uncovered}." if uncovered else "."))


def verdict_sentence(claims: pd.DataFrame) -> str:
    """"26 agree with them, 2 give another title than they do and 1 names a post they do not
    list": the verdicts of `corroborate` rows as a clause."""
    counts = claims.verdict.value_counts()
    parts = [f"{counts[v]} {_VERDICT_CLAUSES[v][int(counts[v] != 1)]}" for v in _VERDICT_CLAUSES if counts.get(v, 0)]
    return wording.listing(parts, limit=len(parts) or 1) if parts else "none"
