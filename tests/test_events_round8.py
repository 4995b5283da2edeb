"""English event rules of round 8 (constructions of the genre, not of one set): posts after a name ("X,
Secretary General of ...", "X, Algerian Ambassador to China", "X, speaker of ..."), "the head of the Fatah
delegation X", "X, chief of the CPC delegation" leads it; "discussed in Beijing with Minister X" is a meeting;
a list of people met goes on past "who is also the leader of ..." and across semicolons; "held discussions with
members of X" meets no one named; the anniversary of a visit is no visit; "led a delegation to visit the
country" visits the country named before; "will participate in a seminar", "addresses the ... (CPC) and World
Political Parties Summit", "attended an event"/"the donation activity" are gatherings, an invitation to one is
none; "After attending X on Sunday, Y will ..." is Y's gathering too; "The delegation ..., and attended an
event" is its leader's; "Following the talks of A with B, the sides signed a protocol" is their meeting and A's
agreement; a plan for "tomorrow" counts from the dateline, and an undated plan is not dated "dateline"; a "Since
..." phrase dates nothing past its comma; "was attended in Belgrade by X" is X's gathering; "Jogorku Kenesh" and
"Democratic Rally" end a post, not open a name; "Damascus, SANA- ..." is a dateline; "Egyptian Prime
Minister X met with a delegation of the CPC" meets at home. Every sentence is
invented in the genre."""

from readout_rows import en_events as _events
from readout_rows import en_people as _people
from readout_rows import fields_of as _rows


def test_a_capitalised_secretary_general_after_a_name_names_the_person(extract):
    body = ("Pretoria, Oct 3rd—Zhao Ming, Minister of the International Department of the CPC Central Committee, "
            "today met here with Tariq Mansour, Secretary General of the Central Committee of the Popular Front.")
    assert "Tariq Mansour" in _people(extract, body, "2025-10-04")
    (meeting,) = _events(extract, body, "2025-10-04")
    assert (meeting["kind"], meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "meeting", "Zhao Ming", "Tariq Mansour", "ZAF", "2025-10-03")


def test_an_ambassador_with_a_nationality_to_china_is_met_on_the_afternoon(extract):
    body = ("Beijing, March 5th – Qian Wei, Vice-minister of the International Department of the CPC Central "
            "Committee, met here today in the afternoon with Karim Belaid, Tunisian Ambassador to China.")
    (meeting,) = _events(extract, body, "2019-03-06")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "Qian Wei", "Karim Belaid", "CHN", "2019-03-05")


def test_the_head_of_a_named_delegation_before_the_name(extract):
    body = ("BEIJING, March 12 (Xinhua) -- Chinese Foreign Minister Qian Wei met with the head of the Fatah "
            "delegation Omar al-Masri in Beijing on Tuesday.")
    (meeting,) = _events(extract, body, "2024-03-13")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "Qian Wei", "Omar al-Masri", "CHN", "2024-03-12")


def test_chief_of_the_delegation_in_apposition_leads_the_delegation_met(extract):
    body = ("Secretary-General of the ruling Democratic Rally Samir Haddad met with a delegation of the Communist "
            "Party of China (CPC) on Sunday.\n\n"
            "Zhou Ping, chief of the CPC delegation and secretary-general of the CPC committee of Hunan Province, "
            "conveyed greetings from Chinese leaders.")
    (meeting,) = _events(extract, body, "2010-03-15")
    assert (meeting["kind"], meeting["actor"], meeting["counterpart"], meeting["start"]) == (
        "meeting", "Samir Haddad", "Zhou Ping", "2010-03-14")


def test_discussed_in_a_city_with_a_titled_person_is_a_meeting(extract):
    body = ("Damascus, ST - Assistant Secretary-General of the Baath Party Nabil Saleh and his accompanying "
            "delegation discussed in Beijing with Minister of the International Department of the Central Committee "
            "of the Communist Party of China Qian Wei ways to strengthen relations between the two parties.\n\n"
            "Saleh and the delegation also discussed with the staff of the Party School in Beijing ways of "
            "enhancing cooperation.")
    (meeting,) = _events(extract, body, "2018-05-10")
    assert (meeting["kind"], meeting["actor"], meeting["counterpart"], meeting["places"]) == (
        "meeting", "Nabil Saleh", "Qian Wei", "CHN")


def test_a_list_of_people_met_goes_on_past_a_relative_clause_giving_a_post(extract):
    body = ("MALE, May 9 (Xinhua) -- The delegation, led by Qian Wei, deputy head of the International Department "
            "of the CPC Central Committee, on Thursday met with President of the Maldives Ahmed Rasheed, who is also "
            "the leader of the governing coalition, Speaker of the Parliament Ibrahim Faiz, Minister of Foreign "
            "Affairs Hassan Latheef, and leaders of main political parties.")
    rows = _rows(_events(extract, body, "2024-05-10"), "kind", "actor", "counterpart", "places")
    assert [r for r in rows if r[0] == "meeting"] == [
        ("meeting", "Qian Wei", "Ahmed Rasheed", "MDV"), ("meeting", "Qian Wei", "Hassan Latheef", "MDV"),
        ("meeting", "Qian Wei", "Ibrahim Faiz", "MDV")]


