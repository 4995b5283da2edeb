"""Chinese readouts, round 14: constructions of the genre rather than of one set, in simplified and in
traditional script (Xinhua and People's Daily readouts, Taiwan and Hong Kong papers, commentary pages).

- A Taiwan party's post ("中国国民党副主席", "國民黨中常委", "亲民党主席") is no body of the mainland though
  中国国民党 opens with 中国: its holder met by a mainland host is a guest from Taiwan (met at the host's
  home, on a visit there), and a mainland delegation met by him in Taiwan visits Taiwan.
- "由中央政治局委员、书记局书记甲率领的朝鲜劳动党高级代表团": posts that name no country are of the party
  whose delegation the guest leads, named right after 率领的.
- "会见到访的甲一行", "会见了来访的甲": a name with no post, after 到访的/来访的, is whom the verb meets.
- "甲拟于……", "甲先后出访……", "甲今年将……", "甲明天将……": 拟, 先后, 今年, 明天 (明年, 去年, 本月, ...) end a name.
- "将于10月率团访问" in a June report: a plan's month with no year is the coming one.
- "率团来台访问": come to Taiwan; "率国民党大陆访问团于……来访": the delegation's name tells where it goes.
- "甲20日晚上在某地某酒店，会见……": the subject's date, told before the comma, is the meeting's.
- "据发言人甲介绍，乙……访问": who is quoted is no side; "甲透露，今年还会有另外两位……率团访台": the
  unnamed ones act, not the speaker.
- "上周在南京与乙举行会谈的国台办主任甲": a meeting told of whom its 的 describes.
- "……再往北京访问，将与甲会晤": 往 before a place tells where; "将与" opens the next act.
- "他先后出访古巴、……" opening a sentence is whom the sentence before told of (before a trip's verb only).
- "在甲、乙等人见证下，丙和丁共同签署……": who witnesses is set apart, as who accompanies is.

Every sentence here is invented in the genre; the names are made up. Each test reads the fields a user
reads. The guards (marked) pass before and after; the others failed before.
"""
from readout_rows import of_kind as _kind
from readout_rows import zh_events as _events
from readout_rows import zh_people as _people

# -- a Taiwan party's post ------------------------------------------------------------------------------------


def test_a_kuomintang_guest_met_on_the_mainland_visits(extract):
    text = "中共中央台办主任周立新12日会见了中国国民党副主席陈明德一行。\n"
    rows = _events(extract, text, "2024-03-13")
    assert ("meeting", "周立新", "陈明德", "CHN", "2024-03-12", "reported") in rows
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("陈明德", "CHN")]


def test_a_kuomintang_delegation_in_a_mainland_city_traditional(extract):
    text = ("青島市委書記杜明遠26日會見了以國民黨中常委許文福為團長的中國國民黨新竹縣黨部參訪團一行。\n")
    rows = _events(extract, text, "2009-08-27")
    assert ("meeting", "杜明遠", "許文福", "CHN", "2009-08-26", "reported") in rows
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("許文福", "CHN")]


def test_a_kuomintang_host_in_taipei_receives_a_mainland_delegation(extract):  # guard
    text = "中國國民黨榮譽主席連明山18日在台北會見到訪的由江西省省長何志遠率領的江西省經貿交流團一行。\n"
    rows = _events(extract, text, "2011-05-19")
    assert ("meeting", "連明山", "何志遠", "TWN", "2011-05-18", "reported") in rows
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("何志遠", "TWN")]


def test_a_chinese_host_keeps_china_as_home(extract):  # guard
    text = "中国人民对外友好协会会长林佳文在北京会见了越南共产党中央委员阮文山一行。\n"
    rows = _events(extract, text, "2024-03-13")
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("阮文山", "CHN")]


# -- a foreign party's posts that name no country ------------------------------------------------------------


def test_a_foreign_politburo_member_leading_his_partys_delegation_visits(extract):
    text = ("新华社北京9月5日电 国家副主席韩立清5日在人民大会堂会见了由中央政治局委员、书记局书记"
            "金光哲率领的朝鲜劳动党友好代表团。\n")
    rows = _events(extract, text, "2019-09-06")
    assert ("meeting", "韩立清", "金光哲", "CHN", "2019-09-05", "reported") in rows
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("金光哲", "CHN")]


def test_a_chinese_politburo_member_leading_a_cpc_delegation_abroad(extract):  # guard
    text = "越南国家主席阮文明2日在河内会见了由中央政治局委员、中联部部长宋立明率领的中共代表团。\n"
    visits = _kind(_events(extract, text, "2019-09-03"), "visit")
    assert [(e[1], e[3]) for e in visits] == [("宋立明", "VNM")]


