"""English event rules of round 5: a date line or a site's "/ Source:" stamp above the dateline,
"Beijing, April 24th-X", "is in X for a ... visit", a person "visited" or "paid a visit to" is met,
"it" standing for a report's one delegation, a capitalised "Visiting <title chain> X", lists of
people whose titles are lower-case or name a body, a date inside the subject's relative clause, an
invitation "to undertake" a visit, "the visit of President X". Every sentence is invented in the genre."""

from readout_rows import en_events as _events
from readout_rows import fields_of as _rows


def test_a_site_stamp_with_its_source_line_keeps_the_dateline(extract):
    body = ("2021.05.18 / Source:\n\n"
            "Beijing, May 18th-Zhao Ming, Vice-minister of the CPC Central Committee's International "
            "Department, met here today with a delegation led by Carlos Mendes, Secretary General of the Socialist "
            "Party of Chile.")
    (meeting,) = _events(extract, body, "2021-05-18")
    assert (meeting["kind"], meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "meeting", "Zhao Ming", "Carlos Mendes", "CHN", "2021-05-18")


def test_a_bare_date_line_above_a_capitals_dateline(extract):
    body = ("15 March 2022\n\n"
            "KATHMANDU: Visiting Vice Minister of the International Department of Communist Party of China (CPC) "
            "Zhao Ming has paid a visit to President of Nepali Congress Hari Prasad Adhikari on Tuesday.")
    events = _events(extract, body, "2022-03-15")
    assert _rows(events, "kind", "actor", "counterpart", "places", "status") == [
        ("meeting", "Zhao Ming", "Hari Prasad Adhikari", "NPL", "reported"),
        ("visit", "Zhao Ming", "", "NPL", "reported")]


def test_is_in_a_city_for_a_visit_is_a_visit_and_places_the_meetings_after_it(extract):
    body = ("Vice Minister of the International Department of the Communist Party of China Zhao Ming is in Hanoi "
            "for a three-day official visit.\n\n"
            "Minister Zhao called on Party General Secretary Nguyen Van Long today.")
    events = _events(extract, body, "2023-04-05")
    assert _rows(events, "kind", "actor", "counterpart", "places") == [
        ("meeting", "Zhao Ming", "Nguyen Van Long", "VNM"), ("visit", "Zhao Ming", "", "VNM")]


def test_being_in_a_city_for_no_visit_is_no_visit(extract):
    body = "Zhao Ming said the plan is in China's interest and is in line with the wishes of both parties."
    assert [e for e in _events(extract, body, "2023-04-05") if e["kind"] == "visit"] == []


def test_it_visited_people_in_a_report_of_one_delegation(extract):
    body = ("The delegation led by Vice Minister Zhao Ming arrived in Kathmandu on Sunday.\n\n"
            "Similarly, it also visited former Prime Minister Dr Ramesh Gautam and Speaker Sita Karki on "
            "Monday.")
    meetings = [e for e in _events(extract, body, "2020-12-29") if e["kind"] == "meeting"]
    assert _rows(meetings, "actor", "counterpart", "places", "start") == [
        ("Zhao Ming", "Ramesh Gautam", "NPL", "2020-12-28"), ("Zhao Ming", "Sita Karki", "NPL", "2020-12-28")]


def test_the_visit_of_a_named_leader_is_not_a_meeting(extract):
    body = "Prime Minister Ram Gurung said the upcoming visit of President Zhao Lin would be historic."
    assert [e for e in _events(extract, body, "2019-09-23") if e["kind"] == "meeting"] == []


def test_an_invitation_to_undertake_a_visit_is_no_visit(extract):
    body = ("The Prime Minister renewed his warm invitation to President Zhao Lin to undertake a state "
            "visit to Pakistan next year.")
    assert _events(extract, body, "2026-01-15") == []


