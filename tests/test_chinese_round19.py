"""Chinese readouts, round 19: held-out gaps, in simplified and in traditional script.

- A chief executive named by his post alone ("行政长官甲", "特首乙") receives at home in Hong Kong or Macau: the one
  his post names, else the one the document names; a mainland official he receives there is on a visit there.
- A foreigner's honour or adviser's seat from a Chinese body ("中国侨联顾问", "中国人民对外友好协会荣誉顾问") does
  not make him Chinese when he holds another post: his country is that post's.
- Short forms: 加州 is California (United States); "委国总统甲" is Venezuela's president.
- A meeting told inside a stay's frame ("访问越南时会见了……", "在河内访问期间，会见了……") is a meeting, placed
  where the stay is.

Every sentence here is invented in the genre; the names are made up. Each test reads the fields a user reads.
The guards (marked) pass before and after; the others failed before.
"""
from readout_rows import of_kind as _kind
from readout_rows import zh_events as _events
from readout_rows import zh_places as _places

# -- a chief executive at home ------------------------------------------------------------------------------------


def test_a_chief_executive_by_his_post_alone_receives_in_macau(extract):
    text = "（澳门电台消息）行政长官何伟会见上海市委常委、统战部部长王明。\n何伟表示，沪澳两地交往密切。\n"
    rows = _events(extract, text, "2019-05-09")
    assert [(e[1], e[2], e[3]) for e in _kind(rows, "meeting")] == [("何伟", "王明", "MAC")]
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("王明", "MAC")]


def test_traditional_a_chief_executive_by_his_post_alone_receives_in_macau(extract):
    text = "（澳門電台消息）行政長官何偉會見上海市委常委王明。\n何偉表示，滬澳兩地交往密切。\n"
    rows = _events(extract, text, "2019-05-09")
    assert [(e[1], e[2], e[3]) for e in _kind(rows, "meeting")] == [("何偉", "王明", "MAC")]


def test_hong_kongs_tezhou_is_a_post_and_receives_in_hong_kong(extract):
    text = "香港特首何伟8日在礼宾府会见来访的广东省委书记王明。\n"
    rows = _events(extract, text, "2019-05-09")
    assert [(e[1], e[2], e[3], e[4]) for e in _kind(rows, "meeting")] == [("何伟", "王明", "HKG", "2019-05-08")]
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("王明", "HKG")]


def test_guard_a_chief_executive_met_in_beijing_stays_in_china(extract):  # guard
    text = "行政长官何伟3日在北京会见外交部部长王明。\n澳门与内地合作密切。\n"
    rows = _events(extract, text, "2019-05-09")
    assert [(e[1], e[2], e[3]) for e in _kind(rows, "meeting")] == [("何伟", "王明", "CHN")]


# -- an honorary Chinese post ---------------------------------------------------------------------------------------


def test_a_foreign_head_with_a_chinese_advisers_seat_comes_from_abroad(extract):
    text = "中联部部长王明8日会见了以马来西亚华人公会总会长、中国侨联顾问林明德先生为团长的马华公会代表团。\n"
    rows = _events(extract, text, "2019-05-09")
    assert [(e[1], e[2], e[3], e[4]) for e in _kind(rows, "meeting")] == [("王明", "林明德", "CHN", "2019-05-08")]
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("林明德", "CHN")]


def test_traditional_a_foreign_head_with_a_chinese_advisers_seat(extract):
    text = "中聯部部長王明8日會見了以馬來西亞華人公會總會長、中國僑聯顧問林明德先生為團長的馬華公會代表團。\n"
    rows = _events(extract, text, "2019-05-09")
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("林明德", "CHN")]


def test_guard_a_chinese_official_who_is_also_an_adviser_stays_chinese(extract):  # guard
    text = "中联部部长王明8日会见了全国政协常委、国务院参事室顾问林明德。\n"
    rows = _events(extract, text, "2019-05-09")
    assert _kind(rows, "visit") == []


# -- short forms ----------------------------------------------------------------------------------------------------


def test_jiazhou_is_california(extract):
    text = "中联部部长王明8日在北京会见了美国加州议会代表团。\n加州是美国经济总量最大的州。\n"
    assert ("加州", "place:USA:california") in _places(extract, text, "2019-05-09")


