"""English fixes of December 2: misreadings a reader of real reports saw, each a construction the genre repeats (wire
datelines filed from another country, curly possessives, courtesy titles, trips not made, virtual gatherings told
beside the one attended, past visits told in passing, speakers after a quote, absent hosts, missions named, parties
with a bracketed country). Each tried in several wordings, with cases that must not fire. Every sentence is invented
in the genre."""

from readout_rows import en_events as _events
from readout_rows import en_people as _people
from readout_rows import fields_of as _rows

# "attended the congress after an online plenum": the virtual word names the other gathering.


def test_a_congress_attended_after_an_online_plenum_is_not_virtual(extract):
    body = "Vice Minister Zhou Wenming attended the party congress in Hanoi after an online plenum on Monday."
    assert _rows(_events(extract, body, "2025-06-04"), "kind", "places", "mode") == [("summit", "VNM", "visit")]


def test_a_congress_attended_a_day_after_a_virtual_meeting_is_not_virtual(extract):
    body = ("Vice Minister Zhou Wenming attended the congress in Hanoi on Monday, a day after a virtual meeting with "
            "party leaders.")
    assert _rows(_events(extract, body, "2025-06-04"), "kind", "mode") == [("summit", "visit")]


def test_talks_held_before_the_online_forum_are_not_virtual(extract):
    body = "Vice Minister Zhou Wenming held talks with Minister Kwabena Ofori in Accra ahead of the online forum."
    assert _rows(_events(extract, body, "2025-06-04"), "kind", "mode") == [("meeting", "visit")]


# Must not fire: the gathering attended is itself online, or held by video link.


def test_a_congress_attended_online_stays_virtual(extract):
    body = "Vice Minister Zhou Wenming attended an online seminar of the party on Monday."
    assert _rows(_events(extract, body, "2025-06-04"), "kind", "mode") == [("summit", "virtual")]


def test_talks_by_video_link_after_a_visit_stay_virtual(extract):
    body = "Vice Minister Zhou Wenming held talks with Minister Kwabena Ofori via video link after the visit."
    assert _rows(_events(extract, body, "2025-06-04"), "kind", "mode") == [("meeting", "virtual")]
