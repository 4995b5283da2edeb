"""The foreign parties the department meets, and the country-year panel (notebook 06).

Why: political scientists count the ILD's meetings by country, year and party, ruling or
opposition (Hackenesch & Bader, "The Struggle for Minds and Influence", International Studies
Quarterly 2020, https://doi.org/10.1093/isq/sqaa028). Every rule such a count rests on (what is
one event, where it happened, which year it falls in, when a party counts as ruling) lives here,
with tests.

Conventions:
- one real-world event is one `event_key` (several reports of it share the key), so every count
  below is of distinct keys, never of rows; a key's year is the earliest year its reports state;
- only visits and meetings whose status is "reported" count unless asked otherwise (a planned or
  denied visit is not a meeting that happened);
- the country is the counterpart's (`counterpart_country`, else the country of its party in
  data/parties.csv); China itself is never a counterpart country, nor are Hong Kong, Macau and
  Taiwan (`episode.APART`: counted apart, neither foreign nor mainland);
- where an event happened, one answer per key, the first that holds of any of its reports:
  virtual (mode virtual), received in China (China among its places, or mode host with no place
  named: the readouts' actor is the Chinese host), third-place (a third country, or Hong Kong,
  Macau or Taiwan: neither China nor abroad), abroad (a place outside those), else unplaced;
- a party is ruling at an event when `counterpart_party_in_government` says "yes"; where the
  extraction left it unknown, data/party_government.csv is asked for the event's date.
"""
from __future__ import annotations

import difflib
import re
from functools import lru_cache

import numpy as np
import pandas as pd

from liaison import schema
from liaison.analysis import wording
from liaison.analysis.episode import APART, HOME, country_label
from liaison.reference.organizations import parent_of, resolve_organization
from liaison.reference.parties import in_government, parties, party_government
from liaison.reference.places import bureau_of, country_inside, region_members, region_names

PANEL_KINDS = ("visit", "meeting")
COUNTED_STATUSES = ("reported",)
# The five UN M49 continents of data/regions.csv: every country is in exactly one (a test checks).
CONTINENTS = ("Africa", "Americas", "Asia", "Europe", "Oceania")
WHERE = ("virtual", "china", "third-place", "abroad", "unplaced")  # a key takes the first its reports allow
_WHERE_COLUMNS = {"china": "received_in_china", "abroad": "visits_abroad", "virtual": "virtual",
                  "third-place": "third_place", "unplaced": "unplaced"}
UNIT_COLUMNS = ["event_key", "year", "where", "iso3", "party_id", "in_government", "reports", "event_ids",
                "start", "doc_id", "evidence"]


# ------------------------------------------------------------------------------------------
# Parameters
# ------------------------------------------------------------------------------------------

def region_countries(region: str) -> frozenset[str] | None:
    """The ISO3 codes of a region of data/regions.csv; None for "" (every country).

    A name that is not a region (or is a sea, which has no member countries) is refused with the
    closest names, so a typo never runs as an empty panel."""
    name = (region or "").strip()
    if not name:
        return None
    try:
        members = region_members(name)
    except KeyError:
        members = ()
    if not members:
        raise ValueError(region_message(name))
    return frozenset(members)


def region_message(region: str) -> str:
    """Why a region name is refused, with the closest known names."""
    known = region_names()
    close = difflib.get_close_matches(region, known, n=3, cutoff=0.6)
    hint = f"did you mean {', '.join(close)}? " if close else ""
    return f"{region!r} is not a region of data/regions.csv; {hint}known regions: {', '.join(known)} (or \"\" for all)"


# ------------------------------------------------------------------------------------------
# Event units: one row per (event_key, country, party)
# ------------------------------------------------------------------------------------------

