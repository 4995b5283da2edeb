"""The foreign-party registry: sources, codes, families, unique forms, coverage of the ILD bureaus'
countries, and the in-government flag following dates."""
import pandas as pd
import pycountry
import pytest
from liaison.paths import DATA_DIR
from liaison.reference.parties import FAMILIES, in_government, parties, party_government, resolve_counterpart

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


# --- party mentions in text, and the counterpart resolver -------------------------------------

def _parties_in(rows) -> list[tuple[str, str, str, str]]:
    """(text, entity_id, name, iso3) of every party mention, in order, after checking offsets and cue."""
    found = []
    for m in rows["mentions"]:
        if m["entity_id"].startswith("party:"):
            assert rows["text"][m["start"]:m["end"]] == m["text"]
            assert (m["kind"], m["cue"]) == ("organization", "party")
            found.append((m["text"], m["entity_id"], m["name"], m["iso3"]))
    return found


@pytest.mark.parametrize("sentence, expected", [
    ("Liu met a delegation of the South African Communist Party in Beijing on Tuesday.",
     [("South African Communist Party", "party:sacp-zaf", "South African Communist Party", "ZAF")]),
    ("The Communist Party of Vietnam and the ANC signed a cooperation plan.",
     [("Communist Party of Vietnam", "party:cpv-vnm", "Communist Party of Vietnam", "VNM"),
      ("ANC", "party:anc-zaf", "African National Congress", "ZAF")]),
    ("Guests from SWAPO and the ruling Chama Cha Mapinduzi attended the reception.",
     [("SWAPO", "party:swapo-nam", "SWAPO", "NAM"),
      ("Chama Cha Mapinduzi", "party:ccm-tza", "Chama Cha Mapinduzi", "TZA")]),
    ("The Lao People’s Revolutionary Party (LPRP) sent a study group; LPRP cadres toured a county.",
     [("Lao People’s Revolutionary Party", "party:lprp-lao", "Lao People's Revolutionary Party", "LAO"),
      ("LPRP", "party:lprp-lao", "Lao People's Revolutionary Party", "LAO"),
      ("LPRP", "party:lprp-lao", "Lao People's Revolutionary Party", "LAO")]),
    ("A Workers' Party of Korea delegation was received; the WPK thanked its hosts.",
     [("Workers' Party of Korea", "party:wpk-prk", "Workers' Party of Korea", "PRK"),
      ("WPK", "party:wpk-prk", "Workers' Party of Korea", "PRK")]),
    ("The ruling CCM and the CPV discussed training with the envoy.",
     [("CCM", "party:ccm-tza", "Chama Cha Mapinduzi", "TZA"),
      ("CPV", "party:cpv-vnm", "Communist Party of Vietnam", "VNM")]),
    ("PTI chairman and his aides met the visiting group in Islamabad.",
     [("PTI", "party:pti-pak", "Pakistan Tehreek-e-Insaf", "PAK")]),
    ("中联部副部长会见越共中央对外部代表团。",
     [("越共", "party:cpv-vnm", "Communist Party of Vietnam", "VNM")]),
    ("老挝人民革命党中央代表团抵京，老挝人革党干部将参观农村。",
     [("老挝人民革命党", "party:lprp-lao", "Lao People's Revolutionary Party", "LAO"),
      ("老挝人革党", "party:lprp-lao", "Lao People's Revolutionary Party", "LAO")]),
    ("非国大和朝鲜劳动党代表出席，古共、柬埔寨人民党也派员参加。",
     [("非国大", "party:anc-zaf", "African National Congress", "ZAF"),
      ("朝鲜劳动党", "party:wpk-prk", "Workers' Party of Korea", "PRK"),
      ("古共", "party:pcc-cub", "Communist Party of Cuba", "CUB"),
      ("柬埔寨人民党", "party:cpp-khm", "Cambodian People's Party", "KHM")]),
    ("緬甸全國民主聯盟和柬埔寨人民黨的代表團抵達臺北。",                   # traditional script, quoted as written
     [("緬甸全國民主聯盟", "party:nld-mmr", "National League for Democracy", "MMR"),
      ("柬埔寨人民黨", "party:cpp-khm", "Cambodian People's Party", "KHM")]),
    ("尼共（毛主义中心）代表团和巴基斯坦穆盟（谢派）领导人出席。",
     [("尼共（毛主义中心）", "party:mc-npl", "Communist Party of Nepal (Maoist Centre)", "NPL"),
      ("穆盟（谢派）", "party:pmln-pak", "Pakistan Muslim League (N)", "PAK")]),
    ("塞尔维亚执政的前进党代表团访华。",                                  # a generic short form beside its country
     [("前进党", "party:sns-srb", "Serbian Progressive Party", "SRB")]),
    ("France's PS sent a message. The PS of Chile sent another.",
     [("PS", "party:ps-fra", "Socialist Party (France)", "FRA"),
      ("PS", "party:ps-chl", "Socialist Party of Chile", "CHL")]),
    ("Liu met a group from the SWAPO Party of Namibia and from Zimbabwe African National Union-Patriotic Front.",
     [("SWAPO Party of Namibia", "party:swapo-nam", "SWAPO", "NAM"),
      ("Zimbabwe African National Union-Patriotic Front", "party:zanupf-zwe", "ZANU–PF", "ZWE")]),
    ("The minister met the leader of the Komeito Party of Japan. He then met the Nationalist Party of Malta.",
     [("Komeito Party of Japan", "party:komeito-jpn", "Komeito", "JPN"),
      ("Nationalist Party of Malta", "party:pn-mlt", "Nationalist Party (Malta)", "MLT")]),
    ("South Africa's Democratic Alliance criticised the budget.",
     [("Democratic Alliance", "party:da-zaf", "Democratic Alliance", "ZAF")]),
])
def test_party_mentions(extract, sentence, expected):
    assert _parties_in(extract(sentence, "2024-03-01")) == expected


