"""Organisations the gazetteer does not know, found by their shape."""
from liaison.extract.orgs import find_organizations


def test_a_post_held_in_an_organisation_is_not_part_of_its_name():
    text = ("Vice Chairman of the Lao Front for National Development, Thongsay Sayavong, met the delegation. "
            "The Secretary-General of the National Union of Farmers of Ghana spoke.")
    names = [hit.text for hit in find_organizations(text) if hit.cue == "rule"]
    assert names == ["Lao Front for National Development", "National Union of Farmers of Ghana"]


def test_a_date_after_a_body_is_no_part_of_its_name():
    assert [h.text for h in find_organizations("Zhao met the Awami Unity League on Wednesday and the Unity Party "
                                               "in January.")] == ["Awami Unity League", "Unity Party"]


def test_a_title_and_name_before_of_a_party_leave_the_party_not_a_body_named_after_the_title():
    from conftest import _extract

    rows = _extract("Cai Ming received a group from Japan's governing parties, headed by Secretary General Kenji "
                    "Tanaka of the Liberal Democratic Party and Secretary General Hiro Sato of the Komeito Party.",
                    "2025-01-14")
    bodies = {m["text"] for m in rows["mentions"] if m["kind"] == "organization"}
    assert "Secretary General" not in bodies
    assert "Liberal Democratic Party" in bodies


def test_a_provisional_or_acting_post_is_no_part_of_the_body():
    assert [h.text for h in find_organizations("Zhao met the Provisional President of the Argentine Senate and the "
                                               "Acting Chairman of the Unity Party.")] == [
        "Argentine Senate", "Unity Party"]
