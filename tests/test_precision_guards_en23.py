"""Must-not-fire cases from a precision review of English round 23 (`triggers.PAIR_TALKS`, `event_sides.AND_TITLED`,
"inaugurated" opening a gathering, "the Head of delegation Mr X", the long "led by"): a person named in what a pair
discussed is not whom they met; a hall, office or centre opened is no gathering, and a gathering held "at" a hall
still is; a deputy head is not the delegation's head; a "led by" after a lower-case noun belongs to that noun, not to
the delegation. With the positive variants the review found missing: the second of a pair whose post is set off by
commas on both sides. Every sentence is invented in the genre."""

from readout_rows import en_events as _events
from readout_rows import fields_of as _rows

PUBLISHED = "2024-03-08"
PAIR = "Vice Minister Han Lirong and Secretary General Mutale Chisanga"


# A pair's talks told without "with": whom they met is the pair, never a person named in the topic or the attribution.


def test_a_person_named_in_what_a_pair_discussed_is_not_whom_they_met(extract):
    for topic in ("the visit of Minister Esther Mulenga to Beijing", "a letter from President Esther Mulenga",
                  "the proposals made by Minister Esther Mulenga"):
        rows = _rows(_events(extract, f"{PAIR} discussed {topic} in Lusaka on Monday.", PUBLISHED),
                     "kind", "actor", "counterpart")
        assert ("meeting", "Han Lirong", "Mutale Chisanga") in rows, topic
        assert not [r for r in rows if r[0] == "meeting" and "Esther Mulenga" in r[1:]], topic


def test_the_one_who_tells_of_a_pairs_discussions_is_not_whom_they_met(extract):
    for verb in ("discussed trade", "held discussions"):
        body = f"{PAIR} {verb}, Chinese Ambassador Gao Peng said in Lusaka on Monday."
        rows = _rows(_events(extract, body, PUBLISHED), "kind", "actor", "counterpart")
        assert rows == [("meeting", "Han Lirong", "Mutale Chisanga")], verb


# "inaugurated" (or "opened") a place: a hall, a room, an office, a centre, a website is no gathering opened.


def test_a_place_inaugurated_is_no_gathering(extract):
    for place in ("the forum's new secretariat office", "the International Conference Centre",
                  "the new conference facilities of the party school", "the seminar room of the party school",
                  "the new training centre where the party will hold seminars", "the forum's website",
                  "the summit's media centre", "the headquarters of the China-Africa Forum"):
        for verb in ("inaugurated", "opened"):
            body = f"Vice Minister Han Lirong {verb} {place} in Lusaka on Monday."
            assert not [e for e in _events(extract, body, PUBLISHED) if e["kind"] == "summit"], (verb, place)


def test_a_gathering_opened_at_a_hall_is_still_a_gathering(extract):
    for body in ("Vice Minister Han Lirong held the seminar at the conference hall of the party school in Lusaka on "
                 "Monday.",
                 "Vice Minister Han Lirong inaugurated the Third Theoretical Seminar at the Conference Centre in "
                 "Lusaka on Monday.",
                 "Vice Minister Han Lirong opened a party building seminar in Lusaka on Monday.",
                 "Vice Minister Han Lirong chaired the Office Holders Seminar in Lusaka on Monday."):
        rows = _rows(_events(extract, body, PUBLISHED), "kind", "actor", "places")
        assert rows == [("summit", "Han Lirong", "ZMB")], body


# A deputy head of delegation is not its head.


def test_a_deputy_head_of_delegation_does_not_stand_for_the_delegation(extract):
    for named in ("The deputy head of delegation Mr Han Lirong", "The Deputy Head of the delegation, Han Lirong,",
                  "The vice head of delegation Ms. Han Lirong"):
        body = (f"A delegation of the Communist Party of China arrived in Lusaka on Monday. {named} said the visit "
                "would deepen ties.")
        assert not [e for e in _events(extract, body, PUBLISHED) if e["actor"] == "Han Lirong"], named


def test_the_head_of_delegation_still_stands_for_it(extract):
    body = ("A delegation of the Communist Party of China arrived in Lusaka on Monday. The head of delegation Ms. Han "
            "Lirong said the visit would deepen ties.")
    rows = _rows(_events(extract, body, PUBLISHED), "kind", "actor", "places")
    assert rows == [("visit", "Han Lirong", "ZMB")]


# A "led by" far from the delegation word, after a lower-case noun: that noun's leader, not the delegation's.


def test_a_led_by_after_a_programme_commission_or_conference_is_not_the_delegations_leader(extract):
    for middle in ("of young cadres of the Communist Party of China in charge of the poverty alleviation programme",
                   "of party building researchers from the Communist Party of China and the reform commission",
                   "of party cadres from several Chinese provinces to the regional economic conference",
                   "of the Communist Party of China to the eleventh congress of the ruling alliance"):
        body = (f"A delegation {middle} led by Secretary General Mutale Chisanga reached Lusaka on Monday.\n"
                "On Tuesday, Minister Esther Mulenga received the delegation in Lusaka.")
        rows = _events(extract, body, PUBLISHED)
        assert not [e for e in rows if e["kind"] == "meeting" and e["counterpart"] == "Mutale Chisanga"], middle


def test_a_led_by_after_a_long_party_name_is_still_the_delegations_leader(extract):
    body = ("A delegation of the Central Committee of the Communist Party of China (CPC), headed by Vice Minister Han "
            "Lirong, reached Lusaka on Monday.\nOn Tuesday, Minister Esther Mulenga received the delegation in Lusaka.")
    rows = _rows(_events(extract, body, PUBLISHED), "kind", "actor", "counterpart")
    assert ("meeting", "Esther Mulenga", "Han Lirong") in rows


# Positive variant: the second of a pair after a post "of" a body set off by commas on both sides.


def test_the_second_of_a_pair_may_carry_a_post_set_off_by_commas_on_both_sides(extract):
    for verb in ("held talks", "held discussions", "discussed the budget"):
        body = (f"Secretary General Mutale Chisanga and Head of the International Department of the CPC, Han Lirong, "
                f"{verb} in Lusaka on Monday.")
        rows = _rows(_events(extract, body, PUBLISHED), "kind", "actor", "counterpart", "places")
        assert rows == [("meeting", "Mutale Chisanga", "Han Lirong", "ZMB")], verb


def test_a_pair_then_a_comma_with_no_post_between_is_no_pair_of_posts(extract):
    body = ("Secretary General Mutale Chisanga met Vice Minister Han Lirong, and members of the Central Committee of "
            "the party, Esther Mulenga said, discussed the budget in Lusaka on Monday.")
    rows = _rows(_events(extract, body, PUBLISHED), "kind", "actor", "counterpart")
    assert rows == [("meeting", "Mutale Chisanga", "Han Lirong")]


# A general's rank before a place named after a general, and a treasurer's office with no one named in it.


def test_barracks_named_after_a_general_are_no_person(extract):
    body = "The Lieutenant General Mwila Kasonde Barracks hosted Vice Minister Han Lirong in Lusaka on Monday."
    rows = extract(f"Report on talks\n\n{body}\n", PUBLISHED)
    assert {m["text"] for m in rows["mentions"] if m["kind"] == "person"} == {"Han Lirong"}
    assert not [e for e in rows["events"] if e["kind"] == "meeting"]


def test_a_treasurer_named_as_an_office_is_no_one_met(extract):
    body = "Vice Minister Han Lirong met the Secretary General and the Treasurer of the party in Lusaka on Monday."
    assert not [e for e in _events(extract, body, PUBLISHED) if e["kind"] == "meeting"]
