"""Disagreements (notebook 05): the same subject given different values, by two documents
(titles, start/end dates, founding years, figures) or by a document and the curated reference
data (titles of posts, founding years, a role at the date of an event), each row with both
sides' sources."""
from __future__ import annotations

import re
from typing import Any

import pandas as pd

from liaison import schema
from liaison.analysis.claims import figure_text, normalise_titles, normalise_unit, reach_figures, year_key
from liaison.analysis.plausibility import role_date_disagreements
from liaison.analysis.rows import row_tuples
from liaison.reference.foundings import founding_check
from liaison.reference.lists import organizations
from liaison.reference.provinces import PROVINCE_PREFIX
from liaison.reference.tenures import reference_tenures

DISAGREEMENT_COLUMNS = schema.columns("sources_disagreements")


def _dates_differ(a: str, b: str) -> bool:
    """Two partial ISO dates disagree only when both are known and neither covers the other."""
    a, b = str(a or ""), str(b or "")
    return bool(a and b and not (a.startswith(b) or b.startswith(a)))


def _row(kind, subject, doc_id, value, evidence, other_source, other_value, other_evidence) -> dict:
    return dict(zip(DISAGREEMENT_COLUMNS, [kind, subject, doc_id, value, evidence, other_source, other_value,
                                           other_evidence]))


def _present(value) -> bool:
    """A usable grouping key: pandas groups leave out missing keys, and an empty one names nothing."""
    return isinstance(value, str) and value != ""


def _by_value(items) -> dict:
    """(key, value, doc_id) triples to {key: {value: [doc_id, ...]}}, doc_ids in the order given."""
    out: dict = {}
    for key, value, doc_id in items:
        out.setdefault(key, {}).setdefault(value, []).append(doc_id)
    return out


def _disagreeing(by_value: dict, differ) -> list[tuple[str, Any, str, Any]]:
    """(a, value in a, b, value in b), a < b, for every two documents whose values `differ`.

    Values are compared pairwise, never documents: two documents with the same value cannot
    disagree, so the pairs of documents walked are only the ones returned."""
    values = list(by_value.items())
    out = []
    for i, (va, docs_a) in enumerate(values):
        for vb, docs_b in values[i + 1:]:
            if differ(va, vb):
                out += [(x, va, y, vb) if x < y else (y, vb, x, va) for x in docs_a for y in docs_b if x != y]
    return out


def _rung(title: str) -> str:
    """The ladder a normalised title stands on: "deputy head" and "assistant head" are rungs of
    "head"'s."""
    return re.sub(r"^(?:deputy|assistant) ", "", title)


def _titles_clash(a: frozenset, b: frozenset) -> bool:
    """Two documents' titles for one person and organization contradict each other only when
    they share none and put the person on different rungs of one ladder (deputy head against
    head). Posts on different ladders are routinely held together: Vietnam's deputy prime
    minister is also its foreign minister, a general secretary also the state's president."""
    return bool(a and b and not a & b and {_rung(t) for t in a} & {_rung(t) for t in b})


