"""Chinese readouts, round 11: constructions of the genre rather than of one set, in simplified and in
traditional script (provincial papers, Vietnamese, Cambodian and Hong Kong Chinese-language press).

- "甲代表省委省政府对乙一行来桂……表示欢迎": who is welcomed is who visits, also with words between the
  speaker and 对; "对甲率团访越表示欢迎" is a visit by the country's short form before 表示.
- "感谢甲在百忙之中会见……" thanks for a meeting; it tells none of its own.
- "省委书记甲，省委副书记、省长乙在哈尔滨会见……": two hosts each with their posts, set apart by a comma,
  both meet ("甲，乙分别会见了……" too).
- Two meetings of the same two people in two places ("在乌鲁木齐……会谈" and "3月在阿斯塔纳会见") are two.
- A paper's bare 昨 ("甲昨在北京会见……") is the day before publication.
- A local paper's dateline with no day ("(金边讯)") places what the lead tells.
- The gathering a guest came to attend, told in the words that describe the guest ("会见率团出席……活动的
  甲", "会见了前来出席……大会的乙") or after the welcomed visit ("欢迎甲来华出席……论坛"), is the guest's
  gathering, where the guest was met; "出席在撒马尔罕举行的……会议" is placed where it was held.
- "甲和乙成功互访" is two visits, each to the other's country.
- A delegation met "与以甲为团长的土耳其……代表团举行会谈" is on a visit where it is met.

Every sentence here is invented in the genre; the names are made up. Each test reads the fields a user
reads. Five guard what the new rules must leave alone (a comma before a name with no post, a delegation welcomed
to a forum, a Chinese ambassador listed after a guest, a wire's dateline day, a Chinese school's delegation met at
home): they pass before and after; the other 37 failed before.
"""
from readout_rows import zh_events as _events

# -- whom a host welcomes: the one who visits -------------------------------------------------------------


def test_welcome_on_behalf_of_a_body_is_the_guests_visit(extract):
    text = ("4月21日，自治区党委书记陈明在南宁会见越南祖国阵线中央副主席阮文山。陈明代表自治区党委、政府对阮文山"
            "一行来桂参加友好交流活动表示欢迎。\n")
    visits = [e for e in _events(extract, text, "2025-04-22") if e[0] == "visit"]
    assert [(e[1], e[3]) for e in visits] == [("阮文山", "CHN")]


def test_welcome_on_behalf_of_a_province_in_traditional_script(extract):
    text = ("4月18日下午，省委書記王明遠在哈爾濱會見俄羅斯濱海邊疆區州長科熱米亞科一行。王明遠代表省委省政府"
            "對科熱米亞科訪問黑龍江表示歡迎。\n")
    visits = [e for e in _events(extract, text, "2023-04-19") if e[0] == "visit"]
    assert visits and all(e[1] == "科熱米亞科" and e[3] == "CHN" for e in visits)


def test_a_welcomed_visit_by_a_countrys_short_form_before_biaoshi(extract):
    text = ("9月10日下午，广西壮族自治区主席周建华在越南河内拜会越南国会主席黎文山。黎文山对周建华率领广西代表团"
            "访越表示欢迎。\n")
    found = _events(extract, text, "2010-09-11")
    assert ("meeting", "周建华", "黎文山", "VNM", "2010-09-10", "reported") in found
    assert [(e[1], e[3]) for e in found if e[0] == "visit"] == [("周建华", "VNM")]


# -- thanks for a meeting --------------------------------------------------------------------------------


def test_thanks_for_being_received_tells_no_second_meeting(extract):
    text = ("9月10日下午，广西壮族自治区主席周建华在越南河内拜会越南国会主席黎文山。周建华首先感谢黎文山主席在"
            "百忙之中会见广西代表团。\n")
    meetings = [e for e in _events(extract, text, "2010-09-11") if e[0] == "meeting"]
    assert [(e[1], e[2], e[4]) for e in meetings] == [("周建华", "黎文山", "2010-09-10")]


