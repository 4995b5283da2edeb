"""A finding as a reader sees it: one Markdown sentence stating the result with its numbers,
then the sources it rests on as citations (outlet, title, date, link) with the quoted words.
Notebooks end each finding cell with `findings.show(...)`; the report collects the same
Markdown from the executed notebooks."""
from __future__ import annotations

import pandas as pd

from liaison.analysis.labels import citation, short

QUOTE_WIDTH = 240  # characters of an evidence sentence quoted under a citation, cut at a word


class Finding:
    """A sentence and its citations; shown as Markdown in a notebook, as plain text elsewhere."""

    def __init__(self, sentence: str, citations: list[str], more: int = 0, basis: str = ""):
        self.sentence = sentence
        self.citations = citations
        self.more = more
        self.basis = basis

    def markdown(self) -> str:
        lines = [f"**{self.sentence}**", ""]
        if self.citations:
            lines.append("Sources:")
            lines.extend(f"- {c}" for c in self.citations)
            if self.more:
                lines.append(f"- … and {self.more} more in the saved table")
        elif self.basis:
            lines.append(f"Source: {self.basis}.")
        else:
            lines.append("Sources: none in this corpus.")
        return "\n".join(lines) + "\n"

    def _repr_markdown_(self) -> str:
        return self.markdown()

    def __repr__(self) -> str:
        return self.markdown().replace("**", "")


def show(tables, sentence: str, rows: pd.DataFrame | None = None, limit: int = 3, basis: str = "") -> Finding:
    """The finding `sentence`, cited to the documents (and evidence sentences) behind `rows`,
    which carry `doc_id` and may carry `evidence`; `basis` names what it rests on when that is not
    a document (the load report, a curated list). A sentence that reads as a Python value is refused."""
    sentence = " ".join(sentence.split())
    if not sentence or sentence[0] in "{[('\"" or not sentence[0].isprintable():
        raise ValueError(f"a finding is a sentence, not a Python value: {sentence[:60]!r}")
    sentence = sentence[0].upper() + sentence[1:]
    if not sentence.endswith((".", "?", "!", "。")):
        sentence += "."
    return Finding(sentence, *_citations(tables, rows, limit), basis=basis)


def _citations(tables, rows: pd.DataFrame | None, limit: int) -> tuple[list[str], int]:
    if rows is None or rows.empty or "doc_id" not in rows:
        return [], 0
    docs = tables.documents.set_index("doc_id")
    evidence = rows["evidence"] if "evidence" in rows else pd.Series("", index=rows.index)
    pairs = list(dict.fromkeys(zip(rows.doc_id, evidence.fillna("").astype(str))))
    cited = []
    for doc_id, quote in pairs[:limit]:
        text = citation(docs.loc[doc_id]) if doc_id in docs.index else f"{doc_id} (not a document of this corpus)"
        cited.append(text + (f": “{short(quote, QUOTE_WIDTH)}”" if quote else ""))
    return cited, len(pairs) - len(cited)
