"""Chinese readouts, round 12: constructions of the genre rather than of one set, in simplified and in
traditional script (Xinhua and its mirrors, Taiwan and Hong Kong papers, provincial broadcasters).

- A ruling parties' dialogue named as one ("第三届中国-肯尼亚执政党高层对话") is a gathering those who attend it
  attend; "……对话20日在京举行。甲在开幕式上发表主旨讲话" (a speech at its opening or closing ceremony) is
  attending the gathering the sentence before tells as held.
- "中联部以视频方式举行中国同非洲国家政党共商会议": a 会议 a body holds, told with how it is held, is the
  body's gathering (its name may list regions and quote).
- "从11日到今天……进行友好访问": a stay up to the day of the report.
- "甲、乙对丙一行来陕表示欢迎": who is welcomed visits, also when two hosts speak.
- 關系 (关系 in a traditional text with the simplified 系) is no name.
- "韩明远在北京会见……", "韩明远9日在北京会见……": a name with no post opening a clause before where (and
  when) it acts.
- "……大会在莫斯科开幕。……率团出席。": a delegation led to the gathering told as held attends it there.
- "自2018年甲出席……以来，访问……的": a date since another's act dates no act of the clause.

Every sentence here is invented in the genre; the names are made up. Each test reads the fields a user
reads. Three guard what the new rules must leave alone (a dialogue 会's name kept whole, a bare 出席 after a
gathering of an earlier item, a "自……以来" date with no one else's act in it): they pass before and after; the
other 14 failed before.
"""
from readout_rows import zh_events as _events
from readout_rows import zh_people as _people

# -- a dialogue of ruling parties ----------------------------------------------------------------------------


def test_attending_a_ruling_parties_dialogue_is_a_summit(extract):
    text = "国家副主席周立群28日在北京与肯尼亚朱比利党总书记图卡出席第三届中国-肯尼亚执政党高层对话。\n"
    summits = [e for e in _events(extract, text, "2019-06-29") if e[0] == "summit"]
    assert summits == [("summit", "周立群", "第三届中国-肯尼亚执政党高层对话", "CHN", "2019-06-28", "reported")]


def test_a_political_dialogue_in_traditional_script(extract):
    text = "中聯部副部長周立群與坦桑尼亞革命黨副主席馬卡瓦出席第二屆中國-坦桑尼亞執政黨政治對話並致辭。\n"
    summits = [e for e in _events(extract, text, "2020-11-05") if e[0] == "summit"]
    assert [(e[1], e[2]) for e in summits] == [("周立群", "第二屆中國-坦桑尼亞執政黨政治對話")]


def test_a_dialogue_meeting_keeps_its_whole_name(extract):  # guard
    text = "11月30日，中联部部长周立群出席中国共产党与世界政党高层对话会。\n"
    summits = [e for e in _events(extract, text, "2017-12-01") if e[0] == "summit"]
    assert [e[2] for e in summits] == ["中国共产党与世界政党高层对话会"]


def test_a_speech_at_the_opening_ceremony_attends_the_dialogue_held(extract):
    text = ("新华社北京11月20日电 第四届中国-乌干达执政党高层政治对话20日在京举行。中联部部长周立群在开幕式上"
            "发表主旨讲话。\n")
    summits = [e for e in _events(extract, text, "2018-11-20") if e[0] == "summit"]
    assert summits == [("summit", "周立群", "第四届中国-乌干达执政党高层政治对话", "CHN", "2018-11-20", "reported")]


def test_a_speech_at_the_closing_ceremony_in_traditional_script(extract):
    text = ("新華社北京11月21日電 第四屆中國-烏干達執政黨高層政治對話21日在京閉幕。中聯部副部長周立群在閉幕式上"
            "致辭。\n")
    summits = [e for e in _events(extract, text, "2018-11-21") if e[0] == "summit"]
    assert [(e[1], e[3], e[4]) for e in summits] == [("周立群", "CHN", "2018-11-21")]


# -- a 会议 a body holds online ------------------------------------------------------------------------------


def test_a_parties_conference_the_department_holds_by_video(extract):
    text = ("3月9日，中共中央对外联络部以视频方式举行中国同非洲国家政党共商会议。南非非国大总书记恩科西等"
            "30多个政党领导人参会。\n")
    summits = [e for e in _events(extract, text, "2022-03-10") if e[0] == "summit"]
    assert [(e[2], e[3], e[4]) for e in summits] == [("中国同非洲国家政党共商会议", "", "2022-03-09")]
    assert summits[0][1].startswith("International Department")


def test_a_conference_listing_regions_held_by_video_link(extract):
    text = ("1月24日，中联部以视频连线方式举行中国同东南亚、南亚国家“一带一路”政党共商会议，40多个政党领导人"
            "参会。\n")
    summits = [e for e in _events(extract, text, "2022-01-25") if e[0] == "summit"]
    assert [(e[2], e[4]) for e in summits] == [("中国同东南亚、南亚国家“一带一路”政党共商会议", "2022-01-24")]


