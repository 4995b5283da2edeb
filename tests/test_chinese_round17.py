"""Chinese readouts, round 17: misfires a review left, in simplified and in traditional script.

- 太原 the Shanxi capital followed by the words 省级/省直 ("在太原省级机关") is no Vietnamese 太原省 (Thai Nguyen);
  "越南太原省" still is.
- An itinerary's bare group word ("访团下午会前往……跟主任甲会面") stands for the delegation's head, else for the
  delegation told in full before, else for no one: never the bare word as a side.
- "甲和乙会见了越南客人": two hosts meeting guests no name is given is no meeting of 甲 with 乙.
- Known gaps: a body that 接待 (receives) delegations is no visitor ("中联部接待了多个代表团访华"), and 接待 ends a
  name; a short party name in the delegation a head leads ("由……甲率领的人民党代表团") is the party of the
  counterpart's country that carries it (reference.parties.party_in_country); a Japanese surname and a given name
  of two or three before a verb or "在……同" is a name with no title ("二阶俊博10日在北京同……会谈"), read only
  in a text that names Japan or its parties (speed: the surnames are many).

Part B, constructions of /tmp/eval-zh18's dev reports (Macau, Singapore and Taiwan papers, a Yunnan paper, the VNA's
Chinese service):
- a site's dateline naming its town after the day ("中国台湾网6月8日南昌讯 6月3日下午") dates nothing;
- "应……之邀" invites as "应……邀请" does; "以……副总理身份", "总理刚在/曾在" after a post are no names;
- "副主任甲访台" (a visit by a short form) ends a name, and "访台是……" is a visit (not "访美是否");
- "抵京，首先於上周五(4日)分別拜會……": a day of its own, after 首先, 於 and a weekday, opens the next act;
- 列席 is attending; "来港/来澳出席" is a visit to Hong Kong or Macau (澳 as the document's own 澳门), and "甲表示此行
  来澳……" is the speaker's own trip (not "此次访问是……" said of the guests);
- a head's Latin spelling in brackets ("甲(Jean Martin)率领的") keeps him the delegation's head; no one meets the
  delegation he leads; "前往美国参加研讨会" is a gathering in the United States (a bare 研讨会/论坛/峰会 is the one
  told before, if any); "二轨对话" is a gathering.

Every sentence here is invented in the genre; the names are made up. Each test reads the fields a user reads.
The guards (marked) pass before and after; the others failed before.
"""
from readout_rows import of_kind as _kind
from readout_rows import zh_events as _events
from readout_rows import zh_people as _people


def _countries(extract, text, published):
    return {m["entity_id"] for m in extract(text, published)["mentions"] if m["kind"] in ("place", "country")}


# -- 太原 and 太原省 ---------------------------------------------------------------------------------------------


def test_provincial_organs_in_taiyuan_are_no_vietnamese_province(extract):
    text = "山西省委书记王明10日在太原省级机关干部大会上讲话。\n"
    assert "place:VNM:thai-nguyen" not in _countries(extract, text, "2019-05-10")


def test_traditional_provincial_organs_in_taiyuan_are_no_vietnamese_province(extract):
    text = "山西省委書記王明10日在太原省直機關幹部大會上講話。\n"
    assert "place:VNM:thai-nguyen" not in _countries(extract, text, "2019-05-10")


def test_guard_thai_nguyen_province_stays_vietnamese(extract):  # guard
    text = "越南太原省委书记阮文明10日在太原省会见了中国客人。\n"
    assert "place:VNM:thai-nguyen" in _countries(extract, text, "2019-05-10")


# -- an itinerary's bare group word ------------------------------------------------------------------------------


def test_an_itinerarys_bare_group_word_stands_for_the_head(extract):
    text = ("以国民党副主席李华为团长的国民党大陆访问团10日抵达上海。"
            "访团预计明天前往北京，下午会前往国台办跟主任张明会面。\n")
    rows = _events(extract, text, "2019-05-10")
    assert ("meeting", "李华", "张明", "", "2019-05-11", "planned") in rows \
        or ("meeting", "李华", "张明", "CHN", "2019-05-11", "planned") in rows
    assert all(e[1] not in ("访团", "訪團") for e in rows)


