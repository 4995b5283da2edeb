"""English event rules of round 15 (constructions of the genre, read from a new unseen set and the known gaps, each
tried in several wordings): a delegation's head named by "head of (the) delegation" anywhere in a sentence; a
delegation a country or party "is hosting"; "They" opening a sentence after a delegation's; "the meeting of A with
B"; "Invited to the Congress, X attended ..."; a workshop is a gathering and "Officiating at" one attends it; a
meeting on a tour is in its foreign side's country; "a party headed by X" does not make X the subject; a visit to an
embassy is no trip. Every sentence is invented in the genre."""

from readout_rows import en_events as _events
from readout_rows import fields_of as _rows

# A delegation's head named after its trip: "head of delegation, X" / "head of delegation and <post> X".

def test_head_of_delegation_without_an_article_leads_the_trip(extract):
    body = ("HARARE -- A 20-member ZANU-PF delegation yesterday left for China for a study tour. Speaking at the "
            "airport, head of delegation and Politburo member Cde Tendai Moyo said the trip would deepen ties.")
    rows = _rows(_events(extract, body, "2024-06-07"), "kind", "actor", "places", "start")
    assert ("visit", "Tendai Moyo", "CHN", "2024-06-06") in rows
    assert not any(r[1] == "ZANU–PF" for r in rows)


def test_the_head_of_the_delegation_after_a_comma_leads_the_trip(extract):
    body = ("A delegation of the Tanzanian ruling party CCM arrived in Beijing on Monday. The head of the delegation, "
            "Amina Juma, said the party wants to learn from the CPC.")
    rows = _rows(_events(extract, body, "2024-06-07"), "kind", "actor", "places")
    assert ("visit", "Amina Juma", "CHN") in rows


def test_head_of_the_delegation_and_a_name_straight_after_is_two_people(extract):
    # "the head of the delegation and X met ...": X is someone else, not the head
    body = ("A delegation of the CCM arrived in Beijing on Monday. The head of the delegation and Ambassador Li Ming "
            "later attended a banquet.")
    rows = _rows(_events(extract, body, "2024-06-07"), "kind", "actor")
    assert ("visit", "Li Ming") not in rows


# "X is hosting a delegation (led by Y)": Y's visit to X's country.

def test_a_country_hosting_a_delegation_led_by_x_is_x_visit(extract):
    body = ("ADDIS ABABA, June 3 (ENA) -- Ethiopia is hosting a delegation of the Communist Party of China led by "
            "Zhou Ming, vice minister of the International Department.")
    rows = _rows(_events(extract, body, "2024-06-03"), "kind", "actor", "places", "start")
    assert ("visit", "Zhou Ming", "ETH", "2024-06-03") in rows


def test_a_party_hosting_a_delegation_whose_leader_a_later_sentence_names(extract):
    body = ("Swapo Party has opened talks on a party school. The party is currently hosting a three-member "
            "delegation of experts from the International Department. The delegation is led by Zhou Ming, a "
            "division director of the Central Party School.")
    rows = _rows(_events(extract, body, "2024-06-03"), "kind", "actor", "places")
    assert ("visit", "Zhou Ming", "NAM") in rows


def test_the_host_named_before_hosting_leads_no_delegation(extract):
    body = "Prime Minister Abiy Ahmed is hosting a delegation of Kenyan business leaders in Addis Ababa this week."
    rows = _rows(_events(extract, body, "2024-06-03"), "kind", "actor")
    assert ("visit", "Abiy Ahmed") not in rows


# "They" opening a sentence after one that tells a delegation is the delegation.

