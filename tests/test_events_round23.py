"""English event rules of round 23, from constructions the dev reports of a set weighted to partner parties' sites,
partner-country media and regional press share: talks told as "discussions" (engaged in, held by a pair, a pair that
"discussed"), the second of a pair named after a title set off by a comma, a delegation's head named "the Head of
delegation Mr X", a seminar "inaugurated", a party treasurer's and a general's rank before a name; and two misfires:
"exchange visits between the two parties" in general, and another delegation's trip told after the report's own
("The visit follows a UPND delegation's trip to China"). Each with cases that must not fire. Every sentence is
invented in the genre."""

from readout_rows import en_events as _events
from readout_rows import en_people as _people
from readout_rows import fields_of as _rows

# Talks told as discussions: "engaged in discussions with X", "A and B held discussions", "A and B discussed ...".


def test_engaged_in_discussions_with_a_named_envoy_is_a_meeting(extract):
    body = ("Zhou Ming, head of the liaison office of the Communist Party of China, engaged in discussions with "
            "Kenyan envoy Peter Otieno in Beijing on Tuesday.")
    rows = _rows(_events(extract, body, "2024-03-08"), "kind", "actor", "counterpart", "places")
    assert rows == [("meeting", "Zhou Ming", "Peter Otieno", "CHN")]


def test_a_pair_that_held_discussions_met(extract):
    body = "Vice Minister Zhou Ming and Secretary General Tembo Mwale held discussions in Lusaka on Monday."
    rows = _rows(_events(extract, body, "2024-03-08"), "kind", "actor", "counterpart", "places", "start")
    assert rows == [("meeting", "Zhou Ming", "Tembo Mwale", "ZMB", "2024-03-04")]


def test_a_pair_that_discussed_regional_affairs_met(extract):
    body = "Vice Minister Zhou Ming and Secretary General Tembo Mwale discussed regional affairs in Lusaka on Monday."
    rows = _rows(_events(extract, body, "2024-03-08"), "kind", "actor", "counterpart", "places")
    assert rows == [("meeting", "Zhou Ming", "Tembo Mwale", "ZMB")]


def test_the_second_of_a_pair_may_follow_a_title_set_off_by_a_comma(extract):
    body = ("Kampala: The party's International Relations Head, Tembo Mwale and Secretary of the Hunan Provincial "
            "Committee, Zhou Ming held discussions on Tuesday.")
    rows = _rows(_events(extract, body, "2024-03-08"), "kind", "actor", "counterpart", "places")
    assert rows == [("meeting", "Tembo Mwale", "Zhou Ming", "UGA")]
    assert {"Tembo Mwale", "Zhou Ming"} <= _people(extract, body, "2024-03-08")


# Must not fire: discussions no pair names, a "discussed" told in a relative clause, one person's discussion.


def test_the_two_sides_discussing_is_no_meeting_of_their_own(extract):
    body = "The two sides discussed regional affairs in Lusaka on Monday. They also held discussions on trade."
    assert _events(extract, body, "2024-03-08") == []


def test_a_discussion_told_in_a_relative_clause_leaves_the_meeting_after_it(extract):
    body = ("Vice Minister Zhou Ming, who discussed trade at length, met Secretary General Tembo Mwale in Lusaka on "
            "Monday.")
    rows = _rows(_events(extract, body, "2024-03-08"), "kind", "actor", "counterpart")
    assert rows == [("meeting", "Zhou Ming", "Tembo Mwale")]


def test_one_person_who_discussed_ties_with_a_country_meets_no_one(extract):
    body = "Secretary General Tembo Mwale discussed party ties with China at a rally in Lusaka on Monday."
    assert not [e for e in _events(extract, body, "2024-03-08") if e["kind"] == "meeting"]


def test_a_clause_opened_by_a_time_after_and_is_no_pair_with_the_one_before(extract):
    body = ("Vice Minister Zhou Ming met Secretary General Tembo Mwale, and on Tuesday, Minister Grace Chanda "
            "discussed trade in Lusaka.")
    rows = _rows(_events(extract, body, "2024-03-08"), "kind", "actor", "counterpart")
    assert rows == [("meeting", "Zhou Ming", "Tembo Mwale")]


def test_engaged_in_discussions_on_reform_names_no_one_met(extract):
    body = "Vice Minister Zhou Ming engaged in discussions on party reform during the plenum."
    assert not [e for e in _events(extract, body, "2024-03-08") if e["kind"] == "meeting"]


# A seminar "inaugurated" by a pair, each named after a title of its own: both attend it.


