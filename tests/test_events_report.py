"""English event rules that read beyond one clause: who "the delegation" is, where a meeting
happens when the trip is told later, the meetings a "were held at" sentence places, plans with
two verbs, "called on", lists of titled names. Every sentence is invented in the genre."""

from readout_rows import en_events as _events


def _sides(events: list[dict], kind: str = "meeting") -> list[tuple[str, str, str, str]]:
    return [(e["actor"], e["counterpart"], e["places"], e["status"]) for e in events if e["kind"] == kind]


def test_called_on_a_titled_person_is_a_meeting(extract):
    body = ("Kathmandu, 12 March: The Chinese delegation led by Wang Lin, vice-minister of the International "
            "Department of the CPC Central Committee, called on Prime Minister Ram Bahadur Thapa today at his "
            "residence.")
    (meeting,) = [e for e in _events(extract, body, "2024-03-12") if e["kind"] == "meeting"]
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "Wang Lin", "Ram Bahadur Thapa", "NPL", "2024-03-12")


def test_called_on_all_sides_is_no_meeting(extract):
    body = "Wang Lin called on All parties to keep the peace in the region, the spokesman said on Monday."
    assert [e for e in _events(extract, body, "2024-03-12") if e["kind"] == "meeting"] == []


def test_separate_courtesy_calls_are_placed_by_the_next_sentence(extract):
    body = ("Prime Minister Sok Vanna paid yesterday separate courtesy calls on Zhou Ping, Chairman of the National "
            "Committee of the Chinese People's Political Consultative Conference, and Ma Jun, Chairman of the Standing "
            "Committee of the National People's Congress.\n\n"
            "The meetings were held at the Great Hall of the People, according to a statement.")
    meetings = [e for e in _events(extract, body, "2024-05-17") if e["kind"] == "meeting"]
    assert [(e["actor"], e["counterpart"], e["places"], e["start"]) for e in meetings] == [
        ("Sok Vanna", "Zhou Ping", "CHN", "2024-05-16"), ("Sok Vanna", "Ma Jun", "CHN", "2024-05-16")]


def test_the_delegation_is_its_leader_named_in_the_next_sentence(extract):
    body = ("KUNMING: A delegation of the CPC left Kunming on Tuesday for friendship visits to Bangladesh "
            "and the Maldives.\n\nThe delegation, led by a member of the CPC Central Committee and Party secretary of "
            "Jiangxi province Chen Ruowei, was invited by both governments.")
    (visit,) = [e for e in _events(extract, body, "2024-04-17") if e["kind"] == "visit"]
    assert (visit["actor"], visit["places"]) == ("Chen Ruowei", "BGD|MDV")


def test_a_person_in_the_delegations_relative_clause_is_not_the_actor(extract):
    body = ("The delegation led by Deputy Director of the International Department Li Ping reached Kathmandu on "
            "Sunday.\n\nThe delegation, that came after Prime Minister Hari Prasad Koirala dissolved the House, met "
            "President Sita Kumari Rai on Sunday night.")
    meetings = [e for e in _events(extract, body, "2024-12-23") if e["kind"] == "meeting"]
    assert [(e["actor"], e["counterpart"]) for e in meetings] == [("Li Ping", "Sita Kumari Rai")]


def test_a_meeting_takes_the_place_of_the_trip_told_after_it(extract):
    body = ("Wang Lin met Prime Minister Ram Bahadur Thapa on Sunday.\n\n"
            "Wang Lin arrived in Kathmandu on Sunday morning. He is on a four-day visit to Nepal.")
    (meeting,) = [e for e in _events(extract, body, "2024-07-14") if e["kind"] == "meeting"]
    assert (meeting["counterpart"], meeting["places"], meeting["start"]) == ("Ram Bahadur Thapa", "NPL", "2024-07-14")


def test_a_meeting_outside_the_trips_days_keeps_no_place(extract):
    body = ("Wang Lin met Prime Minister Ram Bahadur Thapa on January 3.\n\n"
            "Wang Lin visited Nepal from March 4 to 6.")
    (meeting,) = [e for e in _events(extract, body, "2024-03-07") if e["kind"] == "meeting"]
    assert meeting["places"] == ""


