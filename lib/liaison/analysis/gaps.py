"""Gaps (notebook 05): what the corpus cannot tell. Undated texts, "last year" with no year to
count from, events with no date, place or actor, unresolved short names, posts with no start,
and the reference data's own stated unknowns."""
from __future__ import annotations

import re

import pandas as pd

from liaison import schema
from liaison.analysis import wording
from liaison.analysis.claims import event_labels
from liaison.analysis.evidence import folded, literal_finder, sentences_at
from liaison.analysis.rows import as_text, or_else
from liaison.reference.unknowns import stated_unknowns

GAP_COLUMNS = schema.columns("sources_gaps")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_SEASONS = ("year", "spring", "summer", "autumn", "fall", "winter")
# Each pattern with the date precision a document needs for the phrase to be resolved, and
# the words it cannot match without (see `evidence.folded`), as sets: a pattern runs only on a text
# holding a word of each set, since running all nine on every passage was most of notebook 05's time.
# The first set is the rarest, looked up in all texts at once. No cue word holds a newline.
_RELATIVE = [
    (re.compile(rf"\b(?:(?:this|next|last|coming|on|past)\s+)*(?:{_WEEKDAYS})\b", re.I), "day",
     (tuple(_WEEKDAYS.casefold().split("|")),)),
    (re.compile(r"\b(?:yesterday|today|tomorrow|tonight)\b", re.I), "day",
     (("yesterday", "today", "tomorrow", "tonight"),)),
    (re.compile(r"\b(?:last|next|this|past|coming|previous|following)\s+(?:week|weekend)\b", re.I), "day",
     (("week",),)),
    (re.compile(r"\b(?:\w+|\d+)\s+(?:days?|weeks?)\s+(?:ago|earlier|later)\b", re.I), "day",
     (("ago", "earlier", "later"), ("day", "week"))),
    (re.compile(r"\b(?:last|next|this|past|coming|previous|following)\s+month\b", re.I), "month", (("month",),)),
    (re.compile(r"\b(?:\w+|\d+)\s+months?\s+ago\b", re.I), "month", (("ago",), ("month",))),
    (
        re.compile(
            r"\b(?:last|next|this|past|coming|previous|following)\s+(?:year|spring|summer|autumn|fall|winter)\b", re.I
        ),
        "year",
        (_SEASONS,),
    ),
    (re.compile(r"\b(?:\w+|\d+)\s+years?\s+ago\b", re.I), "year", (("ago",), ("year",))),
    # A month with no year: "in June", "late March", "on June 27" — but not "June 2023".
    (
        re.compile(
            rf"\b(?:(?:in|on|since|by|until|from|during|of|early|mid|late|end of|last|next|this)[\s-]+)"
            rf"(?:{_MONTHS})\b(?!\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})(?!,?\s+\d{{4}})"
            rf"(?:\s+\d{{1,2}}\b)?"
        ),
        "year",
        (tuple(_MONTHS.casefold().split("|")),),
    ),
]
_PRECISION_RANK = {"unknown": 0, "": 0, "year": 1, "month": 2, "day": 3}


def relative_phrases(text: str) -> list[tuple[int, int, str, str]]:
    """Relative-looking date phrases in a text as (start, end, phrase, precision needed);
    overlapping or adjacent matches are merged ("in June" + "last year")."""
    return relative_phrases_in([text])[0]


def relative_phrases_in(texts: list[str]) -> list[list[tuple[int, int, str, str]]]:
    """`relative_phrases` of each text. A pattern runs only on the texts holding a word of each of its
    cue sets, the first found for all the texts at once (`evidence.literal_finder`), not by a search
    per text."""
    folded_texts = [folded(text) for text in texts]
    holding = literal_finder(folded_texts)
    found: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    for pattern, need, (rarest, *others) in _RELATIVE:
        for i in holding(rarest):
            if all(any(word in folded_texts[i] for word in words) for words in others):
                found[i] += [(m.start(), m.end(), need) for m in pattern.finditer(texts[i])]
    return [_merged(text, spans) for text, spans in zip(texts, found)]


def _merged(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str, str]]:
    """Spans (start, end, need) in order, overlapping or adjacent ones merged with the finest need."""
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


