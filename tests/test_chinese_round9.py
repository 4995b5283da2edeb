"""Chinese readouts, round 9: constructions of the genre rather than of one set. A foreign guest met in China
with no delegation and no visiting word is on a visit; a meeting that goes on from an earlier one ("还会见了",
"访问期间") is where that one was; a headline's visit counts when the body's meetings are there; meetings told
as a habit ("多次会晤", "近年来……深入交流") make no event; party leaders met as a body are the counterpart;
"前往上述两国" visits the hosts' countries. Names: a body's own readout writes body, name, post ("外事委员会
甲副主任委员"); 申/济 in names by sound; an office (总统办公厅) is no one; a name in parts that opens like a
surname ("宋蓬·占塔拉"); consuls general, inspectors and chief negotiators are posts. A few tests guard what the
new rules must not do (an ambassador to China, a delegation's second leader, a party school, a headline's visit
elsewhere): they pass before and after.

Every sentence here is invented in the genre (Xinhua, People's Daily, idcpc.org.cn readouts, provincial
foreign-affairs offices, partner-country state media); the names are made up. Each test reads the fields a user
reads.
"""

from readout_rows import zh_events as _events
from readout_rows import zh_people as _people

# -- a foreign guest met in China ----------------------------------------------------------------------


def test_a_head_of_state_met_in_beijing_is_on_a_visit(extract):
    text = "新华社北京3月11日电 全国人大常委会委员长王振东11日在北京会见智利总统费尔南多·罗哈斯。\n"
    found = _events(extract, text, "2025-03-12")
    assert ("meeting", "王振东", "费尔南多·罗哈斯", "CHN", "2025-03-11", "reported") in found
    assert ("visit", "费尔南多·罗哈斯", "", "CHN", "", "reported") in found


def test_a_former_leader_met_by_the_ild_in_beijing_is_on_a_visit(extract):
    text = "3月11日，中共中央对外联络部部长陈立新在北京会见阿根廷前总统马里奥·奥尔蒂斯。\n"
    found = _events(extract, text, "2025-03-12")
    assert ("visit", "马里奥·奥尔蒂斯", "", "CHN", "", "reported") in found


def test_an_ambassador_to_china_makes_no_visit(extract):
    text = "新华社北京3月11日电 国家副主席刘振华11日在人民大会堂会见新任巴西驻华大使卡洛斯·门德斯。\n"
    found = _events(extract, text, "2025-03-12")
    assert ("meeting", "刘振华", "卡洛斯·门德斯", "CHN", "2025-03-11", "reported") in found
    assert not any(e[0] == "visit" for e in found)


def test_a_guest_whose_post_names_the_group_he_heads_is_on_a_visit(extract):
    text = ("新华社北京7月2日电 7月1日，中共中央政治局委员、外交部长赵明远在北京会见法塔赫副主席、"
            "代表团团长阿卜杜拉·萨米尔。\n")
    found = _events(extract, text, "2025-07-02")
    assert ("visit", "阿卜杜拉·萨米尔", "", "CHN", "", "reported") in found


def test_a_guest_of_a_delegation_headed_by_another_makes_no_visit_of_his_own(extract):
    text = ("新华社北京1月13日电 1月13日，中联部部长陈立新在京会见由自民党干事长山田一郎、公明党干事长"
            "中村健二率领的日本执政党代表团。\n")
    found = _events(extract, text, "2025-01-14")
    assert sum(1 for e in found if e[0] == "visit") <= 1


# -- a meeting going on from an earlier one ------------------------------------------------------------


def test_a_meeting_the_day_after_is_where_the_one_before_was(extract):
    text = ("4月18日，中联部副部长孙海平在拉马拉会见巴勒斯坦总理穆罕默德·萨利赫。"
            "19日，孙海平还会见了法塔赫中央委员阿卜杜拉·哈桑。\n")
    found = _events(extract, text, "2025-04-20")
    assert ("meeting", "孙海平", "穆罕默德·萨利赫", "PSE", "2025-04-18", "reported") in found
    assert ("meeting", "孙海平", "阿卜杜拉·哈桑", "PSE", "2025-04-19", "reported") in found