def test_a_pair_that_inaugurated_a_seminar_attended_it(extract):
    body = ("Havana, Oct 3 (Prensa Latina) Organization Secretary of the ruling party, Tembo Mwale, and head of the "
            "Publicity Department of the Communist Party of China (CPC), Zhou Ming, inaugurated here today the 5th "
            "Theoretical Seminar between the two parties.")
    rows = _rows(_events(extract, body, "2024-03-08"), "kind", "actor", "places")
    assert rows == [("summit", "Tembo Mwale", "CUB"), ("summit", "Zhou Ming", "CUB")]


def test_inaugurating_a_school_is_no_gathering(extract):
    body = "Vice Minister Zhou Ming inaugurated the new party school in Dar es Salaam on Monday."
    assert not [e for e in _events(extract, body, "2024-03-08") if e["kind"] == "summit"]


def test_inaugurating_or_opening_a_conference_hall_is_no_gathering(extract):
    for verb in ("inaugurated", "opened"):
        body = f"Vice Minister Zhou Ming {verb} the new conference hall of the party school in Lusaka on Monday."
        assert not [e for e in _events(extract, body, "2024-03-08") if e["kind"] == "summit"]


# A delegation's head named "the Head of delegation Mr X": the delegation received stands for him.


def test_the_head_of_delegation_mister_x_is_whom_the_delegation_received_stands_for(extract):
    body = ("A delegation of the Communist Party of China arrived in Lusaka on Monday. Speaking upon arrival, the Head "
            "of delegation Mr Zhou Ming praised the friendship of the two parties. The Chinese delegation was received "
            "by Brigadier General Tembo Mwale and Chinese Ambassador Li Wenbo.")
    rows = _rows(_events(extract, body, "2024-03-08"), "kind", "actor", "counterpart", "places")
    assert rows == [("meeting", "Li Wenbo", "Zhou Ming", "ZMB"), ("meeting", "Tembo Mwale", "Zhou Ming", "ZMB"),
                    ("visit", "Zhou Ming", "", "ZMB")]


def test_a_treasurer_general_before_a_name_is_a_post(extract):
    body = "The delegation was led by party Treasurer General Tembo Mwale and arrived in Beijing on Monday."
    assert "Tembo Mwale" in _people(extract, body, "2024-03-08")


# Must not fire: another delegation's trip told after the report's own, exchange visits in general.


def test_another_delegations_trip_is_not_the_report_leaders(extract):
    body = ("A delegation of the Communist Party of China led by Vice Minister Zhou Ming arrived in Lusaka on Monday. "
            "The visit follows a UPND delegation’s trip to China two months ago.")
    rows = _rows(_events(extract, body, "2024-03-08"), "kind", "actor", "places")
    assert rows == [("visit", "Zhou Ming", "ZMB")]


def test_exchange_visits_between_two_parties_are_no_trip(extract):
    body = ("Deputy Director General Zhou Ming says Kenya is playing a larger role in the region.\n\nShe added that "
            "this can be seen in the continued exchange visits between the two parties and countries, saying she "
            "looked forward to sharing the party’s plans for Kenya.")
    assert _events(extract, body, "2024-03-08") == []


# A delegation's leader "led by" past a long body's name (over 60 characters from the delegation word).


def test_a_delegation_led_by_x_past_a_long_body_is_x_s(extract):
    body = ("A delegation of party building researchers from the Communist Party of China led by Vice Minister Zhou "
            "Ming visited Vietnam.\nOn Monday, Politburo member Nguyen Van Hai chaired a meeting with the delegation.")
    rows = _rows(_events(extract, body, "2024-03-08"), "kind", "actor", "counterpart", "places")
    assert rows == [("meeting", "Nguyen Van Hai", "Zhou Ming", "VNM"), ("visit", "Zhou Ming", "", "VNM")]


def test_a_government_led_by_its_head_far_from_the_delegation_word_is_not_the_delegations_leader(extract):
    body = ("A delegation of members of parliament from the ruling coalition and of the opposition government led by "
            "Prime Minister Tembo Mwale arrived in Beijing on Monday.")
    assert not [e for e in _events(extract, body, "2024-03-08") if e["actor"] == "Tembo Mwale"]


def test_a_body_led_by_someone_after_the_delegations_verb_is_not_the_delegations_leader(extract):
    body = ("The CPC delegation visited the Vietnam Women's Union headquarters and the Youth Union, an organization "
            "led by Madam Tran Thi Mai, on Monday.")
    assert not [e for e in _events(extract, body, "2024-03-08") if e["actor"] == "Tran Thi Mai"]
