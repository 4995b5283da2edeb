"""English event rules of round 13 (constructions of the genre, not of one set): a post with a nationality after a
name ("X, Venezuelan Foreign Minister."); a guest "who was in China for" a gathering visits and attends it; a meeting
with a "visiting" group led by X is X's visit, in the host's country; "Head of the delegation, <post> X," and a party's
"team led by X" name the leader; "a delegate said during a visit" is the delegation's visit; a bare given name before
"is scheduled to meet"; "The meeting between ... is scheduled to be held" is planned; "At invitation of" (no article);
"talked with"; "came to Vientiane to attend the congress"; "James CY Soong". Every sentence is invented in the genre."""

from readout_rows import en_events as _events
from readout_rows import fields_of as _rows


def test_a_post_with_a_nationality_ending_the_sentence_names_the_person_met(extract):
    body = ("Beijing, June 3rd—Zhou Ming, Vice-minister of the International Department of the CPC Central Committee, "
            "met here today with Karl Weber, Austrian Foreign Minister.")
    rows = _rows(_events(extract, body, "2024-06-03"), "kind", "actor", "counterpart", "places", "start")
    assert ("meeting", "Zhou Ming", "Karl Weber", "CHN", "2024-06-03") in rows


def test_a_guest_in_china_for_a_gathering_visits_and_attends_it(extract):
    body = ("Beijing, June 3rd—Zhou Ming, Vice-minister of the International Department of the CPC Central Committee, "
            "met here today with Karl Weber, General Secretary of the Social Democratic Party of Austria, who was in "
            "China for the World Political Parties Forum.")
    rows = _rows(_events(extract, body, "2024-06-03"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Zhou Ming", "Karl Weber", "CHN") in rows
    assert ("visit", "Karl Weber", "", "CHN") in rows
    assert ("summit", "Karl Weber", "", "CHN") in rows


def test_a_group_in_china_for_a_gathering_gives_its_host_no_trip(extract):
    body = ("Beijing, June 3rd—Zhou Ming, Vice-minister of the International Department of the CPC Central Committee, "
            "met here today with representatives of ruling parties of Pacific island states, who were in China for "
            "the World Political Parties Forum.")
    rows = _rows(_events(extract, body, "2024-06-03"), "kind", "actor")
    assert ("visit", "Zhou Ming") not in rows and ("summit", "Zhou Ming") not in rows


def test_a_visiting_group_led_by_x_is_x_visit_in_the_host_country(extract):
    body = ("Chen Hao, a senior CPC official, on Tuesday met with a visiting friendship group of the People's Party "
            "of Cambodia led by Sok Chenda, the party's deputy president.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Chen Hao", "Sok Chenda", "CHN") in rows
    assert ("visit", "Sok Chenda", "", "CHN") in rows


def test_head_of_the_delegation_fronted_before_its_post_and_name_leads_it(extract):
    body = ("A delegation of the Lao People's Revolutionary Party visited Yunnan from May 2 to 7. Head of the "
            "delegation, LPRP Central Committee member Somsak Vongsa, said the tour was useful.")
    rows = _rows(_events(extract, body, "2024-05-08"), "kind", "actor", "places")
    assert ("visit", "Somsak Vongsa", "CHN") in rows
    assert not any(r[0] == "visit" and r[1] != "Somsak Vongsa" for r in rows)


def test_a_delegate_speaking_during_a_visit_is_the_delegation_on_it(extract):
    body = ("A ruling Malawi Congress Party delegate said on Monday during a two-week visit to China that "
            "the party would learn from the CPC. Head of the Malawian delegation, party Secretary for Information "
            "Grace Banda, thanked the hosts.")
    rows = _rows(_events(extract, body, "2024-05-08"), "kind", "actor", "places")
    assert ("visit", "Grace Banda", "CHN") in rows
    assert not any(r[0] == "visit" and r[1] != "Grace Banda" for r in rows)


def test_a_party_team_led_by_x_is_x_delegation(extract):
    body = ("KATHMANDU, May 5: A team led by Zhou Ming, a member of the Central Committee of the Communist Party of "
            "China, arrived in Nepal on Sunday. The Chinese Communist Party team held a courtesy meeting with "
            "President Ram Thapa.")
    rows = _rows(_events(extract, body, "2024-05-05"), "kind", "actor", "counterpart", "places")
    assert ("visit", "Zhou Ming", "", "NPL") in rows
    assert ("meeting", "Zhou Ming", "Ram Thapa", "NPL") in rows


def test_a_bare_given_name_scheduled_to_meet_is_the_person_named_in_full(extract):
    body = ("KATHMANDU, May 5: A team led by Zhou Ming, a member of the Central Committee of the Communist Party of "
            "China, arrived in Nepal on Sunday. Ming is scheduled to meet with CPN (UML) Chairman Hari Bhattarai on "
            "Tuesday.")
    rows = _rows(_events(extract, body, "2024-05-05"), "kind", "actor", "counterpart", "status")
    assert ("meeting", "Zhou Ming", "Hari Bhattarai", "planned") in rows


def test_a_meeting_between_a_team_and_a_leader_scheduled_to_be_held_is_planned(extract):
    body = ("KATHMANDU, May 5: The meeting between the Chinese Communist Party team and opposition leader Ram Thapa "
            "is scheduled to be held today. The team, led by Zhou Ming, a member of the Central Committee of the "
            "Communist Party of China, arrived in Nepal on Sunday.")
    rows = _rows(_events(extract, body, "2024-05-05"), "kind", "actor", "counterpart", "status")
    assert ("meeting", "Zhou Ming", "Ram Thapa", "planned") in rows
    assert not any(r[0] == "meeting" and r[3] == "reported" for r in rows)


def test_at_invitation_with_no_article_is_not_the_visitor(extract):
    body = ("Li Ming, a member of the CPC Central Committee, conveyed Premier Li Hua's greetings. At invitation of "
            "the Labour Party of Fiji, Li led a CPC delegation to visit Fiji from May 2 to 5.")
    rows = _rows(_events(extract, body, "2024-05-06"), "kind", "actor", "places")
    assert not any(r[1] == "Labour Party of Fiji" for r in rows)


def test_talked_with_is_a_meeting(extract):
    body = ("SUVA, May 3 (Xinhua) -- Zhou Ming led a CPC delegation to visit Fiji from Wednesday to Friday. During "
            "the stay, Zhou talked with Prime Minister Josaia Tuilagi and other political figures.")
    rows = _rows(_events(extract, body, "2024-05-03"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Zhou Ming", "Josaia Tuilagi", "FJI") in rows


def test_came_to_a_capital_to_attend_a_congress_is_a_visit_and_an_attendance(extract):
    body = ("Zhou Ming, who came to Vientiane to attend the congress of the Lao People's Revolutionary Party, met Lao "
            "leader Somsak Vongsa on Tuesday.")
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "actor", "counterpart", "places")
    assert ("visit", "Zhou Ming", "", "LAO") in rows
    assert ("summit", "Zhou Ming", "the congress of the Lao People's Revolutionary Party", "LAO") in rows
    assert ("meeting", "Zhou Ming", "Somsak Vongsa", "LAO") in rows


def test_came_to_a_lower_case_word_is_no_trip(extract):
    body = "The talks came to an end when Zhou Ming came to power in the province."
    assert not [e for e in _events(extract, body, "2024-06-05") if e["kind"] == "visit"]


def test_two_capitals_as_a_middle_initial_stay_in_the_name(extract):
    body = ("Liu Qi, a member of the CPC Central Committee Political Bureau, met and hosted a banquet Tuesday for "
            "visiting People First Party (PFP) Chairman James CY Soong and his delegation.")
    rows = _rows(_events(extract, body, "2005-05-11"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Liu Qi", "James CY Soong", "CHN") in rows
    assert ("visit", "James CY Soong", "", "CHN") in rows


def test_an_acronym_in_the_middle_is_no_initial(extract):
    body = "Zhou Ming met here on Monday with Peter Grant, UK MP Office secretary, in Beijing."
    rows = _rows(_events(extract, body, "2024-06-05"), "kind", "counterpart")
    assert not any("UK" in r[1] for r in rows)


def test_and_led_the_delegation_to_attend_after_a_meeting_is_an_attendance(extract):
    body = ("SANTIAGO, May 9 (Xinhua) -- Zhou Ming led a CPC delegation to visit Chile from Wednesday to Thursday. "
            "He also met with Ana Ruiz, executive secretary of the regional commission, and led the delegation to "
            "attend the symposium on the theme of modernization.")
    rows = _rows(_events(extract, body, "2024-05-09"), "kind", "actor", "places")
    assert ("meeting", "Zhou Ming", "CHL") in rows
    assert ("summit", "Zhou Ming", "CHL") in rows


def test_led_a_delegation_to_attend_a_gathering_with_no_place_told_is_an_attendance(extract):
    body = "Zhou Ming, a senior CPC official, led the delegation to attend the symposium on party governance."
    rows = _rows(_events(extract, body, "2024-05-09"), "kind", "actor", "counterpart")
    assert ("summit", "Zhou Ming", "the symposium") in rows


def test_a_gathering_told_with_no_host_is_attended_by_those_named_after(extract):
    body = ("The dialogue was held in Beijing on Monday. It was attended by 26 party leaders from 15 countries, "
            "including Peter Olsen, chairman of the Labour Party of Norway, and Maria Lopez, president of the "
            "Socialist Party of Chile.")
    rows = _rows(_events(extract, body, "2024-05-09"), "kind", "actor", "places", "start")
    assert ("summit", "Peter Olsen", "CHN", "2024-05-06") in rows
    assert ("summit", "Maria Lopez", "CHN", "2024-05-06") in rows
    assert len(rows) == 2


def test_a_gathering_retold_by_its_head_noun_is_one_attendance(extract):
    body = ("JOHANNESBURG, July 20 (Xinhua) -- Zhou Ming led a CPC delegation to attend the BRICS Political Parties "
            "Dialogue and paid a visit to South Africa from Monday to Wednesday. Zhou also addressed the dialogue.")
    rows = _rows(_events(extract, body, "2023-07-20"), "kind", "actor", "places")
    assert rows.count(("summit", "Zhou Ming", "ZAF")) == 1


def test_a_gathering_reportedly_attended_by_leaders_and_a_speaker_after_it(extract):
    body = ("The first meeting of the China-Pacific political parties' dialogue was held in Beijing on June 12.\n\n"
            "The meeting was reportedly attended by 20 leaders of parties in the region, including Deputy Speaker of "
            "the Parliament of Fiji Ana Tora.\n\n"
            "According to Xinhua, Zhou Ming, head of the International Department of the CPC Central Committee, said "
            "the dialogue deepened mutual trust.")
    rows = _rows(_events(extract, body, "2024-06-14"), "kind", "actor", "places", "start")
    assert ("summit", "Ana Tora", "CHN", "2024-06-12") in rows
    assert ("summit", "Zhou Ming", "CHN", "2024-06-12") in rows


def test_a_speaker_after_a_gathering_no_one_was_told_to_attend_attends_nothing(extract):
    body = ("The dialogue was held in Beijing on June 12.\n\nZhou Ming, head of the International Department of the "
            "CPC Central Committee, said ties were strong.")
    rows = _rows(_events(extract, body, "2024-06-14"), "kind", "actor")
    assert ("summit", "Zhou Ming") not in rows


def test_several_delegations_arriving_are_each_leader_trip(extract):
    body = ("Two delegations from the communist parties of China and Laos arrived in Managua this Sunday, May 5. Both "
            "delegations were received by a presidential adviser at the airport.\n\nZhou Ming, director general of a "
            "bureau of the International Department of the CPC Central Committee, heads the delegation from China.\n\n"
            "Somsak Vongsa, member of the LPRP Central Committee, leads the Lao mission.")
    rows = _rows(_events(extract, body, "2024-05-06"), "kind", "actor", "places", "start")
    assert ("visit", "Zhou Ming", "NIC", "2024-05-05") in rows
    assert ("visit", "Somsak Vongsa", "NIC", "2024-05-05") in rows


def test_one_delegation_arriving_is_not_several(extract):
    body = ("The delegations of the two parties held talks in Managua on Sunday. Zhou Ming heads the delegation of "
            "the CPC.")
    rows = _rows(_events(extract, body, "2024-05-06"), "kind", "actor")
    assert ("visit", "Zhou Ming") not in rows


def test_several_delegations_visiting_no_place_make_no_trip(extract):
    body = ("Three delegations visited the exhibition of the party's history on Monday.\n\nZhou Ming, director "
            "general of a bureau of the International Department of the CPC Central Committee, leads the CPC's "
            "delegation.")
    rows = _rows(_events(extract, body, "2024-05-06"), "kind", "actor")
    assert ("visit", "Zhou Ming") not in rows
