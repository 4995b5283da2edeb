"""Keyword in context: every sentence that contains a term, with the document's label and the
match's character offsets in documents.text, so a reader can check a word's use across the corpus
(English or Chinese) without leaving the workbook."""
from __future__ import annotations

import re

import pandas as pd

from liaison.analysis.labels import document_labels

COLUMNS = ["document", "doc_id", "start", "end", "left", "match", "right", "section", "sentence_id"]
SPACES = re.compile(r"\s+")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def term_pattern(term: str) -> re.Pattern:
    """The term as a pattern: whitespace matches any whitespace; a Latin term matches whole words,
    any case ("ILD" not inside "BUILD"); a Chinese term matches anywhere (Chinese has no spaces)."""
    words = term.split()
    if not words:
        raise ValueError("the search term is empty")
    body = r"\s+".join(re.escape(w) for w in words)
    if CJK.search(term):
        return re.compile(body)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def keyword_in_context(sentences: pd.DataFrame, documents: pd.DataFrame, term: str, width: int = 60) -> pd.DataFrame:
    """One row per match: the document's label, doc_id, the match's offsets in documents.text, up to
    `width` characters of its sentence either side, the section and sentence it lies in."""
    pattern = term_pattern(term)
    hits = sentences[sentences.text.str.contains(pattern, na=False)]
    labels = document_labels(documents)
    rows = []
    for s in hits.itertuples():
        for m in pattern.finditer(s.text):
            left = s.text[max(0, m.start() - width): m.start()]
            right = s.text[m.end(): m.end() + width]
            rows.append({
                "document": labels.get(s.doc_id, s.doc_id), "doc_id": s.doc_id,
                "start": s.start + m.start(), "end": s.start + m.end(),
                "left": ("…" if m.start() > width else "") + SPACES.sub(" ", left),
                "match": m.group(0), "right": SPACES.sub(" ", right) + ("…" if len(s.text) - m.end() > width else ""),
                "section": s.section, "sentence_id": s.sentence_id,
            })
    return pd.DataFrame(rows, columns=COLUMNS).sort_values(["doc_id", "start"], ignore_index=True)


def kwic_lines(hits: pd.DataFrame) -> list[str]:
    """The matches as lines for a terminal: label, doc_id and offsets, then the match in context."""
    return [f"{h.document} [{h.doc_id} {h.start}-{h.end}]: {h.left}[{h.match}]{h.right}" for h in hits.itertuples()]
