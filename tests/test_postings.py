"""An ambassador's posting, read once (extract/postings.py) for names, a title's country and an event's place: the
post ("Ambassador", "Ambassador Extraordinary and Plenipotentiary", "Ambassador of X"), the country it is "to", and
where they stand before a place or a person. Every sentence is invented in the genre."""
import re

from liaison.extract.postings import POSTED_TO, posted_before, posting_before
from readout_rows import en_events as _events
from readout_rows import en_people as _people
from readout_rows import fields_of as _rows


def _posting(text: str, person: str):
    """The posting before `person` in `text`, as (the post's words, the country "to", that country as written at its
    offset)."""
    at = text.index(person)
    found = posting_before(text, at)
    if found is None:
        return None
    return (" ".join(text[found.start:at].split()), found.to,
            text[found.to_start:found.to_start + len(found.to)] if found.to else "")


def test_a_chinese_ambassador_to_zimbabwe_is_posted_to_zimbabwe():
    text = "Chinese Ambassador to Zimbabwe Zhou Ming met party leaders in Harare."
    assert _posting(text, "Zhou Ming") == ("Ambassador to Zimbabwe", "Zimbabwe", "Zimbabwe")


def test_the_full_post_of_laos_is_posted_to_china_not_laos():
    text = "Ambassador Extraordinary and Plenipotentiary of Laos to China Khamla Vongsa called on Li Ping."
    assert _posting(text, "Khamla Vongsa") == (
        "Ambassador Extraordinary and Plenipotentiary of Laos to China", "China", "China")


def test_a_former_ambassador_is_still_read_as_a_post_for_the_caller_to_judge():
    text = "Former Ambassador to Kenya Zhou Ming addressed the seminar."
    found = posting_before(text, text.index("Zhou Ming"))
    assert found is not None and found.to == "Kenya" and text[:found.start] == "Former "


def test_a_lower_case_ambassador_of_another_country_to_china():
    text = "Kenya's ambassador to China Peter Mwale attended the reception."
    assert _posting(text, "Peter Mwale") == ("ambassador to China", "China", "China")


def test_an_ambassador_to_the_philippines_and_a_courtesy_title():
    text = "Chinese Ambassador to the Philippines H.E. Zhou Ming met the party's chairman."
    assert _posting(text, "Zhou Ming") == ("Ambassador to the Philippines H.E.", "Philippines", "Philippines")


def test_an_ambassador_named_with_no_posting_has_no_country():
    text = "Chinese Ambassador Zhou Ming met party leader Joseph Banda."
    assert _posting(text, "Zhou Ming") == ("Ambassador", "", "")


def test_ambassadors_of_goodwill_and_a_brand_ambassador_are_no_postings():
    text = "The youths were named ambassadors of goodwill to China Peter Mwale said."
    assert _posting(text, "Peter Mwale") is None
    assert posted_before(text, text.index("China")) == -1
    text = "The firm's brand ambassador Peter Mwale opened the shop."
    assert _posting(text, "Peter Mwale") is None
    text = "He became a goodwill ambassador to Kenya last year."
    assert posted_before(text, text.index("Kenya")) == -1


def test_the_post_before_a_place_and_where_it_begins():
    text = "Cambodian Ambassador Extraordinary and Plenipotentiary to China Khek Sovann spoke."
    assert posted_before(text, text.index("China")) == text.index("Ambassador")
    text = "The ambassador of Laos to the Philippines spoke."
    assert posted_before(text, text.index("Philippines")) == text.index("ambassador")
    # not a visit "to" a country, nor a post before a window's start
    text = "The Ambassador travelled to China."
    assert posted_before(text, text.index("China")) == -1
    text = "Ambassador to China"
    assert posted_before(text, text.index("China"), start=5) == -1


def test_the_posting_as_a_title_before_a_name_reads_one_or_two_country_words():
    assert re.fullmatch(POSTED_TO, "Ambassador to Sri Lanka")
    assert re.fullmatch(POSTED_TO, "Ambassador Extraordinary and Plenipotentiary of the Kyrgyz Republic to China")
    assert not re.fullmatch(POSTED_TO, "Ambassador to china")


# The readings the one construction gave the rules that each read a part of it before.

def test_a_lower_case_ambassador_to_china_names_the_person_after(extract):
    body = "Kenya's ambassador to China Peter Mwale attended the reception in Beijing on Monday."
    assert "Peter Mwale" in _people(extract, body, "2024-06-06")


def test_an_ambassador_of_laos_to_china_meets_in_china(extract):
    body = "Ambassador of Laos to China Khamla Vongsa called on ILD Vice Minister Li Ping on Tuesday."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Khamla Vongsa", "Li Ping", "CHN") in rows


def test_a_cambodian_ambassador_extraordinary_to_china_meets_in_china(extract):
    body = ("Cambodian Ambassador Extraordinary and Plenipotentiary to China Khek Sovann called on ILD Vice Minister "
            "Li Ping on Tuesday.")
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Khek Sovann", "Li Ping", "CHN") in rows


def test_a_brand_ambassador_meeting_a_minister_is_placed_by_no_posting(extract):
    body = "Brand ambassador Peter Mwale met Vice Minister Li Ping on Tuesday."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places")
    assert not any(places == "CHN" for *_, places in rows)


def test_the_full_post_of_a_two_word_republic_to_the_people_s_republic_meets_in_china(extract):
    # the post ("... of the Kyrgyz Republic to the") is read whole before the place, however long
    body = ("On Tuesday the Ambassador Extraordinary and Plenipotentiary of the Kyrgyz Republic to the People's "
            "Republic of China Aibek Toktogulov met with Li Ping, vice minister of the International Department.")
    rows = _rows(_events(extract, body, "2024-06-06", "Ambassador Aibek Toktogulov meets Vice Minister Li Ping"),
                 "kind", "actor", "counterpart", "places", "mode", "start")
    assert rows == [("meeting", "Aibek Toktogulov", "Li Ping", "CHN", "visit", "2024-06-04")]


def test_a_former_ambassador_to_kenya_meeting_a_kenyan_is_not_placed_by_his_old_posting(extract):
    body = "Former Chinese Ambassador to Kenya Zhou Ming met Kenyan Vice President Peter Mwale on Tuesday."
    rows = _rows(_events(extract, body, "2024-06-06"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Zhou Ming", "Peter Mwale", "") in rows
