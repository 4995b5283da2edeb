"""Four errors a reader found on real reports, as constructions in invented sentences: Taiwan's parties are
not China's for their 中国; 会见到访的……: the host meets, the visitor travels; a post after a province's congress,
conference or government is that body's; a party's delegation with no head named is not the party acting. The
sentences and people are invented."""
import pytest
from readout_rows import of_kind, zh_events


def _rows(extract, text, published, *fields):
    return [tuple(e[f] for f in fields) for e in extract(text, published)["events"]]


@pytest.mark.parametrize("text", [
    "访台期间，福建省省长周志刚拜会了中国国民党副主席林振邦、亲民党秘书长许文杰。",
    "訪臺期間，福建省省長周志剛拜會了中國國民黨副主席林振邦、親民黨秘書長許文傑。",
])
def test_a_taiwan_party_office_holder_is_of_taiwan(extract, text):
    rows = _rows(extract, text, "2015-05-20", "kind", "counterpart", "counterpart_country")
    assert {(kind, country) for kind, _, country in rows if kind == "meeting"} == {("meeting", "TWN")}
    assert {who for kind, who, _ in rows if kind == "meeting"} & {"林振邦"}


def test_a_national_party_abroad_keeps_its_country(extract):
    text = "访问洪都拉斯期间，中联部副部长赵启明会见了洪都拉斯国民党主席罗德里格斯。"
    rows = _rows(extract, text, "2024-05-20", "kind", "counterpart_country")
    assert ("meeting", "HND") in rows and all(country != "TWN" for _, country in rows)


def test_a_cpc_body_stays_chinese(extract):
    text = "越共中央对外部副部长阮文英会见了中共中央对外联络部部长助理赵启明率领的中共代表团。"
    rows = _rows(extract, text, "2024-05-20", "kind", "actor", "counterpart_country")
    assert ("meeting", "VNM") in [(kind, country) for kind, _, country in rows]
    assert all(country != "TWN" for _, _, country in rows)


@pytest.mark.parametrize("text", [
    "中国国民党副主席林振邦12日下午在高雄会见到访的由福建省省长周志刚率领的福建省文旅交流团一行。",
    "中國國民黨副主席林振邦12日下午在高雄會見到訪的由福建省省長周志剛率領的福建省文旅交流團一行。",
])
def test_the_host_meets_the_visitor_who_travels(extract, text):
    rows = zh_events(extract, text, "2015-05-13")
    (meeting,) = of_kind(rows, "meeting")
    assert meeting[1] == "林振邦" and meeting[2] in ("周志刚", "周志剛") and meeting[3] == "TWN"
    (visit,) = of_kind(rows, "visit")
    assert visit[1] in ("周志刚", "周志剛") and visit[3] == "TWN"


def _posts(extract, text, published="2024-05-20"):
    return {(p["title"], p["organization"], p["organization_id"]) for p in extract(text, published)["positions"]}


@pytest.mark.parametrize("text", [
    "9月10日至14日，贵州省委书记、省人大常委会主任刘文华率贵州省代表团访问柬埔寨。",
    "9月10日至14日，貴州省委書記、省人大常委會主任劉文華率貴州省代表團訪問柬埔寨。",
])
def test_a_post_after_the_provincial_congress_is_the_congress(extract, text):
    posts = _posts(extract, text)
    assert ("secretary", "Guizhou", "place:CHN:guizhou") in posts
    assert any(org == "Guizhou People's Congress Standing Committee" and not org_id for _, org, org_id in posts)
    assert not any(title != "secretary" and org_id == "place:CHN:guizhou" for title, _, org_id in posts)


def test_a_bare_regional_congress_post_is_the_congress_of_the_region_named_before(extract):
    text = "内蒙古自治区党委书记、自治区人大常委会主任郑海林会见了蒙古国驻呼和浩特总领事。"
    posts = _posts(extract, text)
    assert ("secretary", "Inner Mongolia", "place:CHN:inner-mongolia") in posts
    assert any(org == "Inner Mongolia People's Congress Standing Committee" for _, org, _ in posts)


def test_a_governor_stays_the_provinces(extract):
    posts = _posts(extract, "四川省省长方志远会见了泰国驻成都总领事。")
    assert ("governor", "Sichuan", "place:CHN:sichuan") in posts


@pytest.mark.parametrize("text", [
    "9月2日到6日，中共代表团访问缅甸。率团的是中联部部长助理赵启明。",
    "9月2日到6日，中共代表團訪問緬甸。率團的，是中聯部部長助理趙啟明。",
])
def test_a_delegation_whose_head_is_told_after_is_his(extract, text):
    rows = zh_events(extract, text, "2024-09-07")
    (visit,) = of_kind(rows, "visit")
    assert visit[1] in ("赵启明", "趙啟明") and visit[3] == "MMR"


def test_a_party_delegation_with_no_head_is_not_the_party_acting(extract):
    body = ("BEIJING, Sept. 10 (Xinhua) -- A delegation of the Communist Party of China (CPC) left Beijing on Tuesday "
            "for Vientiane to take part in a workshop on rural governance.")
    events = extract(f"CPC delegation heads to Vientiane\n\n{body}\n", "2024-09-11")["events"]
    assert not any(e["actor"] == "Communist Party of China" for e in events)


def test_a_party_that_holds_a_dialogue_is_still_its_host(extract):
    body = ("BEIJING, Sept. 9 (Xinhua) -- The Communist Party of China (CPC) on Monday held a dialogue in Beijing "
            "with political parties from the Pacific island countries on green development.")
    events = extract(f"CPC holds dialogue with Pacific parties\n\n{body}\n", "2024-09-10")["events"]
    assert any(e["actor"] == "Communist Party of China" for e in events)
