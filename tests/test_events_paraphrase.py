"""Paraphrase robustness of English events: the same meeting told with the place and day moved or the post written
another way must keep its kind, sides, place and date (invented sentences in the genre)."""

import pytest

PUBLISHED = "2024-05-15"


def _meetings(extract, text):
    return [(e["kind"], e["actor"], e["counterpart"], e["places"], e["start"], e["status"])
            for e in extract(text, PUBLISHED)["events"]]


@pytest.mark.parametrize("text", [
    # the day before the fronted place, or after it
    "On Tuesday in Beijing, Zhou Mingyuan, head of the International Department of the CPC Central Committee, "
    "held talks with Tomas Berger, chairman of the Social Democratic Party of Freedonia.",
    "In Brasilia on Monday, Tang Jun, vice minister of the International Department of the CPC Central Committee, "
    "held talks with Brazilian Senate President Carlos Mendes.",
    "In Hanoi on May 14, Fang Xiulan, vice minister of the International Department of the CPC Central Committee, "
    "met with Nguyen Van Hoa, head of the Commission for External Relations.",
])
def test_fronted_day_and_place_give_the_meeting_its_place(extract, text):
    events = _meetings(extract, text)
    assert len(events) == 1
    kind, _actor, _counterpart, places, start, status = events[0]
    assert kind == "meeting" and status == "reported"
    assert places == ("CHN" if "Beijing" in text else "BRA" if "Brasilia" in text else "VNM")
    assert start == ("2024-05-13" if "Monday" in text else "2024-05-14")


def test_fronted_day_and_place_give_the_sides(extract):
    text = ("On Tuesday in Beijing, Zhou Mingyuan, head of the International Department of the CPC Central "
            "Committee, held talks with Tomas Berger, chairman of the Social Democratic Party of Freedonia.")
    assert _meetings(extract, text) == [("meeting", "Zhou Mingyuan", "Tomas Berger", "CHN", "2024-05-14", "reported")]


def test_a_fronted_speech_does_not_place_the_meeting(extract):
    # The place opens on a spokesman's words, not on the meeting: no place.
    text = ("On Tuesday in Beijing, a spokesman said Li Wentao had met Tomas Berger, chairman of the Social "
            "Democratic Party of Freedonia.")
    assert [e[3] for e in _meetings(extract, text)] == [""]


def test_an_explicit_place_after_the_verb_wins_over_a_fronted_day(extract):
    text = ("On Tuesday in a speech, Li Wentao said he had met Tomas Berger, chairman of the Social Democratic "
            "Party of Freedonia, in Vienna.")
    assert [e[3] for e in _meetings(extract, text)] == ["AUT"]


@pytest.mark.parametrize("post", [
    "former U.S. secretary of state", "a former U.S. secretary of state", "former U.S. national security adviser",
])
def test_a_post_after_the_name_with_an_abbreviated_country(extract, post):
    text = f"In Beijing on Tuesday, Li Wentao met with Henry Kessler, {post}."
    assert _meetings(extract, text) == [("meeting", "Li Wentao", "Henry Kessler", "CHN", "2024-05-14", "reported")]


def test_an_abbreviated_country_in_a_clause_about_a_place_names_no_person(extract):
    rows = extract("Li Wentao visited Harbor Square, a plaza the U.S. ambassador opened in 1990, on Tuesday.",
                   PUBLISHED)
    assert [m["text"] for m in rows["mentions"] if m["kind"] == "person"] == ["Li Wentao"]


@pytest.mark.parametrize("text, actor, counterpart", [
    ("Indian Foreign Secretary Arun Mehta and Fang Xiulan, vice minister of the International Department of the "
     "CPC Central Committee, held talks in New Delhi on Tuesday.", "Arun Mehta", "Fang Xiulan"),
    ("Fang Xiulan, vice minister of the International Department of the CPC Central Committee, and Indian Foreign "
     "Secretary Arun Mehta held talks in New Delhi on Tuesday.", "Fang Xiulan", "Arun Mehta"),
])
def test_a_pair_with_posts_set_off_by_commas_holds_talks(extract, text, actor, counterpart):
    assert _meetings(extract, text) == [("meeting", actor, counterpart, "IND", "2024-05-14", "reported")]


