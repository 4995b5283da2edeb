"""Events in the constructions of the genre: readouts of the International Department's
contacts as Xinhua, China Daily, partner parties' state media and the department's own site
write them. Every text here is written for these tests in the genre's manner, never copied.

Each case is (publication date, sentence, expected first event) where the expected event is
(kind, actor, counterpart, places, start, mode, status); an empty string means the column is
expected empty."""
from __future__ import annotations

import pytest

CASES = [
    # A delegation leaves, arrives, tours and concludes.
    ("2023-11-02", "A CPC delegation led by He Xiulan, vice minister of the International Department of the CPC "
     "Central Committee, left Beijing on Monday for visits to South Africa, Namibia and Zambia.",
     ("visit", "He Xiulan", "", "ZAF|NAM|ZMB", "2023-10-30", "visit", "reported")),
    ("2023-11-10", "WINDHOEK, Nov. 10 (Xinhua) -- A delegation of the Communist Party of China led by He Xiulan "
     "concluded its visit to Namibia on Thursday.",
     ("visit", "He Xiulan", "", "NAM", "2023-11-09", "visit", "reported")),
    ("2024-03-19", "A Communist Party of China delegation headed by Ma Wentao arrived in Vientiane on Monday for a "
     "four-day visit to Laos.",
     ("visit", "Ma Wentao", "", "LAO", "2024-03-18", "visit", "reported")),
    ("2022-08-30", "Zheng Guohua, deputy head of the International Department, wrapped up a tour of Serbia and "
     "Hungary on Sunday.",
     ("visit", "Zheng Guohua", "", "SRB|HUN", "2022-08-28", "visit", "reported")),
    ("2019-05-08", "Tang Jun, vice minister of the International Department of the CPC Central Committee, departed "
     "for Nepal on Tuesday at the head of a party delegation.",
     ("visit", "Tang Jun", "", "NPL", "2019-05-07", "visit", "reported")),
    ("2024-01-15", "HAVANA, Jan. 15 (Prensa Latina) -- A delegation of the Communist Party of China led by Xu Hui "
     "arrived here on Sunday.",
     ("visit", "Xu Hui", "", "CUB", "2024-01-14", "visit", "reported")),
    # The department receives a foreign delegation in Beijing.
    ("2024-05-21", "BEIJING, May 21 (Xinhua) -- Zhou Mingyuan, head of the International Department of the CPC "
     "Central Committee, met with Kiplagat Chebet, secretary-general of the Jubilee Party of Kenya, in Beijing "
     "on Tuesday.",
     ("meeting", "Zhou Mingyuan", "Kiplagat Chebet", "CHN", "2024-05-21", "host", "reported")),
    ("2023-09-14", "Qi Feng met here on Wednesday with a delegation of the Sandinista National Liberation Front "
     "led by its deputy secretary Rosa Medina.",
     ("meeting", "Qi Feng", "Rosa Medina", "", "2023-09-13", "host", "reported")),
    ("2023-04-12", "BEIJING, April 12 (Xinhua) -- Wang Yalin, a vice minister of the International Department, "
     "received a visiting delegation of young politicians from Mongolia on Tuesday.",
     ("meeting", "Wang Yalin", "visiting delegation of young politicians from Mongolia", "CHN", "2023-04-11", "host",
      "reported")),
    ("2022-07-07", "BEIJING, July 7 (Xinhua) -- Qian Haoran held talks with Tendai Moyo, national chairman of the "
     "Zimbabwe African National Union-Patriotic Front youth league, on Thursday.",
     ("meeting", "Qian Haoran", "Tendai Moyo", "CHN", "2022-07-07", "host", "reported")),
    # Meetings abroad, by the partner's media.
    ("2024-04-03", "HANOI, April 3 (VNA) -- Party General Secretary Nguyen Van Cuong received Zhou Mingyuan, who "
     "is visiting Vietnam as special envoy of Chinese President Wang Wenming, in Hanoi on Wednesday.",
     ("meeting", "Nguyen Van Cuong", "Zhou Mingyuan", "VNM", "2024-04-03", "host", "reported")),
    ("2023-06-27", "ROME, June 27 (Xinhua) -- Zhou Mingyuan met with Italian Deputy Prime Minister Marco Ferri "
     "in Rome on Tuesday.",
     ("meeting", "Zhou Mingyuan", "Marco Ferri", "ITA", "2023-06-27", "visit", "reported")),
    ("2023-10-25", "PYONGYANG, Oct. 25 (KCNA) -- Ri Chol Su, director of the International Department of the "
     "WPK Central Committee, met the delegation of the Communist Party of China headed by He Xiulan on Tuesday.",
     ("meeting", "Ri Chol Su", "He Xiulan", "PRK", "2023-10-24", "host", "reported")),
    ("2024-05-15", "HÀ NỘI — Tran Van Binh, head of the External Relations Commission of the CPV Central "
     "Committee, received Zhao Shilin, an assistant minister of the International Department of the CPC Central "
     "Committee, on Wednesday.",
     ("meeting", "Tran Van Binh", "Zhao Shilin", "VNM", "2024-05-15", "host", "reported")),
    ("2018-07-05", "Hanoi (VNA) – Party General Secretary Nguyen Van Cuong received a delegation of the Communist "
     "Party of China led by Huang Kunlin on Thursday.",
     ("meeting", "Nguyen Van Cuong", "Huang Kunlin", "VNM", "2018-07-05", "host", "reported")),
    ("2022-11-21", "Qian Haoran paid a courtesy call on Cambodian Prime Minister Chea Sophal in Phnom Penh on "
     "Monday.",
     ("meeting", "Qian Haoran", "Chea Sophal", "KHM", "2022-11-21", "visit", "reported")),
    ("2024-05-28", "Zhou Mingyuan met with Khampheng Sayavong, head of the External Relations Commission of the "
     "Lao People's Revolutionary Party Central Committee, in Beijing on Tuesday.",
     ("meeting", "Zhou Mingyuan", "Khampheng Sayavong", "CHN", "2024-05-28", "host", "reported")),
    ("2023-12-08", "He Xiulan met with a delegation of the Communist Party of Vietnam led by Le Van Son in "
     "Beijing on Friday.",
     ("meeting", "He Xiulan", "Le Van Son", "CHN", "2023-12-08", "host", "reported")),
    ("2016-06-26", "Qi Feng received a delegation of the Cuban Communist Party at the department's headquarters "
     "in Beijing on Sunday.",
     ("meeting", "Qi Feng", "Communist Party of Cuba", "CHN", "2016-06-26", "host", "reported")),
    ("2023-05-17", "Li Mingzhe was received by Chea Sophal, president of the Cambodian People's Party, in Phnom Penh "
     "on Tuesday.",
     ("meeting", "Chea Sophal", "Li Mingzhe", "KHM", "2023-05-16", "host", "reported")),
    ("2019-07-19", "Zheng Guohua met with Tran Van Hai, a member of the Political Bureau of the Communist Party of "
     "Vietnam, in Moscow on Friday.",
     ("meeting", "Zheng Guohua", "Tran Van Hai", "RUS", "2019-07-19", "third-place", "reported")),
    # The department's own site: a date stamp above the dateline, a title closed by the verb
    # rather than a comma, "here" in Tokyo rather than Beijing.
    ("2019-03-08", "( 2019.03.08 )\nTokyo, March 7th--Qi Feng, Minister of the CPC Central Committee's "
     "International Department met here today with Haruto Sato, President of the Constitutional Democratic "
     "Party of Japan.",
     ("meeting", "Qi Feng", "Haruto Sato", "JPN", "2019-03-07", "visit", "reported")),
    # The guest's relative clause says where the meeting is.
    ("2021-05-11", "Yesterday, May 10, Ernesto Valdes, first secretary of the Communist Party of Cuba, received "
     "Zhou Mingyuan, head of the International Department of the CPC Central Committee, who was visiting Cuba as "
     "special envoy.",
     ("meeting", "Ernesto Valdes", "Zhou Mingyuan", "CUB", "2021-05-10", "host", "reported")),
    ("2022-11-22", "Li Mingzhe, vice minister of the International Department, briefed officials on the plenary "
     "session during meetings with Prime Minister Chea Sophal in Phnom Penh on Monday.",
     ("meeting", "Li Mingzhe", "Chea Sophal", "KHM", "2022-11-21", "visit", "reported")),
    ("2022-11-23", "Qian Haoran paid a courtesy visit to Prime Minister Chea Sophal at the Peace Palace in Phnom Penh "
     "on Tuesday.",
     ("meeting", "Qian Haoran", "Chea Sophal", "KHM", "2022-11-22", "visit", "reported")),
    ("2022-07-12", "KATHMANDU: Zhou Mingyuan held a meeting with Hari Prasad Koirala, chairman of the CPN (Maoist "
     "Centre), at his residence on Monday.",
     ("meeting", "Zhou Mingyuan", "Hari Prasad Koirala", "NPL", "2022-07-11", "visit", "reported")),
    # "the 14th meeting of the Steering Committee" names a gathering, not whom the guest met.
    ("2021-09-11", "HÀ NỘI — Party General Secretary Nguyen Van Cuong hosted a reception on September 11 for Li "
     "Wentao, State Councilor of China, who is in Vietnam for official talks and to co-chair the 14th meeting of "
     "the Steering Committee for Bilateral Cooperation.",
     ("meeting", "Nguyen Van Cuong", "Li Wentao", "VNM", "2021-09-11", "host", "reported")),
    # A fronted "At a meeting with X": the speaker after it is who met X.
    ("2017-05-17", "At a meeting with Liu Wei, deputy secretary of the Beijing party committee, on May 16, Nguyen "
     "Van Phong, deputy secretary of the Hanoi party committee, said the capital valued its ties with Chinese "
     "localities.",
     ("meeting", "Nguyen Van Phong", "Liu Wei", "", "2017-05-16", "", "reported")),
    # The leader of an unnamed delegation, named in the next sentence.
    ("2023-11-01", "BEIJING, Oct. 31 (Xinhua) -- Zhou Mingyuan met with a Texas state legislature delegation on "
     "Tuesday in Beijing.\n\nThe delegation was led by Carlos Mendez, chair of the House committee on "
     "international relations.",
     ("meeting", "Zhou Mingyuan", "Carlos Mendez", "CHN", "2023-10-31", "host", "reported")),
    # A gathering named in quotation marks, attended "here today".
    ("2022-12-08", "Beijing, December 6th—Ma Wentao, Vice-minister of the International Department of the CPC "
     "Central Committee, attended here today the \u201cparty governance in the new era\u201d thematic briefing via "
     "video link.",
     ("summit", "Ma Wentao", "\u201cparty governance in the new era\u201d thematic briefing", "", "2022-12-06",
      "virtual", "reported")),
    # A readout's later meetings happen where and when its lead sentence says.
    ("2023-06-03", "BEIJING, June 2 (Xinhua) -- Zhou Mingyuan met with party delegations from Hungary and Serbia "
     "in Beijing on Friday.\n\nZhou met separately with a delegation led by Milos Petrovic, vice president of the "
     "Serbian Progressive Party.",
     ("meeting", "Zhou Mingyuan", "party delegations from Hungary and Serbia", "CHN", "2023-06-02", "host",
      "reported")),
    ("2025-04-17", "Urumqi, April 17th—Ma Wentao, a vice minister of the CPC Central Committee's International "
     "Department, met here today with envoys of political parties of Kazakhstan, Kyrgyzstan and Uzbekistan.",
     ("meeting", "Ma Wentao", "envoys of political parties of Kazakhstan, Kyrgyzstan and Uzbekistan", "CHN",
      "2025-04-17", "host", "reported")),
    # Special envoys.
    ("2021-02-02", "Qi Feng visited Laos as special envoy of General Secretary Wang Wenming from Jan. 30 to Feb. 1.",
     ("visit", "Qi Feng", "", "LAO", "2021-01-30", "visit", "reported")),
    ("2024-06-11", "As special envoy of President Wang Wenming, Zhou Mingyuan traveled to Singapore on Monday to "
     "attend the swearing-in ceremony.",
     ("visit", "Zhou Mingyuan", "", "SGP", "2024-06-10", "visit", "reported")),
    # By video link or telephone.
    ("2022-03-15", "BEIJING, March 15 (Xinhua) -- Qi Feng, head of the International Department of the CPC "
     "Central Committee, held talks via video link with Sipho Dlamini, secretary-general of the African "
     "National Congress, on Monday.",
     ("meeting", "Qi Feng", "Sipho Dlamini", "", "2022-03-14", "virtual", "reported")),
    ("2020-11-26", "Zheng Guohua had a video conversation with Ivan Sokolov, chairman of the Supreme Council of "
     "the United Russia party, on Wednesday.",
     ("meeting", "Zheng Guohua", "Ivan Sokolov", "", "2020-11-25", "virtual", "reported")),
    ("2021-04-09", "Qi Feng spoke by phone with Amadou Sangare, president of the Rally for Mali, on Thursday.",
     ("meeting", "Qi Feng", "Amadou Sangare", "", "2021-04-08", "virtual", "reported")),
    # Gatherings the department holds or attends.
    ("2021-07-06", "BEIJING, July 6 (Xinhua) -- The CPC and World Political Parties Summit was held via video link "
     "on Tuesday, hosted by the International Department of the CPC Central Committee.",
     ("summit", "International Department of the Central Committee of the Communist Party of China",
      "CPC and World Political Parties Summit", "", "2021-07-06", "virtual", "reported")),
    ("2019-10-12", "A CPC delegation led by Qian Haoran attended the 11th Congress of the Communist Party of Cuba "
     "in Havana.",
     ("summit", "Qian Haoran", "11th Congress of the Communist Party of Cuba", "CUB", "2019-10-12", "visit",
      "reported")),
    ("2023-10-12", "Zhang Wenbo attended a seminar on party governance in Beijing on Wednesday.",
     ("summit", "Zhang Wenbo", "seminar on party governance", "CHN", "2023-10-11", "host", "reported")),
    ("2024-09-20", "Zhou Mingyuan addressed the opening session of the Lancang-Mekong Political Parties Dialogue "
     "in Kunming on Thursday.",
     ("summit", "Zhou Mingyuan", "opening session of the Lancang-Mekong Political Parties Dialogue", "CHN",
      "2024-09-19", "host", "reported")),
    ("2016-06-26", "The International Department of the CPC Central Committee held a thematic briefing for foreign "
     "diplomats in Beijing on Sunday.",
     ("summit", "International Department of the Central Committee of the Communist Party of China",
      "thematic briefing for foreign diplomats", "CHN", "2016-06-26", "host", "reported")),
    ("2023-05-03", "Qian Haoran paid official visits to Mozambique and Angola from May 5 to 12.",
     ("visit", "Qian Haoran", "", "MOZ|AGO", "2023-05-05", "visit", "reported")),
    ("2024-03-25", "Zhou Mingyuan and Le Van Son signed a Memorandum of Understanding on Cadre Training in Hanoi on "
     "Monday.",
     # the co-signer is the agreement's counterpart (round 9), not the document
     ("agreement", "Zhou Mingyuan", "Le Van Son", "VNM", "2024-03-25", "", "reported")),
    ("2021-03-30", "Zheng Guohua held a virtual meeting with leaders of the Pakistan Tehreek-e-Insaf on Monday.",
     ("meeting", "Zheng Guohua", "Pakistan Tehreek-e-Insaf", "", "2021-03-29", "virtual", "reported")),
    # Appointments.
    ("2022-06-02", "Zhou Mingyuan was named head of the International Department of the CPC Central Committee on "
     "Wednesday.",
     ("appointment", "Zhou Mingyuan", "International Department of the Central Committee of the Communist Party "
      "of China", "", "2022-06-01", "", "reported")),
    ("2015-12-01", "Qi Feng was appointed minister of the International Department of the CPC Central Committee, "
     "replacing Tang Jiahe.",
     ("appointment", "Qi Feng", "International Department of the Central Committee of the Communist Party of "
      "China", "", "", "", "reported")),
    ("2022-10-01", "Zhou Mingyuan succeeded Qi Feng as head of the International Department of the CPC Central "
     "Committee in June 2022.",
     ("appointment", "Zhou Mingyuan", "International Department of the Central Committee of the Communist Party "
      "of China", "", "2022-06", "", "reported")),
    # Plans, attempts and cancellations.
    ("2024-01-08", "Zhou Mingyuan will lead a CPC delegation to the United States later this month.",
     ("visit", "Zhou Mingyuan", "", "USA", "2024-01", "visit", "planned")),
    ("2024-02-01", "Zhou Mingyuan will visit Vietnam next week as special envoy of Wang Wenming.",
     ("visit", "Zhou Mingyuan", "", "VNM", "2024-02-05", "visit", "planned")),
    ("2023-06-16", "Zhou Mingyuan is expected in Rome next week as part of a European tour.",
     ("visit", "Zhou Mingyuan", "", "ITA", "2023-06-19", "visit", "planned")),
    ("2023-06-16", "The embassy is trying to arrange a meeting between Zhou Mingyuan and Chiara Valenti.",
     ("meeting", "Zhou Mingyuan", "Chiara Valenti", "", "2023-06-16", "", "planned")),
    ("2023-03-03", "He Xiulan is scheduled to visit Tanzania and Zambia later this month.",
     ("visit", "He Xiulan", "", "TZA|ZMB", "2023-03", "visit", "planned")),
    ("2020-03-10", "Zheng Guohua's visit to Italy was cancelled because of the epidemic.",
     ("visit", "Zheng Guohua", "", "ITA", "", "visit", "denied")),
    ("2018-09-01", "Qi Feng tried to meet the opposition leader Tawanda Chikore during his stay in Harare.",
     ("meeting", "Qi Feng", "Tawanda Chikore", "ZWE", "", "visit", "attempted")),
    ("2019-04-04", "Tang Jun did not meet opposition leader Peter Mwangi during the visit to Kenya.",
     ("meeting", "Tang Jun", "Peter Mwangi", "KEN", "", "visit", "denied")),
]


