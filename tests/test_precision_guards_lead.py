"""Precision guards for attendance read from a report's shape (`extract/event_lead.py`) and for a keynote speech
after a gathering told with no host (`extract/event_hostless.py`): a headline that is no headline, a gathering
noun that names no gathering held, a speaker who spoke elsewhere or at another time, a later sentence that tells
another act, and the place and status of what is read. Invented reports in the genre; each asserts the fields a
user reads (kind, actor, places, day, status, mode)."""
import pytest

PUBLISHED = "2025-06-12"


def summits(extract, title: str, body: str) -> list[tuple]:
    rows = extract(title + "\n\n" + body + "\n", PUBLISHED)["events"]
    return sorted((e["actor"], e["places"], e["start"], e["status"]) for e in rows if e["kind"] == "summit")


@pytest.mark.parametrize("title, body", [
    ("Home News World Business Forum Opinion\nKenya hails growing trade with China", (
        "NAIROBI, June 10 (Xinhua) -- Kenyan President Daniel Mwangi on Tuesday hailed Kenya's growing trade with "
        "China as a model of partnership. Kenyan Trade Minister Ruth Wanjiku said tea exports to China rose by "
        "a third.")),
    ("Manila lodges protest over reef incident", (
        "MANILA, June 10 -- The Philippines on Tuesday accused China of breaching the UN Convention on the Law of "
        "the Sea near a disputed reef in the South China Sea. Foreign Secretary Ramon Dizon said Manila had filed "
        "a diplomatic protest.")),
    ("Kenya and China sign farming deal", (
        "NAIROBI, June 10 -- Kenya and China on Tuesday signed a farming deal under the framework of the Forum on "
        "China-Africa Cooperation in the Kenyan capital. Agriculture Minister Joseph Kiprono said the deal would "
        "help small farmers.")),
    ("Lawmakers in Washington target Chinese firms", (
        "WASHINGTON, June 10 -- Members of the U.S. Congress introduced a resolution on Tuesday targeting Chinese "
        "technology firms over data security. Senator Mark Dalton said the firms posed a risk.")),
    ("Polling under way in Bihar", (
        "PATNA, June 10 -- Voting in the Bihar Assembly elections began on Tuesday amid tight security across the "
        "eastern Indian state. Chief Minister Ramesh Kumar said the turnout would be high.")),
    ("Nepali Congress elects new leadership", (
        "KATHMANDU, June 10 -- The Nepali Congress on Tuesday elected a new general secretary at a session of its "
        "central committee in Kathmandu. Former Prime Minister Hari Prasad Koirala said the party stood united.")),
])
def test_a_gathering_noun_not_told_held_makes_no_attendee(extract, title, body):
    assert summits(extract, title, body) == []


FORUM = ("Party leaders gather in Nairobi for governance forum", "NAIROBI, June 10 (Xinhua) -- The second "
         "Africa Governance Forum of political parties opened in Nairobi on Tuesday with some 200 delegates. "
         "The forum focuses on governance and development. ")


@pytest.mark.parametrize("said", [
    "Speaking at a separate event in Mombasa, Kenyan Minister Samuel Otieno said Kenya valued its ties with China.",
    "Speaking at a press conference after the opening, Kenyan Minister Samuel Otieno said Kenya valued the forum.",
    "Kenyan Minister Samuel Otieno, speaking on national television on Wednesday, said the forum was a success.",
    "Kenyan Minister Samuel Otieno said in March that Kenya would host more party delegations.",
    "Chinese Foreign Ministry Spokesperson Wang Ling said at a regular press briefing in Beijing that China "
    "backed the forum.",
    "Kenyan Minister Samuel Otieno, speaking to reporters in Mombasa, said the forum was timely.",
    "Kenyan Minister Samuel Otieno said on X that the forum had drawn record numbers.",
])
def test_a_speaker_who_spoke_elsewhere_or_at_another_time_attends_nothing(extract, said):
    assert summits(extract, FORUM[0], FORUM[1] + said) == []


@pytest.mark.parametrize("later", [
    "On the same day, Kenyan President Daniel Mwangi told visiting Vice Minister Tian Wenbo that Kenya valued "
    "its ties with China. Kenyan Minister Samuel Otieno said the two parties would deepen exchanges.",
    "Later on Tuesday, Kenyan President Daniel Mwangi met with Vice Minister Tian Wenbo at State House. "
    "Kenyan Minister Samuel Otieno said the talks were fruitful.",
    "A year ago, the first such forum was held in Pretoria. At that forum, South African Minister Thandi Nkosi "
    "and Ugandan Minister Grace Nakato delivered speeches.",
])
def test_the_sentences_read_end_at_a_meeting_or_an_earlier_gathering(extract, later):
    assert summits(extract, FORUM[0], FORUM[1] + later) == []