def test_a_pair_each_with_a_post_signs(extract):
    text = ("Zhou Mingyuan, head of the International Department of the CPC Central Committee, and Tomas Berger, "
            "chairman of the Social Democratic Party of Freedonia, signed a memorandum of understanding on "
            "cooperation between the two parties in Beijing on Tuesday.")
    assert _meetings(extract, text) == [("agreement", "Zhou Mingyuan", "Tomas Berger", "CHN", "2024-05-14",
                                         "reported")]


def test_signed_by_after_the_place_and_day(extract):
    text = ("A memorandum of understanding on cooperation between the two parties was signed in Beijing on Tuesday "
            "by Zhou Mingyuan, head of the International Department of the CPC Central Committee, and Tomas Berger, "
            "chairman of the Social Democratic Party of Freedonia.")
    assert _meetings(extract, text) == [("agreement", "Zhou Mingyuan", "Tomas Berger", "CHN", "2024-05-14",
                                         "reported")]


def test_a_list_with_its_own_clause_is_no_pair(extract):
    # "A, and B, post, held talks with him": B's own clause; A was met by Liu, not a co-host of B's talks.
    text = ("Zhou Mingyuan met Foreign Secretary Arun Mehta, and Fang Xiulan, vice minister of the International "
            "Department, held talks with him in Beijing on Tuesday.")
    sides = {(e[1], e[2]) for e in _meetings(extract, text)}
    assert ("Arun Mehta", "Fang Xiulan") not in sides and ("Fang Xiulan", "Arun Mehta") not in sides
    assert ("Zhou Mingyuan", "Arun Mehta") in sides


def test_a_post_with_a_verb_between_commas_is_no_pair(extract):
    # ", who ... ," is a clause, not a post: the pair is not read across it.
    text = ("Foreign Secretary Arun Mehta and Fang Xiulan, who said the talks went well, held a press conference "
            "in New Delhi on Tuesday.")
    assert not [e for e in _meetings(extract, text) if {e[1], e[2]} == {"Arun Mehta", "Fang Xiulan"}]


@pytest.mark.parametrize("text", [
    "Receiving Ma Wentao, vice minister of the International Department of the CPC Central Committee, in Hanoi on "
    "May 14, Politburo member Le Van Hung said relations between the two parties were developing well.",
    "Receiving Ma Wentao in Hanoi on May 14, Politburo member Le Van Hung said relations were developing well.",
])
def test_an_opening_receiving_gives_the_host_after_the_comma(extract, text):
    assert _meetings(extract, text) == [("meeting", "Le Van Hung", "Ma Wentao", "VNM", "2024-05-14", "reported")]
    rows = extract(text, PUBLISHED)
    assert "Receiving Ma Wentao" not in [m["text"] for m in rows["mentions"] if m["kind"] == "person"]


def test_an_opening_receiving_of_a_thing_is_no_meeting(extract):
    text = "Receiving Chinese aid since 2010, Nepal has built new roads, Prime Minister Bishnu Raj Adhikari said."
    assert _meetings(extract, text) == []