# -- two hosts set apart by a comma ------------------------------------------------------------------------


def test_two_hosts_each_with_posts_split_by_a_comma_both_meet(extract):
    text = ("4月18日下午，省委书记、省人大常委会主任王明远，省委副书记、省长李红梅在哈尔滨会见俄罗斯滨海边疆区"
            "州长科热米亚科一行。\n")
    meetings = [e for e in _events(extract, text, "2023-04-19") if e[0] == "meeting"]
    assert [(e[1], e[2], e[3], e[4]) for e in meetings] == [
        ("王明远", "科热米亚科", "CHN", "2023-04-18"), ("李红梅", "科热米亚科", "CHN", "2023-04-18")]


def test_two_foreign_hosts_split_by_a_comma_each_meet_the_delegation(extract):
    text = ("中联部副部长王建国率中共代表团访问越南。越共中央政治局委员、河内市委书记陈文光，越南副总理、外交部长"
            "阮青山分别会见了王建国。\n")
    meetings = [(e[1], e[2], e[3]) for e in _events(extract, text, "2024-08-30") if e[0] == "meeting"]
    assert ("陈文光", "王建国", "VNM") in meetings
    assert ("阮青山", "王建国", "VNM") in meetings


def test_a_comma_before_a_name_with_no_post_joins_no_one(extract):
    text = "4月18日下午，省委书记王明远，李红梅在哈尔滨会见俄罗斯滨海边疆区州长科热米亚科一行。\n"
    meetings = [e for e in _events(extract, text, "2023-04-19") if e[0] == "meeting"]
    assert [e[1] for e in meetings] == ["王明远"]


# -- the same two people met in two places -------------------------------------------------------------


def test_meetings_of_the_same_pair_in_two_places_are_two(extract):
    text = ("10月18日下午，哈萨克斯坦总统托列巴耶夫到访新疆。\n自治区党委书记马建新在乌鲁木齐与托列巴耶夫举行工作"
            "会谈。\n今年3月底，马建新率团出访哈萨克斯坦，并在阿斯塔纳会见哈萨克斯坦总统托列巴耶夫。\n")
    meetings = sorted((e[3], e[4][:7]) for e in _events(extract, text, "2023-10-20") if e[0] == "meeting")
    assert [m[0] for m in meetings] == ["CHN", "KAZ"]
    assert ("KAZ", "2023-03") in meetings


# -- 昨 and a dateline with no day ----------------------------------------------------------------------------


def test_a_bare_zuo_is_the_day_before_publication(extract):
    text = "外交部长周立新昨在北京会见了丹麦外交大臣汉森。\n"
    found = _events(extract, text, "2025-10-17")
    assert ("meeting", "周立新", "汉森", "CHN", "2025-10-16", "reported") in found


def test_a_bare_zuo_in_traditional_script(extract):
    text = "大陸外交部長周立新昨在北京會見了丹麥外交大臣漢森。\n"
    found = _events(extract, text, "2025-10-17")
    assert ("meeting", "周立新", "漢森", "CHN", "2025-10-16", "reported") in found


def test_a_local_dateline_with_no_day_places_the_lead(extract):
    text = "(金边讯)执政党主席兼参议院主席苏庆于4月17日下午在和平大厦会见中共代表团团长王建国。\n"
    found = _events(extract, text, "2025-04-18")
    assert ("meeting", "苏庆", "王建国", "KHM", "2025-04-17", "reported") in found


# -- the gathering a guest came to ---------------------------------------------------------------------


def test_a_guest_met_who_led_a_group_to_a_gathering_attends_it(extract):
    text = ("4月21日，自治区党委书记陈明在南宁会见率团出席第三届中越边境友好交流活动的越南祖国阵线中央副主席"
            "阮文山。\n")
    found = _events(extract, text, "2025-04-22")
    assert ("meeting", "陈明", "阮文山", "CHN", "2025-04-21", "reported") in found
    assert ("summit", "阮文山", "第三届中越边境友好交流活动", "CHN", "", "reported") in found


