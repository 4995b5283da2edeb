"""English event rules of round 4: datelines under a wire's stamp line or with the country in
brackets, "in the capital X", titles whose organisation is not the actor, a visiting delegation's
leader, "who is on a visit" with no comma, "Rt. Hon." inside a sentence, names listed after a
plural post or before "co-chairs", "Lord X". Every sentence is invented in the genre."""

from readout_rows import en_events as _events
from readout_rows import en_people as _people


def test_a_wire_stamp_line_above_the_dateline_keeps_the_dateline(extract):
    body = ("(Xinhua) 10:15, May 08, 2025\n\n"
            "BEIJING, May 7 (Xinhua) -- Zhao Ming, head of the International Department of the CPC Central "
            "Committee, met on Wednesday with a delegation of members of the Parliament of Ruritania who came to "
            "China for a forum.")
    (meeting,) = [e for e in _events(extract, body, "2025-05-08") if e["kind"] == "meeting"]
    assert (meeting["actor"], meeting["places"], meeting["start"]) == ("Zhao Ming", "CHN", "2025-05-07")


def test_a_dateline_with_its_country_in_brackets(extract):
    body = ("ANI\n\nNew Delhi [India], March 5 (ANI): Foreign Secretary Arjun Mehra met Vice Minister Zhao Ming of "
            "the International Department of the Communist Party of China on Wednesday.")
    (meeting,) = [e for e in _events(extract, body, "2025-03-05") if e["kind"] == "meeting"]
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "Arjun Mehra", "Zhao Ming", "IND", "2025-03-05")


def test_in_the_capital_city_places_the_meeting(extract):
    body = ("Zhao Ming, vice-minister of the International Department of the CPC Central Committee, spoke at a "
            "meeting with leaders of the ruling party in the capital Lusaka on Tuesday.")
    meetings = [e for e in _events(extract, body, "2025-03-07") if e["kind"] == "meeting"]
    assert [(e["actor"], e["places"]) for e in meetings] == [("Zhao Ming", "ZMB")]


def test_the_body_a_title_names_is_not_the_traveller(extract):
    body = ("Zhao Ming, the Vice Minister of the Communist Party of China Central Committee's International "
            "Department is leading a delegation of the Communist Party of China to Sri Lanka.\n\n"
            "A senior Communist Party of China official has said on a visit to the country that ties are strong.")
    events = _events(extract, body, "2025-01-15")
    assert [e for e in events if e["kind"] == "visit" and "Communist Party" in e["actor"]] == []
    assert [e for e in events if e["kind"] == "visit" and "International Department" in e["actor"]] == []
    assert [(e["actor"], e["places"]) for e in events if e["kind"] == "visit"] == [("Zhao Ming", "LKA")]


def test_the_leader_of_a_received_visiting_delegation_is_visiting(extract):
    body = ("Hanoi (VNA) – Tran Van Nam, Secretary of the Party Central Committee, on May 8 received a visiting "
            "delegation from the CPC Central Committee's Publicity Department, headed "
            "by its Deputy Head Zhao Ming.")
    events = _events(extract, body, "2025-05-08")
    assert [(e["kind"], e["actor"], e["counterpart"], e["places"]) for e in events] == [
        ("meeting", "Tran Van Nam", "Zhao Ming", "VNM"), ("visit", "Zhao Ming", "", "VNM")]


def test_who_is_on_a_visit_without_a_comma(extract):
    body = ("Pyongyang, March 3 (KCNA) -- Ri Song Chol, vice department director of the WPK Central Committee, met "
            "Zhao Ming who is on a visit to the DPRK at the head of a delegation.")
    events = _events(extract, body, "2025-03-04")
    assert [(e["kind"], e["actor"], e["counterpart"], e["places"]) for e in events] == [
        ("meeting", "Ri Song Chol", "Zhao Ming", "PRK"), ("visit", "Zhao Ming", "", "PRK")]


def test_a_who_clause_that_tells_no_stay_is_not_cut(extract):
    body = ("Kampala, May 4 (New Vision) -- Secretary-General Ruth Akello met Zhao Ming who spoke about trade at the "
            "meeting.")
    events = _events(extract, body, "2025-05-04")
    assert [e for e in events if e["kind"] == "visit"] == []
    assert [(e["actor"], e["counterpart"], e["places"], e["start"]) for e in events if e["kind"] == "meeting"] == [
        ("Ruth Akello", "Zhao Ming", "UGA", "2025-05-04")]


def test_rt_hon_does_not_end_the_dateline_sentence(extract):
    body = ("Kampala, May 4 (New Vision) -- The Rt. Hon. Ruth Akello, the party's Secretary-General, received Zhao "
            "Ming, a deputy director of the International Department of the CPC Central Committee, at the party "
            "headquarters.")
    (meeting,) = [e for e in _events(extract, body, "2025-05-05") if e["kind"] == "meeting"]
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "Ruth Akello", "Zhao Ming", "UGA", "2025-05-04")