def test_a_later_meeting_in_a_readout_takes_the_lead_sentences_place_and_date(extract):
    text = next(sentence for _, sentence, _ in CASES if sentence.startswith("BEIJING, June 2 (Xinhua)"))
    (_, later) = extract("Report on talks\n\n" + text + "\n", "2023-06-03")["events"]
    assert (later["counterpart"], later["places"], later["start"], later["date_basis"], later["mode"]) == (
        "Milos Petrovic", "CHN", "2023-06-02", "occasion", "host")


@pytest.mark.parametrize("published, sentence, expected", CASES, ids=[c[1][:50] for c in CASES])
def test_a_genre_sentence_gives_its_event(extract, published, sentence, expected):
    events = extract("Report on talks\n\n" + sentence + "\n", published)["events"]
    assert events, "no event"
    event = events[0]
    got = tuple(event[c] for c in ("kind", "actor", "counterpart", "places", "start", "mode", "status"))
    assert got == expected


PARTY_CASES = [
    # The counterpart's party, its country, and whether it governed that day.
    ("2023-06-08", "BEIJING, June 7 (Xinhua) -- Zhou Mingyuan met with an African National Congress delegation of "
     "South Africa in Beijing on Wednesday.", ("anc-zaf", "ZAF", "yes")),
    ("2018-03-21", "Qi Feng met with Kagiso Molefe, chairman of the Botswana Democratic Party, in Gaborone on "
     "Tuesday.", ("bdp-bwa", "BWA", "yes")),
    # The same party after it lost power in November 2024.
    ("2025-03-19", "Zhou Mingyuan met with Kagiso Molefe, chairman of the Botswana Democratic Party, in Beijing "
     "on Tuesday.", ("bdp-bwa", "BWA", "no")),
    # A foreign leader receiving a Chinese delegation: the foreign side is the actor's.
    ("2015-10-14", "PYONGYANG, Oct. 14 (KCNA) -- Ri Myong Chol, a secretary of the Workers' Party of Korea Central "
     "Committee, on Tuesday welcomed a Communist Party of China delegation headed by Liu Yunfeng.",
     ("wpk-prk", "PRK", "yes")),
    ("2018-07-05", "Hanoi (VNA) – Communist Party of Vietnam (CPV) General Secretary Nguyen Van Cuong hosted "
     "a reception in Hanoi on Thursday for a visiting CPC delegation.", ("cpv-vnm", "VNM", "yes")),
    ("2024-03-27", "Pyongyang, March 27 (KCNA) -- Ri Chol Su, head of the Workers' Party of Korea Central "
     "Committee's International Department, met Zhao Guodong, member of the Secretariat of the CPC Central "
     "Committee, in Beijing on March 25.", ("wpk-prk", "PRK", "yes")),
    # No party: a foundation's delegation still has a country.
    ("2024-02-15", "BEIJING, Feb. 14 (Xinhua) -- Zhou Mingyuan met in Beijing on Wednesday with a group from "
     "Germany's Friedrich Ebert Foundation headed by Anna Berg, its board chair.", ("", "DEU", "unknown")),
]


