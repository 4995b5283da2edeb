"""Chinese readouts, round 6: where a gathering is when the dateline is a Chinese wire's home desk, a
visit framing its sentence that places what follows or names its own visitor ("在越南国家主席甲对中国进行
国事访问期间，乙会见了……"), an embassy of one country in another ("对越南驻华大使馆进行访问"), words that
are no names ("大使馆消息", "对于", "即将", "兼……部"), a royal named before her rank ("……太后"), a transit
stop ("过境新加坡会见"), a guest come to Shanghai or a province by its one-character name ("抵沪", "来晋").

Every sentence here is invented in the genre (Xinhua, 越通社, an embassy's readout, 中新网, provincial and
overseas Chinese press); the names are made up, except one leader the reference lists know (that is what the
test is about). Each test reads the fields a user reads.
"""

from readout_rows import zh_events as _events
from readout_rows import zh_people as _people


def test_a_foreign_leaders_gathering_told_from_beijing_is_not_placed_in_china(extract):
    text = "新华社北京5月10日电 越共中央总书记阮文山10日出席越共十四大筹备会议。\n"
    summits = [e for e in _events(extract, text, "2025-05-11") if e[0] == "summit"]
    assert [(e[1], e[3]) for e in summits] == [("阮文山", "")]


def test_a_chinese_leaders_gathering_told_from_beijing_is_placed_there(extract):
    text = "新华社北京5月10日电 中联部部长陈立新10日出席亚洲政党专题会议并致辞。\n"
    summits = [e for e in _events(extract, text, "2025-05-11") if e[0] == "summit"]
    assert [(e[1], e[3]) for e in summits] == [("陈立新", "CHN")]


def test_a_gathering_announced_by_a_spokesman_takes_no_place_from_the_dateline(extract):
    text = "新华社北京5月10日电 外交部发言人周明远10日宣布，国务院总理陈立新将出席东亚合作领导人系列会议。\n"
    summits = [e for e in _events(extract, text, "2025-05-11") if e[0] == "summit"]
    assert [(e[1], e[3], e[5]) for e in summits] == [("陈立新", "", "planned")]


def test_a_framing_visit_places_the_hosts_talks_in_the_country_visited(extract):
    text = "越通社5月10日电 在对中国进行国事访问期间，中国国家主席周明远同越南国家主席阮文山举行会谈。\n"
    found = _events(extract, text, "2025-05-11")
    assert ("meeting", "周明远", "阮文山", "CHN", "2025-05-10", "reported") in found
    assert not any(e[0] == "visit" and e[1] == "周明远" for e in found)


def test_a_frame_naming_its_own_visitor_leaves_the_next_verb_to_whom_follows(extract):
    text = "新华社北京5月10日电 在越南国家主席阮文山对中国进行国事访问期间，中联部部长陈立新会见了越南外长黎怀山。\n"
    found = _events(extract, text, "2025-05-11")
    assert ("visit", "阮文山", "", "CHN", "2025-05-10", "reported") in found
    assert ("meeting", "陈立新", "黎怀山", "CHN", "2025-05-10", "reported") in found
    assert not any(e[0] == "meeting" and e[1] == "阮文山" for e in found)


def test_an_embassy_of_one_country_in_china_is_visited_in_china(extract):
    text = ("越通社北京9月20日电 9月20日上午，由越南河静省副主席黎文光同志率领的越南工作团对越南驻华大使馆"
            "进行了访问。\n")
    visits = [e for e in _events(extract, text, "2025-09-21") if e[0] == "visit"]
    assert [(e[1], e[3]) for e in visits] == [("黎文光", "CHN")]


def test_an_embassys_byline_is_no_name_before_its_ambassador(extract):
    text = "中国驻越南大使馆消息 5月10日，何建平大使会见越南外长黎怀山。\n"
    found = _events(extract, text, "2025-05-11")
    assert [(e[0], e[1], e[2]) for e in found] == [("meeting", "何建平", "黎怀山")]
    assert "馆消息" not in _people(extract, text, "2025-05-11")


def test_duiyu_and_jijiang_around_a_name_are_no_names(extract):
    text = ("（金边讯）对于洪明达总理即将于1月20日至23日对中国进行的正式访问，中国驻柬埔寨大使周文山表示，"
            "中方高度重视。\n")
    people = _people(extract, text, "2019-01-17")
    assert "洪明达" in people and "于洪明达" not in people
    visits = [e for e in _events(extract, text, "2019-01-17") if e[0] == "visit"]
    assert [(e[1], e[3], e[5]) for e in visits] == [("洪明达", "CHN", "planned")]


