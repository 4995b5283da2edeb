"""English event rules of round 20, from constructions the new outlets' dev reports share (partner parties' sites,
partner-country state media, regional press), each tried in three wordings, with cases that must not fire: a past act
a reporting verb tells of a named person is that person's, not the speaker's; a gathering attended is where another
sentence of the report says it was (or will be) held; "<body> was represented by X" makes X the body's side of the
event just told, or an attendee of the gathering just told; "is in China this week" is a trip. Every sentence is
invented in the genre."""

from readout_rows import en_events as _events
from readout_rows import en_people as _people
from readout_rows import fields_of as _rows

# 1. "Li said, not long ago, President X visited China, where he met Xi": X's trip and meeting, not the speaker's.


def test_a_past_visit_told_after_said_and_a_comma_is_the_named_subject_s(extract):
    body = ("Li Ping said, last spring, Chairman Joseph Banda visited China, where he held talks with "
            "Premier Zhao Ming.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places")
    assert ("visit", "Joseph Banda", "", "CHN") in rows
    assert ("meeting", "Joseph Banda", "Zhao Ming", "CHN") in rows
    assert not any(actor == "Li Ping" for _, actor, _, _ in rows)


def test_a_past_meeting_told_after_recalled_that_is_the_named_subject_s(extract):
    body = "Zhou Ming recalled that Prime Minister Peter Mwale had held talks with Premier Zhao Ming in Beijing in May."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places", "start")
    assert rows == [("meeting", "Peter Mwale", "Zhao Ming", "CHN", "2024-05")]


def test_a_past_visit_told_after_said_is_the_named_subject_s(extract):
    body = "Li Ping said President Joseph Banda visited China last year and praised the ties between the parties."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places", "start")
    assert ("visit", "Joseph Banda", "CHN", "2023") in rows
    assert not any(actor == "Li Ping" for _, actor, _, _ in rows)


def test_the_speaker_s_own_past_visit_told_with_he_stays_his(extract):
    body = "Li Ping said he visited Zambia last year."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places")
    assert rows == [("visit", "Li Ping", "ZMB")]


# 2. A gathering attended whose clause says nowhere is where the report says a gathering of its word was held.


def test_speaking_at_a_conference_held_in_beijing_is_in_china(extract):
    body = ("A conference on party relations was held in Beijing on Monday. Speaking at the conference, Li Ping, "
            "Vice Minister of the International Department, said ties were strong.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places")
    assert ("summit", "Li Ping", "CHN") in rows


def test_a_planned_attendance_at_a_forum_to_be_held_in_hanoi_is_in_vietnam(extract):
    body = ("The forum will be held in Hanoi from May 3 to 5. President Joseph Banda will attend and deliver a "
            "speech at the forum's opening.")
    rows = _rows(_events(extract, body, "2024-04-06"), "kind", "actor", "places", "status")
    assert ("summit", "Joseph Banda", "VNM", "planned") in rows


def test_a_seminar_addressed_after_one_held_in_lusaka_is_in_zambia(extract):
    body = "A seminar on poverty reduction was held in Lusaka. Zhou Ming, Vice Minister, addressed the seminar."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places")
    assert ("summit", "Zhou Ming", "ZMB") in rows


def test_a_virtual_seminar_is_not_placed_by_another_held_in_lusaka(extract):
    body = "A seminar was held in Lusaka on Monday. Vice Minister Zhou Ming addressed a virtual seminar on Tuesday."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places")
    assert ("summit", "Zhou Ming", "") in rows


def test_a_seminar_is_not_placed_by_a_forum_held_elsewhere(extract):
    body = "The forum was held in Hanoi in 2019. Vice Minister Zhou Ming addressed the seminar on Monday."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places")
    assert ("summit", "Zhou Ming", "") in rows


# 3. "<body> was represented by X": X stands for the body in the event told just before.


def test_a_party_represented_by_its_president_at_a_meeting_is_his_meeting(extract):
    body = ("In Lusaka on Monday, a visiting CPC delegation led by Li Ping met with the leadership of Zambia's "
            "Patriotic Front. The Patriotic Front was represented by its President Joseph Banda, who was accompanied "
            "by its Secretary General Peter Mwale.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Li Ping", "Joseph Banda", "ZMB") in rows
    assert not any(cp in ("Patriotic Front (Zambia)", "Peter Mwale") for _, _, cp, _ in rows)


