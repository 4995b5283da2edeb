"""English event rules of round 12 (constructions of the genre, not of one set): a delegation that "left here
today for" a country visits it; "returned from Beijing" tells a trip there; an envoy who "delivered a
congratulatory letter from Xi to Y" met Y; "X, head of the group" or "X of the party school, head of this
delegation" leads the group the report tells of. Every sentence is invented in the genre."""

from liaison.extract import triggers
from readout_rows import en_events as _events
from readout_rows import fields_of as _rows


def test_left_here_today_for_a_country_is_a_visit(extract):
    body = ("Kathmandu, May 3: A 12-member delegation of the Nepali Congress led by party vice president Ram Thapa "
            "left here today for China at the invitation of the Communist Party of China.")
    rows = _rows(_events(extract, body, "2024-05-03"), "kind", "actor", "places", "start")
    assert ("visit", "Ram Thapa", "CHN", "2024-05-03") in rows


def test_left_on_a_weekday_for_a_country_is_a_visit(extract):
    body = "Party chairman Ali Musa left Dhaka Sunday for Vietnam to attend the congress of the ruling party."
    rows = _rows(_events(extract, body, "2024-05-07"), "kind", "actor", "places")
    assert ("visit", "Ali Musa", "VNM") in rows


def test_returned_from_a_capital_is_a_trip_there(extract):
    body = ("Details of the chairman's trip will be settled after the party's secretary general, Chen Ming-hui, "
            "returned from Beijing on Tuesday.")
    rows = _rows(_events(extract, body, "2024-05-09"), "kind", "actor", "places")
    assert ("visit", "Chen Ming-hui", "CHN") in rows


def test_returned_from_a_lower_case_word_is_no_trip():
    hit = triggers._ANY_TRIGGER.search("He returned from exile in 1990.")
    assert not (hit and hit.lastgroup == "visit")