@pytest.mark.parametrize("sentence", [
    "The PS sent a message of congratulations.",                       # PS: five countries' parties
    "The PS of France and of Chile sent messages.",                    # two candidates' countries in one sentence
    "The Democratic Alliance criticised the budget.",                  # a name any country's party may have
    "PTI reported the talks from New Delhi.",                          # a news agency, not a party
    "Engineers briefed the group on the Grand Ethiopian Renaissance Dam.",
    "The PRC government welcomed the visitors.",
    "考古共发现文物三百余件。",                                          # 古共 inside another word
    "塞方前进党代表出席。",                                              # a generic short form without its country
    "前进党代表团访华。塞尔维亚外长也来了。",                              # its country only in the next sentence
    "民盟中央主席出席会议。",                                            # China's own Democratic League, not the NLD
    "Danish and Chinese Communist Party officials met.",               # "Communist Party" inside the CPC's name
])
def test_forms_that_do_not_say_which_party_stay_unread(extract, sentence):
    assert _parties_in(extract(sentence, "2024-03-01")) == []


def test_a_body_of_a_party_stays_a_body_and_carries_its_country(extract):
    rows = extract("He met the Commission for External Relations of the CPV Central Committee.", "2024-03-01")
    body = [m for m in rows["mentions"] if m["kind"] == "organization"]
    assert [(m["text"], m["iso3"]) for m in body] == [
        ("Commission for External Relations of the CPV Central Committee", "VNM")]
    assert resolve_counterpart(body[0]["text"], "2024-03-01")[:3] == ("cpv-vnm", "VNM", "yes")


@pytest.mark.parametrize("org, date, expected", [
    ("party:anc-zaf", "2023-05-04", ("anc-zaf", "ZAF", "yes", "anc-zaf ruling 1994-05-10–")),
    ("the ANC", "2023-05-04", ("anc-zaf", "ZAF", "yes", "anc-zaf ruling 1994-05-10–")),
    ("Botswana Democratic Party", "2024-06-01", ("bdp-bwa", "BWA", "yes", "bdp-bwa ruling 1966-09-30–2024-11-01")),
    ("Botswana Democratic Party", "2025-02-01",
     ("bdp-bwa", "BWA", "no", "bdp-bwa ruling 1966-09-30–2024-11-01 (date outside every period)")),
    ("party:kke-grc", "2023-05-04", ("kke-grc", "GRC", "unknown", "no period in party_government.csv")),
    ("party:anc-zaf", "", ("anc-zaf", "ZAF", "unknown", "no date")),
])
def test_resolve_counterpart(org, date, expected):
    assert resolve_counterpart(org, date) == expected


@pytest.mark.parametrize("org", ["PS", "Democratic Alliance", "a delegation", "party:no-such-party",
                                 "Communist Party of Vietnam and the ANC"])
def test_resolve_counterpart_does_not_guess(org):
    party_id, iso3, flag, basis = resolve_counterpart(org, "2023-05-04")
    assert (party_id, iso3, flag) == ("", "", "unknown") and basis


def test_an_acronym_the_text_defines_names_that_body_not_a_namesake(extract):
    """"NDP" is Canada's New Democratic Party in the registry; a text that defines it as another
    country's party means that party, which the registry does not know."""
    rows = extract("The secretary-general of Egypt's ruling National Democratic Party (NDP) met the guests. "
                   "The NDP congress opened on Sunday.", "2009-11-02")
    assert not [m for m in rows["mentions"] if m["iso3"] == "CAN"]
    kept = extract("Canada's New Democratic Party (NDP) sent a message. The NDP leader spoke.", "2024-03-01")
    assert {m["iso3"] for m in kept["mentions"] if m["text"] == "NDP"} == {"CAN"}


def test_a_party_name_in_the_other_spelling_is_the_same_party(extract):
    """The registry writes "United Malays National Organisation"; an American-spelled copy names it too."""
    rows = extract("Zhao Ming met Ismail Rahman, President of the United Malays National Organization, in Penang "
                   "on Tuesday.", "2025-03-05")["mentions"]
    assert [m["entity_id"] for m in rows if m["kind"] == "organization"] == ["party:umno-mys"]


@pytest.mark.parametrize("name, party_id", [
    ("German Social Democratic Party", "spd-deu"),
    ("British Labour Party", "lab-gbr"),
    ("Norwegian Labour Party", "ap-nor"),
    ("Italian Democratic Party", "pd-ita"),
    ("Ruritanian Labour Party", ""),  # no such country: the form stays ambiguous
])
def test_a_demonym_before_a_party_name_places_it(name, party_id):
    assert resolve_counterpart(name, "")[0] == party_id


@pytest.mark.parametrize(("name", "taiwan"), [
    ("中国国民党", True), ("中國國民黨", True), ("国民党", True), ("親民黨主席", True), ("民進黨", True),
    ("the Kuomintang", True), ("KMT", True),
    # near misses: the mainland's party, Malawi's DPP in English, a party word alone
    ("中国共产党", False), ("Democratic Progressive Party", False), ("民主进步联盟", False), ("the Party", False),
])
def test_taiwan_parties_in_either_script(name, taiwan):
    from liaison.reference.parties import is_taiwan_party
    assert is_taiwan_party(name) is taiwan
