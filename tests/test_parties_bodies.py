"""Foreign parties the registry resolves by the counterpart's country: a generic name ("National
Party") where exactly one party of that country carries it, a party's own body ("the LPRP Central
Committee's Commission for External Relations"), and "the Party" of a one-party state on a date its
ruling party governs. Invented reports, read end to end by extract_document."""
import pytest
from liaison.reference.parties import party_in_country
from liaison.schema import columns

_ILD = "Zhao Ming, vice minister of the International Department of the CPC Central Committee, met here on"


def _sides(extract, text: str, date: str) -> list[tuple[str, str, str]]:
    names = columns("events")
    rows = [dict(zip(names, e)) if not isinstance(e, dict) else e for e in extract(text, date)["events"]]
    return [(e["counterpart"], e["counterpart_party_id"], e["counterpart_country"]) for e in rows
            if e["kind"] == "meeting"]


@pytest.mark.parametrize("text, date, expected", [
    # a generic name, settled by the dateline's country
    (f"WELLINGTON, May 2 (Xinhua) -- {_ILD} Tuesday with Anna Clarke, president of the National Party.",
     "2024-05-02", [("Anna Clarke", "nat-nzl", "NZL")]),
    (f"LONDON, May 2 (Xinhua) -- {_ILD} Tuesday with Tom Hale, a shadow minister of the Labor Party.",
     "2024-05-02", [("Tom Hale", "lab-gbr", "GBR")]),
    # one English name, two countries' parties: the country decides
    (f"CAIRO, June 9 (Xinhua) -- {_ILD} Sunday with Karim Nabil, president of the Republican People's Party.",
     "2024-06-09", [("Karim Nabil", "rpp-egy", "EGY")]),
    (f"ANKARA, June 9 (Xinhua) -- {_ILD} Sunday with Emre Kaya, vice chairman of the Republican People's Party.",
     "2024-06-09", [("Emre Kaya", "chp-tur", "TUR")]),
    # a party's own bodies: the party named in the chain or by the possessive
    (f"VIENTIANE, June 9 (Xinhua) -- {_ILD} Sunday with Khamla Vong, head of the LPRP Central Committee's "
     "Commission for External Relations.", "2024-06-09", [("Khamla Vong", "lprp-lao", "LAO")]),
    (f"HANOI, June 9 (Xinhua) -- {_ILD} Sunday with Pham Thu Ha, deputy head of the CPVCC's Commission for "
     "External Relations.", "2024-06-09", [("Pham Thu Ha", "cpv-vnm", "VNM")]),
    (f"HARARE, June 9 (Xinhua) -- {_ILD} Sunday with Tendai Moyo, Secretary of Administration of Zanu-PF.",
     "2024-06-09", [("Tendai Moyo", "zanupf-zwe", "ZWE")]),
    # "the Party" in a one-party state whose ruling party governs that day
    (f"HANOI, March 4 (Xinhua) -- {_ILD} Monday with Tran Van Binh, deputy head of the Party Central "
     "Committee's Commission for External Relations.", "2024-03-04", [("Tran Van Binh", "cpv-vnm", "VNM")]),
    # Chinese: 老挝党 is the Lao party; 越共中央对外部 is the CPV's
    ("新华社万象6月9日电 中联部副部长赵明9日在万象会见老挝党中央委员坎拉·冯。", "2024-06-09",
     [("坎拉·冯", "lprp-lao", "LAO")]),
    ("新华社河内6月9日电 中联部副部长赵明9日在河内会见越共中央对外部副部长阮文平。", "2024-06-09",
     [("阮文平", "cpv-vnm", "VNM")]),
])
def test_the_country_settles_the_party(extract, text, date, expected):
    assert _sides(extract, text, date) == expected


@pytest.mark.parametrize("text, date, expected", [
    # Nepal has two registry parties called "Communist Party ..." of Nepal: no guess
    (f"KATHMANDU, May 2 (Xinhua) -- {_ILD} Tuesday with Ram Thapa, a senior leader of the Communist Party.",
     "2024-05-02", [("Ram Thapa", "", "NPL")]),
    # a parliament is no party
    (f"KATHMANDU, May 2 (Xinhua) -- {_ILD} Tuesday with Ram Thapa, speaker of the National Assembly.",
     "2024-05-02", [("Ram Thapa", "", "NPL")]),
    # "the Party" outside a one-party state, and in Vietnam before the CPV's listed period
    (f"BANGKOK, March 4 (Xinhua) -- {_ILD} Monday with Somchai Wong, deputy head of the Party Central "
     "Committee's Commission for External Relations.", "2024-03-04", [("Somchai Wong", "", "THA")]),
    (f"HANOI, March 4 (Xinhua) -- {_ILD} Monday with Tran Van Binh, deputy head of the Party Central "
     "Committee's Commission for External Relations.", "1970-03-04", [("Tran Van Binh", "", "VNM")]),
])
def test_what_the_country_does_not_settle_stays_unresolved(extract, text, date, expected):
    assert _sides(extract, text, date) == expected


@pytest.mark.parametrize("written, iso3, date, party_id", [
    ("National Party", "NZL", "", "nat-nzl"),
    ("Labour Party", "NZL", "", "lab-nzl"),
    ("Democratic Party", "SRB", "", "ds-srb"),
    ("Constitutional Democratic Party", "JPN", "", "cdp-jpn"),
    ("People's National Congress", "PNG", "", "pnc-png"),
    ("工党", "GBR", "", "lab-gbr"),
    ("英保守党", "GBR", "", "con-gbr"),
    ("国家党", "NZL", "", "nat-nzl"),
    ("人民党", "MNG", "", "mpp-mng"),
    ("老撾黨", "LAO", "", "lprp-lao"),              # undated: the ruling party's period is still open
    ("老挝人革党中央对外部", "LAO", "", "lprp-lao"),
    ("Lao Party", "LAO", "2025-07-18", "lprp-lao"),
    ("Communist Party", "VNM", "", "cpv-vnm"),
    ("Communist Party", "IND", "", ""),             # CPI's name, and the start of CPI(M)'s
    ("Communist Party", "NPL", "", ""),             # two parties of Nepal
    ("People's National Congress", "GUY", "", ""),  # Guyana's is "... Reform": not that name
    ("National Party", "", "", ""),                 # no country
    ("the Party", "GBR", "2024-01-01", ""),         # not a one-party state
    ("National Assembly of Serbia", "SRB", "", ""),
    ("Parliament of Uganda", "UGA", "", ""),
    ("the ANC", "NAM", "", ""),                     # another country's party
])
def test_party_in_country(written, iso3, date, party_id):
    assert party_in_country(written, iso3, date) == party_id


def test_a_chinese_generic_party_name_takes_the_country_of_the_meeting_place(extract):
    rows = extract("标题\n\n5月8日，中联部部长林海川在惠灵顿会见工党领袖哈里森。\n", "2024-05-09")
    met = [e for e in rows["events"] if e["kind"] == "meeting"]
    assert [(e["counterpart_country"], e["counterpart_party_id"]) for e in met] == [("NZL", "lab-nzl")]
