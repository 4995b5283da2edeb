"""Documents named for people: "China Daily, 2016-06-26, Event highlights work of CPC diplomatic
arm" instead of a hashed doc_id, on figure axes, in findings and beside doc_id in tables, and the
citation (outlet, title, date, link) a finding gives for each source."""
from __future__ import annotations

import pandas as pd

TITLE_WIDTH = 48  # characters of title kept in a label; a title is cut at a word, never inside one


def short(text: str, width: int = TITLE_WIDTH) -> str:
    """`text` cut to at most `width` characters at a word boundary, with an ellipsis when cut."""
    text = " ".join(str(text).split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    if space > width // 3:  # a CJK title has no spaces: cut at the width instead
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


def document_label(outlet: str, published: str, title: str, width: int = TITLE_WIDTH) -> str:
    """One document's label: outlet, date, short title (each part said when missing)."""
    return f"{outlet or 'unknown outlet'}, {published or 'undated'}, {short(title, width) or 'untitled'}"


def document_labels(documents: pd.DataFrame, width: int = TITLE_WIDTH) -> dict[str, str]:
    """doc_id -> label for every document; two documents that would share a label get their doc_id
    appended, so a label always names one document."""
    labels = {
        row.doc_id: document_label(row.outlet, row.published, row.title, width)
        for row in documents[["doc_id", "outlet", "published", "title"]].fillna("").itertuples()
    }
    counts = pd.Series(list(labels.values())).value_counts()
    return {doc: (f"{label} [{doc}]" if counts[label] > 1 else label) for doc, label in labels.items()}


def with_labels(frame: pd.DataFrame, documents: pd.DataFrame, column: str = "doc_id") -> pd.DataFrame:
    """`frame` with a `document` column (the label) placed just after its doc_id column."""
    labels = document_labels(documents)
    out = frame.drop(columns=["document"], errors="ignore").copy()
    values = out[column].map(lambda doc: labels.get(doc, f"{doc} (not in this corpus)"))
    out.insert(out.columns.get_loc(column) + 1, "document", values)
    return out


def citation(doc: pd.Series | dict) -> str:
    """A Markdown citation: outlet, “title”, date, and the link when the document has one."""
    get = doc.get
    parts = [get("outlet") or "unknown outlet", f"“{get('title') or 'untitled'}”", get("published") or "undated"]
    url = get("source_url") or ""
    text = ", ".join(parts)
    return f"{text}, <{url}>" if url.startswith(("http://", "https://")) else text