def test_a_plan_with_two_verbs_is_planned_twice(extract):
    body = ("ISLAMABAD: Minister Wang Lin will call on Prime Minister Imran Qureshi and hold talks with Foreign "
            "Minister Bilal Ahmed during his visit to Pakistan.")
    assert _sides(_events(extract, body, "2024-06-20")) == [
        ("Wang Lin", "Imran Qureshi", "PAK", "planned"), ("Wang Lin", "Bilal Ahmed", "PAK", "planned")]


def test_a_list_of_titled_names_is_one_meeting_each(extract):
    body = ("ISLAMABAD, June 22 (Xinhua) -- Wang Lin led a CPC delegation to visit Pakistan from June 20 to June 22."
            "\n\nDuring the visit, Wang met with Prime Minister Imran Qureshi, Deputy Prime Minister and Foreign "
            "Minister Bilal Ahmed, and Chief of Army Staff Tariq Mehmood.")
    events = _events(extract, body, "2024-06-22")
    assert [e["counterpart"] for e in events if e["kind"] == "meeting"][:2] == ["Imran Qureshi", "Bilal Ahmed"]
    assert len([e for e in events if e["kind"] == "meeting"]) == 3
    (visit,) = [e for e in events if e["kind"] == "visit"]
    assert (visit["start"], visit["end"]) == ("2024-06-20", "2024-06-22")


def test_a_name_after_his_excellency_does_not_end_the_sentence(extract):
    body = ("Phnom Penh: Samdech Hun Vichet, President of the Senate, will lead a delegation to China next week. "
            "During the visit, he will hold separate meetings with H.E. Zhou Ping, Chairman of the National Committee "
            "of the CPPCC, and H.E. Ma Jun, Chairman of the Standing Committee of the National People's Congress.")
    meetings = [e for e in _events(extract, body, "2024-11-30") if e["kind"] == "meeting"]
    assert [(e["counterpart"], e["status"]) for e in meetings] == [("Zhou Ping", "planned"), ("Ma Jun", "planned")]


def test_meeting_the_visiting_delegation_is_at_the_hosts_home(extract):
    body = ("Leaders of the Cambodian People's Party on Monday met separately with the visiting CPC "
            "delegation headed by Zhao Ming, a member of the Political Bureau.")
    (meeting,) = [e for e in _events(extract, body, "2024-07-09") if e["kind"] == "meeting"]
    assert (meeting["counterpart"], meeting["places"], meeting["start"]) == ("Zhao Ming", "KHM", "2024-07-08")


def test_a_delegation_on_a_goodwill_visit_makes_the_visit(extract):
    body = ("Pyongyang, April 21 (KCNA) -- A banquet was hosted on Saturday by the WPK Central Committee "
            "for a CPC delegation on an official goodwill visit to the "
            "DPRK.\n\nAttending it were members of the delegation headed by Tran Ming, member of the Political "
            "Bureau of the CPC Central Committee.")
    (visit,) = [e for e in _events(extract, body, "2024-04-21") if e["kind"] == "visit"]
    assert (visit["actor"], visit["places"]) == ("Tran Ming", "PRK")


def test_a_long_name_with_a_particle_is_one_counterpart(extract):
    body = ("From August 14th to 16th, Wang Lin led a CPC delegation to visit Brazil and met respectively with "
            "Ana Paula Ribeiro, President of the Green Party, Carlos Eduardo Pereira de Souza Neto, President of the "
            "Labour Party and Jose Almeida, President of the Workers' Party.")
    meetings = [e for e in _events(extract, body, "2024-08-17") if e["kind"] == "meeting"]
    assert [(e["counterpart"], e["places"]) for e in meetings] == [
        ("Ana Paula Ribeiro", "BRA"), ("Carlos Eduardo Pereira de Souza Neto", "BRA"), ("Jose Almeida", "BRA")]


def test_a_welcome_at_the_airport_is_no_meeting(extract):
    body = ("Wang Lin landed in Islamabad on Thursday on a three-day visit. At the airport he was received by "
            "Additional Foreign Secretary Imran Siddiqui.")
    events = _events(extract, body, "2024-06-20")
    assert [e["kind"] for e in events] == ["visit"]