def test_a_lead_naming_two_gatherings_makes_no_attendee(extract):
    assert "Budi Santoso" not in [row[0] for row in summits(extract, "Two gatherings in one week", (
        "BEIJING, June 10 (Xinhua) -- The China-Africa Party Forum opened in Beijing on Tuesday, a week after "
        "the Asia Governance Summit closed in Jakarta. Indonesian Minister Budi Santoso said the summit had "
        "opened a new chapter."))]


def test_people_who_joined_the_opposition_in_another_year_attend_nothing(extract):
    assert summits(extract, "Ruling party congress opens in Harare", (
        "HARARE, June 10 -- The ruling party's congress opened in Harare on Tuesday with 5,000 delegates. Former "
        "ministers Tendai Moyo and Farai Chikore joined the opposition in 2018.")) == []


def test_a_summit_that_opens_next_week_is_not_reported_held(extract):
    rows = summits(extract, "Bloc summit to open in Johannesburg next week", (
        "JOHANNESBURG, June 10 (Xinhua) -- The bloc's annual summit opens in Johannesburg on Tuesday, officials "
        "said on Wednesday. South African President Sipho Dlamini said the summit would strengthen the bloc."))
    assert [row for row in rows if row[3] == "reported"] == []


def test_a_dialogue_held_online_is_placed_nowhere(extract):
    rows = summits(extract, "Online dialogue of the CPC and Latin American parties", (
        "BEIJING, June 10 (Xinhua) -- A dialogue between the CPC and parties of Latin America opened online on "
        "Tuesday. Vice Minister Tian Wenbo said China was ready to work with the parties of the region."))
    assert rows == [("Tian Wenbo", "", "2025-06-10", "reported")]


def test_the_place_is_the_one_the_gathering_verb_names_not_the_first_in_the_lead(extract):
    rows = summits(extract, "East African parties gather in Uganda", (
        "Leaders of ruling parties from Kenya, Tanzania and Uganda gathered in Kampala, the Ugandan capital, on "
        "Tuesday for a regional forum on governance. Attending were Kenyan Minister Samuel Otieno and Tanzanian "
        "Vice President Joseph Mrema."))
    assert rows == [(name, "UGA", "2025-06-10", "reported") for name in ("Joseph Mrema", "Samuel Otieno")]


def test_a_national_congress_of_the_party_opening_is_a_gathering_its_guests_attend(extract):
    rows = summits(extract, "Vietnam's ruling party opens key meeting", (
        "HANOI, June 10 -- The 14th National Congress of the Communist Party of Vietnam opened in Hanoi on "
        "Tuesday with 1,600 delegates. Among the guests were Vice Minister Tian Wenbo and Lao Minister Khamla "
        "Vongsa."))
    assert rows == [(name, "VNM", "2025-06-10", "reported") for name in ("Khamla Vongsa", "Tian Wenbo")]


@pytest.mark.parametrize("speech", [
    "In 2021, Chinese President Li Ming said in his keynote speech at the UN General Assembly that China would "
    "share its experience.",
    "Zambian Minister Peter Banda, who did not attend, said in his address to parliament last week that the "
    "seminar was timely.",
])
def test_a_keynote_speech_given_elsewhere_is_no_attendance_of_the_seminar(extract, speech):
    rows = summits(extract, "Seminar on poverty reduction in Lusaka", (
        "LUSAKA, June 10 -- The seminar on poverty reduction was held in Lusaka on Tuesday by the Chinese "
        "embassy. " + speech))
    assert rows == []


def test_speakers_after_a_speech_about_a_message_still_attend_the_forum_of_the_lead(extract):
    rows = summits(extract, FORUM[0], FORUM[1] + (
        "Kenyan Minister Samuel Otieno said the forum sent a clear message of unity. Ugandan Minister Grace Nakato "
        "said Africa's parties shared the goal of development."))
    assert rows == [(name, "KEN", "2025-06-10", "reported") for name in ("Grace Nakato", "Samuel Otieno")]


def test_a_list_told_at_a_meeting_ends_the_sentences_read(extract):
    rows = summits(extract, FORUM[0], FORUM[1] + (
        "Present at the talks with President Daniel Mwangi were Minister Samuel Otieno and Ambassador Zhou Lin. "
        "Ugandan Minister Grace Nakato said Africa's parties shared the goal of development."))
    assert rows == []
