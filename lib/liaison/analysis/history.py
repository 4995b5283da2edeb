"""The department's history (notebook 01): eras, heads and the foundings the documents date.

Eras and heads are curated reference data with sources (data/eras.csv, data/ild_heads.csv);
the foundings of affiliated bodies come from the extracted `events` table, so every founding on
the timeline quotes a sentence, and a founding year that disagrees with the reference data is
shown side by side rather than silently replaced.
"""
from __future__ import annotations

import pandas as pd

from liaison import schema
from liaison.analysis import labels, wording
from liaison.load.dates import PartialDate, parse_iso
from liaison.reference.foundings import founding_check
from liaison.reference.lists import read_data
from liaison.reference.unknowns import unknowns

ERA_COLUMNS = schema.columns("history_eras")
HEAD_COLUMNS = schema.columns("history_heads")
TIMELINE_COLUMNS = schema.columns("history_timeline")


# --------------------------------------------------------------------------- dates

def decimal_year(value: str | PartialDate | None) -> float | None:
    """A partial date as the midpoint of the days it covers, in years: '1951' -> 1951.5.

    A year-only tenure boundary is not pretended to be 1 January; taking the midpoint keeps the
    error of a coarse date to at most half its span either way."""
    date = parse_iso(value) if isinstance(value, str) or value is None else value
    if date is None:
        return None
    first, last = date.first_day(), date.last_day()
    mid = first + (last - first) / 2
    days_in_year = 366 if mid.year % 4 == 0 and (mid.year % 100 != 0 or mid.year % 400 == 0) else 365
    return round(mid.year + (mid.timetuple().tm_yday - 1) / days_in_year, 3)


def year_of(value: str | None) -> int | None:
    """The calendar year of an ISO partial date string, or None when there is none."""
    date = parse_iso(value) if value else None
    return date.year if date else None


# --------------------------------------------------------------------------- eras

def load_eras() -> pd.DataFrame:
    """The curated eras (data/eras.csv), start/end as integers (end empty = open era)."""
    frame = read_data("eras.csv")
    return _typed_eras(frame)


