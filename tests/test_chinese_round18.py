"""Chinese readouts, round 18: recall gaps a review left, in simplified and in traditional script.

- A weekday in brackets after the day ("访问老挝，7日（周二）会见了……", "7日(星期二)") opens the next act as the
  day alone does.
- 列席 (sits in on) a session told held before ("……会议5日在北京开幕。副总理甲、乙、丙列席会议") is each one
  attending it; "列席会议的有……" stays no gathering.
- Two hosts of one side joined by 和 meet whom the verb names also when that guest was named in an earlier sentence
  ("……团长是甲。部长乙和副部长丙当天会见了代表团"); two who hold talks with each other stay one pair.
- A guest told as come to Hong Kong or Macau for something ("会见了来港出席论坛的越南副总理甲") visits there, and
  the meeting is there.
- 太原 and the words 省级/省直/省城 is Taiyuan, written 太原 (the words after are no part of the place); "越南太原省"
  stays Thai Nguyen.

Every sentence here is invented in the genre; the names are made up. Each test reads the fields a user reads.
The guards (marked) pass before and after; the others failed before.
"""
from readout_rows import of_kind as _kind
from readout_rows import zh_events as _events
from readout_rows import zh_places as _places

# -- a weekday in brackets after the day ------------------------------------------------------------------------


def test_a_weekday_in_brackets_after_the_day_opens_the_next_act(extract):
    text = "中联部部长王明率中共代表团访问老挝，7日（周二）会见了老挝人民革命党中央总书记本米。\n"
    rows = _events(extract, text, "2019-05-09")
    assert [(e[1], e[3], e[4]) for e in _kind(rows, "meeting")] == [("王明", "LAO", "2019-05-07")]


def test_a_weekday_written_xingqi_in_half_width_brackets(extract):
    text = "中联部副部长李华率团访问越南，14日(星期二)会见了越共中央书记处常务书记阮文山。\n"
    rows = _events(extract, text, "2019-05-16")
    assert [(e[1], e[2], e[3], e[4]) for e in _kind(rows, "meeting")] == [("李华", "阮文山", "VNM", "2019-05-14")]


def test_traditional_a_weekday_in_brackets_after_the_day(extract):
    text = "中聯部部長王明率中共代表團訪問老撾，7日（週二）會見了老撾人民革命黨中央總書記通倫。\n"
    rows = _events(extract, text, "2019-05-09")
    assert [(e[1], e[3], e[4]) for e in _kind(rows, "meeting")] == [("王明", "LAO", "2019-05-07")]


def test_guard_a_weekday_in_brackets_with_no_act_after_is_one_visit(extract):  # guard
    text = "中联部部长王明7日（周二）抵达万象，开始对老挝进行访问。\n"
    rows = _events(extract, text, "2019-05-09")
    assert [(e[0], e[1], e[3], e[4]) for e in rows] == [("visit", "王明", "LAO", "2019-05-07")]


# -- 列席 a session told held -----------------------------------------------------------------------------------


def test_sitting_in_on_the_session_told_held(extract):
    text = "十三届全国人大二次会议5日在北京开幕。国务院副总理王明列席了会议。\n"
    rows = _events(extract, text, "2019-03-06")
    assert [(e[1], e[2], e[3], e[4]) for e in _kind(rows, "summit")] == [
        ("王明", "十三届全国人大二次会议", "CHN", "2019-03-05")]


def test_each_one_listed_sits_in_on_the_session(extract):
    text = "十三届全国人大二次会议5日在北京开幕。国务院副总理王明、李华、张强列席会议。\n"
    rows = _events(extract, text, "2019-03-06")
    assert [(e[1], e[2]) for e in _kind(rows, "summit")] == [
        ("王明", "十三届全国人大二次会议"), ("李华", "十三届全国人大二次会议"), ("张强", "十三届全国人大二次会议")]


def test_traditional_each_one_listed_sits_in_on_the_session(extract):
    text = "十三屆全國人大二次會議5日在北京開幕。國務院副總理王明、李華列席會議。\n"
    rows = _events(extract, text, "2019-03-06")
    assert [(e[1], e[4]) for e in _kind(rows, "summit")] == [("王明", "2019-03-05"), ("李華", "2019-03-05")]


def test_guard_those_who_sat_in_on_the_session_are_no_gathering(extract):  # guard
    text = "十三届全国人大二次会议5日在北京开幕。列席会议的有国务院副总理王明。\n"
    assert _kind(_events(extract, text, "2019-03-06"), "summit") == []