def test_a_royal_named_before_her_rank_meets_the_ambassador(extract):
    text = ("中新网金边12月21日电 当地时间12月20日，莫尼卡太后向前来拜会的中国驻柬大使周文山表示，"
            "愿继续推动柬中友好合作。\n")
    assert "莫尼卡" in _people(extract, text, "2018-12-21")
    found = _events(extract, text, "2018-12-21")
    assert ("meeting", "莫尼卡", "周文山", "KHM", "2018-12-20", "reported") in found


def test_the_royal_palace_is_no_person(extract):
    text = "中新网金边12月21日电 当地时间12月20日，柬埔寨国王西哈尼在王宫会见了中国驻柬大使周文山。\n"
    assert "王宫" not in _people(extract, text, "2018-12-21")
    found = _events(extract, text, "2018-12-21")
    assert [(e[0], e[1], e[2]) for e in found] == [("meeting", "西哈尼", "周文山")]


def test_a_transit_stop_places_the_meeting_and_a_second_post_is_no_name(extract):
    text = ("7月14日上午，中联部部长陈立新过境新加坡会见新加坡总理公署部长兼教育部、外交部第二部长林文光。\n")
    found = _events(extract, text, "2023-07-15")
    assert [(e[0], e[2], e[3]) for e in found] == [("meeting", "林文光", "SGP")]


def test_arriving_in_shanghai_by_its_short_name_is_a_visit_to_china(extract):
    text = "中新网上海10月27日电 应中国海外交流协会邀请，泰国前副总理陈明达一行26日抵沪进行访问。\n"
    visits = [e for e in _events(extract, text, "2012-10-27") if e[0] == "visit"]
    assert [(e[1], e[3], e[4]) for e in visits] == [("陈明达", "CHN", "2012-10-26")]


def test_a_guest_come_to_a_province_for_a_gathering_is_on_a_visit_there(extract):
    text = ("8月11日，省委书记王国强在长治会见了率团来晋出席“中国—东盟文化周”活动的老挝国会副主席坎平·赛宋一行。\n")
    found = _events(extract, text, "2024-08-12")
    assert ("meeting", "王国强", "坎平·赛宋", "CHN", "2024-08-11", "reported") in found
    assert any(e[0] == "visit" and e[1] == "坎平·赛宋" and e[3] == "CHN" for e in found)


def test_a_day_range_written_with_dao_or_in_chinese_numerals_dates_the_visit(extract):
    text = "（金边讯）柬埔寨首相洪明达将于今年1月20到23日对中国进行正式访问。\n"
    visits = [e for e in _events(extract, text, "2019-01-17") if e[0] == "visit"]
    assert [(e[1], e[3], e[4]) for e in visits] == [("洪明达", "CHN", "2019-01-20")]
    text = "中新社汕头九月七日电 泰国前国会主席陈明达率代表团一行于六日至八日访问汕头。\n"
    visits = [e for e in _events(extract, text, "2009-09-08") if e[0] == "visit"]
    assert [(e[1], e[3], e[4]) for e in visits] == [("陈明达", "CHN", "2009-09-06")]


def test_a_malaysian_honorific_of_a_wife_opens_her_name(extract):
    text = "出席者包括大马华总中委拿督李文华、吴添明夫人潘斯里何美娟，以及麻坡公会会长拿督黄国明等。\n"
    assert {"李文华", "何美娟", "黄国明"} <= _people(extract, text, "2025-01-03")


def test_the_chinese_head_of_a_delegation_met_in_china_is_not_on_a_visit(extract):
    text = "新华社北京5月10日电 国家主席周明远10日会见了中联部部长陈立新率领的中共代表团。\n"
    assert not any(e[0] == "visit" for e in _events(extract, text, "2025-05-11"))


def test_thanks_for_a_warm_reception_is_no_meeting(extract):
    text = ("中国侨网12月28日电 12月27日上午，上海市侨联主席沈明会见了马来西亚中华大会堂总会总会长、中国侨联顾问"
            "方天明先生为团长的代表团一行。\n方天明感谢上海侨联的热情接待，他向沈明介绍了总会的主要工作。\n")
    meetings = [e for e in _events(extract, text, "2016-12-28") if e[0] == "meeting"]
    assert [(e[1], e[2], e[4]) for e in meetings] == [("沈明", "方天明", "2016-12-27")]