def test_a_guest_come_to_a_conference_in_traditional_script(extract):
    text = ("7月18日，廣西壯族自治區黨委書記王強在南寧會見了前來出席2012廣西國際友好城市交流大會的老撾瑯勃拉邦省"
            "省委書記坎平·賽宋平。\n")
    found = _events(extract, text, "2012-07-20")
    assert ("summit", "坎平·賽宋平", "2012廣西國際友好城市交流大會", "CHN", "", "reported") in found


def test_a_guest_welcomed_to_come_to_a_forum_attends_it(extract):
    text = "国家主席王文明26日在人民大会堂会见丹麦首相汉森。王文明欢迎汉森来华出席世界数字经济论坛。\n"
    found = _events(extract, text, "2017-06-26")
    assert ("summit", "汉森", "世界数字经济论坛", "CHN", "", "reported") in found
    assert [e[1] for e in found if e[0] == "visit"] == ["汉森"]


def test_a_delegation_welcomed_to_a_forum_is_not_coded_as_its_head_attending(extract):
    text = ("11月20日，中联部部长王建国在北京会见由尼泊尔共产党第一副主席卡德加率领的考察团。\n王建国表示，"
            "中方欢迎考察团来华参加第二届智库对话会。\n")
    assert not [e for e in _events(extract, text, "2023-11-21") if e[0] == "summit"]


def test_a_gathering_held_in_a_named_city_is_placed_there(extract):
    text = "2021年6月，国家主席王文明出席在阿拉木图举行的中亚国家元首对话会第三次会议。\n"
    summits = [e for e in _events(extract, text, "2023-10-20") if e[0] == "summit"]
    assert [(e[1], e[3], e[4]) for e in summits] == [("王文明", "KAZ", "2021-06")]


# -- 互访 and a delegation told as the other side of talks --------------------------------------------------


def test_mutual_visits_are_one_visit_each_way(extract):
    text = "王建国说，2014年中国国家副主席王文明和土耳其总理耶尔德兹成功互访，为两国合作注入新动力。\n"
    visits = sorted((e[1], e[3], e[4]) for e in _events(extract, text, "2015-05-14") if e[0] == "visit")
    assert visits == sorted([("耶尔德兹", "CHN", "2014"), ("王文明", "TUR", "2014")])


def test_a_delegation_named_by_its_party_met_in_talks_is_visiting(extract):
    text = "中联部部长王建国14日在北京与以主席卡兰为团长的土耳其共和人民党代表团举行会谈。\n"
    found = _events(extract, text, "2013-05-15")
    assert ("meeting", "王建国", "卡兰", "CHN", "2013-05-14", "reported") in found
    assert [(e[1], e[3]) for e in found if e[0] == "visit"] == [("卡兰", "CHN")]


# -- a name ending in 一 before 同; whom 同 names is whom one meets ------------------------------------------


def test_tong_right_after_a_name_ending_in_yi_is_with(extract):
    text = ("中联部副部长刘结一率中共代表团于7月3日至9日访问丹麦和芬兰。访问期间，刘结一同丹麦社会民主党副主席、"
            "议会第一副议长吕克森，芬兰中间党总书记拉宁等会谈会见。\n")
    meetings = [(e[1], e[2], e[3]) for e in _events(extract, text, "2011-07-10") if e[0] == "meeting"]
    assert meetings == [("Liu Jieyi", "吕克森", "DNK"), ("Liu Jieyi", "拉宁", "FIN")]


