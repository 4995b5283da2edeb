"""The extracted facts as FollowTheMoney entities (JSON lines), the format Aleph and its
tools (`ftm`, `alephclient`) load: Person, Organization, Position and Occupancy for posts, Event
for visits and meetings, and a Document per source that every fact names as its `proof`, with the
evidence sentence as its `description`. Written without the followthemoney package (a test checks
the output against its schema model)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pycountry

PREFIX = "liaison-"
SCHEMA_OF_KIND = {"person": "Person", "organization": "Organization", "party": "Organization"}


def entity_id(key: str) -> str:
    """A FollowTheMoney id from a liaison id: letters, digits, dots and dashes only."""
    return PREFIX + re.sub(r"[^A-Za-z0-9.]+", "-", key).strip("-")


def _country(iso3: str) -> list[str]:
    """ISO3 codes ("|"-joined) as the lowercase ISO2 codes FollowTheMoney uses."""
    out = []
    for code in filter(None, str(iso3).split("|")):
        found = pycountry.countries.get(alpha_3=code)
        if found:
            out.append(found.alpha_2.lower())
    return out


def _entity(key: str, schema: str, **properties) -> dict:
    props = {}
    for name, value in properties.items():
        values = value if isinstance(value, list) else [value]
        values = [str(v) for v in values if v is not None and str(v) != ""]
        if values:
            props[name] = sorted(set(values), key=values.index)
    return {"id": key, "schema": schema, "properties": props}


def ftm_entities(frames: dict[str, pd.DataFrame]) -> list[dict]:
    """Every entity, sorted by id so the same tables give the same file."""
    documents = frames["documents"].fillna("")
    sources = {d.doc_id: (d.source_url, d.outlet) for d in documents.itertuples()}
    out: dict[str, dict] = {}
    for d in documents.itertuples():
        out[entity_id("doc:" + d.doc_id)] = _entity(
            entity_id("doc:" + d.doc_id), "Document", title=d.title, fileName=d.path, publisher=d.outlet,
            sourceUrl=d.source_url, date=d.published, language=_language(d.language),
        )

    def proof(doc_id: str, evidence: str) -> dict:
        url, outlet = sources.get(doc_id, ("", ""))
        return {"proof": entity_id("doc:" + doc_id), "sourceUrl": url, "publisher": outlet, "description": evidence}

    for e in frames["entities"].fillna("").itertuples():
        if e.kind in SCHEMA_OF_KIND:
            out[entity_id(e.entity_id)] = _entity(
                entity_id(e.entity_id), SCHEMA_OF_KIND[e.kind], name=e.name,
                alias=[*e.aliases.split("|"), e.name_zh], country=_country(e.iso3),
            )
    _positions(frames["positions"].fillna(""), out, proof)
    _events(frames["events"].fillna(""), out, proof)
    return [out[key] for key in sorted(out)]


def _person(out: dict, key: str, name: str) -> str:
    ident = entity_id(key or "person:" + name)
    out.setdefault(ident, _entity(ident, "Person", name=name))
    return ident


def _positions(positions: pd.DataFrame, out: dict, proof) -> None:
    """A Position per (title, organisation), an Occupancy per claim of it."""
    for i, p in enumerate(positions.itertuples()):
        if not p.person or not p.title:
            continue
        holder = _person(out, p.person_id, p.person)
        post_name = f"{p.title}, {p.organization}" if p.organization else p.title
        post = entity_id(f"position:{post_name}")
        org = entity_id(p.organization_id) if p.organization_id and entity_id(p.organization_id) in out else None
        out.setdefault(post, _entity(post, "Position", name=post_name, organization=org))
        key = entity_id(f"occupancy:{p.doc_id}:{p.start_char}:{i}")
        status = {"current": "current", "ended": "ended"}.get(p.status, "")
        out[key] = _entity(key, "Occupancy", holder=holder, post=post, startDate=_date(p.start),
                           endDate=_date(p.end), status=status, **proof(p.doc_id, p.evidence))


def _events(events: pd.DataFrame, out: dict, proof) -> None:
    for e in events.itertuples():
        involved = [_person(out, e.actor_id, e.actor) if e.actor_id.startswith("person:") or not e.actor_id
                    else entity_id(e.actor_id)] if e.actor else []
        if e.counterpart:
            involved.append(_person(out, e.counterpart_id, e.counterpart)
                            if e.counterpart_id.startswith("person:") or not e.counterpart_id
                            else entity_id(e.counterpart_id))
        involved = [i for i in involved if i in out]
        name = f"{e.kind}: {e.actor or 'unnamed'}" + (f" with {e.counterpart}" if e.counterpart else "")
        key = entity_id("event:" + e.event_id)
        out[key] = _entity(key, "Event", name=name, startDate=_date(e.start), endDate=_date(e.end),
                           involved=involved, country=_country(e.places), location=e.region,
                           **proof(e.doc_id, e.evidence))


def _date(value: str) -> str:
    """An ISO prefix FollowTheMoney accepts (YYYY, YYYY-MM, YYYY-MM-DD), else nothing."""
    return value if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", str(value)) else ""


def _language(code: str) -> str:
    """ISO 639-1 ("en") as the ISO 639-3 ("eng") FollowTheMoney's language type takes."""
    found = pycountry.languages.get(alpha_2=code) if len(str(code)) == 2 else None
    return getattr(found, "alpha_3", "") if found else ""


def write_ftm(frames: dict[str, pd.DataFrame], path: Path) -> Path:
    """The entities as JSON lines, one entity a line, written as they are serialised: a corpus of
    100,000 reports has over a million entities, and their text is not held a second time."""
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for entity in ftm_entities(frames):
            out.write(json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n")
    return path
