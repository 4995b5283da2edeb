"""Campaigns: the event table, window, destinations, provincial push, country episode and
bureau counts, on the seeds (robust facts) and on small frames built here (exact logic)."""
import pandas as pd
import pytest
from liaison.analysis import campaign_findings, campaigns, episode, timeline
from liaison.schema import columns

EVENT_COLUMNS = columns("events")


@pytest.fixture(scope="module")
def seed_events(tables):
    return campaigns.event_table(tables.events)


def _events(rows):
    """A tables.events-shaped frame from a few dicts; unspecified columns are empty."""
    defaults = {c: "" for c in EVENT_COLUMNS}
    defaults.update(duration_days=None, n_countries=None, start_char=0, end_char=0, status="reported",
                    event_reports=1)
    frame = pd.DataFrame([{**defaults, **row} for row in rows], columns=EVENT_COLUMNS)
    return frame.assign(event_key=frame.event_key.where(frame.event_key != "", frame.event_id))


def test_the_event_table_counts_events_that_happened_once_each():
    """Two reports of one meeting are one row (the dated report, saying there are two); a
    planned visit is no row."""
    frame = _events([
        {"event_id": "a:e0", "event_key": "a:e0", "event_reports": 2, "kind": "meeting", "start": ""},
        {"event_id": "b:e0", "event_key": "a:e0", "event_reports": 2, "kind": "meeting", "start": "2024-05-21",
         "end": "2024-05-21"},
        {"event_id": "c:e0", "kind": "visit", "status": "planned", "start": "2024-06"},
    ])
    table = campaigns.event_table(frame)
    assert table[["event_id", "event_key", "event_reports"]].values.tolist() == [["b:e0", "a:e0", 2]]
    assert campaigns.event_table(frame, statuses=("reported", "planned")).event_id.tolist() == ["b:e0", "c:e0"]


SMALL = _events(
    [
        {
            "event_id": "d:e0",
            "kind": "visit",
            "actor": "A",
            "actor_id": "person:a",
            "places": "VNM|LAO",
            "start": "2023-03",
            "end": "2023-03",
            "date_precision": "month",
            "doc_id": "d",
            "evidence": "A visited Vietnam and Laos.",
        },
        {
            "event_id": "d:e1",
            "kind": "visit",
            "actor": "B",
            "actor_id": "person:b",
            "region": "Central Asia",
            "start": "2023-03-20",
            "end": "2023-03-20",
            "date_precision": "day",
            "doc_id": "d",
            "evidence": "B toured Central Asia.",
        },
        {
            "event_id": "d:e2",
            "kind": "meeting",
            "actor": "A",
            "actor_id": "person:a",
            "counterpart": "C",
            "doc_id": "d",
            "date_precision": "unknown",
            "evidence": "A met C.",
        },
        {
            "event_id": "d:e3",
            "kind": "visit",
            "actor": "C",
            "actor_id": "person:c",
            "places": "CHN",
            "start": "1949",
            "end": "1949",
            "date_precision": "year",
            "doc_id": "d",
            "evidence": "C went to China in 1949.",
        },
        {
            "event_id": "d:e4",
            "kind": "founding",
            "counterpart": "a school",
            "places": "TZA",
            "doc_id": "d",
            "date_precision": "unknown",
            "evidence": "A school was founded in Tanzania.",
        },
        {
            "event_id": "d:e5",
            "kind": "visit",
            "actor": "B",
            "actor_id": "person:b",
            "places": "VNM",
            "doc_id": "e",
            "date_precision": "unknown",
            "evidence": "B visited Vietnam.",
        },
    ]
)


# --- event table and window -------------------------------------------------------------------

def test_event_table_keeps_visits_and_meetings_and_spans_the_stated_precision():
    table = campaigns.event_table(SMALL)
    assert set(table.event_id) == {"d:e0", "d:e1", "d:e2", "d:e3", "d:e5"}  # the founding is not a visit
    row = table.set_index("event_id").loc["d:e0"]
    assert (row.first_day, row.last_day) == ("2023-03-01", "2023-03-31")
    row = table.set_index("event_id").loc["d:e3"]
    assert (row.first_day, row.last_day) == ("1949-01-01", "1949-12-31")
    assert list(table.event_id[:3]) == ["d:e2", "d:e5", "d:e3"]  # undated first, then by date


