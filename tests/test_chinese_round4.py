"""Chinese readouts, round 4: two hosts who 分别会见 one guest, a tour's stops told "在甲地会见……，在乙地与……
举行会谈", a visit told in a relative clause before the clause's own verb ("同……专程来访的……举行会谈"), whose
envoy someone is ("作为甲特使"), who came along ("陪同……访越的有"), a name written between a body and its post
("美大部某某副主任"), an invitation in a later clause, 通话 as a call, and 商定 as a plan.

Every sentence here is invented in the genre (Xinhua, 中新社, 越通社, 越南之声, a friendship association's own
readout); the names are made up. Each test reads the fields a user reads.
"""

from readout_rows import zh_events as _events
from readout_rows import zh_people as _people


def test_two_hosts_who_separately_meet_one_guest_each_meet_him(extract):
    text = ("新华社达卡3月10日电 孟加拉国人民联盟总书记卡迪尔和民族党主席哈桑10日在达卡分别会见了"
            "中共中央党校副校长周明远率领的中共友好代表团。\n")
    found = _events(extract, text, "2025-03-11")
    meetings = [(e[1], e[2], e[3], e[4]) for e in found if e[0] == "meeting"]
    assert ("卡迪尔", "周明远", "BGD", "2025-03-10") in meetings
    assert ("哈桑", "周明远", "BGD", "2025-03-10") in meetings
    assert not any({e[1], e[2]} == {"卡迪尔", "哈桑"} for e in found)  # the two hosts did not meet each other


def test_with_two_people_separately_still_pairs_the_subject_with_each(extract):
    text = ("（越南之声）应俄罗斯国家杜马邀请，中国全国人大常委会副委员长周明远5日至8日对俄罗斯进行正式友好访问，"
            "在圣彼得堡会见总统彼得罗夫，在莫斯科与国家杜马主席伊万诺夫、联邦委员会主席斯米尔诺娃分别举行会谈。\n")
    found = _events(extract, text, "2025-06-09")
    assert ("visit", "周明远", "", "RUS", "2025-06-05", "reported") in [
        (e[0], e[1], "", e[3], e[4], e[5]) for e in found if e[0] == "visit"]
    met = {(e[1], e[2], e[3]) for e in found if e[0] == "meeting"}
    assert met == {("周明远", "彼得罗夫", "RUS"), ("周明远", "伊万诺夫", "RUS"), ("周明远", "斯米尔诺娃", "RUS")}


def test_a_visit_told_in_a_relative_clause_leaves_the_clause_its_meeting(extract):
    text = ("中新社北京2月4日电 2月4日，中联部部长陈立新在北京同作为越共中央总书记阮文山特使专程来访的"
            "越共中央政治局委员、外交部长黎光荣举行会谈。\n")
    found = _events(extract, text, "2026-02-04")
    assert ("meeting", "陈立新", "黎光荣", "CHN", "2026-02-04", "reported") in found
    assert ("visit", "黎光荣", "", "CHN", "2026-02-04", "reported") in found
    assert not any("阮文山" in (e[1], e[2]) for e in found)  # whose envoy he is is no side
    assert "专程" not in _people(extract, text, "2026-02-04")


def test_a_call_between_leaders_is_no_meeting_in_a_place(extract):
    text = ("新华社北京2月4日电 黎光荣表示，越共十四大后，王文明总书记与阮文山总书记第一时间通话，"
            "为两党关系指明方向。\n")
    found = _events(extract, text, "2026-02-04")
    calls = [(e[2], e[3]) for e in found if e[0] == "meeting"]
    assert calls == [("阮文山", "")]
    assert "第一" not in _people(extract, text, "2026-02-04")


def test_who_came_along_on_a_visit_is_no_visitor(extract):
    text = ("越通社河内8月31日电 由中共中央政治局常委周明远率领的中国党政代表团已抵达河内，开始对越南进行正式访问。"
            "陪同周明远访越的有全国人大常委会秘书长李德平、外交部副部长张海涛等。\n")
    found = _events(extract, text, "2025-08-31")
    visitors = [e[1] for e in found if e[0] == "visit"]
    assert visitors == ["周明远"]