def test_a_working_session_with_the_delegation_is_with_its_leader(extract):
    body = ("A delegation of the Communist Party of China led by Zhao Ming arrived in Hanoi on Monday.\n\n"
            "Deputy head of the Organisation Commission Hoang Van Son chaired a working session with the Chinese "
            "delegation on Tuesday.")
    meetings = [e for e in _events(extract, body, "2024-08-21") if e["kind"] == "meeting"]
    assert [(e["actor"], e["counterpart"], e["places"]) for e in meetings] == [("Hoang Van Son", "Zhao Ming", "VNM")]


def test_co_chairing_a_meeting_is_a_gathering(extract):
    body = ("During the visit, Minister Wang Lin will co-chair with the Foreign Minister the Third Meeting of the "
            "Joint Consultative Mechanism of Political Parties.")
    (summit,) = [e for e in _events(extract, body, "2024-06-20") if e["kind"] == "summit"]
    assert (summit["actor"], summit["status"]) == ("Wang Lin", "planned")
    assert "Third Meeting" in summit["counterpart"]


def test_a_leader_named_by_one_word_after_a_post(extract):
    body = ("BRASILIA, May 6 (Xinhua) -- Brazilian President Costa received Wang Lin, vice-minister of the "
            "International Department of the CPC Central Committee, on Monday.")
    (meeting,) = [e for e in _events(extract, body, "2024-05-07") if e["kind"] == "meeting"]
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "Costa", "Wang Lin", "BRA", "2024-05-06")


def test_a_post_before_no_name_is_no_person(extract):
    body = "The President Office said that President Emeritus Meets with no one, Chairman Of the board added."
    people = [m for m in extract(f"Report\n\n{body}\n", "2024-05-07")["mentions"] if m["kind"] == "person"]
    assert people == []


def test_was_met_by_makes_the_host_the_actor(extract):
    body = "Wang Lin was met by Prime Minister Koirala at his office in Kathmandu on Monday."
    (meeting,) = [e for e in _events(extract, body, "2024-05-07") if e["kind"] == "meeting"]
    assert (meeting["actor"], meeting["counterpart"], meeting["places"]) == ("Koirala", "Wang Lin", "NPL")


def test_two_hosts_who_jointly_met_a_guest_each_met_him(extract):
    body = ("Zhou Ping, chairman of the National Committee, and Ma Jun, a member of the Standing Committee, jointly "
            "met Lao President Bounmy Phanthavong in Beijing on Monday.")
    assert _sides(_events(extract, body, "2024-05-07")) == [
        ("Zhou Ping", "Bounmy Phanthavong", "CHN", "reported"), ("Ma Jun", "Bounmy Phanthavong", "CHN", "reported")]


def test_the_delegation_received_by_a_host_is_its_leader(extract):
    body = ("A CPC delegation led by Zhao Ming arrived in Phnom Penh on Thursday. The Chinese delegation was received "
            "by Prime Minister Sok Rithy at the Peace Palace on Friday.")
    (meeting,) = [e for e in _events(extract, body, "2024-05-04") if e["kind"] == "meeting"]
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "Sok Rithy", "Zhao Ming", "KHM", "2024-05-03")


def test_a_delegation_received_in_a_report_naming_no_leader_is_no_event(extract):
    body = "The delegation was received by senior Congress leader Anand Sharma."
    assert [e for e in _events(extract, body, "2024-05-04") if e["kind"] == "meeting"] == []


def test_the_first_official_to_visit_describes_no_visit(extract):
    body = ("Wang Lin arrived in Kathmandu on Sunday. Wang is another senior Chinese official to visit Nepal after "
            "Foreign Minister Zhou Ping in March.")
    visits = [e for e in _events(extract, body, "2024-07-14") if e["kind"] == "visit"]
    assert [(e["actor"], e["start"]) for e in visits] == [("Wang Lin", "2024-07-14")]


def test_two_people_who_co_chair_a_meeting_each_attend_it(extract):
    body = ("Wang Lin arrived in Islamabad on Thursday. Foreign Minister Bilal Ahmed and Minister Wang Lin will "
            "co-chair the third meeting of the Joint Consultative Mechanism on Saturday.")
    summits = [e for e in _events(extract, body, "2024-06-20") if e["kind"] == "summit"]
    assert [(e["actor"], e["status"]) for e in summits] == [("Bilal Ahmed", "planned"), ("Wang Lin", "planned")]
    assert summits[1]["places"] == "PAK"