def test_a_letter_delivered_from_xi_to_a_leader_is_a_meeting_with_him(extract):
    body = ("VIENTIANE, May 7 (Xinhua) -- Zhou Ming, special envoy of Chinese President Zhao Lin, visited Laos "
            "on Tuesday. Zhou delivered a congratulatory letter from Zhao to Somsak Vongsa, the newly elected "
            "general secretary.")
    rows = _rows(_events(extract, body, "2024-05-08"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Zhou Ming", "Somsak Vongsa", "LAO") in rows
    assert not any(r[0] == "meeting" and r[2] in ("Zhao Lin", "Zhao") for r in rows)


def test_head_of_the_group_leads_the_visiting_group(extract):
    body = ("A 15-member study group of the Malawi Congress Party visited Hangzhou from May 2 to 6 at the "
            "invitation of the International Department of the CPC Central Committee. Grace Banda, head of the "
            "group and secretary for women's affairs, thanked the hosts.")
    rows = _rows(_events(extract, body, "2024-05-08"), "kind", "actor", "places")
    assert ("visit", "Grace Banda", "CHN") in rows
    assert not any(r[0] == "visit" and r[1] == "Malawi Congress Party" for r in rows)


def test_head_of_this_delegation_after_an_of_phrase_leads_it(extract):
    body = ("A delegation of 20 members from three parties of Malaysia visited Fujian from May 2 to 6. Vice Governor "
            "Lin Hai met the delegation. Director Tan Siew Ling of the party's training institute, head of this "
            "delegation, said the program was useful.")
    rows = _rows(_events(extract, body, "2024-05-08"), "kind", "actor", "counterpart", "places")
    assert ("visit", "Tan Siew Ling", "", "CHN") in rows
    assert ("meeting", "Lin Hai", "Tan Siew Ling", "CHN") in rows


def test_met_the_delegation_over_lunch_is_a_meeting_with_its_leader(extract):
    body = ("A Workers Party delegation headed by national chair Tom Reed arrived in Beijing on Monday. Vice "
            "Minister Zhou Ming met with the delegation over a lunch at the department's headquarters.")
    rows = _rows(_events(extract, body, "2024-05-08"), "kind", "actor", "counterpart")
    assert ("meeting", "Zhou Ming", "Tom Reed") in rows


def test_a_list_goes_on_right_after_a_who_is_clause(extract):
    body = ("LONDON, May 9 (Xinhua) -- The Chinese delegation, led by Wen Qiang, held meetings with Lord John Hale, "
            "who is a member of the House of Lords and a former minister, Anne Brook, chair of the Britain-China "
            "Forum, and Mark Dunn, chief executive of a business council.")
    rows = _rows(_events(extract, body, "2024-05-10"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Wen Qiang", "Anne Brook", "GBR") in rows
    assert ("meeting", "Wen Qiang", "Mark Dunn", "GBR") in rows


def test_a_speaker_after_a_gathering_attended_by_a_group_attended_it(extract):
    body = ("BEIJING, May 7 (Xinhua) -- Zhou Ming, head of the International Department of the CPC Central "
            "Committee, on Tuesday addressed the opening of a seminar with Caribbean political parties. More than "
            "40 representatives of parties from 12 countries attended the seminar. John Clarke, general secretary "
            "of the People's National Movement of Trinidad and Tobago, said his party hopes to learn from China. "
            "Maria Lopez, vice president of a Dominican party, also said the seminar was timely.")
    rows = _rows(_events(extract, body, "2024-05-08"), "kind", "actor", "places")
    assert ("summit", "Zhou Ming", "CHN") in rows
    assert ("summit", "John Clarke", "CHN") in rows
    assert ("summit", "Maria Lopez", "CHN") in rows


def test_speakers_of_a_meeting_readout_attend_no_gathering(extract):
    body = ("BEIJING, May 7 (Xinhua) -- Zhou Ming, head of the International Department of the CPC Central "
            "Committee, met with John Clarke, general secretary of the People's National Movement, on Tuesday. "
            "Clarke said his party hopes to learn from China.")
    rows = _rows(_events(extract, body, "2024-05-08"), "kind", "actor")
    assert not any(r[0] == "summit" for r in rows)


def test_briefing_the_attendees_on_a_congress_attends_no_congress(extract):
    body = ("Zhou Ming addressed the opening of the seminar in Beijing on Tuesday. Zhou briefed the attendees on "
            "the 20th CPC National Congress.")
    rows = _rows(_events(extract, body, "2024-05-08"), "kind", "actor", "counterpart")
    assert not any("attendees" in r[2] for r in rows)


def test_said_in_his_keynote_speech_attends_the_dialogue_just_held(extract):
    body = ("BEIJING, May 7 (Xinhua) -- The CPC and Central Asian Political Parties Dialogue was held in Beijing on "
            "Tuesday. Zhou Ming, head of the CPC Central Committee's International Department, said in his "
            "keynote speech that the parties should deepen trust.")
    rows = _rows(_events(extract, body, "2024-05-08"), "kind", "actor", "places", "start")
    assert ("summit", "Zhou Ming", "CHN", "2024-05-07") in rows


def test_a_speech_with_no_gathering_told_attends_none(extract):
    body = ("BEIJING, May 7 (Xinhua) -- Zhou Ming, head of the International Department of the CPC Central "
            "Committee, met with Askar Beisenov, chairman of the Amanat Party, on Tuesday. Zhou said in his "
            "remarks that the two parties are friends.")
    rows = _rows(_events(extract, body, "2024-05-08"), "kind", "actor")
    assert not any(r[0] == "summit" for r in rows)


def test_stayed_in_a_city_for_a_week_is_a_visit(extract):
    body = ("A delegation of the Socialist Party of Chile led by its president Paula Rojas stayed in Xiamen City "
            "for almost a week at the invitation of the CPC.")
    rows = _rows(_events(extract, body, "2024-05-08"), "kind", "actor", "places")
    assert ("visit", "Paula Rojas", "CHN") in rows


def test_stayed_in_power_is_no_visit(extract):
    body = "Party secretary Zhou Ming said the ruling party had stayed in Power for three decades."
    rows = _rows(_events(extract, body, "2024-05-08"), "kind", "actor")
    assert not any(r[0] == "visit" for r in rows)


def test_a_trip_is_not_placed_by_another_person_returning_from_a_capital(extract):
    body = ("Party chairman Wang Li is expected to meet Vice Minister Zhou Ming in Beijing next week. The party said "
            "details of his trip would be worked out after its secretary general, Chen Ming-hui, returned from "
            "Beijing on Tuesday.")
    rows = _rows(_events(extract, body, "2024-05-08"), "kind", "actor", "places")
    assert ("visit", "Chen Ming-hui", "CHN") in rows
    assert not any(r[0] == "visit" and r[1] == "Zhou Ming" for r in rows)


def test_meetings_were_held_with_a_list_are_the_delegations_meetings(extract):
    body = ("A Workers Party delegation headed by national chair Tom Reed arrived in Beijing on Monday. Earlier "
            "meetings were held with Zhu Bin, deputy director of the trade unions' international department, and "
            "Minister Zhao Lin of the CPC's International Department.")
    rows = _rows(_events(extract, body, "2024-05-08"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Tom Reed", "Zhu Bin", "CHN") in rows
    assert ("meeting", "Tom Reed", "Zhao Lin", "CHN") in rows


def test_meetings_held_with_no_delegation_told_name_no_one(extract):
    body = "Meetings were held with Zhu Bin and Zhao Lin, the department said."
    rows = _rows(_events(extract, body, "2024-05-08"), "kind", "actor", "counterpart")
    assert not any(r[0] == "meeting" and r[1] == "" for r in rows)


def test_a_gathering_addressed_by_a_person_is_his_gathering(extract):
    body = ("The forum was addressed by Zhou Ming, head of the International Department, on Tuesday. The state "
            "newspaper said it was a meeting of political parties, addressed by the department's vice minister, "
            "Lin Hai.")
    rows = _rows(_events(extract, body, "2024-05-08"), "kind", "actor")
    assert ("summit", "Zhou Ming") in rows
    assert ("summit", "Lin Hai") in rows
