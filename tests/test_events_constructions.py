"""English constructions of the genre met in unseen reports (round 3): a ", where" clause on a
trip, receptions, a "visiting" official abroad, back-references, feelings about a meeting, a
reporter's line naming where the story was filed, "arrived Cambodia", attendees joined as the
subject, the sidelines of a gathering. Every text is written for these tests, never copied."""
from __future__ import annotations

KEYS = ("kind", "actor", "counterpart", "places", "start", "mode", "status")


def _rows(extract, text, published):
    return [tuple(e[k] for k in KEYS) for e in extract(text, published)["events"]]


def test_a_where_clause_after_a_trip_is_a_meeting_on_that_trip(extract):
    text = ("Li Mingzhe, vice minister of the International Department, led a CPC delegation to Ghana from "
            "March 3 to 6, where he met with Kwame Boateng Mensah, chairman of the National Democratic Congress.")
    events = extract(text, "2024-03-08")["events"]
    assert [(e["kind"], e["actor"], e["counterpart"], e["places"], e["start"], e["end"]) for e in events] == [
        ("visit", "Li Mingzhe", "", "GHA", "2024-03-03", "2024-03-06"),
        ("meeting", "Li Mingzhe", "Kwame Boateng Mensah", "GHA", "2024-03-03", "2024-03-06"),
    ]
    assert events[1]["date_basis"] == "trip"


def test_a_reception_in_honour_of_a_delegation_is_its_hosts_meeting_with_the_leader(extract):
    text = ("Pyongyang, October 10 (KCNA) -- The Central Committee of the Workers' Party of Korea gave a reception "
            "at the Mansudae Assembly Hall on Saturday in honour of the delegation of the Communist Party of China "
            "headed by Wang Yalin. Present there were Ri Chol Su, department director of the WPK Central "
            "Committee, and other officials.")
    assert _rows(extract, text, "2015-10-10") == [
        ("meeting", "Ri Chol Su", "Wang Yalin", "PRK", "2015-10-10", "host", "reported")]


def test_a_visiting_official_meets_where_the_report_is_filed_and_that_is_his_visit(extract):
    text = ("PHNOM PENH, Aug. 20 (Xinhua) -- The two parties agreed here to deepen ties on Saturday. At a meeting "
            "with Sok Vanna, president of the Senate, visiting CPC official Tang Jun conveyed greetings from Beijing.")
    rows = _rows(extract, text, "2011-08-21")
    assert rows[0][:4] == ("meeting", "Tang Jun", "Sok Vanna", "KHM")
    assert rows[1] == ("visit", "Tang Jun", "", "KHM", "", "visit", "reported")  # no day of its own


def test_the_meeting_pointed_back_at_is_no_new_meeting_but_the_verb_after_it_is(extract):
    text = ("Qian Haoran, vice minister of the International Department, is leading a delegation in Zambia. "
            "Yesterday, the delegation had a closed door meeting with Patriotic Front Secretary General Mwansa "
            "Chileshe. After the meeting, Qian and Chileshe toured a farm. Before the meeting, the delegation "
            "held a separate discussion with Zambian Ambassador Mary Mwape.")
    assert _rows(extract, text, "2024-06-19") == [
        ("visit", "Qian Haoran", "", "ZMB", "2024-06-19", "visit", "reported"),
        ("meeting", "Qian Haoran", "Mwansa Chileshe", "ZMB", "2024-06-18", "visit", "reported"),
        ("meeting", "Qian Haoran", "Mary Mwape", "ZMB", "2024-06-18", "visit", "reported"),
    ]


def test_a_gathering_to_be_hosted_a_country_receiving_and_a_visit_pointed_back_at_code_nothing(extract):
    text = ("Zhao Lijun met with Moses Okello, president of Uganda, in Kampala on Nov 23. He wished success to "
            "the summit to be hosted by Uganda. He said Uganda was the first country China received after the "
            "congress. During his visit, Zhao also inspected a hospital.")
    assert _rows(extract, text, "2023-11-30") == [
        ("meeting", "Zhao Lijun", "Moses Okello", "UGA", "2023-11-23", "visit", "reported")]


def test_a_feeling_about_meeting_someone_is_no_meeting(extract):
    text = ("Zhou Mingyuan met Norwegian diplomat Erik Haugland in Beijing on Tuesday. Haugland, who was delighted to "
            "meet Zhou Mingyuan again, thanked the department.")
    rows = _rows(extract, text, "2023-03-29")
    assert [r[:3] for r in rows] == [("meeting", "Zhou Mingyuan", "Erik Haugland")]


def test_people_joined_with_their_titles_each_attend_the_gathering(extract):
    text = ("On the afternoon of June 4th, Tang Jun attended an online video conference between the ruling parties of "
            "China and Venezuela. Wang Hesong, a member of the CPC Hubei Provincial Committee, and Carlos "
            "Rivas, Second Vice President of the United Socialist Party of Venezuela, attended and addressed the "
            "event via video link.")
    rows = _rows(extract, text, "2020-06-05")
    assert [(r[0], r[1], r[5]) for r in rows] == [
        ("summit", "Tang Jun", "virtual"), ("summit", "Wang Hesong", "virtual"),
        ("summit", "Carlos Rivas", "virtual")]