def test_traditional_an_itinerarys_bare_group_word_stands_for_the_delegation_told(extract):
    text = "國民黨大陸訪問團10日抵達上海。訪團預計明天前往北京，下午會前往國台辦跟主任張明會面。\n"
    rows = _events(extract, text, "2019-05-10")
    assert [(e[1], e[2], e[4], e[5]) for e in _kind(rows, "meeting")] == [
        ("國民黨大陸訪問團", "張明", "2019-05-11", "planned")]


def test_a_bare_group_word_no_one_heads_is_no_side(extract):
    text = "代表团10日抵达台北。访团下午会前往国台办跟主任张明会面。\n"
    rows = _events(extract, text, "2019-05-10")
    assert all(e[1] not in ("访团", "代表团") for e in rows)
    assert not [e for e in rows if e[0] == "meeting" and "张明" in (e[1], e[2])]  # no side stands for the group


# -- two hosts, guests unnamed -----------------------------------------------------------------------------------


def test_two_hosts_meeting_unnamed_guests_do_not_meet_each_other(extract):
    rows = _events(extract, "中联部部长王明和副部长李华会见了越南客人。\n", "2019-05-10")
    assert [e for e in _kind(rows, "meeting") if e[2] in ("李华", "王明")] == []


def test_traditional_two_hosts_meeting_unnamed_guests_do_not_meet_each_other(extract):
    rows = _events(extract, "中聯部部長王明和副部長李華10日在北京會見越南客人。\n", "2019-05-10")
    assert [e for e in _kind(rows, "meeting") if e[2] in ("李華", "王明")] == []


def test_guard_two_sides_meeting_with_no_object_still_meet(extract):  # guard
    text = "中联部部长王明和越南共产党中央对外部部长阮文明在河内会见。\n"
    rows = _events(extract, text, "2019-05-10")
    assert ("meeting", "王明", "阮文明", "VNM", "2019-05-10", "reported") in rows


def test_guard_two_hosts_meeting_a_named_guest(extract):  # guard
    text = "中联部部长王明和副部长李华10日在北京会见了越南共产党中央对外部部长阮文明。\n"
    rows = _events(extract, text, "2019-05-10")
    assert ("meeting", "王明", "阮文明", "CHN", "2019-05-10", "reported") in rows


# -- part B: constructions of a new set (Macau and Singapore papers, a site's dateline, 之邀, 列席, 来港/来澳) -------


def test_a_sites_dateline_with_its_town_after_the_day_is_no_event_date(extract):
    text = "中国台湾网6月8日南昌讯 6月3日下午，省台办副主任何明在南昌会见台湾民意代表郑天明先生。\n"
    rows = _events(extract, text, "2017-06-08")
    assert ("meeting", "何明", "郑天明", "CHN", "2017-06-03", "reported") in rows


def test_traditional_a_sites_dateline_with_its_town_after_the_day(extract):
    text = "中國台灣網6月8日南昌訊 6月3日下午，省台辦副主任何明在南昌會見台灣民意代表鄭天明先生。\n"
    rows = _events(extract, text, "2017-06-08")
    assert [(e[1], e[2], e[4]) for e in _kind(rows, "meeting")] == [("何明", "鄭天明", "2017-06-03")]


def test_guard_a_day_before_a_word_ending_in_xun_stays_the_events(extract):  # guard
    text = "中联部副部长王明6月3日在视频通讯会议间隙会见越共中央对外部部长阮文明。\n"
    rows = _events(extract, text, "2017-06-08")
    assert [(e[1], e[2], e[4]) for e in _kind(rows, "meeting")] == [("王明", "阮文明", "2017-06-03")]


def test_the_one_whose_invitation_zhi_yao_names_does_not_visit(extract):
    text = "新加坡副总理黄明13日起访华。这次他是应中国国务院副总理丁华之邀，首次以新加坡副总理身份访华。\n"
    rows = _events(extract, text, "2023-05-14")
    assert {e[1] for e in _kind(rows, "visit")} == {"黄明"}