def test_a_long_capitalised_double_post_between_listed_people(extract):
    body = ("GYUMRI, March 14 (Xinhua) -- The Chinese delegation, led by Qian Wei, held meetings with figures "
            "including Vice Speaker of the National Assembly Hayk Grigoryan, Deputy Chair of the Executive Board "
            "of the Civil Contract Party and Minister of Finance Levon Avetisyan, and Minister of Culture Mariam "
            "Sahakyan.")
    rows = _rows(_events(extract, body, "2024-03-15"), "kind", "counterpart")
    assert [r for r in rows if r[0] == "meeting"] == [
        ("meeting", "Hayk Grigoryan"), ("meeting", "Levon Avetisyan"), ("meeting", "Mariam Sahakyan")]


def test_a_lower_case_speaker_after_a_name_ends_the_list_item(extract):
    body = ("BELGRADE, May 22 (Xinhua) -- During the visit, the Chinese delegation, led by Qian Wei, met with Marko "
            "Jovanovic, president of the party and prime minister of Serbia, and Jelena Petrovic, speaker of the "
            "National Assembly of Serbia.")
    assert "Jelena Petrovic" in _people(extract, body, "2024-05-23")
    rows = _rows(_events(extract, body, "2024-05-23"), "kind", "counterpart", "places")
    assert ("meeting", "Jelena Petrovic", "SRB") in rows and ("meeting", "Marko Jovanovic", "SRB") in rows


def test_people_met_listed_between_semicolons(extract):
    body = ("At the invitation of the National Rally of Independents of Morocco, Qian Wei, member of the CPC "
            "Central Committee, led a CPC delegation to visit the country from September 11 to 13, and met with "
            "Youssef Amrani, member of the Political Bureau of the party; Driss Lahlou, Secretary General of the "
            "Istiqlal Party, Minister of Justice; and Hamid Tazi, President of the Regional Council, among others.")
    rows = _rows(_events(extract, body, "2023-09-14"), "kind", "actor", "counterpart", "places", "start")
    assert rows == [
        ("meeting", "Qian Wei", "Driss Lahlou", "MAR", "2023-09-11"),
        ("meeting", "Qian Wei", "Hamid Tazi", "MAR", "2023-09-11"),
        ("meeting", "Qian Wei", "Youssef Amrani", "MAR", "2023-09-11"),
        ("visit", "Qian Wei", "", "MAR", "2023-09-11")]


def test_discussions_with_members_of_a_body_meet_no_one_named(extract):
    body = ("CAIRO, June 5 (Xinhua) -- During the visit, Qian Wei met with Speaker of the Senate Adel Mansour, and "
            "held discussions with members of the Youth Council of the National Party.")
    rows = _rows(_events(extract, body, "2023-06-06"), "kind", "counterpart")
    assert rows == [("meeting", "Adel Mansour")]


def test_the_anniversary_of_a_visit_is_no_visit(extract):
    body = ("At the talks Qian Wei recalled the fifth anniversary of Chinese President Zhao Ming's state visit to "
            "Laos.")
    assert [e for e in _events(extract, body, "2024-09-20") if e["kind"] == "visit"] == []


def test_participating_in_a_seminar_and_attending_a_conference_before_it(extract):
    body = ("Secretary-General of the ruling party Samir Haddad met with the CPC delegation led by Zhou Ping on "
            "Sunday.\n\n"
            "After attending the ruling party's fifth national conference on Sunday, the CPC delegation will "
            "participate in a regional seminar in Tunis on Monday.")
    rows = _rows([e for e in _events(extract, body, "2009-11-02") if e["kind"] == "summit"],
                 "actor", "places", "start", "status")
    assert rows == [("Zhou Ping", "", "2009-11-01", "reported"), ("Zhou Ping", "TUN", "2009-11-02", "planned")]


def test_an_invitation_to_participate_in_a_forum_is_no_gathering(extract):
    body = "Qian Wei invited Samir Haddad to participate in the political parties dialogue forum in China."
    assert [e for e in _events(extract, body, "2023-04-02") if e["kind"] == "summit"] == []


def test_addressing_a_summit_whose_name_holds_a_bracketed_acronym(extract):
    body = ("Dusan Ilic, leader of the Serbian Progressive Party, addresses the Lao People's Revolutionary Party "
            "(LPRP) and Asian Political Parties Summit on March 18, 2022.")
    (summit,) = _events(extract, body, "2022-03-19")
    assert (summit["kind"], summit["actor"], summit["start"]) == ("summit", "Dusan Ilic", "2022-03-18")


