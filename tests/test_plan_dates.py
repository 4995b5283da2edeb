"""A plan told in reported speech is dated by the plan's own time, not by the day it was told
(`extract/event_when.py`): "X said on Monday that Y will visit China next month" is a visit next month, "It was
announced on 3 May that the delegation would travel to Laos in June" one in June, and a plan told on a day with
no time of its own has no day. Invented reports in the genre; each asserts kind, actor, places, date and status."""
import pytest


def visits(extract, body: str, published: str = "2025-06-12") -> list[tuple]:
    rows = extract("Visit news\n\n" + body + "\n", published)["events"]
    return [(e["kind"], e["actor"], e["places"], e["start"], e["end"], e["status"]) for e in rows
            if e["kind"] == "visit"]


def test_a_plan_said_on_a_day_for_next_month_takes_the_month_after_the_report(extract):
    assert visits(extract, (
        "VIENTIANE, June 10 (Xinhua) -- Lao Foreign Minister Khamla Sisavath said on Monday that Lao President "
        "Bounmy Phommachanh will visit China next month.")) == [
        ("visit", "Bounmy Phommachanh", "CHN", "2025-07", "2025-07", "planned")]


def test_a_plan_announced_on_a_date_for_a_month_takes_the_month(extract):
    assert visits(extract, (
        "HANOI, May 5 -- It was announced on 3 May that the delegation led by Vietnamese Deputy Minister Nguyen "
        "Van Hung would travel to Laos in June."), "2025-05-05") == [
        ("visit", "Nguyen Van Hung", "LAO", "2025-06", "2025-06", "planned")]


def test_a_plan_announced_on_a_weekday_takes_its_own_days(extract):
    assert visits(extract, (
        "BEIJING, June 10 (Xinhua) -- Chinese Foreign Ministry spokesperson Liu Fang announced on Tuesday that "
        "Cambodian Prime Minister Sok Dara will pay an official visit to China from June 20 to 23.")) == [
        ("visit", "Sok Dara", "CHN", "2025-06-20", "2025-06-23", "planned")]


def test_a_plan_told_on_a_day_with_no_time_of_its_own_has_no_day(extract):
    assert visits(extract, (
        "BEIJING, June 10 (Xinhua) -- Chinese Foreign Ministry spokesperson Liu Fang said on Tuesday that Cambodian "
        "Prime Minister Sok Dara will visit China.")) == [("visit", "Sok Dara", "CHN", "", "", "planned")]


@pytest.mark.parametrize("body, start", [
    # the day said after the plan's verb was already the saying's
    ("BEIJING, June 10 (Xinhua) -- Cambodian Prime Minister Sok Dara will visit China next week, Chinese Foreign "
     "Ministry spokesperson Liu Fang said on Tuesday.", "2025-06-16"),
    # a plan whose own day comes before its verb, no verb of saying before it
    ("BEIJING, June 10 (Xinhua) -- On June 20, Cambodian Prime Minister Sok Dara will visit China, the Chinese "
     "Foreign Ministry said.", "2025-06-20"),
])
def test_a_plan_with_its_own_day_keeps_it(extract, body, start):
    assert [(row[1], row[2], row[3], row[5]) for row in visits(extract, body)] == [
        ("Sok Dara", "CHN", start, "planned")]


def test_a_visit_reported_done_keeps_the_day_the_sentence_gives(extract):
    assert visits(extract, (
        "BEIJING, June 10 (Xinhua) -- Cambodian Prime Minister Sok Dara on Monday arrived in Beijing for an "
        "official visit to China.")) == [("visit", "Sok Dara", "CHN", "2025-06-09", "2025-06-09", "reported")]


def test_a_plan_in_a_statement_issued_on_a_day_takes_its_own_month(extract):
    assert visits(extract, (
        "BEIJING, June 10 (Xinhua) -- In a statement issued on Monday, the Chinese Foreign Ministry said Cambodian "
        "Prime Minister Sok Dara will visit China next month.")) == [
        ("visit", "Sok Dara", "CHN", "2025-07", "2025-07", "planned")]
