"""How well each extracted claim is corroborated, where sources disagree, and what the corpus
cannot tell (notebook 05).

Why: a China-watcher citing the workbook has to know whether a fact rests on one unsourced
profile or on several independent outlets, where documents contradict each other or the
curated reference data, and which questions the documents leave open. Claims, disagreements
and gaps each have their own module; this one is the notebook's entry point to all three.
"""
from __future__ import annotations

import pandas as pd

from liaison.analysis import wording
from liaison.analysis.claims import (
    MIN_DOCUMENTS,
    claim_rows,
    claims,
    corroborated,
    corroboration_summary,
    single_source,
)
from liaison.analysis.disagreements import disagreements
from liaison.analysis.gaps import gap_counts, gaps

__all__ = [
    "check_min_documents", "claim_rows", "claims", "corroborated", "corroboration_summary", "disagreements",
    "gap_counts", "gaps", "plot_corroboration", "single_source", "single_source_from", "undated_documents",
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
        0.01, 0.01, "Source: liaison extraction of the corpus; copies of one outlet's story count once.", fontsize=7
    )
    fig.subplots_adjust(bottom=0.32, left=0.16)
    return fig
