"""Documents named for people: "China Daily, 2016-06-26, Event highlights work of CPC diplomatic
arm" instead of a hashed doc_id, on figure axes, in findings and beside doc_id in tables."""
from __future__ import annotations

import unicodedata
from collections import Counter

import pandas as pd

from liaison.load.sidecar import url_host

TITLE_WIDTH = 48  # characters of title kept in a label; a title is cut at a word, never inside one


def _columns(char: str) -> int:
    """Columns a character takes: Chinese, Japanese and Korean characters and full-width forms two."""
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def short(text: str, width: int = TITLE_WIDTH) -> str:
    """`text` cut to at most `width` columns (a Chinese character takes two) at a word boundary, with
    an ellipsis when cut; Chinese, which has no spaces, is cut at the width."""
    text = " ".join(str(text).split())
    if text.isascii():  # every character one column: no lookup per character
        if len(text) <= width:
            return text
        end = max(width - 1, 0)
    else:
        if sum(map(_columns, text)) <= width:
            return text
        used, end = 0, 0
        while used + _columns(text[end]) <= width - 1:
            used += _columns(text[end])
            end += 1
    cut = text[:end]
    space = cut.rfind(" ")
    if text[end] != " " and space > end // 3:
        cut = cut[:space]
    # A bracket the cut leaves open is closed after the ellipsis: "(page title…)" not "(page title…".
    opened = cut.count("(") - cut.count(")")
    return cut.rstrip(" ,;:-–—") + "…" + ")" * max(opened, 0)


def outlet_name(outlet: object, url: object = "") -> str:
    """The outlet as the sidecar names it; else the site the document was taken from, as its host
    ("en.people.cn"), which a reader can check; "unknown outlet" only when neither is known."""
    if outlet and not pd.isna(outlet) and str(outlet).strip():
        return str(outlet).strip()
    host = url_host(str(url)) if url and not pd.isna(url) else ""
    return host or "unknown outlet"


def document_label(outlet: str, published: str, title: str, width: int = TITLE_WIDTH, url: str = "") -> str:
    """One document's label: outlet (else its site's host), date, short title (each part said when missing)."""
    return f"{outlet_name(outlet, url)}, {published or 'undated'}, {short(title, width) or 'untitled'}"


def document_labels(documents: pd.DataFrame, width: int = TITLE_WIDTH) -> dict[str, str]:
    """doc_id -> label for every document; two documents that would share a label get their doc_id
    appended, so a label always names one document."""
    frame = documents[["doc_id", "outlet", "published", "title"]].fillna("")
    urls = documents.source_url.fillna("").tolist() if "source_url" in documents else [""] * len(frame)
    labels = {
        doc_id: document_label(outlet, published, title, width, url)
        for doc_id, outlet, published, title, url in zip(*(frame[c].tolist() for c in frame.columns), urls)
    }
    counts = Counter(labels.values())
    return {doc: (f"{label} [{doc}]" if counts[label] > 1 else label) for doc, label in labels.items()}


def with_labels(frame: pd.DataFrame, documents: pd.DataFrame, column: str = "doc_id") -> pd.DataFrame:
    """`frame` with a `document` column (the label) placed just after its doc_id column."""
    labels = document_labels(documents)
    out = frame.drop(columns=["document"], errors="ignore").copy()
    values = out[column].map(lambda doc: labels.get(doc, f"{doc} (not in this corpus)"))
    out.insert(out.columns.get_loc(column) + 1, "document", values)
    return out