def test_the_short_form_of_venezuela_before_a_post(extract):
    text = "委国总统罗德里戈2日在官邸接见到访的中国政府特别代表李华一行。\n"
    rows = _events(extract, text, "2019-05-09")
    assert [(e[1], e[2], e[3], e[4]) for e in _kind(rows, "meeting")] == [("罗德里戈", "李华", "VEN", "2019-05-02")]
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("李华", "VEN")]


def test_guard_the_disciplinary_commission_names_no_venezuela(extract):  # guard
    text = "中央纪委国家监委驻中联部纪检监察组组长王明8日在北京会见了老挝客人。\n"
    assert not any(entity.startswith("place:VEN") for _, entity in _places(extract, text, "2019-05-09"))


# -- a meeting inside a stay's frame --------------------------------------------------------------------------------


def test_a_meeting_told_when_visiting_a_country(extract):
    text = "中联部部长王明访问越南时会见了越共中央总书记阮文山。\n"
    rows = _events(extract, text, "2019-05-09")
    assert [(e[1], e[2], e[3]) for e in _kind(rows, "meeting")] == [("王明", "阮文山", "VNM")]


def test_a_meeting_told_during_a_visit_to_a_country(extract):
    text = "中联部部长王明8日访问老挝期间会见了老挝人民革命党中央政治局委员坎潘。\n"
    rows = _events(extract, text, "2019-05-09")
    assert [(e[1], e[2], e[3], e[4]) for e in _kind(rows, "meeting")] == [("王明", "坎潘", "LAO", "2019-05-08")]


def test_a_meeting_after_a_stay_in_a_city(extract):
    text = "中联部部长王明在河内访问期间，会见了越共中央总书记阮文山。\n"
    rows = _events(extract, text, "2019-05-09")
    assert [(e[1], e[2], e[3]) for e in _kind(rows, "meeting")] == [("王明", "阮文山", "VNM")]


def test_traditional_a_meeting_told_when_visiting_a_country(extract):
    text = "中聯部部長王明訪問越南時會見了越共中央總書記阮文山。\n"
    rows = _events(extract, text, "2019-05-09")
    assert [(e[1], e[2], e[3]) for e in _kind(rows, "meeting")] == [("王明", "阮文山", "VNM")]


def test_guard_a_meeting_with_when_after_it_is_no_stay(extract):  # guard
    text = "中联部部长王明在会见越共中央总书记阮文山时表示，两党关系良好。\n"
    rows = _events(extract, text, "2019-05-09")
    assert [(e[1], e[2], e[3]) for e in _kind(rows, "meeting")] == [("王明", "阮文山", "")]


# -- 大马: Malaysian papers' Malaysia, and its short form after a verb of travel ------------------------------------


def test_a_visit_to_da_ma_by_its_short_form(extract):
    text = "大马华总总会长吴明说，大马人民欢迎中国朋友。\n他说，中国国家主席王明是在2013年10月历史性访马。\n"
    rows = _events(extract, text, "2025-01-10")
    assert [(e[1], e[3], e[4]) for e in _kind(rows, "visit")] == [("王明", "MYS", "2013-10")]


def test_traditional_a_visit_to_da_ma_by_its_short_form(extract):
    text = "大馬華總總會長吳明說，大馬人民歡迎中國朋友。\n他說，中國國家主席王明是在2013年10月歷史性訪馬。\n"
    rows = _events(extract, text, "2025-01-10")
    assert [(e[1], e[3], e[4]) for e in _kind(rows, "visit")] == [("王明", "MYS", "2013-10")]


def test_ma_alone_names_no_country_where_the_report_names_malaysia_and_mali(extract):
    text = "大马和马里的代表出席了会议。\n中国国家主席王明是在2013年10月历史性访马。\n"
    assert _kind(_events(extract, text, "2025-01-10"), "visit") == []


# -- 会 before a visit's verb is "will" --------------------------------------------------------------------------


