"""How well each extracted claim is corroborated, where sources disagree, and what the corpus
cannot tell (notebook 05).

Why: a China-watcher citing the workbook has to know whether a fact rests on one unsourced
profile or on several independent outlets, where documents contradict each other or the
curated reference data, and which questions the documents leave open. Claims, disagreements
and gaps each have their own module; this one is the notebook's entry point to all three.
"""
from __future__ import annotations

import pandas as pd

from liaison.analysis import labels, wording
from liaison.analysis.claims import (
    MIN_DOCUMENTS,
    claim_rows,
    claims,
    corroborated,
    corroboration_summary,
    single_source,
)
from liaison.analysis.disagreements import disagreements
from liaison.analysis.gaps import gap_counts, gaps, gaps_sentence, reference_unknowns_sentence

__all__ = [
    "check_min_documents", "claim_rows", "claims", "corroborated", "corroboration_summary", "disagreements",
    "documents_clash_sentence", "gap_counts", "gaps", "gaps_sentence", "plot_corroboration",
    "reference_clash_sentence", "reference_unknowns_sentence", "single_source", "single_source_from",
    "threshold_sentence", "undated_documents", "undated_sentence",
]


def check_min_documents(value) -> tuple[int, str]:
    """A usable corroboration threshold and a message: a value that is not a whole number of
    at least 1 falls back to the default rather than stopping the notebook."""
    try:
        number = int(value)
        if number == float(value) and number >= 1:
            return number, f"corroborated = made by at least {wording.count(number, 'independent document')}"
    except (TypeError, ValueError):
        pass
    return MIN_DOCUMENTS, f"min_documents={value!r} is not a whole number >= 1; using {MIN_DOCUMENTS}"


def undated_documents(tables) -> list[str]:
    """doc_ids of documents with no publication date at all."""
    docs = tables.documents
    return sorted(docs[docs.published.fillna("") == ""].doc_id)


def single_source_from(claim_table: pd.DataFrame, doc_ids: list[str]) -> pd.DataFrame:
    """Single-source claims whose one document is among `doc_ids` (e.g. the undated ones)."""
    single = single_source(claim_table)
    return single[single.doc_ids.isin(list(doc_ids))].reset_index(drop=True)


def threshold_sentence(met: pd.DataFrame, threshold: int) -> str:
    """The claims that meet the threshold (`corroborated` rows) as a sentence, each with its count,
    the best-supported first (ties by claim): the listing shows what the corpus corroborates most."""
    met = met.sort_values(["n_documents", "claim"], ascending=[False, True], kind="stable")
    listed = wording.listing((f"{c} ({wording.count(n, 'document')})" for c, n in zip(met.claim, met.n_documents)),
                             noun="other claim")
    return (f"{wording.count(len(met), 'claim')} {wording.verb('meets', len(met))} the threshold of "
            f"{wording.count(threshold, 'document')}"
            + (f": {listed}." if len(met) else "."))


def undated_sentence(undated: list[str], from_undated: pd.DataFrame, names: dict[str, str]) -> str:
    """The undated documents (doc_ids; `names` labels them) and the single-source claims resting on
    them alone (`single_source_from` rows), as a sentence."""
    if not undated:
        return "Every document in the corpus carries a date."
    one = len(undated) == 1
    among = (f", among them {wording.listing(from_undated.claim, 4, 'other claim')}" if len(from_undated) else "")
    return (f"{wording.count(len(undated), 'document')} in the corpus {wording.verb('carries', len(undated))} no date "
            f"({wording.listing((names.get(d, d) for d in undated), separator='; ')}); "
            f"{wording.count(len(from_undated), 'single-source claim')} "
            f"{wording.verb('rests', len(from_undated))} on {'it' if one else 'them'} alone{among}.")


def reference_clash_sentence(against_reference: pd.DataFrame) -> str:
    """The document claims that contradict the curated reference data (`disagreements` rows of a
    "vs reference" kind), as a sentence quoting each side."""
    clashes = [f"{r.subject}: a document says {r.value}, {r.other_source} says {labels.short(r.other_value, 100)}"
               for r in against_reference.itertuples()]
    n = len(against_reference)
    # One sentence checked two ways (its title, and the role at its event's date) is one claim, on two points.
    said = set(zip(against_reference.doc_id, against_reference.evidence)) if {"doc_id", "evidence"} <= set(
        against_reference.columns) else set(range(n))
    points = f" on {n} points" if len(said) < n else ""
    return (f"{wording.count(len(said), 'document claim')} {wording.verb('contradicts', len(said))} the curated "
            f"reference data{points}" + (f": {'; '.join(clashes)}." if clashes else "."))


def documents_clash_sentence(between_documents: pd.DataFrame, names: dict[str, str]) -> str:
    """The claims on which documents contradict each other (`disagreements` rows of a "(documents)"
    kind; `names` labels the documents), quoting each side: a reader must not cite one without the other."""
    clashes = [f"{r.subject} ({r.kind}): {names.get(r.doc_id, r.doc_id)} says {r.value}, "
               f"{names.get(r.other_source, r.other_source)} says {r.other_value}"
               for r in between_documents.itertuples()]
    return (f"Documents contradict each other on {wording.count(len(between_documents), 'claim')}"
            + (f": {'; '.join(clashes)}." if clashes else "."))


def _between_label(min_documents: int) -> str:
    if min_documents <= 2:
        return "_nolegend_"  # nothing lies between one document and the threshold
    return "2 documents" if min_documents == 3 else f"2 to {min_documents - 1} documents"


def plot_corroboration(summary: pd.DataFrame, min_documents: int = MIN_DOCUMENTS):
    """Claims per table split into single-source, 2..min_documents-1 documents, and meeting the
    threshold: stacked horizontal bars in greys with hatching (readable in black and white)."""
    from matplotlib.figure import Figure

    parts = summary[summary.table != "all"].iloc[::-1]
    single = parts.single_source.to_numpy()
    met = parts.corroborated.to_numpy()
    between = parts.claims.to_numpy() - single - met
    fig = Figure(figsize=(7, 3.6))
    ax = fig.add_subplot(1, 1, 1)
    y = range(len(parts))
    ax.barh(y, single, color="0.35", edgecolor="black", label="one document")
    ax.barh(y, between, left=single, color="0.7", hatch="//", edgecolor="black",
            label=_between_label(min_documents))
    ax.barh(y, met, left=single + between, color="white", hatch="..", edgecolor="black",
            label=f"{min_documents}+ documents (corroborated)")
    labels = {"position": "positions", "event": "events", "quantity": "quantities"}
    ax.set_yticks(list(y), [labels.get(t, t) for t in parts.table])
    ax.set_xlabel("claims (distinct normalised facts)")
    ax.set_ylabel("extracted table")
    ax.set_title("How many independent documents support each claim")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.3), ncol=3, fontsize=8, frameon=False)
    fig.text(
        0.01, 0.01, "Source: liaison extraction of the corpus; copies of one story (same title, same day) count once.",
        fontsize=7,
    )
    fig.subplots_adjust(bottom=0.32, left=0.16)
    return fig