@pytest.mark.parametrize("published, sentence, expected", PARTY_CASES, ids=[c[1][:50] for c in PARTY_CASES])
def test_the_foreign_side_is_resolved_to_its_party_country_and_government_status(extract, published, sentence,
                                                                                   expected):
    (event, *_) = extract("Report on talks\n\n" + sentence + "\n", published)["events"]
    got = (event["counterpart_party_id"], event["counterpart_country"], event["counterpart_party_in_government"])
    assert got == expected
    assert bool(event["in_government_basis"]) == bool(expected[0])


def test_a_visitor_named_in_a_relative_clause_meets_where_he_is_visiting(extract):
    text = ("Pyongyang, June 6 (KCNA) -- Pak Myong Sok, a department director of the WPK Central Committee "
            "who is on a visit to China at the head of a WPK delegation, met Wang "
            "Huiming at the Great Hall of the People on June 4.")
    visit, meeting = extract("Report on talks\n\n" + text + "\n", "2019-06-06")["events"]
    assert (visit["kind"], visit["actor"], visit["places"]) == ("visit", "Pak Myong Sok", "CHN")
    got = (meeting["kind"], meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"])
    assert got == ("meeting", "Pak Myong Sok", "Wang Huiming", "CHN", "2019-06-04")  # not the dateline's Pyongyang


def test_two_people_joined_as_subject_meet_each_other(extract):
    text = "In November 2023, Wang Wenming and Prime Minister Kenji Aoki held a meeting in San Francisco."
    (event,) = extract("Report on talks\n\n" + text + "\n", "2024-02-01")["events"]
    got = (event["kind"], event["actor"], event["counterpart"], event["places"], event["start"])
    assert got == ("meeting", "Wang Wenming", "Kenji Aoki", "USA", "2023-11")


def test_the_person_a_body_appoints_is_the_appointments_actor(extract):
    text = "The Communist Party of China has appointed Lin Haichuan as head of its International Department."
    (event,) = extract("Report on talks\n\n" + text + "\n", "2025-09-30")["events"]
    assert (event["kind"], event["actor"], event["counterpart"]) == (
        "appointment", "Lin Haichuan", "International Department")


def test_the_next_sentence_names_the_delegations_leader_and_a_concluded_visit_runs_back(extract):
    text = ("VIENNA, Nov. 7 (Xinhua) -- A delegation of the Communist Party of China concluded a four-day visit to "
            "Austria on Tuesday.\n\nThe delegation was led by Zheng Guohua, one of the vice ministers of the "
            "International Department.")
    (event,) = extract("Report on talks\n\n" + text + "\n", "2023-11-08")["events"]
    got = (event["kind"], event["actor"], event["places"], event["start"], event["end"])
    assert got == ("visit", "Zheng Guohua", "AUT", "2023-11-04", "2023-11-07")


def test_an_invitation_to_visit_is_no_visit(extract):
    text = ("The Party chief asked Liu Yunfeng to convey his invitation to General Secretary Hu Jianguo to visit "
            "Vietnam.")
    assert extract("Report on talks\n\n" + text + "\n", "2007-11-01")["events"] == []


def test_a_later_plan_in_a_readout_does_not_take_the_lead_sentences_date(extract):
    text = ("BEIJING, June 2 (Xinhua) -- Zhou Mingyuan met with Milos Petrovic, vice president of the Serbian "
            "Progressive Party, in Beijing on Friday.\n\nZhou will also meet with Jelena Markovic, president of the "
            "National Assembly of Serbia.")
    (_, plan) = extract("Report on talks\n\n" + text + "\n", "2023-06-03")["events"]
    assert (plan["counterpart"], plan["status"], plan["date_basis"]) == ("Jelena Markovic", "planned", "document date")


def test_a_person_visited_is_met(extract):
    text = ("KPL reports that Bounmy Phanthavong, President of Laos, visited Li Xin, who leads the party's "
            "discipline watchdog, in Kunming on Thursday.")
    (event,) = extract("Report on talks\n\n" + text + "\n", "2023-06-19")["events"]
    assert (event["kind"], event["actor"], event["counterpart"]) == ("meeting", "Bounmy Phanthavong", "Li Xin")


def test_a_verb_joined_to_a_visit_is_its_own_event_on_the_same_trip(extract):
    text = ("Shen Yuelan, vice-chairperson of the National Committee of the CPPCC, visited Uzbekistan on Sunday and "
            "Monday and attended the Second Interregional Forum.")
    visit, forum = extract("Report on talks\n\n" + text + "\n", "2025-06-12")["events"]
    assert (visit["kind"], visit["actor"], visit["places"]) == ("visit", "Shen Yuelan", "UZB")
    assert (forum["kind"], forum["actor"], forum["counterpart"], forum["places"], forum["start"]) == (
        "summit", "Shen Yuelan", "Second Interregional Forum", "UZB", visit["start"])


def test_a_visit_belongs_to_its_possessor_not_to_the_speaker(extract):
    text = "Zhou Mingyuan said the prime minister's visit to China carried on a long tradition of friendship."
    assert extract("Report on talks\n\n" + text + "\n", "2023-10-19")["events"] == []


def test_the_chinese_official_a_report_is_about_is_the_actor_of_its_later_sentences(extract):
    text = ("ISLAMABAD, May 16 (Xinhua) -- Zhou Mingyuan, head of the CPC Central Committee's International "
            "Department, led a party delegation to visit Pakistan from May 14 to May 16.\n\nDuring the visit, Zhou met "
            "with Prime Minister Tariq Mahmood and with business and academic figures in Pakistan.\n\nThe senior "
            "CPC official also attended the China-Pakistan Political Parties Forum.")
    visit, meeting, forum = extract("Report on talks\n\n" + text + "\n", "2024-05-16")["events"]
    assert (meeting["counterpart"], meeting["places"], meeting["start"]) == ("Tariq Mahmood", "PAK", "2024-05-14")
    assert (forum["kind"], forum["actor"], forum["counterpart"]) == (
        "summit", "Zhou Mingyuan", "China-Pakistan Political Parties Forum")


def test_an_unnamed_delegation_ends_before_a_second_verb(extract):
    text = "Ri Yong Sik met with members of the delegation and shared a warm exchange with each of them."
    (event,) = extract("Report on talks\n\n" + text + "\n", "2015-10-10")["events"]
    assert (event["actor"], event["counterpart"]) == ("Ri Yong Sik", "members of the delegation")


def test_an_unnamed_official_of_a_body_is_not_the_body(extract):
    text = ("A senior official of the Communist Party of China (CPC) held talks on Thursday with a youth delegation "
            "visiting from Laos.")
    assert extract("Report on talks\n\n" + text + "\n", "2016-05-31")["events"] == []


def test_a_relative_clause_about_an_earlier_trip_does_not_place_a_meeting(extract):
    text = ("The Chinese Embassy in Rome is arranging a meeting with Deputy Minister Anna Rossi, who went on a "
            "mission to China in March.")
    events = extract("Report on talks\n\n" + text + "\n", "2023-06-16")["events"]
    (meeting,) = [e for e in events if e["kind"] == "meeting"]
    assert (meeting["counterpart"], meeting["places"]) == ("Anna Rossi", "")


def test_later_meetings_of_a_visit_report_happen_on_the_trip(extract):
    text = ("VIENTIANE, Sept. 8 (Xinhua) -- Zhou Mingyuan led a CPC delegation on a visit to Laos from Wednesday to "
            "Friday.\n\nHe also held talks with Khamphanh Vongsa, who chairs the party's external relations "
            "commission.")
    visit, talks = extract("Report on talks\n\n" + text + "\n", "2023-09-08")["events"]
    assert (talks["kind"], talks["actor"], talks["counterpart"], talks["places"]) == (
        "meeting", "Zhou Mingyuan", "Khamphanh Vongsa", "LAO")


def test_a_guest_received_yesterday_by_a_host_is_the_counterpart(extract):
    text = ("Li Shuwen was received yesterday by Ernesto Valdes, First Secretary of the Communist Party of Cuba, "
            "in Havana.")
    (event,) = extract("Report on talks\n\n" + text + "\n", "2024-10-23")["events"]
    assert (event["actor"], event["counterpart"], event["places"], event["start"]) == (
        "Ernesto Valdes", "Li Shuwen", "CUB", "2024-10-22")


def test_the_speaker_not_the_reports_subject_is_he_after_said(extract):
    text = ("Liu Yunfeng met Henrik Lund, president of the Party of European Socialists, in Beijing on "
            "Monday.\n\nLiu Yunfeng said China valued the ties.\n\nThe guest said he was glad to visit China.")
    events = extract("Report on talks\n\n" + text + "\n", "2011-07-05")["events"]
    assert [e["kind"] for e in events] == ["meeting"]  # not a visit by Liu Yunfeng, the most named


def test_visits_in_general_and_a_while_clause_are_no_visit_by_the_subject(extract):
    text = ("BEIJING - The Communist Party of China on Monday pledged closer ties while a delegation of European "
            "socialists visited Beijing.\n\nThe CPC is ready to strengthen high-level visits between the two "
            "parties.")
    assert [e["actor"] for e in extract("Report on talks\n\n" + text + "\n", "2011-07-05")["events"]] == []


def test_each_person_a_meeting_lists_is_a_counterpart(extract):
    text = ("During his visit to Pakistan, Zheng Xiaoming also met with Farhan Malik, chairman of the "
            "Pakistan Peoples Party, and Kamran Saeed, chairman of the Pakistan Tehreek-e-Insaf, and conveyed "
            "greetings from Wang Wenming.")
    events = extract("Report on talks\n\n" + text + "\n", "2016-12-21")["events"]
    assert [(e["kind"], e["actor"], e["counterpart"], e["places"]) for e in events] == [
        ("meeting", "Zheng Xiaoming", "Farhan Malik", "PAK"),
        ("visit", "Zheng Xiaoming", "", "PAK"),  # "During his visit to Pakistan" is his visit too (round 9)
        ("meeting", "Zheng Xiaoming", "Kamran Saeed", "PAK"),
    ]


def test_a_fronted_headed_by_names_the_previous_sentences_delegation(extract):
    text = ("A Communist Party of China delegation was on a visit to Argentina from Monday to Wednesday.\n\n"
            "Headed by Jiang Xinmin, deputy chief of the Organization Department, the delegation met with Martin "
            "Ferreyra, president of the Republican Proposal Party.")
    visit, meeting = extract("Report on talks\n\n" + text + "\n", "2019-03-28")["events"]
    assert (visit["kind"], visit["actor"], visit["places"]) == ("visit", "Jiang Xinmin", "ARG")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"]) == (
        "Jiang Xinmin", "Martin Ferreyra", "ARG")


