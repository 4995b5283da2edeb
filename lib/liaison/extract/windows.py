"""A document longer than WINDOW characters, extracted a window of whole passages at a time.

Memory then follows the window, not the document, and the windows of one document can be
extracted on different cores (`chunks.extract_window`). A window is extracted as a document of
its own; what needs the whole document is read per window: a short form resolves to a full name
met in its own window, the title is in the first. Its rows' offsets are moved back into the whole
text, and its sentences and events numbered on from the document's earlier windows
(`Numbering`), so the rows do not depend on where or in what order the windows ran.
"""
from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pandas as pd

from liaison import schema
from liaison.extract.document import ROW_TABLES, event_id, extract_document

WINDOW = 2_000_000  # characters: a longer document is extracted a window of passages at a time


def is_long(text: str) -> bool:
    """Whether a document of this text is extracted in windows."""
    return len(text) > WINDOW


def long_documents(documents: pd.DataFrame) -> set[str]:
    """The ids of the documents extracted in windows."""
    return {doc_id for doc_id, text in zip(documents.doc_id, documents.text) if is_long(text)}


def window_inputs(doc_id: str, text: str, published: str, passages: pd.DataFrame) -> Iterator[tuple[int, dict]]:
    """(offset of the window in the text, the window as a document for `extract_document`) for
    each window of a long document; a window's passages are made rows only when it is reached."""
    for first, last in _windows(passages.start.to_numpy(), passages.end.to_numpy()):
        window = passages.iloc[first:last]
        low, high = int(window.start.iloc[0]), int(window.end.iloc[-1])
        local = [{"passage_id": passage_id, "start": start - low, "end": end - low, "section": section, "text": line}
                 for passage_id, start, end, section, line in zip(window.passage_id, window.start, window.end,
                                                                  window.section, window.text)]
        yield low, {"doc_id": doc_id, "text": text[low:high], "published": published, "passages": local}


def window_parts(low: int, doc: dict) -> Iterator[tuple[str, pd.DataFrame]]:
    """Every row table of one window, its offsets moved into the whole text; its sentences and
    events numbered from 0 within the window (`Numbering` numbers them on)."""
    found = extract_document(doc)
    for name in ROW_TABLES:
        frame = schema.frame(found[name], name)
        for column in _OFFSETS[name]:
            frame[column] += low
        yield name, frame


class Numbering:
    """Numbers each window's sentences and events on from its document's earlier windows; the
    windows must be given in reading order."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str], int] = {}

    def __call__(self, name: str, frame: pd.DataFrame) -> pd.DataFrame:
        if name not in ("sentences", "events") or not len(frame):
            return frame
        doc_id = frame.doc_id.iloc[0]
        before = self.seen.get((name, doc_id), 0)
        self.seen[(name, doc_id)] = before + len(frame)
        if name == "sentences":
            return frame.assign(sentence_id=frame.sentence_id + before)
        ids = [event_id(doc_id, before + i) for i in range(len(frame))]
        return frame.assign(event_id=pd.Series(ids, index=frame.index, dtype="str"))


def _windows(starts: np.ndarray, ends: np.ndarray) -> list[tuple[int, int]]:
    """Consecutive passages (by their offsets) in groups of at most WINDOW characters, a longer
    passage alone, as [first, last) row ranges."""
    out: list[tuple[int, int]] = []
    first = 0
    for i in range(1, len(starts)):
        if ends[i] - starts[first] > WINDOW:
            out.append((first, i))
            first = i
    if len(starts):
        out.append((first, len(starts)))
    return out


# The columns of each per-document table that are offsets into documents.text.
_OFFSETS = {
    name: [c.name for c in schema.TABLES[name].columns if c.type == "int" and c.name in ("start", "end", "start_char",
                                                                                            "end_char")]
    for name in ROW_TABLES
}
