"""Chinese readouts, round 16: constructions of the genre rather than of one set, in simplified and in
traditional script (ILD briefs of a 宣介团 abroad, provincial leaders' trips, Hong Kong papers on cross-strait
party contacts).

- A Chinese official who leads a group to a gathering abroad is on a visit there ("率宣介团在苏丹出席……研讨会");
  not one at a gathering in China, nor a foreign one at home.
- A party congress named by its number ("非国大五十四大") is a gathering; "访问南非并出席……" and "并作为中共代表
  出席……" are a second act whose subject is the one who leads, not the party he stands for.
- A wish ("期待有机会访问西藏") and an invitation ("甲邀约乙访台") are no visit; "会前往" is "will go".
- A weekday ("书记周四率团"), 和 joining a body to a post ("行政长官和中央政府……负责人") and "今(22)日" after a
  name are no part of a name; "中共十八大后" is a time, not a subject; 视察团 is a group.
- "中央对外联络部部长" listed after a Lao party's secretary is that party's, not China's.

Every sentence here is invented in the genre; the names are made up. Each test reads the fields a user reads.
The guards (marked) pass before and after; the others failed before.
"""
from readout_rows import of_kind as _kind
from readout_rows import zh_events as _events
from readout_rows import zh_people as _people

# -- a gathering abroad, a congress by its number -------------------------------------------------------------


def test_a_vice_minister_leading_a_group_to_a_seminar_in_sudan_visits_sudan(extract):
    text = "12月15日，中联部副部长陈平率宣介团在苏丹出席执政党理论研讨会，举行专题宣介会。\n"
    rows = _events(extract, text, "2017-12-18")
    assert [(e[1], e[3], e[4]) for e in _kind(rows, "summit")] == [("陈平", "SDN", "2017-12-15")]
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("陈平", "SDN")]


def test_traditional_a_minister_at_a_congress_in_hanoi_visits_vietnam(extract):
    text = "中聯部部長宋明在河內出席越共成立紀念大會。\n"
    rows = _events(extract, text, "2020-02-03")
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("宋明", "VNM")]


def test_guard_a_seminar_in_beijing_is_no_visit(extract):  # guard
    rows = _events(extract, "中联部副部长陈平在北京出席中苏理论研讨会。\n", "2017-12-18")
    assert [(e[1], e[3]) for e in _kind(rows, "summit")] == [("陈平", "CHN")]
    assert _kind(rows, "visit") == []


def test_guard_a_foreign_leader_at_a_gathering_at_home_is_no_visitor(extract):  # guard
    rows = _events(extract, "苏丹副总统哈桑在喀土穆出席执政党理论研讨会。\n", "2017-12-18")
    assert _kind(rows, "visit") == []


def test_a_congress_by_its_number_attended_as_the_party_s_representative(extract):
    text = "12月14日至17日，中组部副部长高明率团访问南非，并作为中共代表出席非国大五十四大。\n"
    rows = _events(extract, text, "2017-12-18")
    assert ("summit", "高明", "非国大五十四大", "ZAF", "2017-12-14", "reported") in rows
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("高明", "ZAF")]


def test_visit_and_attend_joined_by_bing_without_a_comma(extract):
    text = "中组部副部长高明率团访问南非并出席非国大第五十四次全国代表大会。\n"
    rows = _events(extract, text, "2017-12-18")
    assert [(e[1], e[2], e[3]) for e in _kind(rows, "summit")] == [("高明", "非国大第五十四次全国代表大会", "ZAF")]


# -- no visit: a wish, an invitation, a time ------------------------------------------------------------------


def test_a_wish_to_visit_is_no_visit(extract):
    rows = _events(extract, "斐济总理图卡期待有机会访问西藏。\n", "2011-05-16")
    assert _kind(rows, "visit") == []


def test_traditional_a_hope_to_come_soon_is_no_visit(extract):
    rows = _events(extract, "斐濟總理圖卡盼望早日訪華。\n", "2011-05-16")
    assert _kind(rows, "visit") == []


def test_guard_a_visit_announced_stays_planned(extract):  # guard
    rows = _events(extract, "斐济总理图卡将于下月访问西藏。\n", "2011-05-16")
    assert [(e[1], e[3], e[5]) for e in _kind(rows, "visit")] == [("图卡", "CHN", "planned")]


def test_an_invitation_to_visit_taiwan_is_no_visit(extract):
    rows = _events(extract, "台中市长林志明邀请厦门市委书记何文峰访台。\n", "2008-09-21")
    assert _kind(rows, "visit") == []


