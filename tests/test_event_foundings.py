"""Foundings: what was founded is a body, never a person; a fronted participle ("Established in 1951,
X has ...") founds the body right after its comma; cooperation or friendship "established between" two
sides founds nothing. Every sentence is invented in the genre."""

from readout_rows import en_events as _events


def _foundings(extract, body, published):
    return sorted((e["counterpart"], e["start"]) for e in _events(extract, body, published) if e["kind"] == "founding")


def test_a_fronted_participle_founds_the_body_after_its_comma(extract):
    body = "Established in 1951, the International Department of the CPC now works with parties in most countries."
    assert _foundings(extract, body, "2016-06-26") == [
        ("International Department of the Central Committee of the Communist Party of China", "1951")]


def test_a_fronted_participle_whose_subject_is_no_known_body_founds_none_named_later(extract):
    body = ("Established in 2018, the mechanism meets each year to bring the Communist Party of China together "
            "with parties from Nepal.")
    assert _foundings(extract, body, "2024-06-20") == []


def test_cooperation_established_between_two_countries_founds_nothing(extract):
    body = "Zhao Ming told Ravi Menon that close cooperation had been established between China and Chile."
    assert _foundings(extract, body, "2024-04-03") == []


def test_a_body_founded_in_the_passive_is_the_founding_not_a_person_before_it(extract):
    body = "Ravi Menon said the Unity Party was founded in 1998 and has governed since 2012."
    assert _foundings(extract, body, "2024-04-03") == [("Unity Party", "1998")]


def test_cooperation_between_two_bodies_established_founds_neither(extract):
    body = "Zhao Ming said close cooperation between the CPC and the Unity Party has been established since 2012."
    assert _foundings(extract, body, "2024-04-03") == []
