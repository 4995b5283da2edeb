"""Claims (notebook 05): each extracted row as a normalised fact, and how many independent
documents make it.

A *claim* is a normalised key built from one extracted row:
- positions: person_id, normalised title (see `reference.titles.normalise_title`),
  organization_id (or the organization text when unresolved);
- events: kind, actor_id, counterpart_id (or counterpart text), places, start year;
- quantities: normalised unit, value, as_of year.
Two copies of the same outlet's story (same outlet and title) count as one document.
"""
from __future__ import annotations

import itertools
import re

import pandas as pd

from liaison import schema
from liaison.analysis.rows import row_tuples
from liaison.reference.titles import normalise_title

MIN_DOCUMENTS = 2

CLAIM_COLUMNS = schema.columns("sources_claims")
SUPPORT_COLUMNS = schema.columns("sources_claim_support")


def figure_text(value: float) -> str:
    """A figure as written in a key: 40000000, not 4e+07."""
    return f"{value:.0f}" if float(value).is_integer() else f"{value:g}"


def year_key(value) -> str:
    match = re.match(r"\d{4}", str(value or ""))
    return match.group(0) if match else ""


def normalise_unit(unit: str) -> str:
    """Word set of a unit, so "parties or political organizations" and "political parties and
    organizations" are one unit."""
    words = re.findall(r"[a-z$]+", str(unit or "").casefold())
    return " ".join(sorted(set(words) - {"and", "or", "of", "the"}))


def normalise_titles(titles) -> list[str]:
    """`normalise_title` of each title, each distinct title computed once: a large corpus
    repeats a few hundred titles across tens of thousands of rows."""
    cache: dict = {}
    out = []
    for title in titles:
        if title not in cache:
            cache[title] = normalise_title(title)
        out.append(cache[title])
    return out


def source_keys(documents: pd.DataFrame) -> dict[str, str]:
    """doc_id -> independent-source key: copies of one outlet's story (same outlet and title)
    share a key; a document with no known outlet is its own source."""
    keys = {}
    for row in row_tuples(documents):
        outlet = str(getattr(row, "outlet", "") or "").strip().casefold()
        title = " ".join(str(getattr(row, "title", "") or "").split()).casefold()
        keys[row.doc_id] = f"{outlet}|{title}" if outlet else row.doc_id
    return keys


def claim_rows(tables) -> pd.DataFrame:
    """One row per extracted row, with the claim it supports (claim_id, table, subject, claim),
    its doc_id and evidence sentence: the long form behind `claims`, for citing sources."""
    rows = []
    for r, title in zip(row_tuples(tables.positions), normalise_titles(tables.positions.title)):
        org = r.organization_id or str(r.organization or "").casefold().strip()
        rows.append({
            "claim_id": f"position|{r.person_id}|{title}|{org}",
            "table": "position",
            "subject": r.person,
            "claim": f"{r.person}: {title or '?'} of {r.organization or '?'}",
            "doc_id": r.doc_id,
            "evidence": r.evidence,
        })
    for r in row_tuples(tables.events):
        counterpart_key = r.counterpart_id or str(r.counterpart or "").casefold().strip()
        year = year_key(r.start)
        rows.append({
            "claim_id": f"event|{r.kind}|{r.actor_id}|{counterpart_key}|{r.places}|{year}",
            "table": "event",
            "subject": r.actor or r.counterpart or "",
            "claim": " ".join(part for part in [
                f"{r.kind}:", r.actor or "?", "→", r.counterpart or "?",
                f"in {r.places}" if r.places else "", f"({year})" if year else "(undated)",
            ] if part),
            "doc_id": r.doc_id,
            "evidence": r.evidence,
        })
    for r in row_tuples(tables.quantities):
        unit = normalise_unit(r.unit)
        year = year_key(r.as_of)
        rows.append({
            "claim_id": f"quantity|{unit}|{figure_text(r.value)}|{year}",
            "table": "quantity",
            "subject": r.unit,
            "claim": f"{figure_text(r.value)} {r.unit}" + (f" (as of {year})" if year else " (as of unknown)"),
            "doc_id": r.doc_id,
            "evidence": r.evidence,
        })
    frame = pd.DataFrame(rows, columns=SUPPORT_COLUMNS)
    return frame.sort_values(["claim_id", "doc_id"], kind="stable").reset_index(drop=True)


def claims(tables) -> pd.DataFrame:
    """One row per claim: the documents behind it (doc_ids), how many independent documents
    (n_documents), their outlets, and the first supporting doc_id and evidence sentence.

    One pass over the support rows, which `claim_rows` sorts by claim: a corpus has tens of
    thousands of claims, too many to filter a frame for each."""
    support = claim_rows(tables)
    if support.empty:
        return pd.DataFrame(columns=CLAIM_COLUMNS)
    keys = source_keys(tables.documents)
    outlets = {r.doc_id: (str(r.outlet or "") or "unknown outlet") for r in row_tuples(tables.documents)}
    out = []
    records = row_tuples(support.assign(quoted=support.evidence, evidence=support.evidence.fillna("")))
    for claim_id, group in itertools.groupby(records, key=lambda r: r.claim_id):
        rows = list(group)
        doc_ids = sorted({r.doc_id for r in rows})
        first = next((r for r in rows if r.evidence != ""), rows[0])
        out.append({
            "claim_id": claim_id,
            "table": rows[0].table,
            "subject": rows[0].subject,
            "claim": rows[0].claim,
            "doc_ids": "|".join(doc_ids),
            "n_rows": len(rows),
            "n_documents": len({keys.get(d, d) for d in doc_ids}),
            "outlets": "|".join(sorted({outlets.get(d, "unknown outlet") for d in doc_ids})),
            "doc_id": first.doc_id,
            "evidence": first.quoted,
        })
    return pd.DataFrame(out, columns=CLAIM_COLUMNS).sort_values(["table", "claim_id"]).reset_index(drop=True)


def single_source(claim_table: pd.DataFrame) -> pd.DataFrame:
    """Claims that rest on one document only."""
    return claim_table[claim_table.n_documents == 1].reset_index(drop=True)


def corroborated(claim_table: pd.DataFrame, min_documents: int = MIN_DOCUMENTS) -> pd.DataFrame:
    """Claims made by at least `min_documents` independent documents."""
    return claim_table[claim_table.n_documents >= min_documents].reset_index(drop=True)


def corroboration_summary(claim_table: pd.DataFrame, min_documents: int = MIN_DOCUMENTS) -> pd.DataFrame:
    """Per table: claims, single-source claims, claims meeting `min_documents`, and the share
    resting on a single document (the headline measure of how thin the corpus is)."""
    rows = []
    for table in ["position", "event", "quantity"]:
        part = claim_table[claim_table.table == table]
        n = len(part)
        single = int((part.n_documents == 1).sum())
        rows.append({
            "table": table, "claims": n, "single_source": single,
            "corroborated": int((part.n_documents >= min_documents).sum()),
            "single_share": round(single / n, 3) if n else 0.0,
        })
    n = len(claim_table)
    single = int((claim_table.n_documents == 1).sum()) if n else 0
    rows.append({
        "table": "all", "claims": n, "single_source": single,
        "corroborated": int((claim_table.n_documents >= min_documents).sum()) if n else 0,
        "single_share": round(single / n, 3) if n else 0.0,
    })
    return pd.DataFrame(rows)
