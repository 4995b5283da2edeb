"""People found in prose, with and without the curated lists, and short forms resolved only
when the document makes them unambiguous.

The gold lists were written by reading each seed's title, body, captions and infobox (not the
encyclopedia's related-articles summaries, its reference list, bylines or photo credits).
"""
import ahocorasick
import liaison.extract.mentions
import pytest
from agency_reports import AGENCY
from liaison.extract.pipeline import build_tables
from liaison.load.corpus import load_corpus

GOLD = {
    "000_d6caded5e31713c2": {"Liu Jianchao", "Giorgia Meloni", "Maria Tripodi", "Jia Guide", "Giulia Pompili",
                             "Rishi Sunak"},
    "001_086b57c32b2f9de0": {"Liu Jianchao", "Antony Blinken", "Xi Jinping"},
    "002_2ae41ebc53c0db97": {"Liu Jianchao", "Chen Zhou", "Li Mingxiang", "Sun Haiyan", "Lu Kang", "Deng Xiaoping",
                             "Anne-Marie Brady", "Xi Jinping"},
    "003_2f98651871e88ea7": {"Qin Gang", "Ma Xingrui", "Wang Ning", "Liu Ning", "Jin Guowei", "Wang Jian"},
    "004_bb9a6ea2df670ab5": {"Song Tao", "Zhang Guangping", "Sun Shouliang", "Wu Xingtang", "Xu Liping"},
}
# Named by surname only ("the Meloni government"): a reader needs outside knowledge for these.
SURNAME_ONLY = {("000_d6caded5e31713c2", "Giorgia Meloni"), ("000_d6caded5e31713c2", "Rishi Sunak")}
AGENCY_GOLD = {
    "hanoi": {"Li Xiaoming", "Nguyen Van Thanh"},
    "ghana": {"Wang Dongmei", "Kwame Asante"},
    "geneva": {"Zhao Jianping", "Maria Fernandez"},
    "anc": {"Guo Hailin", "Thabo Mokoena"},
    "appointment": {"Chen Yuhang"},
    "namesakes": {"Zhang Wenjun", "Zhang Lihua"},
    "cambodia": {"Hu Guangyao"},
    "nicaragua": {"Rosa Elena Morales"},
    "scmp": {"Tang Wenhao", "Peter Kenilorea Manele"},
}


def _found(mentions) -> set[tuple[str, str]]:
    people = mentions[(mentions.kind == "person") & (mentions.name != "")]
    return set(zip(people.doc_id, people.name))


def _scores(found, gold) -> tuple[float, float]:
    hits = len(found & gold)
    return hits / len(found), hits / len(gold)


@pytest.fixture
def without_lists(monkeypatch):
    """Reference lists of people emptied: everything must come from the text itself."""
    empty = ahocorasick.Automaton()
    monkeypatch.setattr(liaison.extract.mentions, "person_automaton", lambda: empty)
    monkeypatch.setattr(liaison.extract.mentions, "known_surnames", lambda: {})


def _seed_mentions():
    return build_tables(load_corpus("seeds")).mentions


GOLD_PAIRS = {(doc, name) for doc, names in GOLD.items() for name in names}


def test_seed_people_with_reference_lists():
    precision, recall = _scores(_found(_seed_mentions()), GOLD_PAIRS)
    assert precision >= 0.9 and recall >= 0.9, (precision, recall)


def test_seed_people_without_reference_lists(without_lists):
    precision, recall = _scores(_found(_seed_mentions()), GOLD_PAIRS - SURNAME_ONLY)
    assert precision >= 0.9 and recall >= 0.9, (precision, recall)


def test_agency_people_are_in_no_list_and_still_found(extract):
    found = {
        (key, m["name"]) for key in AGENCY for m in extract(key)["mentions"] if m["kind"] == "person" and m["name"]
    }
    gold = {(key, name) for key, names in AGENCY_GOLD.items() for name in names}
    precision, recall = _scores(found, gold)
    assert precision >= 0.9 and recall >= 0.9, (precision, recall, found ^ gold)


def _people(rows):
    return [(m["text"], m["name"]) for m in rows["mentions"] if m["kind"] == "person"]


def test_short_forms_resolve_to_the_one_person_named(extract):
    mentions = _seed_mentions()
    rome = mentions[(mentions.doc_id == "000_d6caded5e31713c2") & (mentions.kind == "person")]
    assert set(rome[rome.text == "Mr Liu"].name) == {"Liu Jianchao"}
    assert set(rome[rome.text == "Meloni"].name) == {"Giorgia Meloni"}  # "the Meloni government"
    assert ("Wang", "Wang Dongmei") in _people(extract("ghana"))
    assert ("Asante", "Kwame Asante") in _people(extract("ghana"))


def test_shared_surname_stays_unresolved(extract):
    assert ("Zhang", "") in _people(extract("namesakes"))
    assert all(not (text == "Zhang" and name) for text, name in _people(extract("namesakes")))


def test_cited_authors_are_not_mentions():
    mentions = _seed_mentions()
    wiki = mentions[(mentions.doc_id == "002_2ae41ebc53c0db97") & (mentions.kind == "person")]
    assert not {"Robert Sutter", "Julia Lovell", "David Shambaugh", "Wang Yi", "Wang Huiyao"} & set(wiki.name)


def test_head_of_government_named_in_full(extract):
    rows = extract(
        "Overseas work\n\nThe ILD has become a more prominent tool of diplomacy under the Wang Wenming "
        "Administration since 2013.\n"
    )
    assert ("Wang Wenming", "Wang Wenming") in _people(rows)
    assert not [m for m in rows["mentions"] if m["kind"] == "organization" and "Administration" in m["text"]]


def test_a_pinyin_name_ending_in_a_city_is_the_person(extract):
    """"Huang Kunming" is a person; "Kunming" alone is the city."""
    text = ("Party officials meet\n\nThe delegation was led by Huang Kunming, a member of the Political Bureau. "
            "It then flew to Kunming for a party forum.\n")
    mentions = [(m["text"], m["kind"]) for m in extract(text, "2018-07-05")["mentions"] if m["kind"] != "date"]
    assert ("Huang Kunming", "person") in mentions and ("Kunming", "place") in mentions


def test_a_known_body_named_in_chinese_carries_its_country(extract):
    """中联部 is the ILD: its canonical name says China, whatever script the text names it in."""
    rows = extract("中联部部长会见代表团\n\n3月5日，中联部部长周明远在北京会见代表团。\n", "2025-03-06")["mentions"]
    assert {(m["text"], m["iso3"]) for m in rows if m["kind"] == "organization"} == {("中联部", "CHN")}


def test_an_inner_word_of_a_long_name_used_alone_is_that_person(extract):
    """"Prado" after "Jose Inacio Prado da Costa"; not "Song" after "Kim Song Chol", a syllable other names share."""
    rows = extract("Brazilian President Jose Inacio Prado da Costa met Zhao Ming in Brasilia on Monday. Prado said the "
                   "Workers' Party valued its ties with the CPC. Kim Song Chol was also there; Song said little.",
                   "2025-03-04")["mentions"]
    people = [(m["text"], m["entity_id"]) for m in rows if m["kind"] == "person"]
    assert ("Prado", "person:jose-inacio-prado-da-costa") in people
    assert not any(text == "Song" for text, _ in people)
