"""Tenure claims: appositives, titles before names, careers, infobox fields, appointments."""
import pytest
from liaison.extract.pipeline import build_tables
from liaison.load.corpus import load_corpus

SEED_ROME = "000_d6caded5e31713c2"


@pytest.fixture(scope="module")
def positions():
    return build_tables(load_corpus("seeds")).positions


def _rows(frame, person, **where):
    rows = frame[frame.person == person]
    for column, value in where.items():
        rows = rows[rows[column] == value]
    return rows


def _one(frame, person, **where):
    rows = _rows(frame, person, **where)
    assert len(rows) == 1, f"{person} {where}: {len(rows)} rows"
    return rows.iloc[0]


@pytest.mark.parametrize("person, title, organization_id, status", [
    ("Song Tao", "head", "org:ild", "current"),  # "Song Tao, head of the CPC International Department"
    ("Song Tao", "vice-foreign minister", "", "ended"),  # "who is a former vice-foreign minister"
    ("Jia Guide", "ambassador to Italy", "place:CHN", "current"),  # "the Chinese ambassador to Italy, Jia Guide"
    ("Maria Tripodi", "Undersecretary", "", "current"),
    ("Wang Ning", "party boss", "place:CHN:yunnan", "current"),
    ("Wang Jian", "director", "org:institute-of-international-relations", "current"),
    ("Ma Xingrui", "Communist Party chief", "place:CHN:xinjiang", "current"),
    ("Liu Ning", "party chief", "place:CHN:guangxi", "current"),
    ("Wu Xingtang", "chief", "org:ild", "ended"),  # "a former chief of the department's policy research branch"
    ("Xu Liping", "researcher on Southeast Asian studies", "org:cass", "current"),
])
def test_appositives_and_titles(positions, person, title, organization_id, status):
    row = _one(positions, person, title=title)
    assert (row.organization_id, row.status) == (organization_id, status)


def test_career_list_gives_four_ended_posts(positions):
    rows = _rows(positions, "Liu Jianchao", doc_id=SEED_ROME, cue="career list")
    assert sorted(rows.title) == [
        "Director-General",
        "ambassador to Indonesia",
        "ambassador to the Philippines",
        "spokesperson",
    ]
    assert set(rows.status) == {"ended"}
    assert _one(rows, "Liu Jianchao", title="spokesperson").organization_id == "org:mfa_prc"


def test_post_with_a_date_range_is_ended_with_both_ends(positions):
    row = _one(positions, "Liu Jianchao", organization_id="org:fugitive_office")
    assert (row.title, row.start, row.end, row.status) == ("head", "2015-08", "2017-04", "ended")


def test_infobox_fields(positions):
    deputies = positions[(positions.cue == "infobox") & (positions.title == "deputy minister")]
    assert sorted(deputies.person) == ["Chen Zhou", "Li Mingxiang", "Lu Kang", "Sun Haiyan"]
    assert set(deputies.organization_id) == {"org:ild"}
    assert _one(positions, "Liu Jianchao", cue="infobox").title == "head"


def test_appointment_date_resolves_against_the_document_date(extract):
    """"Liu's appointment as the head ... in June last year", read in a copy dated 2023-06."""
    text = (load_corpus("seeds").documents.set_index("doc_id").at["001_086b57c32b2f9de0", "text"])
    rows = [p for p in extract(text, "2023-06")["positions"] if p["cue"] == "appointment"]
    assert [(p["person"], p["organization_id"], p["start"]) for p in rows] == [("Liu Jianchao", "org:ild", "2022-06")]


FIELDS = ("title", "organization_id", "start", "end", "status")


@pytest.mark.parametrize("key, person, expected", [
    ("hanoi", "Li Xiaoming", ("vice minister", "org:ild", "", "", "current")),  # the visit's dates are not the post's
    ("ghana", "Wang Dongmei", ("head", "org:ild", "", "", "current")),
    ("geneva", "Maria Fernandez", ("secretary general", "party:ps-chl", "", "", "current")),
    ("appointment", "Chen Yuhang", ("head", "org:ild", "2024-05", "", "current")),
    ("namesakes", "Zhang Lihua", ("researcher", "org:china-institute-of-international-studies", "", "", "current")),
    ("scmp", "Tang Wenhao", ("deputy head", "org:ild", "", "", "current")),
])
def test_agency_positions(key, person, expected, extract):
    rows = [p for p in extract(key)["positions"] if p["person"] == person and p["title"] == expected[0]]
    assert [tuple(p[f] for f in FIELDS) for p in rows] == [expected]


def test_coordinated_titles_are_two_posts(extract):
    rows = [(p["title"], p["organization_id"]) for p in extract("cambodia")["positions"]]
    assert ("party secretary", "place:CHN:jiangxi") in rows and len(rows) == 2


def test_previous_post_and_former_ambassador_are_ended(extract):
    assert [(p["title"], p["organization_id"], p["status"]) for p in extract("appointment")["positions"]
            if p["status"] == "ended"] == [("party secretary", "place:CHN:hainan", "ended")]
    assert [(p["title"], p["status"]) for p in extract("scmp")["positions"] if p["status"] == "ended"] == [
        ("ambassador to Fiji", "ended")]