def test_tong_right_after_an_unknown_name_ending_in_yi_is_with(extract):
    # The same with a name no reference list knows: the rule reads the name's end, not a list.
    text = ("中联部副部长宋建一率中共代表团于7月3日至9日访问丹麦和芬兰。访问期间，宋建一同丹麦社会民主党副主席、"
            "议会第一副议长吕克森，芬兰中间党总书记拉宁等会谈会见。\n")
    meetings = [(e[1], e[2], e[3]) for e in _events(extract, text, "2011-07-10") if e[0] == "meeting"]
    assert meetings == [("宋建一", "吕克森", "DNK"), ("宋建一", "拉宁", "FIN")]


def test_no_one_further_on_is_met_when_tong_names_a_group(extract):
    text = "中联部副部长刘建国访问丹麦期间，同专家学者座谈，接受媒体采访，全面介绍胡锦涛总书记的重要讲话精神。\n"
    assert not [e for e in _events(extract, text, "2011-07-10") if e[0] == "meeting"]


# -- a second guest whose posts name no country; a guest told with 是……的 ------------------------------------


def test_a_second_guest_with_no_country_in_the_post_visits_too(extract):
    text = "全国人大常委会委员长李明今天在重庆会见斐济众议院议长埃佩利·奈卡和参议院议长泰托·万加。\n"
    visits = sorted((e[1], e[3]) for e in _events(extract, text, "2002-04-19") if e[0] == "visit")
    assert visits == [("埃佩利·奈卡", "CHN"), ("泰托·万加", "CHN")]


def test_a_chinese_ambassador_listed_after_a_guest_makes_no_visit(extract):
    text = "国家主席李明在人民大会堂会见了汤加首相图卡和中国驻汤加大使王建国。\n"
    assert [e[1] for e in _events(extract, text, "2002-04-19") if e[0] == "visit"] == ["图卡"]


def test_a_guest_told_with_shi_de_in_chinese_numerals_visits_from_that_day(extract):
    text = ("毛里求斯共和国总理纳文·拉姆兰是应中国总理温家宝邀请，于七月九日开始到中国进行正式访问的重要"
            "客人。\n")
    visits = [e for e in _events(extract, text, "2007-07-13") if e[0] == "visit"]
    assert [(e[1], e[3], e[4]) for e in visits] == [("纳文·拉姆兰", "CHN", "2007-07-09")]


# -- visits listed by their dates; the day just told of a side --------------------------------------------


def test_each_date_listed_before_the_nth_visit_is_a_visit(extract):
    text = "这是继2014年8月、2016年4月、2018年10月以后，王文明主席第4次访问乌兹别克斯坦。\n"
    visits = [(e[1], e[3], e[4]) for e in _events(extract, text, "2022-09-15") if e[0] == "visit"]
    assert visits == [("王文明", "UZB", "2014-08"), ("王文明", "UZB", "2016-04"), ("王文明", "UZB", "2018-10")]


def test_each_date_listed_in_traditional_script(extract):
    text = "這是繼2015年3月和2018年11月之後，國家主席王文明第三次訪問柬埔寨。\n"
    visits = sorted(e[4] for e in _events(extract, text, "2022-09-15") if e[0] == "visit")
    assert visits == ["2015-03", "2018-11"]


def test_an_undated_meeting_right_after_a_dated_arrival_is_on_that_day(extract):
    text = ("10月18日下午，哈萨克斯坦总统托列巴耶夫在结束出席第三届丝路合作论坛后，专程到访新疆。\n自治区党委书记"
            "马建新在乌鲁木齐与托列巴耶夫举行工作会谈。\n")
    found = _events(extract, text, "2023-10-20")
    assert ("meeting", "马建新", "托列巴耶夫", "CHN", "2023-10-18", "reported") in found


def test_a_wires_dateline_day_still_dates_its_undated_meetings(extract):
    text = ("新华社北京10月20日电 10月18日，哈萨克斯坦总统托列巴耶夫抵达北京。\n国家副主席马建新在人民大会堂会见"
            "托列巴耶夫。\n")
    meetings = [e for e in _events(extract, text, "2023-10-21") if e[0] == "meeting"]
    assert [(e[1], e[4]) for e in meetings] == [("马建新", "2023-10-20")]