def test_they_after_a_delegation_sentence_is_its_leader(extract):
    body = ("From June 2 to 6, Zhou Ming, member of the CPC Central Committee, led a delegation to visit Kazakhstan. "
            "They toured the Zhao Lin Book Corner at a library, and separately met with Kazakh Senate Speaker "
            "Yerlan Sadykov.")
    rows = _rows(_events(extract, body, "2024-06-07"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Zhou Ming", "Yerlan Sadykov", "KAZ") in rows
    assert not any(r[1] == "Zhao Lin" for r in rows)


def test_they_also_met_after_a_delegation_led_by_x(extract):
    body = ("A CPC delegation led by Zhou Ming arrived in Astana on Monday. They also held talks with Kazakh Senate "
            "Speaker Yerlan Sadykov on Tuesday.")
    rows = _rows(_events(extract, body, "2024-06-07"), "kind", "actor", "counterpart")
    assert ("meeting", "Zhou Ming", "Yerlan Sadykov") in rows


def test_they_after_a_sentence_with_no_delegation_is_not_a_leader(extract):
    body = ("Zhou Ming led a delegation to Astana on Monday. The two ministers, Ashimov Daulet and Sergei Bek, "
            "spoke to reporters. They later met with Kazakh President Kassym-Jomart Tokayev.")
    rows = _rows(_events(extract, body, "2024-06-07"), "kind", "actor", "counterpart")
    assert ("meeting", "Zhou Ming", "Kassym-Jomart Tokayev") not in rows


# A meeting on a tour of several countries is where its foreign side is from.

def test_a_meeting_on_a_two_country_tour_is_in_the_counterpart_country(extract):
    body = ("Zhou Ming led a CPC delegation to visit Kyrgyzstan and Uzbekistan from June 2 to 6. During the visit, "
            "Zhou met with Speaker of the Kyrgyz Parliament Nurlan Asanov.")
    rows = _rows(_events(extract, body, "2024-06-07"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Zhou Ming", "Nurlan Asanov", "KGZ") in rows


# "the meeting of A with B": a meeting whose sides the noun names.

def test_the_meeting_of_a_with_b_is_their_meeting(extract):
    body = ("Ties were discussed at the meeting of first deputy chairman of the party Erlan Bekov with China's "
            "Ambassador to Kazakhstan Zhou Ming, the party's press service said.")
    rows = _rows(_events(extract, body, "2024-06-07"), "kind", "actor", "counterpart")
    assert ("meeting", "Erlan Bekov", "Zhou Ming") in rows


def test_at_the_meeting_of_a_with_b_opening_the_sentence(extract):
    body = "At the meeting of party chairman Erlan Bekov with Ambassador Zhou Ming on Friday, ties were discussed."
    rows = _rows(_events(extract, body, "2024-06-10"), "kind", "actor", "counterpart", "start")
    assert ("meeting", "Erlan Bekov", "Zhou Ming", "2024-06-07") in rows


def test_a_meeting_of_a_body_with_no_with_stays_none(extract):
    body = "At the meeting of the Politburo on Friday, Zhou Ming reported on the plenum."
    rows = _rows(_events(extract, body, "2024-06-10"), "kind", "actor")
    assert not any(r[0] == "meeting" for r in rows)


# "Invited to the Congress, X attended ...": the gathering the opening phrase names.

def test_invited_to_the_congress_x_attended_its_opening(extract):
    body = "Invited to the Congress, Zhou Ming attended and addressed its opening session in Hanoi on Monday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places", "start")
    assert ("summit", "Zhou Ming", "VNM", "2024-06-03") in rows


def test_invited_to_the_congress_with_a_title_and_a_dateline(extract):
    body = ("HANOI, Jan. 20 (Xinhua) -- Invited to the 14th Congress of the Communist Party of Vietnam, Vice "
            "Minister Zhou Ming, head of the CPC delegation, attended its opening.")
    rows = _rows(_events(extract, body, "2026-01-20"), "kind", "actor", "places")
    assert ("summit", "Zhou Ming", "VNM") in rows


def test_invited_by_a_party_to_its_conference_x_spoke(extract):
    body = ("Invited by the ANC to attend its national conference in Johannesburg, Ambassador Zhou Ming spoke at "
            "the opening.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places")
    assert ("summit", "Zhou Ming", "ZAF") in rows


def test_invited_to_the_congress_x_only_said_is_no_attendance(extract):
    body = "Invited to the Congress, Zhou Ming said the CPC values its friendship with the party."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor")
    assert ("summit", "Zhou Ming") not in rows


# A workshop is a gathering; "Officiating at" it attends it.

def test_attending_the_opening_of_an_online_workshop_is_virtual(extract):
    body = ("On May 6th, Zhou Ming, assistant-minister of the International Department, attended an opening "
            "ceremony of the online training workshop of the Prosperity Party, and delivered a speech via video "
            "link.")
    rows = _rows(_events(extract, body, "2024-05-07"), "kind", "actor", "places", "start")
    assert ("summit", "Zhou Ming", "", "2024-05-06") in rows


def test_officiating_at_the_workshop_with_a_long_portfolio(extract):
    body = ("WINDHOEK, June 4 (Xinhua) -- Officiating at the workshop, the Minister of Information and Broadcasting "
            "Anna Shikongo said the party school will open next year.")
    rows = _rows(_events(extract, body, "2024-06-04"), "kind", "actor", "places")
    assert ("summit", "Anna Shikongo", "NAM") in rows
    assert not any(r[1].startswith("Broadcasting") for r in rows)


def test_a_workshop_participated_in_by_a_named_minister(extract):
    body = "Zhou Ming took part in a two-day workshop on poverty reduction in Kampala on Tuesday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places", "start")
    assert ("summit", "Zhou Ming", "UGA", "2024-06-04") in rows


# Precision guards.

def test_a_party_headed_by_x_does_not_make_x_the_visitor(extract):
    body = ("A group of lawmakers from Japan's ruling party headed by Prime Minister Taro Sato arrived in Beijing on "
            "Wednesday. The delegation, led by Kenji Ueda, a veteran lawmaker, will meet Zhou Ming.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places")
    assert ("visit", "Taro Sato", "CHN") not in rows
    assert ("visit", "Kenji Ueda", "CHN") in rows


def test_a_government_led_by_x_does_not_make_x_the_subject(extract):
    body = "Officials of the coalition government led by President Maria Lopez travelled to Beijing on Monday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor")
    assert ("visit", "Maria Lopez") not in rows


def test_a_visit_to_an_embassy_is_no_trip(extract):
    body = ("CARACAS -- On June 2, a delegation of the Communist Party of Venezuela led by General Secretary Pedro "
            "Rojas paid a visit to the Embassy of the People's Republic of China in Venezuela.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor")
    assert ("visit", "Pedro Rojas") not in rows


def test_a_visit_to_the_chinese_embassy_in_another_country_is_still_none(extract):
    body = "Nepali Congress leader Ram Thapa visited the Chinese Embassy in Kathmandu on Monday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor")
    assert ("visit", "Ram Thapa") not in rows