def test_a_list_of_people_with_lower_case_titles_is_met_one_by_one(extract):
    body = ("BERLIN, Oct. 13 (Xinhua) -- Zhao Ming led a CPC delegation on a visit to Germany from Wednesday to "
            "Friday.\n\n"
            "During his visit, Zhao met with Federal Minister Jonas Keller, co-leader of the "
            "Social Democratic Party Lena Vogt, Chairman of the Christian Democratic Union Markus Brandt, and "
            "President of the Friedrich Ebert Foundation Anna Berg.")
    meetings = [e for e in _events(extract, body, "2023-10-14") if e["kind"] == "meeting"]
    assert _rows(meetings, "counterpart", "places") == [
        ("Anna Berg", "DEU"), ("Jonas Keller", "DEU"), ("Lena Vogt", "DEU"), ("Markus Brandt", "DEU")]


def test_a_title_naming_a_body_between_listed_people(extract):
    body = ("During his stay in South Africa, Zhao Ming met with Thabo Nkosi, speaker of South Africa's parliament "
            "and a leader of the ruling party, the African National Congress (ANC), Lindiwe Dube, secretary general "
            "of the ANC, and Sipho Ndlovu, general secretary of the South African Communist Party.")
    meetings = [e for e in _events(extract, body, "2024-08-07") if e["kind"] == "meeting"]
    assert _rows(meetings, "counterpart") == [("Lindiwe Dube",), ("Sipho Ndlovu",), ("Thabo Nkosi",)]


def test_a_visiting_official_listed_after_a_host_does_not_meet_himself(extract):
    body = ("At a meeting with Chea Sim, CPP Chairman and President of the Senate, visiting senior CPC official "
            "Zhao Ming said ties were strong.")
    events = _events(extract, body, "2011-08-21")
    assert [e for e in events if e["kind"] == "meeting" and e["actor"] == e["counterpart"]] == []


def test_a_date_in_the_subjects_relative_clause_is_not_the_meetings(extract):
    body = ("The delegation led by Vice Minister Zhao Ming which arrived in Kathmandu on Sunday held a meeting with "
            "Nepali Congress President Sher Bahadur Deuba at his residence this morning.")
    (meeting,) = [e for e in _events(extract, body, "2020-12-29") if e["kind"] == "meeting"]
    assert (meeting["counterpart"], meeting["start"]) == ("Sher Bahadur Deuba", "2020-12-29")


def test_the_visit_of_an_unnamed_post_holder_is_not_the_subjects(extract):
    body = ("Zhao Ming, Vice Minister of the International Department of the CPC Central Committee, called on the "
            "Prime Minister at the Prime Minister House today.\n\n"
            "He recalled that the year had opened with the fruitful visit of Pakistan's Deputy Prime Minister and "
            "Foreign Minister to Beijing.\n\n"
            "The Chairman of the Senate of Pakistan was also expected to visit China in the spring.")
    visits = [e for e in _events(extract, body, "2026-01-15") if e["kind"] == "visit"]
    assert [(e["actor"], e["places"]) for e in visits if "CHN" in e["places"]] == []


def test_a_delegations_own_party_named_later_is_not_whom_it_met(extract):
    body = ("Zhao Ming led a CPC delegation to visit Uruguay from Monday to Tuesday.\n\n"
            "The CPC delegation also held discussions with representatives of Uruguayan media, explaining the "
            "decisions of the CPC Central Committee's latest plenary session.")
    events = _events(extract, body, "2024-08-07")
    assert [e for e in events if e["kind"] == "meeting" and "Communist Party" in e["counterpart"]] == []


def test_the_chinese_partys_visit_is_its_envoys(extract):
    body = ("Vice Minister of the International Department of China's Communist Party (CPC), Zhao Ming called on "
            "President Ranil Wickremesinghe this evening (Jan 14).\n\n"
            "During the meeting, Mr. Zhao conveyed a letter from President Zhao Lin.\n\n"
            "This marks the Chinese Communist Party's first official visit to Sri Lanka in 2023.")
    events = _events(extract, body, "2023-01-14")
    assert _rows(events, "kind", "actor", "counterpart", "places") == [
        ("meeting", "Zhao Ming", "Ranil Wickremesinghe", "LKA"), ("visit", "Zhao Ming", "", "LKA")]


