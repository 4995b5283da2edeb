"""Chinese readouts, round 13: constructions of the genre rather than of one set, in simplified and in
traditional script (Xinhua and its mirrors, Vietnamese and Cambodian Chinese-language papers, Taiwan and
Hong Kong outlets).

- "总理范明正在政府总部会见……": 正在 after a name the document writes whole elsewhere ("范明正总理",
  "副主席林豐正、") ends the name with its 正; else 正在 stays the word.
- "出席4月在北京举行的……论坛": the month or day a gathering is held may come before where, which places it.
- A guest from abroad who attends (出席, 参加) a gathering in China is on a visit there, also when named after
  when and where the host attends with them ("甲28日在北京与乙出席……对话"); not an ambassador posted in
  China, a Chinese attendee, nor many who take part (参会).
- "是次率团访柬共有三个目的": a visit by a country's one-character form before its purposes are counted.
- 俄勒冈州 is a state of the United States.
- "自2018年甲访问朝鲜以来，……": the act inside "自……以来" is of that date when it is the clause's own (its
  actor and verb inside); another's act after it still takes none of it (round 12).
- "中共代表团同……部长甲交流座谈", "……在河内同甲举行会谈": a delegation no one is named to lead, before 同/与,
  is the side that meets whom is named after it (not that one meeting no one); 交流座谈 and 座谈交流 end a
  name (交流 alone does not: "青年交流").

Every sentence here is invented in the genre; the names are made up. Each test reads the fields a user
reads. The guards (marked) pass before and after; the others failed before.
"""
from readout_rows import zh_events as _events
from readout_rows import zh_people as _people

# -- 正在 after a name ---------------------------------------------------------------------------------------


def test_zheng_zai_after_a_name_written_whole_elsewhere(extract):
    text = ("老挝政府总理宋明正会见中联部副部长周立群\n\n"
            "5月12日,老挝政府总理宋明正在总理府会见了正在访老的中联部副部长周立群一行。\n"
            "宋明正总理表示,老方高度重视老中关系。\n")
    assert _people(extract, text, "2024-05-13") == {"宋明正", "周立群"}
    meetings = [e for e in _events(extract, text, "2024-05-13") if e[0] == "meeting"]
    assert ("meeting", "宋明正", "周立群", "LAO", "2024-05-12", "reported") in meetings
    assert all(e[1] != "宋明" for e in meetings)


def test_zheng_zai_in_traditional_script(extract):
    text = ("交流團一行拜會了中國國民黨副主席陳立正、海基會董事長江明德。"
            "副主席陳立正在會見交流團時表示,期待兩岸交流更加密切。\n")
    assert _people(extract, text, "2012-04-28") == {"陳立正", "江明德"}


def test_zheng_zai_stays_the_word_when_no_whole_name(extract):  # guard
    text = "外交部长黎明正在河内会见中联部副部长周立群。\n"
    assert "周立群" in _people(extract, text, "2024-05-13")
    assert "黎明" not in _people(extract, text, "2024-05-13")


# -- a gathering's month before where it is held -------------------------------------------------------------


def test_a_month_before_where_a_gathering_is_held(extract):
    text = "大使表示,柬埔寨首相洪明将出席4月在北京举行的第三届“一带一路”国际合作高峰论坛。\n"
    summits = [e for e in _events(extract, text, "2023-03-20") if e[0] == "summit"]
    assert [(e[3], e[4], e[5]) for e in summits] == [("CHN", "2023-04", "planned")]


def test_a_day_before_where_a_gathering_is_held_traditional(extract):
    text = "寮國國家主席本通出席10月18日在北京舉行的第三屆“一帶一路”國際合作高峰論壇。\n"
    summits = [e for e in _events(extract, text, "2023-10-20") if e[0] == "summit"]
    assert [(e[3], e[4]) for e in summits] == [("CHN", "2023-10-18")]


def test_next_month_before_where_a_forum_is_held(extract):
    text = "越南国会主席阮文青将出席下月在上海举办的中国—东盟政党论坛。\n"
    summits = [e for e in _events(extract, text, "2023-10-20") if e[0] == "summit"]
    assert [e[3] for e in summits] == ["CHN"]


# -- a guest from abroad at a gathering in China --------------------------------------------------------------


def test_a_foreign_leader_attending_a_forum_in_china_visits(extract):
    text = "斯里兰卡总理拉贾帕克萨将出席4月在北京举行的第二届“一带一路”国际合作高峰论坛。\n"
    visits = [e for e in _events(extract, text, "2019-03-20") if e[0] == "visit"]
    assert [(e[1], e[3], e[5]) for e in visits] == [("拉贾帕克萨", "CHN", "planned")]


def test_a_guest_attending_with_the_host_in_beijing_visits(extract):
    text = "国家副主席周立群28日在北京与肯尼亚朱比利党总书记图卡出席第三届中国-肯尼亚执政党高层对话。\n"
    events = _events(extract, text, "2019-06-29")
    assert ("summit", "周立群", "第三届中国-肯尼亚执政党高层对话", "CHN", "2019-06-28", "reported") in events
    assert [(e[1], e[3]) for e in events if e[0] == "visit"] == [("图卡", "CHN")]
    assert len([e for e in events if e[0] == "summit"]) == 1  # the gathering is one row, its subject's


