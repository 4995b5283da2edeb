"""The corpus at a glance (notebook 00): what each document is, how its date is known, and how
much of every extracted table rests on it, so a reader knows which source carries the workbook."""
from __future__ import annotations

import pandas as pd

from liaison import schema
from liaison.analysis import wording
from liaison.analysis.labels import document_labels, short

EXTRACTED = ("mentions", "positions", "events", "quantities")
MAX_PLOTTED = 40  # documents drawn one bar each in the reliance figure


def documents_overview(tables) -> pd.DataFrame:
    """One row per document: title, outlet, kind of source, date, its precision and basis."""
    columns = ["doc_id", "title", "outlet", "source_kind", "published", "date_precision", "date_basis", "n_words"]
    return tables.documents[columns].sort_values("doc_id").reset_index(drop=True)


def section_counts(tables) -> pd.DataFrame:
    """Passages per section per document: how much of each file is prose and how much chrome.
    Every section is a column, also where no document has one."""
    counts = tables.passages.pivot_table(
        index="doc_id", columns="section", values="passage_id", aggfunc="count", fill_value=0
    )
    sections = schema.columns("corpus_sections")[1:]
    return counts.reindex(sections, axis=1, fill_value=0).astype(int).rename_axis(columns=None).reset_index()


def reliance(tables) -> pd.DataFrame:
    """Rows of each extracted table per document, and each document's share of all of them."""
    frame = pd.DataFrame({"doc_id": sorted(tables.documents.doc_id)})
    for name in EXTRACTED:
        # A workbook TableSet reads the doc_id column alone; other tables give their frame's.
        doc_ids = tables.doc_ids(name) if hasattr(tables, "doc_ids") else getattr(tables, name).doc_id
        counts = doc_ids.groupby(doc_ids).size()
        frame[name] = frame.doc_id.map(counts).fillna(0).astype(int)
    frame["total"] = frame[list(EXTRACTED)].sum(axis=1)
    grand = frame.total.sum()
    frame["share"] = (frame.total / grand).round(3) if grand else 0.0
    return frame


def load_problems(tables) -> pd.DataFrame:
    """The files the load skipped or warned about, with the reason."""
    report = tables.load_report
    return report[report.status != "loaded"].reset_index(drop=True)


def document_lines(documents: pd.DataFrame, names: dict[str, str], shown: int = 20) -> list[str]:
    """The first `shown` documents (`documents_overview` rows; `names` labels them), one line each
    saying how its date is known, and how many more the saved table lists: a reader sees how each
    source is dated before trusting a date drawn from it."""
    if documents.empty:
        return ["The corpus holds no document."]
    lines = [f"{names.get(r.doc_id, r.doc_id)}: dated {r.published or 'nowhere'} ({r.date_precision}), "
             f"from {short(r.date_basis, 160)}" for r in documents.head(shown).itertuples()]
    if len(documents) > shown:
        lines.append(f"… and {len(documents) - shown} more in tables/corpus_documents.csv")
    return lines


def load_problems_sentence(problems: pd.DataFrame, n_files: int) -> str:
    """The files the load skipped or flagged (`load_problems` rows) out of `n_files` read, each with
    its reason: a finding resting on a corpus with missing files has to say so."""
    if not n_files:
        return "No file was found to load."
    # A reason with its own brackets follows a colon: "a.txt: duplicate of b.txt (identical bytes)".
    reasons = [f"{path}: {reason}" if "(" in str(reason) else f"{path} ({reason})"
               for path, reason in zip(problems.path, problems.reason)]
    return (f"{wording.share(len(problems), n_files)} files {wording.verb('was', len(problems))} skipped or flagged "
            "when loading"
            + (f": {wording.listing(reasons, 4)}." if reasons else "; every file was read as a document."))


def plot_reliance(frame: pd.DataFrame, max_documents: int = MAX_PLOTTED, documents: pd.DataFrame | None = None):
    """Stacked horizontal bars of extracted rows per document, hatched for black and white.

    A bar per document reads well for a few dozen documents; thousands would make a figure
    metres tall that takes minutes to draw. Past `max_documents`, the documents with the most
    rows get a bar each (most first) and one last bar sums all the others, cut at the axis (its
    total written on it) when it would flatten the bars to compare; the table keeps every row."""
    from matplotlib.figure import Figure

    shown = frame
    if len(frame) > max_documents:
        top = frame.sort_values(["total", "doc_id"], ascending=[False, True], kind="stable").head(max_documents)
        rest = frame.drop(top.index)
        others = {"doc_id": f"{len(rest)} other documents", **{name: rest[name].sum() for name in EXTRACTED}}
        shown = pd.concat([top, pd.DataFrame([others])], ignore_index=True)
    names = document_labels(documents) if documents is not None else {}
    shown = shown.assign(label=[names.get(d, d) for d in shown.doc_id])
    fig = Figure(figsize=(9, 0.6 * len(shown) + 1.6))
    ax = fig.add_subplot()
    left = pd.Series(0, index=shown.index)
    shades = ("0.15", "0.45", "0.7", "0.9")
    hatches = ("", "//", "..", "xx")
    for name, shade, hatch in zip(EXTRACTED, shades, hatches):
        ax.barh(
            shown.label, shown[name], left=left, color=shade, hatch=hatch, edgecolor="black", linewidth=0.5, label=name
        )
        left = left + shown[name]
    ax.invert_yaxis()
    xlabel = "extracted rows"
    if len(frame) > max_documents:
        # The summed bar would dwarf the bars a reader came to compare: cut it at the axis and say its total.
        widest, rest_total = float(left.iloc[:-1].max()), float(left.iloc[-1])
        if rest_total > 3 * widest > 0:
            ax.set_xlim(0, widest * 1.6)
            xlabel += f"\n(the last bar is cut at the axis: {rest_total:,.0f} rows in all)"
    ax.set_xlabel(xlabel)
    ax.set_ylabel("document")
    title = "How much of the workbook rests on each document"
    if len(frame) > max_documents:
        title += f"\n(the {max_documents} documents with most rows; the other {len(frame) - max_documents} summed)"
    ax.set_title(title)
    ax.legend(loc="lower right", fontsize=8)
    fig.text(0.01, 0.01, "Source: liaison extraction over the corpus; counts of rows per table.", fontsize=7)
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    return fig