def test_traditional_zhi_yao_and_shen_fen(extract):
    text = "新加坡副總理黃明13日起訪華。這次他是應中國國務院副總理丁華之邀，首次以新加坡副總理身份訪華。\n"
    rows = _events(extract, text, "2023-05-14")
    assert {e[1] for e in _kind(rows, "visit")} == {"黃明"}


def test_guard_ying_yao_without_a_host_stays_a_visit(extract):  # guard
    rows = _events(extract, "新加坡副总理黄明13日应邀访华。\n", "2023-05-14")
    assert [(e[1], e[3], e[4]) for e in _kind(rows, "visit")] == [("黄明", "CHN", "2023-05-13")]


def test_just_or_once_after_a_post_is_no_name(extract):
    rows = _events(extract, "李明总理刚在4月初访华并取得重大成果。\n", "2023-05-14")
    assert [(e[1], e[3], e[4]) for e in _kind(rows, "visit")] == [("李明", "CHN", "2023-04")]


def test_traditional_once_after_a_post_is_no_name(extract):
    rows = _events(extract, "李明總理曾在4月訪華。\n", "2023-05-14")
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("李明", "CHN")]


def test_guard_a_given_name_ending_in_gang_stays(extract):  # guard
    text = "自治区党委书记林刚在南宁会见了越共中央对外部部长阮文明。\n"
    rows = _events(extract, text, "2023-05-14")
    assert ("meeting", "林刚", "阮文明", "CHN", "2023-05-14", "reported") in rows


def test_a_visit_to_taiwan_by_its_short_form_ends_a_name(extract):
    rows = _events(extract, "国台办副主任陈丰年访台是利用春节这个时间。\n", "2016-02-24")
    assert [e[1] for e in _kind(rows, "visit")] == ["陈丰年"]


def test_traditional_a_visit_to_taiwan_by_its_short_form_ends_a_name(extract):
    rows = _events(extract, "國台辦副主任陳豐年訪台是利用春節這個時間。\n", "2016-02-24")
    assert [e[1] for e in _kind(rows, "visit")] == ["陳豐年"]


def test_guard_whether_a_visit_happens_is_no_visit(extract):  # guard
    assert _kind(_events(extract, "王明访美是否成行尚未确定。\n", "2016-02-24"), "visit") == []


def test_first_then_a_day_opens_the_next_act(extract):
    text = "特首李安抵京，首先於上周五(4日)分別拜會海關總署署長于明及外交部部長王華。\n"
    rows = _events(extract, text, "2016-03-07")
    assert [(e[1], e[2], e[3], e[4]) for e in _kind(rows, "meeting")] == [
        ("李安", "于明", "CHN", "2016-03-04"), ("李安", "王華", "CHN", "2016-03-04")]


def test_guard_arriving_then_a_day_with_no_act_is_one_visit(extract):  # guard
    rows = _events(extract, "特首李安抵京，4日是他的生日。\n", "2016-03-07")
    assert [e[0] for e in rows] == ["visit"]


def test_sitting_in_on_a_session_is_attending_it(extract):
    text = "行政长官李安5日列席第十二届全国人民代表大会第四次会议开幕式。\n"
    rows = _events(extract, text, "2016-03-07")
    assert [(e[1], e[4]) for e in _kind(rows, "summit")] == [("李安", "2016-03-05")]


def test_guard_those_who_sat_in_are_no_gathering(extract):  # guard
    assert _kind(_events(extract, "列席会议的有省委常委王明。\n", "2016-03-07"), "summit") == []


def test_coming_to_hong_kong_to_attend(extract):
    rows = _events(extract, "上海市委常委沙明10日来港出席同乡会活动。\n", "2013-10-11")
    assert [(e[1], e[3], e[4]) for e in _kind(rows, "visit")] == [("沙明", "HKG", "2013-10-10")]


