"""Chinese readouts, round 23: constructions of the dev reports of a new set (party sites, a wire's mirrors, city
papers, Singapore, Malaysian, Cambodian, Taiwan and Hong Kong papers), in simplified and in traditional script.

- A gathering attended is named without the words before its name that tell where, when or by whom it is held
  ("出席6月16日在厦门举行的第九届论坛", "出席由……共同主办的……论坛"): the gathering, as the gold and the held
  gathering name it (`zh_counterparts._HELD_OR_HOSTED`).
- A gathering the party holds with others is named whole ("中国共产党同南亚国家政党对话会在北京举行"), not from the
  word after 同 (`zh_rows._CPC_WITH`).
- In a report about a gathering, one who speaks "在主旨讲话中表示" (在致辞中, 在发言中) spoke there
  (`zh_speakers._IN_SPEECH`).
- Who is listed before a bare 出席 and closed by 等 ("甲以及乙等……政要出席", "甲，乙，丙等出席并致辞") attends the
  gathering the sentence before tells held, each of them (`zh_counterparts._ATTENDED`, `zh_visitors.AMONG`); not
  after another act told since, nor an earlier item's gathering, nor those who take part (参会).
- A year opening what follows a comma ("……首度接见台湾参访团，2005年前部长乙曾接见……") starts another act, of its own
  subject, or the next act of the same one ("……访问越南，2024年5月13日会见了……") (`zh_clauses._CLAUSE_BREAK`).
- A banquet given for a guest is a meeting with him, as in English ("维文将设晚宴款待甲", "宴请乙一行"), not one
  attended ("出席……宴请") (`zh_triggers.KINDS`).
- "对上述两国进行访问" in traditional script ("上述兩國") is a visit to the hosts' countries, and "访加期间" (a tour's
  stop by 访 and its one-character form) places the meetings told after it there (`zh_trips._ABOVE`,
  `zh_places._STOP`).

Every sentence here is invented in the genre; the names are made up. Each test reads the fields a user reads.
The guards (marked) pass before and after; the others failed before.
"""
from readout_rows import of_kind as _kind
from readout_rows import zh_events as _events


def _summits(extract, text, published="2024-06-20"):
    return [(e[1], e[2], e[3]) for e in _kind(_events(extract, text, published), "summit")]


# -- a gathering named without where, when or by whom it is held ----------------------------------------------


def test_a_gathering_held_somewhere_is_named_without_its_place(extract):
    text = "论坛消息\n\n6月18日，省委书记王明远出席在南宁举行的第二届中越青年论坛并致辞。\n"
    assert _summits(extract, text) == [("王明远", "第二届中越青年论坛", "CHN")]


def test_traditional_a_gathering_held_on_a_day_is_named_without_the_day(extract):
    text = "訪團消息\n\n國民黨副主席陳大明率代表團，出席6月16日在福建省廈門市舉行的第9屆海峽論壇。\n"
    assert _summits(extract, text) == [("陳大明", "第9屆海峽論壇", "CHN")]


def test_a_gathering_hosted_by_two_bodies_is_named_without_its_hosts(extract):
    text = "论坛消息\n\n6月18日，部长陈光远在北京出席由中联部和广西区委共同主办的第三届中国—东盟政党论坛。\n"
    assert _summits(extract, text) == [("陈光远", "第三届中国—东盟政党论坛", "CHN")]


def test_guard_where_the_gathering_is_held_still_places_it(extract):  # guard
    text = "峰会消息\n\n6月18日，副总理陈光远出席在撒马尔罕举行的上海合作组织峰会。\n"
    assert [(actor, places) for actor, _, places in _summits(extract, text)] == [("陈光远", "UZB")]


# -- a gathering the party holds with others, named whole -------------------------------------------------------


def test_a_dialogue_of_the_party_with_others_is_named_whole(extract):
    text = ("对话会在京举行\n\n"
            "5月25日，中国共产党同南亚国家政党对话会在北京举行。\n"
            "中联部部长王明远发表主旨讲话表示，中方愿同各方加强交流。\n")
    assert _summits(extract, text, "2024-05-26") == [("王明远", "中国共产党同南亚国家政党对话会", "CHN")]


def test_traditional_a_dialogue_of_the_party_with_others_is_named_whole(extract):
    text = ("對話會舉行\n\n"
            "5月25日，中國共產黨同中亞國家政黨對話會在北京舉行。\n"
            "中聯部副部長劉文華作主旨講話表示，中方願同各方加強合作。\n")
    assert _summits(extract, text, "2024-05-26") == [("劉文華", "中國共產黨同中亞國家政黨對話會", "CHN")]