# A speaker "at" a gathering attends it: "X stressed at the summit that ...".

def test_stressed_at_the_summit_attends_it(extract):
    body = ("WINDHOEK, July 7 (Xinhua) -- President Zhou Ming stressed at the summit that every country chooses its "
            "own path.")
    rows = _rows(_events(extract, body, "2021-07-07"), "kind", "actor")
    assert ("summit", "Zhou Ming") in rows


def test_said_at_the_seminar_with_a_place_and_a_day(extract):
    body = "Nangolo Amupanda said at the seminar in Windhoek on Monday that ties with the CPC are strong."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places", "start")
    assert ("summit", "Nangolo Amupanda", "NAM", "2024-06-03") in rows


def test_noted_at_the_opening_of_a_named_forum(extract):
    body = "Vice Minister Zhou Ming noted at the opening of the China-Africa Forum that dialogue matters."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor")
    assert ("summit", "Zhou Ming") in rows


def test_said_at_a_press_conference_attends_nothing(extract):
    body = "Zhou Ming said at a press conference in Beijing that the summit had been a success."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor")
    assert ("summit", "Zhou Ming") not in rows


# A trip "for" a gathering is its attendance too.

def test_left_for_a_country_for_a_workshop_attends_it(extract):
    body = "Vice Minister Zhou Ming yesterday left for Zimbabwe for a 10-day workshop on party building."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places")
    assert ("visit", "Zhou Ming", "ZWE") in rows and ("summit", "Zhou Ming", "ZWE") in rows


def test_arrived_in_a_capital_for_the_congress_attends_it(extract):
    body = "Zhou Ming arrived in Hanoi on Monday for the 14th Congress of the Communist Party of Vietnam."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places")
    assert ("summit", "Zhou Ming", "VNM") in rows


def test_travelled_for_a_seminar_after_a_name_with_a_post(extract):
    body = ("Kenyan lawmaker Peter Kamau, a member of the Jubilee party, travelled to Beijing for a seminar on "
            "governance.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places")
    assert ("summit", "Peter Kamau", "CHN") in rows


def test_left_for_a_visit_attends_no_gathering(extract):
    body = "Zhou Ming left for Nairobi on Sunday for a three-day official visit."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor")
    assert ("visit", "Zhou Ming") in rows and ("summit", "Zhou Ming") not in rows


# Guards: "several visits" in general is no visit; a meeting requested is only attempted.

