"""English event rules of round 11 (constructions of the genre, not of one set): "X is in <country> on a
four-day visit" is X's visit, and the meetings the report tells of X in those days are there; a meeting told
"During his stay ..., X also met Y" under a dateline abroad is where the wire is; "A and B attended the event"
is the gathering just told, where it was held; "the state visit to A by X in 2013 and Y's state visit to B in
2014" are two visits; a venue after "at" ("hosted him to dinner at ... at Marina Centre") is not whom a host met.
Every sentence is invented in the genre."""

from readout_rows import en_events as _events
from readout_rows import en_people
from readout_rows import fields_of as _rows


def test_is_in_a_country_on_a_visit_is_a_visit(extract):
    body = ("Hunan party secretary Wen Qiang met Foreign Minister Anna Petrova on Tuesday. Mr Wen is in Serbia on a "
            "three-day visit. During his visit, he called on President Boris Markovic.")
    rows = _rows(_events(extract, body, "2024-05-09"), "kind", "actor", "counterpart", "places")
    assert ("visit", "Wen Qiang", "", "SRB") in rows
    assert ("meeting", "Wen Qiang", "Boris Markovic", "SRB") in rows
    assert ("meeting", "Wen Qiang", "Anna Petrova", "SRB") in rows  # told before the trip, in its days


def test_a_stay_under_a_dateline_abroad_places_a_further_meeting(extract):
    body = ("SUVA, May 9 (Xinhua) -- Fijian Prime Minister Jone Tora met here Thursday with Gao Lin, vice chairman "
            "of the National Committee of the Chinese People's Political Consultative Conference. During his stay "
            "from Wednesday to Friday, Gao also met with Speaker of the Parliament Mere Vula.")
    rows = _rows(_events(extract, body, "2024-05-10"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Gao Lin", "Mere Vula", "FJI") in rows
    assert ("visit", "Gao Lin", "", "FJI") in rows  # his stay there is a visit
    assert not any(r[0] == "visit" and r[1] == "Jone Tora" for r in rows)


def test_attending_the_event_is_the_gathering_just_told(extract):
    body = ("Nanning, May 6th-The CPC in Dialogue with Political Parties of Pacific Island Countries was held here "
            "today. Zhou Ming, Vice-minister of the IDCPC and Li Bin, Secretary of the CPC Guangxi Regional "
            "Committee, attended the event.")
    rows = _rows(_events(extract, body, "2024-05-07"), "kind", "actor", "places", "start")
    assert ("summit", "Zhou Ming", "CHN", "2024-05-06") in rows
    assert ("summit", "Li Bin", "CHN", "2024-05-06") in rows


def test_two_visits_joined_by_and_are_two(extract):
    body = ("Party leader Maria Santos met the Chinese delegation. She recalled the state visit to Panama by "
            "President Wang Wenming in 2018 and the Hon. Maria Santos's official visit to China in 2019.")
    rows = _rows(_events(extract, body, "2024-05-07"), "kind", "actor", "places", "start")
    assert ("visit", "Wang Wenming", "PAN", "2018") in rows
    assert ("visit", "Maria Santos", "CHN", "2019") in rows
    assert not any(r[0] == "visit" and "|" in r[2] for r in rows)


def test_a_venue_after_at_is_not_whom_the_host_met(extract):
    body = ("Party secretary Wen Qiang yesterday evening met Deputy Prime Minister Tom Lee, who hosted him to "
            "dinner at the Jade Garden restaurant at Marina Centre.")
    rows = _rows(_events(extract, body, "2024-05-07"), "kind", "actor", "counterpart")
    assert ("meeting", "Wen Qiang", "Tom Lee") in rows
    assert not any("Marina" in r[2] for r in rows)


def test_a_name_before_and_a_deputy_post_is_a_name(extract):
    body = ("APIA, May 9 (Xinhua) -- Gao Lin, vice chairman of the National Committee of the Chinese People's "
            "Political Consultative Conference, met with Speaker of Legislative Assembly Tala Fuimaono and Deputy "
            "Speaker of Legislative Assembly Sione Leota, respectively, on Thursday.")
    rows = _rows(_events(extract, body, "2024-05-10"), "kind", "actor", "counterpart")
    assert ("meeting", "Gao Lin", "Tala Fuimaono") in rows
    assert ("meeting", "Gao Lin", "Sione Leota") in rows


def test_a_name_before_and_a_hyphenated_vice_post_is_a_name(extract):
    body = ("The dialogue was attended by leaders of parties, including Deputy Chairman of the Senate of Uzbekistan "
            "Rustam Karimov and Vice-Speaker of the Majlis of Tajikistan Zarina Rahimova.")
    people = en_people(extract, body, "2024-05-10")
    assert {"Rustam Karimov", "Zarina Rahimova"} <= people


def test_a_visit_told_by_its_last_day_holds_the_day_before(extract):
    body = ("Hunan party secretary Wen Qiang yesterday evening met Foreign Minister Anna Petrova. Mr Wen is in Serbia "
            "on a three-day visit that ends today.")
    rows = _rows(_events(extract, body, "2024-05-09"), "kind", "actor", "counterpart", "places", "start")
    assert ("meeting", "Wen Qiang", "Anna Petrova", "SRB", "2024-05-08") in rows