def test_names_before_co_chairs_and_after_senators_including(extract):
    body = ("Zhao Ming told lawmakers in separate meetings with Peter Hollis and Mary Stanton, co-chairs of the "
            "friendship group, and with several Senators, including Tom Becker, Ann Ruiz and Carl Dunn.")
    assert {"Peter Hollis", "Mary Stanton", "Tom Becker", "Ann Ruiz", "Carl Dunn"} <= _people(
        extract, body, "2025-06-01")


def test_lord_and_one_name_is_a_person(extract):
    body = ("Beijing, June 3rd—Zhao Ming, Vice-minister of the CPC Central Committee's International "
            "Department, met here today with Lord Hartwell, former Minister of Energy of the United Kingdom.")
    (meeting,) = [e for e in _events(extract, body, "2025-06-03") if e["kind"] == "meeting"]
    assert (meeting["actor"], meeting["counterpart"], meeting["places"]) == ("Zhao Ming", "Hartwell", "CHN")


def test_hon_and_one_name_is_the_counterpart_once_hon_ends_no_sentence(extract):
    body = ("Harare, May 6 (New Ziana) -- Zhao Ming led a CPC delegation to Zimbabwe from May 4 to 8. During the "
            "visit, he met with Hon. Mutasa, Secretary of Administration of the ruling party, in Harare.")
    meetings = [e for e in _events(extract, body, "2025-05-09") if e["kind"] == "meeting"]
    assert [(e["actor"], e["counterpart"], e["places"]) for e in meetings] == [("Zhao Ming", "Mutasa", "ZWE")]


def test_at_a_partys_head_office_places_the_meeting_in_its_country(extract):
    body = ("A delegation led by Zhao Ming, Deputy Minister in the Chinese Communist Party's International "
            "Department, met with Kamal Perera, leader of National People's Power (NPP), at the JVP head office "
            "this morning (April 25).")
    meetings = [e for e in _events(extract, body, "2024-04-25") if e["kind"] == "meeting"]
    assert [(e["actor"], e["counterpart"], e["places"]) for e in meetings] == [("Zhao Ming", "Kamal Perera", "LKA")]


def test_a_reception_given_with_no_host_named_is_the_guests_meeting(extract):
    body = ("Pyongyang, May 7 (KCNA) -- A reception was given for the visiting delegation of the Chinese People's "
            "Association for Friendship with Foreign Countries on Wednesday.\n\n"
            "Present on invitation were members of the delegation led by Zhao Ming, vice-president of the "
            "association, and staff of the Chinese embassy.")
    meetings = [e for e in _events(extract, body, "2025-05-08") if e["kind"] == "meeting"]
    assert [(e["actor"], e["counterpart"], e["places"], e["start"]) for e in meetings] == [
        ("Zhao Ming", "", "PRK", "2025-05-07")]


def test_the_delegation_is_its_leader_named_past_a_sentence_that_tells_no_event(extract):
    body = ("Top officials of the Ruritanian National Congress (RNC), headed by secretary general Peter Mabaso, have "
            "held bilateral talks with a senior delegation of the Communist Party of China (CPC). The party is "
            "currently touring three countries.\n\n"
            "The Chinese delegation is led by Zhao Ming, member of the Political Bureau of the CPC Central Committee.")
    meetings = [e for e in _events(extract, body, "2024-11-06") if e["kind"] == "meeting"]
    assert [(e["actor"], e["counterpart"]) for e in meetings] == [("Peter Mabaso", "Zhao Ming")]


def test_the_leader_is_not_carried_past_two_sentences_that_tell_no_event(extract):
    body = ("Top officials of the Ruritanian National Congress (RNC), headed by secretary general Peter Mabaso, have "
            "held bilateral talks with a senior delegation of the Communist Party of China (CPC). The party is "
            "currently touring three countries. Trade between the countries grew last year.\n\n"
            "The Chinese delegation is led by Zhao Ming, member of the Political Bureau of the CPC Central Committee.")
    meetings = [e for e in _events(extract, body, "2024-11-06") if e["kind"] == "meeting"]
    assert [(e["actor"], e["counterpart"]) for e in meetings] == [("Peter Mabaso", "Communist Party of China")]


# Review findings (en-fix2): each test failed before its fix.

def _tuples(events, kind):
    return [(e["actor"], e["counterpart"], e["places"], e["start"]) for e in events if e["kind"] == kind]


def test_a_hope_before_as_he_met_leaves_the_meeting(extract):
    body = ("Zhao Ming said he looks forward to closer ties as he met Foreign Secretary Arjun Mehra in Hanoi on "
            "Friday.")
    assert _tuples(_events(extract, body, "2025-03-09"), "meeting") == [
        ("Zhao Ming", "Arjun Mehra", "VNM", "2025-03-07")]


def test_a_feeling_with_its_own_date_and_place_is_a_meeting(extract):
    body = "Zhao Ming was happy to meet Foreign Secretary Arjun Mehra again in Hanoi on Friday."
    assert _tuples(_events(extract, body, "2025-03-09"), "meeting") == [
        ("Zhao Ming", "Arjun Mehra", "VNM", "2025-03-07")]