def test_several_visits_in_general_are_no_visit(extract):
    body = "ANC leaders have made several visits to China since the party's Polokwane conference."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind")
    assert ("visit",) not in rows


def test_many_visits_by_a_named_person_are_no_visit(extract):
    body = "Zhou Ming has paid many visits to Namibia over the past decade."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor")
    assert ("visit", "Zhou Ming") not in rows


def test_a_single_visit_after_several_words_is_still_a_visit(extract):
    body = "After several rounds of talks, Zhou Ming paid a visit to Namibia on Monday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places")
    assert ("visit", "Zhou Ming", "NAM") in rows


def test_requesting_a_meeting_is_attempted(extract):
    body = "Zhou Ming requested a meeting with President Hage Geingob during his stay."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart", "status")
    assert ("meeting", "Zhou Ming", "Hage Geingob", "attempted") in rows


def test_asked_for_talks_is_attempted(extract):
    body = "The opposition leader Peter Kamau asked for talks with Vice Minister Zhou Ming on Monday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "status")
    assert rows == [("meeting", "attempted")]


def test_a_guest_who_requested_a_visit_still_met(extract):
    body = "Zhou Ming met President Hage Geingob, who requested a visit to Beijing next year."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart", "status")
    assert ("meeting", "Zhou Ming", "Hage Geingob", "reported") in rows


# A counted group of a party's people opening the sentence is the delegation whose one leader the report names.

def test_a_counted_group_that_left_is_the_named_leader_trip(extract):
    body = ("KATHMANDU, Aug 24: Twelve leaders and cadres of the CPN (UML) left here for northern neighbour China on "
            "Saturday at the invitation of the CPC. The delegation is led by party foreign department chief Bishnu "
            "Rimal.")
    rows = _rows(_events(extract, body, "2024-08-25"), "kind", "actor", "places")
    assert ("visit", "Bishnu Rimal", "CHN") in rows


def test_a_counted_group_of_lawmakers_arrived_with_a_leader_named_before(extract):
    body = ("A delegation of the Kenyan ruling party led by Peter Kamau is on a study tour. 15 lawmakers from the "
            "party arrived in Beijing on Monday.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places")
    assert ("visit", "Peter Kamau", "CHN") in rows


def test_a_counted_group_in_a_report_of_two_leaders_stays_unnamed(extract):
    body = ("A CPC delegation led by Zhou Ming met a delegation of the ANC led by Thabo Dube. Twelve officials of the "
            "ANC left for Shanghai on Monday.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places")
    assert ("visit", "Zhou Ming", "CHN") not in rows and ("visit", "Thabo Dube", "CHN") not in rows


# A name right after a post and its comma, closed by "and" or by the sentence's end, is a person.

def test_a_chairman_comma_name_and_a_second_person_meet(extract):
    body = ("HARARE -- Before their departure, Zanu PF Chairman, Simon Dube and the incoming Chinese Ambassador, "
            "Zhou Ming, met at the party headquarters.")
    people = {m["name"] or m["text"] for m in extract(body, "2024-06-05")["mentions"] if m["kind"] == "person"}
    assert "Simon Dube" in people


def test_a_department_chief_comma_name_at_the_sentence_end(extract):
    body = "The delegation is led by party Foreign Department Chief, Bishnu Rimal."
    people = {m["name"] or m["text"] for m in extract(body, "2024-06-05")["mentions"] if m["kind"] == "person"}
    assert "Bishnu Rimal" in people


def test_a_post_comma_and_a_body_name_is_no_person(extract):
    body = "He spoke to the party's Secretary General, Central Committee and Politburo."
    people = {m["name"] or m["text"] for m in extract(body, "2024-06-05")["mentions"] if m["kind"] == "person"}
    assert not any("Central Committee" in p for p in people)


# "A and incoming (new) Ambassador to X, B met": a pair; an ambassador "to X" meets in X when the clause says nowhere.

def test_a_pair_with_an_incoming_ambassador_meets_where_he_is_posted(extract):
    body = ("Before their departure, party chairman Simon Dube and incoming Chinese Ambassador to Zimbabwe, "
            "Ambassador Zhou Ming met at the party headquarters.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Simon Dube", "Zhou Ming", "ZWE") in rows


def test_the_new_ambassador_in_a_pair_that_held_talks(extract):
    body = "Party leader Simon Dube and the new Chinese Ambassador Zhou Ming held talks in Harare on Monday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Simon Dube", "Zhou Ming", "ZWE") in rows


