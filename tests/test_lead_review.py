"""Attendance read from a report's shape (`extract/event_lead.py`), after a review: the headline is the loader's
title (a sidecar's when there is one, which need not stand in the text), a gathering held online is attended in
the mode other virtual meetings get, with no place, and a briefing is a gathering only as a noun that names no
press briefing. Invented reports in the genre; each asserts the fields a user reads."""
import pytest
from liaison.extract.pipeline import build_tables
from liaison.load.corpus import load_corpus

PUBLISHED = "2025-06-12"
ATTENDING = ("Attending were Kenyan Cabinet Secretary Samuel Otieno, Vice Minister Tian Wenbo of the International "
             "Department of the CPC Central Committee and Ugandan Minister Grace Nakato.")
ATTENDEES = ("Grace Nakato", "Samuel Otieno", "Tian Wenbo")


def summits(extract, title: str, body: str) -> list[tuple]:
    rows = extract(title + "\n\n" + body + "\n", PUBLISHED)["events"]
    return sorted((e["actor"], e["places"], e["start"], e["status"], e["mode"]) for e in rows
                  if e["kind"] == "summit")


# The lead tells no gathering by name: only the headline says what the people listed were at.
HEADLINE = "Party leaders gather in Nairobi for governance forum"
BODY = ("NAIROBI, June 10 (Xinhua) -- Officials of political parties from 40 African countries on Tuesday began "
        "three days of discussions in the Kenyan capital on governance and development. " + ATTENDING)


def _tables(folder, name: str, text: str, sidecar: str | None):
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    if sidecar is not None:
        (folder / f"{name}.meta.yaml").write_text(sidecar, encoding="utf-8")
    tables = build_tables(load_corpus(folder)).as_dict()
    events = tables["events"]
    return sorted((e.actor, e.places, e.start, e.status, e.counterpart, e.mode)
                  for e in events.itertuples() if e.kind == "summit")


def test_a_sidecar_title_is_the_headline_of_a_body_opening_on_its_dateline(tmp_path):
    rows = _tables(tmp_path, "forum", BODY + "\n", f"title: {HEADLINE}\npublished: '{PUBLISHED}'\n")
    assert [(actor, places, start, status, counterpart) for actor, places, start, status, counterpart, _ in rows] == [
        (name, "KEN", "2025-06-10", "reported", "") for name in ATTENDEES]
    assert [mode for *_, mode in rows] == ["", "", "visit"]  # in the room: the Chinese vice minister abroad


def test_without_a_headline_the_lead_alone_tells_no_gathering(tmp_path):
    assert _tables(tmp_path, "forum", BODY + "\n", f"published: '{PUBLISHED}'\n") == []


def test_a_sidecar_title_telling_a_plan_wins_over_a_first_line_telling_it_held(tmp_path):
    text = "Home | Africa | Politics\n\n" + BODY + "\n"
    assert _tables(tmp_path, "forum", text, "title: Party leaders to gather in Nairobi for governance forum next "
                                            f"week\npublished: '{PUBLISHED}'\n") == []


def test_a_headline_line_in_plain_text_is_still_read(extract):
    rows = summits(extract, HEADLINE, BODY)
    assert [row[:4] for row in rows] == [(name, "KEN", "2025-06-10", "reported") for name in ATTENDEES]
    assert [row[4] for row in rows] == ["", "", "visit"]  # the Chinese vice minister is the one abroad


@pytest.mark.parametrize("title, lead", [
    ("China-Africa party dialogue held online", "BEIJING, June 10 (Xinhua) -- The third China-Africa political "
     "parties dialogue was held online on Tuesday, with some 300 party officials from 40 countries taking part."),
    ("China-Africa party dialogue held in Beijing", "BEIJING, June 10 (Xinhua) -- The third China-Africa political "
     "parties dialogue was held via video link on Tuesday, with some 300 party officials from 40 countries."),
    ("Party officials of 40 countries gather for webinar", "BEIJING, June 10 (Xinhua) -- A webinar on governance "
     "and poverty reduction for officials of African political parties opened on Tuesday in Beijing."),
])
def test_attendees_of_a_gathering_held_online_get_the_virtual_mode_and_no_place(extract, title, lead):
    assert summits(extract, title, lead + " " + ATTENDING) == [
        (name, "", "2025-06-10", "reported", "virtual") for name in ATTENDEES]


def test_a_speaker_at_a_webinar_attends_it_virtually(extract):
    assert summits(extract, "Webinar on poverty reduction opens", (
        "VIENTIANE, June 11 (Xinhua) -- A webinar on poverty reduction for officials of the Lao People's "
        "Revolutionary Party opened on Wednesday. Khamphan Sisavath, head of the party's Commission for External "
        "Relations, said the seminar would help Laos meet its development goals.")) == [
        ("Khamphan Sisavath", "", "2025-06-11", "reported", "virtual")]


