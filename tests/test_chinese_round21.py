"""Chinese readouts, round 21: constructions shared by the dev reports of outlets the earlier sets hold little
of (a journal, a portal, a wire mirror, city papers and sites, a Malaysian paper, the Vietnamese party paper's
Chinese edition), in simplified and in traditional script.

- Who speaks at a gathering the report tells as held attended it: "会上，……甲作主旨讲话表示", "……乙在研讨会致辞
  中指出", and in a report whose lead tells the gathering held, whoever "表示/指出/致辞" afterwards. One row for
  the gathering (its first speaker), and none where someone is told attending it (`extract/zh_speakers.py`).
  A gathering's quoted title is part of its name ("“……”研讨会在北京大学举行"), and the day a wire filed its
  report is not the day the gathering was held.
- A city's official ("市委常委、副市长甲") who meets a foreign guest with nothing placing the meeting receives
  him at home (`zh_rows.received_at_home`); a ministry named with a country right before it ("越南外交部") is
  that country's, not China's (`mentions._foreign_bodies`, for every rule).
- "在会面中透露", "在会谈中表示": the meeting told before, no meeting with whom the clause names after it
  (`zh_triggers.restated_in`; "甲与乙在会面时表示" still tells the meeting).
- Places of the genre the gazetteer lacked (桂林, 东兴, 芒街, 布城, ...; 广宁省, 高平省 with 省, whose bare forms
  are ambiguous), and 衷心 closing a name ("书记黄某某衷心感谢").

Every sentence here is invented in the genre; the names are made up. Each test reads the fields a user reads.
The guards (marked) pass before and after; the others failed before.
"""
from readout_rows import of_kind as _kind
from readout_rows import zh_events as _events
from readout_rows import zh_people as _people
from readout_rows import zh_places as _places

# -- who speaks at a gathering attended it -------------------------------------------------------------------------


def test_a_keynote_at_the_session_is_attending_the_gathering(extract):
    text = ("中国共产党同南亚国家政党对话会在昆明举行\n\n"
            "5月11日，中国共产党同南亚国家政党对话会在昆明举行。来自8个国家的政党代表参加会议。\n"
            "会上，中共中央对外联络部副部长王明作主旨讲话表示，各方应加强交流互鉴。\n")
    rows = _kind(_events(extract, text, "2019-05-12"), "summit")
    assert [(e[1], e[3], e[4]) for e in rows] == [("王明", "CHN", "2019-05-11")]
    assert "对话会" in rows[0][2]


def test_traditional_a_speech_at_the_seminar_with_a_quoted_title(extract):
    text = ("研討會在京舉行\n\n"
            "6月8日，由中聯部主辦的「政黨與現代化」研討會在北京舉行。\n"
            "「百年來，黨的對外工作取得新成就，」中聯部部長王明在研討會致辭中指出。\n")
    rows = _kind(_events(extract, text, "2021-06-15"), "summit")
    assert [(e[1], e[2], e[3], e[4]) for e in rows] == [("王明", "「政黨與現代化」研討會", "CHN", "2021-06-08")]


def test_in_a_report_about_a_forum_its_first_speaker_attended_it(extract):
    text = ("第五届中国—东盟智库论坛在南宁举行\n\n"
            "中新社南宁9月21日电 9月19日至20日，第五届中国—东盟智库论坛在广西南宁举行。约200名嘉宾参加。\n"
            "马来西亚国会下议院副议长陈大文表示，马中合作前景广阔。\n"
            "老挝外交部副部长宋坎·蓬沙表示，老方愿同各方深化合作。\n")
    rows = _kind(_events(extract, text, "2024-09-21"), "summit")
    assert [(e[1], e[2], e[3], e[4]) for e in rows] == [("陈大文", "第五届中国—东盟智库论坛", "CHN", "2024-09-19")]


def test_guard_no_speaker_row_where_someone_is_told_attending(extract):  # guard
    text = ("论坛开幕\n\n"
            "10月22日，第三届国际政党论坛以视频会议形式举行。秘书长陈大文致辞。\n"
            "中联部部长王明出席开幕式并发表讲话。\n")
    rows = _kind(_events(extract, text, "2020-10-23"), "summit")
    assert [e[1] for e in rows] == ["王明"]


def test_guard_a_speaker_in_a_report_about_a_meeting_attends_nothing(extract):  # guard
    text = ("王明会见越南客人\n\n"
            "新华社北京5月8日电 中联部部长王明8日在北京会见了越南共产党代表团团长阮文英。\n"
            "阮文英表示，越方愿同中方加强交流。\n")
    rows = _events(extract, text, "2019-05-09")
    assert _kind(rows, "summit") == []
    assert [(e[1], e[2], e[3]) for e in _kind(rows, "meeting")] == [("王明", "阮文英", "CHN")]


# -- a city's official receives at home; a country's ministry ------------------------------------------------------


def test_a_city_official_receives_a_foreign_guest_at_home(extract):
    text = ("市领导会见越南客人\n\n"
            "【某市日报讯】11月22日下午，市委常委、副市长王明在迎宾馆会见了越南外交部党组成员、部长助理阮文英一行。\n")
    rows = _events(extract, text, "2017-11-27")
    assert [(e[1], e[2], e[3], e[4]) for e in _kind(rows, "meeting")] == [("王明", "阮文英", "CHN", "2017-11-22")]


def test_traditional_a_city_official_receives_a_foreign_guest_at_home(extract):
    text = "市領導會見寮國客人\n\n11月22日下午，市委副書記王明會見了老撾外交部部長助理宋坎一行。\n"
    rows = _events(extract, text, "2017-11-27")
    assert [(e[1], e[3]) for e in _kind(rows, "meeting")] == [("王明", "CHN")]