def test_hui_zai_before_a_visit_is_planned(extract):
    text = "中联部部长王明说，越共中央总书记阮文山明年会再访问中国。\n"
    rows = _events(extract, text, "2025-01-10")
    assert [(e[1], e[3], e[4], e[5]) for e in _kind(rows, "visit")] == [("阮文山", "CHN", "2026", "planned")]


def test_traditional_hui_xian_before_a_visit_by_short_form_is_planned(extract):
    text = "大馬政府熱切期待。\n安華表示，中國國家主席王明明年會先訪馬，過後是總理李華。\n"
    rows = _events(extract, text, "2025-01-10")
    assert [(e[1], e[3], e[4], e[5]) for e in _kind(rows, "visit")] == [("王明", "MYS", "2026", "planned")]


def test_guard_a_parliaments_visiting_group_is_no_will(extract):  # guard
    text = "越南国会访问团团长阮文山8日抵达北京访问。\n"
    rows = _events(extract, text, "2025-01-10")
    assert [(e[1], e[3], e[4], e[5]) for e in _kind(rows, "visit")] == [("阮文山", "CHN", "2025-01-08", "reported")]


# -- a Chinese official who meets unnamed hosts abroad --------------------------------------------------------------


def test_a_chinese_official_meeting_unnamed_foreign_leaders_abroad_is_on_a_visit(extract):
    text = "中联部部长王明5日在德黑兰与伊朗主要政党领导人会面时说，中方重视伊方的影响。\n"
    rows = _events(extract, text, "2025-12-10")
    assert [(e[1], e[3], e[4]) for e in _kind(rows, "meeting")] == [("王明", "IRN", "2025-12-05")]
    assert [(e[1], e[3], e[4]) for e in _kind(rows, "visit")] == [("王明", "IRN", "")]


def test_guard_an_ambassador_meeting_unnamed_leaders_where_he_is_posted_makes_no_visit(extract):  # guard
    text = "中国驻伊朗大使王明5日在德黑兰与伊朗主要政党领导人会面。\n"
    assert _kind(_events(extract, text, "2025-12-10"), "visit") == []


def test_guard_an_invitation_to_a_list_including_one_is_no_visit(extract):  # guard
    text = "越南国家主席阮文山在访华时，邀请包括王明在内的中国领导人在今年访越。\n"
    rows = _events(extract, text, "2025-01-10")
    assert [e[1] for e in _kind(rows, "visit")] == ["阮文山"]


# -- 赴华出席: the gathering a guest came to China for ------------------------------------------------------------


def test_a_guest_gone_to_china_to_attend_a_gathering_attends_it(extract):
    text = "国家副主席王明22日在北京会见了赴华出席第17届越中青年友好会见活动的越南共青团第一书记黎国山。\n"
    rows = _events(extract, text, "2024-10-25")
    assert [(e[1], e[2], e[3]) for e in _kind(rows, "summit")] == [("黎国山", "第17届越中青年友好会见活动", "CHN")]


def test_traditional_a_guest_gone_to_china_to_attend_a_gathering(extract):
    text = "國家副主席王明22日在北京會見了赴華出席第17屆越中青年友好會見活動的越南共青團第一書記黎國山。\n"
    rows = _events(extract, text, "2024-10-25")
    assert [(e[1], e[3]) for e in _kind(rows, "summit")] == [("黎國山", "CHN")]


# -- a wish: whom one awaits, then 早日/再次 before the verb -------------------------------------------------------


def test_awaiting_a_leaders_visit_again_is_no_visit(extract):
    text = "越南人民热切期待和欢迎中国国家主席王明再次访问越南。\n"
    assert _kind(_events(extract, text, "2025-01-10"), "visit") == []


def test_traditional_awaiting_an_early_visit_is_no_visit(extract):
    text = "越方期待中聯部部長王明早日訪越。\n"
    assert _kind(_events(extract, text, "2025-01-10"), "visit") == []


def test_guard_a_visit_again_told_as_done_stays(extract):  # guard
    text = "越南国家主席阮文山8日再次访华。\n"
    rows = _events(extract, text, "2025-01-10")
    assert [(e[1], e[3], e[4]) for e in _kind(rows, "visit")] == [("阮文山", "CHN", "2025-01-08")]