@pytest.mark.parametrize("lead", [
    "The second Africa Governance Forum of political parties opened in Nairobi on Tuesday, held both in person "
    "and online.",
    "The second Africa Governance Forum of political parties opened in Nairobi on Tuesday in a hybrid format.",
])
def test_a_hybrid_gathering_keeps_its_room_and_is_not_virtual(extract, lead):
    rows = summits(extract, "Party forum opens in Nairobi", "NAIROBI, June 10 (Xinhua) -- " + lead + " " + ATTENDING)
    assert [row[:4] for row in rows] == [(name, "KEN", "2025-06-10", "reported") for name in ATTENDEES]
    assert [row[4] for row in rows] == ["", "", "visit"]


@pytest.mark.parametrize("title, body", [
    # a delegation that briefs: the participle "briefing the", in the headline and the lead
    ("Chinese delegation briefing the plenum holds sessions in Oslo", (
        "On June 9, the Chinese delegation briefing the outcomes of the Third Plenary Session, headed by Li Wenhai, "
        "Deputy Head of the Publicity Department of the CPC Central Committee, held briefing sessions in Oslo. "
        "Chinese Ambassador Zhou Ming and over 60 guests including Norwegian officials and scholars were present.")),
    ("Chinese Ambassador attends events with Chinese delegation in Oslo", (
        "On June 9, the Chinese delegation briefing the outcomes of the Third Plenary Session, headed by Li Wenhai, "
        "Deputy Head of the Publicity Department of the CPC Central Committee, held briefing sessions in Oslo. "
        "Chinese Ambassador Zhou Ming and over 60 guests including Norwegian officials and scholars were present.")),
    # one who briefed others: an act told, as a meeting is
    ("Diplomats briefed on plenum", (
        "BEIJING, June 10 (Xinhua) -- Vice Minister Tian Wenbo of the International Department of the CPC Central "
        "Committee briefed diplomats from 40 countries on China's reform plans at a symposium held in Beijing on "
        "Tuesday. Attending were Lao Ambassador Khamphan Sisavath, Kenyan Ambassador Samuel Otieno and Ugandan "
        "Ambassador Grace Nakato.")),
    # a press briefing by another name: a regular one, one given by a spokesperson
    ("Spokesperson takes questions on Africa forum", (
        "BEIJING, June 10 (Xinhua) -- The Foreign Ministry's regular briefing was held in Beijing on Tuesday, the "
        "last before the summer break. Spokesperson Wang Ling said China welcomed the outcome of the Africa forum.")),
    ("Spokesperson takes questions on Africa forum", (
        "BEIJING, June 10 (Xinhua) -- A briefing by the Foreign Ministry spokesperson was held in Beijing on "
        "Tuesday, the last before the summer break. Spokesperson Wang Ling said China welcomed the outcome of the "
        "Africa forum.")),
])
def test_a_briefing_told_as_a_verb_or_a_press_briefing_makes_no_attendee(extract, title, body):
    people = {"Zhou Ming", "Khamphan Sisavath", "Samuel Otieno", "Grace Nakato", "Wang Ling"}
    assert [row for row in summits(extract, title, body) if row[0] in people] == []


def test_a_thematic_briefing_held_for_diplomats_is_a_gathering_its_guests_attend(extract):
    rows = summits(extract, "Thematic briefing on plenum held for foreign diplomats", (
        "BEIJING, June 10 (Xinhua) -- The International Department of the CPC Central Committee held a thematic "
        "briefing on the Third Plenary Session for foreign diplomats in Beijing on Tuesday. Attending were Lao "
        "Ambassador Khamphan Sisavath, Kenyan Ambassador Samuel Otieno and Ugandan Ambassador Grace Nakato."))
    assert [row for row in rows if row[0] in ("Grace Nakato", "Khamphan Sisavath", "Samuel Otieno")] == [
        (name, "CHN", "2025-06-10", "reported", "") for name in ("Grace Nakato", "Khamphan Sisavath", "Samuel Otieno")]


def test_a_briefing_of_a_ministry_told_held_is_still_one_its_speaker_attends(extract):
    assert [row for row in summits(extract, "Spokesperson takes questions on Africa forum", (
        "BEIJING, June 10 (Xinhua) -- A briefing of the Foreign Ministry was held in Beijing on Tuesday, the last "
        "before the summer break. Spokesperson Wang Ling said China welcomed the outcome of the Africa forum."))
        if row[0] == "Wang Ling"] == [("Wang Ling", "CHN", "2025-06-10", "reported", "host")]
