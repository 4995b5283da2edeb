"""English event rules of round 17 (constructions of the genre, each tried in three wordings, with one that must not
fire): a plan a reporting verb tells is its own subject's, never the speaker's; an ambassador meets in his posting;
several parties' delegations told at once stand for their leaders; an arrival in one's own country is no trip.
Every sentence is invented in the genre."""

from readout_rows import en_events as _events
from readout_rows import en_people as _people
from readout_rows import fields_of as _rows

# 1. "X said (told reporters that) <others> will ...": the plan is the reported subject's, never the speaker's.

def test_a_speaker_s_report_of_trainees_plan_is_not_his_meeting(extract):
    body = "Zhou Ming told reporters that the trainees will meet local officials and attend the party congress."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor")
    assert not any(actor == "Zhou Ming" for _, actor in rows)


def test_a_listed_plan_of_youth_members_is_not_the_speaker_s(extract):
    body = "Li Ping said that members of the youth league will tour Shanghai, meet officials and attend the seminar."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor")
    assert not any(actor == "Li Ping" for _, actor in rows)


def test_a_party_s_cadres_announced_to_visit_is_not_the_speaker_s_trip(extract):
    body = "Li Ping announced that the party's cadres would visit Zambia and attend a workshop in Lusaka."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor")
    assert ("visit", "Li Ping") not in rows
    assert ("summit", "Li Ping") not in rows


def test_what_a_speaker_told_a_host_his_country_will_send_is_not_his_trip(extract):
    body = "Li Ping told President Joseph Banda that China will send a delegation to visit Zambia next month."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor")
    assert ("visit", "Li Ping") not in rows
    assert ("visit", "Joseph Banda") not in rows  # nor the one told


def test_a_plan_said_on_a_day_is_still_the_reported_subject_s(extract):
    body = "Li Ping said on Monday that the trainees will meet officials and attend the seminar."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor")
    assert not any(actor == "Li Ping" for _, actor in rows)


def test_a_named_person_s_reported_plan_is_his(extract):
    body = "Li Ping said President Joseph Banda will visit China and attend the Forum in Beijing."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places", "status")
    assert ("visit", "Joseph Banda", "CHN", "planned") in rows
    assert ("summit", "Joseph Banda", "CHN", "planned") in rows
    assert not any(actor == "Li Ping" for _, actor, _, _ in rows)


def test_the_speaker_s_own_plan_told_with_he_stays_his_and_planned(extract):
    body = "Zhou Ming said that he will visit Lusaka and meet President Joseph Banda next week."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "status")
    assert ("meeting", "Zhou Ming", "Joseph Banda", "planned") in rows


# 3. An ambassador meets where he is posted: in the country "to" names, else in the other side's country.

def test_an_ambassador_to_china_who_called_on_a_vice_minister_is_in_china(extract):
    body = "Cambodian Ambassador to China Khek Sovann called on ILD Vice Minister Li Ping on Tuesday."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places", "start")
    assert ("meeting", "Khek Sovann", "Li Ping", "CHN", "2024-06-04") in rows


def test_a_vice_minister_met_an_ambassador_to_china_in_china(extract):
    body = "Li Ping, vice minister of the International Department, met with Lao Ambassador to China Khamla Vongsa."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Li Ping", "Khamla Vongsa", "CHN") in rows


def test_a_chinese_ambassador_meets_a_party_leader_in_his_country(extract):
    body = ("Chinese Ambassador Chen Song met Joseph Banda, chairman of the Patriotic Front of Zambia, at the party "
            "headquarters on Monday.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Chen Song", "Joseph Banda", "ZMB") in rows


def test_a_chinese_ambassador_to_nepal_called_on_a_party_chairman_with_a_bracketed_acronym(extract):
    body = "Chinese Ambassador to Nepal Chen Song called on CPN (UML) Chairman Ram Bahadur Thapa on Monday."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Chen Song", "Ram Bahadur Thapa", "NPL") in rows


def test_an_ambassador_meeting_his_own_country_s_minister_is_placed_by_no_posting(extract):
    body = "Chinese Ambassador to Zambia Chen Song met Vice Minister Li Ping on Monday."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Chen Song", "Li Ping", "") in rows


def test_the_ambassador_s_posting_is_not_his_home(extract):
    body = "Cambodian Ambassador to China Khek Sovann said ties were strong."
    assert "Khek Sovann" in _people(extract, body, "2024-06-06")


# 4. "Separate delegations of the A and the B met Y": each delegation's leader is a side, the parties none.

def test_separate_delegations_met_with_their_leaders_named(extract):
    body = ("Separate delegations of the ANC, led by Joseph Banda, and of Swapo, led by Peter Mwale, met Li Ping in "
            "Beijing on Monday.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Joseph Banda", "Li Ping", "CHN") in rows
    assert ("meeting", "Peter Mwale", "Li Ping", "CHN") in rows
    assert len(rows) == 2