# -- a stay up to today ----------------------------------------------------------------------------------------


def test_a_stay_from_a_day_to_today_in_traditional_script(extract):
    text = "中國官方媒體報導，全國人大常委會委員長周立群從11日到今天對寮國進行友好訪問。\n"
    visits = [e for e in extract(text, "2024-04-13")["events"] if e["kind"] == "visit"]
    assert [(v["actor"], v["places"], v["start"], v["end"]) for v in visits] == \
        [("周立群", "LAO", "2024-04-11", "2024-04-13")]


# -- two hosts welcome a guest ---------------------------------------------------------------------------------


def test_two_hosts_welcoming_a_guest_make_no_visit_of_their_own(extract):
    text = ("8日，省委书记周立群、省长陈和平在西安会见了正在我国访问的老挝总理坎代一行。周立群、陈和平对坎代"
            "一行来陕表示欢迎。\n")
    found = _events(extract, text, "2020-01-09")
    assert [(e[1], e[3]) for e in found if e[0] == "visit"] == [("坎代", "CHN")]
    assert {(e[1], e[2]) for e in found if e[0] == "meeting"} == {("周立群", "坎代"), ("陈和平", "坎代")}


# -- 關系 is no name ---------------------------------------------------------------------------------------------


def test_guanxi_written_with_the_simplified_xi_is_no_person(extract):
    text = "中國駐委內瑞拉大使周立群24日會見委執政黨青年代表，雙方就中委關系和青年交流交換了意見。\n"
    assert _people(extract, text, "2024-01-26") == {"周立群"}


# -- a name with no post opening a clause ------------------------------------------------------------------------


def test_a_bare_name_before_where_it_meets(extract):
    text = "5月9日，韩明远在北京会见塞拉利昂人民党总书记卡马拉。\n"
    found = _events(extract, text, "2023-05-10")
    assert ("meeting", "韩明远", "卡马拉", "CHN", "2023-05-09", "reported") in found
    assert {"韩明远", "卡马拉"} <= _people(extract, text, "2023-05-10")


def test_a_bare_name_before_a_day_and_where_in_traditional_script(extract):
    text = "韓明遠9日在北京會見塞拉利昂人民黨總書記卡馬拉。\n"
    found = _events(extract, text, "2023-05-10")
    assert ("meeting", "韓明遠", "卡馬拉", "CHN", "2023-05-09", "reported") in found


def test_a_bare_name_before_where_it_attends(extract):
    text = "10月12日，郭立平在南宁出席中国—东盟政党论坛开幕式。\n"
    summits = [e for e in _events(extract, text, "2023-10-13") if e[0] == "summit"]
    assert [(e[1], e[3], e[4]) for e in summits] == [("郭立平", "CHN", "2023-10-12")]


# -- a delegation led to a gathering told as held ---------------------------------------------------------------


def test_a_delegation_led_to_the_congress_opened_there(extract):
    text = "10月28日，亚洲政党国际会议第十届大会在莫斯科开幕。中联部副部长周立群率团出席。\n"
    summits = [e for e in _events(extract, text, "2019-10-29") if e[0] == "summit"]
    assert [(e[1], e[3], e[4]) for e in summits] == [("周立群", "RUS", "2019-10-28")]


def test_a_bare_attending_after_an_earlier_items_gathering_is_not_read_into_it(extract):  # guard
    text = ("■10月23日，中联部副部长周立群出席委内瑞拉统一社会主义党干部网络研修班开班式并致辞。\n\n"
            "■11月4日，中国共产党同斯里兰卡人民阵线党举办高级研讨班。陈和平、斯里兰卡议长阿贝瓦等出席并致辞。\n")
    summits = [e for e in _events(extract, text, "2020-12-23") if e[0] == "summit"]
    assert not any("研修班" in e[2] and e[1] != "周立群" for e in summits)


# -- since another's act ----------------------------------------------------------------------------------------


def test_a_date_since_anothers_act_dates_no_visit_of_the_subject(extract):
    text = "此外，周立群也是自2018年陈和平出席越南国庆纪念活动以来，访问越南的中国最高级别官员。\n"
    visits = [e for e in _events(extract, text, "2024-04-11") if e[0] == "visit"]
    assert not any(e[4] == "2018" for e in visits)


def test_a_second_visit_since_a_year_keeps_that_years_visit(extract):  # guard
    text = "3月28日，国家主席周立群在北京会见柬埔寨首相索萨拉。此次是自2016年以来索萨拉第二次访华。\n"
    visits = [e for e in _events(extract, text, "2019-03-29") if e[0] == "visit"]
    assert ("索萨拉", "CHN", "2016") in {(e[1], e[3], e[4]) for e in visits}
