"""The parties met and the country-year panel (notebook 06), on small events frames built here:
de-duplication by event_key, status and window filters, where an event happened, the ruling flag
by date, the region filter and an empty corpus, each asserted on exact rows."""
from pathlib import Path

import pandas as pd
import pytest
from liaison.analysis import heatmap, parties, party_findings
from liaison.reference.places import region_members
from liaison.schema import columns
from liaison.workbook.present import write_png
from liaison.workbook.runner import ParameterError, coerce_parameters

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "06_parties.ipynb"


def _events(rows):
    """A tables.events-shaped frame; unspecified columns are empty, status reported, one report each."""
    defaults = {c: "" for c in columns("events")}
    defaults.update(kind="meeting", status="reported", counterpart_party_in_government="unknown", event_reports=1,
                    duration_days=None, n_countries=None, start_char=0, end_char=1)
    frame = pd.DataFrame([{**defaults, **row} for row in rows], columns=columns("events"))
    frame["evidence"] = frame.event_id.map(lambda i: f"Sentence of {i}.")
    frame["doc_id"] = [row.get("doc_id", row["event_id"].split(":")[0]) for row in rows]
    return frame


EVENTS = _events([
    # One meeting in Beijing with the CPV, reported by two documents: one event.
    {"event_id": "a:1", "event_key": "k-cpv", "counterpart_party_id": "cpv-vnm", "counterpart_country": "VNM",
     "counterpart_party_in_government": "yes", "places": "CHN", "mode": "host", "start": "2019-03-02"},
    {"event_id": "b:1", "event_key": "k-cpv", "counterpart_party_id": "cpv-vnm", "counterpart_country": "VNM",
     "counterpart_party_in_government": "yes", "start": "2019-03-02"},
    # A CPC delegation visits the CPV in Hanoi later that year: a second Vietnamese event, abroad.
    {"event_id": "c:1", "event_key": "k-cpv-2", "kind": "visit", "mode": "visit", "places": "VNM",
     "counterpart_party_id": "cpv-vnm", "counterpart_country": "VNM", "counterpart_party_in_government": "yes",
     "start": "2019-10"},
    # The Conservatives in government in March 2024 and out of it in September: the flag differs.
    {"event_id": "d:1", "event_key": "k-con-1", "kind": "visit", "mode": "visit", "places": "GBR",
     "counterpart_party_id": "con-gbr", "counterpart_country": "GBR", "counterpart_party_in_government": "yes",
     "start": "2024-03"},
    {"event_id": "d:2", "event_key": "k-con-2", "mode": "host", "places": "CHN", "counterpart_party_id": "con-gbr",
     "counterpart_country": "GBR", "counterpart_party_in_government": "no", "start": "2024-09-10"},
    # Labour by video link the same year.
    {"event_id": "e:1", "event_key": "k-lab", "mode": "virtual", "counterpart_party_id": "lab-gbr",
     "counterpart_country": "GBR", "counterpart_party_in_government": "yes", "start": "2024-11"},
    # A planned visit to South Africa: not counted.
    {"event_id": "f:1", "event_key": "k-anc", "kind": "visit", "status": "planned", "places": "ZAF",
     "counterpart_party_id": "anc-zaf", "counterpart_country": "ZAF", "start": "2024-05"},
    # An undated meeting with the ANC: in no year.
    {"event_id": "g:1", "event_key": "k-anc-2", "counterpart_party_id": "anc-zaf", "counterpart_country": "ZAF"},
    # A meeting with a Chinese counterpart and a founding: neither is a foreign-party event.
    {"event_id": "h:1", "event_key": "k-home", "counterpart_country": "CHN", "start": "2024-01"},
    {"event_id": "h:2", "event_key": "k-found", "kind": "founding", "counterpart_country": "VNM", "start": "2024"},
])

PANEL_2019 = [
    ["VNM", 2019, 2, 1, 1, 0, 1, 1, 0, "k-cpv|k-cpv-2"],
]
PANEL_2024 = [
    ["GBR", 2024, 3, 1, 1, 1, 2, 2, 1, "k-con-1|k-con-2|k-lab"],
]


def _panel(rows):
    return pd.DataFrame(rows, columns=columns("campaigns_panel"))


@pytest.fixture(scope="module")
def units():
    return parties.event_units(EVENTS)


def test_campaigns_panel_counts_distinct_events_per_country_year(units):
    panel = parties.campaigns_panel(parties.select(units, 2000, 2025))
    assert list(panel.columns) == ["iso3", "year", "events", "received_in_china", "visits_abroad", "virtual",
                                   "parties", "ruling_parties", "opposition_parties", "event_keys"]
    expected = _panel(PANEL_2024 + PANEL_2019)
    assert panel.astype(str).values.tolist() == expected.astype(str).values.tolist()