def test_each_person_a_subject_lists_meets_the_delegation(extract):
    body = ("COLOMBO, Jan. 18 (Xinhua) -- A delegation of the Communist Party of China, led by Zhao Ming, visited "
            "Sri Lanka from Saturday to Wednesday.\n\n"
            "Leader of the United National Party and President Nimal Fernando, leader of the People's United "
            "Front and Prime Minister Kumari Silva, Speaker of Parliament Ajith Bandara, and head "
            "of the Sri Lanka Podujana Peramuna (SLPP) and ex-president Ruwan Jayasuriya each met the visiting "
            "Chinese delegation.")
    meetings = [e for e in _events(extract, body, "2023-01-18") if e["kind"] == "meeting"]
    assert _rows(meetings, "actor", "counterpart", "places") == [
        ("Ajith Bandara", "Zhao Ming", "LKA"), ("Kumari Silva", "Zhao Ming", "LKA"),
        ("Nimal Fernando", "Zhao Ming", "LKA"), ("Ruwan Jayasuriya", "Zhao Ming", "LKA")]


def test_a_name_inside_a_counterparts_title_is_not_met(extract):
    body = ("KATHMANDU, May 3 (Xinhua) -- Zhao Ming met with Nepali Prime Minister Sher Bahadur Deuba, a close ally "
            "of President Bidya Devi Bhandari, on Monday.")
    meetings = [e for e in _events(extract, body, "2021-05-04") if e["kind"] == "meeting"]
    assert _rows(meetings, "actor", "counterpart") == [("Zhao Ming", "Sher Bahadur Deuba")]


def test_a_tour_whose_countries_have_their_own_days_is_one_visit_per_country(extract):
    body = ("MONTEVIDEO, Aug. 6 (Xinhua) -- Zhao Ming, head of the CPC Central Committee's International "
            "Department, led a CPC delegation to visit South Africa from Tuesday to Friday and Uruguay from "
            "Sunday to Monday.")
    visits = [e for e in _events(extract, body, "2024-08-07") if e["kind"] == "visit"]
    assert _rows(visits, "actor", "places", "start") == [
        ("Zhao Ming", "URY", "2024-08-04"), ("Zhao Ming", "ZAF", "2024-07-30")]


def test_a_tour_of_countries_sharing_their_days_stays_one_visit(extract):
    body = ("BEIJING, Sept. 14 (Xinhua) -- Zhao Ming will lead a CPC delegation to visit Belarus, Laos and Vietnam "
            "from Sept. 20 to 29.")
    visits = [e for e in _events(extract, body, "2018-09-14") if e["kind"] == "visit"]
    assert _rows(visits, "places") == [("BLR|LAO|VNM",)]


def test_whom_a_source_names_after_according_to_is_not_met(extract):
    body = ("Zhao Ming attended a reception hosted by the Brazilian embassy in Beijing on Thursday. She met with "
            "Brazil's ambassador during the event, according to a statement released by the International "
            "Department.")
    events = _events(extract, body, "2025-08-16")
    assert [e for e in events if e["kind"] == "meeting" and "Department" in e["counterpart"]] == []


def test_a_speaker_named_by_his_given_name_alone_is_the_visitor(extract):
    body = ("The Chinese delegation led by Vice Minister of the International Department Zhao Ming met with former "
            "Prime Minister Baburam Bhattarai today.\n\n"
            "During the meeting, Vice Minister Ming said that he was visiting Nepal in the context of the party "
            "reaching 100 years of its establishment in 2021.")
    events = _events(extract, body, "2020-12-28")
    assert _rows(events, "kind", "actor", "counterpart", "places", "start") == [
        ("meeting", "Zhao Ming", "Baburam Bhattarai", "NPL", "2020-12-28"),
        ("visit", "Zhao Ming", "", "NPL", "2020-12-28")]


def test_attending_a_reception_an_embassy_hosts_is_a_gathering(extract):
    body = "Zhao Ming attended a national day reception hosted by the Brazilian embassy in Beijing on Thursday."
    (event,) = _events(extract, body, "2025-08-16")
    assert (event["kind"], event["actor"], event["places"], event["start"]) == ("summit", "Zhao Ming", "CHN",
                                                                                 "2025-08-14")