def test_an_ambassador_to_a_country_as_the_subject_meets_there(extract):
    body = "Chinese Ambassador to Namibia Zhou Ming met Swapo Secretary General Anna Shikongo on Monday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Zhou Ming", "Anna Shikongo", "NAM") in rows


def test_an_ambassador_meeting_by_video_link_has_no_place(extract):
    body = "Chinese Ambassador to Namibia Zhou Ming held a video call with Swapo leader Anna Shikongo on Monday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "places")
    assert ("meeting", "NAM") not in rows


# "Leading the delegation are X and Y" names its head; a hosted delegation with no host country told is no trip.

def test_leading_the_delegation_is_x_makes_x_its_leader(extract):
    body = ("BEIJING -- A delegation of the Pakistan Muslim League met with Vice Minister Zhou Ming in Beijing on "
            "Tuesday. Leading the delegation is former Federal Minister Syed Ali Shah.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart")
    assert ("meeting", "Syed Ali Shah", "Zhou Ming") in rows or ("meeting", "Zhou Ming", "Syed Ali Shah") in rows


def test_heading_the_team_was_x_after_a_team_visit(extract):
    body = ("A delegation of the Kenyan Jubilee party visited Beijing last week. Heading the delegation was party "
            "secretary general Peter Kamau.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places")
    assert ("visit", "Peter Kamau", "CHN") in rows


def test_leading_a_discussion_is_not_leading_a_delegation(extract):
    body = ("A delegation of the Kenyan Jubilee party visited Beijing last week. Leading the discussion was Vice "
            "Minister Zhou Ming.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor")
    assert ("visit", "Zhou Ming") not in rows


def test_a_parliament_hosting_a_guest_from_china_names_no_host_country(extract):
    body = ("Parliament to host China's top legislator\n\nThe National Assembly will be hosting a high level "
            "delegation from China, led by Zhou Ming, Chairman of the National People's Congress.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places")
    assert ("visit", "Zhou Ming", "CHN") not in rows


def test_a_list_on_a_tour_keeps_the_country_of_the_side_before(extract):
    body = ("Zhou Ming led a CPC delegation to visit Kyrgyzstan and Uzbekistan from June 2 to 6. They toured a "
            "library, and separately met with the Speaker of the Kyrgyz Parliament, Nurlan Asanov, and State "
            "Secretary Omurbek Tekebayev.")
    rows = _rows(_events(extract, body, "2024-06-07"), "kind", "counterpart", "places")
    assert ("meeting", "Nurlan Asanov", "KGZ") in rows
    assert ("meeting", "Omurbek Tekebayev", "KGZ") in rows


# "met with X, who is leading a delegation for the Dialogue in Beijing": where the one met is.

