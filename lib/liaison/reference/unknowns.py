"""What the curated list of ILD heads says it does not know: the sentences of its notes that
say something was not found, not confirmed, is disputed, inferred or rests on one source.

One reader, so the history notebook (01) and the sources notebook (05) report the same unknowns."""
from __future__ import annotations

import re

import pandas as pd

from liaison.reference.lists import ild_heads

UNKNOWN_COLUMNS = ["holder", "start", "end", "source_url", "sentence"]
UNKNOWN_CUES = re.compile(
    r"\bnot (?:officially|checked|re-checked|cross-checked|found|known|independently|established|confirmed|explained)"
    r"|\bnever officially|\bno (?:official|formal|page)|unknown|unannounced|未經官宣|disagree|inferred|left out"
    r"|\bonly from\b|\bcomes from\b.*\bonly\b|\bonly\b.*\bsource|\byear only\b",
    re.IGNORECASE,
)
_NOTE_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-Z'(])")


def unknowns(note: str) -> list[str]:
    """The sentences of a reference note that say what the sources do not establish."""
    if not isinstance(note, str):
        return []
    parts = [p.strip() for p in _NOTE_SENTENCE.split(note) if p.strip()]
    return [p for p in parts if UNKNOWN_CUES.search(p)]


def stated_unknowns(heads: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per unknown stated in the heads' notes, with the head, tenure and source page."""
    heads = ild_heads() if heads is None else heads
    rows = [
        (r.holder, r.start, r.end, r.source_url, sentence) for r in heads.itertuples() for sentence in unknowns(r.note)
    ]
    return pd.DataFrame(rows, columns=UNKNOWN_COLUMNS)
