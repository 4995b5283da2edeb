"""Chinese readouts, round 15: constructions of the genre rather than of one set, in simplified and in
traditional script (Xinhua wires filed abroad, provincial papers, the Vietnam News Agency's Chinese service).

- A Chinese official met abroad by a foreign side is on a visit there, whichever side the verb makes him
  ("国务委员甲在伦敦会见英国外交大臣乙", "英国外交大臣乙在伦敦会见了中国国务委员甲"); its days are unsaid. Not one
  posted there ("驻英国大使甲"), not one whose visit the text tells in its own words, and not a "国家主席" or a
  "委外交部长" (a post any country has, or a foreign one in short form).
- A wire's dateline ("新华社河内3月5日电 中联部部长甲") is no part of the post that follows it.
- "国务委员" is a Chinese post; "省领导甲、乙参加会见" lists a province's leaders.
- 太原省 is Thai Nguyen in Vietnam (太原 alone stays Taiyuan); 伊尔库茨克州 is in Russia.

Every sentence here is invented in the genre; the names are made up. Each test reads the fields a user
reads. The guards (marked) pass before and after; the others failed before.
"""
from readout_rows import of_kind as _kind
from readout_rows import zh_events as _events
from readout_rows import zh_people as _people

# -- a Chinese official met abroad ------------------------------------------------------------------------------


def test_a_state_councilor_meeting_in_london_is_on_a_visit_there(extract):
    text = "新华社伦敦7月27日电 国务委员周志明27日在伦敦会见英国外交大臣霍华德。\n"
    rows = _events(extract, text, "2012-07-28")
    assert ("meeting", "周志明", "霍华德", "GBR", "2012-07-27", "reported") in rows
    assert [(e[1], e[3], e[4]) for e in _kind(rows, "visit")] == [("周志明", "GBR", "")]


def test_the_foreign_host_as_subject_meets_the_chinese_visitor(extract):
    text = "英国外交大臣霍华德27日在伦敦会见了中国国务委员周志明。\n"
    rows = _events(extract, text, "2012-07-28")
    assert ("meeting", "霍华德", "周志明", "GBR", "2012-07-27", "reported") in rows
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("周志明", "GBR")]


def test_a_politburo_member_in_hanoi_traditional(extract):
    text = "中共中央政治局委員趙明德8日在河內會見越共中央對外部部長阮文清。\n"
    rows = _events(extract, text, "2019-04-09")
    assert ("meeting", "趙明德", "阮文清", "VNM", "2019-04-08", "reported") in rows
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("趙明德", "VNM")]


def test_a_wire_dateline_abroad_is_no_part_of_the_post(extract):
    text = "新华社万象3月5日电 中联部部长刘志明4日在万象会见老挝人民革命党中央书记处书记宋西。\n"
    rows = _events(extract, text, "2021-03-05")
    assert ("meeting", "刘志明", "宋西", "LAO", "2021-03-04", "reported") in rows
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("刘志明", "LAO")]


def test_an_ambassador_posted_there_makes_no_visit(extract):  # guard
    text = "中国驻英国大使郑明远在伦敦会见英国工党领袖史密斯。\n"
    rows = _events(extract, text, "2015-06-02")
    assert [(e[1], e[2], e[3]) for e in _kind(rows, "meeting")] == [("郑明远", "史密斯", "GBR")]
    assert _kind(rows, "visit") == []


def test_a_visit_told_in_its_own_words_is_not_told_twice(extract):  # guard
    text = ("甘肃省委书记王明远率中共代表团于10日抵达万象。11日，王明远在万象会见老挝人民革命党中央书记处"
            "书记宋西。\n")
    rows = _events(extract, text, "2018-06-12")
    assert ("meeting", "王明远", "宋西", "LAO", "2018-06-11", "reported") in rows
    assert [(e[1], e[3], e[4]) for e in _kind(rows, "visit")] == [("王明远", "LAO", "2018-06-10")]


def test_a_foreign_president_at_home_makes_no_visit(extract):  # guard
    text = "越南国家主席阮文明在河内会见了来访的中共中央政治局委员、重庆市委书记陈明。\n"
    rows = _events(extract, text, "2016-09-20")
    assert [(e[1], e[2], e[3]) for e in _kind(rows, "meeting")] == [("阮文明", "陈明", "VNM")]
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("陈明", "VNM")]


def test_a_foreign_minister_in_short_form_is_no_chinese_visitor(extract):  # guard
    text = "访问期间，全国人大常委会副委员长吴明娜在加拉加斯分别会见了委外交部长马里奥。\n"
    rows = _events(extract, text, "2008-07-20")
    assert ("meeting", "吴明娜", "马里奥", "VEN") in [e[:4] for e in rows]
    assert "马里奥" not in [e[1] for e in _kind(rows, "visit")]


