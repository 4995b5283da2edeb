"""Four errors a reader found on real reports, as constructions in invented sentences: Taiwan's parties are
not China's for their 中国; 会见到访的……: the host meets, the visitor travels; a post after a province's congress,
conference or government is that body's; a party's delegation with no head named is not the party acting."""
import pytest
from readout_rows import of_kind, zh_events


def _rows(extract, text, published, *fields):
    return [tuple(e[f] for f in fields) for e in extract(text, published)["events"]]


@pytest.mark.parametrize("text", [
    "访台期间，江苏省省长吴政隆拜会了中国国民党副主席郝龙斌、亲民党秘书长秦金生。",
    "訪臺期間，江蘇省省長吳政隆拜會了中國國民黨副主席郝龍斌、親民黨秘書長秦金生。",
])
def test_a_taiwan_party_office_holder_is_of_taiwan(extract, text):
    rows = _rows(extract, text, "2015-05-20", "kind", "counterpart", "counterpart_country")
    assert {(kind, country) for kind, _, country in rows if kind == "meeting"} == {("meeting", "TWN")}
    assert {who for kind, who, _ in rows if kind == "meeting"} & {"郝龙斌", "郝龍斌"}


def test_a_national_party_abroad_keeps_its_country(extract):
    text = "访问洪都拉斯期间，中联部副部长陈洲会见了洪都拉斯国民党主席马丁内斯。"
    rows = _rows(extract, text, "2024-05-20", "kind", "counterpart_country")
    assert ("meeting", "HND") in rows and all(country != "TWN" for _, country in rows)


def test_a_cpc_body_stays_chinese(extract):
    text = "越共中央对外部部长黎怀忠会见了中共中央对外联络部副部长孙海燕率领的中共代表团。"
    rows = _rows(extract, text, "2024-05-20", "kind", "actor", "counterpart_country")
    assert ("meeting", "VNM") in [(kind, country) for kind, _, country in rows]
    assert all(country != "TWN" for _, _, country in rows)


@pytest.mark.parametrize("text", [
    "中国国民党副主席郝龙斌15日晚在台中会见到访的由江苏省省长吴政隆率领的江苏省经贸交流团一行。",
    "中國國民黨副主席郝龍斌15日晚在臺中會見到訪的由江蘇省省長吳政隆率領的江蘇省經貿交流團一行。",
])
def test_the_host_meets_the_visitor_who_travels(extract, text):
    rows = zh_events(extract, text, "2015-05-16")
    (meeting,) = of_kind(rows, "meeting")
    assert meeting[1] in ("郝龙斌", "郝龍斌") and meeting[2] in ("吴政隆", "吳政隆") and meeting[3] == "TWN"
    (visit,) = of_kind(rows, "visit")
    assert visit[1] in ("吴政隆", "吳政隆") and visit[3] == "TWN"


def _posts(extract, text, published="2024-05-20"):
    return {(p["title"], p["organization"], p["organization_id"]) for p in extract(text, published)["positions"]}


@pytest.mark.parametrize("text", [
    "8月3日至7日，云南省委书记、省人大常委会主任王宁率云南省代表团访问老挝。",
    "8月3日至7日，雲南省委書記、省人大常委會主任王寧率雲南省代表團訪問老撾。",
])
def test_a_post_after_the_provincial_congress_is_the_congress(extract, text):
    posts = _posts(extract, text)
    assert ("secretary", "Yunnan", "place:CHN:yunnan") in posts
    assert any(org == "Yunnan People's Congress Standing Committee" and not org_id for _, org, org_id in posts)
    assert not any(title != "secretary" and org_id == "place:CHN:yunnan" for title, _, org_id in posts)


def test_a_bare_regional_congress_post_is_the_congress_of_the_region_named_before(extract):
    text = "广西壮族自治区党委书记、自治区人大常委会主任刘宁会见了越南驻南宁总领事。"
    posts = _posts(extract, text)
    assert ("secretary", "Guangxi", "place:CHN:guangxi") in posts
    assert any(org == "Guangxi People's Congress Standing Committee" for _, org, _ in posts)


def test_a_governor_stays_the_provinces(extract):
    posts = _posts(extract, "云南省省长王予波会见了老挝驻昆明总领事。")
    assert ("governor", "Yunnan", "place:CHN:yunnan") in posts


@pytest.mark.parametrize("text", [
    "8月3日到5日，中共代表团访问老挝。率团的是中联部副部长孙海燕。",
    "8月3日到5日，中共代表團訪問老撾。率團的，是中聯部副部長孫海燕。",
])
def test_a_delegation_whose_head_is_told_after_is_his(extract, text):
    rows = zh_events(extract, text, "2024-08-06")
    (visit,) = of_kind(rows, "visit")
    assert visit[1] in ("孙海燕", "孫海燕", "Sun Haiyan") and visit[3] == "LAO"


def test_a_party_delegation_with_no_head_is_not_the_party_acting(extract):
    body = ("BEIJING, May 6 (Xinhua) -- A delegation of the Communist Party of China (CPC) left here Monday for "
            "Hanoi to attend a theory seminar between the two ruling parties.")
    events = extract(f"CPC delegation leaves for Hanoi\n\n{body}\n", "2024-05-07")["events"]
    assert not any(e["actor"] == "Communist Party of China" for e in events)


def test_a_party_that_holds_a_dialogue_is_still_its_host(extract):
    body = ("BEIJING, May 6 (Xinhua) -- The Communist Party of China (CPC) on Monday held a dialogue with "
            "political parties from Central Asia in Beijing.")
    events = extract(f"CPC holds dialogue\n\n{body}\n", "2024-05-07")["events"]
    assert any(e["actor"] == "Communist Party of China" for e in events)
