"""A bare title takes the one body its document names for the same person and title."""
from conftest import _extract


def _posts(text):
    return sorted((p["person"], p["title"], p["organization_id"]) for p in _extract(text, "2024-06-20")["positions"])


def test_a_bare_title_takes_the_body_the_document_names_for_it():
    posts = _posts("Zhao Ming, Minister of the International Department of the CPC Central Committee, arrived in "
                   "Islamabad on Monday. Minister Zhao Ming will call on Prime Minister Ravi Menon.")
    assert ("Zhao Ming", "Minister", "") not in posts
    assert posts.count(("Zhao Ming", "Minister", "org:ild")) == 2


def test_another_title_or_two_bodies_leave_a_bare_title_as_written():
    posts = _posts("Zhao Ming, director of the Unity Party's International Bureau, met Foreign Minister Zhao Ming's "
                   "aides. Anna Berg, Minister of the Rural Union, and Minister of the Unity Party Anna Berg spoke. "
                   "Minister Anna Berg left.")
    assert ("Zhao Ming", "Foreign Minister", "") in posts
    assert ("Anna Berg", "Minister", "") in posts


def test_a_bare_president_is_not_given_the_party_a_leader_also_heads():
    posts = _posts("ANC President Themba Dube met Zhao Ming. President Themba Dube said the visit mattered.")
    assert ("Themba Dube", "President", "") in posts
