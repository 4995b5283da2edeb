"""English event rules of round 9 (constructions of the genre, not of one set): "X is heading the delegation",
"The group ..." and up to three time phrases before "the delegation" stand for its leader, as do "It was led by X",
"X, the Head of mission of a ... delegation" and a fronted "Leading a delegation of ..., X"; the delegation meets a
titled foreign host in his country; "The meeting was held ... on Wednesday, May 17" dates the meeting before it and
"The meeting was presided over by <post>, X" names whom a meeting with a body met; a host titled by his party's
post meets at home; an agreement's counterpart is the co-signer ("A and B signed", "signed by A and B", "A and B
witnessed the signing", "The signings were witnessed by A ... and the delegation led by B"); "participated, as
co-chair, in" a forum and "was attended by A, B and C" are gatherings; "was in Beijing during the weekend to
represent ...", "who are currently in Beijing." and "is in China for a study programme" are visits; "During his
visit to Zambia" and "During X's visit to China" are visits too, X the subject of an unnamed "the Zambian leader";
a name followed by "'s" is not whom a meeting meets; "Dato' Sri X" names X; "(KUALA LUMPUR, 13 Apr):" is a
dateline. Every sentence is invented in the genre."""

from readout_rows import en_events as _events
from readout_rows import en_people as _people
from readout_rows import fields_of as _rows


