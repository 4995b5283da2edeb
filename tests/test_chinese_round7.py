"""Chinese readouts, round 7: constructions of the genre rather than of one set. A delegation met where
it travelled is on a visit there ("会见由甲率领的……代表团", "会见以甲为团长的……代表团一行", "会见了……乙一行"
abroad, "会见来访的……代表团"), and such a visit takes no days from the trip told before it.

Every sentence here is invented in the genre (Xinhua, People's Daily, idcpc.org.cn readouts, provincial
foreign-affairs offices, partner-country state media); the names are made up. Each test reads the fields a
user reads.
"""

from readout_rows import zh_events as _events


def test_a_delegation_met_by_its_head_is_on_a_visit_where_it_is_met(extract):
    text = "新华社北京3月5日电 中联部副部长林海平5日会见由越共中央委员、中央对外部副部长阮文光率领的越共干部考察团。\n"
    found = _events(extract, text, "2025-03-06")
    assert ("meeting", "林海平", "阮文光", "CHN", "2025-03-05", "reported") in found
    assert ("visit", "阮文光", "", "CHN", "", "reported") in found


def test_a_chinese_delegation_met_abroad_is_on_a_visit_there(extract):
    text = "新华社万象10月1日电 10月1日，老挝人革党中央总书记通坎·西萨万会见了由中联部副部长林海平率领的中共代表团。\n"
    found = _events(extract, text, "2025-10-02")
    assert ("meeting", "通坎·西萨万", "林海平", "LAO", "2025-10-01", "reported") in found
    assert ("visit", "林海平", "", "LAO", "", "reported") in found
    assert not any(e[0] == "visit" and e[1] == "通坎·西萨万" for e in found)


def test_a_provincial_secretary_and_his_party_met_abroad_are_on_a_visit(extract):
    text = "尼泊尔共产党（联合马列）主席夏尔马·奥利6月5日在加德满都会见了四川省委书记李明远一行。\n"
    found = _events(extract, text, "2025-06-06")
    assert ("visit", "李明远", "", "NPL", "", "reported") in found


def test_a_delegation_led_by_its_head_as_团长_is_on_a_visit(extract):
    text = "新华社北京3月5日电 中联部部长陈立新5日会见以总书记阮文光为团长的越南共产党代表团一行。\n"
    found = _events(extract, text, "2025-03-06")
    assert ("visit", "阮文光", "", "CHN", "", "reported") in found


def test_a_chinese_official_met_at_home_makes_no_visit(extract):
    text = "新华社北京3月5日电 中联部部长陈立新5日会见江苏省委书记王东林一行。\n"
    found = _events(extract, text, "2025-03-06")
    assert not any(e[0] == "visit" for e in found)


def test_a_delegation_met_during_a_trip_keeps_the_trips_days_for_later_meetings(extract):
    text = ("应南非非国大邀请，3月10日至14日，浙江省委书记周建国率中共代表团访问南非。\n"
            "3月11日，南非总统姆贝基·恩科西会见周建国率领的中共代表团。\n"
            "访问期间，周建国还分别会见了南非副总统塔博·马塞科和非国大总书记西里尔·洛贝。\n")
    found = _events(extract, text, "2025-03-20")
    meetings = [e for e in found if e[0] == "meeting" and e[1] == "周建国"]
    assert {e[2] for e in meetings} == {"塔博·马塞科", "西里尔·洛贝"}
    assert all(e[4] == "2025-03-10" and e[3] == "ZAF" for e in meetings)


def test_a_meeting_told_as_recent_spans_the_month_before_the_report(extract):
    text = "日前，云南省委书记刘光明在昆明会见了缅甸联邦巩固与发展党副主席吴丹温一行。\n"
    meeting = next(e for e in extract(text, "2025-06-10")["events"] if e["kind"] == "meeting")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"]) == ("刘光明", "吴丹温", "CHN")
    assert (meeting["start"], meeting["end"], meeting["date_basis"]) == ("2025-05-11", "2025-06-10", "document date")


def test_a_recent_meeting_under_a_dateline_ends_on_the_day_filed(extract):
    text = "新华社北京6月9日电 近日，中联部部长陈立新会见了缅甸联邦巩固与发展党副主席吴丹温。\n"
    meeting = next(e for e in extract(text, "2025-06-12")["events"] if e["kind"] == "meeting")
    assert (meeting["start"], meeting["end"]) == ("2025-05-10", "2025-06-09")


def test_a_stated_day_is_kept_though_the_sentence_says_recently(extract):
    text = "近日，中联部部长陈立新6月2日会见了缅甸联邦巩固与发展党副主席吴丹温。\n"
    meeting = next(e for e in extract(text, "2025-06-10")["events"] if e["kind"] == "meeting")
    assert (meeting["start"], meeting["end"]) == ("2025-06-02", "2025-06-02")