def test_split_window_drops_outside_and_keeps_undated_apart():
    inside, undated = campaigns.split_window(campaigns.event_table(SMALL), 1951, 2026)
    assert sorted(inside.event_id) == ["d:e0", "d:e1"]  # 1949 is outside
    assert sorted(undated.event_id) == ["d:e2", "d:e5"]
    inside, _ = campaigns.split_window(campaigns.event_table(SMALL), 1940, 1960)
    assert list(inside.event_id) == ["d:e3"]


def test_coverage_counts_places_and_dates():
    assert campaigns.coverage(campaigns.event_table(SMALL)) == {
        "events": 5,
        "with_place": 4,
        "with_date": 3,
        "with_both": 3,
    }


def test_seed_event_table(seed_events):
    assert set(seed_events.kind) == {"visit", "meeting"}
    assert len(seed_events) >= 9
    cov = campaigns.coverage(seed_events)
    assert cov["with_both"] >= 3 and cov["with_place"] >= 6
    inside, undated = campaigns.split_window(seed_events, 1951, 2026)
    assert len(inside) + len(undated) == len(seed_events)
    assert (inside.first_day >= "1951").all()


# --- destinations ---------------------------------------------------------------------------

def test_destinations_count_each_country_once_per_event_and_skip_china():
    dest = campaigns.destinations(campaigns.event_table(SMALL))
    assert dict(zip(dest.iso3, dest.n_events)) == {"VNM": 2, "LAO": 1}
    assert dest.iso3.iloc[0] == "VNM" and dest.country.iloc[0] == "Vietnam"
    assert "Bureau II" in dest.bureau.iloc[0]
    with_china = campaigns.destinations(campaigns.event_table(SMALL), exclude=())
    assert "CHN" in set(with_china.iso3)
    assert list(campaigns.region_only(campaigns.event_table(SMALL)).event_id) == ["d:e1"]


def test_seed_destinations(seed_events):
    dest = campaigns.destinations(seed_events)
    assert "CHN" not in set(dest.iso3)
    assert {"VNM", "JPN", "KOR", "SGP", "MYS"} <= set(dest.iso3)
    assert "ITA" not in set(dest.iso3)  # the Rome trip is only expected ("is expected in ... this coming Sunday")
    assert dest.iso3.iloc[0] == "VNM"  # Wang Ning and Liu Ning both went to Vietnam
    assert campaigns.geo.unplaced_codes(dict(zip(dest.iso3, dest.n_events))) == []


def test_map_and_timeline_are_figures_with_titles(seed_events):
    fig = campaigns.plot_destinations_map({"VNM": 2, "SGP": 1}, title="Trips abroad", source_note="Source: test")
    assert fig.axes[0].get_title() == "Trips abroad"
    assert any(getattr(line, "get_gid", lambda: None)() == "marker-SGP" for line in fig.axes[0].lines)
    inside, undated = campaigns.split_window(seed_events, 1951, 2026)
    fig = timeline.plot_actor_timeline(inside, undated, title="Timeline", source_note="Source: test")
    ax = fig.axes[0]
    assert ax.get_title() == "Timeline"
    assert {t.get_text() for t in ax.get_yticklabels()} >= {"Liu Ning", "Jin Guowei", "Ma Xingrui"}
    assert any("Undated" in t.get_text() for t in fig.texts)


def test_timeline_draws_a_day_as_a_point_and_a_month_as_a_bar():
    inside, undated = campaigns.split_window(campaigns.event_table(SMALL), 1951, 2026)
    fig = timeline.plot_actor_timeline(inside, undated, title="t", source_note="Source: test")
    ax = fig.axes[0]
    assert len(ax.patches) == 1  # A's month-precise visit
    assert abs(ax.patches[0].get_width() - 31) < 1e-9  # the whole of March
    points = [line for line in ax.lines if line.get_marker() == "o"]
    assert len(points) == 1  # B's day-precise visit
    listing = "\n".join(t.get_text() for t in fig.texts)
    assert "Undated (2)" in listing and "d:e5" in listing


