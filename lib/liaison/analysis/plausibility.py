"""Implausible roles: a document has a person act under a title (in the sentence that reports the
act) on a date the curated tenures put outside every tenure of that title, e.g. "head of the ILD"
meeting a delegation in 2015 when the reference has that person take the post in 2022.

A mistyped date, a misdated report, a misread name or a misattributed quotation shows up this
way. Only a date wholly outside every listed tenure counts (partial dates are read as the whole
month or year they name; a tenure without an end is open), only a title the sentence states as
the person's, not a "former" one, and only when the report's own date is outside too: a 2023
report may call its head "head" while recalling what he did in 2015. Joins on keys, never pairs
of rows.
"""
from __future__ import annotations

import pandas as pd

from liaison import schema
from liaison.analysis.claims import normalise_titles

KIND = "role at event date vs reference"


def role_date_disagreements(events: pd.DataFrame, positions: pd.DataFrame, tenures: pd.DataFrame) -> pd.DataFrame:
    """One sources_disagreements row per event and stated title whose date lies outside every
    reference tenure of that person, organisation and (normalised) title."""
    claims = _acting_claims(events, positions)
    known = tenures[(tenures.person_id != "") & (tenures.organization_id != "")]
    known = known.assign(norm=normalise_titles(known.title))
    joined = claims.merge(known[["person_id", "organization_id", "norm", "title", "start", "end", "source_url", "file"]]
                          .rename(columns={"title": "ref_title", "start": "ref_start", "end": "ref_end"}),
                          on=["person_id", "organization_id", "norm"])
    if joined.empty:
        return pd.DataFrame(columns=schema.columns("sources_disagreements"))
    outside = _outside(joined.event_start, joined.event_end, joined) & (
        (joined.as_of == "") | _outside(joined.as_of, joined.as_of, joined))
    key = ["event_id", "position_start"]
    flagged = joined[outside.groupby([joined[k] for k in key]).transform("all")]
    flagged = flagged.sort_values([*key, "ref_start", "ref_title"])
    flagged = flagged.assign(tenure=flagged.ref_title + " (" + flagged.ref_start.where(flagged.ref_start != "", "?")
                             + "–" + flagged.ref_end.where(flagged.ref_end != "", "open") + ")")
    grouped = flagged.groupby(key, sort=False)
    tenures_text = grouped.tenure.agg(" | ".join).rename("other_value")
    urls = grouped.source_url.agg(lambda u: " ".join(sorted({url for urls in u for url in urls.split()})))
    files = grouped.file.agg(lambda f: "reference:" + f.iloc[0]).rename("other_source")
    rows = flagged.drop_duplicates(key).set_index(key).join([tenures_text, urls.rename("other_evidence"), files])
    rows = rows.reset_index().drop_duplicates(["event_id", "organization_id", "norm"])
    when = rows.event_start.where(rows.event_end == rows.event_start, rows.event_start + "–" + rows.event_end)
    out = pd.DataFrame({
        "kind": KIND,
        "subject": rows.person + " / " + rows.title + " / " + rows.organization,
        "doc_id": rows.doc_id,
        "value": rows.title + " acting on " + when + " (" + rows.event_kind + "; report dated "
        + rows.as_of.where(rows.as_of != "", "unknown") + ")",
        "evidence": rows.evidence,
        "other_source": rows.other_source,
        "other_value": rows.other_value,
        "other_evidence": rows.other_evidence,
    })
    # Two meetings reported in one sentence under one title give the same row: one claim, listed once.
    return out[schema.columns("sources_disagreements")].drop_duplicates().reset_index(drop=True)


def _acting_claims(events: pd.DataFrame, positions: pd.DataFrame) -> pd.DataFrame:
    """(event, title) pairs: a dated event whose actor the same document gives a title, not a
    former one, inside the event's own sentence."""
    dated = events[(events.actor_id != "") & (events.start != "")]
    dated = dated[["event_id", "kind", "doc_id", "actor_id", "start", "end", "start_char", "end_char", "evidence"]]
    dated = dated.rename(columns={"kind": "event_kind", "actor_id": "person_id", "start": "event_start",
                                  "end": "event_end", "start_char": "event_from", "end_char": "event_to"})
    dated = dated.assign(event_end=dated.event_end.where(dated.event_end != "", dated.event_start))
    stated = positions[(positions.person_id != "") & (positions.organization_id != "") & (positions.status != "ended")]
    stated = stated[["doc_id", "person_id", "person", "title", "organization", "organization_id", "as_of",
                     "start_char", "end_char"]]
    stated = stated.rename(columns={"start_char": "position_start", "end_char": "position_end"})
    pairs = dated.merge(stated, on=["doc_id", "person_id"])
    pairs = pairs[(pairs.position_start < pairs.event_to) & (pairs.position_end > pairs.event_from)]
    return pairs.assign(norm=normalise_titles(pairs.title))


def _outside(start: pd.Series, end: pd.Series, tenure: pd.DataFrame) -> pd.Series:
    """Whether [start, end] lies wholly before the tenure's start or wholly after its end."""
    return (_last_day(end) < _first_day(tenure.ref_start)) | (_first_day(start) > _last_day(tenure.ref_end))


def _first_day(dates: pd.Series) -> pd.Series:
    """The earliest day a partial ISO date can mean, as a comparable string; empty is "0000"."""
    dates = dates.fillna("").astype(str)
    return dates + dates.str.len().map({4: "-00-00", 7: "-00"}).fillna("").where(dates != "", "0000")


def _last_day(dates: pd.Series) -> pd.Series:
    """The latest day a partial ISO date can mean, as a comparable string; empty is "9999"."""
    dates = dates.fillna("").astype(str)
    return dates + dates.str.len().map({4: "-99-99", 7: "-99"}).fillna("").where(dates != "", "9999")