def test_traditional_this_trip_to_macau_is_the_speakers(extract):
    text = "（澳門電台消息）行政長官崔安會見上海市委常委沙明。\n沙明表示此行來澳參加同鄉會活動。\n"
    rows = _events(extract, text, "2013-10-11")
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("沙明", "MAC")]


def test_guard_a_hosts_word_on_the_guests_visit_is_no_visit_of_his(extract):  # guard
    text = ("越南政府总理范明在政府总部会见了正在访越的山东省委书记林文一行。范明总理指出，此次访问是山东省连续"
            "第二年派遣代表团访越。\n")
    rows = _events(extract, text, "2023-09-26")
    assert [e[1] for e in _kind(rows, "visit")] == ["林文"]


def test_guard_the_future_port_is_no_visit(extract):  # guard
    assert _events(extract, "香港未来港口建设将加快。\n", "2013-10-11") == []


def test_a_head_named_with_his_latin_spelling_leads_the_delegation(extract):
    text = ("由法国共产党(PCF)中央政治局委员让•马丁(Jean Martin)率领的法国共产党高级代表团4月22日至26日对越南"
            "进行访问。\n越共中央办公厅主任阮文年4月23日上午会见了法共中央高级代表团。\n")
    rows = _events(extract, text, "2018-04-24")
    assert [(e[1], e[2], e[3], e[4]) for e in _kind(rows, "meeting")] == [("阮文年", "让•马丁", "VNM", "2018-04-23")]


def test_guard_a_latin_spelling_makes_no_head_without_a_verb_of_leading(extract):  # guard
    text = "中联部部长王明(Wang Ming)10日在北京会见了法国共产党代表团。\n"
    rows = _events(extract, text, "2018-04-10")
    assert [e[2] for e in _kind(rows, "meeting") if e[1] == "王明"] == ["French Communist Party"]


def test_no_one_meets_the_delegation_he_leads(extract):
    text = ("老挝建国阵线中央副主席西帕占率地方四省代表团来滇访问。2024年12月11日，云南省政协与老挝建国阵线代表团"
            "举行友好交流座谈会。\n")
    rows = _events(extract, text, "2024-12-20")
    assert [e for e in _kind(rows, "meeting") if e[1] == "西帕占"] == []


def test_guard_a_host_meets_the_delegation_its_head_leads(extract):  # guard
    text = "老挝建国阵线中央副主席西帕占率代表团来滇访问。云南省委书记王明12日会见了代表团。\n"
    rows = _events(extract, text, "2024-12-20")
    assert ("meeting", "王明", "西帕占", "CHN", "2024-12-12", "reported") in rows


def test_a_seminar_of_no_other_name_abroad_and_a_track_two_dialogue(extract):
    text = "前副总理钱明将于十一月五日前往美国参加研讨会，随后将参加中美二轨对话。\n"
    rows = _events(extract, text, "2003-10-31")
    assert [(e[1], e[2], e[3], e[5]) for e in _kind(rows, "summit")] == [
        ("钱明", "研讨会", "USA", "planned"), ("钱明", "中美二轨对话", "USA", "planned")]


def test_a_forum_by_its_kind_is_the_one_told_before(extract):
    text = "第三届中非政党理论研讨会20日在北京开幕。中联部部长宋明出席研讨会并致辞。\n"
    rows = _events(extract, text, "2023-10-21")
    assert [(e[1], e[2]) for e in _kind(rows, "summit")] == [("宋明", "第三届中非政党理论研讨会")]


# -- part A, known gaps: 接待, a short party name, a Japanese name with no title ------------------------------


def test_a_body_receiving_many_delegations_is_no_visitor(extract):
    rows = _events(extract, "今年以来，中联部共接待了来自40多个国家的80多个政党代表团访华。\n", "2019-05-10")
    assert _kind(rows, "visit") == []


def test_traditional_a_body_receiving_many_delegations_is_no_visitor(extract):
    assert _kind(_events(extract, "中聯部接待了多個代表團訪華。\n", "2019-05-10"), "visit") == []


