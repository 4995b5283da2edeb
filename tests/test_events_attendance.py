"""Attendance at a gathering told in the ways the genre tells it beyond "X attended the forum": lists of those
present, inverted ("Present at the forum were ..."), passive chairs, online gatherings, and who joined them.
Invented sentences; each names the fields a user reads (kind, actor, gathering, place, day, mode)."""
import pytest

PUBLISHED = "2024-05-10"


def summits(extract, body: str) -> list[tuple]:
    rows = extract("Title\n\n" + body + "\n", PUBLISHED)["events"]
    return sorted((e["kind"], e["actor"], e["counterpart"], e["places"], e["start"], e["mode"]) for e in rows)


@pytest.mark.parametrize("body, gathering", [
    ("Present at the forum were Vice Minister Tian Wenbo, Kenyan Foreign Minister Samuel Mwangi and Zambian "
     "Minister John Banda.", "forum"),
    ("Also attending the forum were Vice Minister Tian Wenbo, Kenyan Foreign Minister Samuel Mwangi and Zambian "
     "Minister John Banda.", "forum"),
    ("Among those who attended the symposium were Vice Minister Tian Wenbo, Kenyan Foreign Minister Samuel Mwangi "
     "and Zambian Minister John Banda.", "symposium"),
    ("Speakers at the dialogue included Vice Minister Tian Wenbo, Kenyan Foreign Minister Samuel Mwangi and Zambian "
     "Minister John Banda.", "dialogue"),
    ("The workshop brought together Vice Minister Tian Wenbo, Kenyan Foreign Minister Samuel Mwangi and Zambian "
     "Minister John Banda.", "workshop"),
])
def test_everyone_listed_as_present_attends(extract, body, gathering):
    assert [e[:3] for e in summits(extract, body)] == [("summit", name, gathering) for name in
                                                       ("John Banda", "Samuel Mwangi", "Tian Wenbo")]


@pytest.mark.parametrize("body", [
    "Participants at the forum were told that China would open its market wider.",
    "Speakers at the forum included officials from 30 countries.",
    "Present at the talks were Vice Minister Tian Wenbo and Zambian Minister John Banda.",
])
def test_a_list_of_no_one_or_at_talks_is_no_attendance(extract, body):
    assert not [e for e in summits(extract, body) if e[0] == "summit"]


@pytest.mark.parametrize("body, place, day", [
    ("Vice Minister Tian Wenbo was among the guests at the congress of the Communist Party of Ireland in Dublin on "
     "Saturday.", "IRL", "2024-05-04"),
    ("Vice Minister Tian Wenbo was present at the congress of the Communist Party of Ireland in Dublin on "
     "Saturday.", "IRL", "2024-05-04"),
    ("Vice Minister Tian Wenbo addressed the opening session of the workshop in Dublin on Saturday.", "IRL",
     "2024-05-04"),
])
def test_a_guest_present_at_a_gathering_attends_it(extract, body, place, day):
    found = summits(extract, body)
    assert [(e[0], e[1], e[3], e[4]) for e in found] == [("summit", "Tian Wenbo", place, day)]
    assert not found[0][2].startswith(("was", "addressed"))  # the gathering's words, not the verb's


@pytest.mark.parametrize("body", [
    "The briefing in Bangkok on Monday was chaired by Vice Minister Tian Wenbo.",
    "The briefing in Bangkok on Monday was presided over by Vice Minister Tian Wenbo.",
])
def test_a_gathering_chaired_by_someone_is_attended_by_him(extract, body):
    assert [e[:3] + (e[4],) for e in summits(extract, body)] == [("summit", "Tian Wenbo", "briefing", "2024-05-06")]


@pytest.mark.parametrize("body, gathering", [
    ("Vice Minister Tian Wenbo participated in the webinar on governance organized by the Communist Party of Ireland "
     "on Tuesday.", "webinar on governance"),
    ("Vice Minister Tian Wenbo joined the video conference with leaders of African parties on Tuesday.",
     "video conference"),
    ("Vice Minister Tian Wenbo delivered remarks at the online dialogue with European political parties on Tuesday.",
     "online dialogue"),
])
def test_an_online_gathering_is_attended_virtually(extract, body, gathering):
    assert summits(extract, body) == [("summit", "Tian Wenbo", gathering, "", "2024-05-07", "virtual")]


@pytest.mark.parametrize("body", [
    "The Sandinista Front joined the Sao Paulo Forum in 1993.",
    "Tian Wenbo joined the International Department in 2010.",
    "Vice Minister Tian Wenbo made remarks to the congress delegates on Tuesday.",
])
def test_joining_a_body_is_no_attendance(extract, body):
    assert not [e for e in summits(extract, body) if e[0] == "summit"]


@pytest.mark.parametrize("body", [
    "Tian Wenbo joined the forum's secretariat in 2019.",
    "Tian Wenbo joined the seminar's organizing committee in 2015.",
    "The Workers' Party of Korea joined the forum in 1998 as a member.",
    "Tian Wenbo joined the forum as a member in 2008.",
    "Tian Wenbo joined the conference call with Maite Mola on Friday.",
    "Vice Minister Tian Wenbo was present at the airport to see off the delegation of the Nepali Congress.",
    "Vice Minister Tian Wenbo was also present at the signing of the agreement ahead of the summit.",
    "The Nepali Congress brought together Sher Bahadur Deuba and Pushpa Kamal Dahal in a coalition.",
    "The forum was moderated by CGTN anchor Tian Wei.",
    "Foreign Minister Zhao Lin made these remarks at the forum in Beijing on Monday.",
])
def test_a_body_joined_a_place_or_a_moderator_attends_nothing(extract, body):
    assert not [e for e in summits(extract, body) if e[0] == "summit"]


@pytest.mark.parametrize("body, place", [
    ("Vice Minister Tian Wenbo spoke at the forum's opening ceremony in Beijing.", "CHN"),
    ("Vice Minister Tian Wenbo delivered a keynote speech at the congress's opening session in Hanoi.", "VNM"),
    ("Vice Minister Tian Wenbo delivered a speech to the seminar participants in Hanoi on Monday.", "VNM"),
])
def test_a_speech_at_a_gatherings_own_session_attends_it(extract, body, place):
    assert [(e[0], e[1], e[3]) for e in summits(extract, body)] == [("summit", "Tian Wenbo", place)]


def test_a_webinar_the_host_only_mentions_leaves_the_meeting_in_person(extract):
    rows = extract("Title\n\nVice Minister Tian Wenbo met Prime Minister Sok Rithy in Beijing on Monday and invited "
                   "him to a webinar on governance.\n", PUBLISHED)["events"]
    assert [(e["kind"], e["mode"]) for e in rows] == [("meeting", "host")]
