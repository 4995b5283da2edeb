"""Events coded from text: visits, meetings, foundings, appointments, with CAMEO mode, places
as ISO3, region, dates resolved against the document's date, duration and country count."""
import math

import pytest
from liaison.extract.pipeline import build_tables
from liaison.load.corpus import load_corpus

SEED_NEWS = "003_2f98651871e88ea7"
SEED_WIKI = "002_2ae41ebc53c0db97"


@pytest.fixture(scope="module")
def events():
    return build_tables(load_corpus("seeds")).events


def _one(frame, **where):
    rows = frame
    for column, value in where.items():
        rows = rows[rows[column] == value]
    assert len(rows) == 1, f"{where}: {len(rows)} rows"
    return rows.iloc[0]


def test_four_day_three_country_trip_keeps_region_and_counts(events):
    row = _one(events, doc_id=SEED_NEWS, actor="Ma Xingrui", kind="visit")
    assert (row.places, row.region, row.start, row["mode"]) == ("", "Central Asia", "2023-03", "visit")
    assert (row.duration_days, row.n_countries) == (4, 3)


def test_every_destination_of_a_tour_is_a_place(events):
    row = _one(events, doc_id=SEED_NEWS, actor="Liu Ning", kind="visit")
    assert (row.places, row.region, row.start, row.duration_days) == ("VNM|SGP|MYS", "Southeast Asia", "2023-03", 10)


def test_crossing_into_a_province_is_a_visit_to_its_country(events):
    rows = events[(events.doc_id == SEED_NEWS) & (events.actor == "Wang Ning")]
    assert list(rows.places) == ["VNM", "LAO|MMR"]
    assert rows.iloc[1].region == "Southeast Asia" and rows.iloc[1].duration_days == 8


def test_led_a_delegation_to_two_countries(events):
    row = _one(events, doc_id=SEED_NEWS, actor="Jin Guowei")
    assert (row.kind, row.places, row.start) == ("visit", "JPN|KOR", "2023-03")


@pytest.mark.parametrize("year, founded", [
    ("1951", "International Department of the Central Committee of the Communist Party of China"),
    ("1981", "Chinese Association for International Understanding"),
    ("2010", "China Center for Contemporary World Studies"),
    ("2022-02", "Mwalimu Julius Nyerere Leadership School"),
])
def test_foundings_on_the_encyclopedia_page(events, year, founded):
    row = _one(events, doc_id=SEED_WIKI, kind="founding", start=year)
    assert row.counterpart == founded


def test_meeting_with_the_visiting_delegation_is_hosted(events):
    row = _one(events, actor="Song Tao", kind="meeting")
    assert (row["mode"], row.counterpart) == ("host", "Communist Party of Cuba")


def test_appointment_in_the_profile(events):
    row = _one(events, actor="Liu Jianchao", kind="appointment")
    assert row.counterpart_id == "org:ild"


def _event(extract, key, kind):
    rows = [e for e in extract(key)["events"] if e["kind"] == kind]
    assert len(rows) == 1, rows
    return rows[0]


def _fields(event, *names):
    return tuple(event[n] for n in names)


FIELDS = ("actor", "counterpart", "counterpart_org", "places", "mode", "start", "end")


@pytest.mark.parametrize(
    "key, kind, expected",
    [
        ("hanoi", "visit", ("Li Xiaoming", "", "", "VNM", "visit", "2023-09-04", "2023-09-06")),
        # "During the visit": the meeting happens where and when the visit did.
        (
            "hanoi",
            "meeting",
            (
                "Li Xiaoming",
                "Nguyen Van Thanh",
                "Commission for External Relations of the CPV Central Committee",
                "VNM",
                "visit",
                "2023-09-04",
                "2023-09-06",
            ),
        ),
        # "met here Tuesday": the dateline says where, the document's date says when.
        (
            "ghana",
            "meeting",
            ("Wang Dongmei", "Kwame Asante", "Workers' Party of Ghana", "CHN", "host", "2024-03-12", "2024-03-12"),
        ),
        (
            "geneva",
            "meeting",
            (
                "Zhao Jianping",
                "Maria Fernandez",
                "Socialist Party of Chile",
                "CHE",
                "third-place",
                "2023-06-20",
                "2023-06-20",
            ),
        ),
        (
            "anc",
            "meeting",
            (
                "Guo Hailin",
                "Thabo Mokoena",
                "African National Congress",  # the party, named with its own country
                "CHN",
                "host",
                "2023-11-02",
                "2023-11-02",
            ),
        ),
        ("cambodia", "visit", ("Hu Guangyao", "", "", "KHM|LAO", "visit", "2023-11-20", "2023-11-25")),
        ("nicaragua", "visit", ("Rosa Elena Morales", "", "", "CHN", "visit", "2023-04-03", "2023-04-03")),
        # "last week" against a Monday date is the previous Monday-to-Sunday.
        ("scmp", "meeting", ("Tang Wenhao", "Peter Kenilorea Manele", "", "SLB", "visit", "2024-07-01", "2024-07-07")),
    ],
)
def test_agency_reports(key, kind, expected, extract):
    assert _fields(_event(extract, key, kind), *FIELDS) == expected


