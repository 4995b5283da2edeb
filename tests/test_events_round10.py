"""English event rules of round 10 (constructions of the genre, not of one set): an agency name with digits in a
dateline ("ERBIL (Kurdistan 24) –") and a dateline in the second paragraph, under a teaser; "negotiations
between A and B" and "held separate conversations with A and B" are meetings, and "meetings are scheduled,
including ..." plans them; a press conference is no gathering; "his honour to be received by the leader" tells
no second meeting; "X received Y ... during his visit to Vietnam" is Y's visit; "On behalf of King A, Prime
Minister B received C" is B's meeting; "met X, who heads ..., in Bratislava" is in Slovakia; "The meeting was
attended by A and B" after that meeting was told names people present, not its sides; a quoted "was signed"
with no signer is no agreement; "presidential aide X" names X; a one-word Vietnamese given name after a title
("Deputy Minister Hà met ...") is the person named in full before; "..., while joining X to co-chair a seminar"
is the subject's gathering; "arrived ... and will meet X" plans a meeting; "is visiting at the invitation of the
CPC" is a visit to China; "was received by the President" meets the president the report named; two opening
phrases may stand before a bare given name; "Sayyid" is an honorific; "a visit that is expected to see him meet X"
plans the visitor's meeting; "in Mengla, Yunnan, China" places the event in China; "was represented by X at the
dialogue" is X's gathering; "Kovács's visit to China" is the visit of the one person named before with that
surname, accents or not. Every sentence is invented in the genre."""

from readout_rows import en_events as _events
from readout_rows import fields_of as _rows


