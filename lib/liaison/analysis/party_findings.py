"""Notebook 06's coverage finding: how many counted visits and meetings name a foreign counterpart's
country and party, and which are counted apart (Hong Kong, Macau and Taiwan, see `episode.APART`)."""
from __future__ import annotations

import pandas as pd

from liaison.analysis import wording
from liaison.analysis.episode import APART
from liaison.analysis.parties import COUNTED_STATUSES, PANEL_KINDS


def coverage_sentence(events: pd.DataFrame, units: pd.DataFrame, selected: pd.DataFrame, label: str) -> str:
    """How many counted visits and meetings have a foreign counterpart country and party, and how
    many of those fall in the selection; says plainly when none does."""
    counted = events[events.kind.isin(PANEL_KINDS) & events.status.isin(COUNTED_STATUSES)]
    keys = units.event_key.nunique()
    # Hong Kong, Macau and Taiwan are no foreign country: their events are out of the units, and said.
    near = counted[counted.counterpart_country.fillna("").isin(APART)]
    near_keys = near.event_key.fillna("").where(near.event_key.fillna("") != "", near.event_id).nunique()
    apart = (f"; {wording.count(near_keys, 'more event')} with a counterpart from Hong Kong, Macau or Taiwan "
             f"{wording.verb('is', near_keys)} counted apart, neither foreign nor mainland" if near_keys else "")
    if not keys:
        rows = (f"none of the {wording.count(len(counted), 'reported visit and meeting row')}" if len(counted)
                else "no reported visit or meeting row")
        return (f"{rows} names a foreign counterpart's country "
                "or party, so the panels are empty: a zero here means the documents do not say, not that no "
                "meeting took place" + apart)
    named = units[units.party_id != ""].event_key.nunique()
    undated = units[units.year.isna()].event_key.nunique()
    in_selection = selected.event_key.nunique()
    return (f"{wording.count(keys, 'distinct event')} (from "
            f"{wording.count(len(counted), 'reported visit and meeting row')}) {wording.verb('names', keys)} a "
            f"foreign counterpart's country, {named} of them its party; {in_selection} "
            f"{wording.verb('falls', in_selection)} in {label}, {undated} {wording.plural('is', undated)} undated"
            + apart)