def test_a_visit_to_our_province_written_by_the_provinces_office_is_in_china(extract):
    text = "7月5日，由老挝琅南塔省委书记西塔冯率领的老挝人革党干部考察团访问我省。\n"
    visits = [e for e in _events(extract, text, "2025-07-07") if e[0] == "visit"]
    assert [(e[1], e[3], e[4]) for e in visits] == [("西塔冯", "CHN", "2025-07-05")]


def test_a_delegation_touring_our_city_is_in_china(extract):
    text = "越共中央宣教部代表团于7月5日至8日对我市进行了考察访问。\n"
    visits = [e for e in _events(extract, text, "2025-07-09") if e[0] == "visit"]
    assert [(e[3], e[4]) for e in visits] == [("CHN", "2025-07-05")]


def test_a_head_who_accepted_a_meeting_is_met_by_whom_received_him(extract):
    text = "越南共产党干部考察团团长阮文光一行18日在长沙接受了湖南省委书记王东林的会见。\n"
    found = _events(extract, text, "2025-07-20")
    assert ("meeting", "王东林", "阮文光", "CHN", "2025-07-18", "reported") in found
    assert not any(e[0] == "meeting" and e[1] == "阮文光" for e in found)


def test_meetings_on_a_tour_of_two_countries_are_each_in_the_country_of_whom_is_met(extract):
    text = ("3月10日至14日，浙江省委书记周建国率中共代表团访问老挝和越南，分别会见老挝人革党中央总书记通坎·西萨万和"
            "越共中央总书记阮文强。\n")
    found = _events(extract, text, "2025-03-15")
    assert ("visit", "周建国", "", "LAO|VNM", "2025-03-10", "reported") in found
    meetings = {e[2]: e[3] for e in found if e[0] == "meeting"}
    assert meetings == {"通坎·西萨万": "LAO", "阮文强": "VNM"}


def test_the_opening_ceremony_of_a_gathering_told_as_held_is_that_gathering_attended(extract):
    text = "第三届中非政党论坛3日在北京开幕。中联部部长陈立新出席开幕式并致辞。\n"
    summits = [e for e in _events(extract, text, "2025-07-05") if e[0] == "summit"]
    assert summits == [("summit", "陈立新", "第三届中非政党论坛", "CHN", "2025-07-03", "reported")]


def test_attending_a_session_with_canhui_is_attending_the_gathering_held(extract):
    # a minister the reference lists know, so that the test is about the verb, not about reading a new name
    text = "新华社北京11月26日电 中国共产党同东南亚国家政党对话会26日在南宁举行。中联部部长林海川参会并讲话。\n"
    summits = [e for e in _events(extract, text, "2025-11-27") if e[0] == "summit"]
    assert [(e[1], e[3], e[4]) for e in summits] == [("林海川", "CHN", "2025-11-26")]


def test_a_ceremony_with_no_gathering_told_makes_no_event(extract):
    text = "中联部部长陈立新出席开幕式并致辞。\n"
    assert [e for e in _events(extract, text, "2025-07-05") if e[0] == "summit"] == []


def test_an_ambassador_posted_abroad_meets_where_he_is_posted(extract):
    text = "驻南非大使王刚5月20日会见了南非共产党总书记索利·马帕拉。\n"
    found = _events(extract, text, "2025-05-22")
    assert found == [("meeting", "王刚", "索利·马帕拉", "ZAF", "2025-05-20", "reported")]


def test_a_chinese_ambassadors_courtesy_call_is_in_the_country_of_his_post(extract):
    text = "中国驻老挝大使李晓红20日拜会老挝人革党中央对外部部长通沙万。\n"
    found = _events(extract, text, "2025-05-22")
    assert [(e[0], e[1], e[2], e[3]) for e in found] == [("meeting", "李晓红", "通沙万", "LAO")]


def test_an_ambassador_to_china_met_is_still_met_in_china(extract):
    text = "中联部副部长林海平20日会见了新任巴基斯坦驻华大使阿赫迈德·汗。\n"
    found = _events(extract, text, "2025-05-22")
    assert [(e[0], e[3]) for e in found] == [("meeting", "CHN")]


def test_who_is_accompanied_is_not_who_visits(extract):
    text = ("以越共中央宣教部副部长范文光为团长的越共中央宣教部代表团一行5人，在中宣部办公厅副主任张朝明陪同下，"
            "于11月23日至25日对我市进行了考察访问。\n")
    visits = [e for e in _events(extract, text, "2013-11-26") if e[0] == "visit"]
    assert [(e[1], e[3], e[4]) for e in visits] == [("范文光", "CHN", "2013-11-23")]


def test_a_delegation_whose_country_opens_its_name_is_on_a_visit_where_it_is_met(extract):
    text = "新华社北京7月16日电 中联部部长陈立新16日会见了由党首山田太郎率领的日本民主党代表团。\n"
    found = _events(extract, text, "2014-07-17")
    assert ("visit", "山田太郎", "", "CHN", "", "reported") in found


