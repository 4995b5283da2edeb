"""Campaigns (notebook 04): the ILD's and China's visits and meetings as an event table, where
they go, who travels when, the spring-2023 provincial push, and the load on the department's
regional bureaus. One country's episode has its own module (`episode`), and so has the actor
timeline figure (`timeline`).

Why a module: every rule a reader might question (what counts as a destination, how an undated
event is treated, what makes an actor "provincial", which events belong to a country's episode)
lives here in one place, with tests, rather than in notebook cells.

Conventions:
- a destination is each ISO3 code in an event's `places`; China is left out of maps of trips
  abroad, and so are Hong Kong, Macau and Taiwan (`episode.APART`: counted apart, neither China
  nor abroad); an event that names only a region ("Central Asia") has no destination country;
- an event's date is its `start` at its own precision (day, month or year); an event with no
  date is never guessed into the window, it is listed apart as undated.
"""
from __future__ import annotations

import pandas as pd

from liaison.analysis import geo
from liaison.analysis.episode import APART, HOME, country_label
from liaison.analysis.provincial import post_on, provincial_tenures
from liaison.analysis.rows import row_tuples
from liaison.load.dates import parse_iso
from liaison.reference.places import bureau_of, region_members
from liaison.reference.provinces import PROVINCE_PREFIX

EVENT_COLUMNS = [
    "event_id", "event_key", "event_reports", "status", "kind", "mode", "actor", "actor_id", "counterpart",
    "counterpart_org", "counterpart_country", "places", "region",
    "start", "end", "date_precision", "duration_days", "n_countries", "doc_id", "evidence",
]
VISIT_KINDS = ("visit", "meeting")
# China's 14 land neighbours (CIA World Factbook, "China: Geography - land boundaries"):
# Afghanistan, Bhutan, Burma, India, Kazakhstan, North Korea, Kyrgyzstan, Laos, Mongolia, Nepal,
# Pakistan, Russia, Tajikistan, Vietnam. Maritime neighbours (Japan, South Korea, ...) are not in it.
CHINA_LAND_NEIGHBOURS = frozenset(
    {"AFG", "BTN", "MMR", "IND", "KAZ", "PRK", "KGZ", "LAO", "MNG", "NPL", "PAK", "RUS", "TJK", "VNM"}
)
NO_BUREAU = "(no bureau: China or unmapped)"


# ------------------------------------------------------------------------------------------
# The event table and the time window
# ------------------------------------------------------------------------------------------

def event_table(events: pd.DataFrame, kinds: tuple[str, ...] = VISIT_KINDS,
                statuses: tuple[str, ...] = ("reported",)) -> pd.DataFrame:
    """The coded visits and meetings (by default) that the texts report as having happened
    (planned, attempted and denied ones left out unless `statuses` asks for them), one row per
    real-world event: of the reports sharing an event_key, the earliest-dated one, with
    `event_reports` saying how many there are. Sorted by date then id.

    Adds `first_day`/`last_day` (the calendar days the stated date covers, "" if undated) so a
    month-precise date stays a month rather than being pinned to its first day.
    """
    frame = events[events.kind.isin(kinds) & events.status.isin(statuses)][EVENT_COLUMNS].copy()
    spans = [_span(start, end) for start, end in zip(frame.start, frame.end)]
    frame["first_day"] = [first for first, _ in spans]
    frame["last_day"] = [last for _, last in spans]
    frame["places"] = frame.places.fillna("")
    frame["region"] = frame.region.fillna("")
    # Undated reports sort last, so an event's row is its best-dated report; of those dated alike, one that
    # places it ("arriving in Vanuatu" before a lead the wire filed from elsewhere places nowhere).
    unplaced = (frame.places == "") & (frame.region == "")
    frame = frame.assign(unplaced=unplaced).sort_values(["first_day", "unplaced", "event_id"], key=_undated_last,
                                                        kind="stable")
    frame = frame.drop_duplicates("event_key").drop(columns="unplaced")
    return frame.sort_values(["first_day", "event_id"], kind="stable").reset_index(drop=True)


def _undated_last(column: pd.Series) -> pd.Series:
    return column.replace("", "~") if column.name == "first_day" else column


def _span(start: str, end: str) -> tuple[str, str]:
    first, stated_last = parse_iso(start), parse_iso(end)
    if first is None:
        return "", ""
    last = stated_last or first
    return first.first_day().isoformat(), max(first.last_day(), last.last_day()).isoformat()