def test_a_name_between_a_body_and_its_post_is_who_meets(extract):
    text = ("6月4日，美大部王建军副主任会见了来华访问的智利国会参议员费尔南德斯一行。"
            "王建军副主任欢迎费尔南德斯到访友协，并邀请该组织组派代表团来华出席我会将于今年11月在武汉举办的论坛。\n")
    found = _events(extract, text, "2018-06-05")
    assert "王建军" in _people(extract, text, "2018-06-05")
    assert ("meeting", "王建军", "费尔南德斯", "CHN", "2018-06-04", "reported") in found
    visits = [(e[1], e[3], e[4]) for e in found if e[0] == "visit"]
    assert ("费尔南德斯", "CHN", "") in visits
    assert not any(e[0] == "visit" and e[4].startswith("2018-11") for e in found)  # an invitation, not a visit


def test_a_body_post_that_is_no_name(extract):
    text = "陪同访问的中联部副部长、中促会常务副会长李进华出席了会见。\n"
    assert "常务" not in _people(extract, text, "2024-05-01")


def test_a_trip_the_two_sides_agreed_on_is_planned(extract):
    text = ("今天下午，本会王平会长在京会见来访的太平洋岛国驻华代表阿塔先生，双方初步商定，"
            "在2011年3月前后共同组团访问太平洋岛国。\n")
    found = _events(extract, text, "2010-12-17")
    assert [e[5] for e in found if e[0] == "visit" and e[1] == "王平"] == ["planned"]


def test_the_stops_before_the_last_are_the_visitors_with_no_date_of_the_report(extract):
    text = ("中新社达卡9月26日电 全国政协副主席周明远26日率全国政协代表团抵达孟加拉国首都达卡，开始为期3天的友好访问。"
            "孟加拉国是代表团南亚三国之行的最后一站，此前他们访问了印度和尼泊尔。\n")
    found = _events(extract, text, "2007-09-27")
    assert ("visit", "周明远", "", "BGD", "2007-09-26", "reported") in found
    assert ("visit", "周明远", "", "IND|NPL", "", "reported") in found


# Review fixes (round 4, second pass): each sentence below broke a rule before its fix.

def test_laifang_before_hua_is_a_visit_to_china(extract):
    found = _events(extract, "越通社河内5月3日电 越共中央总书记黎文松将于5月10日来访华。\n", "2025-05-03")
    assert ("visit", "黎文松", "", "CHN", "2025-05-10", "planned") in found
    found = _events(extract, "新华社北京6月8日电 老挝人革党总书记坎平7日前来访华。\n", "2025-06-08")
    assert [(e[0], e[1], e[3], e[4]) for e in found if e[0] == "visit"] == [("visit", "坎平", "CHN", "2025-06-07")]


def test_an_interview_is_no_visit_to_china(extract):
    for word in ("采访中", "专访中", "走访中", "回访中"):
        text = (f"越通社河内3月2日电 越共中央政治局委员黎文松在接受中国媒体{word}，高度评价越中两党关系。"
                "他说，越方愿同中国加强交流。\n")
        assert not [e for e in _events(extract, text, "2025-03-02") if e[0] == "visit"], word


def test_a_short_form_after_a_visit_word_still_names_the_country(extract):
    text = "越通社河内3月2日电 越共中央对外部部长黎文松2日结束访老，返回河内。据悉，他在访老期间会见了老挝领导人。\n"
    assert any(e[0] == "visit" and e[3] == "LAO" for e in _events(extract, text, "2025-03-02"))


def test_zai_huaren_is_no_stay_in_china(extract):
    text = "马来西亚《星洲日报》吉隆坡4月5日讯 马华公会总会长林德明4日在华人社区访问，听取侨团意见。\n"
    assert not [e for e in _events(extract, text, "2025-04-05") if e[0] == "visit" and "CHN" in e[3]]