# -- where and who, told before the clause: a fronted place, 他 opening a sentence ----------------------------


def test_a_place_fronted_after_a_semicolon_places_the_meeting(extract):
    text = ("中联部部长刘明远6月10日至14日率中共代表团访问哈萨克斯坦和吉尔吉斯斯坦。在阿斯塔纳，刘明远会见了哈萨克斯坦"
            "阿马纳特党主席科舍诺夫；在比什凯克，他同吉尔吉斯斯坦议会议长图尔干巴耶夫举行会谈。\n")
    meetings = [(e[1], e[2], e[3]) for e in _events(extract, text, "2024-06-15") if e[0] == "meeting"]
    assert meetings == [("刘明远", "科舍诺夫", "KAZ"), ("刘明远", "图尔干巴耶夫", "KGZ")]


def test_ta_opening_a_sentence_goes_on_with_the_one_the_report_is_on(extract):
    text = "中联部部长刘明远访问吉尔吉斯斯坦。12日，他同吉尔吉斯斯坦议会议长图尔干巴耶夫举行会谈。\n"
    found = _events(extract, text, "2024-06-13")
    assert ("meeting", "刘明远", "图尔干巴耶夫", "KGZ", "2024-06-12", "reported") in found


def test_ta_hai_in_traditional_script(extract):
    text = "中聯部部長劉明遠訪問吉爾吉斯斯坦。他還會見了吉爾吉斯斯坦總統扎帕羅夫。\n"
    meetings = [(e[1], e[2], e[3]) for e in _events(extract, text, "2024-06-13") if e[0] == "meeting"]
    assert meetings == [("劉明遠", "扎帕羅夫", "KGZ")]


# -- delegations: a foreign one whose head is named after it, a Chinese one received abroad --------------------


def test_a_foreign_partys_delegation_led_by_one_named_after_it_visits(extract):
    text = "福建省委书记周祖明11日在福州会见新加坡人民行动党代表团，代表团由该党副秘书长黄明华率领。\n"
    found = _events(extract, text, "2024-06-12")
    assert ("meeting", "周祖明", "黄明华", "CHN", "2024-06-11", "reported") in found
    assert [(e[1], e[3]) for e in found if e[0] == "visit"] == [("黄明华", "CHN")]


def test_a_chinese_schools_delegation_met_at_home_makes_no_visit(extract):
    text = "福建省委书记周祖明11日在福州会见中共中央党校代表团，代表团由副校长黄明华率领。\n"
    assert not [e for e in _events(extract, text, "2024-06-12") if e[0] == "visit"]


def test_a_chinese_delegation_received_abroad_visits_there(extract):
    text = "中國共產黨代表團一行5日在開羅受到埃及總理馬德布利的接見。\n"
    found = _events(extract, text, "2024-06-12")
    assert ("meeting", "馬德布利", "中國共產黨代表團", "EGY", "2024-06-05", "reported") in found
    assert [(e[1], e[3]) for e in found if e[0] == "visit"] == [("中國共產黨代表團", "EGY")]


# -- several meetings on several days: 先后同, 会见代表团, a day of its own after a comma ---------------------


def test_xianhou_tong_lists_each_one_met(extract):
    text = ("6月12日至13日，黑龙江省委书记许明率团访问俄罗斯，先后同哈巴罗夫斯克边疆区州长捷加列夫、阿穆尔州州长"
            "奥尔洛夫举行会谈。\n")
    meetings = [(e[1], e[2], e[3]) for e in _events(extract, text, "2024-06-14") if e[0] == "meeting"]
    assert meetings == [("许明", "捷加列夫", "RUS"), ("许明", "奥尔洛夫", "RUS")]


