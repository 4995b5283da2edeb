"""Claims (notebook 05): each extracted row as a normalised fact, and how many independent
documents make it.

A *claim* is a normalised key built from one extracted row:
- positions: person_id, normalised title (see `reference.titles.normalise_title`),
  organization_id (or the organization text when unresolved);
- events: kind, actor_id, counterpart_id (or counterpart text), places, start year;
- quantities: normalised unit, value, as_of year, for the department's stated reach only
  (`reach_figures`): other figures (a trip's days, a delegation's size, "the two countries")
  have no subject the tables record, so two documents' figures cannot be said to be about the
  same thing, nor to agree or disagree.
Copies of one story count as one document (`source_keys`).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

import pandas as pd

from liaison import schema
from liaison.analysis import wording
from liaison.analysis.labels import outlet_name
from liaison.analysis.rows import as_text, or_else, row_tuples
from liaison.load.passages import title_key
from liaison.reference.titles import normalise_title

MIN_DOCUMENTS = 2
# A reach figure counts the department's standing relations, not a trip's stops or a summit's
# delegates: its sentence must speak of relations, contacts or ties.
# "has ties with 160 countries"; "同160多个国家的600多个政党建立了联系" (with ... established ties).
REACH_CUE = re.compile(r"\b(?:relations|contacts?|ties)\s+with\b"
                       r"|[同与和][^。，,；]{0,40}?(?:建立|保持|发展)[^。，,；]{0,6}?"
                       r"(?:联系|關係|关系|聯繫|交往)", re.IGNORECASE)
PARTY_UNIT = re.compile(r"part(?:y|ies)", re.IGNORECASE)
COUNTRY_UNIT = re.compile(r"^countries$", re.IGNORECASE)

CLAIM_COLUMNS = schema.columns("sources_claims")
SUPPORT_COLUMNS = schema.columns("sources_claim_support")


def figure_text(value: float) -> str:
    """A figure as written in a key: 40000000, not 4e+07."""
    return f"{value:.0f}" if float(value).is_integer() else f"{value:g}"


_YEAR = re.compile(r"\d{4}")


def year_key(value) -> str:
    """The year a date or as-of value starts with ("2019-05" -> "2019"), or ""."""
    match = _YEAR.match(str(value or ""))
    return match.group(0) if match else ""


def reach_figures(quantities: pd.DataFrame) -> pd.DataFrame:
    """The quantity rows that state the department's reach: countries or parties, in a sentence
    about relations, contacts or ties, and not the sides of one exchange ("relations between the
    two parties", "between the two parties and two countries")."""
    if quantities.empty:
        return quantities
    # The units first (short strings), the sentence's cue only where the unit is one of the two.
    unit = quantities.unit
    q = quantities[unit.str.contains(PARTY_UNIT, na=False) | unit.str.match(COUNTRY_UNIT, na=False)]
    q = q[q.evidence.str.contains(REACH_CUE, na=False)]
    # "the two parties and two countries": the second figure is coordinated with the first, a side too.
    sides = [bool(re.search(rf"\b(?:the|these|those|both)\s+(?:[\w-]+\s+[\w-]+\s+(?:and|&)\s+)?"
                            rf"{re.escape(text)}", evidence, re.IGNORECASE))
             for text, evidence in zip(q.text, q.evidence)]
    return q[~pd.Series(sides, index=q.index, dtype=bool)]


def normalise_unit(unit: str) -> str:
    """Word set of a unit, so "parties or political organizations" and "political parties and
    organizations" are one unit."""
    words = re.findall(r"[a-z$]+", str(unit or "").casefold())
    return " ".join(sorted(set(words) - {"and", "or", "of", "the"}))


def each_distinct(function: Callable[[Any], str], values: Iterable) -> list[str]:
    """`function` of each value, computed once per distinct value: a large corpus repeats a few
    hundred titles, units and figures across hundreds of thousands of rows."""
    cache: dict = {}
    # Keyed on the value and its repr: -0.0 == 0.0, yet the two are written differently.
    return [cache[k] if (k := (v, repr(v))) in cache else cache.setdefault(k, function(v)) for v in values]


def normalise_titles(titles: Iterable) -> list[str]:
    """`normalise_title` of each title."""
    return each_distinct(normalise_title, titles)


_PARAGRAPH = 60  # characters: a line this long is a paragraph, which copies of one story share


def source_keys(documents: pd.DataFrame) -> dict[str, str]:
    """doc_id -> independent-source key. Copies of one story share a key: the same title (typographic
    quotes, width and spacing aside) published the same day, whatever outlet reposted it (a wire
    story on two sites, a page saved twice without its outlet), or, undated, the same outlet and
    title; and, where both texts are kept, a paragraph: two releases titled "Press release" on one
    day are two stories. A recurring column title ("外事往来") on two dates is two stories; a
    document with no title, or with neither date nor outlet, is its own source."""
    by_key: dict[str, list[tuple[str, str]]] = {}
    for row in row_tuples(documents):
        outlet = str(getattr(row, "outlet", "") or "").strip().casefold()
        title = _folded(str(getattr(row, "title", "") or ""))
        published = str(getattr(row, "published", "") or "").strip()
        key = f"{published}|{title}" if title and published else f"{outlet}|{title}" if outlet else row.doc_id
        by_key.setdefault(key, []).append((row.doc_id, str(getattr(row, "text", "") or "")))
    keys: dict[str, str] = {}
    for key, docs in by_key.items():
        stories = _stories([text for _, text in docs]) if len(docs) > 1 else [0]
        keys.update((doc_id, f"{key}|{story}" if story else key) for (doc_id, _), story in zip(docs, stories))
    return keys


def _folded(text: str) -> str:
    """`text` as titles are compared (load.passages.title_key), full-width forms as ASCII."""
    return title_key(unicodedata.normalize("NFKC", text))


def _stories(texts: list[str]) -> list[int]:
    """The story each text of one title and day tells, numbered from 0: a text sharing a paragraph
    with an earlier story's is of that story; one without paragraphs (its text not kept) is of the
    first."""
    story_of: dict[str, int] = {}  # paragraph -> its story
    out = []
    for text in texts:
        paragraphs = {_folded(line) for line in text.splitlines() if len(line.strip()) >= _PARAGRAPH}
        story = next((story_of[p] for p in paragraphs if p in story_of), len(set(story_of.values())))
        for paragraph in paragraphs:
            story_of.setdefault(paragraph, story)
        out.append(story if paragraphs else 0)
    return out


def event_labels(events: pd.DataFrame) -> pd.Series:
    """"kind: actor → counterpart" for each event, "?" for a side not known; a founding with no
    founder named is "founding of X", as a reader would say it."""
    kind, actor, counterpart = as_text(events.kind), as_text(events.actor), as_text(events.counterpart)
    sides = kind + ": " + or_else(actor, "?") + " → " + or_else(counterpart, "?")
    return sides.mask((kind == "founding") & (actor == "") & (counterpart != ""), kind + " of " + counterpart)


def _years(column: pd.Series) -> pd.Series:
    """`year_key` of each value: its leading four digits, or ""."""
    return as_text(column).str.extract(f"^({_YEAR.pattern})", expand=False).fillna("").astype(str)


def claim_rows(tables) -> pd.DataFrame:
    """One row per extracted row, with the claim it supports (claim_id, table, subject, claim),
    its doc_id and evidence sentence: the long form behind `claims`, for citing sources.

    Built column by column (string operations over whole columns), not row by row: the table
    has a row for every position, event and quantity of the corpus."""
    p, e, q = tables.positions, tables.events, reach_figures(tables.quantities)
    title = pd.Series(normalise_titles(p.title.tolist()), index=p.index, dtype=str)
    organization = as_text(p.organization)
    org_key = as_text(p.organization_id).mask(lambda ids: ids == "", organization.str.casefold().str.strip())
    person = as_text(p.person)
    positions = pd.DataFrame({
        "claim_id": "position|" + as_text(p.person_id) + "|" + title + "|" + org_key,
        "table": "position",
        "subject": person,
        # "Xi Jinping: president" where the document names no body, not "president of ?"
        "claim": person + ": " + or_else(title, "?") + organization.map(wording.of_body),
        "doc_id": p.doc_id, "evidence": p.evidence,
    })
    actor, counterpart, places, year = as_text(e.actor), as_text(e.counterpart), as_text(e.places), _years(e.start)
    counterpart_key = as_text(e.counterpart_id).mask(lambda ids: ids == "", counterpart.str.casefold().str.strip())
    events = pd.DataFrame({
        "claim_id": "event|" + as_text(e.kind) + "|" + as_text(e.actor_id) + "|" + counterpart_key + "|" + places
        + "|" + year,
        "table": "event",
        "subject": actor.mask(actor == "", counterpart),
        "claim": event_labels(e) + (" in " + places).where(places != "", "")
        + (" (" + year + ")").where(year != "", " (undated)"),
        "doc_id": e.doc_id, "evidence": e.evidence,
    })
    unit, as_of = as_text(q.unit), _years(q.as_of)
    figure = pd.Series(each_distinct(figure_text, q.value.tolist()), index=q.index, dtype=str)
    quantities = pd.DataFrame({
        "claim_id": "quantity|" + pd.Series(each_distinct(normalise_unit, unit.tolist()), index=q.index, dtype=str)
        + "|" + figure + "|" + as_of,
        "table": "quantity",
        "subject": unit,
        "claim": figure + " " + unit + (" (as of " + as_of + ")").where(as_of != "", " (as of unknown)"),
        "doc_id": q.doc_id, "evidence": q.evidence,
    })
    frame = pd.concat([f for f in (positions, events, quantities) if len(f)] or [positions], ignore_index=True)
    return frame[SUPPORT_COLUMNS].sort_values(["claim_id", "doc_id"], kind="stable").reset_index(drop=True)


def claims(tables, support: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per claim: the documents behind it (doc_ids), how many independent documents
    (n_documents), their outlets, and the first supporting doc_id and evidence sentence.

    `support` is `claim_rows(tables)` when the caller has it already. Group-bys over the support
    rows in claim and document order: a corpus has hundreds of thousands of them."""
    support = claim_rows(tables) if support is None else support.sort_values(["claim_id", "doc_id"], kind="stable")
    if support.empty:
        return pd.DataFrame(columns=CLAIM_COLUMNS)
    documents = tables.documents
    outlet = documents.outlet if "outlet" in documents else pd.Series("", index=documents.index)
    url = documents.source_url if "source_url" in documents else pd.Series("", index=documents.index)
    outlet_of = pd.Series([outlet_name(o, u) for o, u in zip(outlet.tolist(), url.tolist())],
                          index=documents.doc_id.to_numpy())
    keys = pd.Series(source_keys(documents), dtype=object)
    doc_ids = support[["claim_id", "doc_id"]].drop_duplicates()
    has_evidence = as_text(support.evidence) != ""
    # The first row with an evidence sentence, else the claim's first row (support is in claim order).
    cited = support.assign(_none=~has_evidence).sort_values(["claim_id", "_none"], kind="stable") \
        .drop_duplicates("claim_id").set_index("claim_id")
    claim_outlets = doc_ids.assign(outlet=doc_ids.doc_id.map(outlet_of).fillna("unknown outlet")) \
        .drop_duplicates(["claim_id", "outlet"]).sort_values(["claim_id", "outlet"])
    out = support.drop_duplicates("claim_id").set_index("claim_id")[["table", "subject", "claim"]].assign(
        doc_ids=joined_by(doc_ids.claim_id, doc_ids.doc_id),
        n_rows=support.groupby("claim_id", sort=False).size(),
        n_documents=doc_ids.assign(key=doc_ids.doc_id.map(keys).fillna(doc_ids.doc_id))
        .drop_duplicates(["claim_id", "key"]).groupby("claim_id", sort=False).size(),
        outlets=joined_by(claim_outlets.claim_id, claim_outlets.outlet),
        doc_id=cited.doc_id,
        evidence=cited.evidence,
    ).reset_index()
    return out[CLAIM_COLUMNS].sort_values(["table", "claim_id"]).reset_index(drop=True)


def joined_by(keys: pd.Series, values: pd.Series) -> pd.Series:
    """The `values` of each key joined with "|" in the order given, indexed by key in order of first
    appearance: `values.groupby(keys, sort=False).agg("|".join)`, without the group-by's Python
    call per group (a large corpus has tens of thousands of claims)."""
    groups: dict = {}
    for key, value in zip(keys.tolist(), values.tolist()):
        groups.setdefault(key, []).append(value)
    return pd.Series(["|".join(group) for group in groups.values()], index=pd.Index(list(groups), name=keys.name),
                     dtype=values.dtype, name=values.name)


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