def test_a_local_papers_dateline_places_a_talk_told_with_jiaoliu_shi(extract):
    text = ("（吉隆坡24日讯） 华总会长丹斯里方天明是今午在华总大厦与沈阳市政协主席韩东明领导的访问团交流时，"
            "发表上述谈话。\n")
    found = _events(extract, text, "2018-10-24")
    assert [(e[0], e[1], e[2], e[3], e[4]) for e in found] == [("meeting", "方天明", "韩东明", "MYS", "2018-10-24"),
                                                           ("visit", "韩东明", "", "MYS", "")]  # the group led abroad


def test_a_wires_day_dateline_still_places_nothing(extract):
    text = "中央社台北8日电 国民党副主席陈明达今天在台北会见来访的日本众议员山田太郎。\n"
    assert all(e[3] in ("", "TWN") for e in _events(extract, text, "2024-03-08"))


def test_exchanges_strengthened_are_no_meeting(extract):
    text = "（吉隆坡24日讯） 方天明表示，马华公会愿同中国共产党加强交流，深化合作。\n"
    assert not any(e[0] == "meeting" for e in _events(extract, text, "2018-10-24"))


def test_a_visit_told_as_the_topic_of_a_press_conference_is_the_guests(extract):
    text = ("（金边讯）中国驻柬埔寨大使周文山于1月16日下午在使馆召开记者会，就中柬关系和洪明达总理即将于本周末访华"
            "接受媒体联合采访。\n")
    visits = [e for e in _events(extract, text, "2019-01-17") if e[0] == "visit"]
    assert [(e[1], e[3], e[5]) for e in visits] == [("洪明达", "CHN", "planned")]


def test_who_meets_together_with_the_subject_is_no_one_met(extract):
    text = "新华社北京5月10日电 中联部部长陈立新与副部长王建国一起会见了越共代表团团长黎文山。\n"
    meetings = {(e[1], e[2]) for e in _events(extract, text, "2025-05-11") if e[0] == "meeting"}
    assert meetings == {("陈立新", "黎文山"), ("王建国", "黎文山")}


def test_an_ambassador_to_china_met_by_his_own_countrys_minister_is_not_placed_in_china(extract):
    text = "越通社5月10日电 越南外长黎怀山10日会见即将离任的越南驻华大使范清平。\n"
    found = _events(extract, text, "2025-05-11")
    assert [(e[0], e[1], e[2], e[3]) for e in found] == [("meeting", "黎怀山", "范清平", "")]
    text = "新华社5月10日电 外交部长周明远10日会见新任越南驻华大使范清平。\n"
    found = _events(extract, text, "2025-05-11")
    assert [(e[0], e[1], e[2], e[3]) for e in found] == [("meeting", "周明远", "范清平", "CHN")]


def test_a_visit_ending_before_setting_out_for_the_next_codes_both(extract):
    text = "新华社河内5月10日电 中联部部长陈立新10日结束对越南的访问，启程前往老挝。\n"
    visits = {(e[1], e[3]) for e in _events(extract, text, "2025-05-11") if e[0] == "visit"}
    assert visits == {("陈立新", "VNM"), ("陈立新", "LAO")}


def test_setting_out_for_the_airport_is_no_visit(extract):
    text = "新华社北京5月10日电 越共中央总书记阮文山10日启程前往机场，乘专机回国。\n"
    assert not any(e[0] == "visit" for e in _events(extract, text, "2025-05-11"))


def test_a_gathering_named_by_two_closing_words_keeps_both(extract):
    text = "新华社北京5月10日电 中联部部长陈立新10日出席亚洲政党国际会议年会并致辞。\n"
    summits = [e for e in _events(extract, text, "2025-05-11") if e[0] == "summit"]
    assert [(e[1], e[2]) for e in summits] == [("陈立新", "亚洲政党国际会议年会")]


def test_a_foreign_leader_the_reference_knows_is_not_placed_at_the_beijing_desk(extract):
    text = "新华社北京5月10日电 俄罗斯总统普京10日出席金砖国家峰会并发表讲话。\n"
    summits = [e for e in _events(extract, text, "2025-05-11") if e[0] == "summit"]
    assert [(e[2], e[3]) for e in summits] == [("金砖国家峰会", "")]
