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