def test_a_guest_attending_in_traditional_script(extract):
    text = "國家副主席周立群6日在北京與蘇丹全國大會黨副主席哈桑出席第四屆中國-蘇丹執政黨高層對話。\n"
    visits = [e for e in _events(extract, text, "2016-06-07") if e[0] == "visit"]
    assert [(e[1], e[3]) for e in visits] == [("哈桑", "CHN")]


def test_a_guest_at_a_forum_in_a_province_visits(extract):
    text = "老挝人民革命党中央书记处书记坎潘参加在昆明举行的中国—南亚东南亚政党论坛。\n"
    visits = [e for e in _events(extract, text, "2024-08-20") if e[0] == "visit"]
    assert [(e[1], e[3]) for e in visits] == [("坎潘", "CHN")]


def test_an_ambassador_in_china_at_a_forum_makes_no_visit(extract):  # guard
    text = "越南驻华大使范清平出席在北京举行的第二届中越青年论坛。\n"
    assert [e for e in _events(extract, text, "2023-05-20") if e[0] == "visit"] == []


def test_a_chinese_attendee_makes_no_visit(extract):  # guard
    text = "中联部部长周立群出席在北京举行的中国共产党与世界政党高层对话会。\n"
    assert [e for e in _events(extract, text, "2023-03-16") if e[0] == "visit"] == []


def test_taking_part_in_a_forum_makes_no_visit(extract):  # guard
    text = "格林纳达新民族党领袖、政府总理米尔顿等30个国家的政党领导人参会。\n"
    assert [e for e in _events(extract, text, "2021-05-28") if e[0] == "visit"] == []


# -- a one-character country before its purposes ---------------------------------------------------------------


def test_a_visit_by_a_short_form_before_its_purposes(extract):
    text = "据国会办公厅主任说,周立群阁下是次率团访柬共有三个目的。\n"
    visits = [e for e in _events(extract, text, "2011-06-10") if e[0] == "visit"]
    assert [(e[1], e[3]) for e in visits] == [("周立群", "KHM")]


# -- a state of the United States ------------------------------------------------------------------------------


def test_oregon_is_in_the_united_states(extract):
    text = "俄勒岡州參議長瓦爾登率議會代表團一行十三人,於日前抵達成都進行友好訪問。\n"
    rows = extract(text, "2025-11-07")
    assert "USA" in {m["iso3"] for m in rows["mentions"] if m["kind"] == "place"}


# -- a delegation as the side that meets ------------------------------------------------------------------------


def test_a_delegation_before_tong_meets_the_one_named_after(extract):
    text = "4月18日,中共代表团同老挝人民革命党中央组织部部长坎潘交流座谈。\n"
    assert _events(extract, text, "2024-04-20") == [
        ("meeting", "中共代表团", "坎潘", "LAO", "2024-04-18", "reported")]


def test_a_delegation_in_a_capital_holds_talks(extract):
    text = "中共代表团在河内同越南共产党中央对外部副部长阮明成举行会谈。\n"
    meetings = [e for e in _events(extract, text, "2024-04-20") if e[0] == "meeting"]
    assert [(e[1], e[2], e[3]) for e in meetings] == [("中共代表团", "阮明成", "VNM")]


def test_a_delegation_meets_in_traditional_script(extract):
    text = "中共代表團同寮國人民革命黨中央組織部部長坎潘座談交流。\n"
    meetings = [e for e in _events(extract, text, "2024-04-20") if e[0] == "meeting"]
    assert [(e[1], e[2], e[3]) for e in meetings] == [("中共代表團", "坎潘", "LAO")]


def test_a_delegation_led_by_a_named_head_meets_as_its_head(extract):
    text = "以中联部副部长周立群为团长的中共代表团同越南共产党中央对外部部长阮明成交流座谈。\n"
    meetings = [e for e in _events(extract, text, "2024-04-20") if e[0] == "meeting"]
    assert [(e[1], e[2]) for e in meetings] == [("周立群", "阮明成")]


# -- an act inside 自……以来 ----------------------------------------------------------------------------------------


def test_a_visit_inside_since_is_of_that_year(extract):
    text = "自2018年中共中央政治局常委周立群访问朝鲜以来,两党高层交往频繁。\n"
    visits = [e for e in _events(extract, text, "2024-04-13") if e[0] == "visit"]
    assert [(e[1], e[3], e[4]) for e in visits] == [("周立群", "PRK", "2018")]


def test_a_visit_inside_since_in_traditional_script(extract):
    text = "自2019年中共中央總書記周立群訪問朝鮮以來,兩黨交往更加密切。\n"
    visits = [e for e in _events(extract, text, "2024-04-13") if e[0] == "visit"]
    assert [(e[1], e[3], e[4]) for e in visits] == [("周立群", "PRK", "2019")]


def test_anothers_act_after_since_keeps_no_date_of_it(extract):  # guard
    text = "周明远是自2018年中共中央政治局常委周立群访问朝鲜以来访问北韩的最高级别中共官员。\n"
    assert all(e[4] != "2018" for e in _events(extract, text, "2024-04-13") if e[1] == "周明远")