def test_a_party_named_by_its_letters_represented_by_its_president(extract):
    body = ("A CPC delegation led by Vice Minister Li Ping met with the leaders of the Zambia Democratic Alliance "
            "Party (ZDAP) in Lusaka last week. A party statement said the ZDAP was represented by its President "
            "Joseph Banda.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Li Ping", "Joseph Banda", "ZMB") in rows


def test_two_representatives_at_a_gathering_told_before_each_attend_it(extract):
    body = ("Some 250 party leaders from 80 countries gathered in Beijing on Monday for the dialogue. The Patriotic "
            "Front of Zambia was represented by its secretary general Joseph Banda and its international secretary "
            "Peter Mwale.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places")
    assert ("summit", "Joseph Banda", "CHN") in rows
    assert ("summit", "Peter Mwale", "CHN") in rows


def test_a_party_represented_in_court_is_no_event(extract):
    body = "The Patriotic Front was represented by lawyer Joseph Banda in the case before the High Court."
    assert _events(extract, body, "2024-06-06") == []


# 4. "is in China this week (on a visit)": the subject's trip.


def test_a_delegation_in_china_this_week_on_a_visit_is_its_leader_s_trip(extract):
    body = ("A delegation of Zambia's governing party, headed by its secretary general Joseph Banda, is in China this "
            "week on a visit to study rural roads and irrigation.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places")
    assert rows == [("visit", "Joseph Banda", "CHN")]


def test_a_leader_in_vietnam_this_week_is_on_a_trip(extract):
    body = "President Joseph Banda is in Vietnam this week."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places")
    assert rows == [("visit", "Joseph Banda", "VNM")]


def test_a_leader_in_laos_this_week_for_a_working_visit_is_on_a_trip(extract):
    body = "Vice Minister Li Ping is in Laos this week for a working visit."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places")
    assert rows == [("visit", "Li Ping", "LAO")]


def test_the_weather_in_china_this_week_is_no_trip(extract):
    assert _events(extract, "The weather in China this week is cold, Li Ping said.", "2024-06-06") == []


# 5. A meeting a crowd attended is a gathering: each person its list names attended it (no meeting between two).


def test_others_attended_and_addressed_the_meeting_under_a_dateline_is_a_gathering_there(extract):
    body = ("Lusaka, August 7th--The fourth meeting of the exchange mechanism between the governing parties of "
            "Zambia and China opened here in the afternoon. Joseph Banda, Secretary-General of the Patriotic Front, "
            "Peter Mwale, Chairman of the Patriotic Front, Li Ping, Vice Minister of the International Department, "
            "and others attended and addressed the meeting.")
    rows = _rows(_events(extract, body, "2024-08-08"), "kind", "actor", "places", "start")
    for person in ("Joseph Banda", "Peter Mwale", "Li Ping"):
        assert ("summit", person, "ZMB", "2024-08-07") in rows


def test_a_meeting_attended_by_named_guests_and_other_members_is_a_gathering(extract):
    body = ("The meeting, which the party's women's league hosted with the Chinese Embassy, was attended by the "
            "Zambian Ambassador to China, His Excellency Joseph Banda, the league's chairperson Hon. Peter Mwale, its "
            "treasurer Dr. John Phiri and some 90 other members.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart")
    assert ("summit", "Joseph Banda", "") in rows
    assert ("summit", "Peter Mwale", "") in rows
    assert ("summit", "John Phiri", "") in rows
    assert not any(kind == "meeting" for kind, _, _ in rows)


def test_a_crowd_at_an_online_meeting_is_placed_nowhere(extract):
    body = ("Lusaka, May 3--The Chinese Ambassador, His Excellency Li Ping, held an online meeting with members of "
            "the party's women's league. The meeting was attended by the league's chairperson Hon. Peter Mwale, its "
            "treasurer Dr. John Phiri and many others.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places")
    assert ("summit", "Peter Mwale", "") in rows
    assert ("summit", "John Phiri", "") in rows


def test_a_meeting_attended_by_two_named_people_stays_their_meeting(extract):
    body = "The meeting was attended by President Joseph Banda and Vice Minister Li Ping."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart")
    assert ("meeting", "Joseph Banda", "Li Ping") in rows
    assert not any(kind == "summit" for kind, _, _ in rows)