def event_units(events: pd.DataFrame, statuses: tuple[str, ...] = COUNTED_STATUSES,
                kinds: tuple[str, ...] = PANEL_KINDS) -> pd.DataFrame:
    """Counted events with a foreign counterpart country, one row per (event_key, iso3, party_id).

    `year` is the key's earliest stated year (NaN when no report dates it); `where` is the key's
    one answer (see WHERE); `in_government` is yes | no | unknown for the party at the earliest
    report; `reports` counts the documents reporting the key; `doc_id`/`evidence` are the earliest
    report's, for citation. A key whose party one report names and another does not gives only the
    party's row."""
    frame = events[events.kind.isin(kinds) & events.status.isin(statuses)]
    if frame.empty:
        return pd.DataFrame({c: pd.Series(dtype="float64" if c == "year" else "str") for c in UNIT_COLUMNS}
                            ).astype({"reports": "int64"})
    registry = parties().set_index("party_id")
    party = frame.counterpart_party_id.fillna("")
    stated = frame.counterpart_country.fillna("")
    iso3 = stated.where(stated != "", party.map(registry.iso3).fillna(""))
    start = frame.start.fillna("")
    rows = pd.DataFrame({
        "event_key": frame.event_key.fillna("").where(frame.event_key.fillna("") != "", frame.event_id),
        "event_id": frame.event_id, "iso3": iso3, "party_id": party, "start": start,
        "year": pd.to_numeric(start.str.slice(0, 4), errors="coerce"),
        "rank": _where(frame).map({w: i for i, w in enumerate(WHERE)}),
        "in_government": _government(party, frame.counterpart_party_in_government.fillna(""), start),
        "doc_id": frame.doc_id, "evidence": frame.evidence,
    })
    # A key's year, place and reports come from all its reports, also those that name no country.
    by_key = rows.groupby("event_key").agg(
        key_year=("year", "min"), key_rank=("rank", "min"), reports=("doc_id", "nunique"),
        event_ids=("event_id", lambda ids: "|".join(sorted(ids))))
    rows = rows[~rows.iso3.isin(("", HOME, *APART))].join(by_key, on="event_key")
    rows = rows.assign(named=rows.party_id != "")
    named = rows.groupby(["event_key", "iso3"]).named.transform("any")
    rows = rows[rows.named | ~named]
    rows = rows.assign(undated=rows.start == "").sort_values(
        ["event_key", "iso3", "party_id", "undated", "start", "event_id"], kind="stable")
    first = rows.drop_duplicates(["event_key", "iso3", "party_id"])  # the earliest dated report
    units = first.assign(year=first.key_year, where=first.key_rank.map(dict(enumerate(WHERE))))
    return units[UNIT_COLUMNS].sort_values(["event_key", "iso3", "party_id"]).reset_index(drop=True)


def unresolved(events: pd.DataFrame, statuses: tuple[str, ...] = COUNTED_STATUSES,
               kinds: tuple[str, ...] = PANEL_KINDS) -> pd.DataFrame:
    """Counted events whose counterpart names a foreign party or other body that the registry
    could not resolve to a party: what the panel leaves out, for a reader to code by hand. A
    Chinese body (the CPC, the department, when the foreign side's country is China) is the
    home side, not an unresolved foreign party."""
    frame = events[events.kind.isin(kinds) & events.status.isin(statuses)].fillna(
        {"counterpart": "", "counterpart_org": "", "counterpart_id": "", "counterpart_party_id": "",
         "counterpart_country": ""})
    body = frame.counterpart_id.str.match(r"(?:org|party):") | (frame.counterpart_org != "")
    left = frame[body & (frame.counterpart_party_id == "") & ~frame.counterpart_country.isin((HOME, *APART))]
    # The body as written: the counterpart's organisation, else the counterpart when it is one; a
    # Chinese party body (a foreign actor met a CPC official) is the home side, not a foreign party.
    written = left.counterpart_org.where(left.counterpart_org != "", left.counterpart)
    home = written.map(_party_body_of_china).astype(bool)
    left, written = left[~home], written[~home]
    out = pd.DataFrame({"event_id": left.event_id, "body": written, "counterpart": left.counterpart,
                        "counterpart_country": left.counterpart_country, "doc_id": left.doc_id,
                        "evidence": left.evidence})
    return out.sort_values("event_id").reset_index(drop=True)