def test_a_donation_activity_attended_is_a_gathering(extract):
    body = ("DHAKA, June 25 (Xinhua) -- Qian Wei attended the donation activity of the \"Healthy Children "
            "Initiative\" on Monday.")
    (summit,) = _events(extract, body, "2024-06-26")
    assert (summit["kind"], summit["actor"], summit["places"], summit["start"]) == (
        "summit", "Qian Wei", "BGD", "2024-06-24")


def test_a_delegation_subject_joined_by_and_attended_an_event(extract):
    body = ("MALE, Jan. 23 (Xinhua) -- A delegation of the CPC led by Qian Wei visited the Maldives from Jan. 21 "
            "to Jan. 23.\n\n"
            "The Chinese delegation also talked with a parliamentary friendship group and local journalists, "
            "and attended an event on cultural cooperation.")
    rows = _rows(_events(extract, body, "2024-01-24"), "kind", "actor", "places")
    assert rows == [("summit", "Qian Wei", "MDV"), ("visit", "Qian Wei", "MDV")]


def test_the_talks_of_a_with_b_then_the_sides_signed_a_protocol(extract):
    body = ("ASTANA, Sept 17 (Kazinform) -- Following the talks of the First Deputy Chairman of the Amanat party "
            "Erlan Bekov with the Deputy Head of the International Department of the CPC Central Committee Qian "
            "Wei, the sides signed a protocol on cooperation.")
    rows = _rows(_events(extract, body, "2023-09-17"), "kind", "actor", "counterpart", "start")
    assert rows == [("agreement", "Erlan Bekov", "protocol", "2023-09-17"),
                    ("meeting", "Erlan Bekov", "Qian Wei", "2023-09-17")]


def test_a_plan_for_tomorrow_counts_from_the_dateline_and_an_undated_plan_is_no_dateline_event(extract):
    body = ("BEIJING, April 9 (Xinhua) -- Qian Wei will meet with Prime Minister Ahmed Rasheed tomorrow.\n\n"
            "BEIJING, April 9 (Xinhua) -- Qian Wei will also meet with Speaker Ibrahim Faiz.")
    rows = _rows(_events(extract, body, "2024-04-11"), "counterpart", "start", "status", "date_basis")
    assert ("Ahmed Rasheed", "2024-04-10", "planned", "relative") in rows
    assert all(r[3] != "dateline" for r in rows)


def test_a_since_phrase_dates_nothing_after_its_comma(extract):
    body = ("Since President Ali Shareef was sworn in last November, Beijing has stepped up its ties "
            "with the Maldives, including a visit by Shareef to China in January.")
    (visit,) = _events(extract, body, "2024-09-18")
    assert (visit["kind"], visit["actor"], visit["places"], visit["start"]) == (
        "visit", "Ali Shareef", "CHN", "2024-01")


def test_a_gathering_attended_by_a_named_person_in_the_passive(extract):
    body = ("BELGRADE, July 7 (Xinhua) -- The video summit was attended in Belgrade by party leaders, Chinese "
            "Ambassador to Serbia Li Ming, and some 300 party members.")
    (summit,) = _events(extract, body, "2021-07-07")
    assert (summit["kind"], summit["actor"], summit["places"]) == ("summit", "Li Ming", "SRB")


def test_a_legislature_or_rally_named_in_a_post_is_not_part_of_the_name(extract):
    people = _people(extract, "BISHKEK, Sept 4 (Xinhua) -- Speaker of the Jogorku Kenesh Nurlan Asanov met with "
                              "Qian Wei on Monday, and Secretary-General of the ruling Democratic Rally Samir "
                              "Haddad met him on Tuesday.", "2024-09-05")
    assert {"Nurlan Asanov", "Samir Haddad"} <= people
    assert not any("Kenesh" in p or "Rally" in p for p in people)


def test_a_partner_agency_dateline_with_its_acronym_and_a_hyphen(extract):
    body = ("Damascus, SANA- Assistant Secretary General of the Baath Arab Socialist Party Nabil Saleh received on "
            "Sunday a delegation from the Communist Party of China headed by Qian Wei.")
    (meeting,) = _events(extract, body, "2024-05-06")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "Nabil Saleh", "Qian Wei", "SYR", "2024-05-05")


def test_a_foreign_host_meeting_a_delegation_of_the_cpc_meets_at_home(extract):
    body = ("Egyptian Prime Minister Samir Haddad met with a delegation of the Communist Party of China headed by "
            "Qian Wei on Sunday.")
    (meeting,) = _events(extract, body, "2024-05-06")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["mode"]) == (
        "Samir Haddad", "Qian Wei", "EGY", "host")