def date_covered(mentions: pd.DataFrame, doc_ids: pd.Series, starts: pd.Series, ends: pd.Series) -> pd.Series:
    """For each span (doc_id, start, end), given as three columns of the same length: does any
    date mention of the document overlap it?

    Per document, mentions sorted by start with the running maximum of their ends: the mentions
    starting before a span's end overlap it exactly when the latest end among them passes the
    span's start, so one sorted merge answers every span (index as `starts`)."""
    dates = mentions.loc[mentions.kind == "date", ["doc_id", "start", "end"]]
    dates = dates.astype({"doc_id": str, "start": "int64", "end": "int64"}).sort_values(["doc_id", "start"],
                                                                                       kind="stable")
    dates = dates.assign(reach=dates.groupby("doc_id", sort=False).end.cummax())
    # Paired by position, not by index label: the answers are laid out in the order asked.
    spans = pd.DataFrame({"doc_id": doc_ids.to_numpy(), "a": starts.to_numpy(), "b": ends.to_numpy(),
                          "row": range(len(starts))}).astype({"doc_id": str, "a": "int64", "b": "int64"})
    spans = spans.sort_values("b", kind="stable")
    found = pd.merge_asof(spans, dates[["doc_id", "start", "reach"]].sort_values("start", kind="stable"),
                          left_on="b", right_on="start", by="doc_id", allow_exact_matches=False)
    found = found.sort_values("row")
    return pd.Series((found.reach.notna() & (found.reach > found.a)).to_numpy(), index=starts.index)


def unresolved_relative_dates(tables, sections: tuple[str, ...] = ("body",)) -> pd.DataFrame:
    """Relative date phrases in body text that no extracted date mention covers, with why:
    the document is undated, dated too coarsely for the phrase, or extraction missed it."""
    docs = tables.documents
    published = dict(zip(docs.doc_id, as_text(docs.published)))
    precisions = dict(zip(docs.doc_id, as_text(docs.date_precision)))
    passages = tables.passages[tables.passages.section.isin(sections)].sort_values(["doc_id", "start"])
    texts = passages.text.tolist()
    each = relative_phrases_in(texts)
    phrases = [(doc_id, passage_start + start, passage_start + end, phrase, need, i)
               for i, (doc_id, passage_start, spans) in enumerate(zip(passages.doc_id.tolist(),
                                                                      passages.start.tolist(), each))
               for start, end, phrase, need in spans]
    found = pd.DataFrame(phrases, columns=["doc_id", "a", "b", "phrase", "need", "passage"])
    found = found[~date_covered(tables.mentions, found.doc_id, found.a, found.b)]
    rows = []
    for doc_id, phrase, need in zip(found.doc_id.tolist(), found.phrase.tolist(), found.need.tolist()):
        dated = published[doc_id]
        precision = precisions[doc_id] if dated else "unknown"
        if not dated:
            kind, why = "unresolved relative date", "document undated"
        elif _PRECISION_RANK.get(precision, 0) < _PRECISION_RANK[need]:
            kind, why = "unresolved relative date", f"document dated only to the {precision}; needs the {need}"
        else:
            kind, why = "relative date not extracted", f"document dated to the {precision}; not resolved by extraction"
        rows.append((kind, f"“{phrase}”: {why}"))
    kind_detail = pd.DataFrame(rows, columns=["kind", "detail"], index=found.index)
    sentence = sentences_at(tables.sentences, found.doc_id, found.a)
    # A phrase outside every sentence (a heading, a list) is quoted with its whole passage.
    alone = sentence.isna()
    sentence[alone] = [" ".join(texts[i].split()) for i in found.passage[alone].tolist()]
    found = found.assign(kind=kind_detail.kind, detail=kind_detail.detail, evidence=sentence)
    return found[GAP_COLUMNS].reset_index(drop=True)


def reference_unknowns(heads: pd.DataFrame | None = None) -> pd.DataFrame:
    """The curated list of heads' own stated unknowns (see `reference.unknowns`), as gaps."""
    stated = stated_unknowns(heads)
    return pd.DataFrame({
        "kind": "reference unknown", "doc_id": "",
        "detail": [f"{h} ({s or '?'}–{e or '?'}); {u}" for h, s, e, u in
                   zip(stated.holder, stated.start, stated.end, stated.source_url)],
        "evidence": stated.sentence,
    }, columns=GAP_COLUMNS)


def _ledger(kind: str, doc_id: pd.Series, detail: pd.Series, evidence) -> pd.DataFrame:
    return pd.DataFrame({"kind": kind, "doc_id": doc_id, "detail": detail, "evidence": evidence}, columns=GAP_COLUMNS)