def test_zai_hua_still_places_a_visit_in_china(extract):
    text = "新华社北京4月5日电 老挝人革党中央书记处书记坎平4日结束在华访问，启程回国。\n"
    assert any(e[0] == "visit" and e[3] == "CHN" for e in _events(extract, text, "2025-04-05"))


def test_a_weekday_inside_a_given_name_is_no_date(extract):
    text = "新华社北京3月5日电 越共中央对外部部长黎文松在北京会见了中央党校教授周天明。\n"
    found = _events(extract, text, "2025-03-05")
    assert ("meeting", "黎文松", "周天明", "CHN", "2025-03-05", "reported") in found  # not a Sunday
    text = "新华社北京3月5日电 越共中央对外部部长黎文松在北京会见了中央党校教授周一鸣。\n"
    found = _events(extract, text, "2025-03-05")
    assert [(e[0], e[2], e[4]) for e in found if e[0] == "meeting"] == [("meeting", "周一鸣", "2025-03-05")]


def test_a_weekday_before_a_time_word_is_still_a_date(extract):
    text = "新华社北京3月7日电（周五） 中联部部长郑书航周三上午在北京会见了越共中央对外部部长黎文松。\n"
    found = _events(extract, text, "2025-03-07")
    assert ("meeting", "郑书航", "黎文松", "CHN", "2025-03-05", "reported") in found
    text = "（莫斯科18日綜合電）中共中央對外聯絡部長郑书航週一出訪海參崴，會見統一俄羅斯黨主席伊萬諾夫。\n"
    found = _events(extract, text, "2024-06-18")
    assert ("meeting", "郑书航", "伊萬諾夫", "RUS", "2024-06-17") in [e[:5] for e in found]


def test_a_rank_before_a_post_is_no_name(extract):
    text = "新华社北京6月8日电 中联部副部长郑书航8日会见了泰国驻华使馆高级参赞。\n"
    people = _people(extract, text, "2025-06-08")
    assert "高级" not in people and not any(p.startswith("高级") for p in people)
    text = "新华社北京6月8日电 中联部副部长郑书航会见了老挝驻华使馆政务参赞和经济参赞。\n"
    assert not _people(extract, text, "2025-06-08") & {"政务", "经济"}


def test_a_name_holding_zuo_is_not_cut(extract):
    text = "新华社北京6月8日电 中联部副部长郑书航8日会见了越南共产党代表团团长阮昨明。\n"
    assert "阮昨明" in _people(extract, text, "2025-06-08")


def test_earlier_with_a_pronoun_carries_the_subject_on(extract):
    text = ("新华社加德满都5月9日电 中共代表团团长郑书航9日在加德满都会见尼泊尔共产党主席普拉萨德。"
            "尼泊尔是此行的最后一站，之前他们访问了印度和孟加拉国。\n")
    found = _events(extract, text, "2025-05-09")
    assert ("visit", "郑书航", "", "IND|BGD", "", "reported") in found  # no date: only that it came before


def test_a_team_sent_is_no_delegation(extract):
    text = ("新华社北京6月8日电 中联部副部长郑书航8日会见了越共中央对外部部长黎文松。"
            "越方派团队参加了中方举办的培训班。\n")
    found = _events(extract, text, "2025-06-08")
    assert ("meeting", "郑书航", "黎文松", "CHN", "2025-06-08", "reported") in found


def test_a_trigger_that_makes_no_event_still_names_who_goes_on(extract):
    # the visit names no country, so it is no event, but its actor is whom the next sentence is about
    text = ("新华社万象3月5日电 应老挝人革党中央对外部部长坎平邀请，越共中央对外部部长黎文松3日至6日率团进行访问。"
            "访问期间，会见了老挝国家主席本米。\n")
    meetings = [e for e in _events(extract, text, "2025-03-05") if e[0] == "meeting"]
    assert [(e[1], e[2], e[3]) for e in meetings] == [("黎文松", "本米", "LAO")]
    assert "2025-03-03" <= meetings[0][4] <= "2025-03-06"