# -- posts and places -------------------------------------------------------------------------------------------


def test_a_provinces_leaders_listed_at_a_meeting(extract):
    people = _people(extract, "云南省领导刘慧明、刘洪文，越南驻昆总领事阮忠山参加会见。\n", "2020-08-27")
    assert {"刘慧明", "刘洪文", "阮忠山"} <= people
    people = _people(extract, "自治区领导王北海、自治区政府秘书长李恭明参加会见。\n", "2019-03-21")
    assert {"王北海", "李恭明"} <= people


def test_a_leading_body_names_no_one(extract):  # guard
    assert _people(extract, "省领导班子成员和有关部门负责人参加会见。\n", "2019-03-21") == set()
    assert _people(extract, "在党中央坚强领导下，双方合作不断深化。\n", "2019-03-21") == set()


def test_thai_nguyen_province_is_in_vietnam(extract):
    text = ("越通社河内——由老挝人民革命党中央组织部部长占西·普西明率领的老挝代表团5月23日对太原省进行"
            "工作访问。\n")
    rows = _events(extract, text, "2022-05-24")
    assert [(e[1], e[3], e[4]) for e in _kind(rows, "visit")] == [("占西·普西明", "VNM", "2022-05-23")]


def test_taiyuan_alone_stays_in_china(extract):  # guard
    text = "山西省委书记王明远在太原会见了越南驻华大使范明。\n"
    rows = _events(extract, text, "2022-05-24")
    assert [(e[1], e[2], e[3]) for e in _kind(rows, "meeting")] == [("王明远", "范明", "CHN")]


def test_a_russian_governor_received_in_harbin_is_on_a_visit(extract):
    text = "17日下午，黑龙江省委书记王宪明在哈尔滨会见了俄伊尔库茨克州州长列夫科一行。\n"
    rows = _events(extract, text, "2015-06-18")
    assert ("meeting", "王宪明", "列夫科", "CHN", "2015-06-17", "reported") in rows
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("列夫科", "CHN")]


# -- the guests, as a readout calls the delegation it told of ---------------------------------------------------


def test_the_guests_arrival_dates_the_delegations_visit(extract):
    text = ("中共中央政治局常委李明远今天上午在人民大会堂会见了由主席卡洛斯率领的智利社会党代表团。\n"
            "智利客人是应中国共产党邀请于5月28日抵京的。\n")
    rows = _events(extract, text, "2011-05-30")
    assert ("meeting", "李明远", "卡洛斯", "CHN", "2011-05-30", "reported") in rows
    assert [(e[1], e[3], e[4]) for e in _kind(rows, "visit")] == [("卡洛斯", "CHN", "2011-05-28")]


def test_the_guests_told_first_in_traditional_script(extract):
    text = ("中聯部部長劉明遠3日在北京會見了以總書記阿爾瓦羅為團長的烏拉圭共產黨代表團。"
            "客人是應中聯部邀請於6月1日抵達北京的。\n")
    rows = _events(extract, text, "2013-06-04")
    assert [(e[1], e[3], e[4]) for e in _kind(rows, "visit")] == [("阿爾瓦羅", "CHN", "2013-06-01")]


def test_what_the_host_tells_the_guests_is_no_act_of_theirs(extract):  # guard
    text = ("中共中央政治局常委李明远今天上午在人民大会堂会见了由主席卡洛斯率领的智利社会党代表团。\n"
            "李明远还向智利客人介绍了中国国内形势。\n")
    rows = _events(extract, text, "2011-05-30")
    assert [(e[0], e[1], e[2]) for e in rows] == [("meeting", "李明远", "卡洛斯"), ("visit", "卡洛斯", "")]


# -- 跟 as "with" -------------------------------------------------------------------------------------------------


def test_gen_names_whom_the_subject_meets(extract):
    text = "中联部副部长李明远12日跟越共中央对外部副部长阮文清举行会谈。\n"
    rows = _events(extract, text, "2019-12-13")
    assert [(e[1], e[2], e[4]) for e in _kind(rows, "meeting")] == [("李明远", "阮文清", "2019-12-12")]


def test_an_itinerarys_group_meets_whom_gen_names_traditional(extract):
    # (round 17: the group stands for its head, not the bare word 訪團)
    text = ("以國民黨副主席蕭明為團長的參訪團將訪問大陸。"
            "訪團預計明天上午從桃園機場前往北京，下午會前往國台辦跟主任周立新會面。\n")
    rows = _events(extract, text, "2019-12-07")
    assert [(e[1], e[2], e[4]) for e in _kind(rows, "meeting")] == [("蕭明", "周立新", "2019-12-08")]


def test_gen_sui_is_following_no_one_met(extract):  # guard
    text = "国台办主任周立新12日跟随中央领导出席活动。\n"
    assert _kind(_events(extract, text, "2019-12-13"), "meeting") == []
