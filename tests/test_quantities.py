"""Tests for liaison.extract.quantities: figures found with exact spans, and the noise that must not be."""
from pathlib import Path

import pytest
from liaison.extract.quantities import Quantity, find_quantities

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _seed(prefix: str) -> str:
    (path,) = sorted(SEEDS.glob(prefix + "_*.txt"))
    return path.read_text(encoding="utf-8")


def _one(text: str) -> Quantity:
    qs = find_quantities(text)
    assert len(qs) == 1, qs
    return qs[0]


def _check_spans(text: str, qs: list[Quantity]) -> None:
    last = -1
    for q in qs:
        assert text[q.start:q.end] == q.text
        assert q.start >= last, "sorted and non-overlapping"
        last = q.end


# --------------------------------------------------------------------------- required phrases

def test_as_of_2019_two_figures():
    text = ("As of 2019, it maintains relations with more than 600 political parties and "
            "organizations from over 160 countries.")
    a, b = find_quantities(text)
    assert (a.value, a.unit, a.qualifier, a.as_of_year) == (
        600.0, "political parties and organizations", "more than", 2019)
    assert a.text == "more than 600 political parties and organizations"
    assert (b.value, b.unit, b.qualifier, b.as_of_year) == (160.0, "countries", "over", 2019)
    assert b.text == "over 160 countries"
    _check_spans(text, [a, b])


def test_money_us_dollars_million():
    q = _one("The school opened in February 2022 with US$40 million in funding")
    assert (q.value, q.unit, q.qualifier, q.text) == (40_000_000.0, "USD", "", "US$40 million")


def test_annual_rate():
    q = _one("About 400 visits are handled annually by the department")
    assert (q.value, q.unit, q.qualifier, q.per) == (400.0, "visits", "about", "year")
    assert q.start == 0 and q.text == "About 400 visits"


def test_of_which():
    a, b = find_quantities("The department has 14 offices, 8 of which are regional bureaus.")
    assert (a.value, a.unit, a.qualifier) == (14.0, "offices", "")
    assert (b.value, b.unit, b.qualifier) == (8.0, "regional bureaus", "")


def test_coordinated_head_with_or():
    text = ("Song's department has built contacts with more than 160 countries and around 600 "
            "parties or political organizations.")
    a, b = find_quantities(text)
    assert (a.value, a.unit, a.qualifier) == (160.0, "countries", "more than")
    assert (b.value, b.unit, b.qualifier) == (600.0, "parties or political organizations", "around")


def test_comma_thousands():
    a, b = find_quantities("to more than 10,000 delegates from 500 political parties")
    assert (a.value, a.unit, a.qualifier) == (10_000.0, "delegates", "more than")
    assert (b.value, b.unit, b.qualifier) == (500.0, "political parties", "")


