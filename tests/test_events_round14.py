"""English event rules of round 14 (constructions of the genre, not of one set): "X's special envoy Y" makes Y the
subject; "is in <country>
for a visit and to co-chair (attend) ..." is a visit as well as the gathering; a speech at a gathering attends it;
"briefed <person> on" is a meeting; a dateline's agency is never the subject; "here while meeting" is at the
dateline. Every sentence is invented in the genre."""

from readout_rows import en_events as _events
from readout_rows import fields_of as _rows


def test_a_special_envoy_named_after_the_sender_makes_the_visit(extract):
    body = ("BEIJING -- President Zhao Lin's special envoy Zhou Ming will pay official visits to Ghana and Togo "
            "next week, a spokesperson said on Friday.")
    rows = _rows(_events(extract, body, "2024-06-07"), "kind", "actor", "places", "status")
    assert ("visit", "Zhou Ming", "GHA|TGO", "planned") in rows
    assert not any(r[1] == "Zhao Lin" for r in rows)


def test_a_special_envoy_and_vice_premier_meets_as_himself(extract):
    body = ("Chinese President Zhao Lin's special envoy and Vice Premier Zhou Ming met Ghanaian President John "
            "Mahama in Accra on Tuesday.")
    rows = _rows(_events(extract, body, "2024-06-07"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Zhou Ming", "John Mahama", "GHA") in rows


def test_a_possessor_of_a_delegation_stays_the_subject(extract):
    body = "Zhou Ming's delegation met with Kenyan President William Ruto in Nairobi on Tuesday."
    rows = _rows(_events(extract, body, "2024-06-07"), "kind", "actor", "counterpart")
    assert ("meeting", "Zhou Ming", "William Ruto") in rows


def test_in_a_country_for_a_visit_and_to_co_chair_is_a_visit_and_the_gathering(extract):
    body = ("Zhou Ming, Secretary of the CPC Guangxi Regional Committee, is in Vietnam for a visit and to co-chair "
            "a conference of party secretaries of border provinces.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places")
    assert ("visit", "Zhou Ming", "VNM") in rows
    assert ("summit", "Zhou Ming", "VNM") in rows


def test_on_a_working_visit_and_to_co_chair_a_meeting_is_the_visit_too(extract):
    body = ("HANOI, June 4 -- State Councilor Zhou Ming was in Hanoi on a working visit and to co-chair the 14th "
            "meeting of the Steering Committee for Bilateral Cooperation on Tuesday.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places")
    assert ("visit", "Zhou Ming", "VNM") in rows
    assert ("summit", "Zhou Ming", "VNM") in rows


def test_a_gathering_with_no_trip_before_it_gives_no_visit(extract):
    body = "Zhou Ming co-chaired a conference of party secretaries of border provinces in Hanoi on Tuesday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor")
    assert ("summit", "Zhou Ming") in rows and ("visit", "Zhou Ming") not in rows


def test_a_keynote_speech_delivered_at_a_summit_attends_it(extract):
    body = ("Zhou Ming delivered a keynote speech at the opening of the China-Africa Political Parties Dialogue in "
            "Dar es Salaam on Monday.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places", "start")
    assert ("summit", "Zhou Ming", "TZA", "2024-06-03") in rows


def test_a_speech_given_to_a_congress_attends_it(extract):
    body = "Zhou Ming gave a speech to the 12th Congress of the Communist Party of Vietnam in Hanoi on Tuesday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places")
    assert ("summit", "Zhou Ming", "VNM") in rows


def test_a_speech_retold_with_no_verb_of_giving_attends_nothing(extract):
    # withdrawn after review: "X's keynote speech at the forum" with no verb of giving is most often retold
    # ("recalled President Zhao Lin's keynote speech at the 2018 Boao Forum"), and gave the recaller a summit.
    body = "Secretary General Nguyen Van Long recalled President Zhao Lin's keynote speech at the 2018 Boao Forum."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor")
    assert not [r for r in rows if r[0] == "summit"]


def test_a_speech_at_a_place_that_is_no_gathering_attends_nothing(extract):
    for body in ("Foreign Minister Zhao Lin delivered a speech at a university in Hanoi ahead of the ASEAN summit.",
                 "Premier Li Hua made a speech at the welcoming banquet after the summit."):
        assert not [r for r in _rows(_events(extract, body, "2024-06-05"), "kind") if r[0] == "summit"]



def test_a_speech_at_a_university_or_the_remarks_retold_attend_nothing_new(extract):
    body = "Zhou Ming delivered a speech at Hanoi University on Tuesday."
    assert not [r for r in _rows(_events(extract, body, "2024-06-05"), "kind") if r[0] == "summit"]
    body = ("Zhou Ming addressed the World Political Parties Summit via video link on Tuesday. Zhou Ming made the "
            "remarks at the World Political Parties Summit.")
    assert len([r for r in _rows(_events(extract, body, "2024-06-05"), "kind") if r[0] == "summit"]) == 1


def test_briefed_a_leader_on_a_trip_keeps_the_trip(extract):
    # withdrawn after review: "briefed" is most often a minister reporting to his own leader.
    body = "Foreign Minister Tendai Moyo briefed President Samuel Dube on his visit to China last week."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart")
    assert not [r for r in rows if r[0] == "meeting"]


def test_briefed_reporters_is_no_meeting(extract):
    body = "The spokesperson briefed reporters on the visit of Zhou Ming to Kenya."
    assert not [r for r in _rows(_events(extract, body, "2024-06-05"), "kind") if r[0] == "meeting"]