def test_a_meeting_during_a_delegations_visit_is_where_the_visit_is(extract):
    text = ("本报讯 9月6日，黎巴嫩总统米歇尔·哈达德在贝鲁特会见到访的全国政协副主席王立华率领的全国政协代表团。"
            "\n访问期间，王立华还会见了黎议长纳比·萨阿德。\n")
    found = _events(extract, text, "2025-09-08")
    assert any(e[:4] == ("meeting", "王立华", "纳比·萨阿德", "LBN") for e in found)


def test_a_headline_visit_is_the_trip_of_the_bodys_meetings(extract):
    text = "中国政府中东问题特使王海峰访问约旦\n\n7月1日，约旦副首相兼外交大臣萨米尔·纳赛尔在安曼会见王海峰。\n"
    found = _events(extract, text, "2025-07-01")
    assert ("meeting", "萨米尔·纳赛尔", "王海峰", "JOR", "2025-07-01", "reported") in found
    assert ("visit", "王海峰", "", "JOR", "", "reported") in found


def test_a_headline_visit_elsewhere_than_the_meetings_makes_no_event(extract):
    text = "中国政府中东问题特使王海峰访问约旦\n\n7月1日，王海峰在北京会见约旦驻华大使萨米尔·纳赛尔。\n"
    found = _events(extract, text, "2025-07-01")
    assert not any(e[0] == "visit" and e[3] == "JOR" for e in found)


# -- habits, leaders met as a body, the hosts' countries -------------------------------------------------


def test_meetings_told_as_a_habit_make_no_event(extract):
    text = "陈立新说，中南传统友谊源远流长。近年来，王文明主席同马塔巴内总统多次成功会晤，为两国关系发展作出规划。\n"
    found = _events(extract, text, "2025-05-10")
    assert not any(e[0] == "meeting" for e in found)


def test_exchanges_in_recent_years_make_no_meeting(extract):
    text = "李国华表示，近年来，王文明主席同法鲁克总统就双边关系、多边合作深入交流，为中埃关系发展提供遵循。\n"
    found = _events(extract, text, "2025-05-10")
    assert not any(e[0] == "meeting" for e in found)


def test_party_leaders_met_as_a_body_are_the_counterpart(extract):
    text = "新华社开罗4月19日电 4月18日，中联部副部长孙海平在开罗与埃及主要政党领导人会面时说，中方重视埃方。\n"
    found = _events(extract, text, "2025-04-20")
    assert ("meeting", "孙海平", "埃及主要政党领导人", "EGY", "2025-04-18", "reported") in found


def test_a_party_school_is_no_leaders_met(extract):
    text = "7月18日，许国平同湖南省委党校负责人座谈。\n"
    found = _events(extract, text, "2025-07-19")
    assert not any("党校" in e[2] for e in found)


def test_a_trip_to_the_above_named_countries_visits_the_hosts_countries(extract):
    text = ("新华社北京6月1日电 应阿塞拜疆新阿塞拜疆党、格鲁吉亚议会邀请，中共中央委员、甘肃省委书记李永清"
            "率中共代表团1日离京前往上述两国进行友好访问。\n")
    found = _events(extract, text, "2025-06-02")
    visits = [e for e in found if e[0] == "visit" and e[1] == "李永清"]
    assert visits and set(visits[0][3].split("|")) == {"AZE", "GEO"}


def test_a_trip_named_by_a_china_friendship_body_does_not_visit_china(extract):
    text = ("新华社北京6月7日电 应芬兰中间党、瑞典议会中国友好协会邀请，中共贵州省委常委、组织部长孙立新"
            "率中共友好代表团7日离京前往上述两国进行友好访问。\n")
    found = _events(extract, text, "2025-06-08")
    visits = [e for e in found if e[0] == "visit"]
    assert visits and set(visits[0][3].split("|")) == {"FIN", "SWE"}


# -- names ----------------------------------------------------------------------------------------------


def test_a_body_its_staff_name_and_post_then_agreeing_to_meet(extract):
    text = "6月1日，全国政协外事委员会赵国强副主任委员应约会见了哈萨克斯坦驻华大使努尔兰·别克。\n"
    found = _events(extract, text, "2025-06-02")
    assert ("meeting", "赵国强", "努尔兰·别克", "CHN", "2025-06-01", "reported") in found