def test_a_reporters_line_names_where_the_lead_happens(extract):
    text = ("Delegation meets party officials\n\nTendai Moyo in HAVANA, Cuba\n\nA Zanu PF delegation led by "
            "national chairperson Cde Tichaona Mudzi on Tuesday met Communist Party of Cuba official Raul "
            "Fuentes Ortiz.\n")
    assert _rows(extract, text, "2019-05-07") == [
        ("meeting", "Tichaona Mudzi", "Raul Fuentes Ortiz", "CUB", "2019-05-07", "visit", "reported")]


def test_arrived_without_in_is_a_visit(extract):
    rows = _rows(extract, "PHNOM PENH, March 5 (Xinhua) -- Fang Xiulan arrived Cambodia on Monday for a three-day "
                 "visit.", "2024-03-05")
    assert rows == [("visit", "Fang Xiulan", "", "KHM", "2024-03-04", "visit", "reported")]


def test_the_sidelines_of_a_gathering_place_the_meeting(extract):
    fronted = _rows(extract, "On the sidelines of the Political Parties Forum in Urumqi, Ma Wentao met with Kazakh "
                    "lawmaker Nurlan Abenov on Tuesday.", "2023-09-20")
    assert fronted == [("meeting", "Ma Wentao", "Nurlan Abenov", "CHN", "2023-09-19", "host", "reported")]
    after = _rows(extract, "Zhou Mingyuan attended the Forum of African Political Parties in Kigali on Monday. Zhou "
                  "Mingyuan also held talks with President Jean Habimana on the sidelines of the forum.",
                  "2023-09-20")
    assert after[1][:4] == ("meeting", "Zhou Mingyuan", "Jean Habimana", "RWA")


def test_a_video_conference_with_a_person_is_a_virtual_meeting(extract):
    rows = _rows(extract, "Fang Xiulan held a video conference with Elena Ruiz, vice president of the Party of the "
                 "European Left, on Thursday.", "2022-06-10")
    assert rows == [("meeting", "Fang Xiulan", "Elena Ruiz", "", "2022-06-09", "virtual", "reported")]


def test_a_name_after_a_party_and_after_the_honourable(extract):
    text = ("MOSCOW, December 21. /TASS/. Chairman of the United Russia party Pavel Orlov met with Chinese "
            "leader Wang Wenming in Beijing.")
    rows = extract(text, "2022-12-21")
    assert [(e["kind"], e["actor"], e["counterpart"], e["places"]) for e in rows["events"]] == [
        ("meeting", "Pavel Orlov", "Wang Wenming", "CHN")]
    people = extract("The chairman, Rt. Hon. Simon Okot welcomed the envoy.", "2023-07-14")["mentions"]
    assert [m["name"] for m in people if m["kind"] == "person"] == ["Simon Okot"]


def test_an_event_told_twice_is_one_row_with_the_firmest_date(extract):
    text = ("KATHMANDU, July 10 -- Fang Xiulan, vice minister of the International Department, arrived in "
            "Kathmandu on Sunday. Fang is on a four-day visit to Nepal. Fang met Prime Minister Hari Prasad Koirala on "
            "Monday. Fang had reached Baluwatar to meet Prime Minister Koirala on Monday afternoon. Fang had earlier "
            "held virtual talks with Prime Minister Koirala.")
    rows = _rows(extract, text, "2023-07-11")
    assert [r[:6] for r in rows[:2]] == [
        ("visit", "Fang Xiulan", "", "NPL", "2023-07-09", "visit"),
        ("meeting", "Fang Xiulan", "Hari Prasad Koirala", "NPL", "2023-07-10", "visit"),
    ]
    # by video: another meeting
    assert [(r[0], r[2], r[5]) for r in rows[2:]] == [("meeting", "Hari Prasad Koirala", "virtual")]


def test_no_one_meets_himself(extract):
    text = ("Fang Xiulan arrived in Kathmandu on Sunday. She met Prime Minister Hari Prasad Koirala on Monday. She had "
            "reached Baluwatar to meet Prime Minister Koirala on Monday afternoon.")
    assert all(e["actor"] != e["counterpart"] for e in extract(text, "2023-07-11")["events"])


def test_a_kind_of_government_names_no_head_of_it(extract):
    text = "Men Sophon met Vice President Chea Sophal, Prime Minister of the Royal Government of Cambodia, on Monday."
    people = [m["name"] for m in extract(text, "2009-07-06")["mentions"] if m["kind"] == "person"]
    assert "Royal" not in people and "Chea Sophal" in people