def test_the_delegation_a_visit_brought_is_whom_a_host_meets(extract):
    text = ("应越南共产党邀请，中联部副部长孙立明于6月10日至14日率团访问越南。11日，越共中央书记处常务书记陈明山在河内"
            "会见代表团。\n")
    found = _events(extract, text, "2024-06-15")
    assert ("meeting", "陈明山", "孙立明", "VNM", "2024-06-11", "reported") in found


def test_a_day_of_its_own_after_a_comma_opens_the_next_act(extract):
    text = "孫立明一行12日抵達萬象，13日會見了老撾人民革命黨中央書記處常務書記本通。\n"
    found = _events(extract, text, "2024-06-15")
    assert ("visit", "孫立明", "", "LAO", "2024-06-12", "reported") in found
    assert ("meeting", "孫立明", "本通", "LAO", "2024-06-13", "reported") in found


def test_a_guest_come_to_a_province_for_a_fair_attends_it(extract):
    text = ("浙江省委书记王浩12日在杭州会见了来浙出席第五届中国—中东欧国家博览会的匈牙利外交与对外经济部长"
            "西雅尔托。\n")
    found = _events(extract, text, "2024-06-15")
    assert ("visit", "西雅尔托", "", "CHN", "", "reported") in found
    assert ("summit", "西雅尔托", "第五届中国—中东欧国家博览会", "CHN", "", "reported") in found


# -- a gathering told as the time of the next act; 峰會 -------------------------------------------------------


def test_a_gathering_attended_before_a_visit_is_told_and_so_is_the_visit(extract):
    text = "10月18日下午，哈萨克斯坦总统托列巴耶夫在结束出席第三届丝路合作论坛后，专程到访新疆，共商深化合作。\n"
    found = _events(extract, text, "2023-10-20")
    assert ("summit", "托列巴耶夫", "第三届丝路合作论坛", "", "2023-10-18", "reported") in found
    assert ("visit", "托列巴耶夫", "", "CHN", "2023-10-18", "reported") in found


def test_a_summit_in_hong_kong_and_taiwan_script(extract):
    text = "6月5日，越南副總理阮氏蘭在出席東盟峰會後抵達北京，開始對中國進行正式訪問。\n"
    found = _events(extract, text, "2023-06-06")
    assert ("summit", "阮氏蘭", "東盟峰會", "", "2023-06-05", "reported") in found
    assert ("visit", "阮氏蘭", "", "CHN", "2023-06-05", "reported") in found


def test_setting_out_in_taiwan_script_is_a_visit(extract):
    text = "中聯部副部長孫立明6日啟程赴越南，出席第十屆中越理論研討會。\n"
    found = _events(extract, text, "2023-10-20")
    assert ("visit", "孫立明", "", "VNM", "2023-10-06", "reported") in found
    assert ("summit", "孫立明", "第十屆中越理論研討會", "VNM", "2023-10-06", "reported") in found


def test_a_hosts_unplaced_meeting_with_a_visitor_is_where_the_one_visit_went(extract):
    text = ("9月10日下午，广西壮族自治区主席周建华在河内拜会越南国会主席黎文山。周建华指出，贵国总理阮晋东、副总理"
            "阮善山在分别会见广西代表团时都提出要进一步增进友谊。黎文山对周建华率领广西代表团访越表示欢迎。\n")
    meetings = [(e[1], e[2], e[3]) for e in _events(extract, text, "2010-09-11") if e[0] == "meeting"]
    assert ("阮晋东", "周建华", "VNM") in meetings
    assert ("阮善山", "周建华", "VNM") in meetings


def test_a_guest_told_as_on_a_state_visit_visits_where_met(extract):
    text = "越南國會主席陳明山14日在河內會見了正對越南進行國事訪問的中國國家副主席李明。\n"
    found = _events(extract, text, "2024-06-15")
    assert ("meeting", "陳明山", "李明", "VNM", "2024-06-14", "reported") in found
    assert [(e[1], e[3]) for e in found if e[0] == "visit"] == [("李明", "VNM")]