# -- a speech told as one, in a report about a gathering ----------------------------------------------------------


def test_who_says_so_in_a_keynote_speech_attended_the_gathering(extract):
    text = ("政党对话举行\n\n"
            "5月25日，第三届中泰政党对话在北京开幕。\n"
            "泰国民主党主席陈大伟在主旨讲话中表示，两党应加强交流。\n")
    assert _summits(extract, text, "2024-05-26") == [("陈大伟", "第三届中泰政党对话", "CHN")]


def test_traditional_who_says_so_in_an_address_attended_the_gathering(extract):
    text = ("政黨對話開幕\n\n"
            "5月25日，第三屆中泰政黨對話在北京開幕。\n"
            "泰國民主黨主席陳大偉在致辭中表示，兩黨應加強交流。\n")
    assert _summits(extract, text, "2024-05-26") == [("陳大偉", "第三屆中泰政黨對話", "CHN")]


def test_guard_a_speech_in_a_report_about_a_meeting_is_no_gathering(extract):  # guard
    text = ("会见消息\n\n"
            "5月25日，部长王明远在北京会见了泰国民主党主席陈大伟。\n"
            "陈大伟在讲话中表示，两党应加强交流。\n")
    assert _summits(extract, text, "2024-05-26") == []


def test_guard_what_is_said_in_talks_is_no_speech_at_the_gathering(extract):  # guard
    text = ("政党对话举行\n\n"
            "5月25日，第三届中泰政党对话在北京开幕。\n"
            "会后，部长王明远会见了泰国民主党主席陈大伟。陈大伟在会见中表示，两党应加强交流。\n")
    assert ("陈大伟", "第三届中泰政党对话", "CHN") not in _summits(extract, text, "2024-05-26")


# -- a tour of the two countries named, and its stops --------------------------------------------------------------


_TOUR = ("中共代表團訪問兩國\n\n"
         "應執政的利比里亞團結黨和加納全國民主大會邀請，省委書記王明遠率中國共產黨友好代表團於5月12日至21日對上述兩國"
         "進行了正式友好訪問。\n"
         "訪利期間，王明遠拜會了副總統博阿森。\n"
         "訪加期間，王明遠會見了副總統阿達伊。\n")


def test_traditional_a_visit_to_the_two_countries_named_before(extract):
    visits = [(e[1], e[3], e[4]) for e in _kind(_events(extract, _TOUR, "2024-05-22"), "visit")]
    assert visits == [("王明遠", "LBR|GHA", "2024-05-12")]


def test_each_stop_of_the_tour_places_its_meetings(extract):
    meetings = [(e[2], e[3]) for e in _kind(_events(extract, _TOUR, "2024-05-22"), "meeting")]
    assert meetings == [("博阿森", "LBR"), ("阿達伊", "GHA")]


def test_guard_during_the_visit_keeps_the_trip_s_place(extract):  # guard
    text = ("中共代表团访越\n\n"
            "省委书记王明远率中国共产党代表团于5月12日至16日访问越南。\n"
            "访问期间，王明远会见了越共中央书记阮文山。\n")
    meetings = [(e[2], e[3]) for e in _kind(_events(extract, text, "2024-05-17"), "meeting")]
    assert meetings == [("阮文山", "VNM")]


def test_guard_a_stop_two_named_countries_share_places_nothing_by_itself(extract):  # guard
    text = ("中共代表团访问三国\n\n"
            "省委书记王明远率中国共产党代表团于5月12日至21日访问加拿大、加纳和多哥。\n"
            "访加期间，王明远会见了议员阿达伊。\n")
    meetings = [e[3] for e in _kind(_events(extract, text, "2024-05-22"), "meeting")]
    assert "CAN" not in meetings and "GHA" not in meetings


# -- attendees listed before a bare 出席 ---------------------------------------------------------------------------


def test_attendees_listed_with_yiji_before_a_bare_attending_each_attend(extract):
    text = ("对话会举行\n\n"
            "11月19日，第五届中国—南太平洋政党对话会在北京举行。中联部副部长王明远以及斐济议会议长、人民党议员陈大伟"
            "等南太平洋政党政要和驻华使节出席。\n")
    assert [(a, c) for a, c, _ in _summits(extract, text, "2023-11-20")] == [
        ("王明远", "第五届中国—南太平洋政党对话会"), ("陈大伟", "第五届中国—南太平洋政党对话会")]