# --- provincial push ------------------------------------------------------------------------

def _positions(rows):
    columns = ["person", "person_id", "title", "organization", "organization_id", "status", "doc_id", "start_char"]
    return pd.DataFrame(rows, columns=columns)


POSITIONS = _positions([
    ["A", "person:a", "party chief", "Yunnan", "place:CHN:yunnan", "current", "d", 0],
    ["B", "person:b", "party chief", "Xinjiang", "place:CHN:xinjiang", "current", "d", 0],
    ["C", "person:c", "party secretary", "Zhejiang", "place:CHN:zhejiang", "ended", "d", 0],
])
DOCUMENTS = pd.DataFrame({"doc_id": ["d", "e"], "published": ["2023-04-16", "2023-09"]})


def test_provincial_push_on_small_frames():
    push = campaigns.provincial_push(campaigns.event_table(SMALL), POSITIONS, DOCUMENTS)
    assert list(push.event_id) == ["d:e0", "d:e1"]  # e5 undated, reported in September: out
    a = push.set_index("event_id").loc["d:e0"]
    assert a.neighbours == "LAO|VNM" and a.province == "Yunnan" and a.dated_by == "event (2023-03)"
    b = push.set_index("event_id").loc["d:e1"]
    assert b.region_only and b.region_neighbours == "KAZ|KGZ|TJK"
    summary = campaigns.push_summary(push)
    assert (summary["trips"], summary["provincial_chiefs"], summary["named_countries"]) == (2, 2, 2)
    # an undated trip counts when the report appeared inside the period, and says so
    docs = pd.DataFrame({"doc_id": ["d", "e"], "published": ["2023-04-16", "2023-05-02"]})
    push = campaigns.provincial_push(campaigns.event_table(SMALL), POSITIONS, docs)
    assert "d:e5" in set(push.event_id)
    assert push.set_index("event_id").at["d:e5", "dated_by"].startswith("document published 2023-05-02")


def test_an_ended_provincial_post_does_not_count():
    assert set(campaigns.provincial_posts(POSITIONS).person_id) == {"person:a", "person:b"}


def test_seed_spring_2023_push(tables, seed_events):
    push = campaigns.provincial_push(seed_events, tables.positions, tables.documents)
    places = {p for v in push.places for p in v.split("|") if p}
    assert {"VNM", "SGP", "MYS", "LAO", "MMR", "JPN", "KOR"} <= places
    assert "Central Asia" in set(push[push.region_only].region)
    assert push.province.str.len().gt(0).all()
    summary = campaigns.push_summary(push)
    assert summary["provincial_chiefs"] >= 4 and summary["trips"] >= 4
    assert {"VNM", "LAO", "MMR"} <= set(summary["land_neighbours_named"].split("|"))
    assert "Liu Jianchao" not in set(push.actor)  # his Zhejiang post is a former one


# --- country episode ------------------------------------------------------------------------

def test_resolve_country():
    assert episode.resolve_country("Italy") == "ITA"
    assert episode.resolve_country("ITA") == "ITA"
    assert episode.resolve_country("vnm") == "VNM"
    assert episode.resolve_country("Vietnam") == "VNM"
    assert episode.resolve_country("Central Asia") is None
    assert episode.resolve_country("Narnia") is None
    assert "Italy" in episode.focus_message("Itly")
    assert episode.focus_message("Italy") == "focus country: Italy (ITA)"
    assert "region" in episode.focus_message("Central Asia")


def test_seed_italy_episode(tables):
    rows = episode.country_episode(tables, "ITA")
    events = rows[rows.source == "event"]
    assert "000_d6caded5e31713c2:e000" in set(events.event_id)  # Liu Jianchao expected in Rome
    agreement = events[events.kind == "agreement"]
    assert len(agreement) == 1 and "Belt and Road" in agreement.evidence.iloc[0]
    assert (rows.source == "mention").sum() >= 3
    assert rows.doc_id.eq("000_d6caded5e31713c2").all()
    assert episode.country_episode(tables, None).empty