# -- a bare name after 到访的 / 来访的 -------------------------------------------------------------------------


def test_a_bare_name_after_daofang_de(extract):
    text = "老挝国家副主席本通坎20日在万象会见到访的张立平一行。\n"
    rows = _events(extract, text, "2018-06-21")
    assert "张立平" in _people(extract, text, "2018-06-21")
    assert ("meeting", "本通坎", "张立平", "LAO", "2018-06-20", "reported") in rows
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("张立平", "LAO")]


def test_a_bare_name_after_laifang_de_traditional(extract):
    text = "柬埔寨參議院主席謝文山15日在金邊會見了來訪的黃志偉一行。\n"
    rows = _events(extract, text, "2018-06-16")
    assert ("meeting", "謝文山", "黃志偉", "KHM", "2018-06-15", "reported") in rows


# -- 拟 and 先后 end a name ----------------------------------------------------------------------------------


def test_ni_ends_a_name(extract):
    text = "福建省委书记郭明琨拟于今年9月率团访问新加坡。\n"
    assert _people(extract, text, "2015-03-02") == {"郭明琨"}
    visits = _kind(_events(extract, text, "2015-03-02"), "visit")
    assert [(e[1], e[3], e[4], e[5]) for e in visits] == [("郭明琨", "SGP", "2015-09", "planned")]


def test_xianhou_ends_a_name(extract):
    text = "中共中央政治局委员、天津市委书记赵立群先后出访秘鲁、智利和乌拉圭。\n"
    visits = _kind(_events(extract, text, "2016-05-20"), "visit")
    assert [(e[1], e[3]) for e in visits] == [("赵立群", "PER|CHL|URY")]


# -- where a visit goes, by 来台 and by the delegation's name -----------------------------------------------


def test_come_to_taiwan(extract):
    text = "國民黨副秘書長王志成表示，湖南省委書記周仁明將於10月率團來台訪問。\n"
    visits = _kind(_events(extract, text, "2011-06-02"), "visit")
    assert [(e[1], e[3], e[4], e[5]) for e in visits] == [("周仁明", "TWN", "2011-10", "planned")]


def test_a_delegation_named_for_the_mainland_comes_there(extract):
    text = "国台办发言人林立9日宣布，中国国民党副主席黄正雄将率国民党大陆访问团于本月15日至18日来访。\n"
    visits = _kind(_events(extract, text, "2015-06-09"), "visit")
    assert [(e[1], e[3], e[4], e[5]) for e in visits] == [("黄正雄", "CHN", "2015-06-15", "planned")]


# -- the subject's date before a comma ------------------------------------------------------------------------


def test_the_subjects_date_before_a_comma(extract):
    text = "親民黨主席宋明達20日晚上在高雄國賓大飯店,會見到訪的由福建省省長林志遠率領的福建省經貿交流團一行。\n"
    rows = _events(extract, text, "2012-08-21")
    assert ("meeting", "宋明達", "林志遠", "TWN", "2012-08-20", "reported") in rows


def test_the_subjects_verb_before_a_comma_keeps_its_own_date(extract):  # guard
    text = "越共中央总书记阮明春20日抵达北京,21日会见了中联部部长周立新。\n"
    meetings = _kind(_events(extract, text, "2012-08-22"), "meeting")
    assert [e[4] for e in meetings] == ["2012-08-21"]


# -- who is quoted is no side ---------------------------------------------------------------------------------


def test_who_is_quoted_is_no_side(extract):
    text = ("據國台辦發言人馬立新15日在記者會上的介紹,國民黨榮譽主席連明山率台灣各界人士訪問團"
            "於16日至19日在北京參觀訪問。\n")
    visits = _kind(_events(extract, text, "2014-02-15"), "visit")
    assert [(e[1], e[3], e[4]) for e in visits] == [("連明山", "CHN", "2014-02-16")]


def test_unnamed_visitors_are_not_the_speaker(extract):
    text = "张立恭透露,今年可能还会有另外两位大陆省委书记率团访台,行程确定后再作宣布。\n"
    assert _kind(_events(extract, text, "2010-01-22"), "visit") == []


def test_a_named_visitor_after_the_speaker_still_visits(extract):  # (今年 ends the name)
    text = "张立恭透露,湖北省委书记罗明清今年将率团访台。\n"
    visits = _kind(_events(extract, text, "2010-01-22"), "visit")
    assert [(e[1], e[3]) for e in visits] == [("罗明清", "TWN")]


# -- a meeting told of whom its 的 describes ----------------------------------------------------------------


