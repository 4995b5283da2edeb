"""Disagreements (notebook 05): the same subject given different values, by two documents
(titles, start/end dates, founding years, figures) or by a document and the curated reference
data (titles of posts, founding years), each row with both sides' sources."""
from __future__ import annotations

import pandas as pd

from liaison.analysis.claims import figure_text, normalise_unit, year_key
from liaison.reference.foundings import founding_check
from liaison.reference.lists import organizations
from liaison.reference.tenures import reference_tenures
from liaison.reference.titles import normalise_title

DISAGREEMENT_COLUMNS = [
    "kind", "subject", "doc_id", "value", "evidence", "other_source", "other_value", "other_evidence",
]


def _dates_differ(a: str, b: str) -> bool:
    """Two partial ISO dates disagree only when both are known and neither covers the other."""
    a, b = str(a or ""), str(b or "")
    return bool(a and b and not (a.startswith(b) or b.startswith(a)))


def _row(kind, subject, doc_id, value, evidence, other_source, other_value, other_evidence) -> dict:
    return dict(zip(DISAGREEMENT_COLUMNS, [kind, subject, doc_id, value, evidence, other_source, other_value,
                                           other_evidence]))


def _position_disagreements(positions: pd.DataFrame) -> list[dict]:
    """Same person and organization across documents: no title in common (with the same
    status), or the same title with start/end dates that cannot both be true."""
    out = []
    frame = positions.assign(
        org=[r.organization_id or str(r.organization or "").casefold().strip() for r in positions.itertuples()],
        norm=[normalise_title(t) for t in positions.title],
    )
    frame = frame[(frame.org != "") & (frame.person_id != "")]
    for _, group in frame.groupby(["person_id", "org"], sort=True):
        docs = sorted(set(group.doc_id))
        for i, a in enumerate(docs):
            for b in docs[i + 1:]:
                ga, gb = group[group.doc_id == a], group[group.doc_id == b]
                for status in sorted(set(ga.status) & set(gb.status)):
                    ta = set(ga[ga.status == status].norm)
                    tb = set(gb[gb.status == status].norm)
                    if ta and tb and not ta & tb:
                        ra, rb = ga[ga.status == status].iloc[0], gb[gb.status == status].iloc[0]
                        out.append(_row("title (documents)", f"{ra.person} / {ra.organization}", a,
                                        " | ".join(sorted(ta)), ra.evidence, b, " | ".join(sorted(tb)), rb.evidence))
                for title in sorted(set(ga.norm) & set(gb.norm)):
                    ra = ga[ga.norm == title].iloc[0]
                    rb = gb[gb.norm == title].iloc[0]
                    for field in ("start", "end"):
                        if _dates_differ(ra[field], rb[field]):
                            out.append(_row(f"{field} date (documents)",
                                            f"{ra.person} / {title} / {ra.organization}", a, str(ra[field]),
                                            ra.evidence, b, str(rb[field]), rb.evidence))
    return out


def _founding_disagreements(events: pd.DataFrame) -> list[dict]:
    """The same founded body given different years by different documents."""
    out = []
    found = events[(events.kind == "founding") & (events.counterpart_id != "")]
    found = found.assign(year=[year_key(s) for s in found.start])
    found = found[found.year != ""]
    for _, group in found.groupby("counterpart_id", sort=True):
        first = group.sort_values(["doc_id", "event_id"]).drop_duplicates("doc_id")
        rows = list(first.itertuples())
        for i, a in enumerate(rows):
            for b in rows[i + 1:]:
                if a.year != b.year:
                    out.append(_row("founding year (documents)", a.counterpart, a.doc_id, a.year, a.evidence,
                                    b.doc_id, b.year, b.evidence))
    return out


def _quantity_disagreements(quantities: pd.DataFrame) -> list[dict]:
    """The same unit for the same as_of year with different values in different documents
    (values within one document are usually different things, such as two trips' lengths)."""
    out = []
    frame = quantities.assign(unit_key=[normalise_unit(u) for u in quantities.unit],
                              year=[year_key(a) for a in quantities.as_of])
    frame = frame[frame.year != ""]
    for (_, year), group in frame.groupby(["unit_key", "year"], sort=True):
        rows = list(group.sort_values(["doc_id", "start_char"]).itertuples())
        seen = set()
        for i, a in enumerate(rows):
            for b in rows[i + 1:]:
                key = (a.doc_id, b.doc_id, a.value, b.value)
                if a.doc_id != b.doc_id and a.value != b.value and key not in seen:
                    seen.add(key)
                    out.append(_row("figure (documents)", f"{a.unit} as of {year}", a.doc_id, figure_text(a.value),
                                    a.evidence, b.doc_id, figure_text(b.value), b.evidence))
    return out


def _reference_title_disagreements(positions: pd.DataFrame, tenures: pd.DataFrame) -> list[dict]:
    """A document's post for a person at an organization where the reference lists tenures
    for that person and organization, none with the document's (normalised) title."""
    out = []
    known = tenures[tenures.organization_id != ""]
    known = known.assign(norm=[normalise_title(t) for t in known.title])
    by_key = {key: group for key, group in known.groupby(["person_id", "organization_id"])}
    for r in positions.sort_values(["doc_id", "start_char"]).itertuples():
        key = (r.person_id, r.organization_id)
        if not r.organization_id or key not in by_key:
            continue
        norm = normalise_title(r.title)
        ref = by_key[key]
        if norm and norm not in set(ref.norm):
            ref = ref.sort_values(["start", "title"])
            out.append(
                _row(
                    "title vs reference",
                    f"{r.person} / {r.organization}",
                    r.doc_id,
                    r.title,
                    r.evidence,
                    "reference:" + ref.file.iloc[0],
                    " | ".join(f"{t} ({s or '?'}–{e or '?'})" for t, s, e in zip(ref.title, ref.start, ref.end)),
                    " ".join(sorted({url for urls in ref.source_url for url in urls.split()})),
                )
            )
    return out


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
    posts, founding years), each row with both sides' sources."""
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
    return frame.sort_values(["kind", "subject", "doc_id", "other_source", "value"]).reset_index(drop=True)