# -- co-hosts whose guest was named before -------------------------------------------------------------------------


def test_two_hosts_meet_the_delegation_whose_head_was_named_before(extract):
    text = ("越南共产党代表团应邀于9日抵达北京访问，团长是越共中央书记处书记阮文明。"
            "中联部部长王明和副部长李华当天会见了代表团。\n")
    rows = _events(extract, text, "2019-05-10")
    assert [(e[1], e[2], e[3], e[4]) for e in _kind(rows, "meeting")] == [
        ("王明", "阮文明", "CHN", "2019-05-09"), ("李华", "阮文明", "CHN", "2019-05-09")]


def test_traditional_two_hosts_meet_the_delegation_whose_head_was_named_before(extract):
    text = ("越南共產黨代表團應邀於9日抵達北京訪問，團長是越共中央書記處書記阮文明。"
            "中聯部部長王明和副部長李華當天會見了代表團。\n")
    rows = _events(extract, text, "2019-05-10")
    assert {(e[1], e[2]) for e in _kind(rows, "meeting")} == {("王明", "阮文明"), ("李華", "阮文明")}


def test_guard_two_who_hold_talks_with_each_other_stay_one_pair(extract):  # guard
    text = "越共中央书记处书记阮文明9日抵达北京访问。中联部部长王明和阮文明当天举行会谈。\n"
    rows = _events(extract, text, "2019-05-10")
    assert [(e[1], e[2]) for e in _kind(rows, "meeting")] == [("王明", "阮文明")]


# -- a guest come to Hong Kong or Macau ----------------------------------------------------------------------------


def test_a_guest_come_to_hong_kong_for_a_forum_visits_it(extract):
    text = "香港特区行政长官李安10日会见了来港出席论坛的越南副总理阮明。\n"
    rows = _events(extract, text, "2019-05-11")
    assert [(e[1], e[2], e[3], e[4]) for e in _kind(rows, "meeting")] == [("李安", "阮明", "HKG", "2019-05-10")]
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("阮明", "HKG")]


def test_traditional_a_guest_come_to_macau_for_a_forum_visits_it(extract):
    text = "（澳門電台消息）澳門特區行政長官崔安10日會見了來澳出席論壇的葡萄牙議長費爾南德斯。\n"
    rows = _events(extract, text, "2019-05-11")
    assert [(e[1], e[3]) for e in _kind(rows, "meeting")] == [("崔安", "MAC")]
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("費爾南德斯", "MAC")]


def test_guard_young_people_come_to_hong_kong_to_work_are_no_guests(extract):  # guard
    text = "香港特区行政长官李安10日会见了越南副总理阮明，欢迎更多青年来港工作。\n"
    rows = _events(extract, text, "2019-05-11")
    assert _kind(rows, "visit") == []


# -- 太原 --------------------------------------------------------------------------------------------------------


def test_the_provincial_capital_taiyuan_is_written_taiyuan(extract):
    text = "山西省委书记王明10日在太原省城会见了越南客人。\n"
    places = _places(extract, text, "2019-05-11")
    assert ("太原", "place:CHN:taiyuan") in places
    assert all(e != "place:VNM:thai-nguyen" for _, e in places)


def test_traditional_provincial_organs_in_taiyuan_are_written_taiyuan(extract):
    text = "山西省委書記王明10日在太原省直機關幹部大會上講話。\n"
    assert ("太原", "place:CHN:taiyuan") in _places(extract, text, "2019-05-11")


def test_provincial_level_organs_in_taiyuan_are_written_taiyuan(extract):
    text = "王明10日在太原省级机关干部大会上讲话。\n"
    assert _places(extract, text, "2019-05-11") == {("太原", "place:CHN:taiyuan")}


def test_guard_thai_nguyen_after_vietnam_stays_vietnamese(extract):  # guard
    text = "越南太原省委书记阮文明10日会见了中国客人。\n"
    assert ("太原省", "place:VNM:thai-nguyen") in _places(extract, text, "2019-05-11")


# -- Part B (dev misses of the older sets): the Vietnam News Agency's "访问框架内" ---------------------------------


def test_within_the_framework_of_a_visit_frames_the_sentence(extract):
    text = ("据越通社驻万象记者报道，在对老挝进行工作访问框架内，14日上午，越南外交部副部长阮文强礼节性拜会老挝"
            "人民革命党中央书记处常务书记宋沙。\n")
    rows = _events(extract, text, "2024-01-15")
    assert [(e[1], e[2], e[3], e[4]) for e in _kind(rows, "meeting")] == [("阮文强", "宋沙", "LAO", "2024-01-14")]
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("阮文强", "LAO")]