def test_two_reports_of_one_event_count_once_and_cite_the_earliest(units):
    cpv = units[units.event_key == "k-cpv"]
    assert len(cpv) == 1
    row = cpv.iloc[0]
    assert (row.reports, row.event_ids, row.doc_id, row["where"]) == (2, "a:1|b:1", "a", "china")


def test_planned_events_are_left_out_unless_asked_for(units):
    assert "k-anc" not in set(units.event_key)
    with_planned = parties.event_units(EVENTS, statuses=("reported", "planned"))
    row = with_planned[with_planned.event_key == "k-anc"].iloc[0]
    assert (row.iso3, row.year, row["where"]) == ("ZAF", 2024, "abroad")


def test_undated_china_and_other_kinds_stay_out_of_the_panel(units):
    assert parties.undated(units).event_key.tolist() == ["k-anc-2"]
    assert not {"k-home", "k-found"} & set(units.event_key)
    assert "ZAF" not in set(parties.country_year(parties.select(units, 1951, 2026)).iso3)


def test_a_party_that_left_government_is_ruling_then_opposition_within_the_year(units):
    party_years = parties.party_year(parties.select(units, 2000, 2025))
    con = party_years[party_years.party_id == "con-gbr"].iloc[0]
    assert (con.year, con.in_government, con.events, con.visits_abroad, con.received_in_china) == (
        2024, "no|yes", 2, 1, 1)
    met = parties.parties_met(parties.select(units, 2000, 2025)).set_index("party_id")
    assert met.loc["con-gbr", ["events_ruling", "events_opposition", "events_unknown"]].tolist() == [1, 1, 0]
    assert met.loc["cpv-vnm", ["events", "first_year", "last_year", "family"]].tolist() == [2, 2019, 2019, "communist"]


def test_unknown_flags_and_countries_are_read_from_the_registry():
    events = _events([
        {"event_id": "x:1", "event_key": "k1", "counterpart_party_id": "con-gbr", "start": "2023-06"},
        {"event_id": "x:2", "event_key": "k2", "counterpart_party_id": "con-gbr", "start": "2025-01-15"},
    ])
    units = parties.event_units(events)
    assert units[["event_key", "iso3", "in_government"]].values.tolist() == [["k1", "GBR", "yes"], ["k2", "GBR", "no"]]


def test_a_key_takes_its_earliest_year_and_the_party_one_report_names():
    events = _events([
        {"event_id": "p:1", "event_key": "k", "counterpart_country": "LAO", "start": "2019-12-31"},
        {"event_id": "q:1", "event_key": "k", "counterpart_country": "LAO", "counterpart_party_id": "lprp-lao",
         "start": "2020-01-01"},
    ])
    units = parties.event_units(events)
    assert units[["event_key", "year", "iso3", "party_id", "reports"]].values.tolist() == [
        ["k", 2019, "LAO", "lprp-lao", 2]]


@pytest.mark.parametrize("mode, places, where", [
    ("host", "", "china"), ("host", "VNM", "abroad"), ("visit", "CHN", "china"), ("third-place", "RUS", "third-place"),
    ("virtual", "", "virtual"), ("visit", "", "unplaced"), ("", "CHN|VNM", "china"),
    # Hong Kong, Macau and Taiwan are neither China nor abroad: a third place, unless a foreign country is named too.
    ("visit", "HKG", "third-place"), ("", "TWN", "third-place"), ("visit", "MAC|VNM", "abroad"),
])
def test_where_an_event_happened(mode, places, where):
    events = _events([{"event_id": "w:1", "event_key": "k", "counterpart_country": "VNM", "mode": mode,
                       "places": places, "start": "2022"}])
    assert parties.event_units(events)["where"].tolist() == [where]


def test_region_filter_keeps_its_members_and_refuses_unknown_names(units):
    europe = parties.campaigns_panel(parties.select(units, 2000, 2025, "Europe"))
    assert europe.astype(str).values.tolist() == _panel(PANEL_2024).astype(str).values.tolist()
    assert parties.select(units, 2000, 2025, "Africa").empty
    for name in ("Afrika", "South China Sea"):
        with pytest.raises(ValueError, match="not a region of data/regions.csv"):
            parties.select(units, 2000, 2025, name)
    with pytest.raises(ValueError, match="did you mean Africa"):
        parties.region_countries("Afrika")