@pytest.mark.parametrize("text, expected", [
    ("a four-day, three-country trip to Central Asia", [(4.0, "days"), (3.0, "countries")]),
    ("during the 10-day tour", [(10.0, "days")]),
    ("his eight-day tour", [(8.0, "days")]),
    ("ending three years of isolation", [(3.0, "years")]),
    ("A low-key, mysterious presence for 65 years", [(65.0, "years")]),
])
def test_durations(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


def test_million_of_the_countrys():
    q = _one("It oversees more than 1.9 million of the country's law enforcement officers")
    assert (q.value, q.unit, q.qualifier) == (1_900_000.0, "law enforcement officers", "more than")


@pytest.mark.parametrize("text, value, unit", [
    ("a dozen delegations visited", 12.0, "delegations"),
    ("two dozen countries", 24.0, "countries"),
    ("twenty-five members", 25.0, "members"),
    ("a hundred officials", 100.0, "officials"),
    ("three hundred thousand troops", 300_000.0, "troops"),
    ("a seven-member delegation", 7.0, "members"),
    ("He paid $5 million.", 5_000_000.0, "USD"),
    ("a grant of 300 million yuan", 300_000_000.0, "CNY"),
    ("RMB 2 billion in loans", 2_000_000_000.0, "CNY"),
    ("€3.5 billion", 3_500_000_000.0, "EUR"),
    ("5 billion euros", 5_000_000_000.0, "EUR"),
    ("12 percent of members", 12.0, "percent"),
    ("14 Chinese provinces", 14.0, "chinese provinces"),
    ("nearly 3,000 Communist Party members", 3_000.0, "communist party members"),
])
def test_spelled_numbers_and_money(text, value, unit):
    q = _one(text)
    assert (q.value, q.unit) == (value, unit)


def test_per_year_variants_and_as_of_month():
    assert _one("up to US$1.2bn a year").per == "year"
    assert _one("It receives 300 visits each year").per == "year"
    assert _one("in just over a year it visited 30 countries").per == ""
    q = _one("As of June 2021 it had 50 staff")
    assert (q.value, q.unit, q.as_of_year) == (50.0, "staff", 2021)


def test_founding_year_does_not_date_the_figure():
    q = find_quantities("Established in 1951, Song's department has built contacts with more "
                        "than 160 countries.")[0]
    assert q.value == 160.0 and q.as_of_year is None


# --------------------------------------------------------------------------- must not emit

@pytest.mark.parametrize("text", [
    "dozens of ordinary people",
    "thousands of international fugitive recovery operations",
    "The department was established in 1951, and was tasked",
    "Updated: 2016-06-26 23:19",
    "Formation1951;73",
    "Formation 1951;",
    "The school opened in February 2022.",
    "finance the school. [14] [15] :100–101 The school",
    "Project 2049 Institute . pp. 38, 78. Archived",
    "ISBN   978-0-8108-6860-1. OCLC   971172812.",
    "ISBN   0742518612.",
    "doi:10.1142/S0219747207000039. ISSN   0219-7472.",
    "Headquarters4 Fuxing Road, Haidian District",
    "4 Fuxing Road, Haidian District",
    "the 11th Bureau of the Ministry, from the 1st to the 7th.",
    "the lifting of China's Covid-19 pandemic restrictions",
    "202\n0\nSHARE\n",
    "International Studies Quarterly . 64 (3): 723–733. doi: 10.1093/isq/sqaa028 .",
    "China: An International Journal . 05 (1): 26–54.",
    "the completion of a twice-a-decade leadership transition",
    "1 2 3 4 5 Shinn, David H.; Eisenman, Joshua (2023).",
    "Shi, Jiangtao (1 January 2024).",
    "the 2022 elections",
    "A 2009 report from the CIA",
    "in the 1980s under Deng Xiaoping",
    "the 14th Five-Year Plan",
    "one of the world's largest populations",
])
def test_noise_is_not_a_quantity(text):
    assert find_quantities(text) == []


# --------------------------------------------------------------------------- real seeds

def test_encyclopedia_seed_figures():
    text = _seed("002")
    qs = find_quantities(text)
    _check_spans(text, qs)
    got = {(q.value, q.unit, q.qualifier) for q in qs}
    assert (600.0, "political parties and organizations", "more than") in got
    assert (160.0, "countries", "over") in got
    assert (14.0, "offices", "") in got
    assert (8.0, "regional bureaus", "") in got
    assert (40_000_000.0, "USD", "") in got
    assert (1_900_000.0, "law enforcement officers", "more than") in got
    by_value = {q.value: q for q in qs}
    assert by_value[600.0].as_of_year == 2019 and by_value[160.0].as_of_year == 2019
    # no year, citation, page, ISBN or volume number leaks through
    assert not [q for q in qs if 1900 <= q.value <= 2100 and q.value.is_integer()]
    assert not [q for q in qs if q.unit == ""]
    refs = text.index("\nReferences")
    assert not [q for q in qs if q.start > refs]


def test_news_seeds():
    got = {(q.value, q.unit, q.qualifier, q.per) for q in find_quantities(_seed("004"))}
    assert got >= {(65.0, "years", "", ""), (160.0, "countries", "more than", ""),
                   (600.0, "parties or political organizations", "around", ""),
                   (400.0, "visits", "about", "year")}
    assert not [v for v in got if v[0] in (2016.0, 2019.0, 26.0, 23.0, 0.0)]

    trip = find_quantities(_seed("003"))
    assert [(q.value, q.unit) for q in trip][:4] == [
        (4.0, "days"), (3.0, "countries"), (8.0, "days"), (10.0, "days")]
    assert (3.0, "years") in {(q.value, q.unit) for q in trip}
    assert 202.0 not in {q.value for q in trip} and 19.0 not in {q.value for q in trip}

    summit = find_quantities(_seed("001"))
    assert [(q.value, q.unit, q.qualifier) for q in summit] == [
        (10_000.0, "delegates", "more than"), (500.0, "political parties", "")]

    assert find_quantities(_seed("000")) == []  # dates and "thousands of" only


def test_all_seeds_spans_consistent():
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        qs = find_quantities(text)
        _check_spans(text, qs)
        assert all(q.unit for q in qs)