# 6. A host that "hosted" (or "played host to") a delegation receives its leader at home: his trip there.


def test_a_party_chairman_who_hosted_a_delegation_led_by_a_later_sentence_s_leader(extract):
    body = ("Lusaka. Patriotic Front Chairman Joseph Banda on Friday evening hosted a Chinese delegation for dinner at "
            "the party secretariat. The delegation was led by Li Ping, a Vice Minister of the International "
            "Department of the Communist Party of China.")
    rows = _rows(_events(extract, body, "2024-06-08"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Joseph Banda", "Li Ping", "ZMB") in rows
    assert ("visit", "Li Ping", "", "ZMB") in rows


def test_a_party_that_hosted_a_delegation_led_by_a_vice_minister(extract):
    body = "The Patriotic Front hosted a CPC delegation led by Vice Minister Li Ping in Lusaka on Monday."
    rows = _rows(_events(extract, body, "2024-06-08"), "kind", "actor", "places", "start")
    assert ("visit", "Li Ping", "ZMB", "2024-06-03") in rows


def test_a_party_that_played_host_to_a_delegation(extract):
    body = "The Patriotic Front of Zambia has played host to a CPC delegation led by Vice Minister Li Ping this week."
    rows = _rows(_events(extract, body, "2024-06-08"), "kind", "actor", "places")
    assert ("visit", "Li Ping", "ZMB") in rows


def test_a_host_with_no_country_told_codes_no_trip(extract):
    body = "President Joseph Banda hosted a delegation of the Communist Party of China led by Li Ping on Friday."
    rows = _rows(_events(extract, body, "2024-06-08"), "kind", "actor")
    assert ("visit", "Li Ping") not in rows


def test_a_party_that_hosted_a_medical_team_codes_no_trip(extract):
    body = "The Patriotic Front hosted a delegation of Chinese doctors led by Li Ping in Lusaka on Monday."
    rows = _rows(_events(extract, body, "2024-06-08"), "kind", "actor")
    assert ("visit", "Li Ping") not in rows


def test_officials_and_others_who_attended_a_meeting_told_between_two_people_sat_in(extract):
    body = ("Lusaka, March 28th--Joseph Banda, President of the Patriotic Front, met here today with Li Ping, Vice "
            "Minister of the International Department. Peter Mwale, Zambia's Minister of Commerce, John Phiri, Deputy "
            "Minister of Health of Zambia, and others attended the meeting.")
    rows = _rows(_events(extract, body, "2024-03-28"), "kind", "actor", "counterpart")
    assert ("meeting", "Joseph Banda", "Li Ping") in rows
    assert not any(kind == "summit" for kind, _, _ in rows)


def test_a_reception_hosted_for_a_delegation_is_no_trip_of_its_own(extract):
    body = ("On July 5 in Lusaka, Patriotic Front President Joseph Banda hosted a reception for a visiting "
            "delegation of the Communist Party of China. The Chinese delegation was led by Vice Minister Li Ping.")
    rows = _rows(_events(extract, body, "2024-07-06"), "kind", "actor")
    assert ("visit", "Li Ping") not in rows


# 7. Ties established found no body: the clause's own gathering is read ("Speaking at the conference, X said ...").


def test_contacts_established_leave_the_speaker_s_conference_held_in_beijing(extract):
    body = ("A conference on urban governance was held in Beijing. Speaking at the conference on urban governance, "
            "Mr. Li Ping, the head of the International Department, said that regular contacts had been established "
            "between the two parties.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "places")
    assert rows == [("summit", "Li Ping", "CHN")]


def test_relations_established_in_a_speech_at_a_forum_leave_the_forum(extract):
    body = ("Speaking at the forum, Vice Minister Li Ping said that diplomatic relations were established in 1964 and "
            "have grown ever since.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor")
    assert rows == [("summit", "Li Ping")]


def test_a_party_established_in_a_year_is_still_a_founding(extract):
    body = "The Patriotic Front was established in 1991 in Lusaka."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "counterpart", "start")
    assert ("founding", "Patriotic Front (Zambia)", "1991") in rows


# 8. A delegation of two named people: the second does what the delegation does, beside the first.


def test_a_delegation_comprising_two_ministers_visits_and_meets_as_two(extract):
    body = ("A Zambian delegation comprising Mr. Joseph Banda, Minister of Trade and Presidential Adviser Mr. Peter "
            "Mwale has completed a week-long visit to China. During the visit the delegation met with Chinese Vice "
            "Premier Zhao Ming.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places")
    for person in ("Joseph Banda", "Peter Mwale"):
        assert ("visit", person, "", "CHN") in rows
        assert ("meeting", person, "Zhao Ming", "CHN") in rows


def test_a_delegation_led_by_a_minister_and_an_ambassador_meets_its_host_twice(extract):
    body = ("Lusaka. On Friday evening Patriotic Front Chairman John Phiri hosted a Chinese delegation at the party "
            "secretariat in Lusaka. The delegation was led by Li Ping, Minister of the International Department of "
            "the Communist Party of China (IDCPC), and Chinese Ambassador to Zambia Wang Tao. Li also spoke of his "
            "recent meeting with President Joseph Banda.")
    rows = _rows(_events(extract, body, "2024-06-08"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "John Phiri", "Li Ping", "ZMB") in rows
    assert ("meeting", "John Phiri", "Wang Tao", "ZMB") in rows
    assert ("visit", "Li Ping", "", "ZMB") in rows
    assert ("visit", "Wang Tao", "", "ZMB") not in rows  # the ambassador is posted there
    assert not any(actor == "Wang Tao" and cp == "Joseph Banda" for _, actor, cp, _ in rows)  # Li's own meeting


def test_a_delegation_consisting_of_two_party_officials_visits_as_two(extract):
    body = ("A delegation consisting of Secretary General Joseph Banda and Deputy Secretary General Peter Mwale "
            "visited Vietnam from May 3 to 7.")
    rows = _rows(_events(extract, body, "2024-06-08"), "kind", "actor", "places", "start")
    assert ("visit", "Joseph Banda", "VNM", "2024-05-03") in rows
    assert ("visit", "Peter Mwale", "VNM", "2024-05-03") in rows


def test_a_delegation_comprising_three_members_leaves_the_members_out(extract):
    body = ("A delegation comprising Secretary General Joseph Banda, Deputy Secretary General Peter Mwale and "
            "Treasurer John Phiri visited Vietnam from May 3 to 7.")
    rows = _rows(_events(extract, body, "2024-06-08"), "kind", "actor")
    assert ("visit", "Peter Mwale") not in rows
    assert ("visit", "John Phiri") not in rows


# 9. A name after "<post> of <body> (ABBR), " that runs into its verb or ends the sentence is a person; a name the
# report spells twice, one inner word a letter apart, is one person.


def test_a_flagbearer_of_a_party_with_its_letters_who_held_discussions(extract):
    body = ("Flagbearer of the Progressive People's Party (PPP), Kwame Asante Boateng has held discussions with the "
            "Chinese Ambassador to Ghana, Mr. Li Ping, in Accra.")
    assert "Kwame Asante Boateng" in _people(extract, body, "2024-06-06")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart")
    assert ("meeting", "Kwame Asante Boateng", "Li Ping") in rows


def test_a_secretary_general_of_a_party_who_held_talks_in_lusaka(extract):
    body = ("The Secretary General of the Patriotic Front (PF), Joseph Banda held talks with Vice Minister Li Ping in "
            "Lusaka.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Joseph Banda", "Li Ping", "ZMB") in rows


def test_a_president_of_an_assembly_named_at_the_sentence_s_end(extract):
    body = ("Bolivia will send young party cadres to China for training, said the president of the Chamber of "
            "Deputies, Ramon Torres Medina.")
    assert "Ramon Torres Medina" in _people(extract, body, "2024-06-06")


def test_a_place_after_a_post_of_a_body_is_no_person(extract):
    body = "The head of the Department of Information, New Delhi said the visit was postponed."
    assert "New Delhi" not in _people(extract, body, "2024-06-06")


def test_a_name_spelt_twice_a_letter_apart_is_one_person(extract):
    body = ("Speaker Faleolo Tuimavave Lemalu held talks with Vice Minister Li Ping in Beijing. Samoa's Speaker of "
            "Parliament, Faleolo Tuimavaave Lemalu, heads a group of Pacific legislators touring China this week.")
    people = _people(extract, body, "2024-06-06")
    assert "Faleolo Tuimavave Lemalu" in people
    assert "Faleolo Tuimavaave Lemalu" not in people