_PARTY_WORD = re.compile(r"Party|Kuomintang|党|黨")


@lru_cache(maxsize=4096)
def _party_body_of_china(name: str) -> bool:
    """The CPC or one of its organs (the department, the CCDI ...), by the curated organisations, or
    a body other than a party that its own name places in China (the CPPCC); a party is not, by its
    name alone: 中国国民党 is the Kuomintang."""
    org_id = resolve_organization(name).removeprefix("org:")
    return org_id == "cpc" or parent_of(org_id) == "cpc" or (
        country_inside(name) == HOME and not _PARTY_WORD.search(name))


def _where(frame: pd.DataFrame) -> pd.Series:
    """Each row's own answer (see WHERE); the key then takes the first of its rows' answers."""
    places = frame.places.fillna("")
    mode = frame["mode"].fillna("")
    codes = places.str.split("|")
    in_china = codes.map(lambda c: HOME in c)
    abroad = codes.map(lambda c: any(p and p != HOME and p not in APART for p in c))
    apart = codes.map(lambda c: any(p in APART for p in c)) & ~abroad
    choice = np.select(
        [mode == "virtual", in_china | ((mode == "host") & (places == "")), (mode == "third-place") | apart, abroad],
        ["virtual", "china", "third-place", "abroad"], default="unplaced")
    return pd.Series(choice, index=frame.index)


def _government(party: pd.Series, stated: pd.Series, start: pd.Series) -> pd.Series:
    """The stated flag where it is yes or no; otherwise the registry's answer at the event's date,
    asked once per distinct party and date, and only for parties with listed periods (for the
    others it can only be "unknown")."""
    known = stated.isin(["yes", "no"])
    ask = ~known & party.isin(set(party_government().party_id)) & (start != "")
    pairs = {(p, s): in_government(p, s) for p, s in set(zip(party[ask], start[ask]))}
    asked = [pairs[(p, s)] for p, s in zip(party[ask], start[ask])]
    flag = stated.where(known, "unknown")
    flag[ask] = asked
    return flag


def select(units: pd.DataFrame, start_year: int, end_year: int, region: str = "") -> pd.DataFrame:
    """Units dated inside [start_year, end_year] whose country lies in `region` ("" for all)."""
    if start_year > end_year:
        raise ValueError(f"start_year {start_year} is after end_year {end_year}")
    members = region_countries(region)
    keep = units.year.between(start_year, end_year)
    if members is not None:
        keep &= units.iso3.isin(members)
    out = units[keep].copy()
    out["year"] = out.year.astype("int64")
    return out.reset_index(drop=True)


def undated(units: pd.DataFrame, region: str = "") -> pd.DataFrame:
    """Units no report dates: they cannot go into any year of the panel."""
    members = region_countries(region)
    keep = units.year.isna()
    if members is not None:
        keep &= units.iso3.isin(members)
    return units[keep].reset_index(drop=True)


# ------------------------------------------------------------------------------------------
# Panels
# ------------------------------------------------------------------------------------------