def test_a_staff_member_named_before_his_post_receives_a_delegation_at_home(extract):
    text = ("10月24日上午，全国人大外事委员会周明华副主任委员应约在全国人大机关办公楼会见了由卢森堡议会"
            "法律委员会主席马克·舒尔茨率领的卢森堡多党代表团。\n")
    found = _events(extract, text, "2025-10-25")
    assert ("meeting", "周明华", "马克·舒尔茨", "CHN", "2025-10-24", "reported") in found
    assert ("visit", "马克·舒尔茨", "", "CHN", "", "reported") in found


def test_names_by_sound_with_shen_and_ji(extract):
    text = "北京市委书记李国华在明斯克会见白俄罗斯总统卢卡申科、总统办公厅主任克鲁托夫。\n"
    assert _people(extract, text, "2025-09-24") == {"李国华", "卢卡申科", "克鲁托夫"}
    found = _events(extract, text, "2025-09-24")
    assert ("meeting", "李国华", "卢卡申科", "BLR", "2025-09-24", "reported") in found
    assert ("meeting", "李国华", "克鲁托夫", "BLR", "2025-09-24", "reported") in found


def test_a_country_inside_a_longer_one_is_no_name(extract):
    text = "新华社塔什干6月30日电 6月29日，乌兹别克斯坦总统米尔济约耶夫在塔什干会见上海市委书记王国清。\n"
    assert _people(extract, text, "2025-07-01") == {"米尔济约耶夫", "王国清"}
    found = _events(extract, text, "2025-07-01")
    assert ("meeting", "Shavkat Mirziyoyev", "王国清", "UZB", "2025-06-29", "reported") in found


def test_a_presidential_office_is_no_one(extract):
    text = ("新华社明斯克9月23日电 应白俄罗斯总统办公厅邀请，中央纪委副书记王建国于9月20日至23日率中共代表团"
            "对白俄罗斯进行友好访问，在明斯克分别会见白俄罗斯总理罗曼·戈洛夫琴科、总统办公厅主任伊戈尔·谢尔盖耶夫。\n")
    found = _events(extract, text, "2025-09-24")
    assert not any("办公厅" in e[2] for e in found)
    assert any(e[:3] == ("meeting", "王建国", "伊戈尔·谢尔盖耶夫") for e in found)


def test_a_consul_general_named_in_parts_after_his_post(extract):
    text = "6月1日，老挝驻广州总领事宋蓬·占塔拉会见广东省副省长黄德明。\n"
    assert "宋蓬·占塔拉" in _people(extract, text, "2025-06-02")
    found = _events(extract, text, "2025-06-02")
    assert ("meeting", "宋蓬·占塔拉", "黄德明", "CHN", "2025-06-01", "reported") in found


def test_an_inspector_of_the_ild_is_a_person(extract):
    text = "6月1日，中联部二级巡视员刘明德陪同会见。\n"
    assert _people(extract, text, "2025-06-02") == {"刘明德"}


def test_a_chief_negotiator_is_a_person(extract):
    text = "8日，王海峰还会见了巴勒斯坦解放组织执行委员会秘书长、巴方首席谈判代表哈立德。\n"
    assert "哈立德" in _people(extract, text, "2025-07-09")


def test_a_city_official_receives_a_delegation_in_changzhou(extract):
    text = "11月5日下午，市委副书记周林在常州会见了越共中央民运部副部长阮文清一行。\n"
    found = _events(extract, text, "2025-11-06")
    assert ("meeting", "周林", "阮文清", "CHN", "2025-11-05", "reported") in found


def test_people_listed_after_a_comma_and_yiji_are_each_met(extract):
    text = ("8日，中联部副部长王海峰还会见了巴方首席谈判代表哈立德，以及法塔赫中央委员沙阿斯，"
            "阿拉法特基金会主席基德瓦等巴方官员。\n")
    found = _events(extract, text, "2025-07-09")
    assert {e[2] for e in found if e[0] == "meeting" and e[1] == "王海峰"} == {"哈立德", "沙阿斯", "基德瓦"}


def test_a_signing_that_dates_the_clause_is_no_act_of_its_subject(extract):
    text = ("中新社北京7月24日电 7月23日，外交部长赵明远在巴勒斯坦各派签署《北京宣言》之前，会见法塔赫副主席"
            "阿卜杜拉·萨米尔。\n")
    found = _events(extract, text, "2025-07-24")
    assert not any(e[0] == "agreement" for e in found)
    assert ("meeting", "赵明远", "阿卜杜拉·萨米尔", "CHN", "2025-07-23", "reported") in found