def test_the_runner_checks_region_and_years_before_a_run():
    assert coerce_parameters([("region", "Latin America"), ("start_year", "2010")], [NOTEBOOK]) == {
        "region": "Latin America", "start_year": 2010}
    with pytest.raises(ParameterError, match="parameter 'region'.*not a region"):
        coerce_parameters([("region", "Narnia")], [NOTEBOOK])
    with pytest.raises(ParameterError, match="year between 1900 and 2100"):
        coerce_parameters([("end_year", "3000")], [NOTEBOOK])


def test_window_selects_years_and_refuses_an_inverted_one(units):
    assert set(parties.select(units, 2020, 2025).event_key) == {"k-con-1", "k-con-2", "k-lab"}
    with pytest.raises(ValueError, match="after end_year"):
        parties.select(units, 2025, 2020)


def test_shares_and_families(units):
    selected = parties.select(units, 2000, 2025)
    shares = parties.shares(selected)
    assert shares.astype(str).values.tolist() == [
        ["2019", "Asia", "2", "2", "0", "0", "1.0"], ["2019", "all", "2", "2", "0", "0", "1.0"],
        ["2024", "Europe", "3", "2", "1", "0", "0.667"], ["2024", "all", "3", "2", "1", "0", "0.667"],
    ]
    families = parties.families(parties.parties_met(selected), selected)
    assert families.values.tolist() == [
        ["communist", 1, 1, 2, "cpv-vnm"], ["conservative", 1, 1, 2, "con-gbr"],
        ["socialist/social-democratic", 1, 1, 1, "lab-gbr"],
    ]


def test_findings_name_the_top_country_and_party(units):
    selected = parties.select(units, 2000, 2025)
    label = parties.scope(2000, 2025)
    # The whole world is no qualifier after one country's count; a region chosen is.
    assert (label, parties.scope(2000, 2025, "Africa")) == ("2000-2025", "2000-2025 (Africa)")
    text, rows = parties.top_country(parties.country_year(selected), selected, label)
    assert text == ("United Kingdom (GBR): 3 distinct events in 2000-2025, "
                    "1 received in China, 1 abroad and 1 virtual")
    assert set(rows.event_key) == {"k-con-1", "k-con-2", "k-lab"}
    text, _ = parties.top_party(parties.parties_met(selected), selected, label)
    assert text == ("Conservative Party (UK) (United Kingdom, conservative): met at 2 distinct events in 2000-2025, "
                    "1 while in government, 1 out of it; tied with Communist Party of Vietnam")
    text, _ = parties.ruling_sentence(parties.shares(selected), selected, label)
    assert text.startswith("4 of 5 party-coded events with a known status")
    assert text == ("4 of 5 party-coded events with a known status (80%) in 2000-2025 were with a "
                    "party in government; 0 more have no known status")
    text, rows = parties.duplicates_sentence(selected)
    assert text.startswith("1 of 5 counted events is reported by several documents") and set(rows.event_key) == {
        "k-cpv"}


def test_an_empty_corpus_gives_empty_declared_tables_and_says_so():
    units = parties.event_units(_events([]))
    selected = parties.select(units, 1951, 2026)
    for name, table in [("campaigns_panel", parties.campaigns_panel(selected)),
                        ("parties_country_year", parties.country_year(selected)),
                        ("parties_year", parties.party_year(selected)),
                        ("parties_met", parties.parties_met(selected)),
                        ("parties_shares", parties.shares(selected))]:
        assert table.empty and list(table.columns) == columns(name), name
    assert party_findings.coverage_sentence(_events([]), units, selected, "1951-2026").startswith(
        "no reported visit or meeting row names")
    assert parties.top_country(parties.country_year(selected), selected, "x")[0] == "no country-coded event in x"


def test_continents_partition_the_countries_once():
    codes = [code for continent in parties.CONTINENTS for code in region_members(continent)]
    assert len(codes) == len(set(codes))
    assert parties.continent_of("VNM") == "Asia" and parties.continent_of("XXX") == ""


def test_heat_map_matrix_and_figure_are_deterministic(units, tmp_path):
    panel = parties.country_year(parties.select(units, 2000, 2025))
    matrix = heatmap.country_year_matrix(panel)
    assert matrix.index.tolist() == ["GBR", "VNM"] and matrix.columns.tolist() == list(range(2019, 2025))
    assert matrix.loc["GBR"].tolist() == [0, 0, 0, 0, 0, 3] and matrix.loc["VNM"].tolist() == [2, 0, 0, 0, 0, 0]
    first = write_png(heatmap.plot_country_year(panel, title="t", source_note="s"), tmp_path / "a.png").read_bytes()
    second = write_png(heatmap.plot_country_year(panel, title="t", source_note="s"), tmp_path / "b.png").read_bytes()
    assert first == second
    assert heatmap.plot_country_year(panel.iloc[0:0], title="t", source_note="s") is not None


