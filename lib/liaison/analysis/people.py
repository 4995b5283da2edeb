"""A person's name as a reader types it ("Song", "liu jianchao", "Mr Ning") to one known person,
or why none could be chosen and the closest known names. Notebook 03 calls these through
`personnel`.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

import pandas as pd


@dataclass
class Resolution:
    """The person a query names, or why none could be chosen and which names come closest."""

    query: str
    person: str | None
    person_id: str | None
    suggestions: list[str] = field(default_factory=list)
    message: str = ""


def known_people(entities: pd.DataFrame, who: pd.DataFrame | None = None) -> pd.DataFrame:
    """Names a query may use: extracted person entities (with aliases) and reference people."""
    rows = []
    for r in entities[entities.kind == "person"].itertuples():
        rows.append({"person_id": r.entity_id, "person": r.name, "form": r.name})
        rows += [{"person_id": r.entity_id, "person": r.name, "form": a} for a in str(r.aliases).split("|") if a]
    if who is not None:
        for pid, person in sorted(set(zip(who.person_id, who.person))):
            rows.append({"person_id": pid, "person": person, "form": person})
    frame = pd.DataFrame(rows, columns=["person_id", "person", "form"]).drop_duplicates()
    return frame.sort_values(["person", "form"]).reset_index(drop=True)


def resolve_person(query: str, names: pd.DataFrame) -> Resolution:
    """A name, alias or unique surname to one person; otherwise the closest known names.

    Order: full name, then an alias or surname that only one known person bears (so "Song" is
    Song Tao, while "Liu" names three people and is refused), then difflib suggestions. Case
    is ignored; brackets and dots in aliases ("[Mr] Jia") are ignored."""
    text = " ".join(str(query or "").split())
    key = _fold(text)
    persons = names.drop_duplicates("person_id")
    exact = persons[persons.person.map(_fold) == key]
    if text and len(exact) == 1:
        row = exact.iloc[0]
        return Resolution(query, row.person, row.person_id, [], f"{query!r} is {row.person}.")
    by_form = names[names.form.map(_fold) == key]
    surname = (
        persons[persons.person.map(lambda n: key in {_fold(w) for w in (n.split()[0], n.split()[-1])})]
        if key
        else persons[:0]
    )
    candidates = sorted(set(by_form.person) | set(surname.person))
    if len(candidates) == 1:
        row = persons[persons.person == candidates[0]].iloc[0]
        return Resolution(query, row.person, row.person_id, [], f"{query!r} is {row.person}.")
    if len(candidates) > 1:
        return Resolution(query, None, None, candidates,
                          f"{query!r} names {len(candidates)} people: {', '.join(candidates)}. Give the full name.")
    forms = {_fold(f): p for f, p in zip(names.form, names.person)}
    close = difflib.get_close_matches(key, sorted(forms), n=8, cutoff=0.6)
    suggestions = sorted(
        dict.fromkeys(forms[c] for c in close), key=lambda p: close.index(next(c for c in close if forms[c] == p))
    )[:5]
    hint = f" Closest known names: {', '.join(suggestions)}." if suggestions else " No known name is close."
    return Resolution(
        query,
        None,
        None,
        suggestions,
        f"No person called {query!r} is known to the documents or reference lists.{hint}",
    )


def _fold(text: str) -> str:
    return re.sub(r"[\[\].]", "", " ".join(str(text).split())).casefold()