def test_a_visit_and_its_errand_framing_the_sentence_by_an_envoy(extract):
    text = ("据越通社驻北京记者报道，在对中国进行访问、通报越共全国代表大会成果框架内，越共中央政治局委员、"
            "外交部长、黎明总书记特使阮文山于2月3日下午与中国外交部长王明举行了会谈。\n")
    rows = _events(extract, text, "2026-02-04")
    assert [(e[1], e[2], e[3], e[4]) for e in _kind(rows, "meeting")] == [("阮文山", "王明", "CHN", "2026-02-03")]
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("阮文山", "CHN")]


def test_traditional_within_the_framework_of_a_visit(extract):
    text = "在對越南進行正式訪問框架內，老撾國會主席賽宋於5日上午同越南國會主席王文惠舉行會談。\n"
    rows = _events(extract, text, "2023-06-06")
    assert [(e[1], e[2], e[3], e[4]) for e in _kind(rows, "meeting")] == [("賽宋", "王文惠", "VNM", "2023-06-05")]


def test_guard_cooperation_within_a_framework_is_no_visit(extract):  # guard
    text = "中联部部长王明10日会见越南客人时表示，双方应在澜沧江—湄公河合作框架内加强合作。\n"
    rows = _events(extract, text, "2024-01-15")
    assert _kind(rows, "visit") == []


# -- Part B: come to a Chinese province named in full ("于16日来湖南访问的") -----------------------------------------


def test_a_group_come_to_a_province_by_its_full_name_visits_china(extract):
    text = ("以印尼民主斗争党中央委员安迪为团长的印尼民主斗争党干部考察团一行18日在长沙受到湖南省委常委许明的会见。"
            "考察团此行是应中联部邀请于16日来湖南访问的。\n")
    rows = _events(extract, text, "2012-07-19")
    assert [(e[1], e[3], e[4]) for e in _kind(rows, "visit")] == [("安迪", "CHN", "2012-07-16")]


def test_traditional_a_group_come_to_a_province_by_its_full_name(extract):
    text = ("以印尼民主鬥爭黨中央委員安迪為團長的印尼民主鬥爭黨幹部考察團一行18日在長沙受到湖南省委常委許明的會見。"
            "考察團此行是應中聯部邀請於16日來湖南訪問的。\n")
    rows = _events(extract, text, "2012-07-19")
    assert [(e[1], e[3], e[4]) for e in _kind(rows, "visit")] == [("安迪", "CHN", "2012-07-16")]


def test_guard_coming_from_a_place_is_no_coming_to_it(extract):  # guard
    text = "以越共中央委员阮文明为团长、来自越南河内的代表团10日抵达万象访问。\n"
    rows = _events(extract, text, "2012-07-19")
    assert [(e[1], e[3], e[4]) for e in _kind(rows, "visit")] == [("阮文明", "LAO", "2012-07-10")]


# -- Part B: a mainland official met in Hong Kong or Macau by one of its own -------------------------------------


def test_a_mainland_official_met_in_macau_by_its_chief_executive_visits_it(extract):
    text = "2月24日，澳门特别行政区行政长官岑安在澳门会见全国政协常委、促进会首席会长邱明一行。\n"
    rows = _events(extract, text, "2025-02-25")
    assert [(e[1], e[2], e[3], e[4]) for e in _kind(rows, "meeting")] == [("岑安", "邱明", "MAC", "2025-02-24")]
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("邱明", "MAC")]


def test_traditional_a_mainland_official_met_in_hong_kong_visits_it(extract):
    text = "香港特別行政區行政長官李安10日在香港會見國務院港澳辦副主任張明。\n"
    rows = _events(extract, text, "2025-02-25")
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("張明", "HKG")]


def test_guard_the_liaison_office_posted_in_hong_kong_is_no_visitor(extract):  # guard
    text = "香港特别行政区行政长官李安24日在香港会见中央人民政府驻香港特别行政区联络办公室主任张明。\n"
    assert _kind(_events(extract, text, "2025-02-25"), "visit") == []


def test_guard_the_liaison_offices_head_receiving_in_his_office_makes_no_visit(extract):  # guard
    text = "6月6日上午，香港中联办主任王明在办内会见福建省政协副主席洪明一行。\n"
    assert _kind(_events(extract, text, "2018-06-07"), "visit") == []
