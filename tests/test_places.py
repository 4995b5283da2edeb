"""Place finding on real seed text and on the known traps (Guinea, US, Jordan, South China Sea)."""
import csv
from collections import Counter

import pytest
from liaison.paths import DATA_DIR, SEEDS_DIR
from liaison.reference.places import bureau_of, country_name, find_places, iso3_for, region_members


def _found(text):
    return {(m.text, m.kind, m.iso3) for m in find_places(text)}


def test_seed_provincial_diplomacy_article():
    text = (SEEDS_DIR / "003_2f98651871e88ea7.txt").read_text(encoding="utf-8")
    found = _found(text)
    for expected in [
        ("Xinjiang", "province", "CHN"),
        ("Yunnan", "province", "CHN"),
        ("Vietnam", "country", "VNM"),
        ("Ha Giang", "province", "VNM"),
        ("Laos", "country", "LAO"),
        ("Myanmar", "country", "MMR"),
        ("Guangxi", "province", "CHN"),
        ("Singapore", "country", "SGP"),
        ("Malaysia", "country", "MYS"),
        ("Liaoning", "province", "CHN"),
        ("Japan", "country", "JPN"),
        ("South Korea", "country", "KOR"),
        ("Central Asia", "region", ""),
        ("Southeast Asia", "region", ""),
        ("Chinese", "demonym", "CHN"),
    ]:
        assert expected in found
    regions = {m.region for m in find_places(text) if m.kind == "region"}
    assert regions == {"Central Asia", "Southeast Asia"}


def test_mentions_are_sorted_non_overlapping_and_point_into_the_text():
    text = (SEEDS_DIR / "000_d6caded5e31713c2.txt").read_text(encoding="utf-8")
    mentions = find_places(text)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))
    assert all(text[m.start:m.end] == m.text for m in mentions)
    found = _found(text)
    assert {("Rome", "capital", "ITA"), ("Italian", "demonym", "ITA"), ("British", "demonym", "GBR"),
            ("London", "capital", "GBR"), ("United Kingdom", "country", "GBR"),
            ("the Philippines", "country", "PHL"), ("Indonesia", "country", "IDN")} <= found


def test_longest_match_wins():
    assert [(m.text, m.iso3) for m in find_places("Papua New Guinea, Equatorial Guinea, Guinea-Bissau and Guinea")] == [
        ("Papua New Guinea", "PNG"), ("Equatorial Guinea", "GNQ"), ("Guinea-Bissau", "GNB"), ("Guinea", "GIN")]
    guangxi = find_places("the Guangxi Zhuang Autonomous Region")[0]
    assert (guangxi.text, guangxi.name, guangxi.kind) == ("Guangxi Zhuang Autonomous Region", "Guangxi", "province")
    assert [(m.text, m.kind, m.iso3) for m in find_places("Lao Cai borders Laos")] == [
        ("Lao Cai", "province", "VNM"), ("Laos", "country", "LAO")]


def test_south_china_sea_is_a_sea_not_china():
    (sea,) = find_places("their recent work on the South China Sea issue")
    assert (sea.text, sea.kind, sea.iso3, sea.region) == ("South China Sea", "region", "", "South China Sea")
    assert region_members("South China Sea") == ()


def test_whole_words_and_case():
    assert [(m.text, m.iso3) for m in find_places("USA, US, U.S. and USAID")] == [
        ("USA", "USA"), ("US", "USA"), ("U.S.", "USA")]
    assert [(m.text, m.iso3) for m in find_places("let us go to the sun; Sun Shouliang in Romania")] == [
        ("Romania", "ROU")]
    assert find_places("china and italy") == []


def test_person_like_names_are_skipped_only_next_to_capitalised_words():
    assert _found("Michael Jordan met Chad Smith") == set()
    assert _found("George Washington University") == set()
    assert _found("In Jordan, officials from Chad and Georgia met.") == {
        ("Jordan", "country", "JOR"), ("Chad", "country", "TCD"), ("Georgia", "country", "GEO")}
    assert ("Washington, D.C.", "capital", "USA") in _found("talks in Washington, D.C. ended")