def test_a_minister_who_receives_is_named(extract):
    rows = _events(extract, "中联部部长王明接待了越南共产党代表团。\n", "2019-05-10")
    assert [(e[1], e[2]) for e in _kind(rows, "meeting")] == [("王明", "Communist Party of Vietnam")]


def test_guard_a_bodys_own_delegation_still_visits(extract):  # guard
    rows = _events(extract, "越南共产党代表团10日抵达北京。\n", "2019-05-10")
    assert [(e[3], e[4]) for e in _kind(rows, "visit")] == [("CHN", "2019-05-10")]


def _parties(extract, text, published):
    return [(e["kind"], e["counterpart"], e["counterpart_party_id"]) for e in extract(text, published)["events"]
            if e["kind"] == "meeting"]


def test_a_short_party_name_of_the_led_delegation_is_the_counterparts_countrys(extract):
    text = "中联部部长宋明10日在北京会见了由柬埔寨国会主席韩成率领的人民党代表团。\n"
    assert _parties(extract, text, "2019-05-10") == [("meeting", "韩成", "cpp-khm")]


def test_traditional_a_short_party_name_of_the_led_delegation(extract):
    text = "中聯部部長宋明10日在北京會見了由柬埔寨國會主席韓成率領的人民黨代表團。\n"
    assert _parties(extract, text, "2019-05-10") == [("meeting", "韓成", "cpp-khm")]


def test_guard_a_friendship_delegation_names_no_party(extract):  # guard
    text = "中联部部长宋明在北京会见了由越南外长阮明率领的友好代表团。\n"
    assert _parties(extract, text, "2019-05-10") == [("meeting", "阮明", "")]


def test_a_japanese_name_with_no_title_before_talks(extract):
    rows = _events(extract, "二阶俊博10日在北京同王明会谈，就中日关系交换意见。\n", "2019-05-10")
    assert [(e[1], e[2], e[3], e[4]) for e in _kind(rows, "meeting")] == [("二阶俊博", "王明", "CHN", "2019-05-10")]


def test_traditional_a_japanese_name_with_no_title(extract):
    rows = _events(extract, "二階俊博10日在北京同王明會談，就中日關係交換意見。\n", "2019-05-10")
    assert [(e[1], e[2]) for e in _kind(rows, "meeting")] == [("二階俊博", "王明")]


def test_guard_a_japanese_surname_before_a_places_word_is_no_name(extract):  # guard
    assert _people(extract, "日本知青上山下乡村考察。\n", "2019-05-10") == set()


# -- after merging main: a deputy head heads nothing; the group's head meets its hosts at their home ---------------


def test_an_itinerarys_group_stands_for_its_head_not_a_deputy(extract):
    text = ("这个参访团团长是基金会董事长张明、副团长孙华和葛林。\n"
            "访团预计明天上午前往北京，下午会前往国台办跟中共中央台办主任宋明会面。\n")
    rows = _events(extract, text, "2024-01-07")
    assert [(e[1], e[2], e[3], e[4], e[5]) for e in _kind(rows, "meeting")] == [
        ("张明", "宋明", "CHN", "2024-01-08", "planned")]


def test_traditional_an_itinerarys_group_stands_for_its_head_not_a_deputy(extract):
    text = ("這個參訪團團長是基金會董事長張明、副團長孫華和葛林。\n"
            "訪團預計明天上午前往北京，下午會前往國台辦跟中共中央台辦主任宋明會面。\n")
    rows = _events(extract, text, "2024-01-07")
    assert [(e[1], e[2], e[3]) for e in _kind(rows, "meeting")] == [("張明", "宋明", "CHN")]


def test_guard_a_head_named_with_his_post_still_heads(extract):  # guard
    text = "代表团团长王明一行10日抵达河内。代表团下午同越共中央对外部部长阮文明会谈。\n"
    rows = _events(extract, text, "2024-01-10")
    assert [(e[1], e[2]) for e in _kind(rows, "meeting")] == [("王明", "阮文明")]