def split_window(events: pd.DataFrame, start_year: int, end_year: int,
                 documents: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(dated events whose start year lies in [start_year, end_year], undated events).

    Dated events outside the window are dropped; undated ones cannot be tested against it, so
    they are returned apart for the notebook to list and count separately. Given `documents`,
    an undated event reported in a document published before the window opens is dropped too:
    it happened by that date, so it certainly falls outside.
    """
    dated = events[events.first_day != ""]
    years = dated.first_day.str.slice(0, 4).astype(int)
    inside = dated[(years >= start_year) & (years <= end_year)]
    undated = events[events.first_day == ""]
    if documents is not None and len(undated):
        # Each document's last day once, not once per event: a report codes many events.
        published = dict(zip(documents.doc_id.tolist(), documents.published.tolist()))
        last_day = {doc_id: _last_day(published.get(doc_id, "")) for doc_id in dict.fromkeys(undated.doc_id.tolist())}
        last_days = [last_day[doc_id] for doc_id in undated.doc_id.tolist()]
        undated = undated[[not day or day >= f"{start_year:04d}-01-01" for day in last_days]]
    return inside.reset_index(drop=True), undated.reset_index(drop=True)


def _last_day(value: str) -> str:
    date = parse_iso(value or "")
    return date.last_day().isoformat() if date else ""


def coverage(events: pd.DataFrame) -> dict[str, int]:
    """How many coded events there are, and how many have a place (country or region) and a date."""
    placed = (events.places != "") | (events.region != "")
    dated = events.first_day != ""
    return {
        "events": len(events),
        "with_place": int(placed.sum()),
        "with_date": int(dated.sum()),
        "with_both": int((placed & dated).sum()),
    }


# ------------------------------------------------------------------------------------------
# Destinations and the map
# ------------------------------------------------------------------------------------------

def destinations(events: pd.DataFrame, exclude: tuple[str, ...] = (HOME, *APART),
                 only: tuple[str, ...] = ()) -> pd.DataFrame:
    """Events per destination country: each ISO3 in `places` (in `only` when given, else not in `exclude`) counts once
    per event. China, Hong Kong, Macau and Taiwan are excluded by default so the map shows trips
    abroad (`only=APART` counts the three apart). Sorted by count (descending), then code."""
    rows = []
    for event in row_tuples(events):
        for iso3 in dict.fromkeys(p for p in event.places.split("|") if p):
            if (iso3 in only) if only else (iso3 not in exclude):
                rows.append({"iso3": iso3, "event_id": event.event_id, "doc_id": event.doc_id,
                             "evidence": event.evidence})
    if not rows:
        return pd.DataFrame(columns=["iso3", "country", "bureau", "n_events", "event_ids"])
    frame = pd.DataFrame(rows)
    out = (frame.groupby("iso3").event_id.agg(n_events="count", event_ids=lambda ids: "|".join(sorted(ids)))
           .reset_index())
    out.insert(1, "country", [country_label(code) for code in out.iso3])
    out.insert(2, "bureau", [bureau_of(code) for code in out.iso3])
    return out.sort_values(["n_events", "iso3"], ascending=[False, True]).reset_index(drop=True)


def region_only(events: pd.DataFrame) -> pd.DataFrame:
    """Events that name a region but no country: they cannot be drawn on a country map."""
    return events[(events.places == "") & (events.region != "")].reset_index(drop=True)


def plot_destinations_map(counts: dict[str, int], *, title: str, source_note: str):
    """The offline grey-scale world map of destination counts (see liaison.geo)."""
    return geo.plot_world_map(counts, title=title, source_note=source_note, legend_label="visits and meetings",
                              excluded=(HOME, *APART))


# ------------------------------------------------------------------------------------------
# Spring-2023 provincial push
# ------------------------------------------------------------------------------------------

def provincial_posts(positions: pd.DataFrame) -> pd.DataFrame:
    """People the documents say hold (not held) a post in a Chinese province, one row each.

    A post is provincial when its organisation resolved to a province ("place:CHN:yunnan");
    an ended post (Liu Jianchao's former Zhejiang job) does not make a provincial traveller.
    """
    rows = positions[positions.organization_id.str.startswith(PROVINCE_PREFIX) & (positions.status != "ended")]
    rows = rows.sort_values(["person_id", "doc_id", "start_char"], kind="stable").drop_duplicates("person_id")
    out = rows[["person_id", "person", "title", "organization", "organization_id"]].copy()
    out["province"] = out.organization
    return out.reset_index(drop=True)


def provincial_push(events: pd.DataFrame, positions: pd.DataFrame, documents: pd.DataFrame,
                    start: str = "2023-03", end: str = "2023-05", tenures: pd.DataFrame | None = None
                    ) -> pd.DataFrame:
    """Trips abroad (a place outside China, Hong Kong, Macau and Taiwan, or a region) by holders of
    provincial posts between `start` and `end` (ISO months): posts the documents give (current), else,
    with `tenures`, a reference tenure in a province covering the event's day (see provincial.py).

    An event counts when its own date lies in the period; an undated event counts when the
    document reporting it was published in the period (it happened by then), and says so in
    `dated_by`. One row per event with its destinations, bureaus, China's land neighbours it
    reaches, and, for a region-only trip, the neighbours among that region's members.
    """
    low_date, high_date = parse_iso(start), parse_iso(end)
    if low_date is None or high_date is None:
        raise ValueError(f"start and end must be ISO dates, got {start!r} and {end!r}")
    low, high = low_date.first_day().isoformat(), high_date.last_day().isoformat()
    posts = provincial_posts(positions).set_index("person_id")
    held = provincial_tenures(tenures)
    published = documents.set_index("doc_id").published
    rows = []
    for event in row_tuples(events):
        places = [p for p in event.places.split("|") if p and p not in (HOME, *APART)]
        regions = [r for r in event.region.split("|") if r]
        if not event.actor_id or (event.actor_id not in posts.index and event.actor_id not in held) or not (
                places or regions):
            continue  # a push abroad: a meeting at home or with no stated place is not a trip
        if event.first_day:
            if not (low <= event.first_day <= high):
                continue
            dated_by, first, last = f"event ({event.start})", event.first_day, event.last_day or event.first_day
        else:
            doc_date = parse_iso(published.get(event.doc_id) or "")
            if doc_date is None or not (
                low <= doc_date.first_day().isoformat() and doc_date.last_day().isoformat() <= high
            ):
                continue
            dated_by = f"document published {doc_date.iso()} (event undated)"
            first = last = doc_date.first_day().isoformat()
        if event.actor_id in posts.index:
            post = posts.loc[event.actor_id]
        else:
            listed = post_on(held, event.actor_id, first, last)
            if listed is None:
                continue
            post = pd.Series({"title": listed[0], "province": listed[1] + " (reference list)"})
        region_neighbours = (
            sorted({m for r in regions for m in _members(r)} & CHINA_LAND_NEIGHBOURS) if not places else []
        )
        rows.append({
            "event_id": event.event_id,
            "actor": event.actor,
            "post": f"{post.title}, {post.province}",
            "province": post.province,
            "start": event.start,
            "dated_by": dated_by,
            "places": "|".join(places),
            "countries": ", ".join(country_label(p) for p in places),
            "region": event.region,
            "region_only": not places and bool(regions),
            "bureaus": "|".join(sorted({bureau_of(p) for p in places if bureau_of(p)})),
            "neighbours": "|".join(sorted(set(places) & CHINA_LAND_NEIGHBOURS)),
            "region_neighbours": "|".join(region_neighbours),
            "duration_days": event.duration_days,
            "n_countries": event.n_countries,
            "doc_id": event.doc_id,
            "evidence": event.evidence,
        })
    columns = ["event_id", "actor", "post", "province", "start", "dated_by", "places", "countries", "region",
               "region_only", "bureaus", "neighbours", "region_neighbours", "duration_days", "n_countries",
               "doc_id", "evidence"]
    return pd.DataFrame(rows, columns=columns).sort_values(["actor", "event_id"]).reset_index(drop=True)


def _members(region: str) -> tuple[str, ...]:
    try:
        return region_members(region)
    except KeyError:
        return ()


def push_summary(push: pd.DataFrame) -> dict:
    """The push in numbers: trips (a visit and its meetings there count once), travellers, named
    countries, region-only trips and the unnamed countries they stated ("a three-country trip to
    Central Asia"), neighbours reached."""
    countries = sorted({p for places in push.places for p in places.split("|") if p})
    # A trip's visit and its meetings there (same traveller, destination and date) are one trip.
    push = push.drop_duplicates(["actor", "places", "region", "start"])
    region_trips = push[push.region_only.astype(bool)]
    return {
        "trips": len(push),
        "provincial_chiefs": push.actor.nunique(),
        "named_countries": len(countries),
        "countries": "|".join(countries),
        "region_only_trips": len(region_trips),
        "region_only_regions": "|".join(sorted(set(region_trips.region))),
        "region_only_stated_countries": int(region_trips.n_countries.fillna(0).sum()),
        "land_neighbours_named": "|".join(sorted({n for v in push.neighbours for n in v.split("|") if n})),
        "land_neighbours_in_regions": "|".join(sorted({n for v in push.region_neighbours for n in v.split("|") if n})),
        "provinces": "|".join(sorted(set(push.province))),
    }


# ------------------------------------------------------------------------------------------
# Regional bureaus
# ------------------------------------------------------------------------------------------

def event_bureaus(events: pd.DataFrame) -> pd.DataFrame:
    """Each placed event (a country or a region) with the ILD bureau(s) it falls to.

    Countries map through places.bureau_of; an event held in China falls to the bureau of its
    foreign side's country (`counterpart_country`), since the bureau that handles a party
    receives its delegations in Beijing too. An event naming only a region falls to the bureaus
    covering that region's members and is flagged `region_only`. An event whose places are only
    China (with no foreign country) or unmapped codes gets NO_BUREAU, so no placed event is lost
    from the sums.
    """
    rows = []
    known: dict[tuple, str] = {}  # (places, region, guest) -> bureaus: a corpus repeats a few hundred
    for e in row_tuples(events):
        places = [p for p in e.places.split("|") if p]
        regions = [r for r in e.region.split("|") if r]
        if not places and not regions:
            continue
        guest = str(getattr(e, "counterpart_country", "") or "")
        if (key := (e.places, e.region, guest)) not in known:
            at_home = places and all(p == HOME for p in places) and guest and guest != HOME
            codes = [guest] if at_home else places or [m for r in regions for m in _members(r)]
            known[key] = "|".join(sorted({bureau_of(c) for c in codes if bureau_of(c)}) or [NO_BUREAU])
        rows.append({"event_id": e.event_id, "places": e.places, "region": e.region, "region_only": not places,
                     "bureaus": known[key], "doc_id": e.doc_id, "evidence": e.evidence})
    return pd.DataFrame(rows, columns=["event_id", "places", "region", "region_only", "bureaus", "doc_id", "evidence"])


def bureau_counts(events: pd.DataFrame) -> pd.DataFrame:
    """Events per ILD bureau. `events` counts each event once per bureau it touches; `weight`
    splits each event evenly across its bureaus, so the weights add up to the number of
    placed events; `region_only` counts events that reached the bureau through a region name."""
    placed = event_bureaus(events)
    rows = []
    for e in row_tuples(placed):
        bureaus = e.bureaus.split("|")
        for bureau in bureaus:
            rows.append(
                {"bureau": bureau, "event_id": e.event_id, "weight": 1 / len(bureaus), "region_only": e.region_only}
            )
    if not rows:
        return pd.DataFrame(columns=["bureau", "events", "weight", "region_only", "event_ids"])
    frame = pd.DataFrame(rows)
    out = frame.groupby("bureau").agg(
        events=("event_id", "count"), weight=("weight", "sum"), region_only=("region_only", "sum"),
        event_ids=("event_id", lambda ids: "|".join(sorted(ids))),
    ).reset_index()
    out["weight"] = out.weight.round(3)
    out["region_only"] = out.region_only.astype(int)
    return out.sort_values(["events", "weight", "bureau"], ascending=[False, False, True]).reset_index(drop=True)


def date_span(events: pd.DataFrame, start_year: int, end_year: int) -> str:
    """The span the dated events cover, for a figure's title: "2023-03 to 2023-05", or one month,
    or one year; the window asked for only when no event is dated."""
    first = sorted(d for d in events.first_day if d)
    last = sorted(d for d in events.last_day if d)
    if not first:
        return f"{start_year}-{end_year} (no dated event)"
    lo, hi = first[0][:7], last[-1][:7]
    if lo[:4] != hi[:4]:
        return f"{lo[:4]}-{hi[:4]}" if int(hi[:4]) - int(lo[:4]) > 2 else f"{lo} to {hi}"
    return lo if lo == hi else f"{lo} to {hi}"
