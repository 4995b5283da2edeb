"""Countries as the genre names them: by demonym, by a capital in an agency dateline, inside a
party's or a body's name (the organisation mention carries the country), and "Korean" only
where the document says which Korea. Texts are written for these tests in the agency style."""
import pytest


def _countries(rows) -> set[str]:
    return {m["iso3"] for m in rows["mentions"] if m["iso3"]}


def _mention(rows, text: str) -> dict:
    found = [m for m in rows["mentions"] if m["text"] == text and m["kind"] in ("place", "organization")]
    assert found, (text, [(m["text"], m["kind"]) for m in rows["mentions"]])
    return found[0]


@pytest.mark.parametrize("sentence, surface, iso3", [
    ("A Cuban delegation arrived in the Chinese capital on Monday for a week of talks.", "Cuban", "CUB"),
    ("Lao and Chinese officials opened a cadre training course on Friday.", "Lao", "LAO"),
    ("The two sides signed a plan with the Government of the Lao PDR on rural roads.", "Lao PDR", "LAO"),
    ("A visiting Ghanaian party group toured a pilot zone near the city.", "Ghanaian", "GHA"),
    ("The Bosnian guests were briefed on poverty relief work.", "Bosnian", "BIH"),
    ("Timorese lawmakers met the delegation during its stay.", "Timorese", "TLS"),
    ("Vietnamese and Namibian youth leaders attended the seminar.", "Namibian", "NAM"),
])
def test_demonyms_give_their_country(extract, sentence, surface, iso3):
    rows = extract(sentence, "2024-03-01")
    mention = _mention(rows, surface)
    assert (mention["kind"], mention["iso3"]) == ("place", iso3)
    assert rows["text"][mention["start"]:mention["end"]] == surface


@pytest.mark.parametrize("text, surface, iso3", [
    ("HANOI, March 17 (Xinhua) -- The two parties held talks on theory work.", "HANOI", "VNM"),
    ("VIENTIANE, May 2 (KPL) -- Party officials received a visiting group.", "VIENTIANE", "LAO"),
    ("PHNOM PENH, June 4 (Xinhua) -- A training course for party cadres closed.", "PHNOM PENH", "KHM"),
    ("WINDHOEK - The ruling party hosted a seminar on governance on Thursday.", "WINDHOEK", "NAM"),
    ("Dar es Salaam, 12 March (Daily News) - A delegation arrived for talks.", "Dar es Salaam", "TZA"),
    ("PYONGYANG, Sept. 9, 2023 (KCNA) -- A friendship delegation arrived.", "PYONGYANG", "PRK"),
    ("Beijing, May 14th—The minister met a visiting party group here today.", "Beijing", "CHN"),
    ("HÀ NỘI — The chairman of the external relations commission received the group.", "HÀ NỘI", "VNM"),
    ("HCM CITY — Party officials of the city welcomed the visitors.", "HCM CITY", "VNM"),
])
def test_a_dateline_capital_gives_its_country(extract, text, surface, iso3):
    rows = extract(text, "2024-03-01")
    mention = _mention(rows, surface)
    assert (mention["start"], mention["end"], mention["cue"], mention["iso3"]) == (0, len(surface), "dateline", iso3)


def test_capitalised_words_and_dashes_are_no_dateline(extract):
    rows = extract("US - China talks resumed in the spring, officials said.", "2024-03-01")
    assert not [m for m in rows["mentions"] if m["cue"] == "dateline"]
    assert "KPL" not in {m["text"] for m in rows["mentions"] if m["entity_id"].startswith("party:")}


def test_a_country_inside_a_name_is_carried_by_the_organisation(extract):
    rows = extract("The Ministry of Foreign Affairs of Mozambique sent two officials to meet the Chinese Communist "
                   "Party group.", "2024-03-01")
    embassy = _mention(rows, "Ministry of Foreign Affairs of Mozambique")
    assert (embassy["kind"], embassy["iso3"]) == ("organization", "MOZ")
    assert _mention(rows, "Chinese Communist Party")["iso3"] == "CHN"
    assert not [m for m in rows["mentions"] if m["kind"] == "place"]  # no place mention inside a name


def test_a_name_holding_two_countries_carries_none(extract):
    rows = extract("The Vietnam-Cuba Friendship Association held its congress.", "2024-03-01")
    org = [m for m in rows["mentions"] if m["kind"] == "organization"]
    assert org and org[0]["iso3"] == ""


def test_korean_follows_the_document(extract):
    rows = extract("A Korean art troupe performed in Pyongyang for the visiting delegation.", "2024-03-01")
    korean = _mention(rows, "Korean")
    assert (korean["iso3"], korean["cue"]) == ("PRK", "context")
    alone = extract("A Korean art troupe performed for the visiting delegation.", "2024-03-01")
    assert not [m for m in alone["mentions"] if m["text"] == "Korean"]
    both = extract("A Korean troupe toured Seoul after a stop in Pyongyang.", "2024-03-01")
    assert not [m for m in both["mentions"] if m["text"] == "Korean"]


def test_congolese_follows_the_document(extract):
    rows = extract("Congolese party officials arrived from Kinshasa on Monday.", "2024-03-01")
    assert (_mention(rows, "Congolese")["iso3"], _mention(rows, "Kinshasa")["iso3"]) == ("COD", "COD")
    assert not [m for m in extract("Congolese party officials arrived.", "2024-03-01")["mentions"] if m["iso3"]]


def test_a_capital_inside_a_body_gives_its_country(extract):
    rows = extract("The Hanoi People’s Committee hosted the group.", "2024-03-01")
    assert _mention(rows, "Hanoi People’s Committee")["iso3"] == "VNM"


def test_person_like_place_names_stay_filtered(extract):
    rows = extract("Michael Jordan and Chad Smith watched the match with the delegation.", "2024-03-01")
    assert not _countries(rows) & {"JOR", "TCD"}


def test_a_chinese_city_after_a_surname_is_a_given_name(extract):
    rows = extract("The minister received Huang Kunming on Monday, then flew to Kunming.", "2024-03-01")
    places = [(m["text"], m["start"]) for m in rows["mentions"] if m["kind"] == "place"]
    assert places == [("Kunming", rows["text"].rindex("Kunming"))]


@pytest.mark.parametrize("sentence, region", [
    ("Latin American left-wing parties met in Caracas.", "Latin America"),
    ("Southeast Asian party leaders attended the dialogue.", "Southeast Asia"),
    ("Southern African liberation movements sent delegates.", "Southern Africa"),
])
def test_a_region_adjective_is_no_country(extract, sentence, region):
    rows = extract(sentence, "2024-03-01")
    first = rows["mentions"][0]
    region_id = "region:" + region.lower().replace(" ", "-")
    assert (first["kind"], first["entity_id"], first["iso3"]) == ("place", region_id, "")
    assert "USA" not in _countries(rows)


def test_two_parties_joined_by_and_the_keep_their_countries(extract):
    rows = extract("Delegates came from the Front for the Liberation of Guinea and the National Union of "
                   "Workers of Ghana to the training course.", "2024-03-01")
    assert {"GIN", "GHA"} <= _countries(rows)


def test_viet_nam_in_vietnamese_spelling(extract):
    rows = extract("HÀ NỘI — The Chinese guests praised the growth of Việt Nam's economy.", "2024-03-01")
    assert _mention(rows, "Việt Nam")["iso3"] == "VNM"
