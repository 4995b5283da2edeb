"""Notebook 04's findings as sentences: coverage, the most-visited destination, the provincial
push, the busiest regional bureau; each with the rows it rests on and safe on an empty selection."""
from __future__ import annotations

import pandas as pd

from liaison.analysis.campaigns import NO_BUREAU
from liaison.analysis.episode import APART_NAME
from liaison.analysis.wording import count, listing
from liaison.reference.places import country_name


def coverage_sentence(coverage: dict[str, int]) -> str:
    """campaigns.coverage as a sentence."""
    coded = "visit or meeting is" if coverage["events"] == 1 else "visits and meetings are"
    return (f"{coverage['events']} {coded} coded; {coverage['with_place']} have a place, "
            f"{coverage['with_date']} a date and {coverage['with_both']} both.")


def top_destination(dest: pd.DataFrame, events: pd.DataFrame,
                    apart: pd.DataFrame | None = None) -> tuple[str, pd.DataFrame]:
    """The most-visited destination as a sentence ("Vietnam is the most-visited destination abroad:
    3 events in 2 documents, dated 2023 and 2024 (1 undated).": the years the events are dated, ties named)
    and the events behind it; a sentence saying so and no rows
    when no event has a destination abroad. `apart` (`campaigns.destinations(..., only=APART)`)
    adds the events in Hong Kong, Macau and Taiwan, counted apart: neither China nor abroad."""
    there = "" if apart is None or apart.empty else (
        f"; {APART_NAME} are counted apart, neither China nor abroad: "
        + listing([f"{row.country} ({count(row.n_events, 'event')})" for row in apart.itertuples()]))
    if dest.empty:
        return f"No coded visit or meeting has a destination abroad{there}.", events.iloc[0:0]
    top = dest.iloc[0]
    rows = events[events.event_id.isin(top.event_ids.split("|"))]
    ties = dest[dest.n_events == top.n_events]
    years = sorted({str(d)[:4] for d in rows.first_day if d})
    undated = int((rows.first_day == "").sum())
    text = (f"{top.country} is the most-visited destination abroad: {count(top.n_events, 'event')} in "
            f"{count(rows.doc_id.nunique(), 'document')}"
            + (f", dated {listing(years, noun='other year')}" if years else ", none dated")
            + (f" ({undated} undated)" if years and undated else ""))
    if len(ties) > 1:
        text += f"; tied with {listing(ties.country.iloc[1:])}"
    return text + there + ".", rows


def top_bureau(counts: pd.DataFrame, events: pd.DataFrame) -> tuple[str, pd.DataFrame]:
    """The bureau touched by the most events (see bureau_counts) as a sentence, and the events behind it."""
    counts = counts[counts.bureau != NO_BUREAU]
    if counts.empty:
        return "No coded event touches a country any regional bureau covers.", events.iloc[0:0]
    top = counts.iloc[0]
    shared = (f" ({top.weight:g} when those shared with other bureaus' countries are split)"
              if top.weight != top.events else ", none shared with another bureau's countries")
    region = f"; {count(top.region_only, 'event')} name only a region" if top.region_only else ""
    tied = counts[counts.events == top.events].iloc[1:]
    # A tie on events is said: the order among equals (split weight, then name) is no finding.
    tie = f"; {listing(tied.bureau)} {'touches' if len(tied) == 1 else 'touch'} as many" if len(tied) else ""
    text = (f"The coded events touch the countries of {top.bureau} most: {count(top.events, 'event')}{shared}"
            f"{region}{tie}.")
    return text, events[events.event_id.isin(top.event_ids.split("|"))]


def push_sentence(summary: dict) -> str:
    """The push summary as one sentence a reader can quote back."""
    if not summary["trips"]:
        return ("No trip abroad by a holder of a provincial post is coded in the period; a traveller counts only when "
                "a document ties the post to its province or a reference list dates it, so a secretary the documents "
                "name without the province may be missed.")
    text = (f"{count(summary['trips'], 'trip')} by {count(summary['provincial_chiefs'], 'provincial leader')} "
            f"({listing(summary['provinces'].split('|'))}) reached "
            f"{count(summary['named_countries'], 'named country')} ({listing(_names(summary['countries']))})")
    if summary["region_only_trips"]:
        text += (
            f", plus {count(summary['region_only_trips'], 'region-only trip')} to "
            f"{listing(summary['region_only_regions'].split('|'))}"
            f" ({summary['region_only_stated_countries']} countries stated, not named)"
        )
    named = listing(_names(summary["land_neighbours_named"]))
    text += f"; China's land neighbours among them: {named}"
    if summary["land_neighbours_in_regions"]:
        inside = listing(_names(summary["land_neighbours_in_regions"]))
        text += f"; land neighbours inside the region-only trips' regions: {inside}"
    return text + "."


def _names(codes: str) -> list[str]:
    """"|"-joined ISO3 codes as country names."""
    return [country_name(code) for code in codes.split("|") if code]