def test_events_without_a_foreign_counterpart_give_an_empty_panel():
    events = EVENTS[EVENTS.event_key.isin(["k-home", "k-found"])]
    units = parties.event_units(events)
    assert units.empty and list(units.columns) == parties.UNIT_COLUMNS
    selected = parties.select(units, 1951, 2026)
    assert parties.campaigns_panel(selected).empty and parties.parties_met(selected).empty
    assert party_findings.coverage_sentence(events, units, selected, "x").startswith("none of the 1 reported visit")


def test_counterpart_bodies_the_registry_cannot_resolve_are_listed():
    """A body with no party id is listed for hand coding; a resolved party, a person with no
    body and a planned event are not."""
    from liaison.analysis.parties import unresolved
    from liaison.schema import columns

    base = {c: "" for c in columns("events")}
    rows = [
        {**base, "event_id": "a:e0", "kind": "meeting", "status": "reported", "counterpart": "Kwame Asante",
         "counterpart_org": "Workers' Party of Ghana", "evidence": "Wang met Asante."},
        {**base, "event_id": "a:e1", "kind": "meeting", "status": "reported", "counterpart": "ANC",
         "counterpart_id": "party:anc-zaf", "counterpart_party_id": "anc-zaf"},
        {**base, "event_id": "a:e2", "kind": "meeting", "status": "reported", "counterpart": "Martin Schulz",
         "counterpart_id": "person:martin-schulz"},
        {**base, "event_id": "a:e3", "kind": "meeting", "status": "planned", "counterpart_org": "Some Party"},
        {**base, "event_id": "a:e4", "kind": "meeting", "status": "reported", "counterpart": "Communist Party of China",
         "counterpart_org": "Communist Party of China", "counterpart_country": "CHN"},
        # A Vietnamese leader met a CPC official in Hanoi: the foreign side is the actor, the CPC the home side.
        {**base, "event_id": "a:e5", "kind": "meeting", "status": "reported", "counterpart": "Li Shulei",
         "counterpart_id": "person:li-shulei", "counterpart_org": "Communist Party of China",
         "counterpart_country": "VNM"},
        {**base, "event_id": "a:e6", "kind": "meeting", "status": "reported", "counterpart": "Li Wen",
         "counterpart_id": "person:li-wen", "counterpart_org": "International Liaison Department",
         "counterpart_country": "LAO"},
        # A Cambodian leader called on a Chinese state body's head: also the home side.
        {**base, "event_id": "a:e7", "kind": "meeting", "status": "reported", "counterpart": "Gao Lin",
         "counterpart_id": "person:gao-lin",
         "counterpart_org": "National Committee of the Chinese People's Political Consultative Conference",
         "counterpart_country": "KHM"},
        # 中国国民党 is the Kuomintang: a party is not the home side by the word 中国 in its name.
        {**base, "event_id": "a:e8", "kind": "meeting", "status": "reported", "counterpart": "林文",
         "counterpart_id": "person:林文", "counterpart_org": "中国国民党", "counterpart_country": ""},
        # ... but with its country told (Taiwan) it is no foreign body: Taiwan is counted apart.
        {**base, "event_id": "a:e9", "kind": "meeting", "status": "reported", "counterpart": "林武",
         "counterpart_id": "person:林武", "counterpart_org": "中国国民党", "counterpart_country": "TWN"},
    ]
    table = unresolved(pd.DataFrame(rows))
    assert table[["event_id", "body"]].values.tolist() == [["a:e0", "Workers' Party of Ghana"], ["a:e8", "中国国民党"]]
    assert unresolved(pd.DataFrame(rows[1:3])).empty  # nothing to list: an empty table, not one of NaN
    assert list(unresolved(pd.DataFrame(rows[1:3])).columns) == ["event_id", "body", "counterpart",
                                                                   "counterpart_country", "doc_id", "evidence"]



def test_a_keys_year_and_reports_count_reports_that_name_no_country():
    """An undated English report names the country; a dated Chinese report of the same event does
    not: the event is dated by the Chinese report and has two reports."""
    from liaison.schema import columns

    base = {c: "" for c in columns("events")}
    rows = [
        {**base, "event_id": "en:e0", "event_key": "k", "kind": "meeting", "status": "reported",
         "counterpart_country": "CUB", "doc_id": "en"},
        {**base, "event_id": "zh:e0", "event_key": "k", "kind": "meeting", "status": "reported", "start": "2019-05",
         "doc_id": "zh"},
    ]
    (unit,) = parties.event_units(pd.DataFrame(rows)).itertuples()
    assert (unit.iso3, unit.year, unit.reports) == ("CUB", 2019, 2)