def test_seed_vietnam_episode(tables):
    rows = episode.country_episode(tables, "VNM")
    assert {"003_2f98651871e88ea7", "002_2ae41ebc53c0db97"} <= set(rows.doc_id)
    assert "ITA" not in " ".join(rows.evidence)
    assert not (rows.kind == "agreement").any()


# --- bureaus --------------------------------------------------------------------------------

def test_bureau_counts_on_small_frames():
    counts = campaigns.bureau_counts(campaigns.event_table(SMALL))
    by = counts.set_index("bureau")
    bureau_ii = next(b for b in by.index if b.startswith("Bureau II "))
    bureau_vi = next(b for b in by.index if b.startswith("Bureau VI "))
    assert by.at[bureau_ii, "events"] == 2  # e0 (VNM, LAO) and e5 (VNM)
    assert by.at[bureau_vi, "region_only"] == 1  # Central Asia
    assert by.at[campaigns.NO_BUREAU, "events"] == 1  # the visit to China
    assert counts.weight.sum() == pytest.approx(4)  # e0, e1, e3, e5 are placed


def test_seed_bureau_counts_sum_to_placed_events(seed_events):
    counts = campaigns.bureau_counts(seed_events)
    placed = campaigns.coverage(seed_events)["with_place"]
    assert counts.weight.sum() == pytest.approx(placed)
    assert counts.bureau.iloc[0].startswith("Bureau II ")  # Vietnam, Laos, Japan, Korea
    assert counts.region_only.sum() >= 1


# --- finding helpers ------------------------------------------------------------------------

def test_finding_helpers_state_sentences_on_small_and_empty_frames():
    table = campaigns.event_table(SMALL)
    label, rows = campaign_findings.top_destination(campaigns.destinations(table), table)
    # One of the two is undated: the years do not pass for all of them.
    assert label.startswith("Vietnam is the most-visited destination abroad: 2 events in 2 documents, dated 2023 "
                            "(1 undated).")
    assert sorted(rows.event_id) == ["d:e0", "d:e5"]
    label, rows = campaign_findings.top_destination(campaigns.destinations(table.iloc[0:0]), table)
    assert label == "No coded visit or meeting has a destination abroad." and rows.empty
    label, rows = campaign_findings.top_bureau(campaigns.bureau_counts(table), table)
    assert label.startswith("The coded events touch the countries of Bureau II ") and len(rows) == 2
    assert label.endswith(" most: 2 events, none shared with another bureau's countries."), label
    assert campaign_findings.top_bureau(campaigns.bureau_counts(table.iloc[0:0]), table)[0].startswith("No coded")
    push = campaigns.provincial_push(table, POSITIONS, DOCUMENTS)
    sentence = campaign_findings.push_sentence(campaigns.push_summary(push))
    assert sentence.startswith(
        "2 trips by 2 provincial leaders (Xinjiang and Yunnan) reached 2 named countries (Laos and Vietnam)"
    ), sentence
    assert "Central Asia (0 countries stated" in sentence and "(s)" not in sentence
    assert campaign_findings.push_sentence(campaigns.push_summary(push.iloc[0:0])).startswith("No trip abroad")
    coverage = campaign_findings.coverage_sentence(campaigns.coverage(table))
    assert coverage.startswith(f"{len(table)} visits and meetings")


def test_an_undated_event_reported_before_the_window_is_dropped():
    table = campaigns.event_table(SMALL)
    docs = pd.DataFrame({"doc_id": ["d", "e"], "published": ["2023-04-16", ""]})
    _, undated = campaigns.split_window(table, 2024, 2026, docs)
    assert list(undated.event_id) == ["d:e5"]  # d:e2's report predates 2024; e is undated itself
    _, undated = campaigns.split_window(table, 2023, 2026, docs)
    assert sorted(undated.event_id) == ["d:e2", "d:e5"]


def test_push_from_no_events_is_empty_and_summarises():
    push = campaigns.provincial_push(campaigns.event_table(SMALL.iloc[0:0]), POSITIONS, DOCUMENTS)
    assert push.empty
    assert campaigns.push_summary(push)["trips"] == 0