def test_whom_a_plan_meets_is_not_the_body_of_its_next_verb(extract):
    body = ("The CPC delegates led by Wang Lin are scheduled to meet the leaders of the government of Sri Lanka and "
            "host a briefing on the 20th CPC National Congress.")
    (meeting,) = [e for e in _events(extract, body, "2023-01-14") if e["kind"] == "meeting"]
    assert (meeting["actor"], meeting["counterpart"], meeting["status"]) == (
        "Wang Lin", "leaders of the government of Sri Lanka", "planned")


def test_a_date_in_the_subjects_relative_clause_is_not_the_meetings(extract):
    body = ("The Communist Party of China delegation led by Li Ping that arrived on Sunday has met Chairman "
            "Hari Prasad Koirala on Monday morning.")
    (meeting,) = [e for e in _events(extract, body, "2024-12-24") if e["kind"] == "meeting"]
    assert (meeting["actor"], meeting["counterpart"], meeting["start"]) == ("Li Ping", "Hari Prasad Koirala",
                                                                            "2024-12-23")


def test_a_visit_by_a_titled_person_is_his(extract):
    body = ("Hanoi (VNA) – Thang said relations had grown warmer after the official China visit in May 2019 "
            "by Party General Secretary Tran Van Minh.")
    (visit,) = [e for e in _events(extract, body, "2023-08-25") if e["kind"] == "visit"]
    assert (visit["actor"], visit["places"]) == ("Tran Van Minh", "CHN")


def test_a_visit_organised_by_a_body_keeps_its_subject(extract):
    body = "Wang Lin paid a visit to Laos organised by the Lao Front for National Development last week."
    (visit,) = [e for e in _events(extract, body, "2023-08-25") if e["kind"] == "visit"]
    assert (visit["actor"], visit["places"]) == ("Wang Lin", "LAO")


def test_a_title_that_runs_into_the_next_name_ends_before_it(extract):
    body = ("HANOI, Oct. 22 (Xinhua) -- Wang Lin held meetings with Le Van Hai, standing deputy head of the "
            "Commission for Information and Education and Tran Thi Lan, chairwoman of the City People's Committee.")
    meetings = [e for e in _events(extract, body, "2024-10-22") if e["kind"] == "meeting"]
    assert [(e["counterpart"], e["counterpart_org"]) for e in meetings] == [
        ("Le Van Hai", "Commission for Information and Education"),
        ("Tran Thi Lan", "City People's Committee")]


# Review fixes: the delegation's leader, airport meetings, one-word names after a post, trips
# to several countries, the mode of a meeting placed by a later sentence, any demonym's
# delegation, and teams that are no delegations.

def test_the_leader_is_the_subject_of_led_not_the_host_who_invited(extract):
    body = ("At the invitation of Wang Lin, Prime Minister Sok Vanna led a Cambodian People's Party delegation "
            "on a visit to China from May 10 to 14.\n\n"
            "The delegation met Premier Zhou Ping in Beijing on May 11.")
    for text in (body, body.replace("At the invitation of Wang Lin", "At Wang Lin's invitation")):
        events = _events(extract, text, "2024-05-14")
        assert _sides(events) == [("Sok Vanna", "Zhou Ping", "CHN", "reported")]
        assert [(e["actor"], e["places"], e["mode"]) for e in events if e["kind"] == "visit"] == [
            ("Sok Vanna", "CHN", "visit")]


def test_met_at_the_airport_is_still_a_meeting(extract):
    body = "Prime Minister Sok Vanna met Vice-Minister Wang Lin at Phnom Penh International Airport on Monday."
    assert [(a, c) for a, c, *_ in _sides(_events(extract, body, "2024-03-12"))] == [("Sok Vanna", "Wang Lin")]


def test_met_at_the_airport_and_held_talks_is_a_meeting(extract):
    body = "Prime Minister Sok Vanna met Vice-Minister Wang Lin at the airport on Monday and held talks with him."
    assert ("Sok Vanna", "Wang Lin") in [(a, c) for a, c, *_ in _sides(_events(extract, body, "2024-03-12"))]