def test_agency_visit_duration(extract):
    assert _event(extract, "nicaragua", "visit")["duration_days"] == 5


def test_agency_appointment_has_month_from_document_date(extract):
    event = _event(extract, "appointment", "appointment")
    assert _fields(event, "actor", "counterpart_id", "start", "date_precision") == (
        "Chen Yuhang",
        "org:ild",
        "2024-05",
        "month",
    )


def test_a_gathering_attended_is_coded_but_unnamed_people_met_are_not(extract):
    """"attended a seminar on party governance" is a gathering the official attended, at home,
    and so did the researcher joined to him as the subject; "met opposition figures" names no one to code."""
    seminar, second = extract("namesakes")["events"]
    assert (second["kind"], second["actor"], second["places"]) == ("summit", "Zhang Lihua", "CHN")
    assert (seminar["kind"], seminar["actor"], seminar["counterpart"], seminar["places"], seminar["mode"]) == (
        "summit", "Zhang Wenjun", "seminar on party governance", "CHN", "host")
    assert (seminar["start"], seminar["date_basis"], seminar["status"]) == ("2023-10-11", "relative", "reported")
    assert [e["kind"] for e in extract("scmp")["events"]] == ["meeting"]


def test_an_undated_event_takes_its_reports_date_and_says_so(extract):
    """A news report's undated event happened by the day it was published; a report with no
    date, or known only to the year (a reference page), leaves it undated."""
    text = "Party official in Laos\n\nLi Jun, head of the International Department, visited Laos.\n"
    rows = extract(text, "2024-01-10")["events"]
    assert [(e["kind"], e["places"], e["start"], e["date_precision"], e["date_basis"]) for e in rows] == [
        ("visit", "LAO", "2024-01-10", "day", "document date")
    ]
    assert all(e["duration_days"] is None or math.isnan(e["duration_days"]) for e in rows)
    for published in (None, "2024"):
        (undated,) = extract(text, published)["events"]
        assert (undated["start"], undated["date_precision"], undated["date_basis"]) == ("", "unknown", "")
    planned = extract(text.replace("visited", "will visit"), "2024-01-10")["events"]
    assert [(e["status"], e["start"], e["date_basis"]) for e in planned] == [("planned", "2024-01-10", "document date")]
    called_off = extract(text.replace("visited Laos", "saw his visit to Laos cancelled"), "2024-01-10")["events"]
    assert [(e["status"], e["start"]) for e in called_off] == [("denied", "")]


def test_day_range_with_bare_second_day(extract):
    text = ("PHNOM PENH, Nov. 18 (Xinhua) -- Hu Guangyao will visit Cambodia from Nov. 20 to 25 "
            "at the invitation of the party.\n")
    rows = extract(text, "2023-11-18")["events"]
    assert [(e["start"], e["end"]) for e in rows] == [("2023-11-20", "2023-11-25")]


def test_the_seeds_read_as_the_genre_issue_asks(tables):
    """On the seeds: the Cuban delegation is the Communist Party of Cuba, in government that day;
    the embassy's hoped-for meeting and the Rome trip are plans; the trip and the open-day talk
    are dated, and say how; the China Daily report's authors are its byline and photo credit."""
    events = tables.events.set_index("event_id")
    talk = events.loc["004_bb9a6ea2df670ab5:e000"]
    assert (talk.kind, talk.counterpart_party_id, talk.counterpart_country, talk.counterpart_party_in_government) == (
        "meeting", "pcc-cub", "CUB", "yes")
    assert (talk.start, talk.date_basis) == ("2016-06-26", "document date")
    rome = events.loc["000_d6caded5e31713c2:e000"]
    assert (rome.kind, rome.places, rome.status, rome.start, rome.date_basis) == (
        "visit", "ITA", "planned", "2023-06", "document date")
    embassy = events[events.actor.str.contains("Embassy")]
    assert list(embassy.status) == ["planned"] and list(embassy.counterpart) == ["Maria Tripodi"]
    authors = tables.documents.set_index("doc_id").loc["004_bb9a6ea2df670ab5", "authors"]
    assert authors == "Zhang Yunbi|Zou Hong"


def test_an_agreement_is_the_document_its_own_clause_names(extract):
    text = ("Parties sign exchange plan\n\nThe two parties reviewed the Agreement on Party Cooperation of 2019; "
            "Zhou Mingyuan signed a Memorandum of Understanding on Youth Exchanges in Vientiane on Monday.\n")
    (agreement,) = [e for e in extract(text, "2024-03-26")["events"] if e["kind"] == "agreement"]
    assert agreement["counterpart"] == "Memorandum of Understanding on Youth Exchanges"