def test_calling_on_an_unnamed_head_under_an_agency_dateline_with_slashes(extract):
    body = ("ISLAMABAD, JAN 15 /DNA/: Ms. Zhao Ming, Vice Minister, International Department of the CPC Central "
            "Committee, paid a call on the Prime Minister at the Prime Minister House this afternoon.")
    (meeting,) = [e for e in _events(extract, body, "2026-01-15") if e["kind"] == "meeting"]
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "Zhao Ming", "Prime Minister", "PAK", "2026-01-15")


def test_calling_on_everyone_to_act_is_still_no_meeting(extract):
    body = "Zhao Ming called on the parties to strengthen exchanges."
    assert [e for e in _events(extract, body, "2026-01-15") if e["kind"] == "meeting"] == []


# Precision review of round 5: where the rules above must not reach.

def test_it_after_a_sentence_about_another_body_is_not_the_delegation(extract):
    body = ("The delegation led by Zhao Ming arrived in Kathmandu on Sunday.\n\n"
            "The Nepal-China Friendship Society was founded in 1990. It later visited China several times.")
    visits = [e for e in _events(extract, body, "2024-05-10") if e["kind"] == "visit"]
    assert _rows(visits, "actor", "places", "start", "status") == [("Zhao Ming", "NPL", "2024-05-05", "reported")]


def test_a_former_aide_to_a_leader_named_in_the_counterparts_title_is_not_met(extract):
    body = ("Zhao Ming met with Ram Karki, a former aide to former prime minister Pushpa Kamal Dahal, in Kathmandu "
            "on Monday.")
    events = _events(extract, body, "2024-05-10")
    assert _rows(events, "kind", "actor", "counterpart", "places", "start") == [
        ("meeting", "Zhao Ming", "Ram Karki", "NPL", "2024-05-06")]


def test_a_possessor_in_the_subjects_title_does_not_meet(extract):
    body = "Zhao Ming, Zhao Lin's special envoy, met with General Secretary Tran Quoc Minh in Hanoi on Monday."
    events = _events(extract, body, "2024-05-10")
    assert _rows(events, "kind", "actor", "counterpart", "places", "start") == [
        ("meeting", "Zhao Ming", "Tran Quoc Minh", "VNM", "2024-05-06")]


def test_calling_on_an_unnamed_head_to_act_is_no_meeting(extract):
    body = ("Zhao Ming called on the Prime Minister to boost cooperation on the Belt and Road Initiative in Islamabad "
            "on Monday.")
    assert [e for e in _events(extract, body, "2024-05-10") if e["kind"] == "meeting"] == []


def test_a_chinese_partys_delegation_visit_is_not_given_to_the_ambassador(extract):
    body = ("Sri Lankan President Ranil Wickremesinghe met Chinese Ambassador Qi Zhenhong in Colombo on Monday. "
            "Qi said ties were strong.\n\n"
            "The Communist Party of China's delegation will visit Colombo next month, Wickremesinghe said.")
    visits = [e for e in _events(extract, body, "2024-05-10") if e["kind"] == "visit"]
    assert _rows(visits, "actor", "places", "status") == [("Communist Party of China", "LKA", "planned")]


def test_an_academic_visiting_title_is_no_visit(extract):
    body = ("Prime Minister Ram Gurung met Visiting Research Fellow of Peking University Wang Jianhua in Kathmandu "
            "on Thursday.")
    events = _events(extract, body, "2024-05-10")
    assert _rows(events, "kind", "actor", "counterpart", "places", "start") == [
        ("meeting", "Ram Gurung", "Wang Jianhua", "NPL", "2024-05-09")]


def test_visiting_a_leaders_hometown_meets_no_one(extract):
    body = "Prime Minister Ram Gurung visited President Zhao Lin's hometown in Fujian on Monday."
    events = _events(extract, body, "2024-05-10")
    assert _rows(events, "kind", "actor", "counterpart", "places", "start") == [
        ("visit", "Ram Gurung", "", "CHN", "2024-05-06")]