def test_met_x_who_is_leading_a_delegation_to_a_dialogue_in_a_city(extract):
    body = ("President Zhou Ming met with former U.S. Secretary of State John Carter, who is leading a U.S. delegation "
            "for the fifth meeting of the China-U.S. High-Level Dialogue in Beijing on Monday.")
    rows = _rows(_events(extract, body, "2015-11-02"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Zhou Ming", "John Carter", "CHN") in rows


def test_met_x_who_is_in_a_capital_for_talks(extract):
    body = "Vice Minister Zhou Ming met with Kenyan lawmaker Peter Kamau, who is in Nairobi for talks, on Monday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "counterpart", "places")
    assert ("meeting", "Peter Kamau", "KEN") in rows


def test_met_x_who_visited_a_city_years_ago_takes_no_place_from_it(extract):
    body = "Vice Minister Zhou Ming met with Kenyan lawmaker Peter Kamau, who visited Beijing in 2019, on Monday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "counterpart", "places")
    assert ("meeting", "Peter Kamau", "CHN") not in rows


# A meeting placed nowhere in the body happened in the one country the headline says the trip is to.

def test_a_headline_visit_places_an_unplaced_meeting(extract):
    body = "Vice Minister Zhou Ming met Prime Minister Sok Dara on Monday."
    rows = _rows(_events(extract, body, "2024-06-05", "Senior CPC official visits Cambodia"), "kind", "actor",
                 "counterpart", "places")
    assert ("meeting", "Zhou Ming", "Sok Dara", "KHM") in rows


def test_a_headline_visit_to_places_an_unplaced_gathering(extract):
    body = "Vice Minister Zhou Ming attended a seminar on party building on Tuesday."
    rows = _rows(_events(extract, body, "2024-06-05", "CPC delegation concludes visit to Laos"), "kind", "actor",
                 "places")
    assert ("summit", "Zhou Ming", "LAO") in rows


def test_a_headline_tour_of_two_countries_places_nothing(extract):
    body = "Vice Minister Zhou Ming met Prime Minister Sok Dara on Monday."
    rows = _rows(_events(extract, body, "2024-06-05", "CPC delegation visits Cambodia, Laos"), "kind", "places")
    assert ("meeting", "KHM") not in rows and ("meeting", "LAO") not in rows


def test_a_headline_trip_does_not_place_a_video_meeting(extract):
    body = "Zhou Ming held a video call with Prime Minister Sok Dara."
    rows = _rows(_events(extract, body, "2024-06-05", "Senior CPC official visits Cambodia"), "kind", "places")
    assert ("meeting", "KHM") not in rows


# The side who receives, or is called on, meets at home when the clause names no place.

def test_a_foreign_leader_who_received_a_chinese_official_is_at_home(extract):
    body = "Cambodian Prime Minister Sok Dara received Vice Minister Zhou Ming on Monday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Sok Dara", "Zhou Ming", "KHM") in rows


def test_received_by_a_foreign_leader_in_the_passive(extract):
    body = "Vice Minister Zhou Ming was received by Cambodian Prime Minister Sok Dara on Monday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "places")
    assert ("meeting", "KHM") in rows


def test_called_on_a_foreign_leader_is_at_his_home(extract):
    body = "Vice Minister Zhou Ming called on Cambodian Prime Minister Sok Dara on Monday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "places")
    assert ("meeting", "KHM") in rows


def test_met_with_no_place_stays_unplaced(extract):
    body = "Vice Minister Zhou Ming met Cambodian Prime Minister Sok Dara on Monday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "places")
    assert ("meeting", "") in rows


# A Chinese side meeting one whose title gives the (foreign) dateline's country meets there.

def test_a_later_meeting_with_a_host_of_the_dateline_country_is_there(extract):
    body = ("VIENTIANE, Sept. 14 (Xinhua) -- Lao leaders on Saturday praised the ties between the two parties.\n\n"
            "Zhao Ming, assistant minister of the International Department, met Lao Vice President Khamla "
            "Sisavath on Saturday.")
    rows = _rows(_events(extract, body, "2024-09-14"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Zhao Ming", "Khamla Sisavath", "LAO") in rows


def test_the_host_first_then_the_chinese_guest_under_a_foreign_dateline(extract):
    body = ("VIENTIANE, Sept. 14 (Xinhua) -- Lao leaders on Saturday praised the ties between the two parties.\n\n"
            "On Friday, Lao Vice President Khamla Sisavath met Zhao Ming, assistant minister of the International "
            "Department.")
    rows = _rows(_events(extract, body, "2024-09-14"), "kind", "places")
    assert ("meeting", "LAO") in rows


def test_a_third_country_side_under_a_foreign_dateline_is_not_placed_there(extract):
    body = ("VIENTIANE, Sept. 14 (Xinhua) -- Lao leaders on Saturday praised the ties between the two parties.\n\n"
            "Zhao Ming, assistant minister of the International Department, met Cambodian Prime Minister Sok Dara "
            "on Friday.")
    rows = _rows(_events(extract, body, "2024-09-14"), "kind", "places")
    assert ("meeting", "LAO") not in rows


# "A and B exchanged views on ..." is their meeting; "exchanged views on X with B" meets B.

def test_a_pair_that_exchanged_views_on_a_topic_met(extract):
    body = ("Vice Minister Zhou Ming and Kenyan President Samuel Mwangi exchanged views on party building in Nairobi "
            "on Monday.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart", "places", "start")
    assert ("meeting", "Zhou Ming", "Samuel Mwangi", "KEN", "2024-06-03") in rows


def test_a_pair_with_posts_that_exchanged_in_depth_views(extract):
    body = ("Vice Minister Zhou Ming, head of the CPC delegation, and Kenyan President Samuel Mwangi exchanged "
            "in-depth views on ties on Monday.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart")
    assert ("meeting", "Zhou Ming", "Samuel Mwangi") in rows


def test_exchanged_views_on_a_topic_with_a_person_met_him(extract):
    body = "Vice Minister Zhou Ming exchanged views on ties with Kenyan President Samuel Mwangi in Nairobi."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Zhou Ming", "Samuel Mwangi", "KEN") in rows


def test_exchanged_views_on_a_leaders_thought_meets_no_one(extract):
    body = "Vice Minister Zhou Ming exchanged views on President Zhao Lin's thought at the seminar."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind")
    assert ("meeting",) not in rows


def test_the_two_sides_exchanged_views_meets_no_one(extract):
    body = "The two sides exchanged views on regional issues of common concern."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind")
    assert ("meeting",) not in rows


# "X is in Kenya at the invitation of ..." is a trip; "Kenya welcomed a delegation led by X" is X's visit.

def test_in_a_country_at_the_invitation_of_a_party_is_a_trip(extract):
    body = "Vice Minister Zhou Ming is in Kenya at the invitation of the Jubilee Party."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places")
    assert ("visit", "Zhou Ming", "KEN") in rows


def test_was_in_a_capital_at_the_kind_invitation_of_its_leader(extract):
    body = "Last month Vice Minister Zhou Ming was in Nairobi at the kind invitation of President Samuel Mwangi."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places")
    assert ("visit", "Zhou Ming", "KEN") in rows


def test_a_country_that_welcomed_a_delegation_led_by_x_is_x_visit(extract):
    body = "Kenya welcomed a CPC delegation led by Vice Minister Zhou Ming on Monday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places", "start")
    assert ("visit", "Zhou Ming", "KEN", "2024-06-03") in rows


def test_a_president_who_received_a_delegation_gives_no_hosted_visit(extract):
    body = "Kenyan President Samuel Mwangi received a CPC delegation led by Vice Minister Zhou Ming on Monday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor")
    assert ("meeting", "Samuel Mwangi") in rows and ("visit", "Zhou Ming") not in rows


# A planned attendance told with the bare stem: "will attend the forum", "is expected to attend the Congress".

def test_will_attend_the_forum_is_a_planned_attendance(extract):
    body = "Vice Minister Zhou Ming will attend the forum in Nairobi on Monday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places", "status")
    assert ("summit", "Zhou Ming", "KEN", "planned") in rows