def test_is_heading_the_delegation_names_its_leader_and_the_group_is_the_delegation(extract):
    body = ("A delegation of the Communist Party of China is in Zambia for a four-day visit.\n\n"
            "Qin Dawei, a vice minister of the party's International Department, is heading the delegation that "
            "arrived in the country on Tuesday.\n\n"
            "The group later paid a courtesy call on the Patriotic Front secretary general, Mumba Lungu, at the "
            "party headquarters in Lusaka.")
    rows = _rows(_events(extract, body, "2019-10-18"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Qin Dawei", "Mumba Lungu", "ZMB") in rows
    assert ("visit", "Qin Dawei", "", "ZMB") in rows


def test_stacked_time_phrases_and_subsequently_open_on_the_delegation(extract):
    body = ("Bolivian President Rafael Quispe on Thursday held talks with a visiting CPC delegation "
            "headed by Tan Wenhui, vice minister of the party's International Department.\n\n"
            "Earlier, on Tuesday, March 12, the CPC delegation held a meeting with the Movement for Socialism "
            "party.\n\n"
            "Subsequently, the delegation met with Bolivian Foreign Minister Ana Mamani.")
    rows = _rows(_events(extract, body, "2024-03-15"), "actor", "counterpart", "places", "start")
    assert ("Tan Wenhui", "Movement for Socialism", "BOL", "2024-03-12") in rows
    assert any(r[:3] == ("Tan Wenhui", "Ana Mamani", "BOL") for r in rows)


def test_the_meeting_was_held_on_a_day_dates_the_meeting_before(extract):
    body = ("Bolivian President Rafael Quispe has held a meeting with a Chinese party delegation "
            "headed by Tan Wenhui.\n\n"
            "The meeting was held at the presidential palace in La Paz on Tuesday, March 12.")
    (meeting,) = [e for e in _events(extract, body, "2024-03-14") if e["kind"] == "meeting"]
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "Rafael Quispe", "Tan Wenhui", "BOL", "2024-03-12")


def test_the_meeting_presided_over_by_a_post_names_whom_the_body_met(extract):
    body = ("The delegation was led by Tan Wenhui, vice minister of the International Department of the CPC "
            "Central Committee.\n\n"
            "On Tuesday, June 4, the delegation held a meeting with the Movement for Socialism party. The meeting was "
            "presided over by the party's first vice-president, Luis Arce Mamani, to agree a work plan.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart")
    assert ("meeting", "Tan Wenhui", "Luis Arce Mamani") in rows


def test_a_host_titled_by_his_partys_post_meets_the_delegation_at_home(extract):
    body = ("The PSUV and the Communist Party of China agreed to widen training exchanges.\n\n"
            "First Vice President of the PSUV Ramon Salas received the CPC delegation, led by the deputy minister of "
            "the party's International Department, Tan Wenhui.")
    rows = _rows(_events(extract, body, "2023-05-17"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Ramon Salas", "Tan Wenhui", "VEN") in rows


def test_signings_witnessed_by_two_sides_are_their_agreement(extract):
    body = ("KIGALI, June 20 -- Two memoranda of understanding on cadre training were signed on Friday.\n\n"
            "The signings were witnessed by RPF Secretary General Jean Mugabo, other senior party members, and the "
            "CPC delegation led by Hon. Zhao Mingyuan.")
    rows = _rows(_events(extract, body, "2025-06-20"), "kind", "actor", "counterpart")
    assert ("agreement", "Jean Mugabo", "Zhao Mingyuan") in rows


def test_the_co_signer_is_the_agreements_counterpart(extract):
    body = ("HARARE, July 2 -- Zanu PF national chairman Tendai Moyo and Chinese official Zhao Mingyuan signed a "
            "memorandum of understanding on party schools on Tuesday.")
    (agreement,) = _events(extract, body, "2024-07-03")
    assert (agreement["kind"], agreement["actor"], agreement["counterpart"]) == (
        "agreement", "Tendai Moyo", "Zhao Mingyuan")
    passive = ("PHNOM PENH, Nov 8 -- The memorandum was signed by CPP official Chea Vuthy and Zhao Mingyuan at "
               "the party headquarters on Friday.")
    (agreement,) = _events(extract, passive, "2024-11-09")
    assert (agreement["actor"], agreement["counterpart"]) == ("Chea Vuthy", "Zhao Mingyuan")


def test_two_people_who_witnessed_the_signing_are_its_sides(extract):
    body = ("WINDHOEK, Sept 4 -- Swapo secretary general Maria Nghipondoka and Zhao Mingyuan witnessed the signing "
            "of an agreement between the two parties' schools on Wednesday.")
    (agreement,) = _events(extract, body, "2024-09-05")
    assert (agreement["kind"], agreement["actor"], agreement["counterpart"]) == (
        "agreement", "Maria Nghipondoka", "Zhao Mingyuan")


def test_participated_as_co_chair_in_a_forum_is_the_post_holders_gathering(extract):
    body = ("The Secretary General of the Rwanda Patriotic Front, Jean Mugabo, from July 5 led a delegation of "
            "party officials on a working visit to China.\n\n"
            "While in China, the Secretary General participated, as co-chair, in a session of the Hainan "
            "Green Development Forum, where he spoke.")
    rows = _rows(_events(extract, body, "2019-07-10"), "kind", "actor", "places")
    assert ("summit", "Jean Mugabo", "CHN") in rows
    assert ("visit", "Jean Mugabo", "CHN") in rows


def test_a_celebration_attended_by_a_list_is_each_guests_gathering(extract):
    body = ("MANILA, March 1 -- The ruling party marked its anniversary on Thursday. The celebration was held at a "
            "hotel in Makati City and was attended by special guests Dr. Wu Minghua, Communist Party of China (CPC) "
            "Vice Minister Qin Dawei, and Chinese Ambassador to Manila Zhou Lan.")
    rows = _rows(_events(extract, body, "2018-03-02"), "kind", "actor", "places")
    assert rows == [("summit", "Qin Dawei", "PHL"), ("summit", "Wu Minghua", "PHL"), ("summit", "Zhou Lan", "PHL")]


def test_was_in_a_capital_to_do_something_is_a_visit(extract):
    body = ("Senate President and party chairman Mario Dela Cruz was in Beijing to represent the party at a world "
            "gathering of political parties.")
    rows = _rows(_events(extract, body, "2017-12-04"), "kind", "actor", "places")
    assert ("visit", "Mario Dela Cruz", "CHN") in rows


def test_a_study_programme_in_china_is_a_visit(extract):
    body = ("BRIDGETOWN, Feb 2 -- Democratic Labour Party general secretary Paul Greaves is in China for a "
            "week-long study programme organised by the Communist Party of China.")
    (visit,) = _events(extract, body, "2023-02-02")
    assert (visit["kind"], visit["actor"], visit["places"]) == ("visit", "Paul Greaves", "CHN")


def test_the_head_of_mission_of_a_delegation_currently_in_beijing_leads_and_visits(extract):
    body = ("Samoa has again backed the one-China policy, said the Deputy Speaker, MP Tavita Leota, the "
            "Head of mission of a cross-party parliament delegation who are currently in Beijing.\n\n"
            "On Tuesday the Samoan delegation met with Mr. Huang Yiping, Deputy Director-General of the CPC Center "
            "for International Exchanges, who briefed them on the party's work.")
    rows = _rows(_events(extract, body, "2019-09-12"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Tavita Leota", "Huang Yiping", "CHN") in rows
    assert ("visit", "Tavita Leota", "", "CHN") in rows


def test_a_fronted_leading_a_delegation_names_the_leader(extract):
    body = ("On Monday the Samoan delegation met with Mr. Huang Yiping of the CPC Center for International "
            "Exchanges in Beijing.\n\n"
            "Leading a delegation of Members of Parliament from four parties, MP Tavita Leota thanked the hosts.")
    rows = _rows(_events(extract, body, "2019-09-12"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Tavita Leota", "Huang Yiping", "CHN") in rows


def test_it_was_led_by_names_the_delegation_before(extract):
    body = ("SUVA, June 3 -- The delegation later paid a courtesy call on Fiji's Deputy Prime Minister Seru "
            "Naivalu. It was led by Qin Dawei.")
    rows = _rows(_events(extract, body, "2024-06-03"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Qin Dawei", "Seru Naivalu", "FJI") in rows


def test_during_his_visit_to_a_country_is_the_subjects_visit_there(extract):
    body = "LUSAKA, June 2 -- During his visit to Zambia, Tan Wenhui also met with party secretary general Mumba Lungu."
    rows = _rows(_events(extract, body, "2024-06-02"), "kind", "actor", "counterpart", "places")
    assert rows == [("meeting", "Tan Wenhui", "Mumba Lungu", "ZMB"), ("visit", "Tan Wenhui", "", "ZMB")]


def test_during_a_named_persons_visit_the_unnamed_subject_is_that_person(extract):
    body = ("BEIJING, June 2 (Xinhua) -- During UPND leader Chanda Mwale's visit to China, the Zambian opposition "
            "leader met with Tan Wenhui, vice minister of the International Department, on Monday.")
    rows = _rows(_events(extract, body, "2024-06-03"), "kind", "actor", "counterpart", "places")
    assert rows == [("meeting", "Chanda Mwale", "Tan Wenhui", "CHN"), ("visit", "Chanda Mwale", "", "CHN")]


def test_a_name_with_a_possessive_is_not_whom_a_meeting_meets(extract):
    body = ("APIA, May 2 -- Samoan Prime Minister Tala Fonoti hosted the launch of Chinese leader Zhao Ming's book "
            "on governance on Thursday.")
    assert _events(extract, body, "2024-05-03") == []
    envoy = ("LUSAKA, May 2 -- Zambian President Chanda Mwale received Chinese President Zhao Ming's special envoy "
             "Tan Wenhui on Thursday.")
    rows = _rows(_events(extract, envoy, "2024-05-03"), "kind", "actor", "counterpart")
    assert ("meeting", "Chanda Mwale", "Tan Wenhui") in rows
    assert not any(r[2] == "Zhao Ming" for r in rows)


def test_a_malay_honorific_with_sri_names_the_person_after_it(extract):
    body = ("(KUALA LUMPUR, 21 Aug): Party President Dato' Sri Lim Chee Keong received a Chinese delegation "
            "headed by Minister of the International Department Mr Qin Dawei on the evening of "
            "21 August 2017.")
    assert "Lim Chee Keong" in _people(extract, body, "2017-08-23")
    (meeting,) = _events(extract, body, "2017-08-23")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "Lim Chee Keong", "Qin Dawei", "MYS", "2017-08-21")


def test_a_trips_where_clause_with_it_is_the_travellers_meeting(extract):
    body = ("A delegation of the Communist Party of China arrived in Lima on Monday, where it is meeting with "
            "President Dina Huaman and leaders of the ruling party.\n\n"
            "The delegation is led by Tan Wenhui, a vice minister of the International Department.")
    rows = _rows(_events(extract, body, "2025-06-11"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Tan Wenhui", "Dina Huaman", "PER") in rows
    assert ("visit", "Tan Wenhui", "", "PER") in rows


def test_a_remark_on_the_visit_is_not_the_speakers_visit(extract):
    body = ("A delegation from the opposition party will leave the island today for a ten-day visit to China.\n\n"
            "Party general secretary Andre Clarke says the visit to Beijing is at the invitation of the Communist "
            "Party of China.")
    assert not any(e["actor"] == "Andre Clarke" for e in _events(extract, body, "2017-08-08"))


def test_in_a_country_to_meet_is_a_visit_and_the_meeting_is_there(extract):
    body = ("ABUJA, May 3 -- Aides to the party chairman, Alhaji Musa Danjuma, said in a statement that Danjuma "
            "was in China to meet with Tan Wenhui, a vice minister of the International Department.")
    rows = _rows(_events(extract, body, "2024-05-04"), "kind", "actor", "counterpart", "places")
    assert ("visit", "Alhaji Musa Danjuma", "", "CHN") in rows
    assert ("meeting", "Alhaji Musa Danjuma", "Tan Wenhui", "CHN") in rows


def test_a_quoted_nickname_and_a_visit_to_the_chinese_province(extract):
    body = ('FUJIAN PROVINCE, China—Party training was among the topics raised by the delegation led by Senate '
            'President Ramon "Jun" Villareal III which visited the Chinese province last month.')
    assert "Ramon Villareal III" in _people(extract, body, "2017-06-20")
    rows = _rows(_events(extract, body, "2017-06-20"), "kind", "actor", "places", "start")
    assert rows == [("visit", "Ramon Villareal III", "CHN", "2017-05")]


def test_the_two_sides_signed_after_the_talks_is_the_meetings_agreement(extract):
    body = ("VIENTIANE, June 3 (KPL) -- Lao party official Sone Phommachak held talks with Tan Wenhui in Vientiane "
            "on Monday. After the talks, the two sides signed a memorandum of understanding on cadre training.")
    rows = _rows(_events(extract, body, "2024-06-04"), "kind", "actor", "counterpart", "places", "start")
    assert rows == [("agreement", "Sone Phommachak", "Tan Wenhui", "LAO", "2024-06-03"),
                    ("meeting", "Sone Phommachak", "Tan Wenhui", "LAO", "2024-06-03")]


def test_signed_on_each_side_by_names_both_signers(extract):
    body = ("MANAGUA, Dec 2 (Prensa Latina) -- The memorandum was signed on the Nicaraguan side by presidential "
            "adviser Rosa Argüello and on the Chinese side by Tan Wenhui.")
    (agreement,) = _events(extract, body, "2023-12-03")
    assert (agreement["kind"], agreement["actor"], agreement["counterpart"], agreement["places"]) == (
        "agreement", "Rosa Argüello", "Tan Wenhui", "NIC")


def test_a_seminar_which_was_attended_by_two_people_is_each_ones_gathering(extract):
    body = ("WINDHOEK, Oct 3 -- The ruling party hosted a seminar on party building, which was attended by Chinese "
            "Vice Minister Tan Wenhui and Swapo secretary general Helena Amutenya.")
    rows = _rows(_events(extract, body, "2024-10-03"), "kind", "actor", "places")
    assert ("summit", "Tan Wenhui", "NAM") in rows
    assert ("summit", "Helena Amutenya", "NAM") in rows


def test_a_senior_advisor_after_a_name_is_a_post(extract):
    body = ("KIGALI, June 20 -- The agreement was signed on the Rwandan side by Eric Habimana, Senior Advisor to "
            "the party's Secretary General Jean Mugabo.")
    assert "Eric Habimana" in _people(extract, body, "2025-06-20")
    (agreement,) = _events(extract, body, "2025-06-20")
    assert (agreement["kind"], agreement["actor"]) == ("agreement", "Eric Habimana")


def test_a_signing_ceremony_after_the_meeting_is_the_pairs_agreement_where_they_met(extract):
    body = ("CPP Vice President Chhay Vuthy met visiting CPC official Tan Wenhui in Phnom Penh on Saturday.\n\n"
            "Tan spoke highly of the two parties' cooperation.\n\n"
            "After the meeting, Tan and Chhay Vuthy attended a signing ceremony of a document on cadre exchanges.")
    rows = _rows(_events(extract, body, "2011-08-21"), "kind", "actor", "counterpart", "places")
    assert ("agreement", "Tan Wenhui", "Chhay Vuthy", "KHM") in rows


def test_the_representatives_of_a_country_stand_for_the_delegation(extract):
    body = ("A delegation of the Barbados Labour Party led by Kemar Stuart began a visit to China on Sunday.\n\n"
            "During the visit, the representatives of the Caribbean country also met with Tan Wenhui, a vice "
            "minister of the International Department.")
    rows = _rows(_events(extract, body, "2023-04-25"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Kemar Stuart", "Tan Wenhui", "CHN") in rows


def test_passive_receptions_name_the_host(extract):
    body = ("HAVANA, June 4 (Prensa Latina) -- Chinese official Tan Wenhui was received at the Palace of the "
            "Revolution by Cuban President Ramon Valdes on Tuesday.")
    (meeting,) = _events(extract, body, "2024-06-05")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"]) == ("Ramon Valdes", "Tan Wenhui", "CUB")
    fronted = ("HAVANA, June 4 (Prensa Latina) -- Received on Tuesday by Cuban President Ramon Valdes, the Chinese "
               "official Tan Wenhui conveyed greetings from Chinese leaders.")
    (meeting,) = _events(extract, fronted, "2024-06-05")
    assert (meeting["kind"], meeting["actor"], meeting["counterpart"], meeting["places"]) == (
        "meeting", "Ramon Valdes", "Tan Wenhui", "CUB")


def test_a_meeting_attended_by_two_people_is_their_meeting(extract):
    body = ("CARACAS, May 16 -- The meeting, held at the headquarters of the PSUV, was attended by party vice "
            "president Ramon Salas and Chinese vice minister Tan Wenhui.")
    (meeting,) = _events(extract, body, "2023-05-17")
    assert (meeting["kind"], meeting["actor"], meeting["counterpart"], meeting["places"]) == (
        "meeting", "Ramon Salas", "Tan Wenhui", "VEN")