def test_an_anniversary_marked_on_a_day_keeps_the_day(extract):
    body = ("Zhao Ming attended a reception marking the 75th anniversary of the founding of the PRC in Hanoi on "
            "Monday.\n\n"
            "Zhao Ming met with Lao leaders at an event celebrating the party's anniversary in Vientiane on Tuesday.")
    events = _events(extract, body, "2024-05-10")
    assert _rows(events, "kind", "actor", "places", "start") == [
        ("meeting", "Zhao Ming", "LAO", "2024-05-07"), ("summit", "Zhao Ming", "VNM", "2024-05-06")]


def test_attending_a_reception_given_in_honour_of_the_guests_meets_the_host(extract):
    body = ("Zhao Ming attended a reception hosted by Prime Minister Tariq Mahmood in honour of the Chinese "
            "delegation in Islamabad on Monday.")
    events = _events(extract, body, "2024-05-10")
    assert _rows(events, "kind", "actor", "counterpart", "places", "start") == [
        ("meeting", "Zhao Ming", "Tariq Mahmood", "PAK", "2024-05-06")]


def test_whoever_entrusted_the_subject_does_not_meet(extract):
    body = ("Entrusted by General Secretary Zhao Lin, Zhao Ming met with General Secretary Tran Quoc Minh in Hanoi on "
            "Monday.")
    events = _events(extract, body, "2024-05-10")
    assert _rows(events, "kind", "actor", "counterpart", "places", "start") == [
        ("meeting", "Zhao Ming", "Tran Quoc Minh", "VNM", "2024-05-06")]


def test_a_post_named_after_a_preposition_in_a_title_is_not_listed(extract):
    body = ("Zhao Ming met with Thabo Mokoena, chairperson of the ANC and minister in the cabinet of President Themba "
            "Dube, in Johannesburg on Monday.\n\n"
            "Zhao Ming met with Sipho Ndlovu, minister under President Themba Dube, in Pretoria on Tuesday.")
    events = _events(extract, body, "2024-05-10")
    assert _rows(events, "kind", "actor", "counterpart", "places", "start") == [
        ("meeting", "Zhao Ming", "Sipho Ndlovu", "ZAF", "2024-05-07"),
        ("meeting", "Zhao Ming", "Thabo Mokoena", "ZAF", "2024-05-06")]


def test_a_person_in_an_opening_comparison_is_not_the_subject(extract):
    body = ("Like President Zhao Lin, Premier Li Hua met with Brazilian President Paulo Mendes in Beijing on "
            "Tuesday.")
    events = _events(extract, body, "2024-05-10")
    assert _rows(events, "kind", "actor", "counterpart", "places", "start") == [
        ("meeting", "Li Hua", "Paulo Mendes", "CHN", "2024-05-07")]


def test_a_visit_that_opened_a_new_chapter_founded_nothing(extract):
    body = "Zhao Ming said the successful visit of President Zhao Lin to Nepal in 2019 opened a new chapter."
    events = _events(extract, body, "2024-05-10")
    assert _rows(events, "kind", "actor", "places", "start") == [("visit", "Zhao Lin", "NPL", "2019")]


def test_opening_a_new_office_is_still_a_founding(extract):
    body = "The Chinese embassy opened a new office in Kathmandu on Monday."
    (event,) = _events(extract, body, "2024-05-10")
    assert (event["kind"], event["counterpart"], event["places"], event["start"]) == (
        "founding", "new office", "NPL", "2024-05-06")


def test_it_after_a_sentence_opening_with_a_time_and_the_delegation_is_the_delegation(extract):
    body = ("On Sunday, the Chinese delegation led by Zhao Ming met with Prime Minister Ram Gurung in Kathmandu."
            "\n\nIt also visited Speaker Agni Sapkota on Monday.")
    meetings = [e for e in _events(extract, body, "2024-05-10") if e["kind"] == "meeting"]
    assert _rows(meetings, "actor", "counterpart", "start") == [
        ("Zhao Ming", "Agni Sapkota", "2024-05-06"), ("Zhao Ming", "Ram Gurung", "2024-05-05")]