def gaps(tables, heads: pd.DataFrame | None = None) -> pd.DataFrame:
    """A ledger of what the corpus cannot tell, one row per gap (kind, doc_id, detail, evidence):
    undated documents; events with no date, place or actor; relative dates with no date to
    count from; unresolved short-form person mentions; posts no document gives a start; and the
    reference data's own stated unknowns (doc_id empty). Built column by column: a large
    corpus has a gap for most of its rows."""
    d = tables.documents[as_text(tables.documents.published) == ""]
    basis = or_else(as_text(d.date_basis), "no date basis").str.slice(0, 160)
    frames = [_ledger("undated document", d.doc_id, as_text(d.title) + ": " + basis, "")]
    e = tables.events
    label = event_labels(e)
    for kind, missing in (("event without date", as_text(e.start) == ""),
                          ("event without place", (as_text(e.places) == "") & (as_text(e.region) == "")),
                          ("event without actor", as_text(e.actor_id) == "")):
        frames.append(_ledger(kind, e.doc_id[missing], label[missing], e.evidence[missing]))
    frames.append(unresolved_relative_dates(tables))
    m = tables.mentions
    short = m[(m.kind == "person") & (m.entity_id == "")]
    said = sentences_at(tables.sentences, short.doc_id, short.start)
    frames.append(_ledger("unresolved person mention", short.doc_id,
                          "“" + as_text(short.text) + "” (cue: " + as_text(short.cue) + ")", said.fillna("")))
    frames.append(posts_without_start(tables.positions))
    frames.append(reference_unknowns(heads))
    kept = [f for f in frames if len(f)]
    frame = (pd.concat(kept, ignore_index=True) if kept else pd.DataFrame(columns=GAP_COLUMNS)).astype(str)
    return frame.sort_values(["kind", "doc_id", "detail", "evidence"], kind="stable").reset_index(drop=True)


POST_KIND = "post with no stated start"


def posts_without_start(positions: pd.DataFrame) -> pd.DataFrame:
    """One gap per post (person, title, organisation) that no document gives a start, saying what
    the corpus does say: the first and last dates of the documents claiming it, and how many of them; the
    earliest dated claim is cited. A post any document dates is no gap."""
    columns = {"person_id": "", "person": "", "title": "", "organization": "", "start": "", "status": "",
               "as_of": "", "doc_id": "", "evidence": "", "start_char": 0}
    frame = positions.reindex(columns=list(columns)).fillna(columns)
    frame = frame.astype({c: str for c in columns if c != "start_char"})
    frame = frame.assign(who=frame.person_id.where(frame.person_id != "", frame.person))
    key = ["who", "title", "organization"]
    dated_posts = frame[frame.start != ""][key].drop_duplicates()
    frame = frame.merge(dated_posts.assign(dated=True), on=key, how="left")
    frame = frame[frame.dated.isna()].assign(undated=lambda f: f.as_of == "")
    frame = frame.sort_values(key + ["undated", "as_of", "doc_id", "start_char"], kind="stable")
    first = frame.drop_duplicates(key).set_index(key)
    on = frame[frame.as_of != ""].groupby(key).agg(lo=("as_of", "min"), hi=("as_of", "max"), n=("doc_id", "nunique"))
    off = frame[frame.as_of == ""].groupby(key).doc_id.nunique().rename("m")
    spans = first.join(on).join(off).reset_index().fillna({"lo": "", "hi": "", "n": 0, "m": 0})
    said = [" and ".join(([f"{wording.count(n, 'document')} dated {lo}" + (f" to {hi}" if hi != lo else "")]
                          if n else []) + ([wording.count(m, "undated document")] if m else []))
            for lo, hi, n, m in zip(spans.lo, spans.hi, spans.n, spans.m)]
    detail = (spans.person + ": " + spans.title + spans.organization.map(wording.of_body)
              + "; no document gives its start; claimed in " + pd.Series(said, index=spans.index, dtype=str))
    return _ledger(POST_KIND, spans.doc_id, detail, spans.evidence)


def gap_counts(gap_table: pd.DataFrame) -> pd.DataFrame:
    """Gaps per kind, largest first (ties by kind)."""
    counts = gap_table.groupby("kind").size().rename("gaps").reset_index()
    return counts.sort_values(["gaps", "kind"], ascending=[False, True]).reset_index(drop=True)


def gaps_sentence(counts: pd.DataFrame, relative: pd.DataFrame) -> str:
    """The gaps per kind (`gap_counts` rows) and the relative dates left unresolved (`gaps` rows of
    that kind) quoted: what a reader cannot learn from this corpus, however it is queried."""
    if counts.empty:
        return "The corpus leaves none of the gaps this workbook looks for."
    kinds = wording.listing((f"{kind} ({n})" for kind, n in zip(counts.kind, counts.gaps)), 10)
    dates = ("the unresolved relative date is" if len(relative) == 1 else "the unresolved relative dates are")
    return (f"What the corpus cannot tell, by kind: {kinds}"
            + (f"; {dates} {wording.listing(relative.detail, 4)}." if len(relative) else "."))


def reference_unknowns_sentence(stated: pd.DataFrame) -> str:
    """The points the curated list of heads itself marks unknown or disputed (`reference_unknowns`
    rows), by head: the reference is not complete either, and says where."""
    marks = f"The curated list of heads itself marks {wording.count(len(stated), 'point')} as unknown or disputed"
    if stated.empty:
        return marks + "."
    heads = wording.listing(dict.fromkeys(d.split("; ")[0] for d in stated.detail), 5, "other head")
    each = "each with its source's address" if len(stated) > 1 else "with its source's address"
    return f"{marks}, about {heads} ({each}, in tables/sources_gaps.csv)."