def test_date_span_names_the_months_the_events_cover_not_the_window():
    table = campaigns.event_table(SMALL)
    dated = table[table.first_day != ""]
    span = campaigns.date_span(dated, 1900, 2100)
    assert span == f"{dated.first_day.min()[:4]}-{dated.last_day.max()[:4]}" and "1900" not in span
    assert campaigns.date_span(dated.iloc[0:0], 1951, 2026) == "1951-2026 (no dated event)"
    one = pd.DataFrame({"first_day": ["2023-03-01", "2023-03-20"], "last_day": ["2023-03-04", "2023-03-31"]})
    assert campaigns.date_span(one, 1951, 2026) == "2023-03"
    years = pd.DataFrame({"first_day": ["2016-06-26"], "last_day": ["2023-05-31"]})
    assert campaigns.date_span(years, 1951, 2026) == "2016-2023"


def test_a_delegation_received_in_china_falls_to_its_countrys_bureau():
    """The bureau that handles Laos receives its delegations in Beijing: a meeting held in China
    counts for the foreign side's bureau, and the finding never names the no-bureau group."""
    table = campaigns.event_table(_events([
        {"event_id": "d:e0", "kind": "meeting", "actor": "A", "actor_id": "person:a", "counterpart": "L",
         "counterpart_country": "LAO", "places": "CHN", "doc_id": "d", "evidence": "A met L in Beijing."},
        {"event_id": "d:e1", "kind": "meeting", "actor": "A", "actor_id": "person:a", "counterpart": "Z",
         "places": "CHN", "doc_id": "d", "evidence": "A met Z in Beijing."},
        {"event_id": "d:e2", "kind": "meeting", "actor": "A", "actor_id": "person:a", "counterpart": "Y",
         "places": "CHN", "doc_id": "d", "evidence": "A met Y in Beijing."},
    ]))
    counts = campaigns.bureau_counts(table).set_index("bureau")
    assert counts.at[campaigns.NO_BUREAU, "events"] == 2
    bureau_ii = next(b for b in counts.index if b.startswith("Bureau II "))
    assert counts.at[bureau_ii, "events"] == 1
    label, rows = campaign_findings.top_bureau(campaigns.bureau_counts(table), table)
    assert label.startswith("The coded events touch the countries of Bureau II ") and rows.event_id.tolist() == ["d:e0"]


def test_the_focus_countrys_episode_reads_as_a_sentence_also_when_empty():
    rows = pd.DataFrame({"source": ["event", "sentence", "event"], "doc_id": ["a", "a", "b"]})
    assert episode.rows_sentence(rows, "ITA", "Italy") == (
        "The documents give 3 rows for the episode of Italy, 2 of them events, in 2 documents.")
    assert episode.rows_sentence(rows.iloc[0:0], "ITA", "Italy") == (
        "No document in this corpus says anything about Italy.")
    assert episode.rows_sentence(rows, "", "Atlantis") == episode.focus_message("Atlantis")


def test_the_top_destination_says_its_years_are_years():
    # Invented: seven visits to Vietnam in seven years, one report each, and one undated visit.
    ids = [f"v{i}:e0" for i in range(8)]
    events = pd.DataFrame({"event_id": ids, "doc_id": [i.split(":")[0] for i in ids],
                           "first_day": [f"{2010 + i}-05-01" for i in range(7)] + [""]})
    dest = pd.DataFrame({"iso3": ["VNM"], "country": ["Vietnam"], "bureau": ["Bureau II"], "n_events": [8],
                         "event_ids": ["|".join(ids)]})
    label, rows = campaign_findings.top_destination(dest, events)
    assert label == ("Vietnam is the most-visited destination abroad: 8 events in 8 documents, dated 2010, "
                     "2011, 2012, 2013, 2014 and 2 other years (1 undated).")
    assert len(rows) == 8
    label, _ = campaign_findings.top_destination(dest, events.assign(first_day=""))
    assert label.endswith("8 events in 8 documents, none dated.")


