"""Chinese readouts, round 8: constructions of the genre rather than of one set. A delegation named by a
region rather than a country ("欧洲社会党代表团", "拉美……考察团") comes from abroad; a group made up of
several parties may be described between its head and its name ("以甲为团长，由……组成的……考察团"); a body
holds a gathering ("中联部在北京举办……对话会"); a time framing a clause ("正当……之际") names no subject;
a correspondent's special dispatch ("中央社華盛頓10日專電") places and dates its story; a delegation meets
its hosts where they are at home.

Every sentence here is invented in the genre (Xinhua, People's Daily, idcpc.org.cn readouts, provincial
foreign-affairs offices, partner-country state media, Taiwan's wire); the names are made up. Each test reads
the fields a user reads.
"""

from readout_rows import zh_events as _events

ILD = "International Department of the Central Committee of the Communist Party of China"


# -- delegations named by a region, or described before their name ------------------------------------

def test_a_delegation_named_by_a_region_is_on_a_visit_where_it_is_met(extract):
    text = ("新华社北京4月8日电 中共中央对外联络部部长陈立新8日在北京会见以副主席马蒂亚斯·克莱因为团长的"
            "欧洲左翼党代表团。\n")
    found = _events(extract, text, "2025-04-09")
    assert ("meeting", "陈立新", "马蒂亚斯·克莱因", "CHN", "2025-04-08", "reported") in found
    assert ("visit", "马蒂亚斯·克莱因", "", "CHN", "", "reported") in found


def test_a_regional_group_met_with_no_place_said_is_received_in_china(extract):
    text = "4月8日，中联部副部长林海平会见了由主席安娜·罗西率领的欧洲议会社会民主党党团代表团一行。\n"
    found = _events(extract, text, "2025-04-09")
    assert ("meeting", "林海平", "安娜·罗西", "CHN", "2025-04-08", "reported") in found
    assert ("visit", "安娜·罗西", "", "CHN", "", "reported") in found


def test_a_regional_group_in_a_traditional_script_report_is_on_a_visit(extract):
    text = "新華社北京10月30日電 國家副主席王振華30日在北京會見了由主席卡爾·霍夫曼率領的歐洲議會綠黨黨團代表團。\n"
    found = _events(extract, text, "2025-10-31")
    assert ("visit", "卡爾·霍夫曼", "", "CHN", "", "reported") in found


def test_a_regional_group_received_in_a_provincial_capital_is_in_china(extract):
    text = "4月8日，江西省委书记王东林在南昌会见了由秘书长佩德罗·桑切斯率领的拉美左翼政党干部考察团。\n"
    found = _events(extract, text, "2025-04-09")
    assert ("meeting", "王东林", "佩德罗·桑切斯", "CHN", "2025-04-08", "reported") in found
    assert ("visit", "佩德罗·桑切斯", "", "CHN", "", "reported") in found


def test_a_group_described_between_its_head_and_its_name_is_on_a_visit(extract):
    text = ("6月20日，省委副书记赵明华在杭州会见了以秘鲁共产党总书记胡安·加西亚为团长，由秘鲁、智利、阿根廷、巴西、"
            "乌拉圭、巴拉圭、玻利维亚等7国9个政党领导人及其助手组成的拉美政党干部联合考察团。\n")
    found = _events(extract, text, "2025-06-21")
    assert ("meeting", "赵明华", "胡安·加西亚", "CHN", "2025-06-20", "reported") in found
    assert ("visit", "胡安·加西亚", "", "CHN", "", "reported") in found


def test_a_chinese_group_named_with_a_region_makes_no_visit(extract):
    """A bound of this round's rules (passes before them too): what they must not do."""
    text = "4月8日，中联部副部长林海平会见了由中国驻欧洲使节李明远率领的中国欧洲事务代表团。\n"
    found = _events(extract, text, "2025-04-09")
    assert not any(e[0] == "visit" for e in found)


