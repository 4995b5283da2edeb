"""English event rules of round 16 (constructions of the genre, each tried in several wordings, with one that must
not fire): bare names listed after a group of people and "including"; a surname alone closing a post's apposition
("the First Vice-Chairman of the Senate, Karimov,"); a bare infinitive joined by "and" after a reporting or
inviting verb is not the speaker's act. Every sentence is invented in the genre."""

from readout_rows import en_events as _events
from readout_rows import en_people as _people
from readout_rows import fields_of as _rows

# 1. "met leaders of the party, including A and B": A and B are people the meeting's subject met.

def test_bare_names_after_including_are_met(extract):
    body = ("LUSAKA, June 5 (Xinhua) -- Zhou Ming, vice minister of the International Department, met leaders of "
            "the ruling party on Wednesday, including Amos Kiprono and Daniel Otieno.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "status")
    assert ("meeting", "Zhou Ming", "Amos Kiprono", "reported") in rows
    assert ("meeting", "Zhou Ming", "Daniel Otieno", "reported") in rows


def test_three_names_after_including_officials(extract):
    body = ("The CPC delegation led by Zhou Ming met senior officials of the party in Lusaka, including Joseph "
            "Banda, Peter Mwale and Grace Phiri.")
    assert {"Joseph Banda", "Peter Mwale", "Grace Phiri"} <= _people(extract, body, "2024-06-06")


def test_members_including_two_names_are_people(extract):
    body = "Li Ping met members of the Communist Youth League, including Tendai Chikowore and Farai Ncube."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart")
    assert ("meeting", "Li Ping", "Tendai Chikowore") in rows
    assert ("meeting", "Li Ping", "Farai Ncube") in rows


def test_countries_after_including_are_no_people(extract):
    body = "The delegation met senior officials of several countries, including South Africa and North Korea."
    assert _people(extract, body, "2024-06-06") == set()


# 2. "the <Post> of <Body>, Surname,": a surname alone closing the apposition is a person.

def test_a_surname_alone_after_a_post_of_a_body(extract):
    body = "During his stay in Tashkent, Zhou Ming met the First Vice-Chairman of the Uzbek Senate, Karimov, on Monday."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Zhou Ming", "Karimov", "UZB") in rows


def test_a_surname_alone_closing_the_sentence(extract):
    body = "Zhou Ming also held talks with the Speaker of the National Assembly, Rasulov."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart")
    assert ("meeting", "Zhou Ming", "Rasulov") in rows


def test_a_surname_alone_before_said(extract):
    body = "The Deputy Prime Minister of Vietnam, Khai, said ties with the CPC are a priority."
    assert "Khai" in _people(extract, body, "2024-06-06")


def test_a_place_after_a_comma_with_no_post_is_no_person(extract):
    body = "Zhou Ming met the delegation in the capital, Tashkent, and discussed ties with the Uzbek side."
    assert _people(extract, body, "2024-06-06") == {"Zhou Ming"}


# 4. A bare infinitive joined by "and" after a reporting or inviting verb: not the speaker's act.

def test_what_a_speaker_says_others_will_attend_is_not_his(extract):
    body = "Li Ping said the students will study Chinese, visit factories and attend the seminar in Beijing."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor")
    assert ("summit", "Li Ping") not in rows


def test_an_invitation_to_visit_and_attend_is_not_the_inviter_s(extract):
    body = "Li Ping invited President Joseph Banda to visit China and attend the Forum next year."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor")
    assert ("summit", "Li Ping") not in rows


def test_told_reporters_the_delegates_would_tour_and_attend(extract):
    body = "Zhou Ming told reporters the delegates would tour Shanghai and attend a summit on trade."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor")
    assert ("summit", "Zhou Ming") not in rows


def test_a_speaker_s_own_plan_to_visit_and_attend_stays_his(extract):
    body = "Li Ping said he will visit Zambia and attend the party congress next week."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places", "status")
    assert ("visit", "Li Ping", "ZMB", "planned") in rows
    assert ("summit", "Li Ping", "ZMB", "planned") in rows


# 3. "The delegation led by X also visited the parliament and met Speaker Y": X meets Y; a visit to a body is no trip.

def test_the_delegation_led_by_x_visited_a_body_and_met_y(extract):
    body = "The delegation led by Li Ping also visited the Kenyan parliament and met Speaker Moses Wekesa."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart")
    assert ("meeting", "Li Ping", "Moses Wekesa") in rows
    assert not any(r[0] == "visit" for r in rows)


def test_the_delegation_comma_led_by_x_toured_and_held_talks(extract):
    body = ("NAIROBI, June 5 (Xinhua) -- The CPC delegation, led by Li Ping, toured the National Assembly and held "
            "talks with Speaker Moses Wekesa.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places", "start")
    assert ("meeting", "Li Ping", "Moses Wekesa", "KEN", "2024-06-05") in rows


def test_a_delegation_headed_by_x_toured_a_farm_and_met_a_governor(extract):
    body = "A delegation headed by Li Ping toured a tea farm and met Governor Moses Wekesa."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart")
    assert ("meeting", "Li Ping", "Moses Wekesa") in rows


def test_a_delegation_led_by_x_that_is_no_subject_meets_no_one(extract):
    body = "Kenyan officials welcomed the delegation led by Li Ping and met Speaker Moses Wekesa."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart")
    assert ("meeting", "Li Ping", "Moses Wekesa") not in rows


# A listed meeting on a tour: the side named after "the <Post> of <Body>," is from that body's country, which places
# the meeting there (not the body an appositive after the name gives the next listed person).

def test_a_tour_meeting_is_placed_by_the_body_before_the_name(extract):
    body = ("Zhou Ming led a CPC delegation to visit Kazakhstan and Uzbekistan from June 1 to 6. They met with the "
            "Speaker of the Kazakh Senate, Ashimov, and the First Vice-Chairman of the Uzbek Senate, Karimov, "
            "Deputy Speaker of the Legislative Assembly Rakhimov.")
    rows = _rows(_events(extract, body, "2024-06-07"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Zhou Ming", "Karimov", "UZB") in rows
    assert ("meeting", "Zhou Ming", "Ashimov", "KAZ") in rows


def test_the_body_before_a_surname_on_a_two_country_trip(extract):
    body = ("Li Ping led a CPC delegation to visit Kyrgyzstan and Tajikistan from May 2 to 9. They also met with "
            "the Speaker of the Kyrgyz Parliament, Turgunov, and the Chairman of the Tajik Assembly, Rahimov, Head "
            "of the Kyrgyz Writers Union Asanov.")
    rows = _rows(_events(extract, body, "2024-06-07"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Li Ping", "Rahimov", "TJK") in rows


def test_a_one_country_meeting_keeps_its_place(extract):
    body = ("HANOI, June 4 (Xinhua) -- Zhou Ming met with the Chairman of the Commission for External Relations, "
            "Nguyen Van Long, on Tuesday.")
    rows = _rows(_events(extract, body, "2024-06-07"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Zhou Ming", "Nguyen Van Long", "VNM") in rows