def _counts(units: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Distinct keys per group, split by where they happened, with the parties met and ruling /
    opposition parties among them, and the keys themselves."""
    key = units.event_key
    party = units.party_id.where(units.party_id != "")
    work = units.assign(
        **{column: key.where(units["where"] == where) for where, column in _WHERE_COLUMNS.items()},
        party=party, ruling=party.where(units.in_government == "yes"),
        opposition=party.where(units.in_government == "no"),
    )
    spec: dict[str, tuple[str, object]] = {"events": ("event_key", "nunique")}
    spec.update({column: (column, "nunique") for column in _WHERE_COLUMNS.values()})
    spec.update(parties=("party", "nunique"), ruling_parties=("ruling", "nunique"),
                opposition_parties=("opposition", "nunique"),
                event_keys=("event_key", lambda keys: "|".join(sorted(set(keys)))))
    return work.groupby(by, sort=True).agg(**spec).reset_index()


def country_year(units: pd.DataFrame) -> pd.DataFrame:
    """The full country-year panel: one row per country and year with at least one event."""
    if units.empty:
        return schema.frame([], "parties_country_year")
    out = _counts(units, ["iso3", "year"])
    out.insert(1, "country", out.iso3.map(country_label))
    out.insert(2, "continent", out.iso3.map(continent_of))
    out.insert(3, "bureau", out.iso3.map(bureau_of))
    return schema.sort(out[schema.columns("parties_country_year")], "parties_country_year")


def campaigns_panel(units: pd.DataFrame) -> pd.DataFrame:
    """The export table: country-year counts of distinct events, in the declared columns only."""
    return schema.sort(country_year(units)[schema.columns("campaigns_panel")], "campaigns_panel")


def party_year(units: pd.DataFrame) -> pd.DataFrame:
    """One row per party and year it was met: counts by where, and its flag(s) that year
    ("no|yes" when it entered or left government within the year)."""
    coded = units[units.party_id != ""]
    if coded.empty:
        return schema.frame([], "parties_year")
    out = _counts(coded, ["party_id", "year"])
    flags = coded.groupby(["party_id", "year"]).in_government.agg(lambda f: "|".join(sorted(set(f))))
    out = out.join(flags, on=["party_id", "year"])
    out = out.join(_registry(), on="party_id")
    out["country"] = out.iso3.map(country_label)
    return schema.sort(out[schema.columns("parties_year")], "parties_year")


def parties_met(units: pd.DataFrame) -> pd.DataFrame:
    """One row per party met: events, the years, how many while ruling or in opposition, and the
    earliest report's sentence."""
    coded = units[units.party_id != ""]
    # The earliest dated report cites the party; undated ones come last.
    coded = coded.assign(undated=coded.start == "").sort_values(["party_id", "undated", "start", "event_key"],
                                                                kind="stable")
    if coded.empty:
        return schema.frame([], "parties_met")
    flag = coded.in_government
    work = coded.assign(ruling=coded.event_key.where(flag == "yes"), opposition=coded.event_key.where(flag == "no"),
                        unknown=coded.event_key.where(flag == "unknown"))
    out = work.groupby("party_id").agg(
        events=("event_key", "nunique"), first_year=("year", "min"), last_year=("year", "max"),
        events_ruling=("ruling", "nunique"), events_opposition=("opposition", "nunique"),
        events_unknown=("unknown", "nunique"),
        event_keys=("event_key", lambda keys: "|".join(sorted(set(keys)))),
        doc_id=("doc_id", "first"), evidence=("evidence", "first"),
    ).reset_index()
    out = out.join(_registry(), on="party_id")
    out["country"] = out.iso3.map(country_label)
    return schema.sort(out[schema.columns("parties_met")], "parties_met")


def families(met: pd.DataFrame, units: pd.DataFrame) -> pd.DataFrame:
    """Parties met and distinct events per party family (data/parties.csv `family`)."""
    if met.empty:
        return schema.frame([], "parties_families")
    family = met.set_index("party_id").family
    coded = units[units.party_id.isin(family.index)]
    work = coded.assign(family=coded.party_id.map(family))
    out = work.groupby("family").agg(
        parties=("party_id", "nunique"), countries=("iso3", "nunique"), events=("event_key", "nunique"),
        party_ids=("party_id", lambda ids: "|".join(sorted(set(ids)))),
    ).reset_index()
    return schema.sort(out[schema.columns("parties_families")], "parties_families")


def shares(units: pd.DataFrame) -> pd.DataFrame:
    """Ruling vs opposition by year and continent (and "all"): distinct party-coded events with
    the party in government, out of it, or unknown, and the ruling share of those known."""
    coded = units[units.party_id != ""]
    if coded.empty:
        return schema.frame([], "parties_shares")
    coded = coded.assign(continent=coded.iso3.map(continent_of))
    both = pd.concat([coded, coded.assign(continent="all")], ignore_index=True)
    flag = both.in_government
    work = both.assign(ruling=both.event_key.where(flag == "yes"), opposition=both.event_key.where(flag == "no"),
                       unknown=both.event_key.where(flag == "unknown"))
    out = work.groupby(["year", "continent"]).agg(
        events=("event_key", "nunique"), ruling=("ruling", "nunique"), opposition=("opposition", "nunique"),
        unknown=("unknown", "nunique")).reset_index()
    known = out.ruling + out.opposition
    out["ruling_share"] = (out.ruling / known.where(known > 0)).round(3)
    return schema.sort(out[schema.columns("parties_shares")], "parties_shares")


def continent_of(iso3: str) -> str:
    """The M49 continent of a country ("" when in none)."""
    return _continents().get(iso3, "")


@lru_cache(maxsize=1)
def _continents() -> dict[str, str]:
    return {code: continent for continent in CONTINENTS for code in region_members(continent)}


def _registry() -> pd.DataFrame:
    return parties().set_index("party_id")[["name", "iso3", "family"]].rename(columns={"name": "party"})


# ------------------------------------------------------------------------------------------
# Findings: one sentence each, with the units behind it; honest on an empty panel
# ------------------------------------------------------------------------------------------

def scope(start_year: int, end_year: int, region: str = "") -> str:
    """The selection in words: "2015-2024 (Africa)", or "2015-2024" for every country ("Vietnam: 9
    events in 2015-2024 (all countries)" read as if Vietnam's count were the world's)."""
    return f"{start_year}-{end_year}" + (f" ({region.strip()})" if region.strip() else "")


def top_country(panel: pd.DataFrame, selected: pd.DataFrame, label: str) -> tuple[str, pd.DataFrame]:
    """The country with the most distinct events in the selection (ties named) and its units."""
    if panel.empty:
        return f"no country-coded event in {label}", selected.iloc[0:0]
    totals = panel.groupby("iso3").agg(events=("events", "sum"), china=("received_in_china", "sum"),
                                       abroad=("visits_abroad", "sum"), virtual=("virtual", "sum")).reset_index()
    totals = totals.sort_values(["events", "iso3"], ascending=[False, True], kind="stable")
    top = totals.iloc[0]
    ties = totals[totals.events == top.events].iso3.iloc[1:].tolist()
    # The parts add up to the total: what is neither in China, abroad nor virtual is said, not dropped.
    rest = int(top.events - top.china - top.abroad - top.virtual)
    parts = [f"{top.china} received in China", f"{top.abroad} abroad"] + (
        [f"{top.virtual} virtual"] if top.virtual else []) + (
        [f"{rest} in a third country, Hong Kong, Macau or Taiwan, or with no place stated"] if rest else [])
    text = (f"{country_label(top.iso3)} ({top.iso3}): {wording.count(top.events, 'distinct event')} in {label}, "
            f"{wording.listing(parts)}")
    if ties:
        text += f"; tied with {wording.listing(f'{country_label(code)} ({code})' for code in ties)}"
    return text, selected[selected.iso3 == top.iso3]


def top_party(met: pd.DataFrame, selected: pd.DataFrame, label: str) -> tuple[str, pd.DataFrame]:
    """The party met at the most distinct events in the selection and its units."""
    if met.empty:
        return f"no event in {label} names a foreign party", selected.iloc[0:0]
    ranked = met.sort_values(["events", "party_id"], ascending=[False, True], kind="stable")
    top = ranked.iloc[0]
    ties = ranked[ranked.events == top.events].party.iloc[1:].tolist()
    text = (f"{top.party} ({top.country}, {top.family}): met at {wording.count(top.events, 'distinct event')} "
            f"in {label}, {top.events_ruling} while in government, {top.events_opposition} out of it")
    if ties:
        text += f"; tied with {', '.join(ties[:5])}" + (f" and {len(ties) - 5} more" if len(ties) > 5 else "")
    return text, selected[selected.party_id == top.party_id]


def ruling_sentence(share_table: pd.DataFrame, selected: pd.DataFrame, label: str) -> tuple[str, pd.DataFrame]:
    """The ruling share over the whole selection, with the unknowns stated."""
    total = share_table[share_table.continent == "all"]
    if total.empty:
        return f"no event in {label} names a foreign party, so no ruling share", selected.iloc[0:0]
    ruling, opposition, unknown = int(total.ruling.sum()), int(total.opposition.sum()), int(total.unknown.sum())
    coded = selected[selected.party_id != ""]
    if not ruling + opposition:
        return (f"none of the {wording.count(unknown, 'party-coded event')} in {label} has a known government status "
                "(data/party_government.csv lists no period for these parties)", coded)
    text = (f"{ruling} of {wording.count(ruling + opposition, 'party-coded event')} with a known status "
            f"({wording.percent(ruling / (ruling + opposition))}) in {label} {wording.plural('was', ruling)} "
            "with a party in government; "
            f"{unknown} more {wording.plural('has', unknown)} no known status")
    return text, coded


def top_family(family_table: pd.DataFrame, selected: pd.DataFrame, label: str) -> tuple[str, pd.DataFrame]:
    """The party family met at the most distinct events, and its units."""
    if family_table.empty:
        return f"no event in {label} names a foreign party", selected.iloc[0:0]
    ranked = family_table.sort_values(["events", "family"], ascending=[False, True], kind="stable")
    top = ranked.iloc[0]
    text = (f"{top.family}: {wording.count(top.events, 'distinct event')} with {wording.count(top.parties, 'party')} "
            f"in {wording.count(top.countries, 'country')}, in {label}")
    return text, selected[selected.party_id.isin(top.party_ids.split("|"))]


def duplicates_sentence(selected: pd.DataFrame) -> tuple[str, pd.DataFrame]:
    """How many events more than one document reports, each counted once."""
    by_key = selected.groupby("event_key").reports.max()
    if by_key.empty:
        return "no event is counted, so none is reported twice", selected.iloc[0:0]
    repeated = by_key[by_key > 1]
    if repeated.empty:
        if len(by_key) == 1:
            return "the one counted event is reported by one document", selected.iloc[0:0]
        return f"each of the {len(by_key)} counted events is reported by one document", selected.iloc[0:0]
    text = (f"{len(repeated)} of {wording.count(len(by_key), 'counted event')} "
            f"{wording.verb('is', len(repeated))} reported by several documents "
            f"({int(repeated.sum())} reports in all), each counted once")
    return text, selected[selected.event_key.isin(repeated.index)]


def unresolved_sentence(table: pd.DataFrame) -> tuple[str, pd.DataFrame]:
    """How many counted events name a counterpart body the registry does not resolve, and which."""
    if table.empty:
        return "every counted event with a named counterpart body resolves to a party in the registry", table
    counts = table.body.value_counts()
    # Most events first, ties by name: no order of first appearance decides which bodies are named.
    bodies = counts.sort_index().sort_values(ascending=False, kind="stable")
    named = [f"{body} ({wording.count(n, 'event')})" for body, n in bodies.items()]
    one = len(table) == 1
    text = (f"{wording.count(len(table), 'counted event')} {'names' if one else 'name'} a counterpart body that the "
            f"party registry does not resolve and {'is' if one else 'are'} left out of the party counts: "
            f"{wording.listing(named, noun='other body')}")
    return text, table