@pytest.mark.parametrize("text, place, start, pair", [
    ("During their meeting in Hanoi on May 14, Politburo member Le Van Hung and Ma Wentao, vice minister of the "
     "International Department of the CPC Central Committee, reviewed the ties.", "VNM", "2024-05-14",
     {"Le Van Hung", "Ma Wentao"}),
    ("In a meeting held in Beijing on Monday, Zhou Mingyuan, head of the International Department of the CPC "
     "Central Committee, and Fidel Moreno Brito, secretary of the Sandinista National Liberation Front, discussed "
     "party ties.", "CHN", "2024-05-13", {"Zhou Mingyuan", "Fidel Moreno Brito"}),
])
def test_an_opening_meeting_gives_the_pair_after_the_comma(extract, text, place, start, pair):
    events = _meetings(extract, text)
    assert len(events) == 1
    kind, actor, counterpart, places, day, status = events[0]
    assert (kind, places, day, status) == ("meeting", place, start, "reported")
    assert {actor, counterpart} == pair


def test_an_opening_meeting_with_one_person_after_it_names_no_pair(extract):
    # One person after the comma, the other side told nowhere: no invented counterpart.
    text = "During the meeting in Hanoi on May 14, Politburo member Le Van Hung praised the ties."
    assert _meetings(extract, text) == []


@pytest.mark.parametrize("text", [
    "Zhou Mingyuan, head of the International Department of the CPC Central Committee, spoke at the World Political "
    "Parties Summit in Fuzhou on Tuesday.",
    "Speaking at the World Political Parties Summit in Fuzhou on Tuesday, Zhou Mingyuan, head of the International "
    "Department of the CPC Central Committee, called for more dialogue among parties.",
])
def test_speaking_at_a_gathering_attends_it(extract, text):
    events = extract(text, PUBLISHED)["events"]
    assert [(e["kind"], e["actor"], e["places"], e["start"]) for e in events] == [
        ("summit", "Zhou Mingyuan", "CHN", "2024-05-14")]
    assert "Summit" in events[0]["counterpart"] and not events[0]["counterpart"].startswith("spoke")


@pytest.mark.parametrize("text", [
    "Zhou Mingyuan, head of the International Department of the CPC Central Committee, spoke at a press conference "
    "in Fuzhou on Tuesday.",
    "Zhou Mingyuan spoke to reporters after the World Political Parties Summit in Fuzhou on Tuesday.",
])
def test_speaking_to_the_press_attends_no_gathering(extract, text):
    assert [e["kind"] for e in extract(text, PUBLISHED)["events"] if e["kind"] == "summit"] == []


def test_the_visiting_one_set_off_after_the_counterpart_meets_at_the_hosts_home(extract):
    text = ("Zhao Guodong, a member of the Standing Committee of the Political Bureau of the CPC Central Committee, "
            "met with Batbold Ganzorig, the visiting secretary general of the Mongolian People's Party, on Monday.")
    assert _meetings(extract, text) == [
        ("meeting", "Zhao Guodong", "Batbold Ganzorig", "CHN", "2024-05-13", "reported")]


def test_a_visiting_one_not_set_off_after_the_counterpart_leaves_the_place_open(extract):
    # "the visiting" describes someone else, not the one met: no home inferred from it.
    text = ("Zhao Guodong, a member of the Standing Committee of the Political Bureau of the CPC Central Committee, "
            "met with Batbold Ganzorig, secretary general of the Mongolian People's Party, to discuss the visiting "
            "season.")
    assert [e[3] for e in _meetings(extract, text)] == [""]


def test_a_gathering_opened_with_someone_in_attendance(extract):
    text = ("The 10th Congress of the Mozambique Liberation Front opened in Maputo on Tuesday, with Ma Wentao, vice "
            "minister of the International Department of the CPC Central Committee, in attendance.")
    events = extract(text, PUBLISHED)["events"]
    assert [(e["kind"], e["actor"], e["places"], e["start"]) for e in events] == [
        ("summit", "Ma Wentao", "MOZ", "2024-05-14")]


def test_a_gathering_opened_with_someone_saying_names_no_attendee(extract):
    text = ("The 10th Congress of the Mozambique Liberation Front opened in Maputo on Tuesday, with Ma Wentao, vice "
            "minister of the International Department, saying ties were strong.")
    assert extract(text, PUBLISHED)["events"] == []