def test_guard_a_vietnamese_city_secretary_is_not_placed_in_china(extract):  # guard
    text = "芒街市市委书记黄文明会见了东兴市市委书记王明。\n"
    rows = _kind(_events(extract, text, "2023-02-03"), "meeting")
    assert rows and all("CHN" not in e[3] for e in rows)


# -- a meeting told before, as the setting of what is said ---------------------------------------------------------


def test_a_meeting_named_as_the_setting_meets_no_one_named_after_it(extract):
    text = ("大使拜会部长\n\n"
            "大使王明今日在布城拜会首相署部长李华。\n"
            "他披露，李华也在会面中透露，首相陈大文将于明年访问中国。\n")
    rows = _events(extract, text, "2014-01-16")
    assert [(e[1], e[2], e[3], e[4]) for e in _kind(rows, "meeting")] == [("王明", "李华", "MYS", "2014-01-16")]
    assert [(e[1], e[3], e[5]) for e in _kind(rows, "visit")] == [("陈大文", "CHN", "planned")]


def test_traditional_a_meeting_named_as_the_setting(extract):
    text = "部長會見大使\n\n部長李華8日在怡保會見了中國大使王明。李華在會談中表示，首相陳大文將會見中國客人。\n"
    rows = _kind(_events(extract, text, "2014-01-16"), "meeting")
    assert [(e[1], e[2], e[3]) for e in rows] == [("李華", "王明", "MYS")]


def test_guard_two_named_sides_in_the_meeting_still_meet(extract):  # guard
    text = "新加坡总统陈大文与中国国家副主席王明昨天在会谈中表示，两国关系密切。\n"
    rows = _kind(_events(extract, text, "2023-11-09"), "meeting")
    assert [(e[1], e[2]) for e in rows] == [("陈大文", "王明")]


# -- places and a name ---------------------------------------------------------------------------------------------


def test_a_border_city_delegation_goes_to_a_vietnamese_province(extract):
    text = ("东兴市代表团赴越\n\n"
            "(越共电子报)由中国广西东兴市市委书记王明率领的东兴市委代表团今日已前往广宁省芒街市出席纪念活动。\n"
            "芒街市市委书记黄文明衷心感谢东兴市代表团的来访。\n")
    rows = _events(extract, text, "2023-02-03")
    assert [(e[1], e[3], e[4]) for e in _kind(rows, "visit")] == [("王明", "VNM", "2023-02-03")]
    assert "黄文明" in _people(extract, text, "2023-02-03")


def test_places_of_the_genre_are_read(extract):
    text = "王明在桂林会见客人，李华在布城拜会部长，陈东到访芒街，赵南访问高平省。\n"
    isos = {m[0]: m[1].split(":")[1] for m in _places(extract, text, "2023-02-03")}
    assert {k: isos.get(k) for k in ("桂林", "布城", "芒街", "高平省")} == {
        "桂林": "CHN", "布城": "MYS", "芒街": "VNM", "高平省": "VNM"}


def test_guard_a_place_inside_a_given_name_is_no_place(extract):  # guard
    text = "副市长王桂林会见了越南客人。\n"
    assert "王桂林" in _people(extract, text, "2023-02-03")
    assert not any(m[0] == "桂林" for m in _places(extract, text, "2023-02-03"))


# -- guards: no host is placed at home by a rule tried and dropped (a foreign host receiving a Chinese official) -


def test_guard_a_foreign_leader_told_visiting_china_is_not_at_home(extract):  # guard
    text = ("宋坎访华\n\n"
            "老挝国家主席宋坎·蓬沙应邀于5日至8日访华。\n"
            "宋坎·蓬沙会见了中共中央对外联络部部长王明。\n")
    rows = _kind(_events(extract, text, "2024-05-09"), "meeting")
    assert rows and all("LAO" not in e[3] for e in rows)


def test_guard_a_chinese_ambassador_posted_there_makes_no_visit(extract):  # guard
    text = "马来西亚首相陈大文接见了中国驻马来西亚大使王明。\n"
    rows = _events(extract, text, "2024-03-29")
    assert _kind(rows, "visit") == []


def test_guard_a_leader_on_a_state_visit_to_china_meets_a_province_there(extract):  # guard
    text = ("越共中央总书记阮文英会见广东省委书记王明\n\n"
            "在对中国进行国事访问的第一天，8月18日，越共中央总书记、国家主席阮文英会见了中共中央政治局委员、"
            "广东省委书记王明。\n")
    rows = _events(extract, text, "2024-08-19")
    assert rows and all("VNM" not in e[3] for e in rows)
    assert [e for e in _kind(rows, "visit") if e[1] == "王明"] == []


def test_guard_a_foreign_city_delegation_head_meets_a_province_official_not_at_home(extract):  # guard
    text = "越通社河内——5月22日上午，河内市委副书记阮文英会见了广东省委常委、政法委书记王明。\n"
    rows = _events(extract, text, "2024-05-23")
    assert [e for e in _kind(rows, "visit") if e[1] == "王明"] == []


def test_a_speech_at_the_session_is_read_in_either_script():
    """"在這次論壇上發表講話" as "在这次论坛上发表讲话": the speaker pattern's words in both scripts."""
    from liaison.extract.zh_speakers import _EXPLICIT, _SPEAKS
    for said in ("在这次论坛上发表讲话", "在這次論壇上發表講話", "發表主旨講話"):
        assert _SPEAKS.pattern.match(said).end() == len(said)
        assert _EXPLICIT.match(said)
    assert _SPEAKS.pattern.match("表示感謝") is None