def test_a_person_named_between_the_subject_and_its_verb_leaves_the_counterpart_free(extract):
    # "B, met with Prime Minister C" is no appositive of B's: the verb opens the phrase, so C is met.
    for aside in ("accompanied by Chinese Ambassador Liang Hui", "special envoy of Chinese President Zhao Lin"):
        body = (f"HANOI, March 4 (Xinhua) -- Zhao Ming, {aside}, met with Vietnamese Prime Minister Pham Van Duc "
                "in Hanoi on Monday.")
        assert _rows(_events(extract, body, "2024-03-04"), "kind", "actor", "counterpart", "places", "start") == [
            ("meeting", "Zhao Ming", "Pham Van Duc", "VNM", "2024-03-04")], aside


def test_calling_on_a_named_leader_to_act_urges_and_calling_on_him_to_discuss_meets(extract):
    urged = "KATHMANDU, March 4 (Xinhua) -- The opposition leader called on Prime Minister Ram Gurung to resign."
    assert _events(extract, urged, "2024-03-04") == []
    for purpose in ("to discuss bilateral ties", "at his office on Monday"):
        body = f"KATHMANDU, March 4 (Xinhua) -- Zhao Ming called on Prime Minister Ram Gurung {purpose}."
        assert _rows(_events(extract, body, "2024-03-04"), "kind", "actor", "counterpart", "places") == [
            ("meeting", "Zhao Ming", "Ram Gurung", "NPL")], purpose
    body = "KATHMANDU, March 4 (Xinhua) -- Zhao Ming called on the President to discuss cooperation."
    assert _rows(_events(extract, body, "2024-03-04"), "kind", "actor", "counterpart") == [
        ("meeting", "Zhao Ming", "President")]


def test_a_person_met_in_an_opening_phrase_is_not_who_meets_after_its_comma(extract):
    # Mendes is not recognised as a person here (one word, no post), so no one named after the comma is the subject.
    body = "BEIJING, April 14 (Xinhua) -- Following talks with President Zhao Lin, Mendes met Premier Li Hua."
    assert [e for e in _events(extract, body, "2023-04-14") if e["actor"] == "Zhao Lin"] == []
    body = ("BEIJING, April 14 (Xinhua) -- Following talks with President Zhao Lin, Zhou Lin met Vietnamese "
            "Prime Minister Pham Van Duc.")
    assert ("meeting", "Zhou Lin", "Pham Van Duc") in _rows(
        _events(extract, body, "2023-04-14"), "kind", "actor", "counterpart")


def test_the_delegation_after_an_opening_phrase_meets_and_its_joined_verb_is_its_own(extract):
    body = ("BEIJING, June 5 (Xinhua) -- A delegation of the Communist Party of Vietnam led by Tran Van Binh, chairman "
            "of the CPV's external relations commission, paid a working visit to China from June 1 "
            "to 5.\n\n"
            "During the visit, the delegation met with Wang Deming, a Standing Committee member of the "
            "CPC Central Committee's Political Bureau, and held talks with Zhou Lin, head of the "
            "International Department.")
    meetings = [e for e in _events(extract, body, "2025-06-05") if e["kind"] == "meeting"]
    assert _rows(meetings, "actor", "counterpart", "places") == [
        ("Tran Van Binh", "Wang Deming", "CHN"), ("Tran Van Binh", "Zhou Lin", "CHN")]


def test_a_list_of_posts_holders_are_two_people_met_not_one_body(extract):
    body = ("BRAZZAVILLE, Aug. 1 (Xinhua) -- Zhu Rui met with President of the Senate Paul Mabiala and Speaker of "
            "the National Assembly Henri Okemba on Tuesday.")
    assert _rows(_events(extract, body, "2023-08-01"), "kind", "actor", "counterpart", "places", "start") == [
        ("meeting", "Zhu Rui", "Henri Okemba", "COG", "2023-08-01"),
        ("meeting", "Zhu Rui", "Paul Mabiala", "COG", "2023-08-01")]
    unnamed = "ISLAMABAD -- The Speaker of the National Assembly of Pakistan is expected to visit China next month."
    assert [e["actor"] for e in _events(extract, unnamed, "2024-03-04")] in ([], [""])


