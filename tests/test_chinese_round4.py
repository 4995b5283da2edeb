"""Chinese readouts, round 4: two hosts who 分别会见 one guest, a tour's stops told "在甲地会见……，在乙地与……
举行会谈", a visit told in a relative clause before the clause's own verb ("同……专程来访的……举行会谈"), whose
envoy someone is ("作为甲特使"), who came along ("陪同……访越的有"), a name written between a body and its post
("美大部某某副主任"), an invitation in a later clause, 通话 as a call, and 商定 as a plan.

Every sentence here is invented in the genre (Xinhua, 中新社, 越通社, 越南之声, a friendship association's own
readout); the names are made up. Each test reads the fields a user reads.
"""


def _events(extract, text, published):
    return [(e["kind"], e["actor"], e["counterpart"], e["places"], e["start"], e["status"])
            for e in extract(text, published)["events"]]


def _people(extract, text, published):
    return {m["text"] for m in extract(text, published)["mentions"] if m["kind"] == "person"}


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
    text = ("新华社北京2月4日电 黎光荣表示，越共十四大后，习近平总书记与阮文山总书记第一时间通话，"
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
