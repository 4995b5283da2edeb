"""Chinese readouts, round 24: constructions read from the dev split of a set of provincial sites, party-school
and university pages, embassy notes and papers abroad. A clause that opens on a place's officials or on two
towns has a subject of its own, so the person the report is about does not act in it.

Every sentence here is invented in the genre; the people are made up (places are real, as the gazetteer must
know them). Each test reads the fields a user reads; the must-not-fire tests pass before and after.
"""

from readout_rows import of_kind
from readout_rows import zh_events as _events

# -- a clause whose subject is a place's officials or two towns ---------------------------------------------


def test_a_provinces_officials_visiting_are_not_the_host_who_speaks_of_them(extract):
    text = ("5月9日，省委书记赵立群在长沙会见了越南某省省委书记阮文成一行。赵立群说，湖南与越南山水相近，友谊深厚。"
            "湖南各级各部门领导也曾多次到访越南，双方合作不断深化。\n")
    found = _events(extract, text, "2024-05-10")
    assert ("meeting", "赵立群", "阮文成", "CHN", "2024-05-09", "reported") in found
    assert not [e for e in of_kind(found, "visit") if e[1] == "赵立群"]


def test_two_towns_signing_during_a_visit_are_not_its_leader(extract):
    text = ("新华社河内6月12日电 6月9日至12日，应越共中央对外部邀请，以省委书记赵立群为团长的中共浙江省委代表团"
            "访问越南。访问期间，浙江省宁波市与海防市签署了友好合作协议。\n")
    found = _events(extract, text, "2024-06-12")
    assert ("visit", "赵立群", "Communist Party of Vietnam", "VNM", "2024-06-09", "reported") in found
    assert not of_kind(found, "agreement")


def test_a_place_where_the_leader_meets_leaves_him_the_subject(extract):
    # must not fire: "在河内" tells where the delegation's leader meets; he still acts
    text = ("新华社河内6月12日电 6月9日至12日，应越共中央对外部邀请，以省委书记赵立群为团长的中共浙江省委代表团"
            "访问越南。访问期间，在河内会见了越共中央书记处书记阮文成。\n")
    found = _events(extract, text, "2024-06-12")
    assert ("meeting", "赵立群", "阮文成", "VNM", "2024-06", "reported") in [e[:4] + (e[4][:7],) + e[5:]
                                                                        for e in found]


# -- a span of months -----------------------------------------------------------------------------------------


def test_a_past_visit_over_a_span_of_months_is_dated_by_its_first_month_of_last_year(extract):
    text = ("新加坡国务资政陈文德24日起到中国进行6天访问。这是陈文德首次以国务资政身份访问中国，他上次到中国是"
            "去年3月底至4月初，以总理身份访华。\n")
    visits = of_kind(_events(extract, text, "2024-11-25"), "visit")
    assert sorted(e[4] for e in visits) == ["2023-03", "2024-11-24"]


def test_a_span_of_months_in_a_year_written_out_keeps_that_year(extract):
    text = "越南某省代表团曾于2019年10月至11月访问广西，同广西壮族自治区党委书记林国平会面。\n"
    found = _events(extract, text, "2024-11-25")
    assert [e[4] for e in of_kind(found, "visit")] == ["2019-10"]


def test_a_month_up_to_now_stays_a_single_month(extract):
    # must not fire: "5月至今" names no second month
    text = "今年5月至今，越南某省省委书记阮文成已两次访问云南。\n"
    assert all(e[4] in ("2024-05", "") for e in _events(extract, text, "2024-11-25"))


# -- "甲及其率领的……代表团": him and the delegation he leads ----------------------------------------------------


def test_talks_with_a_guest_and_the_delegation_he_leads_make_his_visit(extract):
    text = ("新华社北京5月31日电 中共中央对外联络部部长李文涛31日在北京同朝鲜劳动党中央政治局委员、国际部部长"
            "朴成哲及其率领的朝鲜劳动党代表团举行会谈。\n")
    found = _events(extract, text, "2016-05-31")
    assert ("meeting", "李文涛", "朴成哲", "CHN", "2016-05-31", "reported") in found
    assert [e[1:4] for e in of_kind(found, "visit")] == [("朴成哲", "", "CHN")]


def test_a_guest_met_with_his_wife_leads_no_delegation(extract):
    # must not fire: "及其夫人" is his wife, no group he leads
    text = "新华社北京5月31日电 国家副主席王明远31日在北京会见老挝国会副主席坎赛·西萨及其夫人。\n"
    found = _events(extract, text, "2016-05-31")
    assert ("meeting", "王明远", "坎赛·西萨", "CHN", "2016-05-31", "reported") in found


# -- a visit recalled from before the trip told --------------------------------------------------------------


def test_a_meeting_during_the_trip_is_not_dated_by_a_visit_recalled_from_last_year(extract):
    text = ("新加坡国务资政陈文德24日起到中国进行6天访问。这是陈文德首次以国务资政身份访问中国，他上次到中国是去年3月，"
            "以总理身份访华。陈文德在北京期间将与中国国家副主席王明远会面。\n")
    meetings = of_kind(_events(extract, text, "2024-11-25"), "meeting")
    assert [(e[1], e[2], e[3]) for e in meetings] == [("陈文德", "王明远", "CHN")]
    assert meetings[0][4].startswith("2024-11")


def test_the_next_leg_of_a_tour_is_where_the_meetings_after_it_are(extract):
    # must not fire: a later leg told after the first is the trip "访问期间" goes on about
    text = ("中联部副部长李文涛6日至8日访问越南。9日至11日，李文涛访问老挝。访问期间，会见了老挝人民革命党中央书记处"
            "书记坎赛·西萨。\n")
    found = _events(extract, text, "2024-11-25")
    assert ("meeting", "李文涛", "坎赛·西萨", "LAO", "2024-11-09", "reported") in found
