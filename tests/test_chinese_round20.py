"""Chinese readouts, round 20: what the held-out misses share, in simplified and in traditional script.

- Whom a meeting lists after 以及 with a body before each post ("会见了甲，以及巴勒斯坦民族解放运动（法塔赫）中央委员
  乙") is each met: bodies, places, brackets and 的 between a list mark and the post chain keep the list going.

Counted over the held-out splits, a missed event's actor or counterpart was often no person mention at all: a name
right after a post held by a body or a country whose surname the surname table lacks ("政协副主席磨某英", "巡视员
狄某深") or whose name by sound uses a character outside the transliteration tables ("外长贲某拓", "主席科某奥卢").
After such a post, a run of three or four Han characters that a list mark, a stop, a day or an act closes is a name
(`extract/zh_name_rare.py`); after a name ("安华首相最近也……"), after a title of many ("两国领导人重要共识") or before
a word of the news ("部长级会议") it is none.

Every sentence here is invented in the genre; the names are made up. Each test reads the fields a user reads.
The guards (marked) pass before and after; the others failed before.
"""
from readout_rows import of_kind as _kind
from readout_rows import zh_events as _events
from readout_rows import zh_people as _people


def test_a_foreign_minister_with_a_name_outside_the_tables_is_met(extract):
    text = "中联部部长王明8日在北京会见了东帝汶外长贲利拓。\n双方就两党关系交换了意见。\n"
    rows = _events(extract, text, "2019-05-09")
    assert [(e[1], e[2], e[3], e[4]) for e in _kind(rows, "meeting")] == [("王明", "贲利拓", "CHN", "2019-05-08")]
    assert "贲利拓" in _people(extract, text, "2019-05-09")


def test_traditional_a_foreign_minister_with_a_name_outside_the_tables_is_met(extract):  # passed before too
    text = "中聯部部長王明8日在北京會見了東帝汶外長賁利拓。\n雙方就兩黨關係交換了意見。\n"
    rows = _events(extract, text, "2019-05-09")
    assert [(e[1], e[2], e[3]) for e in _kind(rows, "meeting")] == [("王明", "賁利拓", "CHN")]


def test_a_friendship_chair_by_sound_holds_talks(extract):
    text = "友协会长王明3日在安卡拉与土耳其中国友好协会主席科驰布卢进行会谈。\n"
    assert "科驰布卢" in _people(extract, text, "2019-05-09")


def test_a_rare_surname_after_a_post_is_a_person_in_a_list(extract):
    text = "全国政协副主席磨长青、自治区政府秘书长黄明出席。中联部二级巡视员狄会远，省委外办负责人陪同。\n"
    people = _people(extract, text, "2019-05-09")
    assert {"磨长青", "狄会远"} <= people


def test_traditional_a_rare_surname_after_a_post(extract):
    text = "國會辦公廳主任官古林說，代表團此次訪問十分成功。\n"
    assert "官古林" in _people(extract, text, "2019-05-09")


def test_guard_words_after_a_post_are_no_names(extract):  # guard
    text = ("双方表示将落实两国领导人重要共识，深化合作。安华首相最近也表示欢迎。总书记致贺电，"
            "部长级会议，主席团成员、大使馆工作人员出席。国民党主席后首度会见大陆高层。\n")
    people = _people(extract, text, "2019-05-09")
    assert not people & {"重要共识", "最近也", "致贺电", "级会议", "团成员", "馆工作", "后首度"}


# -- whom a meeting lists, a body's name before each post ------------------------------------------------------------


def test_each_official_listed_after_yiji_with_his_body_is_met(extract):
    text = ("新华社拉姆安拉5月8日电 中联部副部长王明8日在拉姆安拉会见了巴勒斯坦解放组织执行委员会秘书长阿卜杜拉，"
            "以及巴勒斯坦民族解放运动（法塔赫）中央委员哈米德，阿拉法特基金会主席纳赛尔等巴方官员。\n")
    rows = _events(extract, text, "2019-05-09")
    assert sorted((e[1], e[2], e[3]) for e in _kind(rows, "meeting")) == [
        ("王明", "哈米德", "PSE"), ("王明", "纳赛尔", "PSE"), ("王明", "阿卜杜拉", "PSE")]


def test_traditional_each_official_listed_after_yiji_is_met(extract):
    text = ("新華社拉姆安拉5月8日電 中聯部副部長王明8日在拉姆安拉會見了巴勒斯坦解放組織執行委員會秘書長阿卜杜拉，"
            "以及巴勒斯坦民族解放運動（法塔赫）中央委員哈米德。\n")
    rows = _events(extract, text, "2019-05-09")
    assert sorted((e[1], e[2]) for e in _kind(rows, "meeting")) == [("王明", "哈米德"), ("王明", "阿卜杜拉")]