def _typed_eras(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame[ERA_COLUMNS].copy()
    out["start"] = out.start.astype(int)
    out["end"] = pd.array(
        [int(v) if str(v).strip() not in ("", "nan", "<NA>") else pd.NA for v in out.end], dtype="Int64"
    )
    return out.sort_values(["start", "era"], kind="stable").reset_index(drop=True)


def clip_eras(eras: pd.DataFrame, start_year: int, end_year: int) -> pd.DataFrame:
    """Eras overlapping [start_year, end_year], cut to it; an open era ends at end_year.

    An era's `end` is the next era's start (half-open years), so the cut end is end_year + 1
    when the era runs to the end of the shown span."""
    if eras.empty or start_year > end_year:
        return eras.iloc[0:0].copy()
    rows = []
    for row in eras.itertuples(index=False):
        era_end = end_year + 1 if pd.isna(row.end) else int(row.end)
        if era_end <= start_year or row.start > end_year:
            continue
        rows.append({**row._asdict(), "start": max(int(row.start), start_year), "end": min(era_end, end_year + 1)})
    out = pd.DataFrame(rows, columns=ERA_COLUMNS)
    return out.sort_values(["start", "era"], kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------- heads

def heads_table(heads: pd.DataFrame, until_year: int) -> pd.DataFrame:
    """One row per head with tenure in years; a current head's bar runs to the end of until_year.

    tenure_years is empty for an ongoing tenure: its length is not a fact of the sources."""
    rows = []
    for order, row in enumerate(
        heads.sort_values("start", key=lambda s: s.map(decimal_year), kind="stable").itertuples(), 1
    ):
        start = decimal_year(row.start)
        ongoing = not row.end and row.status == "current"
        end = float(until_year + 1) if ongoing else decimal_year(row.end)
        rows.append({
            "order": order, "holder": row.holder, "holder_zh": row.holder_zh, "start": row.start, "end": row.end,
            "status": row.status, "start_year": start, "end_year": end,
            "tenure_years": None if ongoing or end is None or start is None else round(end - start, 1),
            "ongoing": ongoing, "source_title": row.source_title, "note": row.note,
        })
    out = pd.DataFrame(rows, columns=HEAD_COLUMNS)
    out["tenure_years"] = out.tenure_years.astype("Float64")
    return out.reset_index(drop=True)


def clip_heads(heads: pd.DataFrame, start_year: int, end_year: int) -> pd.DataFrame:
    """Heads whose tenure overlaps [start_year, end_year] (a tenure is not cut, only selected)."""
    if heads.empty or start_year > end_year:
        return heads.iloc[0:0].copy()
    keep = (heads.start_year < end_year + 1) & (heads.end_year.fillna(heads.start_year) >= start_year)
    return heads[keep].sort_values(["start_year", "holder"], kind="stable").reset_index(drop=True)


def longest_tenure(heads: pd.DataFrame) -> pd.DataFrame:
    """The head (or heads, on a tie) with the longest completed tenure."""
    done = heads.dropna(subset=["tenure_years"])
    if done.empty:
        return done
    best = done.tenure_years.max()
    return done[done.tenure_years == best].sort_values(["start_year", "holder"]).reset_index(drop=True)


def head_gaps(heads: pd.DataFrame, min_years: float = 0.5) -> pd.DataFrame:
    """Periods between one head's end and the next head's start when no head is recorded."""
    ordered = heads.sort_values(["start_year", "holder"], kind="stable").reset_index(drop=True)
    rows = []
    for before, after in zip(ordered.itertuples(), ordered.iloc[1:].itertuples()):
        if before.end_year is None or pd.isna(before.end_year):
            continue
        gap = after.start_year - before.end_year
        if gap >= min_years:
            rows.append({"after": before.holder, "before": after.holder, "gap_from": before.end, "gap_to": after.start,
                         "years": round(gap, 1)})
    return pd.DataFrame(rows, columns=["after", "before", "gap_from", "gap_to", "years"])


def latest_change(heads: pd.DataFrame) -> pd.DataFrame:
    """The last change of head: outgoing and incoming rows, each with what is not known."""
    ordered = heads.sort_values(["start_year", "holder"], kind="stable")
    last = ordered.tail(2).copy()
    last["role"] = {0: [], 1: ["incoming"], 2: ["outgoing", "incoming"]}[len(last)]
    last["not_known"] = [" | ".join(unknowns(n)) for n in last.note]
    return last[["role", "holder", "holder_zh", "start", "end", "status", "source_title", "not_known"]].reset_index(
        drop=True
    )


def heads_sentence(heads: pd.DataFrame, corroborated: pd.DataFrame, start: int, stop: int) -> str:
    """The heads of the span (`clip_heads` rows), the longest completed tenure (every head tied for
    it) with its reference, and whom the documents themselves name as head (`heads_in_documents`
    rows): the curated list and what the corpus corroborates of it, side by side."""
    if heads.empty:
        return f"The curated list names no head of the department in {start}–{stop}."
    best = longest_tenure(heads)
    tenures = [f"{r.holder}'s, {r.start} to {r.end}" for r in best.itertuples()]
    if best.empty:
        longest = "no tenure in this span has ended"
    else:
        years = best.tenure_years.iloc[0]
        about = f"about {years:g} {wording.plural('year', years)}"
        sources = wording.listing(dict.fromkeys(labels.short(t, 80) for t in best.source_title))
        longest = (f"the longest completed tenure is {tenures[0]} ({about}; reference: {sources})" if len(best) == 1
                   else f"the longest completed tenures, {about} each, are {wording.listing(tenures)} "
                        f"(reference: {sources})")
    named = sorted(corroborated.person.unique())
    corpus = (f"The documents themselves name {wording.listing(named)} as its head." if named
              else "No document names any of them as its head.")
    return f"The department had {wording.count(len(heads), 'head')} in {start}–{stop}; {longest}. {corpus}"


def head_gaps_sentence(gaps: pd.DataFrame, heads: pd.DataFrame, start: int, stop: int) -> str:
    """The spans with no head recorded (`head_gaps` rows), and what the reference notes of the heads
    before them say is unknown: a gap in the list is a gap in the sources, not a vacancy."""
    spans = [f"{r.gap_from} to {r.gap_to} ({r.years:g} {wording.plural('year', r.years)}, after {r.after} and "
             f"before {r.before})" for r in gaps.itertuples()]
    noted = [unknowns(n) for n in heads[heads.holder.isin(gaps.after)].note]
    notes = [note for found in noted for note in found]
    says = "The reference notes say" if sum(map(bool, noted)) > 1 else "The reference note says"
    return ((f"The sources seen record no head for {wording.listing(spans)}." if spans else
             f"No gap of six months or more between heads in {start}–{stop}.")
            + (f" {says}: {labels.short(' '.join(notes).rstrip(' ;'), 300)}" if notes else ""))


def latest_change_sentence(change: pd.DataFrame) -> str:
    """The latest change of head (`latest_change` rows: outgoing and incoming), with what the
    sources do not say about it (`not_known_clause`)."""
    if change.empty:
        return "No head is recorded, so there is no change of head to tell."
    steps = [f"{r.holder} ({r.holder_zh}), {r.role}, {r.start} to {r.end or 'now'}" for r in change.itertuples()]
    return f"The latest change of head: {wording.listing(steps)}." + not_known_clause(change)


def not_known_clause(change: pd.DataFrame) -> str:
    """What the sources do not say about the latest change (`latest_change`), one clause per head:
    the first unknown its note states, and how many more the gaps table lists, so a reader gets a
    quotable clause rather than the curator's whole note."""
    clauses = []
    for holder, not_known in zip(change.holder, change.not_known):
        if not not_known:
            continue
        first, *more = not_known.split(" | ")
        rest = f" ({len(more)} more {wording.plural('point', len(more))} in tables/sources_gaps.csv)" if more else ""
        # A note's sentence goes on after the comma: "for X, his tenure's end was ...", not "for X, His";
        # an acronym opening it ("PTI expected ...") keeps its capitals.
        first = first[:1].lower() + first[1:] if first[1:2].islower() else first
        clauses.append(f"for {holder}, {first.rstrip('.')}{rest}")
    return f" Not known from the sources: {'; '.join(clauses)}." if clauses else ""


def foundings_sentence(found: pd.DataFrame) -> tuple[str, pd.DataFrame]:
    """The foundings the documents date (`foundings` rows shown) as a sentence, and the rows behind
    it: the dates that differ from the reference when any do, else all."""
    if found.empty:
        return "No document in this corpus dates the founding of any body.", found
    differs = found[found.agreement == "differs"]
    disputed = [f"{r.body} ({r.stated} in the documents, {r.reference_founded} in the reference)"
                for r in differs.itertuples()]
    verdict = (f"{wording.count(len(differs), 'date')} {wording.verb('differs', len(differs))} from the "
               f"reference: {wording.listing(disputed)}." if disputed
               else "every date they give agrees with the reference or has none to compare.")
    return (f"The documents date the founding of {wording.count(found.body.nunique(), 'body')}; {verdict}",
            differs if len(differs) else found)


def heads_in_documents(positions: pd.DataFrame, heads: pd.DataFrame) -> pd.DataFrame:
    """Positions the documents state for reference heads as head of the ILD (corroboration)."""
    if positions.empty:
        return positions.iloc[0:0].copy()
    names = set(heads.holder)
    keep = positions.person.isin(names) & positions.title.str.lower().isin({"head", "minister", "director"}) & (
        positions.organization_id.isin({"org:ild", "ild"})
    )
    cols = ["person", "title", "start", "end", "status", "as_of", "doc_id", "evidence"]
    return positions.loc[keep, cols].sort_values(["person", "doc_id", "evidence"], kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------- foundings

def foundings(events: pd.DataFrame, organizations: pd.DataFrame) -> pd.DataFrame:
    """Founding events with the year the document states and the reference founding date
    (see `reference.foundings.founding_check`), by stated year."""
    out = founding_check(events, organizations)
    return out.sort_values(["stated_year", "body", "doc_id"], kind="stable", na_position="last").reset_index(drop=True)


def clip_foundings(found: pd.DataFrame, start_year: int, end_year: int) -> pd.DataFrame:
    """Dated foundings inside [start_year, end_year]."""
    keep = found.stated_year.notna() & (found.stated_year >= start_year) & (found.stated_year <= end_year)
    return found[keep.fillna(False).astype(bool)].reset_index(drop=True)


# --------------------------------------------------------------------------- span and timeline

def data_end_year(documents: pd.DataFrame, heads: pd.DataFrame) -> int | None:
    """The newest year the workbook has data for: the newest document or the newest head change."""
    years = [year_of(p) for p in documents.published if p] if not documents.empty else []
    years += [year_of(v) for v in list(heads.start) + list(heads.end) if v]
    known = [y for y in years if y is not None]
    return max(known) if known else None


def span(start_year: int, end_year: int, data_end: int | None) -> tuple[int, int, str]:
    """The years to show: end_year clipped to the data. A bad span gives an explanatory message
    and an empty span (start > end), so the notebook still runs and shows empty tables."""
    if not isinstance(start_year, int) or not isinstance(end_year, int):
        return 1, 0, f"start_year and end_year must be whole years, got {start_year!r} and {end_year!r}"
    end = min(end_year, data_end) if data_end is not None else end_year
    if start_year > end:
        return start_year, end, (
            f"start_year {start_year} is after the end of the span ({end}: end_year {end_year}, "
            f"data up to {data_end}); nothing to show"
        )
    return start_year, end, ""


def timeline(eras: pd.DataFrame, heads: pd.DataFrame, found: pd.DataFrame) -> pd.DataFrame:
    """Eras, heads and dated foundings as one table of spans and points, sorted by start."""
    rows = []
    for row in eras.itertuples():
        rows.append(
            {
                "kind": "era",
                "label": row.era,
                "year": int(row.start),
                "start_year": float(row.start),
                "end_year": float(row.end),
                "detail": row.source,
                "doc_id": "",
                "evidence": "",
            }
        )
    for row in heads.itertuples():
        rows.append(
            {
                "kind": "head",
                "label": row.holder,
                "year": year_of(row.start),
                "start_year": row.start_year,
                "end_year": row.end_year,
                "detail": f"{row.start}–{row.end or 'current'} ({row.source_title})",
                "doc_id": "",
                "evidence": "",
            }
        )
    for row in found[found.stated_year.notna()].itertuples():
        when = decimal_year(row.stated)
        rows.append({"kind": "founding", "label": row.body, "year": int(row.stated_year), "start_year": when,
                     "end_year": when, "detail": f"stated {row.stated}; reference {row.reference_founded or 'none'}",
                     "doc_id": row.doc_id, "evidence": row.evidence})
    out = pd.DataFrame(rows, columns=TIMELINE_COLUMNS)
    order = {"era": 0, "head": 1, "founding": 2}
    return out.sort_values(["start_year", "kind", "label"], key=lambda s: s.map(order) if s.name == "kind" else s,
                           kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------- figure

def plot_timeline(eras: pd.DataFrame, heads: pd.DataFrame, found: pd.DataFrame, start_year: int, end_year: int):
    """Eras as grey bands, heads' tenures as bars (hatched when ongoing), foundings as labelled markers."""
    from matplotlib.figure import Figure

    n = len(heads)
    fig = Figure(figsize=(11, 0.38 * n + 3.6))
    ax = fig.add_subplot()
    ax.set_title("The International Liaison Department: eras, heads and foundings")
    ax.set_xlabel("year")
    ax.set_ylabel("head of the department")
    if start_year > end_year:
        ax.text(0.5, 0.5, "no years to show", transform=ax.transAxes, ha="center")
        fig.text(0.01, 0.01, "Source: none (empty span).", fontsize=7)
        return fig
    lo, hi = start_year, end_year + 1
    ax.set_xlim(lo - 0.5, hi + 0.5)
    found_y, top, bottom = n + 1, -1.3, n + 3.6
    shades = ("0.93", "0.83")
    for i, row in enumerate(eras.itertuples()):
        ax.axvspan(row.start, row.end, color=shades[i % 2], zorder=0, linewidth=0)
        ax.text((row.start + row.end) / 2, top + 0.1, _wrap(row.era, 18), ha="center", va="top", fontsize=7,
                style="italic", color="0.25")
    for y, row in enumerate(heads.itertuples(), 1):
        start = max(row.start_year, lo)
        end = min(row.end_year if row.end_year is not None and not pd.isna(row.end_year) else hi, hi)
        ax.barh(y, end - start, left=start, height=0.6, color="white" if row.ongoing else "0.35",
                hatch="///" if row.ongoing else "", edgecolor="black", linewidth=0.6, zorder=2)
    labels = [f"{r.holder} ({r.start[:4]}–{(r.end or 'now')[:4]})" for r in heads.itertuples()]
    ax.set_yticks(range(1, n + 2), labels + ["foundings (documents)"], fontsize=8)
    for gap in head_gaps(heads).itertuples():
        gap_from, gap_to = decimal_year(gap.gap_from), decimal_year(gap.gap_to)
        if gap_from is None or gap_to is None:
            continue  # a gap is found between dated tenures, so both ends are dates
        ax.text((gap_from + gap_to) / 2, 1.5, "no head\nrecorded", ha="center", va="center", fontsize=6.5)
    base = found_y
    dated = found[found.stated_year.notna()].sort_values(["stated_year", "body", "doc_id"])
    # One marker per body and stated date, however many documents state it (each would print its label again).
    reports = dated.groupby(["body", "stated"]).doc_id.transform("nunique")
    dated = dated.assign(reports=reports).drop_duplicates(["body", "stated"])
    for i, row in enumerate(dated.itertuples()):
        x = decimal_year(row.stated)
        if x is None:
            continue  # not reached: rows with a stated year have a stated date
        marker = "D" if row.agreement == "agrees" else ("X" if row.agreement == "differs" else "o")
        ax.plot([x], [base], marker=marker, color="black", markersize=7, zorder=3, clip_on=False)
        name = "the department itself" if row.body_id == "org:ild" else row.body
        label = _wrap(name, 26) + (f"\n({row.reports} documents)" if row.reports > 1 else "")
        label += "\n(reference: " + row.reference_founded + ")" if row.agreement == "differs" else ""
        ax.annotate(label, (x, base), xytext=(0, -8 - 24 * (i % 2)), textcoords="offset points", ha="center",
                    va="top", fontsize=6.5, annotation_clip=False)
    ax.set_ylim(bottom, top)
    ax.axhline(n + 0.55, color="0.5", linewidth=0.4)
    ax.grid(axis="x", color="0.6", linewidth=0.3, linestyle=":")
    fig.text(0.01, 0.01, "Source: eras data/eras.csv (seed 002's History section and its references); heads "
             "data/ild_heads.csv; foundings from the documents (events, kind founding). Markers: diamond = text and "
             "reference agree, X = they differ, circle = no reference date. Hatched bar = current head.", fontsize=7,
             wrap=True)
    fig.tight_layout(rect=(0, 0.07, 1, 1))
    return fig


def _wrap(text: str, width: int) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width)) or text