def test_a_who_clause_before_also_met_is_its_own_visit_and_places_the_meeting(extract):
    body = ("PRETORIA, March 10 -- Zhou Lin, who is leading a CPC delegation on a visit to South Africa, also met "
            "with Deputy President Paul Mashatile on Tuesday.")
    assert _rows(_events(extract, body, "2025-03-12"), "kind", "actor", "counterpart", "places") == [
        ("meeting", "Zhou Lin", "Paul Mashatile", "ZAF"), ("visit", "Zhou Lin", "", "ZAF")]


def test_a_leader_titled_of_his_country_is_the_subject_but_an_envoy_of_a_president_is_not_the_president(extract):
    body = ("Vientiane (KPL) - Secretary General of the LPRP Central Committee and President of Lao PDR Bounmy "
            "Phommachanh met with a high-level delegation of the CPC led by Zhou Lin on June 1.")
    assert _rows(_events(extract, body, "2025-06-05"), "kind", "actor", "counterpart", "places") == [
        ("meeting", "Bounmy Phommachanh", "Zhou Lin", "LAO")]
    body = ("As special envoy of Chinese President Zhao Lin, Zhou Lin met with Lao President Bounmy "
            "Phommachanh in Vientiane on June 1.")
    assert _rows(_events(extract, body, "2025-06-05"), "kind", "actor", "counterpart") == [
        ("meeting", "Zhou Lin", "Bounmy Phommachanh")]


def test_a_dateline_set_off_by_a_single_hyphen_places_the_lead(extract):
    for dateline in ("Phnom Penh - ", "PHNOM PENH - ", "Phnom Penh, June 4 - "):
        body = f"{dateline}Prime Minister Sok Dara received a courtesy call from Zhou Lin at the Peace Palace."
        assert _rows(_events(extract, body, "2025-06-05"), "kind", "actor", "counterpart", "places") == [
            ("meeting", "Sok Dara", "Zhou Lin", "KHM")], dateline
    # A dash before lower-case words is no dateline ("Cambodia - the kingdom's ...").
    body = ("Cambodia - the kingdom's Prime Minister Sok Dara received a courtesy call from Zhou Lin at the Peace "
            "Palace.")
    assert [e["places"] for e in _events(extract, body, "2025-06-05")] == [""]


def test_a_delegation_warmly_received_by_a_leader_is_met_by_him(extract):
    body = ("VIENTIANE, June 3 (Xinhua) -- The Chinese delegation was warmly received by Lao President Bounmy "
            "Phommachanh on Monday.")
    assert _rows(_events(extract, body, "2025-06-05"), "kind", "actor", "counterpart", "places", "start") == [
        ("meeting", "Bounmy Phommachanh", "Chinese delegation", "LAO", "2025-06-02")]


def test_a_date_in_the_subjects_relative_clause_does_not_date_the_tour_that_began_after_it(extract):
    body = ("Zhou Lin, who took over the International Department in September, began a week-long tour of Europe on "
            "Monday with a stop in Berlin, where he met Social Democratic Party co-chair Lars Klingbeil.")
    assert _rows(_events(extract, body, "2025-11-20"), "kind", "actor", "counterpart", "places", "start") == [
        ("meeting", "Zhou Lin", "Lars Klingbeil", "DEU", "2025-11-17"),
        ("visit", "Zhou Lin", "", "DEU", "2025-11-17")]


def test_he_opening_a_sentence_is_the_person_the_sentence_before_was_about(extract):
    body = ("Zhou Lin began a week-long tour of Europe on Monday with a stop in Berlin, where he met Social "
            "Democratic Party co-chair Lars Klingbeil.\n\n"
            "He then travelled to Paris and Madrid. In Madrid, he held talks with officials of the Spanish Socialist "
            "Workers' Party.")
    events = [e for e in _events(extract, body, "2025-11-20") if e["actor"] == "Lars Klingbeil"]
    assert events == []


def test_where_a_trip_returns_to_is_not_where_it_is(extract):
    body = ("BEIJING, June 4 (Xinhua) -- Zhou Lin concluded his visit to Cambodia on Wednesday and returned to "
            "Beijing.")
    assert _rows(_events(extract, body, "2025-06-05"), "kind", "actor", "places") == [("visit", "Zhou Lin", "KHM")]