def test_a_host_met_separate_delegations_led_by_two(extract):
    body = "Li Ping met separate delegations of the ANC led by Joseph Banda and the SACP led by Peter Mwale in Beijing."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart")
    assert rows == [("meeting", "Li Ping", "Joseph Banda"), ("meeting", "Li Ping", "Peter Mwale")]


def test_two_delegations_led_by_two_visited(extract):
    body = ("Two delegations, from the ANC led by Joseph Banda and from the SACP led by Peter Mwale, visited China "
            "last week.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places")
    assert rows == [("visit", "Joseph Banda", "CHN"), ("visit", "Peter Mwale", "CHN")]


def test_separate_delegations_with_no_leader_are_no_party_rows(extract):
    body = "Separate delegations of the Nepali Congress and the CPN (UML) met Li Ping in Beijing on Monday."
    assert _events(extract, body, "2024-06-06") == []


def test_one_delegation_led_by_x_is_still_met(extract):
    body = "Li Ping met a delegation of the ANC led by Joseph Banda in Beijing."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places")
    assert rows == [("meeting", "Li Ping", "Joseph Banda", "CHN")]


# 5. An arrival in the traveller's own country is a homecoming, no trip abroad.

def test_a_nepali_leader_arriving_in_kathmandu_from_beijing_makes_no_trip_home(extract):
    body = "Nepali Prime Minister Ram Bahadur Thapa arrived in Kathmandu on Wednesday from Beijing."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places")
    assert ("visit", "Ram Bahadur Thapa", "NPL") not in rows


def test_a_chinese_envoy_arriving_in_beijing_after_a_tour_visited_only_the_tour(extract):
    body = "Li Ping arrived in Beijing on Friday after his tour of Zambia."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places")
    assert rows == [("visit", "Li Ping", "ZMB")]


def test_a_zambian_leader_who_flew_into_lusaka_visited_only_china(extract):
    body = "Zambian President Joseph Banda flew into Lusaka on Wednesday after a week in Beijing."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places")
    assert rows == [("visit", "Joseph Banda", "CHN")]


def test_a_foreign_leader_arriving_in_beijing_is_still_on_a_trip(extract):
    body = "Nepali Prime Minister Ram Bahadur Thapa arrived in Beijing on Wednesday for a visit."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places", "start")
    assert ("visit", "Ram Bahadur Thapa", "CHN", "2024-06-05") in rows


# 6. Attendance told other ways (recurring in dev reports of different outlets).
# A gathering told with no host, then "X said in his keynote speech": X attended it, where and when it was held;
# its name may go on past the head noun, with a theme in quotes, before "was held".

def test_a_keynote_speaker_attends_a_hostless_dialogue_with_a_theme(extract):
    body = ("BEIJING, May 26 (Xinhua) -- The CPC in Dialogue with Political Parties of Central Asian Countries with "
            "the theme of \"Shared Future: Parties in Action\" was held in Beijing from May 25 to 26.\n\n"
            "Li Ping, head of the International Department, said in his keynote speech that China values its "
            "neighbors.")
    rows = _rows(_events(extract, body, "2024-05-26"), "kind", "actor", "places", "start")
    assert ("summit", "Li Ping", "CHN", "2024-05-25") in rows


def test_in_her_address_the_speaker_attends_a_hostless_forum(extract):
    body = ("The China-Africa Political Parties Forum was held in Dar es Salaam on Monday. In her address, Grace "
            "Mwale, secretary general of the ruling party, said parties must learn from each other.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places", "start")
    assert ("summit", "Grace Mwale", "TZA", "2024-06-03") in rows


def test_a_speaker_who_said_nothing_of_a_speech_attends_nothing(extract):
    body = ("The China-Africa Political Parties Forum was held in Dar es Salaam on Monday. Grace Mwale, a lecturer at "
            "the university, said in an interview that such forums matter.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor")
    assert ("summit", "Grace Mwale") not in rows


# "is leading a delegation to come to attend the congress", "led a delegation to travel to Athens to attend":
# the trip's purpose past "come to" or "travel to <place>" is its attendance.

def test_leading_a_delegation_to_come_to_attend_a_congress(extract):
    body = "Li Ping is leading a CPC delegation to come to attend the 18th congress of the KKE in Athens."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places")
    assert ("summit", "Li Ping", "GRC") in rows


def test_led_a_delegation_to_travel_to_a_capital_to_attend_a_congress(extract):
    body = "Li Ping led a CPC delegation to travel to Athens to attend the 18th congress of the KKE."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places")
    assert ("visit", "Li Ping", "GRC") in rows
    assert ("summit", "Li Ping", "GRC") in rows


# A party's congress named with no place is held in the party's country.

def test_a_congress_of_a_party_is_held_in_its_country(extract):
    body = "Li Ping attended the ninth congress of the Lao People's Revolutionary Party on Tuesday."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places", "start")
    assert ("summit", "Li Ping", "LAO", "2024-06-04") in rows