def test_a_meeting_inside_a_quotation_is_what_a_speaker_says(extract):
    text = ("Deputy chief Rajesh Kumar Shrestha told reporters, \u201cAs we have already joined a prior meeting with "
            "the CPC, it is now another department's turn.\u201d")
    assert extract("Report on talks\n\n" + text + "\n", "2020-06-19")["events"] == []


def test_a_title_set_off_by_dashes_keeps_the_subject_of_its_clause(extract):
    text = ("On Tuesday, Lin Haichuan \u2014 head of the International Department of the CPC Central Committee \u2014 "
            "touched down in Laos as special envoy.")
    (event,) = extract("Report on talks\n\n" + text + "\n", "2026-01-14")["events"]
    assert (event["kind"], event["actor"], event["places"], event["start"]) == (
        "visit", "Lin Haichuan", "LAO", "2026-01-13")


def test_a_year_in_a_since_clause_does_not_date_the_event(extract):
    text = ("Qi Feng welcomed Jonas Weber, who leads a delegation to visit China on the anniversary of the "
            "exchanges the two parties have kept since they began in 1984.")
    events = extract("Report on talks\n\n" + text + "\n", "2018-12-18")["events"]
    assert all(e["start"] != "1984" for e in events)


def test_a_listed_counterpart_past_a_long_title_with_a_name_inside_it(extract):
    text = ("Qu Qinglin briefed officials during meetings with Tran Van Binh, a Politburo member in the "
            "CPV, director of the Ho Chi Minh National Academy of "
            "Politics, Ngo Duc Hai, chairman of the Commission for External Relations, and Vu Quang Huy, chairman "
            "of the Ho Chi Minh City People's Committee, in Hanoi.")
    events = extract("Report on talks\n\n" + text + "\n", "2024-10-22")["events"]
    assert [e["counterpart"] for e in events] == ["Tran Van Binh", "Ngo Duc Hai", "Vu Quang Huy"]


@pytest.mark.parametrize("sentence, expected", [
    ("Zhou Mingyuan and Ion Rusu signed a memorandum of understanding in Beijing on Friday.",
     [("Zhou Mingyuan", "memorandum of understanding", "CHN")]),
    ("The MoU was signed by Qi Feng, head of the International Department, in Kathmandu.",
     [("Qi Feng", "MoU", "NPL")]),
    ("The MoU has been signed ahead of the expected visit.", []),
])
def test_an_agreement_named_in_lower_case_needs_a_signatory(extract, sentence, expected):
    events = extract("Report on talks\n\n" + sentence + "\n", "2019-09-24")["events"]
    assert [(e["actor"], e["counterpart"], e["places"]) for e in events if e["kind"] == "agreement"] == expected