def test_is_expected_to_attend_the_congress(extract):
    body = "Vice Minister Zhou Ming is expected to attend the 10th Congress of the Jubilee Party in Nairobi next week."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "status")
    assert ("summit", "Zhou Ming", "planned") in rows


def test_will_visit_and_attend_the_conference(extract):
    body = "Vice Minister Zhou Ming will visit Australia and attend the national conference of the Labor Party."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor")
    assert ("visit", "Zhou Ming") in rows and ("summit", "Zhou Ming") in rows


def test_gratitude_for_a_delegation_to_attend_is_no_attendance_of_the_speaker(extract):
    body = ("Kenyan President Samuel Mwangi expressed his gratitude for the CPC delegation to attend his party's "
            "annual conference.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor")
    assert ("summit", "Samuel Mwangi") not in rows


def test_invited_to_attend_the_congress_is_no_attendance(extract):
    body = "Vice Minister Zhou Ming was invited to attend the congress of the Jubilee Party."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor")
    assert ("summit", "Zhou Ming") not in rows


# "opened the Forum" is a gathering held, not a body founded; "represented the CPC at the congress" attends it;
# "was among the foreign guests at" a gathering attends it.

def test_opened_a_named_forum_is_a_gathering_not_a_founding(extract):
    body = "Kenyan President Samuel Mwangi opened the China-Africa Political Parties Forum in Nairobi on Monday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places")
    assert ("summit", "Samuel Mwangi", "KEN") in rows and not any(r[0] == "founding" for r in rows)


def test_opened_the_seminar_on_governance(extract):
    body = "Vice Minister Zhou Ming opened a seminar on governance for Kenyan party cadres in Nairobi on Tuesday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor")
    assert ("summit", "Zhou Ming") in rows and not any(r[0] == "founding" for r in rows)


def test_opened_a_new_office_is_still_a_founding(extract):
    body = "The Jubilee Party opened a new liaison office in Nairobi on Monday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind")
    assert ("founding",) in rows


def test_represented_the_cpc_at_the_congress_attends_it(extract):
    body = "Vice Minister Zhou Ming represented the CPC at the congress of the Jubilee Party in Nairobi on Monday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places", "start")
    assert ("summit", "Zhou Ming", "KEN", "2024-06-03") in rows