def test_an_agency_name_with_digits_closes_a_dateline(extract):
    body = ("DUHOK (Rudaw 24) – The leader of the Kurdistan Democratic Party, Karim Zebari, on Monday received a "
            "delegation of the Communist Party of China headed by Tan Wenhui, assistant minister of the party's "
            "International Department.")
    rows = _rows(_events(extract, body, "2023-03-07"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Karim Zebari", "Tan Wenhui", "IRQ") in rows


def test_a_dateline_in_the_second_paragraph_places_the_lead(extract):
    body = ("The talks focused on party-to-party exchanges.\n\n"
            "HARARE, May 2 (Xinhua) -- Hu Zhiming, a vice minister of the International Department of the CPC "
            "Central Committee, met with Tendai Moyo, secretary general of ZANU-PF, on Thursday.")
    (meeting,) = _events(extract, body, "2024-05-03")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "Hu Zhiming", "Tendai Moyo", "ZWE", "2024-05-02")


def test_scheduled_negotiations_between_two_people_are_a_planned_meeting(extract):
    body = ("OSH, April 9 -- Deng Lifeng, a member of the Political Bureau of the CPC Central Committee, "
            "arrived in Kyrgyzstan today. Talks at the top level are scheduled during the trip, among them "
            "negotiations between Deng Lifeng and Speaker of the Jogorku Kenesh Bakyt Osmonov.")
    rows = _rows(_events(extract, body, "2025-04-09"), "kind", "actor", "counterpart", "status")
    assert ("meeting", "Deng Lifeng", "Bakyt Osmonov", "planned") in rows


def test_separate_conversations_meet_each_person_listed(extract):
    body = ("ACCRA, May 2 -- Li Jianguo, a vice minister of the International Department of the CPC Central "
            "Committee, held separate conversations with Kofi Mensah, general secretary of the New Patriotic Party, "
            "and Ama Owusu, national chairperson of the party, in Accra on Thursday.")
    rows = _rows(_events(extract, body, "2024-05-03"), "kind", "actor", "counterpart", "places")
    assert rows == [("meeting", "Li Jianguo", "Ama Owusu", "GHA"), ("meeting", "Li Jianguo", "Kofi Mensah", "GHA")]


def test_a_press_conference_is_no_gathering(extract):
    body = ("The Speaker of the Danish parliament, Mogens Dahl, met with Liu Wenjun, a vice minister of the "
            "International Department of the CPC Central Committee, in Beijing on Monday. Dahl later held a press "
            "conference for Danish reporters in Beijing.")
    kinds = [e["kind"] for e in _events(extract, body, "2024-03-08")]
    assert "summit" not in kinds and "meeting" in kinds


def test_honour_to_be_received_is_no_meeting_and_during_his_visit_is_the_guests(extract):
    body = ("Party General Secretary Tran Van Long received Liu Haibo, Secretary of the Party Committee of Yunnan "
            "Province, in Hanoi on March 31 during his visit to Vietnam.\n\n"
            "The Chinese guest, in turn, said he was glad to visit Vietnam and voiced his honour to be received by "
            "the Vietnamese leader.")
    rows = _rows(_events(extract, body, "2023-04-01"), "kind", "actor", "counterpart", "places")
    assert rows == [("meeting", "Tran Van Long", "Liu Haibo", "VNM"), ("visit", "Liu Haibo", "", "VNM")]


def test_on_behalf_of_the_king_the_prime_minister_receives(extract):
    body = ("Amman: On behalf of King Hussein Talal, Prime Minister Samir Kawar today received Gao Jianhua, a senior "
            "Politburo member of the CPC Central Committee, at his office.")
    (meeting,) = _events(extract, body, "2021-02-10")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"]) == ("Samir Kawar", "Gao Jianhua", "JOR")


def test_the_place_after_a_relative_clause_is_the_meetings(extract):
    body = ("Prime Minister Karol Novak met Sun Wenjie, who heads the Chinese People's Political Consultative "
            "Conference, in Bratislava.")
    (meeting,) = _events(extract, body, "2022-05-20")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"]) == ("Karol Novak", "Sun Wenjie", "SVK")


def test_people_attending_a_meeting_already_told_are_not_its_sides(extract):
    body = ("Prime Minister Samir Kawar received Zhang Pingyu, a member of the Political Bureau of the CPC Central "
            "Committee, in Amman on Thursday. The meeting was attended by Foreign Minister Rami Saleh and Chinese "
            "Ambassador Li Wenbo.")
    rows = _rows(_events(extract, body, "2019-11-15"), "kind", "actor", "counterpart")
    assert rows == [("meeting", "Samir Kawar", "Zhang Pingyu")]


def test_a_quoted_signing_with_no_signer_is_no_agreement(extract):
    body = ("Party chairman Nino Beridze led a delegation to China on Sunday. \"Last year was historic for our ties. "
            "The Strategic Partnership Agreement was signed,\" Beridze said.")
    kinds = [e["kind"] for e in _events(extract, body, "2024-01-15")]
    assert "agreement" not in kinds and "visit" in kinds


def test_a_presidential_aide_named_after_the_delegation_is_whom_it_met(extract):
    body = ("BEIJING, Oct 16 (Xinhua) -- Sun Qiming, a senior CPC official, on Wednesday met in Beijing with a "
            "delegation from the Kremlin administration of Russia, headed by Russian presidential aide "
            "Igor Volkov.")
    rows = _rows(_events(extract, body, "2024-10-17"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Sun Qiming", "Igor Volkov", "CHN") in rows


def test_a_vietnamese_given_name_after_a_title_is_the_person_named_before(extract):
    body = ("Deputy Foreign Minister Nguyễn Thị Hà led a delegation to Guangxi. During the trip, Deputy Minister Hà "
            "met with Liu Haibo, Secretary of the CPC Committee of Guangxi.")
    rows = _rows(_events(extract, body, "2024-11-22"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Nguyễn Thị Hà", "Liu Haibo", "CHN") in rows


def test_while_joining_someone_to_co_chair_is_the_subjects_gathering(extract):
    body = ("During the trip, Deputy Minister Nguyen Thu Ha met with Liu Haibo, Secretary of the CPC Committee of "
            "Guangxi, while joining Xu Yongke, Vice Chairman of Guangxi, to co-chair a seminar on tourism "
            "cooperation.")
    (summit,) = [e for e in _events(extract, body, "2024-11-22") if e["kind"] == "summit"]
    assert summit["actor"] == "Nguyen Thu Ha"


def test_arrived_and_will_meet_plans_the_meeting_of_the_one_who_arrived(extract):
    body = ("Hu Zhiming, a vice minister of the International Department of the CPC Central Committee, arrived in "
            "Lusaka on Monday and will meet President Mwila Banda on Wednesday.")
    rows = _rows(_events(extract, body, "2024-05-07"), "kind", "actor", "counterpart", "places", "start", "status")
    assert ("meeting", "Hu Zhiming", "Mwila Banda", "ZMB", "2024-05-08", "planned") in rows
    assert ("visit", "Hu Zhiming", "", "ZMB", "2024-05-06", "reported") in rows


def test_visiting_at_the_invitation_of_the_cpc_is_a_visit_to_china(extract):
    body = ("Liu Wenjun, a CPC leader, on Thursday held talks in Beijing with a delegation of the Communist Party of "
            "Cuba (PCC). The delegation was led by Ana Perez, who sits on the Secretariat of "
            "the PCC Central Committee. The Cuban delegation is visiting at the invitation of the CPC.")
    rows = _rows(_events(extract, body, "2016-11-29"), "kind", "actor", "places")
    assert ("visit", "Ana Perez", "CHN") in rows


def test_received_by_the_president_meets_the_president_named_before(extract):
    body = ("LUSAKA, May 2 -- President Mwila Banda has called for closer ties with China. On arrival at State House, "
            "the CPC delegation led by Hu Zhiming was received by the President.")
    rows = _rows(_events(extract, body, "2024-05-03"), "kind", "actor", "counterpart")
    assert ("meeting", "Hu Zhiming", "Mwila Banda") in rows


def test_two_opening_phrases_before_a_given_name_and_a_gerund_after_while(extract):
    body = ("Deputy Foreign Minister Trần Thu Hằng led a delegation of five provinces to Yunnan.\n\n"
            "During the visit, from May 6-8, Deputy Minister Hằng met with Wang Dehai, Secretary of the CPC Committee "
            "of Yunnan Province, while joining Li Wenbo, Vice Governor of Yunnan, to co-chair a forum on border "
            "trade.")
    rows = _rows(_events(extract, body, "2024-05-09"), "kind", "actor", "counterpart")
    assert ("meeting", "Trần Thu Hằng", "Wang Dehai") in rows
    assert [r for r in rows if r[0] == "summit"] == [("summit", "Trần Thu Hằng", "forum on border trade")]


def test_sayyid_is_an_honorific_and_on_behalf_of_the_sultan_the_deputy_receives(extract):
    body = ("Muscat: On behalf of His Majesty Sultan Hamad bin Khalid, Sayyid Badr bin Faisal, Deputy Prime Minister "
            "for Cabinet Affairs, today received Zhang Pingyu, a member of the Political Bureau of the CPC Central "
            "Committee.")
    (meeting,) = _events(extract, body, "2019-11-14")
    assert meeting["actor"].endswith("Badr bin Faisal")  # not the sultan
    assert (meeting["counterpart"], meeting["places"]) == ("Zhang Pingyu", "OMN")


def test_a_visit_expected_to_see_him_meet_the_president_plans_that_meeting(extract):
    body = ("HARARE -- Senior CPC figure and Vice Chairman of the CPPCC National Committee, Cde "
            "Wang Dehai, arrived in Harare yesterday for a working visit that is expected to see him meet President "
            "Tendai Moyo today.")
    rows = _rows(_events(extract, body, "2024-03-19"), "kind", "actor", "counterpart", "places", "status")
    assert ("meeting", "Wang Dehai", "Tendai Moyo", "ZWE", "planned") in rows
    assert ("visit", "Wang Dehai", "", "ZWE", "reported") in rows


def test_a_town_the_gazetteer_lacks_then_its_province_and_country_places_the_meeting(extract):
    body = ("On Jun 16, President Bounmy Keo received a courtesy call from Party Secretary of Yunnan Province Wang "
            "Haibo in Mengla, Yunnan, China.")
    (meeting,) = _events(extract, body, "2023-06-17")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"]) == ("Bounmy Keo", "Wang Haibo", "CHN")
    said = ("Speaking in Parliament, China's envoy Wang Haibo met President Bounmy Keo.")
    assert [e["places"] for e in _events(extract, said, "2023-06-17")] == [""]


def test_represented_by_someone_at_a_gathering_is_that_persons_gathering(extract):
    body = ("The ruling party was represented by its secretary general, Tendai Moyo, at the dialogue in Beijing on "
            "Monday.")
    (summit,) = _events(extract, body, "2024-05-08")
    assert (summit["kind"], summit["actor"], summit["counterpart"], summit["places"], summit["start"]) == (
        "summit", "Tendai Moyo", "dialogue", "CHN", "2024-05-06")
    assert _events(extract, "The party was represented by a lawyer in court.", "2024-05-08") == []


def test_a_possessive_surname_with_accents_makes_the_visit_of_the_person_named_before(extract):
    body = ("Prime Minister Tamás Kovács met Sun Wenjie, who heads the National People's Congress of China, in "
            "Budapest. Sun added that Kovacs's visit to China last year had lifted relations to a new level.")
    rows = _rows(_events(extract, body, "2019-05-24"), "kind", "actor", "places", "start")
    assert ("visit", "Tamás Kovács", "CHN", "2018") in rows
    opening = ("Prime Minister Tamás Kovács met Sun Wenjie in Budapest. Kovács's visit to China last year lifted "
               "relations to a new level, Sun added.")
    rows = _rows(_events(extract, opening, "2019-05-24"), "kind", "actor", "places")
    assert ("visit", "Tamás Kovács", "CHN") in rows