def _position_disagreements(positions: pd.DataFrame) -> list[dict]:
    """Same person and organization across documents: titles that clash (`_titles_clash`; with
    the same status, and for current posts the same year of the documents' dates, since a vice
    president in 2009 and president in 2014 is a career, not a contradiction), or the same
    title with start/end dates that cannot both be true.

    Within a person and organization, documents are grouped by what they say (their set of
    titles under one status, one title's start or end) and only disagreeing groups are paired.
    Rows keep the order of a walk over (person, organization), then pairs of doc_ids."""
    frame = positions[["person_id", "organization_id", "doc_id", "status", "title", "person", "organization", "start",
                       "end", "evidence"]]
    frame = frame.assign(organization_id=[oid or str(o or "").casefold().strip() for oid, o in
                                          zip(frame.organization_id.tolist(), frame.organization.tolist())],
                         title=normalise_titles(frame.title.tolist()),
                         status=[f"{s}@{year_key(a)}" if s == "current" else s
                                 for s, a in zip(positions.status.tolist(), positions.as_of.tolist())])
    # (person_id, org) -> doc_id -> ({status: (first row, titles)}, {title: first row})
    groups: dict[tuple, dict[str, tuple[dict, dict]]] = {}
    for person_id, org, doc_id, status, norm, person, organization, start, end, evidence in row_tuples(frame):
        if not (_present(person_id) and _present(org)):
            continue
        by_status, by_title = groups.setdefault((person_id, org), {}).setdefault(doc_id, ({}, {}))
        row = {"person": person, "organization": organization, "start": start, "end": end, "evidence": evidence}
        by_status.setdefault(status, (row, set()))[1].add(norm)
        by_title.setdefault(norm, row)
    keyed = []
    for key, docs in groups.items():
        title_sets = _by_value((s, frozenset(titles), d) for d, (by_status, _) in docs.items()
                               for s, (_, titles) in by_status.items())
        for status, by_set in title_sets.items():
            for a, ta, b, tb in _disagreeing(by_set, _titles_clash):
                ra, rb = docs[a][0][status][0], docs[b][0][status][0]
                keyed.append(((key, a, b, 0, status, 0), _row(
                    "title (documents)", f"{ra['person']} / {ra['organization']}", a, " | ".join(sorted(ta)),
                    ra["evidence"], b, " | ".join(sorted(tb)), rb["evidence"])))
        for field_no, field in enumerate(("start", "end")):
            dates = _by_value((t, r[field], d) for d, (_, by_title) in docs.items() for t, r in by_title.items())
            for title, by_date in dates.items():
                for a, va, b, vb in _disagreeing(by_date, _dates_differ):
                    ra, rb = docs[a][1][title], docs[b][1][title]
                    keyed.append(((key, a, b, 1, title, field_no), _row(
                        f"{field} date (documents)", f"{ra['person']} / {title} / {ra['organization']}", a, str(va),
                        ra["evidence"], b, str(vb), rb["evidence"])))
    keyed.sort(key=lambda item: item[0])
    return [row for _, row in keyed]


def _founding_disagreements(events: pd.DataFrame) -> list[dict]:
    """The same founded body given different years by different documents (each document's
    first founding event for the body, by event_id)."""
    found = events[(events.kind == "founding") & events.counterpart_id.map(_present)]
    found = found.assign(year=[year_key(s) for s in found.start])
    found = found[found.year != ""].sort_values(["counterpart_id", "doc_id", "event_id"], kind="stable")
    found = found.drop_duplicates(["counterpart_id", "doc_id"])
    first = {(r.counterpart_id, r.doc_id): r for r in row_tuples(found)}
    keyed = []
    for body, by_year in _by_value(row_tuples(found[["counterpart_id", "year", "doc_id"]])).items():
        for a, year_a, b, year_b in _disagreeing(by_year, lambda x, y: x != y):
            ra, rb = first[(body, a)], first[(body, b)]
            keyed.append(((body, a, b), _row("founding year (documents)", ra.counterpart, a, year_a, ra.evidence,
                                             b, year_b, rb.evidence)))
    keyed.sort(key=lambda item: item[0])
    return [row for _, row in keyed]


def _quantity_disagreements(quantities: pd.DataFrame) -> list[dict]:
    """The same unit of the department's reach (`reach_figures`) for the same as_of year with
    different values in different documents (values within one document are usually different
    things). Other figures are left out: a trip's days or "the two countries" have no subject in
    common between documents.

    One row per pair of documents and pair of values, quoting each document's first row (by
    start_char) with that value; rows in the order of those first rows."""
    quantities = reach_figures(quantities)
    frame = quantities.assign(unit_key=[normalise_unit(u) for u in quantities.unit],
                              year=[year_key(a) for a in quantities.as_of])
    frame = frame[frame.year != ""].sort_values(["unit_key", "year", "doc_id", "start_char"], kind="stable")
    frame = frame.assign(row_order=range(len(frame))).drop_duplicates(["unit_key", "year", "doc_id", "value"])
    first = {(r.unit_key, r.year, r.doc_id, r.value): r for r in row_tuples(frame)}
    keyed = []
    groups = _by_value(((u, y), v, d) for u, y, v, d in row_tuples(frame[["unit_key", "year", "value", "doc_id"]]))
    for (unit_key, year), by_figure in groups.items():
        for a, value_a, b, value_b in _disagreeing(by_figure, lambda x, y: x != y):
            ra, rb = first[(unit_key, year, a, value_a)], first[(unit_key, year, b, value_b)]
            keyed.append(((unit_key, year, ra.row_order, rb.row_order), _row(
                "figure (documents)", f"{ra.unit} as of {year}", a, figure_text(value_a), ra.evidence,
                b, figure_text(value_b), rb.evidence)))
    keyed.sort(key=lambda item: item[0])
    return [row for _, row in keyed]


# A description that names no post ("a senior official"): nothing a list can contradict.
_NO_POST = frozenset({"", "official"})


