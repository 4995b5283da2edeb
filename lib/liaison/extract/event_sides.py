"""The foreign side of an exchange: the party and country across from the Chinese side, and
whether that party governed on the day, read from the participants' titles and appositives."""
from __future__ import annotations

import re

from liaison.extract.context import SentenceView, head_organization
from liaison.extract.event_setting import home_country
from liaison.extract.mentions import Mention
from liaison.reference.parties import resolve_counterpart

# What lies between the bodies of a title chain and the name it ends in: posts, "of the",
# an acronym in brackets, "and" — no clause break.
_TITLE_CHAIN = re.compile(r"[\s\w’'()-]{0,60}")


def foreign_side(kind: str, places: str, start: str, view: SentenceView, actor, counterpart,
                 counterpart_org) -> tuple[str, str, str, str]:
    """The foreign party and country in the exchange, whether that party governed on the
    event's date, and on what that rests: (party id, ISO3, yes|no|unknown, basis). The
    counterpart's, unless the counterpart is Chinese and a foreign actor receives it ("Kim Jong
    Un received a CPC delegation"): then the actor's."""
    actor_org = _appositive_party(view, actor) or described_organization(view, actor) or _titled_organization(
        view, actor)
    sides = [(counterpart_org or counterpart, counterpart), (actor_org or actor, actor)]
    for org, person in [*sides, sides[0]]:  # neither side foreign: the counterpart's, as it is
        party_id, iso3, flag, basis = _party(org)
        country = iso3 or home_country(org) or home_country(person, view)
        if country and country != "CHN":
            break
    if not country and kind == "visit" and len(abroad := [p for p in places.split("|") if p != "CHN"]) == 1:
        country = abroad[0]  # a delegation's trip to one country: that country is the other side
    if party_id:
        party_id, iso3, flag, basis = resolve_counterpart("party:" + party_id, start)
    return (party_id, country, flag, basis) if party_id else (party_id, country, "unknown", "")


def _appositive_party(view: SentenceView, person) -> Mention | None:
    """A party named in a person's appositive, or the body of one: "Kim Song Nam, ... director
    of the International Department of the Central Committee of the Workers' Party of Korea"."""
    for start, end, described in view.appositives:
        if described is person:
            return next((m for m in view.in_span(start, end, "organization") if _party(m)[0]), None)
    return None


def _titled_organization(view: SentenceView, person) -> Mention | None:
    """The body named in the title chain right before a person: "General Secretary of the
    Communist Party of Vietnam (CPV) Nguyen Phu Trong". A party in the chain wins over the
    nearest body ("... CPV Central Committee's Commission for External Relations Le Hoai Trung")."""
    if not isinstance(person, Mention) or person.kind != "person":
        return None
    chain: list[Mention] = []
    for org in reversed([m for m in view.mentions if m.kind == "organization" and m.end <= person.start]):
        if not _TITLE_CHAIN.fullmatch(view.text, org.end, (chain[-1] if chain else person).start):
            break
        chain.append(org)
    return next((o for o in chain if o.entity_id.startswith("party:")), chain[0] if chain else None)


def _party(side) -> tuple[str, str, str, str]:
    """The party a participant is or belongs to, read from its entity id or its name."""
    if isinstance(side, str):
        return resolve_counterpart(side, "")
    if side is None or side.kind != "organization":
        return "", "", "unknown", ""
    return resolve_counterpart(side.entity_id if side.entity_id.startswith("party:") else side.name, "")


def described_organization(view: SentenceView, counterpart) -> Mention | None:
    """The organisation in a person's appositive: whom the counterpart represents."""
    if counterpart is None or isinstance(counterpart, str) or counterpart.kind != "person":
        return None
    for start, end, person in view.appositives:
        if person is counterpart:
            return head_organization(view.in_span(start, end, "organization"), view.text)
    return None