def test_a_guest_said_to_be_visiting_china_is_on_a_visit(extract):
    text = "7月2日，中联部副部长林海平在北京会见正在中国访问的乌拉圭前总统何塞·门德斯。\n"
    found = _events(extract, text, "2025-07-03")
    assert ("meeting", "林海平", "何塞·门德斯", "CHN", "2025-07-02", "reported") in found
    assert ("visit", "何塞·门德斯", "", "CHN", "", "reported") in found


def test_a_guest_glad_to_visit_china_after_a_comma_is_the_visitor(extract):
    text = ("新华社北京5月29日电 中联部副部长林海平29日会见由主席卡琳·穆勒率领的欧洲绿党代表团。"
            "穆勒表示，很高兴在中共二十届四中全会后访问中国。\n")
    found = _events(extract, text, "2025-05-30")
    visits = [e for e in found if e[0] == "visit"]
    assert [(e[1], e[3]) for e in visits] == [("卡琳·穆勒", "CHN")]


# -- gatherings a body holds ------------------------------------------------------------------------------

def test_a_body_that_holds_a_forum_in_a_city_is_its_actor(extract):
    text = "中共中央对外联络部9月14日在北京举办第三届中国—拉美政党论坛。\n"
    found = _events(extract, text, "2025-09-15")
    assert found == [("summit", ILD, "第三届中国—拉美政党论坛", "CHN", "2025-09-14", "reported")]


def test_a_forum_held_with_its_date_opening_the_sentence_takes_that_date(extract):
    text = "10月17日，中共中央对外联络部在北京举办第四届中国—太平洋岛国政党对话会。\n"
    found = _events(extract, text, "2025-10-20")
    assert found == [("summit", ILD, "第四届中国—太平洋岛国政党对话会", "CHN", "2025-10-17", "reported")]


def test_a_forum_whose_name_is_quoted_is_held_where_the_body_holds_it(extract):
    text = "9月14日，中联部在福州举办“一带一路”政党对话会，来自30多个国家的政党领导人出席。\n"
    found = _events(extract, text, "2025-09-15")
    assert ("summit", ILD, "“一带一路”政党对话会", "CHN", "2025-09-14", "reported") in found


def test_a_forum_held_by_video_link_has_no_place(extract):
    text = "新华社北京5月29日电 中联部29日以视频连线方式举办第二届中国—中亚政党论坛。中亚五国政党领导人在线参会。\n"
    found = _events(extract, text, "2025-05-30")
    assert found == [("summit", ILD, "第二届中国—中亚政党论坛", "", "2025-05-29", "reported")]


def test_a_forum_the_party_holds_told_twice_is_one_row(extract):
    """A bound of this round's rules (passes before them too): what they must not do."""
    text = ("中国共产党首次举行中国共产党与拉美政党对话会，邀请拉美20多个国家的政党领导人齐聚北京。\n"
            "由中共中央对外联络部主办的中国共产党与拉美政党对话会，昨天起在北京举行。\n")
    summits = [e for e in _events(extract, text, "2025-06-11") if e[0] == "summit"]
    assert [(e[1], e[3], e[4]) for e in summits] == [(ILD, "CHN", "2025-06-10")]


def test_a_forum_held_by_a_body_and_attended_by_a_foreign_guest_is_the_guests(extract):
    """A bound of this round's rules (passes before them too): what they must not do."""
    text = ("新华社北京7月14日电 中联部14日在北京举办第二届中国—加勒比政党对话会。"
            "牙买加人民民族党总书记马克·约翰逊，巴巴多斯工党主席安·威廉斯等加勒比国家政党政要参会。\n")
    summits = [e for e in _events(extract, text, "2025-07-15") if e[0] == "summit"]
    assert [(e[1], e[3], e[4]) for e in summits] == [("马克·约翰逊", "CHN", "2025-07-14")]


def test_talks_two_sides_hold_are_no_gathering_the_body_holds(extract):
    """A bound of this round's rules (passes before them too): what they must not do."""
    text = "9月14日，中联部部长陈立新与越共中央对外部部长黎文山在北京举行第三次战略对话。\n"
    assert not any(e[0] == "summit" and e[1] == ILD for e in _events(extract, text, "2025-09-15"))


# -- a time framing the clause, anniversaries --------------------------------------------------------------

