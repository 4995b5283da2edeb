"""Who's who (notebook 03): posts, tenures and status, the role a person held at an event's
date, and a career chart; the people mentioned alongside a person are in `comentions`, and a
typed name is resolved to a person in `people`: this module hands both on to the notebook.

Two kinds of tenure sit side by side and are never merged into one another: what a document
states (`basis` "document", one row per claim, with the sentence it rests on) and what the
curated reference lists hold (`basis` "reference", with the list and page it comes from). When
the two disagree both rows stay, so a reader sees the disagreement rather than a resolved value. Whether a claim and a
tenure are one post is `post_match`'s.
"""
from __future__ import annotations

import datetime
import textwrap
from dataclasses import dataclass

import pandas as pd

from liaison.analysis.comentions import comention_graph, comentions, document_graph, neighbours, plot_network
from liaison.analysis.evidence import shorten
from liaison.analysis.people import Resolution, known_people, resolve_person
from liaison.analysis.post_match import claim_key, post_date, same_organization, same_rank
from liaison.analysis.rows import row_tuples
from liaison.load.dates import PartialDate
from liaison.reference.tenures import reference_tenures

__all__ = [
    "WHO_COLUMNS", "Resolution", "career", "comention_graph", "comentions", "document_graph", "corroborate",
    "known_people", "neighbours", "newest_date", "plot_career", "plot_network", "resolve_person", "role_at",
    "roles_at_events", "who_is_who",
]
WHO_COLUMNS = [
    "person_id", "person", "title", "organization", "organization_id", "start", "end", "status", "as_of",
    "basis", "source", "doc_id", "evidence", "note",
]
UNKNOWN = "unknown"

# --------------------------------------------------------------------------------------------
# Who's who: document claims and reference tenures side by side
# --------------------------------------------------------------------------------------------