def test_the_top_country_parts_add_up_to_its_total():
    # Invented: two Vietnamese counterparts met in Hanoi, one by video, one with no place stated.
    rows = [
        {"event_id": "v:1", "event_key": "k-v1", "kind": "visit", "mode": "visit", "places": "VNM",
         "counterpart_country": "VNM", "start": "2024-05-02"},
        {"event_id": "v:2", "event_key": "k-v2", "kind": "meeting", "mode": "virtual",
         "counterpart_country": "VNM", "start": "2024-06-02"},
        {"event_id": "v:3", "event_key": "k-v3", "kind": "meeting", "mode": "",
         "counterpart_country": "VNM", "start": "2024-07-02"},
    ]
    selected = parties.select(parties.event_units(_events(rows)), 2000, 2025)
    text, found = parties.top_country(parties.country_year(selected), selected, "2000-2025")
    assert text == ("Vietnam (VNM): 3 distinct events in 2000-2025, 0 received in China, 1 abroad, 1 virtual "
                    "and 1 in a third country, Hong Kong, Macau or Taiwan, or with no place stated")
    assert set(found.event_key) == {"k-v1", "k-v2", "k-v3"}


def test_counterparts_from_hong_kong_macau_and_taiwan_are_not_foreign_and_are_said():
    # Invented: a Kuomintang vice-chairman met in Taipei (two reports), a Macau official, a Lao party in Vientiane.
    events = _events([
        {"event_id": "t:1", "event_key": "k-kmt", "counterpart_country": "TWN", "places": "TWN", "start": "2012-02"},
        {"event_id": "u:1", "event_key": "k-kmt", "counterpart_country": "TWN", "places": "TWN", "start": "2012-02"},
        {"event_id": "m:1", "event_key": "k-mac", "counterpart_country": "MAC", "places": "MAC", "start": "2013-05"},
        {"event_id": "l:1", "event_key": "k-lao", "counterpart_country": "LAO", "counterpart_party_id": "lprp-lao",
         "places": "LAO", "start": "2019-03"},
    ])
    units = parties.event_units(events)
    assert units[["event_key", "iso3", "where"]].values.tolist() == [["k-lao", "LAO", "abroad"]]
    selected = parties.select(units, 2000, 2025)
    text = party_findings.coverage_sentence(events, units, selected, "2000-2025")
    assert text == ("1 distinct event (from 4 reported visit and meeting rows) names a foreign counterpart's country, "
                    "1 of them its party; 1 falls in 2000-2025, 0 are undated; 2 more events with a counterpart "
                    "from Hong Kong, Macau or Taiwan are counted apart, neither foreign nor mainland"), text


def test_the_heat_map_leaves_out_countries_tied_at_the_cut_and_says_how_many_remain():
    # Invented: four countries with 3, 2, 2 and 1 events; a cut at two rows would pick one of the tied pair by code.
    rows = [{"event_id": f"{code}:{i}", "event_key": f"{code}-{i}", "counterpart_country": code,
             "start": f"{2020 + i}-01"} for code, n in (("VNM", 3), ("LAO", 2), ("KHM", 2), ("CUB", 1))
            for i in range(n)]
    panel = parties.country_year(parties.select(parties.event_units(_events(rows)), 2000, 2025))
    assert heatmap.country_year_matrix(panel, max_countries=2).index.tolist() == ["VNM"]
    assert heatmap.country_year_matrix(panel, max_countries=3).index.tolist() == ["VNM", "KHM", "LAO"]
    fig = heatmap.plot_country_year(panel, title="t", source_note="s.", max_countries=2)
    note = fig.texts[-1].get_text()
    assert note == "s. 3 more countries, with 2 events or fewer, are in the table.", note


def test_unresolved_bodies_are_named_by_count_then_name_with_their_counts():
    # Invented: the body with most events first, ties in alphabetical order, not in order of appearance.
    table = pd.DataFrame({"event_id": [f"e{i}" for i in range(9)],
                          "body": ["Zeta Senate", "Alpha Union", "Zeta Senate", "Mu Council", "Beta Front",
                                   "Gamma League", "Delta Forum", "Epsilon Club", "Eta Board"]})
    text, _ = parties.unresolved_sentence(table)
    assert text == ("9 counted events name a counterpart body that the party registry does not resolve and are left "
                    "out of the party counts: Zeta Senate (2 events), Alpha Union (1 event), Beta Front (1 event), "
                    "Delta Forum (1 event), Epsilon Club (1 event) and 3 other bodies"), text