def test_represented_his_party_at_a_symposium_attends_it(extract):
    body = "Kenyan Vice President Rigathi Gachagua represented his party at a symposium in Beijing on Monday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places")
    assert ("summit", "Rigathi Gachagua", "CHN") in rows


def test_represented_china_at_the_talks_attends_no_gathering(extract):
    body = "Vice Minister Zhou Ming represented China at the talks with Kenya."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor")
    assert ("summit", "Zhou Ming") not in rows


def test_among_the_foreign_guests_at_the_congress_attends_it(extract):
    body = ("Vice Minister Zhou Ming was among the foreign guests at the congress of the Jubilee Party in Nairobi on "
            "Monday.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places")
    assert ("summit", "Zhou Ming", "KEN") in rows


# More ways of meeting and signing: "inked", "sat down with", a letter handed over, greetings from a sender.

def test_a_pair_that_inked_a_memorandum_signed_it(extract):
    body = ("Vice Minister Zhou Ming and Kenyan President Samuel Mwangi inked a memorandum of understanding in Nairobi "
            "on Monday.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart", "places")
    assert ("agreement", "Zhou Ming", "Samuel Mwangi", "KEN") in rows


def test_sat_down_with_a_president_is_a_meeting(extract):
    body = "Vice Minister Zhou Ming sat down with Kenyan President Samuel Mwangi in Nairobi on Monday."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Zhou Ming", "Samuel Mwangi", "KEN") in rows


def test_handed_over_a_letter_from_the_president_to_a_president_met_him(extract):
    body = ("Vice Minister Zhou Ming handed over a letter from President Zhao Lin to Kenyan President Samuel Mwangi "
            "in Nairobi on Monday.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart")
    assert ("meeting", "Zhou Ming", "Samuel Mwangi") in rows


def test_conveyed_greetings_from_the_president_to_a_president_met_him(extract):
    body = ("Vice Minister Zhou Ming conveyed greetings from President Zhao Lin to Kenyan President Samuel Mwangi "
            "in Nairobi on Monday.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart")
    assert ("meeting", "Zhou Ming", "Samuel Mwangi") in rows


def test_conveyed_greetings_to_an_absent_leader_meets_no_one(extract):
    body = ("Morales congratulated Zhou Ming on his election and conveyed greetings to the President of that nation, "
            "Zhao Lin, on behalf of the party leadership.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "counterpart")
    assert ("meeting", "Zhao Lin") not in rows


def test_a_deal_inked_with_no_one_named_is_no_agreement(extract):
    body = "The deal was inked after long talks between the two parties."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind")
    assert ("agreement",) not in rows


# "jetted into Beijing", "flew into Nairobi": trips.

def test_jetted_into_a_capital_is_a_trip(extract):
    body = "Jubilee Party secretary general Peter Kamau jetted into Beijing on Monday for a week-long study tour."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places", "start")
    assert ("visit", "Peter Kamau", "CHN", "2024-06-03") in rows


def test_flew_into_a_capital_for_a_visit_is_a_trip(extract):
    body = "Vice Minister Zhou Ming flew into Nairobi on Sunday for a three-day visit."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "places")
    assert ("visit", "Zhou Ming", "KEN") in rows


def test_prices_that_flew_into_the_air_are_no_trip(extract):
    body = "Vice Minister Zhou Ming said prices flew into the stratosphere last year."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind")
    assert ("visit",) not in rows


# "Meeting with X ..., Y said": Y met X.

def test_a_fronted_meeting_with_x_is_the_speaker_meeting(extract):
    body = ("Meeting with Kenyan President Samuel Mwangi in Nairobi on Monday, Vice Minister Zhou Ming said ties were "
            "strong.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart", "places", "start")
    assert ("meeting", "Zhou Ming", "Samuel Mwangi", "KEN", "2024-06-03") in rows


def test_when_meeting_with_x_the_speaker_met_him(extract):
    body = ("When meeting with Kenyan President Samuel Mwangi in Nairobi on Monday, Vice Minister Zhou Ming said ties "
            "were strong.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart")
    assert ("meeting", "Zhou Ming", "Samuel Mwangi") in rows


def test_meeting_with_x_as_a_subject_is_no_meeting(extract):
    body = "Meeting with Kenyan President Samuel Mwangi is a priority, Vice Minister Zhou Ming said."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind")
    assert ("meeting",) not in rows