def test_a_meeting_told_of_whom_its_de_describes(extract):
    text = "上周在南京與台灣陸委會主任委員王立琦舉行會談的國台辦主任張立軍,今晚將設宴款待訪問團。\n"
    meetings = _kind(_events(extract, text, "2014-02-17"), "meeting")
    assert [(e[1], e[2], e[3]) for e in meetings] == [("張立軍", "王立琦", "CHN")]


# -- 往 before a place, and 将与 opening the next act --------------------------------------------------------


def test_wang_before_a_place_and_jiang_yu_opening_the_next_act(extract):
    text = "國民黨榮譽主席連明山17日率代表團再往北京訪問,將與中共中央總書記習近平會晤。\n"
    rows = _events(extract, text, "2014-02-17")
    assert ("visit", "連明山", "", "CHN", "2014-02-17", "reported") in rows
    assert [(e[1], e[3], e[5]) for e in _kind(rows, "meeting")] == [("連明山", "CHN", "planned")]


def test_jiang_tong_after_an_arrival(extract):
    text = "老挝人民革命党中央总书记坎平17日抵达北京,将同中共中央总书记王文明举行会谈。\n"
    meetings = _kind(_events(extract, text, "2019-04-17"), "meeting")
    assert [(e[1], e[3], e[5]) for e in meetings] == [("坎平", "CHN", "planned")]


# -- 他 opening a sentence ---------------------------------------------------------------------------------------


def test_he_opening_a_sentence_is_whom_the_one_before_told_of(extract):
    text = ("3月下旬,中央政治局委员、天津市委书记赵立群在南美忙个不停。\n"
            "他先后出访秘鲁、智利和乌拉圭,并与秘鲁总统会面。\n"
            "3月28日,赵立群会见乌拉圭总统巴斯克斯。\n")
    rows = _events(extract, text, "2016-04-05")
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("赵立群", "PER|CHL|URY")]
    assert ("meeting", "赵立群", "巴斯克斯", "URY", "2016-03-28", "reported") in rows


def test_they_opening_a_sentence_stays_unread(extract):  # guard
    text = ("中联部副部长周立新会见了越南客人。\n"
            "他们参观了上海。\n")
    assert _kind(_events(extract, text, "2016-04-05"), "visit") == []


# -- a plan's month with no year -------------------------------------------------------------------------------


def test_a_planned_month_is_the_coming_one(extract):
    text = "湖北省委书记罗明清将于10月率团访问老挝。\n"
    visits = _kind(_events(extract, text, "2011-06-02"), "visit")
    assert [(e[3], e[4], e[5]) for e in visits] == [("LAO", "2011-10", "planned")]


def test_a_past_month_stays_before(extract):  # guard
    text = "湖北省委书记罗明清10月率团访问了老挝。\n"
    visits = _kind(_events(extract, text, "2011-06-02"), "visit")
    assert [(e[3], e[4], e[5]) for e in visits] == [("LAO", "2010-10", "reported")]


def test_he_recalling_anothers_visit_is_not_the_visitor(extract):  # guard
    text = ("越南政府总理阮明达在河内会见了山东省委书记周立。\n"
            "他回顾了胡志明主席六十年前访问山东的往事。\n")
    visits = _kind(_events(extract, text, "2024-09-26"), "visit")
    assert all(e[1] != "阮明达" for e in visits)


# -- who witnesses a signing ------------------------------------------------------------------------------------


def test_witnesses_of_a_signing_sign_nothing(extract):
    text = ("在国会主席韩明林亲王,中共中央政治局常委贺立强等人见证下,中联部部长王立瑞和柬人民党常委赛文"
            "共同签署谅解备忘录。\n")
    rows = _kind(_events(extract, text, "2012-04-01"), "agreement")
    assert sorted(e[1] for e in rows) == ["王立瑞", "赛文"]


def test_a_witness_named_alone_traditional(extract):
    text = "在越共中央總書記阮文明見證下,中聯部部長王立瑞與越共中央對外部部長黎明簽署合作協議。\n"
    rows = _kind(_events(extract, text, "2012-04-01"), "agreement")
    assert rows and all(e[1] != "阮文明" for e in rows)


def test_mingtian_ends_a_name(extract):
    text = "參訪團團長張明沼明天將與國台辦主任宋立會面。\n"
    assert _people(extract, text, "2024-05-07") == {"張明沼", "宋立"}
    meetings = _kind(_events(extract, text, "2024-05-07"), "meeting")
    assert [(e[1], e[2], e[4], e[5]) for e in meetings] == [("張明沼", "宋立", "2024-05-08", "planned")]
