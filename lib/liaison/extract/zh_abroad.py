"""A Chinese official met abroad is on a visit there: "国务委员甲27日在伦敦会见英国外交大臣乙", "中共代表团
团长甲在万象会见……". The visit is inferred from the meeting (its days unsaid) and kept only where the document
tells no visit of that official to that country in its own words."""
from __future__ import annotations

from dataclasses import replace

from liaison.extract.events import Event
from liaison.extract.zh_grammar import Person
from liaison.extract.zh_rows import build
from liaison.extract.zh_sides import home_of, posted_place
from liaison.extract.zh_when import when_of

INFERRED_HOST = "inferred-host"
_HOME = ("", "CHN", "TWN", "HKG", "MAC")


def hosts_abroad(view, clause: tuple[int, int], ones: list, counterparts: list, places: list[str],
                 status: str) -> list[Event]:
    """The visit of each Chinese side of a meeting placed in one foreign country, with a foreign side met there;
    not of one posted there ("驻英国大使甲在伦敦会见……": he lives there)."""
    if len(places) != 1 or places[0] in _HOME:
        return []
    met = [c for c, _ in counterparts if isinstance(c, Person) and home_of(c) not in ("", "CHN")]
    if not met:
        return []
    return [replace(build(view, clause, "visit", one, None, None, places, False, status, when_of(None, "")),
                    date_basis=INFERRED_HOST)
            for one in ones if isinstance(one, Person) and home_of(one) == "CHN" and not posted_place(one, [one])]


def told_hosts(events: list[Event]) -> list[Event]:
    """The visits inferred above, one per official and country, kept (unmarked) only where no other visit of the
    official there is told."""
    def key(e: Event) -> str:
        return e.actor_id or e.actor

    told = {(key(e), p) for e in events if e.kind == "visit" and e.date_basis != INFERRED_HOST
            for p in e.places.split("|")}
    out, seen = [], set()
    for e in events:
        if e.date_basis == INFERRED_HOST:
            if (key(e), e.places) in told or (key(e), e.places) in seen:
                continue
            seen.add((key(e), e.places))
            e = replace(e, date_basis="")
        out.append(e)
    return out