def _reference_title_disagreements(positions: pd.DataFrame, tenures: pd.DataFrame) -> list[dict]:
    """A document's post for a person at an organization where the reference lists tenures
    for that person and organization covering the claim's year (its start, else for a current
    post its document's date; all of them when neither is known), none with the document's
    (normalised) title.
    A 2001 report's "deputy head" is no contradiction of a head's tenure from 2003. Each
    document's claim is listed once."""
    known = tenures[tenures.organization_id != ""]
    known = known.assign(norm=normalise_titles(known.title))
    by_key = {key: ref.sort_values(["start", "title"]) for key, ref in known.groupby(["person_id", "organization_id"])}
    out, seen = [], set()
    rows = positions.sort_values(["doc_id", "start_char"])
    # A "secretary" of a discipline commission is its discipline secretary, as the reference writes it.
    discipline = rows.organization.fillna("").str.contains("Discipline Inspection")
    titles = rows.title.where(~discipline, rows.title + " of " + rows.organization)
    # A bare "secretary" of a province is its party secretary (党委书记, "Secretary of the Party Committee
    # of the Guangxi Zhuang Autonomous Region"), as the reference writes it.
    province = rows.organization_id.fillna("").str.startswith(PROVINCE_PREFIX)
    titles = titles.where(~(province & (titles.fillna("").str.strip().str.casefold() == "secretary")),
                          "party secretary")
    for r, norm in zip(row_tuples(rows), normalise_titles(titles)):
        key = (r.person_id, r.organization_id)
        if not r.organization_id or key not in by_key or norm in _NO_POST or (key, r.doc_id, norm) in seen:
            continue
        held = year_key(r.start) or (year_key(r.as_of) if r.status == "current" else "")  # an ended post: when?
        ref = _covering(by_key[key], held)
        if ref.empty or norm in set(ref.norm):
            continue
        seen.add((key, r.doc_id, norm))
        out.append(_row("title vs reference", f"{r.person} / {r.organization}", r.doc_id, r.title, r.evidence,
                        "reference:" + ref.file.iloc[0],
                        " | ".join(f"{t} ({s or '?'}–{e or '?'})" for t, s, e in zip(ref.title, ref.start, ref.end)),
                        " ".join(sorted({url for urls in ref.source_url for url in urls.split()}))))
    return out


def _covering(ref: pd.DataFrame, year: str) -> pd.DataFrame:
    """The reference tenures whose years include `year` (an open end covers it); all of them
    when the year is unknown. A tenure with neither start nor end known covers no known year:
    "Vice Minister (?–?)" cannot say what the person was in 2012."""
    if not year:
        return ref
    starts, ends = ref.start.map(year_key), ref.end.map(year_key)
    return ref[((starts == "") | (starts <= year)) & ((ends == "") | (ends >= year)) & ((starts != "") | (ends != ""))]


def _reference_founding_disagreements(events: pd.DataFrame, orgs: pd.DataFrame) -> list[dict]:
    """A document's founding year for a known organization against the reference `founded`."""
    out = []
    known = orgs.set_index("org_id")
    checked = founding_check(events.sort_values(["doc_id", "event_id"]), orgs)
    for r in checked[checked.agreement == "differs"].itertuples():
        ref = known.loc[r.body_id.removeprefix("org:")]
        out.append(_row("founding year vs reference", ref["name"], r.doc_id, str(r.stated_year), r.evidence,
                        "reference:organizations.csv", ref.founded, ref.source_url))
    return out


def disagreements(tables, tenures: pd.DataFrame | None = None, orgs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Same subject, different value: documents against documents (titles, start/end dates,
    founding years, figures) and documents against the curated reference data (titles of
    posts, founding years, a person acting under a title outside its tenure), each row with
    both sides' sources."""
    tenures = reference_tenures() if tenures is None else tenures
    orgs = organizations() if orgs is None else orgs
    rows = (
        _position_disagreements(tables.positions)
        + _founding_disagreements(tables.events)
        + _quantity_disagreements(tables.quantities)
        + _reference_title_disagreements(tables.positions, tenures)
        + _reference_founding_disagreements(tables.events, orgs)
    )
    frame = pd.DataFrame(rows, columns=DISAGREEMENT_COLUMNS)
    roles = role_date_disagreements(tables.events, tables.positions, tenures)
    if not roles.empty:
        frame = pd.concat([frame, roles], ignore_index=True)
    return frame.sort_values(["kind", "subject", "doc_id", "other_source", "value"]).reset_index(drop=True)