def test_malaysian_and_courtesy_honorifics_stand_before_the_name(extract):
    text = ("Zhou Mingyuan met Dato' Seri Hamzah Rahman, president of the People's Justice Party, and Tan Sri "
            "Azmi Hassan in Kuala Lumpur on Monday.")
    rows = extract(text, "2024-01-09")
    assert [(e["kind"], e["counterpart"], e["places"]) for e in rows["events"]] == [
        ("meeting", "Hamzah Rahman", "MYS"), ("meeting", "Azmi Hassan", "MYS")]


def test_a_clause_opening_on_a_place_happens_there(extract):
    rows = _rows(extract, "In Hanoi, Zhou Mingyuan also met with Prime Minister Pham Van Long on Thursday.",
                 "2024-04-10")
    assert rows == [("meeting", "Zhou Mingyuan", "Pham Van Long", "VNM", "2024-04-04", "visit", "reported")]


def test_two_people_who_did_something_at_their_meeting_met(extract):
    rows = _rows(extract, "Zhou Mingyuan and Le Van Son discussed party ties at their meeting in Hanoi on "
                 "Wednesday.", "2024-04-10")
    assert rows == [("meeting", "Zhou Mingyuan", "Le Van Son", "VNM", "2024-04-10", "visit", "reported")]


def test_a_during_which_clause_is_on_the_trip_before_it(extract):
    rows = _rows(extract, "Zhao Shilin led a CPC delegation on a visit to Cambodia from Monday to Wednesday, during "
                 "which he met with Sok Vanna, president of the Senate.", "2024-04-10")
    assert rows == [("visit", "Zhao Shilin", "", "KHM", "2024-04-08", "visit", "reported"),
                    ("meeting", "Zhao Shilin", "Sok Vanna", "KHM", "2024-04-08", "visit", "reported")]


def test_an_audience_granted_is_a_meeting_and_a_mixed_case_city_before_a_dash_is_a_dateline(extract):
    rows = _rows(extract, "Phnom Penh -- Samdech Techo Sok Rithy, Prime Minister of the Kingdom of Cambodia, granted "
                 "an audience to H.E. Zhou Mingyuan, Minister of the International Department, here this morning.",
                 "2024-04-10")
    assert rows == [("meeting", "Sok Rithy", "Zhou Mingyuan", "KHM", "2024-04-10", "host", "reported")]


def test_a_meeting_between_one_named_side_and_no_other_is_not_the_subjects(extract):
    text = ("Zhou Mingyuan met Secretary of State David Harper in Washington on Friday. His trip follows a meeting "
            "between Wang Wenming and the US leader in San Francisco in November.")
    rows = _rows(extract, text, "2024-01-13")
    assert [r[:3] for r in rows] == [("meeting", "Zhou Mingyuan", "David Harper")]


def test_since_a_year_is_no_date_of_the_event(extract):
    text = ("Zhou Mingyuan met David Harper in Washington on Friday. Zhou's visit to the United States is the first "
            "by a department head since 2019.")
    visit = [e for e in extract(text, "2024-01-13")["events"] if e["kind"] == "visit"]
    assert [(e["actor"], e["places"], e["start"], e["date_basis"]) for e in visit] == [
        ("Zhou Mingyuan", "USA", "2024-01-13", "document date")]


def test_a_hope_that_someone_will_visit_is_no_planned_visit(extract):
    text = ("Samdech Sok Rithy met Zhou Mingyuan in Phnom Penh on Tuesday. He expressed his hope that Zhou would visit "
            "Cambodia again soon.")
    rows = _rows(extract, text, "2024-04-10")
    assert [r[:4] for r in rows] == [("meeting", "Sok Rithy", "Zhou Mingyuan", "KHM")]


def test_a_clause_whose_first_trigger_codes_nothing_is_read_on(extract):
    text = ("Tran Duc Long spoke warmly of the Chinese guest's visit, which follows the State visit to Vietnam by "
            "CPC General Secretary and Chinese President Wang Wenming late last year.")
    rows = _rows(extract, text, "2024-01-11")
    assert [r[:4] for r in rows] == [("visit", "Wang Wenming", "", "VNM")]


def test_exchanges_held_with_a_delegation_are_a_meeting(extract):
    text = ("ANC Secretary-General Sipho Dlamini had bilateral exchanges with a delegation of the Communist Party of "
            "China led by Li Xin in Johannesburg on Tuesday.")
    rows = _rows(extract, text, "2024-11-06")
    assert [r[:4] for r in rows] == [("meeting", "Sipho Dlamini", "Li Xin", "ZAF")]


def test_a_prime_minister_in_lower_case_after_the_name_and_talks_held_between_two(extract):
    rows = _rows(extract, "Zhou Mingyuan met Sok Rithy, prime minister of Cambodia, in Phnom Penh on Tuesday.",
                 "2024-04-10")
    assert rows == [("meeting", "Zhou Mingyuan", "Sok Rithy", "KHM", "2024-04-09", "visit", "reported")]
    rows = _rows(extract, "Talks were held between Zhou Mingyuan and Le Van Son in Beijing on Monday.", "2024-04-10")
    assert rows == [("meeting", "Zhou Mingyuan", "Le Van Son", "CHN", "2024-04-08", "host", "reported")]
