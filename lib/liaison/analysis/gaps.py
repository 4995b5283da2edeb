"""Gaps (notebook 05): what the corpus cannot tell. Undated texts, "last year" with no year to
count from, events with no date, place or actor, unresolved short names, posts with no start,
and the reference data's own stated unknowns."""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable

import pandas as pd

from liaison import schema
from liaison.analysis.evidence import folded, sentence_finder
from liaison.analysis.rows import row_tuples
from liaison.reference.unknowns import stated_unknowns

GAP_COLUMNS = schema.columns("sources_gaps")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_SEASONS = ("year", "spring", "summer", "autumn", "fall", "winter")
# Each pattern with the date precision a document needs for the phrase to be resolved, and
# the words it cannot match without (see `evidence.folded`): a pattern runs only on a text holding one
# of them, since running all nine on every passage was most of notebook 05's time.
_RELATIVE = [
    (re.compile(rf"\b(?:(?:this|next|last|coming|on|past)\s+)*(?:{_WEEKDAYS})\b", re.I), "day",
     tuple(_WEEKDAYS.casefold().split("|"))),
    (re.compile(r"\b(?:yesterday|today|tomorrow|tonight)\b", re.I), "day",
     ("yesterday", "today", "tomorrow", "tonight")),
    (re.compile(r"\b(?:last|next|this|past|coming|previous|following)\s+(?:week|weekend)\b", re.I), "day", ("week",)),
    (re.compile(r"\b(?:\w+|\d+)\s+(?:days?|weeks?)\s+(?:ago|earlier|later)\b", re.I), "day", ("day", "week")),
    (re.compile(r"\b(?:last|next|this|past|coming|previous|following)\s+month\b", re.I), "month", ("month",)),
    (re.compile(r"\b(?:\w+|\d+)\s+months?\s+ago\b", re.I), "month", ("month",)),
    (
        re.compile(
            r"\b(?:last|next|this|past|coming|previous|following)\s+(?:year|spring|summer|autumn|fall|winter)\b", re.I
        ),
        "year",
        _SEASONS,
    ),
    (re.compile(r"\b(?:\w+|\d+)\s+years?\s+ago\b", re.I), "year", ("year",)),
    # A month with no year: "in June", "late March", "on June 27" — but not "June 2023".
    (
        re.compile(
            rf"\b(?:(?:in|on|since|by|until|from|during|of|early|mid|late|end of|last|next|this)[\s-]+)"
            rf"(?:{_MONTHS})\b(?!\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})(?!,?\s+\d{{4}})"
            rf"(?:\s+\d{{1,2}}\b)?"
        ),
        "year",
        tuple(_MONTHS.casefold().split("|")),
    ),
]
_PRECISION_RANK = {"unknown": 0, "": 0, "year": 1, "month": 2, "day": 3}


def relative_phrases(text: str) -> list[tuple[int, int, str, str]]:
    """Relative-looking date phrases in a text as (start, end, phrase, precision needed);
    overlapping or adjacent matches are merged ("in June" + "last year")."""
    text_folded = folded(text)
    found = []
    for pattern, need, cues in _RELATIVE:
        if any(cue in text_folded for cue in cues):
            found += [(m.start(), m.end(), need) for m in pattern.finditer(text)]
    found.sort()
    merged: list[list] = []
    for start, end, need in found:
        if merged and start <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], end)
            if _PRECISION_RANK[need] > _PRECISION_RANK[merged[-1][2]]:
                merged[-1][2] = need
        else:
            merged.append([start, end, need])
    return [(s, e, text[s:e], need) for s, e, need in merged]


def _date_spans(mentions: pd.DataFrame) -> Callable[[str, int, int], bool]:
    """A test (doc_id, a, b) -> does any date mention of the document overlap [a, b)?

    Per document, mention starts sorted with the running maximum of their ends: the mentions
    starting before b overlap the span exactly when the latest end among them passes a, so
    each test is one bisection rather than a scan of the document's dates."""
    dates = mentions[mentions.kind == "date"].sort_values(["doc_id", "start"], kind="stable")
    by_doc: dict[str, tuple[list, list]] = {}
    for doc_id, starts, ends in row_tuples(dates[["doc_id", "start", "end"]]):
        doc_starts, reach = by_doc.setdefault(doc_id, ([], []))
        doc_starts.append(starts)
        reach.append(max(reach[-1], ends) if reach else ends)

    def overlaps(doc_id: str, a: int, b: int) -> bool:
        starts, reach = by_doc.get(doc_id, ([], []))
        k = bisect.bisect_left(starts, b)
        return k > 0 and reach[k - 1] > a

    return overlaps


