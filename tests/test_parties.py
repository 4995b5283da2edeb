"""The foreign-party registry: sources, codes, families, unique forms, coverage of the ILD bureaus'
countries, and the in-government flag following dates."""
import pandas as pd
import pycountry
import pytest
from liaison.paths import DATA_DIR
from liaison.reference.parties import FAMILIES, in_government, parties, party_government

# Codes pycountry does not know, with the reason they are used.
EXTRA_ISO3 = {"XKX": "Kosovo: user-assigned code used by the EU and the World Bank; not in ISO 3166"}

# Bureau member countries deliberately without a party row.
NO_PARTY = {
    "AFG": "Taliban emirate since 2021; parties banned, the Taliban are not a party",
    "ARE": "no political parties",
    "BHR": "parties banned; only 'political societies', the main ones dissolved",
    "BRN": "absolute monarchy; no party government",
    "FSM": "no political parties",
    "KWT": "parties not legal; parliament suspended in 2024",
    "LBY": "no national party government; rival administrations",
    "MCO": "government appointed by the Prince; council lists are not party governments",
    "MHL": "no formal parties (loose caucuses)",
    "NIU": "no political parties since 2003",
    "NRU": "no formal parties",
    "OMN": "no political parties",
    "PLW": "no political parties",
    "QAT": "no political parties",
    "SAU": "no political parties",
    "SOM": "clan-based power-sharing; parties not yet in government by election (not covered)",
    "TUV": "no political parties",
    "VAT": "no political parties",
}


def _forms(value: str) -> list[str]:
    return [part for part in value.split("|") if part]


def test_every_row_sourced_coded_and_classified():
    frame = parties()
    assert len(frame) >= 300
    assert frame.party_id.is_unique
    known = {country.alpha_3 for country in pycountry.countries} | set(EXTRA_ISO3)
    for row in frame.itertuples():
        assert row.source.strip(), row.party_id
        assert row.source.startswith("http"), row.party_id
        assert row.iso3 in known, (row.party_id, row.iso3)
        assert row.family in FAMILIES, (row.party_id, row.family)
        assert row.status in {"verified", "unverified"}, row.party_id
        assert row.name.strip() and row.party_id == row.party_id.strip().lower()
        assert not row.partyfacts_id or row.partyfacts_id.isdigit(), row.party_id


def test_aliases_do_not_collide_across_parties():
    owners: dict[tuple[str, str], set[str]] = {}
    for row in parties().itertuples():
        for form in _forms(row.aliases):
            owners.setdefault(("en", form.lower()), set()).add(row.party_id)
        for form in [row.name_zh, *_forms(row.aliases_zh)]:
            if form:
                owners.setdefault(("zh", form), set()).add(row.party_id)
    names = {}
    for row in parties().itertuples():
        names.setdefault(row.name.lower(), set()).add(row.party_id)
    clashes = {form: ids for form, ids in owners.items() if len(ids) > 1}
    assert not clashes
    # an alias must not be another party's English name either
    for (lang, form), ids in owners.items():
        if lang == "en" and form in names:
            assert names[form] <= ids, (form, ids, names[form])


def test_government_periods_refer_to_known_parties():
    frame = party_government()
    known = dict(zip(parties().party_id, parties().iso3))
    assert set(frame.party_id) <= set(known)
    for row in frame.itertuples():
        assert known[row.party_id] == row.iso3, row.party_id
        assert row.role in {"ruling", "coalition-partner"}
        assert row.source.startswith("http")
        assert not row.end or row.start <= row.end, row.party_id


def test_every_bureau_country_has_a_party_or_a_reason():
    bureaus = pd.read_csv(DATA_DIR / "ild_bureaus.csv", dtype=str, keep_default_na=False)
    members = {code for value in bureaus.members for code in value.split("|") if code}
    covered = set(parties().iso3)
    missing = members - covered - set(NO_PARTY)
    assert not missing, sorted(missing)
    assert not (set(NO_PARTY) & covered), "a listed no-party country now has rows: update NO_PARTY"


@pytest.mark.parametrize("party_id, date, expected", [
    ("anc-zaf", "2020-05-01", "yes"),
    ("anc-zaf", "1990", "no"),
    ("bdp-bwa", "2020-01-01", "yes"),
    ("bdp-bwa", "2024-10-31", "yes"),
    ("bdp-bwa", "2024-11-01", "no"),      # the end is the day power passed on
    ("bdp-bwa", "2025-03", "no"),
    ("bdp-bwa", "2024", "yes"),           # governed for part of 2024
    ("udc-bwa", "2024-10-01", "no"),
    ("udc-bwa", "2025-01-01", "yes"),
    ("baath-syr", "2024-12-09", "no"),
    ("baath-syr", "2010", "yes"),
    ("con-gbr", "2015-06-01", "yes"),
    ("con-gbr", "2024-08", "no"),
    ("lab-gbr", "2024-08", "yes"),
    ("lab-gbr", "2012", "no"),
    ("pcc-cub", "2023-06-27", "yes"),
    ("kke-grc", "2023-06-27", "unknown"),  # no periods listed
    ("anc-zaf", "", "unknown"),
    ("no-such-party", "2020", "unknown"),
])
def test_in_government_follows_dates(party_id, date, expected):
    assert in_government(party_id, date) == expected


def test_key_parties_present():
    frame = parties().set_index("party_id")
    for party_id, iso3, forms in [
        ("anc-zaf", "ZAF", ["ANC", "非国大"]), ("cpv-vnm", "VNM", ["CPV", "越共"]),
        ("lprp-lao", "LAO", ["LPRP", "老挝人革党"]), ("wpk-prk", "PRK", ["WPK", "朝鲜劳动党"]),
        ("pcc-cub", "CUB", ["PCC", "古巴共产党"]), ("swapo-nam", "NAM", ["SWAPO", "人组党"]),
    ]:
        row = frame.loc[party_id]
        assert row.iso3 == iso3
        all_forms = {row["name"], row.name_zh, *_forms(row.aliases), *_forms(row.aliases_zh)}
        for form in forms:
            assert form in all_forms, (party_id, form)