def test_in_the_event_of_is_no_gathering(extract):
    body = "Zhao Ming addressed the risk of conflict in the event of a blockade on Friday."
    assert [e for e in _events(extract, body, "2025-03-09") if e["kind"] == "summit"] == []


def test_an_event_after_an_article_is_a_gathering(extract):
    body = "Zhao Ming attended the event in Hanoi on Friday."
    assert [(e["actor"], e["places"], e["start"]) for e in _events(extract, body, "2025-03-09")
            if e["kind"] == "summit"] == [("Zhao Ming", "VNM", "2025-03-07")]


def test_a_banquet_for_a_festival_has_no_guest(extract):
    body = ("The ministry hosted a banquet on Friday for the Spring Festival, and Foreign Secretary Arjun Mehra "
            "spoke. Present there were Vice Minister Zhao Ming and Secretary-General Ruth Akello.")
    assert _tuples(_events(extract, body, "2025-03-09"), "meeting") == []


def test_a_spokesman_in_a_fronted_place_does_not_place_the_meeting(extract):
    body = ("In Berlin, a spokesman said Zhao Ming had met Foreign Secretary Arjun Mehra in March.")
    meetings = [e for e in _events(extract, body, "2025-05-09") if e["kind"] == "meeting"]
    assert [(e["actor"], e["counterpart"], e["places"]) for e in meetings] == [("Zhao Ming", "Arjun Mehra", "")]


def test_people_visiting_a_museum_are_no_visiting_side(extract):
    body = "Zhao Ming met students visiting the museum and Foreign Secretary Arjun Mehra in Hanoi on Friday."
    events = _events(extract, body, "2025-03-09")
    assert [e for e in events if e["kind"] == "visit"] == []
    assert _tuples(events, "meeting") == [("Zhao Ming", "Arjun Mehra", "VNM", "2025-03-07")]


def test_an_opinion_piece_opening_on_a_dash_has_no_dateline(extract):
    body = ("Taiwan — the island Beijing claims — came up when Zhao Ming met Foreign Secretary Arjun Mehra on "
            "Friday.")
    meetings = [e for e in _events(extract, body, "2025-03-09") if e["kind"] == "meeting"]
    assert [(e["actor"], e["counterpart"], e["places"]) for e in meetings] == [("Zhao Ming", "Arjun Mehra", "")]


def test_a_harare_dateline_still_places_the_lead(extract):
    body = "Harare -- Zhao Ming met Foreign Secretary Arjun Mehra on Friday."
    meetings = [e for e in _events(extract, body, "2025-03-09") if e["kind"] == "meeting"]
    assert [(e["actor"], e["counterpart"], e["places"]) for e in meetings] == [("Zhao Ming", "Arjun Mehra", "ZWE")]


def test_the_host_of_a_reception_is_named_after_the_guests_sentence(extract):
    body = ("Pyongyang, May 4 (KCNA) -- The Central Committee of the Ruritanian Labour Party gave a reception on "
            "Sunday in honor of a delegation of the Communist Party of China.\n\n"
            "Present there on invitation were the delegation members led by Zhao Ming, vice-minister of the "
            "International Department of the CPC Central Committee.\n\n"
            "Present there were Secretary-General Ruth Akello and other officials.")
    assert _tuples(_events(extract, body, "2025-05-05"), "meeting") == [
        ("Ruth Akello", "Zhao Ming", "PRK", "2025-05-04")]


def test_a_present_there_sentence_far_from_the_reception_hosts_nothing(extract):
    body = ("A reception was given on Sunday for the visiting delegation headed by Vice Minister Zhao Ming. The "
            "delegation toured a factory. Present there were Secretary-General Ruth Akello and other officials.")
    meetings = [e for e in _events(extract, body, "2025-05-05") if e["kind"] == "meeting"]
    assert [e["actor"] for e in meetings if e["actor"] == "Ruth Akello"] == []


def test_a_meeting_of_two_people_the_reference_does_not_know_is_complete():
    from liaison.extract.event_sides import complete
    from liaison.extract.mentions import Mention
    host = Mention(0, 9, "President", "person", "", "", "head of government")
    guest = Mention(20, 29, "Ambrose", "person", "", "", "one name")
    assert complete("meeting", host, guest, [], "")
    assert not complete("meeting", host, host, [], "")
    known = Mention(0, 9, "Zhao Ming", "person", "person:zhao-ming", "Zhao Ming", "reference")
    again = Mention(30, 34, "Zhao", "person", "person:zhao-ming", "Zhao Ming", "reference")
    assert not complete("meeting", known, again, [], "")


def test_a_meeting_during_which_a_planned_trip_is_planned_too(extract):
    body = "Zhao Ming will lead a delegation to Hanoi next week, during which he meets Foreign Secretary Arjun Mehra."
    events = _events(extract, body, "2025-03-09")
    assert [(e["kind"], e["actor"], e["counterpart"], e["places"], e["status"]) for e in events] == [
        ("visit", "Zhao Ming", "", "VNM", "planned"), ("meeting", "Zhao Ming", "Arjun Mehra", "VNM", "planned")]