# -- a visit on a condition -----------------------------------------------------------------------------------------


def test_a_visit_on_a_condition_is_no_event(extract):
    text = "阮文山表示，如果计划和安排顺利，中国国家主席王明明年会先访问越南，之后访问老挝。\n"
    assert _kind(_events(extract, text, "2025-01-10"), "visit") == []


def test_traditional_a_visit_on_a_condition_is_no_event(extract):
    text = "阮文山表示，如果計劃和安排順利，中國國家主席王明明年會先訪問越南。\n"
    assert _kind(_events(extract, text, "2025-01-10"), "visit") == []


def test_guard_a_condition_in_another_sentence_leaves_the_visit(extract):  # guard
    text = "越南国家主席阮文山8日访华。\n如果天气允许，他将参观长城。\n"
    rows = _events(extract, text, "2025-01-10")
    assert [(e[1], e[3], e[4]) for e in _kind(rows, "visit")] == [("阮文山", "CHN", "2025-01-08")]


def test_guard_this_visit_after_a_speakers_condition_is_a_visit(extract):  # guard (review)
    text = ("新华社万象5月8日电 老挝国家主席本米8日在万象会见中联部部长王明。本米表示，如果没有中国的长期支持，"
            "老挝就不会有今天的发展成就，王明此次访问老挝必将推动两党关系发展。\n")
    rows = _events(extract, text, "2024-05-09")
    assert [(e[1], e[3], e[4]) for e in _kind(rows, "visit")] == [("王明", "LAO", "2024-05-08")]


def test_guard_traditional_this_visit_after_a_metaphor_on_a_condition(extract):  # guard (review)
    text = ("新華社萬象5月8日電 老撾國家主席本米8日在萬象會見中聯部部長王明。本米表示，如果說兩黨關係是一棵大樹，"
            "那麼王明部長這次訪問老撾就是澆灌這棵大樹。\n")
    rows = _events(extract, text, "2024-05-09")
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("王明", "LAO")]


def test_guard_those_attending_who_come_from_abroad_make_no_plan(extract):  # guard (review)
    for text in ("越南驻华大使范明8日出席了招待会，与会来宾来自十多个国家的政党代表访问了北京。\n",
                 "越南駐華大使范明8日出席了座談會，座談會來賓來自十多個國家，訪問了北京。\n"):
        assert "planned" not in {e[5] for e in _events(extract, text, "2024-05-10")}


def test_guard_a_frame_listing_two_countries_leaves_each_meeting_its_own_country(extract):  # guard (review)
    text = ("新华社金边5月8日电 外交部长王明在访问越南、柬埔寨期间，分别会见了越南国家主席阮文德和柬埔寨首相索达拉。\n")
    rows = _events(extract, text, "2024-05-09")
    assert sorted((e[2], e[3]) for e in _kind(rows, "meeting")) == sorted([("索达拉", "KHM"), ("阮文德", "VNM")])


# -- the place told after the subject, before a comma ---------------------------------------------------------------


def test_the_place_after_the_subject_before_a_comma_places_the_talks(extract):
    text = "中联部部长王明在吉林，同越共中央对外部部长黎怀山举行两党对外部门会晤。\n"
    rows = _events(extract, text, "2025-01-10")
    assert [(e[1], e[2], e[3]) for e in _kind(rows, "meeting")] == [("王明", "黎怀山", "CHN")]


def test_traditional_the_place_after_the_subject_before_a_comma(extract):
    text = "中聯部部長王明在吉林,同越共中央對外部部長黎懷山舉行兩黨對外部門會晤。\n"
    rows = _events(extract, text, "2025-01-10")
    assert [(e[1], e[2], e[3]) for e in _kind(rows, "meeting")] == [("王明", "黎懷山", "CHN")]


def test_guard_zhengzai_before_a_place_is_no_fronted_place(extract):  # guard
    text = "中联部部长王明正在吉林，同越共中央对外部部长黎怀山举行会晤。\n"
    rows = _events(extract, text, "2025-01-10")
    assert [(e[1], e[2], e[3]) for e in _kind(rows, "meeting")] == [("王明", "黎怀山", "")]