def test_a_provincial_secretary_the_documents_leave_unresolved_counts_by_the_reference_list():
    # Invented: "Secretary Ma of the regional committee" met a president in Astana in March 2023; the
    # document gives the post no province, the reference list dates his tenure in Xinjiang.
    events = campaigns.event_table(_events([
        {"event_id": "k:e0", "kind": "meeting", "actor": "Ma", "actor_id": "person:ma", "places": "KAZ",
         "start": "2023-03-14", "end": "2023-03-14", "date_precision": "day", "doc_id": "k",
         "evidence": "Secretary Ma met the president in Astana."},
        {"event_id": "k:e1", "kind": "meeting", "actor": "Qin", "actor_id": "person:qin", "places": "KAZ",
         "start": "2023-03-15", "end": "2023-03-15", "date_precision": "day", "doc_id": "k",
         "evidence": "Secretary Qin met the premier in Astana."}]))
    tenures = pd.DataFrame([
        {"person_id": "person:ma", "title": "Party Secretary of Xinjiang", "organization": "CPC Xinjiang Committee",
         "organization_id": "place:CHN:xinjiang", "start": "2021-12", "end": "2025-07-01"},
        {"person_id": "person:qin", "title": "Party Secretary of Yunnan", "organization": "CPC Yunnan Committee",
         "organization_id": "place:CHN:yunnan", "start": "", "end": ""},  # no dates: places no trip
    ])
    docs = pd.DataFrame({"doc_id": ["k"], "published": ["2023-03-16"]})
    push = campaigns.provincial_push(events, POSITIONS.iloc[0:0], docs, tenures=tenures)
    assert list(push.event_id) == ["k:e0"]
    assert push.iloc[0].post == "Party Secretary of Xinjiang, CPC Xinjiang Committee (reference list)"
    assert push.iloc[0].places == "KAZ" and push.iloc[0].neighbours == "KAZ"
    # The visit and the meeting of one trip, reported as two events, are one trip.
    both = pd.concat([push, push.assign(event_id="k:e2")], ignore_index=True)
    assert campaigns.push_summary(both)["trips"] == 1
    assert campaigns.provincial_push(events, POSITIONS.iloc[0:0], docs).empty  # without the lists: none
    late = tenures.assign(start="2024-01")
    assert campaigns.provincial_push(events, POSITIONS.iloc[0:0], docs, tenures=late).empty
    sentence = campaign_findings.push_sentence(campaigns.push_summary(push.iloc[0:0]))
    assert sentence.startswith("No trip abroad by a holder of a provincial post is coded in the period;")


def test_a_tie_for_the_busiest_bureau_is_said():
    # Invented counts: two bureaus touched by three events each.
    counts = pd.DataFrame({"bureau": ["Bureau II", "Bureau I", campaigns.NO_BUREAU], "events": [3, 3, 5],
                           "weight": [3.0, 2.5, 5.0], "region_only": [0, 0, 0], "event_ids": ["a|b|c", "a|d|e", "f"]})
    events = pd.DataFrame({"event_id": list("abcdef")})
    text, rows = campaign_findings.top_bureau(counts, events)
    assert text == ("The coded events touch the countries of Bureau II most: 3 events, none shared with another "
                    "bureau's countries; Bureau I touches as many.")
    assert list(rows.event_id) == ["a", "b", "c"]


def test_timeline_place_labels_that_would_overlap_are_left_out_and_counted():
    # Invented: one envoy meets in Hanoi on five days running, then visits Laos a year later.
    rows = [{"event_id": f"v:e{i}", "kind": "meeting", "actor": "A", "actor_id": "person:a", "places": "VNM",
             "start": f"2023-03-0{i + 1}", "end": f"2023-03-0{i + 1}", "date_precision": "day", "doc_id": "v",
             "evidence": "A met B."} for i in range(5)]
    rows.append({"event_id": "v:e9", "kind": "visit", "actor": "A", "actor_id": "person:a", "places": "LAO",
                 "start": "2024-03-01", "end": "2024-03-01", "date_precision": "day", "doc_id": "v",
                 "evidence": "A visited Laos."})
    inside, undated = campaigns.split_window(campaigns.event_table(_events(rows)), 1951, 2026)
    ax = timeline.plot_actor_timeline(inside, undated, title="t", source_note="Source: test").axes[0]
    assert [t.get_text() for t in ax.texts] == ["VNM", "LAO"]
    assert "4 place labels left out where labels would overlap" in ax.get_xlabel()


