"""Reference organisation names to the ids extraction gives them, so a curated tenure at "CPC
Zhejiang Provincial Committee" meets a document's "party secretary of Zhejiang"."""
from __future__ import annotations

from functools import lru_cache

from liaison.reference.ids import place_id
from liaison.reference.lists import find_in, org_automaton, organizations
from liaison.reference.places import find_places


def resolve_organization(name: str) -> str:
    """The id a document would give a reference organization name, so reference tenures can be
    compared with extracted positions: a known organization ("org:ccdi"); a province's party
    committee or government as the province ("place:CHN:zhejiang"), as extraction codes
    "party secretary of Zhejiang province"; else the party or the country ("place:CHN")."""
    name = str(name or "")
    hits = [value for _, _, _, value in find_in(org_automaton(), name) if value]
    specific = [h for h in hits if h != "cpc"]
    if specific:
        return "org:" + specific[0]
    places = find_places(name)
    local = [p for p in places if p.kind in ("province", "city") and p.iso3]
    if local:
        return place_id(local[0])
    if hits:
        return "org:" + hits[0]
    countries = [p for p in places if p.iso3]
    if countries:
        return "place:" + countries[0].iso3
    return ""


@lru_cache(maxsize=1)
def _parents() -> dict[str, str]:
    return dict(zip(organizations().org_id, organizations().parent))


def parent_of(org_id: str) -> str:
    """The organisation a known one belongs to ("" when none or unknown)."""
    return _parents().get(org_id, "")
