"""Chinese readouts, round 3: a delegation welcomed to come, an official pointed back to ("这名……官员"),
short forms read against the report's own countries ("访塞"), weekdays, reported speech opened by
透露/宣布/称, "在与乙会谈中", a delegation met "与……访问团", 来访/到访大陆, a royal's rank after a name,
nouns made of verbs ("访华的消息", "会谈的结果"), a body that 派团, and "甲会与乙会面".

Every sentence here is invented in the genre (Xinhua, People's Daily, 中新社, 星洲日报, 柬华日报,
中评社, overseas wires); the names are made up. Each test reads the fields a user reads.
"""

from readout_rows import zh_events as _events
from readout_rows import zh_people as _people


def test_a_delegation_a_host_welcomes_to_come_is_who_visits(extract):
    text = ("会见\n\n新华社北京3月4日电 3月4日，中联部部长周明远在京会见由日本自民党干事长山本一郎、公明党干事长"
            "田中次郎率领的日本执政党代表团。周明远欢迎日本代表团来华出席中日执政党交流机制会议。\n")
    found = _events(extract, text, "2025-03-04")
    visits = [e for e in found if e[0] == "visit"]
    assert [(e[1], e[3]) for e in visits] == [("田中次郎", "CHN")]
    assert not any(e[0] == "visit" and e[1] == "周明远" for e in found)
    assert ("meeting", "周明远", "山本一郎", "CHN", "2025-03-04", "reported") in found


def test_a_post_written_with_converted_and_unconverted_characters_is_still_a_post(extract):
    text = "會見\n\n新華社北京3月4日電 中聯部部長周明遠4日在京會見日本自民黨干事長山本一郎。\n"
    assert ("meeting", "周明遠", "山本一郎", "CHN", "2025-03-04", "reported") in _events(extract, text, "2025-03-04")


def test_this_official_stands_for_the_person_the_report_just_named(extract):
    text = ("代表团访华\n\n朝中社称，由劳动党国际部部长金光哲率领的劳动党代表团已于周四抵达北京。"
            "据中国官方媒体报道，这名朝鲜高级官员会见了中共中央政治局常委周明远以及中联部部长陈立新。"
            "陈立新在会见金光哲时，就加强党际交往深入交换意见。\n")
    found = _events(extract, text, "2024-03-22")  # a Friday
    assert ("visit", "金光哲", "", "CHN", "2024-03-21", "reported") in found
    meetings = [(e[1], e[2], e[3]) for e in found if e[0] == "meeting"]
    assert meetings == [("金光哲", "周明远", "CHN"), ("金光哲", "陈立新", "CHN")]


def test_a_short_form_names_the_one_country_of_the_report_it_starts(extract):
    text = ("访问\n\n新华社贝尔格莱德5月22日电 应塞尔维亚前进党邀请，中共中央政治局委员、北京市委书记周明远率中共代表团"
            "于5月20日至21日访塞。其间，周明远会见塞前进党主席、总理彼得罗维奇。\n")
    found = _events(extract, text, "2024-05-23")
    assert ("visit", "周明远", "Serbian Progressive Party", "SRB", "2024-05-20", "reported") in found
    assert any(e[0] == "meeting" and e[2] == "彼得罗维奇" and e[3] == "SRB" for e in found)


def test_a_short_form_after_dui_and_a_word_that_only_looks_like_one(extract):
    text = ("会见\n\n11月20日，中联部部长周明远在北京会见尼泊尔共产党（联合马列）副主席普拉萨德。"
            "普拉萨德表示，王文明主席2017年对尼国事访问具有里程碑意义。"
            "周明远在接受访谈，说明中尼两党交往情况。\n")
    found = _events(extract, text, "2024-11-20")
    assert ("visit", "王文明", "", "NPL", "2017", "reported") in found
    assert not any(e[0] == "visit" and e[1] == "周明远" for e in found)


def test_weekdays_count_from_the_report_and_a_month_ago_is_no_january(extract):
    text = ("访问\n\n（莫斯科18日综合电）中联部部长周明远週一出访海参崴，会见统一俄罗斯党主席彼得罗夫。"
            "一月前的4月5日至11日，周明远曾访问古巴。\n")
    found = _events(extract, text, "2024-06-18")  # a Tuesday
    assert ("visit", "周明远", "", "RUS", "2024-06-17", "reported") in found
    assert ("meeting", "周明远", "彼得罗夫", "RUS", "2024-06-17", "reported") in found
    assert ("visit", "周明远", "", "CUB", "2024-04-05", "reported") in found


def test_a_weekday_a_monday_paper_plans_is_the_coming_one(extract):
    text = "访华\n\n乌拉圭总统卡瓦略昨抵北京。卡瓦略预计週二在北京会见国家主席王文明。\n"
    found = _events(extract, text, "2026-02-02")  # a Monday
    assert ("meeting", "卡瓦略", "王文明", "CHN", "2026-02-03", "planned") in found