def test_a_delegation_led_to_attend_a_party_s_congress_is_in_its_country(extract):
    body = "Li Ping, who is leading a CPC delegation to attend the 18th congress of the KKE, said so on Wednesday."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places")
    assert ("summit", "Li Ping", "GRC") in rows


def test_a_party_s_plenum_is_held_in_its_country(extract):
    body = "Zhou Ming took part in the plenum of the Communist Party of Vietnam as a guest."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places")
    assert ("summit", "Zhou Ming", "VNM") in rows


def test_a_congress_with_its_own_place_keeps_it(extract):
    body = "Li Ping attended the congress of the Lao People's Revolutionary Party held in Beijing on Tuesday."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places")
    assert ("summit", "Li Ping", "CHN") in rows


# "X, Prime Minister of Peru, received (met at his office with) Y": the post's country closes an appositive (no
# country receiving), and the host is at home.

def test_a_host_with_a_post_of_a_country_after_his_name_received_a_guest_at_home(extract):
    body = "Carlos Mendoza, Prime Minister of Peru, received Li Ping on Monday."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places", "start")
    assert ("meeting", "Carlos Mendoza", "Li Ping", "PER", "2024-06-03") in rows


def test_a_host_met_a_guest_at_his_office(extract):
    body = ("On July 20th, Carlos Mendoza, Prime Minister of Peru, met at his office with Li Ping, member of the "
            "Political Bureau.")
    rows = _rows(_events(extract, body, "2024-07-22"), "kind", "actor", "counterpart", "places", "start")
    assert ("meeting", "Carlos Mendoza", "Li Ping", "PER", "2024-07-20") in rows


def test_a_lower_case_post_of_a_country_after_the_name(extract):
    body = "Amara Diallo, president of Senegal, received Li Ping on Monday."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Amara Diallo", "Li Ping", "SEN") in rows


def test_a_friend_of_a_country_is_not_from_it(extract):
    body = "Amara Diallo, a long-time friend of China, received Li Ping on Monday."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Amara Diallo", "Li Ping", "CHN") not in rows


# A Chinese host meeting a foreign group "led (headed) by" its leader, placed nowhere else, meets at home.

def test_a_chinese_host_met_a_study_group_headed_by_its_leader_in_china(extract):
    body = ("Xu Ming, vice minister of the International Department, met with the study group of young politicians "
            "of the Party of the European Left headed by Paolo Ferrero on Wednesday.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Xu Ming", "Paolo Ferrero", "CHN") in rows


def test_a_chinese_host_met_a_delegation_led_by_its_leader_in_china(extract):
    body = "Li Ping met a delegation of the Nepali Congress led by Sita Gurung on Wednesday."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Li Ping", "Sita Gurung", "CHN") in rows


def test_a_chinese_host_held_talks_with_a_team_headed_by_its_leader_in_china(extract):
    body = "Zhou Ming held talks with a youth team from the Patriotic Front headed by Joseph Banda."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Zhou Ming", "Joseph Banda", "CHN") in rows


def test_a_chinese_visitor_abroad_met_a_local_delegation_where_he_is(extract):
    body = "Li Ping, who is visiting Zambia, met a delegation of the ruling party led by Joseph Banda."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Li Ping", "Joseph Banda", "ZMB") in rows


def test_a_foreign_host_met_a_chinese_delegation_not_in_china(extract):
    body = "Joseph Banda met a CPC delegation led by Li Ping on Wednesday."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Joseph Banda", "Li Ping", "CHN") not in rows


# "The video summit, which gathered parties from 160 countries, was attended in Belgrade by A, B and C": the
# gathering's passive attendance past an aside set off by commas.

def test_a_summit_with_an_aside_was_attended_in_a_capital_by_an_ambassador(extract):
    body = ("The video summit, which gathered the CPC and parties from more than 160 countries, was attended in "
            "Belgrade by party leaders, Chinese Ambassador to Serbia Chen Bo, and some 300 party members.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places")
    assert ("summit", "Chen Bo", "SRB") in rows


def test_a_forum_with_an_aside_was_attended_by_a_vice_minister(extract):
    body = ("The forum, which brought together 40 parties, was attended by Vice Minister Li Ping in Nairobi on "
            "Monday.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places", "start")
    assert ("summit", "Li Ping", "KEN", "2024-06-03") in rows


def test_a_seminar_with_an_aside_was_addressed_by_a_minister(extract):
    body = "The seminar, which lasted two days, was addressed by Minister Joseph Banda in Lusaka."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places")
    assert ("summit", "Joseph Banda", "ZMB") in rows


def test_one_who_praised_a_summit_with_an_aside_attends_nothing(extract):
    body = "The summit, which was attended by 40 party leaders, was praised by Li Ping in a statement on Monday."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor")
    assert ("summit", "Li Ping") not in rows