def test_a_dateline_agency_is_never_the_subject(extract):
    body = "ISLAMABAD (Dunya News) - The Chinese delegation met with Chairman Imran Khan on Tuesday."
    assert not any(r[0] == "Dunya News" for r in _rows(_events(extract, body, "2024-06-05"), "actor"))
    body = "HANOI (VNA) – The Communist Party of Vietnam delegation met with Zhou Ming on Tuesday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart")
    assert ("meeting", "Communist Party of Vietnam", "Zhou Ming") in rows


def test_remarks_made_here_while_meeting_are_at_the_dateline(extract):
    body = ("BEIJING, June 4 (Xinhua) -- Zhou Ming on Tuesday called for closer party ties. Zhou made the remarks "
            "here while meeting with a U.S. bipartisan delegation led by former U.S. Secretary of State Anne Porter.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Zhou Ming", "Anne Porter", "CHN") in rows
    body = ("NAIROBI, June 4 (Xinhua) -- Zhou Ming on Tuesday called for closer party ties. Zhou made the remarks "
            "while meeting with Kenyan Senator Moses Wetangula.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Zhou Ming", "Moses Wetangula", "CHN") not in rows


def test_a_passive_list_of_hosts_each_meets_the_guest(extract):
    body = ("During his stay in Beijing, former Australian Prime Minister Tom Brown was met by Vice President Zhou "
            "Ming, Vice Premier Li Wei and former Premier Wang Lin.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart")
    for host in ("Zhou Ming", "Li Wei", "Wang Lin"):
        assert ("meeting", host, "Tom Brown") in rows or ("meeting", "Tom Brown", host) in rows


def test_a_guest_received_by_two_hosts_meets_each_where_told(extract):
    body = ("In Shanghai, Kenyan Senator Anne Porter was received by Party Secretary Zhou Ming and Mayor Li Wei on "
            "Monday.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart", "places", "start")
    assert ("meeting", "Zhou Ming", "Anne Porter", "CHN", "2024-06-03") in rows
    assert ("meeting", "Li Wei", "Anne Porter", "CHN", "2024-06-03") in rows


def test_a_former_or_then_post_goes_on_with_the_list(extract):
    body = ("President Zhao Lin met with Vice President Tom Brown, former State Councilor Li Wei, and then "
            "Premier Wang Lin.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart")
    assert {("meeting", "Zhao Lin", who) for who in ("Tom Brown", "Li Wei", "Wang Lin")} <= set(rows)
    body = "Zhou Ming held talks with Governor Ken Smith and former Senator Anne Porter in Sydney on Monday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Zhou Ming", "Anne Porter", "AUS") in rows


def test_a_name_opening_the_next_clause_ends_the_list(extract):
    body = "President Zhao Lin met with Vice President Tom Brown, and Li Wei attended the banquet."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart")
    assert ("meeting", "Zhao Lin", "Tom Brown") in rows and ("meeting", "Zhao Lin", "Li Wei") not in rows
    body = "Senator Anne Porter was received by Party Secretary Zhou Ming, and Li Wei later hosted a banquet."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart")
    assert not [r for r in rows if r[0] == "meeting" and "Li Wei" in r[1:]]


def test_in_a_place_for_some_days_is_no_trip_by_itself(extract):
    # withdrawn after review: "will be in Cambodia for five days" is as often tourists, "in Yangon for 300 days"
    # a posting.
    body = "Prime Minister Sok Dara said Chinese tourists will be in Cambodia for five days on average."
    assert not [r for r in _rows(_events(extract, body, "2024-06-05"), "kind") if r[0] == "visit"]


def test_a_thing_in_a_city_for_some_days_is_no_visit(extract):
    body = "The photo exhibition on China-Namibia friendship will be in Windhoek for three days."
    assert not _rows(_events(extract, body, "2024-05-02"), "kind")


def test_in_a_country_for_a_visit_and_to_attend_a_forum_attends_it_too(extract):
    body = ("Zhou Ming, a senior CPC official, is in Cambodia for a working visit and to attend the Lancang-Mekong "
            "Political Parties Forum.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places")
    assert ("visit", "Zhou Ming", "KHM") in rows and ("summit", "Zhou Ming", "KHM") in rows
    body = "Zhou Ming was in Laos on a three-day visit and to attend the Lao-China Theoretical Seminar on Tuesday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places", "start")
    assert ("summit", "Zhou Ming", "LAO", "2024-06-04") in rows
    body = "Zhou Ming is in Cambodia for a working visit and to sign agreements."
    assert ("summit", "Zhou Ming") not in _rows(_events(extract, body, "2024-06-05"), "kind", "actor")


def test_a_host_greeting_a_guest_on_arrival_makes_no_trip_of_the_hosts(extract):
    # withdrawn after review: "on arrival in" gave the host who greeted the guest a trip home.
    body = ("President Samuel Dube greeted Premier Zhou Ming upon arrival at the international airport in Nairobi on "
            "Monday.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor")
    assert ("visit", "Samuel Dube") not in rows


def test_exchanged_views_with_a_named_leader_is_a_meeting(extract):
    body = "Zhou Ming exchanged views with Nepali Congress President Sher Bahadur Deuba in Kathmandu on Tuesday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart", "places", "start")
    assert ("meeting", "Zhou Ming", "Sher Bahadur Deuba", "NPL", "2024-06-04") in rows
    body = "On Tuesday, Zhou Ming exchanged in-depth views with Prime Minister Pushpa Kamal Dahal on party ties."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart")
    assert ("meeting", "Zhou Ming", "Pushpa Kamal Dahal") in rows


def test_exchanged_views_with_parties_is_no_meeting(extract):
    body = "Zhou Ming exchanged views with Nepali political parties on the plenum."
    assert not [r for r in _rows(_events(extract, body, "2024-06-05"), "kind") if r[0] == "meeting"]