def test_a_host_receives_a_delegation_from_elsewhere_at_home(extract):
    text = ("2月3日在党中央总部，越共中央委员、中央经济部部长黎文庭亲切会见了由中国国务院发展研究中心副主任"
            "张立新为团长的中国共产党友好代表团。\n")
    found = _events(extract, text, "2015-02-04")
    assert ("meeting", "黎文庭", "张立新", "VNM", "2015-02-03", "reported") in found
    assert ("visit", "张立新", "", "VNM", "", "reported") in found


def test_a_warm_meeting_keeps_its_adverb_out_of_the_name(extract):
    text = "新华社北京5月6日电 国家主席陈明亮热情会见了越南国会主席阮文光。\n"
    found = _events(extract, text, "2015-05-07")
    # a guest met in China is on a visit there (round 9)
    assert [(e[0], e[1], e[2]) for e in found] == [("meeting", "陈明亮", "阮文光"), ("visit", "阮文光", "")]


def test_a_mainland_group_received_in_hong_kong_makes_no_visit(extract):
    text = "中评社香港6月8日电 中联办主任周建明在办内会见了福建省政协副主席黄志强一行。\n"
    assert not any(e[0] == "visit" for e in _events(extract, text, "2018-06-09"))


def test_a_delegation_no_one_is_named_to_lead_visits_as_written(extract):
    text = "中新网上海10月29日电 应中国海外交流协会邀请，澳新华人参政访问团于26日抵沪进行访问。\n"
    visits = [e for e in _events(extract, text, "2012-10-29") if e[0] == "visit"]
    assert [(e[1], e[3], e[4]) for e in visits] == [("澳新华人参政访问团", "CHN", "2012-10-26")]


def test_a_group_a_party_says_it_will_send_is_no_visitor_by_name(extract):
    text = "缅甸民盟发言人吴丁温说，6月该党还将派团前往中国访问。\n"
    assert not any(e[0] == "visit" and "派团" in e[1] for e in _events(extract, text, "2013-05-15"))


def test_a_meeting_told_only_as_the_time_of_speaking_is_a_meeting_of_who_speaks(extract):
    text = ("新华社北京3月5日电 5日，在会见由越共中央委员阮文光率领的越共代表团时，中联部部长陈立新表示，"
            "中方愿同越方加强交流。\n")
    found = _events(extract, text, "2025-03-06")
    assert ("meeting", "陈立新", "阮文光", "CHN", "2025-03-05", "reported") in found


def test_a_meeting_restated_as_the_time_of_speaking_is_told_once(extract):
    text = ("新华社北京3月5日电 中联部部长陈立新5日会见由越共中央委员阮文光率领的越共代表团。"
            "在会见越共代表团时，陈立新表示，中方愿同越方加强交流。\n")
    meetings = [e for e in _events(extract, text, "2025-03-06") if e[0] == "meeting"]
    assert [(e[1], e[2], e[4]) for e in meetings] == [("陈立新", "阮文光", "2025-03-05")]


def test_a_gathering_told_with_its_verb_before_its_name_is_the_one_a_session_attends(extract):
    text = ("新华社南宁11月26日电 11月26日，中联部和广西壮族自治区党委在南宁共同举办中国共产党同东南亚国家政党对话会。"
            "中联部部长林海川参会并讲话。\n")
    summits = [e for e in _events(extract, text, "2025-11-27") if e[0] == "summit"]
    assert [(e[1], e[2], e[3], e[4]) for e in summits] == [
        ("林海川", "中国共产党同东南亚国家政党对话会", "CHN", "2025-11-26")]


def test_a_head_named_before_a_relative_clause_leads_the_delegation_received_at_home(extract):
    text = ("2月3日，越共中央经济部部长黎文庭会见了由中国国务院发展研究中心副主任张立新为团长从2月3日至7日对越南"
            "进行工作访问的中国共产党友好代表团。\n")
    found = _events(extract, text, "2015-02-04")
    assert ("meeting", "黎文庭", "张立新", "VNM", "2015-02-03", "reported") in found


def test_a_group_that_accepted_a_meeting_is_met_by_its_head_named_later(extract):
    text = ("中新网长沙7月19日电 正在湖南考察的越南共产党干部考察团一行，18日晚间在长沙接受了湖南省委常委、"
            "宣传部长张丽华的亲切会见。考察团团长、越共中央委员阮文光对湖南的热情接待表示感谢。\n")
    meetings = [e for e in _events(extract, text, "2025-07-19") if e[0] == "meeting"]
    assert [(e[1], e[2], e[3], e[4]) for e in meetings] == [("张丽华", "阮文光", "CHN", "2025-07-18")]