def test_a_person_in_a_framing_time_clause_is_not_the_subject(extract):
    text = "正当美国总统史密斯对古巴施压之际，中联部部长陈立新4日在北京会见古共中央政治局委员罗伯托·加西亚。\n"
    found = _events(extract, text, "2026-02-05")
    assert ("meeting", "陈立新", "罗伯托·加西亚", "CHN", "2026-02-04", "reported") in found
    assert not any(e[1] == "史密斯" for e in found)


def test_a_visit_framing_the_clause_leaves_the_meeting_after_it(extract):
    text = "在越共中央总书记阮文清即将访华之际，中联部部长陈立新4日在北京会见越南驻华大使范清平。\n"
    found = _events(extract, text, "2026-02-05")
    assert ("meeting", "陈立新", "范清平", "CHN", "2026-02-04", "reported") in found
    assert any(e[0] == "visit" and e[1] == "阮文清" and e[3] == "CHN" and e[5] == "planned" for e in found)


def test_a_meetings_anniversary_is_no_meeting_now(extract):
    text = "王东林表示，今年是王文明主席同阮文清总书记首次会晤5周年。\n"
    found = _events(extract, text, "2025-05-30")
    assert not any(e[0] == "meeting" for e in found)


# -- a correspondent's special dispatch --------------------------------------------------------------------

def test_a_special_dispatch_places_its_story_and_dates_its_today(extract):
    text = "中央社華盛頓10日專電 美國國務卿魯比歐今天在國務院會見中共中聯部長劉海星。\n"
    found = _events(extract, text, "2026-02-11")
    assert [(e[0], e[3], e[4]) for e in found] == [("meeting", "USA", "2026-02-10")]


def test_a_special_dispatchs_today_is_the_day_it_was_filed(extract):
    text = "中央社東京10日專電 日本自民黨幹事長森山裕今天在東京會見到訪的中共中聯部副部長孫海燕。\n"
    meeting = next(e for e in _events(extract, text, "2026-02-11") if e[0] == "meeting")
    assert (meeting[1], meeting[3], meeting[4]) == ("森山裕", "JPN", "2026-02-10")


# -- a delegation meets its hosts where they are -----------------------------------------------------------

def test_a_delegation_head_as_subject_meets_a_provincial_host_in_china(extract):
    text = ("越通社河内——11月5日上午，越共中央委员、海防市委书记黎文成率领的海防市代表团会见了广西壮族自治区党委常委、"
            "南宁市委书记陈刚。\n")
    found = _events(extract, text, "2025-11-06")
    assert ("meeting", "黎文成", "陈刚", "CHN", "2025-11-05", "reported") in found


def test_a_chinese_delegation_head_as_subject_meets_a_host_in_the_hosts_country(extract):
    text = "11月5日，中联部副部长林海平率领的中共代表团会见了老挝人革党中央书记处书记通坎·西萨万。\n"
    found = _events(extract, text, "2025-11-06")
    assert ("meeting", "林海平", "通坎·西萨万", "LAO", "2025-11-05", "reported") in found


def test_a_bare_word_for_the_delegation_is_the_one_named_before(extract):
    text = "越南河内市高级代表团对中国云南省进行工作访问。\n11月5日，代表团会见了云南省委常委、昆明市委书记刘洪建。\n"
    found = _events(extract, text, "2025-11-06")
    assert ("meeting", "越南河内市高级代表团", "刘洪建", "CHN", "2025-11-05", "reported") in found


def test_a_provincial_official_met_with_nothing_placing_it_is_at_home(extract):
    text = "11月5日，阮明德会见了广东省委常委、政法委书记张红。\n"
    found = _events(extract, text, "2025-11-06")
    assert found == [("meeting", "阮明德", "张红", "CHN", "2025-11-05", "reported")]


def test_a_foreign_official_meeting_a_provincial_secretary_is_not_placed_by_guess(extract):
    """A bound of this round's rules (passes before them too): what they must not do."""
    text = "老挝国家主席本米会见了贵州省委书记刘文华。\n"
    meeting = next(e for e in _events(extract, text, "2025-11-06") if e[0] == "meeting")
    assert meeting[3] == ""