def who_is_who(positions: pd.DataFrame, reference: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every tenure claim from the documents plus every reference tenure, one row each.

    `basis` says "document" or "reference" and `source` names the document or list; rows are
    sorted by person, then start date (undated last), then basis and source."""
    reference = (
        reference_tenures().assign(basis="reference", doc_id="", evidence="") if reference is None else reference
    )
    docs = positions.copy()
    docs["basis"] = "document"
    docs["source"] = docs["doc_id"]
    docs["note"] = ""
    frame = pd.concat([docs.reindex(columns=WHO_COLUMNS), reference.reindex(columns=WHO_COLUMNS)], ignore_index=True)
    frame = frame.fillna("").astype(str)
    frame["_undated"] = frame.start == ""
    frame = frame.sort_values(["person", "_undated", "start", "basis", "source", "title"], kind="stable")
    return frame.drop(columns="_undated").reset_index(drop=True)


def corroborate(who: pd.DataFrame) -> pd.DataFrame:
    """Each distinct document claim, how many documents make it, and what the reference says.

    `verdict` is "agrees" (a reference tenure at the same organisation with the same rank),
    "differs" (the reference knows the person at that organisation but with another title:
    the disagreement is shown, not resolved), "not in reference" or "person not in reference".
    `reference_title`/`reference_dates` quote the reference tenure(s) compared against.

    One pass over each side: claims are grouped, and reference tenures indexed by person, in
    dictionaries, so no claim filters the table."""
    refs_by_person: dict[str, list] = {}
    for r in row_tuples(who[who.basis == "reference"]):
        refs_by_person.setdefault(r.person_id, []).append(r)
    claims: dict[tuple[str, str], list] = {}
    for r in row_tuples(who[who.basis == "document"]):
        claims.setdefault((r.person_id, claim_key(r)), []).append(r)
    rows = []
    for (person_id, _), group in sorted(claims.items(), key=lambda item: item[0]):
        first = group[0]
        verdict, matched = _verdict(first, refs_by_person.get(person_id, []))
        doc_ids = sorted({r.doc_id for r in group})
        rows.append({
            "person_id": person_id, "person": first.person, "title": first.title, "organization": first.organization,
            "start": _first_nonempty(r.start for r in group), "end": _first_nonempty(r.end for r in group),
            "status": "|".join(sorted({r.status for r in group})),
            "n_documents": len(doc_ids), "doc_ids": "|".join(doc_ids),
            "verdict": verdict,
            "reference_title": " | ".join(f"{m.title} ({m.organization})" for m in matched),
            "reference_dates": " | ".join(f"{m.start or '?'}–{m.end or ('now' if m.status == 'current' else '?')}"
                                          for m in matched),
            "doc_id": first.doc_id, "evidence": first.evidence,
        })
    columns = ["person_id", "person", "title", "organization", "start", "end", "status", "n_documents", "doc_ids",
               "verdict", "reference_title", "reference_dates", "doc_id", "evidence"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["person", "title", "organization", "doc_id"], kind="stable").reset_index(drop=True)


def _verdict(claim, refs: list) -> tuple[str, list]:
    if not refs:
        return "person not in reference", refs
    same_place = [r for r in refs if same_organization(claim, r)]
    if not same_place:
        return "not in reference", same_place
    agree = [r for r in same_place if same_rank(claim, r)]
    if not agree:
        return "differs", same_place
    return "agrees", agree


def _first_nonempty(values) -> str:
    return next((v for v in sorted(values) if v), "")


# --------------------------------------------------------------------------------------------
# The role a person held at a date
# --------------------------------------------------------------------------------------------

@dataclass
class TenureIndex:
    """Row positions of a `who` table by person_id and by casefolded name."""

    by_id: dict[str, list[int]]
    by_name: dict[str, list[int]]


def tenure_index(who: pd.DataFrame) -> TenureIndex:
    """Where each person's rows sit in `who`, for `role_at`."""
    index = TenureIndex({}, {})
    for i, (person_id, person) in enumerate(zip(who.person_id.tolist(), who.person.str.casefold().tolist())):
        index.by_id.setdefault(person_id, []).append(i)
        index.by_name.setdefault(person, []).append(i)
    return index


def role_at(person: str, date: str, who: pd.DataFrame, index: TenureIndex | None = None) -> dict:
    """The post `person` (id or name) held at `date`, as CAMEO/PLOVER code an actor: at the
    event's date, not today.

    A tenure covers the date when start <= date <= end (partial dates compare by the whole
    span they cover), or when it is current, its as_of is on or after the date and its start
    is unknown or <= date. An unknown start is read as the earliest start any row (document or
    reference) gives for the same organisation, so "Leader Liu Jianchao" in a 2024 infobox does
    not make him head of the department in 1990. Document claims win over reference tenures, stated start and end
    over open-ended ones, shorter over longer; every other covering post is listed in `also`
    so a disagreement stays visible. Nothing covering gives title "unknown". Many lookups in
    one `who` (one per event) pass its `tenure_index`, so no lookup scans the whole table."""
    empty = {"title": UNKNOWN, "organization": "", "basis": "", "source": "", "start": "", "end": "", "also": "",
             "doc_id": "", "evidence": ""}
    when = post_date(date)
    if when is None:
        return empty
    index = tenure_index(who) if index is None else index
    found = index.by_id.get(person, []) + index.by_name.get(str(person).casefold(), [])
    rows = who.iloc[sorted(set(found))]
    earliest: dict[str, str] = {}
    for r in row_tuples(rows):
        if r.organization_id and post_date(r.start) is not None:
            earliest[r.organization_id] = min(earliest.get(r.organization_id, r.start), r.start)
    covering = []
    for r in row_tuples(rows):
        rank = _covers(r, when, earliest.get(r.organization_id, "") if r.organization_id else "")
        if rank is not None:
            covering.append((rank, r))
    if not covering:
        return empty
    covering.sort(key=lambda item: item[0])
    best = covering[0][1]
    also = sorted({f"{r.title} ({r.organization or '?'}; {getattr(r, 'basis', 'document')})" for _, r in covering[1:]}
                  - {f"{best.title} ({best.organization or '?'}; {getattr(best, 'basis', 'document')})"})
    return {"title": best.title, "organization": best.organization, "basis": getattr(best, "basis", "document"),
            "source": getattr(best, "source", best.doc_id), "start": best.start, "end": best.end,
            "also": " | ".join(also), "doc_id": best.doc_id, "evidence": best.evidence}


def _covers(row, when: PartialDate, inferred_start: str = ""):
    """None if the tenure does not cover `when`, else a sort key (smaller = better evidence)."""
    start, end, as_of = post_date(row.start), post_date(row.end), post_date(row.as_of)
    if start is None and end is None and inferred_start:
        start = post_date(inferred_start)
    if start is not None and end is not None:
        if start.first_day() <= when.first_day() and when.last_day() <= end.last_day():
            span = (end.last_day() - start.first_day()).days
            return (_basis_rank(row), 0, span, row.start, row.title)
        return None
    if row.status == "current" and end is None and as_of is not None and as_of.last_day() >= when.last_day():
        if start is None or start.first_day() <= when.first_day():
            span = (as_of.last_day() - (start.first_day() if start else datetime.date(1, 1, 1))).days
            return (_basis_rank(row), 1, span, row.start, row.title)
    return None


def _basis_rank(row) -> int:
    return 0 if getattr(row, "basis", "document") == "document" else 1


def roles_at_events(events: pd.DataFrame, documents: pd.DataFrame, who: pd.DataFrame) -> pd.DataFrame:
    """The role each event's actor held at the event's date, one row per event with an actor.

    The event's own date is used when the text gives one, else the document's publication date
    (the story reports something recent); `date_basis` says which. Organisations as actors have
    no post: their role is "n/a (organisation)"."""
    published = dict(zip(documents.doc_id, documents.published.fillna("")))
    index = tenure_index(who)
    rows = []
    for e in row_tuples(events[events.actor.fillna("") != ""]):
        date, basis = (e.start, "event") if e.start else (published.get(e.doc_id, ""), "document date")
        if not date:
            basis = "no date"
        if not str(e.actor_id).startswith("person:"):
            role = {"title": "n/a (organisation)", "organization": "", "basis": "", "also": ""}
        else:
            role = role_at(e.actor_id, date, who, index)
        rows.append(
            {
                "event_id": e.event_id,
                "kind": e.kind,
                "actor": e.actor,
                "actor_id": e.actor_id,
                "date": date,
                "date_basis": basis,
                "role": role["title"],
                "role_organization": role["organization"],
                "role_basis": role["basis"],
                "other_roles": role["also"],
                "doc_id": e.doc_id,
                "evidence": e.evidence,
            }
        )
    columns = ["event_id", "kind", "actor", "actor_id", "date", "date_basis", "role", "role_organization", "role_basis",
               "other_roles", "doc_id", "evidence"]
    return pd.DataFrame(rows, columns=columns).sort_values(["event_id"], kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# Career
# --------------------------------------------------------------------------------------------

def newest_date(documents: pd.DataFrame) -> str:
    """The latest publication date in the corpus (how far a "current" post is known to run)."""
    dates = [d for d in (post_date(v) for v in documents.published.fillna("")) if d is not None]
    return max(dates).iso() if dates else ""


def career(who: pd.DataFrame, person_id: str | None, newest: str) -> pd.DataFrame:
    """One row per post of a person and basis: the same claim in several documents is one post
    listing them all. `bar_start`/`bar_end` are the days a chart draws (a current post runs to
    the newest document's date), `dates` says "known", "partly known" (a year only, or one end
    missing) or "none" (nothing to draw)."""
    columns = ["person", "basis", "title", "organization", "start", "end", "status", "sources", "n_sources",
               "dates", "bar_start", "bar_end", "doc_id", "evidence"]
    rows = who[who.person_id == person_id] if person_id else who[:0]
    out = []
    newest_day = post_date(newest)
    for _, group in rows.assign(_key=[claim_key(r) for r in row_tuples(rows)]).groupby(
        ["basis", "_key"], sort=True
    ):
        first = group.iloc[0]
        start, end = post_date(first.start), post_date(first.end)
        bar_start = start.first_day() if start else None
        if end is not None:
            bar_end = end.last_day()
        elif "current" in set(group.status) and newest_day is not None:
            bar_end = max(
                newest_day.first_day(),
                max((d.first_day() for d in map(post_date, group.as_of) if d), default=newest_day.first_day()),
            )
        elif start is not None:
            bar_end = start.last_day()  # only the start is known: the bar covers that date alone
        else:
            bar_end = None
        if end is not None and start is None:
            bar_start = end.first_day()
        if bar_start is None or bar_end is None or bar_end < bar_start:
            dates = "none"
            bar_start = bar_end = None
        else:
            precise = start is not None and start.precision != "year" and (
                (end is not None and end.precision != "year") or "current" in set(group.status))
            dates = "known" if precise else "partly known"
        sources = sorted(set(group.source))
        out.append(
            {
                "person": first.person,
                "basis": first.basis,
                "title": first.title,
                "organization": first.organization,
                "start": first.start,
                "end": first.end,
                "status": "|".join(sorted(set(group.status))),
                "sources": "; ".join(sources),
                "n_sources": len(sources),
                "dates": dates,
                "bar_start": bar_start.isoformat() if bar_start else "",
                "bar_end": bar_end.isoformat() if bar_end else "",
                "doc_id": first.doc_id,
                "evidence": first.evidence,
            }
        )
    frame = pd.DataFrame(out, columns=columns)
    frame["_undated"] = frame.bar_start == ""
    frame = frame.sort_values(["_undated", "bar_start", "bar_end", "basis", "title"], kind="stable")
    return frame.drop(columns="_undated").reset_index(drop=True)


def plot_career(posts: pd.DataFrame, person: str | None, newest: str):
    """Gantt of a career: dark bars for document claims, light for reference tenures, hatched
    where the dates are only partly known; undated posts are listed under the chart."""
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    from liaison.analysis.fonts import MONOSPACE

    drawn = posts[posts.dates != "none"].reset_index(drop=True)
    undated = posts[posts.dates == "none"]
    block = 0.35 + (0.13 * (len(undated) + 1) + 0.15 if len(undated) else 0)  # inches under the axes
    label_lines = sum(len(textwrap.wrap(f"{r.title} — {r.organization} (doc.)", 56)) for r in drawn.itertuples())
    height = 0.42 * max(len(drawn), 2) + 0.12 * max(label_lines - len(drawn), 0) + 1.3 + block
    fig = Figure(figsize=(10, height))
    ax = fig.add_subplot()
    for i, r in drawn.iterrows():
        start = datetime.date.fromisoformat(r.bar_start)
        end = datetime.date.fromisoformat(r.bar_end)
        width = max((end - start).days, 60)
        shade = "0.25" if r.basis == "document" else "0.8"
        ax.barh(i, width, left=start.toordinal(), height=0.6, color=shade, edgecolor="black", linewidth=0.6,
                hatch="///" if r.dates == "partly known" else "")
        ax.text(
            start.toordinal() + width + 60,
            i,
            f"{r.start or '?'} – {r.end or ('now' if 'current' in r.status else '?')}",
            va="center",
            fontsize=7,
        )
    if len(drawn):
        lo = min(datetime.date.fromisoformat(d) for d in drawn.bar_start)
        hi = max(datetime.date.fromisoformat(d) for d in drawn.bar_end)
        ax.set_xlim(datetime.date(lo.year - 1, 1, 1).toordinal(), datetime.date(hi.year + 6, 1, 1).toordinal())
        step = 5 if hi.year - lo.year > 12 else 2
        years = range(lo.year - lo.year % step, hi.year + 2, step)
        ax.set_xticks([datetime.date(y, 1, 1).toordinal() for y in years], [str(y) for y in years])
    else:
        ax.text(0.5, 0.5, "no dated posts", ha="center", va="center", transform=ax.transAxes)
        ax.set_xticks([])
    # Wrapped, not cut: a post's name is what the reader needs, whole.
    labels = [textwrap.fill((f"{r.title} — {r.organization}" if r.organization else r.title) + f" ({r.basis[:3]}.)",
                            56) for r in drawn.itertuples()]
    ax.set_yticks(range(len(drawn)), labels, fontsize=7)
    ax.invert_yaxis()
    ax.set_xlabel("year")
    ax.set_ylabel("post (doc. / ref. basis)")
    ax.set_title(f"Career of {person}" if person else "Career: no person chosen")
    ax.legend(handles=[Patch(facecolor="0.25", edgecolor="black", label="document claim"),
                       Patch(facecolor="0.8", edgecolor="black", label="reference tenure"),
                       Patch(facecolor="white", edgecolor="black", hatch="///", label="dates partly known")],
              loc="lower left", fontsize=7)
    lines = [f"Posts with no dates: {len(undated)}"] + [
        f"  {shorten(r.title, 60)} — {shorten(r.organization, 50) or '?'} ({r.basis}: {shorten(r.sources, 40)})"
        for r in undated.itertuples()]
    if len(undated):
        fig.text(0.01, 0.3 / height, "\n".join(lines), fontsize=6.5, va="bottom", family=MONOSPACE)
    fig.text(
        0.01,
        0.01,
        f"Source: liaison positions extracted from the corpus and the curated reference lists "
        f"(people.csv, ild_heads.csv); current posts drawn to the newest document's date ({newest or 'none'}).",
        fontsize=7,
    )
    fig.tight_layout(rect=(0, block / height, 1, 1))
    return fig
