"""Chinese readouts: delegations named apart from their heads, repeats of one event, hosts listed
together, dates in Chinese numerals, and the words that only restate a meeting.

Every sentence here is invented in the genre (Xinhua, People's Daily, 中新社, idcpc.org.cn); the
names are made up or public officials' in made-up acts. Each test reads the fields a user reads.
"""

from readout_rows import zh_events as _events


def test_a_delegation_named_alone_stands_for_the_head_named_in_a_later_sentence(extract):
    text = ("会见\n\n新华社北京3月4日电 3月4日，全国政协副主席周明远在北京会见了墨西哥州友好访华团一行。"
            "访华团团长、墨西哥州议员加西亚表示，愿深化两地交流。\n")
    assert _events(extract, text, "2024-03-05") == [
        ("meeting", "周明远", "加西亚", "CHN", "2024-03-04", "reported")]


def test_a_delegation_as_the_subject_of_a_visit_is_its_head(extract):
    text = ("会见\n\n9日下午，全国政协副主席周明远在北京会见由主席维拉斯科率领的秘鲁青年领袖代表团。"
            "秘鲁青年领袖代表团是应中国人民外交学会邀请于6日开始访华的。\n")
    found = _events(extract, text, "2024-05-10")
    assert ("meeting", "周明远", "维拉斯科", "CHN", "2024-05-09", "reported") in found
    assert ("visit", "维拉斯科", "", "CHN", "2024-05-06", "reported") in found
    assert len(found) == 2


def test_a_delegation_with_no_head_named_stands_for_itself(extract):
    text = "会见\n\n5月8日，国务院侨办主任周明远在北京会见了旧金山宁阳会馆访华团一行。\n"
    [(kind, actor, counterpart, places, start, _)] = _events(extract, text, "2024-05-09")
    assert (kind, actor, places, start) == ("meeting", "周明远", "CHN", "2024-05-08")
    assert counterpart.startswith("旧金山宁阳会馆访华团")


def test_an_event_told_twice_is_one_row_and_two_days_are_two_events(extract):
    told_twice = ("会见\n\n新华社北京6月3日电 6月3日，中联部部长林海川在北京会见古巴共产党中央委员莫拉莱斯。"
                  "中联部当天发布消息称，林海川在北京会见了莫拉莱斯，双方交换了意见。\n")
    assert _events(extract, told_twice, "2025-06-04") == [
        ("meeting", "林海川", "莫拉莱斯", "CHN", "2025-06-03", "reported"),
        ("visit", "莫拉莱斯", "", "CHN", "", "reported")]  # a guest met in China is on a visit there (round 9)
    two_days = ("会见\n\n6月3日，中联部部长林海川在北京会见古巴共产党中央委员莫拉莱斯。"
                "6月5日，林海川在上海再次会见莫拉莱斯。\n")
    assert [e[4] for e in _events(extract, two_days, "2025-06-06") if e[0] == "meeting"] == ["2025-06-03", "2025-06-05"]


def test_who_sat_in_on_a_meeting_did_not_hold_one(extract):
    text = ("会见\n\n7月2日，全国政协主席周明远在人民大会堂会见了智利参议长桑切斯。"
            "外交学会会长吴建新、外交部副部长李成参加了会见。国务院侨办主任郭平会见时在座。\n")
    found = _events(extract, text, "2024-07-03")
    # a guest met in China is on a visit there (round 9)
    assert [(e[0], e[1], e[2]) for e in found] == [("meeting", "周明远", "桑切斯"), ("visit", "桑切斯", "")]


def test_a_dateline_in_chinese_numerals_dates_today_and_a_day_in_numerals_is_read(extract):
    text = ("会见\n\n新华社北京九月十五日电 全国政协主席周明远今天上午在人民大会堂会见了秘鲁前总理梅尔加。\n")
    assert _events(extract, text, "1998-09-16") == [
        ("meeting", "周明远", "梅尔加", "CHN", "1998-09-15", "reported"),
        ("visit", "梅尔加", "", "CHN", "", "reported")]  # a guest met in China is on a visit there (round 9)
    arrival = ("访台\n\n【中新社台北二月十六日电】应中国国民党邀请，中共福州市委书记周明远十六日率团抵台，"
               "展开为期五天的参访。\n")
    found = _events(extract, arrival, "2012-02-17")
    assert [(e[0], e[1], e[3], e[4]) for e in found] == [("visit", "周明远", "TWN", "2012-02-16")]


def test_a_day_only_dateline_dates_but_does_not_place(extract):
    text = ("会见\n\n（中央社台北8日电）韩国媒体报道，中联部部长林海川预计本周将与美国国务卿柯林斯会面。\n")
    [event] = extract(text, "2025-01-08")["events"]
    got = (event["kind"], event["counterpart"], event["places"], event["status"])
    assert got == ("meeting", "柯林斯", "", "planned")


def test_who_is_welcomed_on_a_visit_is_the_visitor(extract):
    text = ("会见\n\n新华社北京4月2日电 全国政协主席周明远今天在人民大会堂会见了乌拉圭前总统梅迪纳。"
            "周明远对梅迪纳时隔十年再次访华表示欢迎。\n")
    visits = [e for e in _events(extract, text, "2024-04-02") if e[0] == "visit"]
    assert [(e[1], e[3]) for e in visits] == [("梅迪纳", "CHN")]


