"""A finding as a reader sees it: one Markdown sentence stating the result with its numbers,
then the sources it rests on as citations (outlet, title, date, link) with the quoted words.
Notebooks end each finding cell with `findings.show(...)`; the report collects the same
Markdown from the executed notebooks. Document text is escaped, so a quoted sentence can neither
inject markup nor be read as Markdown emphasis."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from liaison.analysis.labels import outlet_name, short

QUOTE_WIDTH = 240  # characters of an evidence sentence quoted under a citation, cut at a word
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]#|])")


def escape(text: str) -> str:
    """Text as Markdown that renders as itself: HTML characters and Markdown markers escaped."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return MARKDOWN_SPECIAL.sub(r"\\\1", text)


@dataclass
class Citation:
    """One source: outlet, title, date, link, and the quoted evidence sentence."""
    outlet: str
    title: str
    date: str
    url: str = ""
    quote: str = ""

    def markdown(self) -> str:
        text = f"{escape(self.outlet)}, “{escape(self.title)}”, {escape(self.date)}"
        text += f", <{self.url}>" if self.url else ""
        return text + (f": “{escape(self.quote)}”" if self.quote else "")

    def plain(self) -> str:
        text = f"{self.outlet}, “{self.title}”, {self.date}" + (f", {self.url}" if self.url else "")
        return text + (f": “{self.quote}”" if self.quote else "")


@dataclass
class Finding:
    """A sentence and its citations; shown as Markdown in a notebook, as plain text elsewhere."""
    sentence: str
    citations: list[Citation] = field(default_factory=list)
    more: int = 0
    basis: str = ""

    def _lines(self, markdown: bool) -> list[str]:
        say = escape if markdown else str
        lines = [f"**{say(self.sentence)}**" if markdown else self.sentence, ""]
        if self.citations:
            lines.append("Sources:")
            lines += [f"- {c.markdown() if markdown else c.plain()}" for c in self.citations]
            if self.more:
                lines.append(f"- … and {self.more} more in the saved table")
        else:
            lines.append(f"Source: {say(self.basis)}." if self.basis else "Sources: none in this corpus.")
        return lines

    def markdown(self) -> str:
        return "\n".join(self._lines(True)) + "\n"

    def _repr_markdown_(self) -> str:
        return self.markdown()

    def __repr__(self) -> str:
        return "\n".join(self._lines(False))


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
    cited, more = citations(tables.documents, rows, limit)
    return Finding(sentence, cited, more, basis)


def citations(documents: pd.DataFrame, rows: pd.DataFrame | None, limit: int) -> tuple[list[Citation], int]:
    """Up to `limit` citations for the distinct (document, evidence) pairs of `rows`, and how many more."""
    if rows is None or rows.empty or "doc_id" not in rows:
        return [], 0
    evidence = rows["evidence"].fillna("").astype(str) if "evidence" in rows else pd.Series("", index=rows.index)
    # Plain lists, not a walk over the columns: a finding may rest on tens of thousands of rows.
    pairs = list(dict.fromkeys(zip(rows.doc_id.tolist(), evidence.tolist())))
    quoted = {doc_id for doc_id, _ in pairs[:limit]}
    docs = documents[documents.doc_id.isin(quoted)].fillna("").set_index("doc_id")
    cited = []
    for doc_id, quote in pairs[:limit]:
        if doc_id in docs.index:
            doc = docs.loc[doc_id]
            url = str(doc.get("source_url", ""))
            link = url if url.startswith(("http://", "https://")) else ""
            cited.append(Citation(outlet_name(doc.get("outlet"), url), doc.get("title") or "untitled",
                                  doc.get("published") or "undated", link, short(quote, QUOTE_WIDTH)))
        else:
            cited.append(Citation("not a document of this corpus", doc_id, "undated", "", short(quote, QUOTE_WIDTH)))
    return cited, len(pairs) - len(cited)