def test_traditional_attendees_listed_by_commas_who_attend_and_speak(extract):
    text = ("對話會舉行\n\n"
            "11月19日，第五屆中國—南太平洋政黨對話會在北京舉行。中聯部副部長王明遠，浙江省副省長劉文華，斐濟人民黨主席"
            "陳大偉等出席並致辭。\n")
    assert [a for a, _, _ in _summits(extract, text, "2023-11-20")] == ["王明遠", "劉文華", "陳大偉"]


def test_guard_a_bare_attending_after_a_meeting_is_not_the_gathering_s(extract):  # guard
    text = ("对话会举行\n\n"
            "11月19日，第五届中国—南太平洋政党对话会在北京举行。\n"
            "会后，部长王明远会见了斐济客人。副部长刘文华等出席。\n")
    assert [a for a, _, _ in _summits(extract, text, "2023-11-20")] == []


def test_guard_those_who_take_part_are_not_listed_as_attending(extract):  # guard
    text = ("对话会举行\n\n"
            "新华社北京7月14日电 中联部14日在北京举办第二届中国—南太平洋政党对话会。"
            "斐济人民党总书记陈大伟，汤加民主党主席刘文华等南太平洋国家政党政要参会。\n")
    assert [a for a, _, _ in _summits(extract, text, "2025-07-15")] == ["陈大伟"]


# -- a year opening another act ------------------------------------------------------------------------------------


def test_a_year_after_a_comma_opens_another_act_of_its_own_subject(extract):
    text = ("会见消息\n\n"
            "这是部长王明远首度接见台湾参访团，2005年前部长陈光远曾接见陈大伟率领的新党代表团。\n")
    rows = [(e[1], e[2]) for e in _kind(_events(extract, text, "2024-05-21"), "meeting")]
    assert ("王明远", "陈光远") not in rows and any(actor == "陈光远" for actor, _ in rows)


def test_a_date_with_its_year_after_a_comma_opens_the_next_act_of_the_subject(extract):
    text = ("访越消息\n\n"
            "王明远率团于2024年5月12日访问越南，2024年5月13日会见了越共中央书记阮文山。\n")
    meetings = [(e[1], e[2], e[3], e[4]) for e in _kind(_events(extract, text, "2024-05-14"), "meeting")]
    assert meetings == [("王明远", "阮文山", "VNM", "2024-05-13")]


# -- a banquet for a guest ------------------------------------------------------------------------------------------


def test_a_host_s_dinner_for_the_visitor_is_a_planned_meeting(extract):
    text = ("部长访泰\n\n"
            "部长王明远应外交部长陈大伟邀请于3月25日至28日访问泰国。\n"
            "陈大伟将设晚宴款待王明远。\n")
    meetings = [(e[1], e[2], e[3], e[5]) for e in _kind(_events(extract, text, "2024-03-25"), "meeting")]
    assert meetings == [("陈大伟", "王明远", "THA", "planned")]


def test_traditional_a_banquet_for_a_delegation_meets_its_head(extract):
    text = "宴請\n\n5月3日晚，部長王明遠在台北宴請國民黨副主席陳大偉一行。\n"
    meetings = [(e[1], e[2], e[3], e[4]) for e in _kind(_events(extract, text, "2024-05-04"), "meeting")]
    assert meetings == [("王明遠", "陳大偉", "TWN", "2024-05-03")]


def test_guard_a_banquet_attended_is_no_meeting(extract):  # guard
    text = "宴会\n\n5月3日晚，部长王明远出席了泰国民主党主席陈大伟举行的宴请。\n"
    assert _kind(_events(extract, text, "2024-05-04"), "meeting") == []


def test_guard_a_banquet_after_the_meeting_is_the_same_meeting(extract):  # guard
    text = "会见\n\n5月3日，部长王明远在北京会见了泰国民主党主席陈大伟，并设宴款待陈大伟一行。\n"
    meetings = [(e[1], e[2], e[3]) for e in _kind(_events(extract, text, "2024-05-04"), "meeting")]
    assert meetings == [("王明远", "陈大伟", "CHN")]


def test_guard_a_year_after_an_invitation_keeps_the_visit_s_host(extract):  # guard
    text = "访问\n\n应越南共产党中央委员会邀请，2024年5月12日至16日，部长王明远率团访问越南。\n"
    visits = [(e[1], e[2], e[3]) for e in _kind(_events(extract, text, "2024-05-17"), "visit")]
    assert visits == [("王明远", "Communist Party of Vietnam", "VNM")]