def test_hosts_listed_before_the_verb_each_meet_and_guests_listed_after_with_are_met(extract):
    hosts = ("会见\n\n新华社北京5月9日电 国务院总理周明远、国务委员吴建新今天在人民大会堂会见了"
             "由团长佐藤一郎率领的日本经济界代表团。\n")
    found = _events(extract, hosts, "1985-05-09")
    assert {(e[1], e[2]) for e in found if e[0] == "meeting"} == {("周明远", "佐藤一郎"), ("吴建新", "佐藤一郎")}
    assert [(e[1], e[3]) for e in found if e[0] == "visit"] == [("佐藤一郎", "CHN")]  # the delegation met in Beijing
    guests = ("访华\n\n8月18日，越共中央总书记黎山抵达北京，与王文明总书记举行会谈，"
              "并分别同总理李华、委员长钱明会面。\n")
    meetings = {(e[1], e[2]) for e in _events(extract, guests, "2024-08-19") if e[0] == "meeting"}
    # Those 同 brings are whom the subject meets: none of them becomes a host of the others.
    assert frozenset({"黎山", "李华"}) in {frozenset(m) for m in meetings}
    assert not [m for m in meetings if "钱明" in m and "黎山" not in m]


def test_a_head_named_with_his_post_before_wei_tuanzhang_and_no_name_after_a_post_and_a_place(extract):
    text = ("会见\n\n4月22日下午，致公党中央常务副主席周明远在北京会见了以陈振华总会长为团长的全美侨团访问团。"
            "本会李平会长在京会见了投资代表。\n")
    rows = extract(text, "2019-04-23")
    assert ("meeting", "周明远", "陈振华") in {(e["kind"], e["actor"], e["counterpart"]) for e in rows["events"]}
    assert "在京" not in {m["text"] for m in rows["mentions"] if m["kind"] == "person"}


def test_attending_together_and_the_same_day_told_again(extract):
    text = ("出席\n\n3月5日，中联部部长林海川与老挝人革党中央书记处书记坎潘共同出席第三届中老政党理论研讨会并致辞。"
            "当天下午，林海川在万象会见老挝国会主席赛宋蓬。\n")
    found = _events(extract, text, "2025-03-08")
    assert {(e[0], e[1], e[4]) for e in found if e[0] == "summit"} == {
        ("summit", "林海川", "2025-03-05"), ("summit", "坎潘", "2025-03-05")}
    assert ("meeting", "林海川", "赛宋蓬", "LAO", "2025-03-05", "reported") in found


def test_a_sentence_closing_shi_de_is_no_visitor_named_after_the_verb(extract):
    text = ("会见\n\n10日，外交学会会长周明远在北京会见由党主席罗德里格斯率领的巴拿马民主革命党代表团。"
            "代表团是应外交学会邀请于8日来华访问的。\n")
    visits = [e for e in _events(extract, text, "2024-06-11") if e[0] == "visit"]
    assert visits == [("visit", "罗德里格斯", "", "CHN", "2024-06-08", "reported")]


def test_a_visit_dated_by_its_arrival_places_the_visitors_meeting_days_later(extract):
    text = ("访问\n\n老挝人革党中央书记处书记坎潘5日率团赴北京，开始对中国的访问。"
            "7日，坎潘将与中联部部长林海川会面。\n")
    found = _events(extract, text, "2025-03-05")
    assert ("visit", "坎潘", "", "CHN", "2025-03-05", "reported") in found
    assert ("meeting", "坎潘", "林海川", "CHN", "2025-03-07", "planned") in found
    later = ("访问\n\n老挝人革党中央书记处书记坎潘5日率团赴北京。20日，坎潘将与中联部部长林海川会面。\n")
    [meeting] = [e for e in _events(extract, later, "2025-03-05") if e[0] == "meeting"]
    assert meeting[3] == ""


def test_a_stop_on_the_programme_is_meeting_whom_it_names(extract):
    text = ("访台\n\n中共福州市委书记周明远率参访团10日下午抵达台湾，展开5天参访，"
            "傍晚首场行程是与国民党副主席林德华见面。\n")
    found = _events(extract, text, "2016-05-11")
    assert ("meeting", "周明远", "林德华", "TWN", "2016-05-10", "reported") in found


def test_many_delegations_have_no_one_head_and_a_span_of_ten_days_is_no_date(extract):
    text = ("会见\n\n5月8日，中联部部长林海川在北京会见了由党主席莫拉莱斯率领的古巴共产党代表团。"
            "当天，林海川还会见了出席论坛的各国代表团。该团历时十日走访三省。\n")
    found = _events(extract, text, "2025-05-09")
    assert [(e[0], e[2], e[4]) for e in found if e[0] == "meeting"] == [("meeting", "莫拉莱斯", "2025-05-08")]
    assert [(e[0], e[1], e[4]) for e in found if e[0] == "visit"] == [("visit", "莫拉莱斯", "")]  # met in Beijing


def test_days_in_chinese_numerals_with_ten_and_not_spans():
    from liaison.extract.zh_dates import find_zh_dates
    from liaison.load.dates import PartialDate

    anchor = PartialDate(2012, 2, 17)
    read = {text: [(d[2], d[3].iso()) for d in find_zh_dates(text, anchor)]
            for text in ("市长十六日率团抵台", "新华社二十九日讯", "历时十日", "为期十日", "访问三日")}
    assert read == {"市长十六日率团抵台": [("十六日", "2012-02-16")], "新华社二十九日讯": [("二十九日", "2012-01-29")],
                    "历时十日": [], "为期十日": [], "访问三日": []}