def test_welcomed_or_met_at_the_airport_by_a_host_is_no_meeting(extract):
    body = ("Wang Lin, vice-minister of the International Department of the CPC Central Committee, was welcomed "
            "at the airport by Prime Minister Sok Vanna on Monday.")
    assert _sides(_events(extract, body, "2024-03-12")) == []
    body = "Wang Lin was met at the airport by Prime Minister Sok Vanna on Monday."
    assert _sides(_events(extract, body, "2024-03-12")) == []


def test_a_title_before_a_common_noun_is_no_person(extract):
    body = ("Speaker Series guests met Prime Minister Sok Vanna in Phnom Penh on Monday.\n\n"
            "The President Cup was held in Siem Reap on Sunday, and President Costa attended it.")
    rows = extract(f"Report on talks\n\n{body}\n", "2024-03-12")
    names = {m["name"] for m in rows["mentions"] if m["kind"] == "person"}
    assert "Series" not in names and "Cup" not in names and "Costa" in names
    assert not any(e["actor"] in ("Series", "Cup") or e["counterpart"] in ("Series", "Cup") for e in rows["events"])


def test_a_trip_to_two_countries_places_no_meeting(extract):
    body = ("Wang Lin, vice-minister of the International Department of the CPC Central Committee, met Prime "
            "Minister Sok Vanna on Monday.\n\n"
            "Wang is on a visit to Cambodia and Laos from March 10 to 15.")
    meetings = [e for e in _events(extract, body, "2024-03-12") if e["kind"] == "meeting"]
    assert [(e["actor"], e["counterpart"], e["places"]) for e in meetings] == [("Wang Lin", "Sok Vanna", "")]


def test_the_talks_were_held_in_gives_the_mode_as_in_the_clause(extract):
    lead = ("Wang Lin, vice-minister of the International Department of the CPC Central Committee, held talks "
            "with Prime Minister Sok Vanna on Monday")
    inside = [e for e in _events(extract, lead + " in Phnom Penh.", "2024-03-12") if e["kind"] == "meeting"]
    later = [e for e in _events(extract, lead + ".\n\nThe talks were held in Phnom Penh.", "2024-03-12")
             if e["kind"] == "meeting"]
    assert [(e["places"], e["mode"]) for e in later] == [(e["places"], e["mode"]) for e in inside] == [
        ("KHM", "visit")]


def test_any_demonym_delegation_is_its_leader(extract):
    body = ("A delegation of the Cambodian People's Party led by Sok Vanna visited China from May 10 to 14.\n\n"
            "Wang Lin, vice-minister of the International Department of the CPC Central Committee, held a working "
            "session with the Cambodian delegation in Beijing on May 11.")
    meetings = _sides(_events(extract, body, "2024-05-14"))
    assert ("Wang Lin", "Sok Vanna", "CHN", "reported") in meetings


def test_a_medical_team_has_no_delegation_leader(extract):
    body = ("A Chinese medical team led by Zhou Ping arrived in Phnom Penh on Monday to work at a hospital.\n\n"
            "A delegation of the Communist Party of China led by Wang Lin visited Cambodia from March 10 to 15.\n\n"
            "The delegation met Prime Minister Sok Vanna on March 11.")
    meetings = _sides(_events(extract, body, "2024-03-15"))
    assert [(a, c) for a, c, *_ in meetings] == [("Wang Lin", "Sok Vanna")]


def test_led_by_a_coach_the_team_is_no_delegation(extract):
    body = ("A delegation of the Communist Party of China led by Wang Lin visited Cambodia from March 10 to 15.\n\n"
            "Led by coach Zhou Ping, the football team met Prime Minister Sok Vanna on March 12.")
    meetings = _sides(_events(extract, body, "2024-03-15"))
    assert not any(actor == "Wang Lin" for actor, *_ in meetings)


def test_a_meeting_hall_is_a_venue_in_its_country(extract):
    from liaison.reference.places import find_places

    (hall,) = find_places("They met at the Diaoyutai State Guesthouse.")
    assert (hall.kind, hall.iso3) == ("venue", "CHN")
    body = "Premier Zhou Ping met Prime Minister Sok Vanna at the Diaoyutai State Guesthouse on Monday."
    meetings = [e for e in _events(extract, body, "2024-05-14") if e["kind"] == "meeting"]
    assert [(e["actor"], e["counterpart"], e["places"]) for e in meetings] == [("Zhou Ping", "Sok Vanna", "CHN")]