def test_who_discloses_or_announces_is_no_side_of_what_is_told(extract):
    text = ("访华\n\n另据外交部发言人陈立新此前透露，缅甸民盟主席杜拉敏此行将和中国领导人举行会谈。"
            "巴基斯坦人民联盟秘书长阿里·汗12日在伊斯兰堡宣布，该党将派团于14日前往中国访问。"
            "阿里·汗表示，由该党主席卡里姆·汗率领的5人代表团将前往中国访问。\n")
    found = _events(extract, text, "2008-09-13")
    assert not any("陈立新" in e[1:3] for e in found)
    visits = [e for e in found if e[0] == "visit"]
    assert [(e[1], e[3], e[4], e[5]) for e in visits] == [("卡里姆·汗", "CHN", "2008-09-14", "planned")]


def test_a_meeting_told_inside_the_subjects_clause_is_the_subjects(extract):
    text = ("（沙登21日讯）华总总会长丹斯里林文华对目前访华的国家元首苏丹阿兹兰在与中国国家主席王文明会谈中"
            "发出邀请，表示热切期待。\n")
    found = _events(extract, text, "2024-09-21")
    assert ("visit", "苏丹阿兹兰", "", "CHN", "2024-09-21", "reported") in found
    assert any(e[:4] == ("meeting", "苏丹阿兹兰", "王文明", "CHN") for e in found)
    assert not any(e[0] == "meeting" and e[1] == "林文华" for e in found)


def test_talks_with_a_delegation_meet_its_head_and_a_trip_to_the_mainland_is_to_china(extract):
    text = ("会见\n\n中新社上海九月十七日电 中共中央政治局委员、上海市委书记周明远十七日晚在此间会见了中国国民党"
            "台北市委员会访问团一行。访问团团长林志成表示，此行印象深刻。"
            "在会见之前，中共上海市委副书记陈立新受周明远委托，与中国国民党台北市委员会访问团，就两市交流举行会谈。"
            "会见中，周明远说，二00五年连战主席首次到访大陆，今年吴伯雄主席也来访大陆。"
            "林志成接下来访问南京。\n")
    found = _events(extract, text, "2008-09-18")
    assert ("meeting", "陈立新", "林志成", "CHN", "2008-09-17", "reported") in found
    assert ("visit", "连战", "", "CHN", "2005", "reported") in found
    assert ("visit", "吴伯雄", "", "CHN", "2008", "reported") in found
    assert "陈立新" in _people(extract, text, "2008-09-18")
    assert not any(e[0] == "meeting" and e[2] == "周明远" for e in found)


def test_a_royal_rank_and_a_modal_end_a_name_and_de_starts_none(extract):
    text = ("会见\n\n【本报消息】奉辛比克党主席沙旺亲王在金边会见中国社会科学院院长周明远率领的中共代表团一行。"
            "届时缅甸反对派领袖杜拉敏可能将展开第一次访华之旅。"
            "中越之间的高层往来，总是把领导人的党内职务放在前面，这次访华也不例外。\n")
    found = _events(extract, text, "2017-12-26")
    assert ("meeting", "沙旺", "周明远", "KHM", "2017-12-26", "reported") in found
    assert {"沙旺", "杜拉敏"} <= _people(extract, text, "2017-12-26")
    assert not any(side.endswith(("亲王", "可能")) or side.startswith("的") for e in found for side in e[1:3])


def test_nouns_made_of_verbs_are_no_acts(extract):
    text = ("访华\n\n杜拉敏访华的消息最早于6月5日发布在中联部网站上。"
            "周明远通报了王文明主席和美国总统约翰逊会谈的结果。"
            "访华的民盟代表团中没有杜拉敏。\n")
    assert _events(extract, text, "2015-06-11") == []


def test_a_meeting_a_speaker_says_is_ahead_is_planned_and_on_the_trip(extract):
    text = ("访华\n\n缅甸民盟主席杜拉敏10日下午抵达北京，开始为期5天的访华。"
            "民盟发言人则具体指出，杜拉敏会与中国国家主席王文明会面。\n")
    found = _events(extract, text, "2015-06-11")
    assert ("visit", "杜拉敏", "", "CHN", "2015-06-10", "reported") in found
    assert any(e[:4] == ("meeting", "杜拉敏", "王文明", "CHN") and e[5] == "planned" for e in found)


def test_talks_joined_on_by_yu_happen_where_the_clause_before_placed_its_meeting(extract):
    text = ("会见\n\n5月3日上午，新疆维吾尔自治区党委书记周明远在阿斯塔纳会见哈萨克总理别克耶夫，"
            "与哈第一副总理努尔兰举行工作会谈。\n")
    found = _events(extract, text, "2016-05-11")
    assert ("meeting", "周明远", "别克耶夫", "KAZ", "2016-05-03", "reported") in found
    assert ("meeting", "周明远", "努尔兰", "KAZ", "2016-05-03", "reported") in found