def test_a_party_congress_and_after_is_a_time_not_the_visitor(extract):
    text = "中共广西区委书记彭明率广西代表团抵台。这是中共十八大后大陆第一位现职省级“一把手”访台。\n"
    rows = _events(extract, text, "2013-04-22")
    assert [e[1] for e in _kind(rows, "visit")] == ["彭明"]


# -- names and groups ----------------------------------------------------------------------------------------


def test_a_weekday_after_a_post_is_no_name(extract):
    assert "周四" not in _people(extract, "厦门书记周四率团访台。\n", "2008-09-21")


def test_today_with_the_day_in_brackets_ends_the_name(extract):
    text = "中共广西壮族自治区委员会书记彭明今(22)日上午率广西代表团搭机抵台。\n"
    rows = _events(extract, text, "2013-04-22")
    assert [e[1] for e in _kind(rows, "visit")] == ["彭明"]


def test_he_joining_a_post_to_a_body_is_no_name(extract):
    text = ("7月1日起，省长陈华率领福建省代表团访问澳门。代表团将拜会澳门特别行政区行政长官和中央政府驻澳门联络办公室"
            "负责人。\n")
    rows = _events(extract, text, "2012-07-01")
    assert [e[2] for e in _kind(rows, "meeting")] == []
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("陈华", "MAC")]


def test_an_inspection_group_from_hong_kong_is_met(extract):
    text = "9月2日晚上，吉林省委书记张明在长春会见了香港特别行政区全国人大代表视察团一行。\n"
    rows = _events(extract, text, "2013-09-03")
    assert ("meeting", "张明", "香港特别行政区全国人大代表视察团", "CHN", "2013-09-02", "reported") in rows


def test_traditional_an_itinerary_with_hui_before_going_is_planned(extract):
    text = "以國民黨副主席蕭明為團長的參訪團將訪問大陸。訪團預計明天前往北京，下午會前往國台辦跟主任王進會面。\n"
    rows = _events(extract, text, "2019-04-10")
    assert [(e[2], e[5]) for e in _kind(rows, "meeting")] == [("王進", "planned")]


def test_a_lao_party_s_foreign_department_head_is_no_chinese_visitor(extract):
    text = ("中联部副部长李明率中共宣介团于3月5日至8日访问老挝，分别会见老挝人民革命党中央书记处书记坎潘和中央"
            "对外联络部部长顺通。\n")
    rows = _events(extract, text, "2019-03-09")
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("李明", "LAO")]
    assert [e[2] for e in _kind(rows, "meeting")] == ["坎潘", "顺通"]


def test_a_finance_minister_written_with_ji_is_named(extract):
    text = "中联部副部长陈明10日在京会见巴拿马财长多明计斯。\n"
    rows = _events(extract, text, "2019-04-10")
    assert ("meeting", "陈明", "多明计斯", "CHN", "2019-04-10", "reported") in rows


def test_guard_ji_hua_after_a_post_is_no_name(extract):  # guard
    assert _people(extract, "巴拿马财长计划下月访问中国。\n", "2019-04-10") == set()


def test_traditional_bing_he_after_a_stop_is_with(extract):
    text = "國民黨副主席王明率訪問團抵達台北。第七天，訪問團前往高雄參訪，並和會長林大明會面。\n"
    rows = _events(extract, text, "2019-04-10")
    assert [(e[1], e[2]) for e in _kind(rows, "meeting")] == [("王明", "林大明")]


def test_two_hosts_joined_by_he_meet_the_delegation_not_each_other(extract):
    text = "中联部部长宋明和副部长李平在北京会见了越南国会主席阮文明。\n"
    rows = _events(extract, text, "2019-04-10")
    assert ("宋明", "李平") not in [(e[1], e[2]) for e in _kind(rows, "meeting")]
    assert ("meeting", "宋明", "阮文明", "CHN", "2019-04-10", "reported") in rows
    assert ("meeting", "李平", "阮文明", "CHN", "2019-04-10", "reported") in rows  # both hosts meet him


def test_guard_he_naming_whom_one_meets_stays_the_counterpart(extract):  # guard
    rows = _events(extract, "中联部部长宋明和越南国会主席阮文明在河内会见。\n", "2019-04-10")
    assert [(e[1], e[2], e[3]) for e in _kind(rows, "meeting")] == [("宋明", "阮文明", "VNM")]


def test_traditional_two_hosts_meet_a_visitor_described_before_his_name(extract):
    text = "中聯部部長宋明和副部長李平會見了來訪的越南國會主席阮文明。\n"
    rows = _events(extract, text, "2019-04-10")
    assert [(e[1], e[2]) for e in _kind(rows, "meeting")] == [("宋明", "阮文明"), ("李平", "阮文明")]
