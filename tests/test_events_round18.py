"""Round 18: attendance read from a report's shape. A report whose headline or lead tells a gathering held goes on
to say who was there without naming the gathering again: a list of those present, several people whose own verb is
to attend or speak, or a sentence opening on a person who speaks. Each of them attended it, where and when the lead
says. Invented reports in the genre; each asserts the fields a user reads (kind, actor, places, day, status)."""

PUBLISHED = "2025-06-12"


def summits(extract, title: str, body: str) -> list[tuple]:
    rows = extract(title + "\n\n" + body + "\n", PUBLISHED)["events"]
    return sorted((e["actor"], e["places"], e["start"], e["status"]) for e in rows if e["kind"] == "summit")


def actors(extract, title: str, body: str) -> list[str]:
    return [row[0] for row in summits(extract, title, body)]


def test_those_listed_present_after_a_lead_about_a_forum_attend_it(extract):
    rows = summits(extract, "Political parties of Asia and Africa meet for governance forum in Nairobi", (
        "NAIROBI, June 10 (Xinhua) -- The second Asia-Africa Governance Forum of political parties opened here on "
        "Tuesday, bringing together some 200 delegates from 40 countries. Attending were Kenyan Cabinet Secretary "
        "Samuel Otieno, Vice Minister Tian Wenbo of the International Department of the CPC Central Committee and "
        "Ugandan Minister Grace Nakato. Delegates discussed poverty reduction and party building."))
    assert rows == [(name, "KEN", "2025-06-10", "reported") for name in ("Grace Nakato", "Samuel Otieno",
                                                                          "Tian Wenbo")]


def test_several_people_whose_own_verb_is_to_speak_attend_the_gathering_of_the_headline(extract):
    rows = summits(extract, "China-Latin America party dialogue held in Lima", (
        "The fourth dialogue between the Communist Party of China and Latin American parties took place in Lima, "
        "Peru, on Monday. Peruvian lawmaker Carlos Quispe, Vice Minister Tian Wenbo and Chilean Senator Ana Rojas "
        "also spoke at the event, calling for closer exchanges of governance experience."))
    assert rows == [(name, "PER", "2025-06-09", "reported") for name in ("Ana Rojas", "Carlos Quispe",
                                                                          "Tian Wenbo")]


def test_a_speaker_a_later_sentence_opens_on_attends_the_seminar_of_the_lead(extract):
    rows = summits(extract, "Seminar on poverty reduction opens in Vientiane", (
        "VIENTIANE, June 11 (Xinhua) -- A seminar on poverty reduction and rural development for officials of the "
        "Lao People's Revolutionary Party opened in the Lao capital on Wednesday. Khamphan Sisavath, head of the "
        "party's Commission for External Relations, said the seminar would help Laos meet its development goals. "
        "Organizers said about 80 officials took part."))
    assert rows == [("Khamphan Sisavath", "LAO", "2025-06-11", "reported")]


def test_a_gathering_to_come_makes_no_attendee_of_its_speakers_or_list(extract):
    assert actors(extract, "Party forum to be held in Nairobi next week", (
        "NAIROBI, June 10 (Xinhua) -- The second Asia-Africa Governance Forum of political parties will be held "
        "here next week, the organizers announced on Tuesday. Kenyan Cabinet Secretary Samuel Otieno said the "
        "forum would draw 200 delegates. Ugandan Minister Grace Nakato and Chilean Senator Ana Rojas also spoke "
        "to reporters.")) == []


def test_a_speaker_quoted_from_a_statement_or_an_interview_attends_nothing(extract):
    assert actors(extract, "Governance forum of political parties opens in Nairobi", (
        "NAIROBI, June 10 (Xinhua) -- The second Asia-Africa Governance Forum of political parties opened here on "
        "Tuesday. Kenyan Cabinet Secretary Samuel Otieno said in a statement on Monday that Kenya welcomed the "
        "guests. Ugandan Minister Grace Nakato told reporters in Kampala that Uganda backed the forum.")) == []


def test_a_report_of_a_meeting_with_a_party_named_congress_is_no_gathering(extract):
    rows = summits(extract, "Vice Minister Tian Wenbo meets delegation of Nepali Congress Party", (
        "Beijing, June 10 -- Tian Wenbo, Vice Minister of the International Department of the CPC Central "
        "Committee, met here today with a delegation of the Nepali Congress Party led by Ram Bahadur Thapa, a "
        "member of its Central Working Committee. Ram Bahadur Thapa said the Nepali Congress valued its ties with "
        "the CPC."))
    assert rows == []


def test_a_press_conference_in_the_headline_is_no_gathering_its_speaker_attends(extract):
    assert actors(extract, "Vice Minister Tian Wenbo spoke at the press conference of the State Council", (
        "The State Council Information Office held a press conference in Beijing on Tuesday on the exchanges of "
        "the Communist Party of China with foreign parties. Tian Wenbo, vice minister of the International "
        "Department of the CPC Central Committee, said the CPC had ties with over 600 parties.")) == []


def test_a_thematic_briefing_in_the_headline_is_a_gathering_its_guests_attend(extract):
    rows = summits(extract, "Thematic briefing on the Third Plenary Session held in Hanoi", (
        "HANOI, June 11 -- A thematic briefing on the decisions of the Third Plenary Session of the 20th CPC "
        "Central Committee was held in the Vietnamese capital on Wednesday. Among the guests were Vice Minister "
        "Tian Wenbo of the International Department of the CPC Central Committee and Vietnamese Deputy Foreign "
        "Minister Nguyen Minh Vu."))
    assert rows == [(name, "VNM", "2025-06-11", "reported") for name in ("Nguyen Minh Vu", "Tian Wenbo")]


def test_a_delegation_briefing_the_public_on_a_congress_makes_no_gathering_of_the_congress(extract):
    assert actors(extract, "Chinese delegation briefing the 20th CPC National Congress tours Denmark", (
        "COPENHAGEN, June 11 -- A Chinese delegation briefing the achievements of the 20th CPC National Congress "
        "held sessions with Danish parties on Wednesday. Danish Minister Lars Holm and Chinese Ambassador Wu Lei "
        "were present.")) == []


def test_an_analyst_commenting_on_the_forum_attends_nothing_but_the_minister_speaking_there_does(extract):
    assert actors(extract, "Governance forum of political parties opens in Nairobi", (
        "NAIROBI, June 10 (Xinhua) -- The second Asia-Africa Governance Forum of political parties opened here on "
        "Tuesday. Peter Mwangi, a political analyst at the University of Nairobi, said the forum showed Africa's "
        "interest in governance. Kenyan Cabinet Secretary Samuel Otieno said Kenya welcomed the guests.")) == [
        "Samuel Otieno"]


def test_one_addressing_the_participants_attends_the_workshop_and_a_letter_read_out_is_no_attendance(extract):
    rows = summits(extract, "Party cadres' workshop held in Lusaka", (
        "LUSAKA, June 9 -- A workshop on party building for cadres of the Patriotic Front was held in the Zambian "
        "capital on Monday. Addressing the participants, Vice Minister Tian Wenbo stressed the role of cadre "
        "training. A letter from Zambian President Peter Banda was read out at the opening, in which Peter Banda "
        "said the party valued its ties with China."))
    assert rows == [("Tian Wenbo", "ZMB", "2025-06-09", "reported")]