def test_hong_kong_macau_and_taiwan_are_counted_apart_not_abroad():
    # Invented: a provincial chief in Taipei and Hong Kong, another in Hanoi; a foreign guest in Beijing.
    events = _events([
        {"event_id": "t:e0", "kind": "visit", "actor": "A", "actor_id": "person:a", "places": "TWN",
         "start": "2023-04-02", "doc_id": "t"},
        {"event_id": "t:e1", "kind": "meeting", "actor": "A", "actor_id": "person:a", "places": "TWN",
         "start": "2023-04-03", "doc_id": "t"},
        {"event_id": "t:e2", "kind": "visit", "actor": "A", "actor_id": "person:a", "places": "HKG",
         "start": "2023-04-20", "doc_id": "t"},
        {"event_id": "t:e3", "kind": "visit", "actor": "B", "actor_id": "person:b", "places": "VNM",
         "start": "2023-04-05", "doc_id": "t"},
        {"event_id": "t:e4", "kind": "meeting", "actor": "C", "places": "CHN", "start": "2023-04-06", "doc_id": "t"},
    ])
    table = campaigns.event_table(events)
    dest = campaigns.destinations(table)
    apart = campaigns.destinations(table, only=episode.APART)
    assert dict(zip(dest.iso3, dest.n_events)) == {"VNM": 1}
    assert dict(zip(apart.iso3, apart.n_events)) == {"TWN": 2, "HKG": 1}
    text, rows = campaign_findings.top_destination(dest, table, apart)
    assert text == ("Vietnam is the most-visited destination abroad: 1 event in 1 document, dated 2023; "
                    "Hong Kong, Macau and Taiwan are counted apart, neither China nor abroad: Taiwan (2 events) "
                    "and Hong Kong (1 event)."), text
    assert list(rows.event_id) == ["t:e3"]
    text, rows = campaign_findings.top_destination(dest.iloc[0:0], table, apart)
    assert text.startswith("No coded visit or meeting has a destination abroad; Hong Kong, Macau and Taiwan")
    # a provincial leader's trip to Taiwan or Hong Kong is no trip abroad in the push
    push = campaigns.provincial_push(table, POSITIONS, pd.DataFrame({"doc_id": ["t"], "published": ["2023-04-30"]}))
    assert list(push.event_id) == ["t:e3"]


def test_the_map_hatches_what_it_leaves_out_rather_than_drawing_it_as_zero():
    # Invented counts: China and Taiwan are left out of trips abroad; a reader must not read them as "no visits".
    fig = campaigns.plot_destinations_map({"VNM": 3, "LAO": 1}, title="t", source_note="s")
    patches = {p.get_gid(): p for p in fig.axes[0].patches}
    assert patches["CHN"].get_hatch() == "xxxx" and patches["TWN"].get_hatch() == "xxxx"
    assert patches["VNM"].get_hatch() is None and patches["FRA"].get_hatch() is None
    assert "left out of the count" in [t.get_text() for t in fig.axes[0].get_legend().get_texts()]


def test_the_timeline_legend_sits_above_the_axes_not_over_the_first_rows():
    # Invented: the first actor's latest event is at the top right, where the legend used to be drawn.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    events = _events([{"event_id": f"l:e{i}", "kind": "meeting", "actor": "Aa", "actor_id": "person:aa",
                       "places": "VNM", "start": f"202{i}-05-0{i + 1}", "date_precision": "day", "doc_id": "l"}
                      for i in range(5)]
                     + [{"event_id": "l:e9", "kind": "visit", "actor": "Zz", "places": "LAO", "start": "2020-03",
                         "date_precision": "month", "doc_id": "l"}])
    inside, undated = campaigns.split_window(campaigns.event_table(events), 1951, 2026)
    fig = timeline.plot_actor_timeline(inside, undated, title="t", source_note="s")
    renderer = FigureCanvasAgg(fig).get_renderer()
    ax = fig.axes[0]
    legend, title = ax.get_legend().get_window_extent(renderer), ax.title.get_window_extent(renderer)
    assert legend.y0 >= ax.get_window_extent(renderer).y1 - 1 and legend.y1 <= title.y0 + 1
