"""Errors a reader found in the workbook's findings on real dev reports, as constructions in invented sentences
with invented people: a unit of a party named before it holds the post, not the party; "Tuvalu's Prime Minister X"
is Tuvalu's; a wire filed from a third country's bureau does not place a meeting there; a Greek Cypriot body is
Cyprus's; "深入交流", "包括", "特别" after a post are no names; a repeated event keeps the report that places it."""
import pandas as pd
import pytest
from liaison.analysis import campaigns
from liaison.extract.zh_names import find_zh_people


def _posts(extract, text, published="2024-05-20"):
    return {(p["person"], p["title"], p["organization"], p["organization_id"])
            for p in extract(text, published)["positions"]}


@pytest.mark.parametrize("text, body", [
    ("Zhang Wei, Minister of International Relations of the Central Committee of the Communist Party of China, "
     "visited the island on Monday.",
     "International Relations of the Central Committee of the Communist Party of China"),
    ("Zhang Wei, head of propaganda and ideological work of the CCP, met the delegation.",
     "propaganda and ideological work of the CCP"),
    ("The delegation met the Head of the Publicity Department of the Central Committee of the CPC, Zhang Wei, in "
     "Beijing.",
     "Publicity Department of the Central Committee of the CPC"),
    ("Headed by Zhang Wei, deputy chief of the Organization Department of the CPC Central Committee, the delegation "
     "arrived.", "Organization Department of the CPC Central Committee"),
])
def test_a_unit_of_the_party_holds_the_post(extract, text, body):
    posts = _posts(extract, text)
    assert any(org == body and not org_id for _, _, org, org_id in posts)
    assert not any(org_id == "org:cpc" for *_, org_id in posts)


@pytest.mark.parametrize("text, org_id", [
    ("Zhang Wei, a member of the Standing Committee of the Political Bureau of the Communist Party of China (CPC) "
     "Central Committee, met the delegation.", "org:cpc"),
    ("Zhang Wei, a member of the Politburo of the CCP, met the delegation.", "org:cpc"),
    ("Ros Vanna, chairman of the Cambodian People's Party, met the delegation.", "party:cpp-khm"),
    ("Zhang Wei, head of the International Department of the CPC Central Committee, met the delegation.", "org:ild"),
])
def test_the_party_and_its_own_organs_keep_their_post(extract, text, org_id):
    assert any(found == org_id for *_, found in _posts(extract, text))


def _meetings(extract, text, published="2024-05-27"):
    rows = extract(text, published)["events"]
    return [(e["counterpart_country"], e["places"]) for e in rows if e["kind"] == "meeting"]


@pytest.mark.parametrize("text", [
    "SYDNEY (Reuters) – A senior Chinese Communist Party official, Wang Dapeng, met Tuvalu’s Prime Minister Kofe "
    "Talaia on Monday on a visit to the Pacific Island nation.",
    "SYDNEY (Reuters) – A senior Chinese Communist Party official, Wang Dapeng, met Tuvalu's Prime Minister Kofe "
    "Talaia on Monday.",
])
def test_a_bureau_dateline_in_a_third_country_places_no_meeting(extract, text):
    assert _meetings(extract, text) == [("TUV", "")]


@pytest.mark.parametrize("text, expected", [
    ("SUVA (Reuters) – A senior Chinese Communist Party official, Wang Dapeng, met Fijian Prime Minister Kofe "
     "Talaia on Monday.", ("FJI", "FJI")),
    ("HANOI, April 3 (VNA) -- Vietnamese Deputy Prime Minister Tran Van Hoa received Chinese official Wang Dapeng "
     "on Monday.", ("VNM", "VNM")),
    ("BEIJING (Reuters) – Tuvalu’s Prime Minister Kofe Talaia met Chinese official Wang Dapeng on Monday.",
     ("TUV", "CHN")),
])
def test_a_dateline_in_one_side_s_country_still_places_it(extract, text, expected):
    assert _meetings(extract, text) == [expected]


def test_a_greek_cypriot_body_is_of_cyprus(extract):
    text = ("Wang Dapeng, who met with Speaker of the House of Representatives of the Greek Cypriot Administration "
            "of Southern Cyprus, Eleni Marou, said China hopes to strengthen its ties with Europe.")
    assert [country for country, _ in _meetings(extract, text)] == ["CYP"]
    text = "Chinese official Wang Dapeng met Greek Foreign Minister Eleni Marou in Athens on Monday."
    assert _meetings(extract, text) == [("GRC", "GRC")]


@pytest.mark.parametrize("text", [
    "马力表示，很高兴访问中国，同中国共产党领导人深入交流，增进了了解。",
    "马力表示，很高兴访问中国，同中國共產黨領導人深入交流，增进了了解。",
])
def test_an_adverb_after_leaders_is_no_name(extract, text):
    assert not any(p["person"].startswith("深入") for p in extract(text, "2013-11-26")["positions"])


@pytest.mark.parametrize("text, names", [
    ("参加成员包括主席特别顾问兼事务部主任林大伟。", ["林大伟"]),
    ("參加成員包括主席特別顧問兼事務部主任林大偉。", ["林大偉"]),
    ("代表团成员包括外交部长王大伟。", ["王大伟"]),
    ("总统特别代表马丁会见了代表团。", ["马丁"]),
])
def test_words_after_a_post_are_no_names(text, names):
    assert [p.text for p in find_zh_people(text)] == names


def test_of_two_reports_dated_alike_the_one_that_places_the_event_is_kept():
    # Invented: one meeting told twice in one report, the lead placing it nowhere, the next sentence in Tuvalu.
    rows = pd.DataFrame({
        "event_id": ["d:e0", "d:e1"], "event_key": ["d:e0", "d:e0"], "event_reports": [2, 2],
        "status": ["reported"] * 2, "kind": ["meeting"] * 2, "mode": [""] * 2, "actor": ["Wang Dapeng"] * 2,
        "actor_id": ["person:wang-dapeng"] * 2, "counterpart": ["Kofe Talaia"] * 2,
        "counterpart_id": ["person:kofe-talaia"] * 2, "places": ["", "TUV"], "region": ["", ""],
        "start": ["2024-05-27"] * 2, "end": ["2024-05-27"] * 2, "doc_id": ["d", "d"],
    })
    for column in campaigns.EVENT_COLUMNS:
        if column not in rows:
            rows[column] = ""
    table = campaigns.event_table(rows)
    assert list(table.places) == ["TUV"]