def unresolved_relative_dates(tables, sections: tuple[str, ...] = ("body",)) -> pd.DataFrame:
    """Relative date phrases in body text that no extracted date mention covers, with why:
    the document is undated, dated too coarsely for the phrase, or extraction missed it."""
    docs = tables.documents
    published = dict(zip(docs.doc_id, docs.published))
    precisions = dict(zip(docs.doc_id, docs.date_precision))
    covered = _date_spans(tables.mentions)
    sentence_at = sentence_finder(tables.sentences)
    rows = []
    for p in row_tuples(tables.passages[tables.passages.section.isin(sections)].sort_values(["doc_id", "start"])):
        dated = published[p.doc_id]
        precision = str(precisions[p.doc_id] or "") if dated else "unknown"
        for start, end, phrase, need in relative_phrases(p.text):
            a, b = p.start + start, p.start + end
            if covered(p.doc_id, a, b):
                continue
            if not dated:
                kind, why = "unresolved relative date", "document undated"
            elif _PRECISION_RANK.get(precision, 0) < _PRECISION_RANK[need]:
                kind, why = "unresolved relative date", f"document dated only to the {precision}; needs the {need}"
            else:
                kind, why = (
                    "relative date not extracted",
                    f"document dated to the {precision}; not resolved by extraction",
                )
            sentence = sentence_at(p.doc_id, a)
            rows.append({"kind": kind, "doc_id": p.doc_id, "detail": f"“{phrase}”: {why}",
                         "evidence": sentence[2] if sentence else " ".join(p.text.split())})
    return pd.DataFrame(rows, columns=GAP_COLUMNS)


def reference_unknowns(heads: pd.DataFrame | None = None) -> pd.DataFrame:
    """The curated list of heads' own stated unknowns (see `reference.unknowns`), as gaps."""
    stated = stated_unknowns(heads)
    return pd.DataFrame({
        "kind": "reference unknown", "doc_id": "",
        "detail": [f"{h} ({s or '?'}–{e or '?'}); {u}" for h, s, e, u in
                   zip(stated.holder, stated.start, stated.end, stated.source_url)],
        "evidence": stated.sentence,
    }, columns=GAP_COLUMNS)


def gaps(tables, heads: pd.DataFrame | None = None) -> pd.DataFrame:
    """A ledger of what the corpus cannot tell, one row per gap (kind, doc_id, detail, evidence):
    undated documents; events with no date, place or actor; relative dates with no date to
    count from; unresolved short-form person mentions; posts with unknown start; and the
    reference data's own stated unknowns (doc_id empty)."""
    rows = []
    for d in row_tuples(tables.documents):
        if not d.published:
            rows.append({"kind": "undated document", "doc_id": d.doc_id,
                         "detail": f"{d.title}: {str(d.date_basis or 'no date basis')[:160]}", "evidence": ""})
    for e in row_tuples(tables.events):
        label = f"{e.kind}: {e.actor or '?'} → {e.counterpart or '?'}"
        if not e.start:
            rows.append({"kind": "event without date", "doc_id": e.doc_id, "detail": label, "evidence": e.evidence})
        if not e.places and not e.region:
            rows.append({"kind": "event without place", "doc_id": e.doc_id, "detail": label, "evidence": e.evidence})
        if not e.actor_id:
            rows.append({"kind": "event without actor", "doc_id": e.doc_id, "detail": label, "evidence": e.evidence})
    gap_frames = [pd.DataFrame(rows, columns=GAP_COLUMNS), unresolved_relative_dates(tables)]
    short = tables.mentions[(tables.mentions.kind == "person") & (tables.mentions.entity_id == "")]
    sentence_at = sentence_finder(tables.sentences)
    gap_frames.append(pd.DataFrame({
        "kind": "unresolved person mention", "doc_id": short.doc_id,
        "detail": [f"“{t}” (cue: {c})" for t, c in row_tuples(short[["text", "cue"]])],
        "evidence": [(sentence_at(d, s) or (0, 0, ""))[2] for d, s in row_tuples(short[["doc_id", "start"]])],
    }, columns=GAP_COLUMNS))
    posts = tables.positions[tables.positions.start.fillna("") == ""]
    gap_frames.append(
        pd.DataFrame(
            {
                "kind": "post with unknown start",
                "doc_id": posts.doc_id,
                "detail": [
                    f"{p}: {t} of {o or '?'} ({s})"
                    for p, t, o, s in zip(posts.person, posts.title, posts.organization, posts.status)
                ],
                "evidence": posts.evidence,
            },
            columns=GAP_COLUMNS,
        )
    )
    gap_frames.append(reference_unknowns(heads))
    frame = pd.concat([f for f in gap_frames if len(f)], ignore_index=True) if any(len(f) for f in gap_frames) \
        else pd.DataFrame(columns=GAP_COLUMNS)
    return frame.sort_values(["kind", "doc_id", "detail", "evidence"], kind="stable").reset_index(drop=True)


def gap_counts(gap_table: pd.DataFrame) -> pd.DataFrame:
    """Gaps per kind, largest first (ties by kind)."""
    counts = gap_table.groupby("kind").size().rename("gaps").reset_index()
    return counts.sort_values(["gaps", "kind"], ascending=[False, True]).reset_index(drop=True)