def test_compound_names_and_plurals():
    assert [m.iso3 for m in find_places("the Italy-China Parliamentary Friendship Association")] == ["ITA", "CHN"]
    assert [(m.text, m.kind, m.iso3) for m in find_places("Italians and Pakistanis")] == [
        ("Italians", "demonym", "ITA"), ("Pakistanis", "demonym", "PAK")]
    mention = find_places("Vietnam’s Ha Giang province")[0]
    assert (mention.text, mention.name) == ("Vietnam", "Vietnam")


def test_canonical_names():
    assert find_places("Kiev")[0].name == "Kyiv"
    assert find_places("Viet Nam")[0].name == "Vietnam"
    assert find_places("Burma")[0].name == "Myanmar"
    assert find_places("Haidian District")[0].name == "Haidian"


def test_region_members():
    assert region_members("Central Asia") == ("KAZ", "KGZ", "TJK", "TKM", "UZB")
    assert set(region_members("Southeast Asia")) == {
        "BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM"}
    assert "TZA" in region_members("Sub-Saharan Africa")
    assert "FJI" in region_members("Pacific island nations")
    with pytest.raises(KeyError, match="known regions: .*Central Asia"):
        region_members("Middle Earth")


def test_country_names_and_lookup():
    assert country_name("ITA") == "Italy"
    assert country_name("VNM") == "Vietnam"
    assert country_name("KOR") == "South Korea"
    assert country_name("USA") == "United States"
    assert country_name("SUN") == "Soviet Union"
    with pytest.raises(KeyError):
        country_name("XXX")
    assert iso3_for("Italian") == "ITA"
    assert iso3_for("Rome") == "ITA"
    assert iso3_for("Hanoi") == "VNM"
    assert iso3_for("Xinjiang") == "CHN"
    assert iso3_for("Soviet") == "SUN"
    assert iso3_for("italy") == "ITA"
    assert iso3_for("Central Asia") is None
    assert iso3_for("Atlantis") is None


def test_bureaus():
    assert bureau_of("VNM") == "Bureau II (Northeast Asian and Indochina Affairs)"
    assert bureau_of("PRK") == bureau_of("VNM")
    assert bureau_of("SGP") == "Bureau I (South and Southeast Asian Affairs)"
    assert bureau_of("TZA") == "Bureau IV (African Affairs)"
    assert bureau_of("CUB") == "Bureau V (Latin American Affairs)"
    assert bureau_of("KAZ").startswith("Bureau VI ")
    assert bureau_of("CHN") == ""
    assert bureau_of("TWN") == ""


def test_bureaus_partition_the_world_outside_china():
    with open(DATA_DIR / "ild_bureaus.csv", newline="", encoding="utf-8") as f:
        bureaus = list(csv.DictReader(f))
    assert len(bureaus) == 8
    counts = Counter(code for row in bureaus for code in row["members"].split("|"))
    assert max(counts.values()) == 1
    world = set()
    for continent in ("Africa", "Asia", "Europe", "Americas", "Oceania"):
        world |= set(region_members(continent))
    assert world - set(counts) == {"CHN", "HKG", "MAC", "TWN"}


def test_every_data_row_has_a_source():
    for name in ("places.csv", "regions.csv", "ild_bureaus.csv"):
        with open(DATA_DIR / name, newline="", encoding="utf-8") as f:
            assert all(row["source"].strip() for row in csv.DictReader(f)), name


@pytest.mark.parametrize("text, places", [
    ("代表团抵达卡斯特里进行访问", ["Castries"]),  # 达卡 (Dhaka) spans the end of 抵达
    ("代表团抵達卡斯特里", ["Castries"]),
    ("代表团抵达达卡", ["Dhaka"]),
    ("代表团飞抵达卡", ["Dhaka"]),  # 飞抵 + 达卡
    ("会谈在达卡举行", ["Dhaka"]),
    ("他曾参加州议会选举", []),  # 加州 (California) spans the end of 参加
    ("馬來西亞檳城代表團參加州務會議", ["Malaysia", "Penang"]),
    ("代表团参加加州议会的活动", ["California"]),
    ("会见加州州长", ["California"]),
])
def test_a_chinese_place_never_starts_inside_the_word_before_it(text, places):
    assert [p.name for p in find_places(text)] == places


def test_the_peoples_republic_without_its_apostrophe_is_china():
    found = find_places("a delegation of the Peoples Republic of China arrived in Accra")
    assert [(p.text, p.iso3) for p in found] == [("Peoples Republic of China", "CHN"), ("Accra", "GHA")]
