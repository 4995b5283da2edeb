"""Chinese readouts, round 5: the anniversary of a visit is no visit, a visit framing its sentence ("对……进行工作访问
期间，甲……会见……"), several visitors before one verb ("甲、乙、丙将……分别访问中国", "甲与乙则将同期抵华"), a
gathering told of the meeting's actor ("正在……出席……的甲与乙……会晤"), a gathering during a visit is where the
visit is, setting out (启程前往) is a visit, a speaker glad to visit again visits, 探望 is a meeting, an
ambassador to China meets in China, the wire of a dateline and a body that welcomes a visit are no sides, and
words after a post that are no names (定于, 第……次, 与, 则将).

Every sentence here is invented in the genre (Xinhua, 越通社, 越南之声, an embassy's readout, overseas Chinese
press); the names are made up. Each test reads the fields a user reads.
"""

from readout_rows import zh_events as _events
from readout_rows import zh_people as _people


def test_the_anniversary_of_a_visit_is_no_visit(extract):
    text = ("新华社平壤6月22日电 中国国家主席周明远对朝鲜进行国事访问两周年之际，中国驻朝鲜大使馆举办纪念图片展，"
            "中国驻朝鲜大使李德平出席并发表讲话。\n")
    found = _events(extract, text, "2025-06-22")
    assert not any(e[0] == "visit" for e in found)


def test_a_visit_framing_the_sentence_is_the_subjects_visit(extract):
    text = ("（越南之声）自5月10日至14日对中国云南省进行工作访问期间，越南老街省委书记阮文强5月10日下午在昆明"
            "会见云南省委书记王建国。\n")
    found = _events(extract, text, "2025-05-11")
    assert ("visit", "阮文强", "", "CHN", "2025-05-10", "reported") in found
    assert ("meeting", "阮文强", "王建国", "CHN", "2025-05-10", "reported") in found


def test_a_visit_framing_a_sentence_after_the_visit_was_told_adds_none(extract):
    text = ("越通社北京5月10日电 应中共云南省委邀请，越南老街省委书记阮文强5月10日至14日对中国进行工作访问。"
            "对中国进行工作访问期间，阮文强在昆明会见了云南省委书记王建国。\n")
    visits = [e for e in _events(extract, text, "2025-05-11") if e[0] == "visit"]
    assert [(e[1], e[3]) for e in visits] == [("阮文强", "CHN")]


def test_a_host_named_after_a_framing_visit_is_no_visitor(extract):
    text = ("新华社河内12月12日电 在对越南进行国事访问期间，越共中央总书记阮文山同中共中央总书记周明远举行会谈。\n")
    found = _events(extract, text, "2023-12-13")
    assert not any(e[0] == "visit" and e[1] == "阮文山" for e in found)
    assert ("meeting", "阮文山", "周明远", "VNM", "2023-12-12", "reported") in found


def test_foreign_ministers_listed_before_one_verb_each_visit(extract):
    text = ("新华社北京4月1日电 外交部发言人周明远1日宣布：应外交部长陈立新邀请，老挝副总理兼外长坎占、越南外长阮文山、"
            "泰国外长颂萨将于4月2日至5日分别访问中国。\n")
    visits = {(e[1], e[3], e[4], e[5]) for e in _events(extract, text, "2024-04-01") if e[0] == "visit"}
    assert visits == {("坎占", "CHN", "2024-04-02", "planned"), ("阮文山", "CHN", "2024-04-02", "planned"),
                      ("颂萨", "CHN", "2024-04-02", "planned")}


def test_two_ministers_joined_by_yu_who_arrive_at_once_both_visit(extract):
    text = ("新华社北京4月26日电 智利外长罗萨莱斯与秘鲁外长巴斯克斯则将同期抵华，访问时间为4月28日至30日。\n")
    visits = {(e[1], e[3], e[5]) for e in _events(extract, text, "2024-04-26") if e[0] == "visit"}
    assert visits == {("罗萨莱斯", "CHN", "planned"), ("巴斯克斯", "CHN", "planned")}


def test_who_is_received_by_a_minister_is_met_not_a_co_visitor(extract):
    text = "新华社北京4月26日电 外交部长陈立新26日在北京会见了智利外长罗萨莱斯和秘鲁外长巴斯克斯。\n"
    found = _events(extract, text, "2024-04-26")
    assert not any(e[0] == "visit" and e[1] == "陈立新" for e in found)
    assert ("meeting", "陈立新", "罗萨莱斯", "CHN", "2024-04-26", "reported") in found


def test_words_after_a_post_that_are_no_names(extract):
    text = ("新华社北京4月26日电 阿根廷外长蒙特罗应邀访华。蒙特罗部长定于4月27日至5月1日对中国进行访问。"
            "蒙特罗指出，今年还有多次接触，包括十月在北京举行的两国总理第二十二次定期会晤。\n")
    people = _people(extract, text, "2024-04-26")
    assert not any(p.startswith(("定", "第")) for p in people)
    found = _events(extract, text, "2024-04-26")
    assert ("visit", "蒙特罗", "", "CHN", "2024-04-27", "planned") in found
    assert not any(e[1].startswith("第") or e[2].startswith("第") for e in found)


def test_an_ambassador_named_before_his_post_meets_the_delegation(extract):
    text = ("应朝鲜外务省邀请，以中国外交部亚洲司副司长孙立新为团长的中国青年外交官代表团10月27日抵达平壤，"
            "开始对朝鲜进行为期五天的友好访问。\n27日下午，刘晓东大使会见了代表团一行。\n")
    found = _events(extract, text, "2009-10-27")
    assert ("meeting", "刘晓东", "孙立新", "PRK", "2009-10-27", "reported") in found
    assert "刘晓东" in _people(extract, text, "2009-10-27")


def test_the_wire_of_a_dateline_is_no_side_and_tan_wang_is_a_meeting(extract):
    text = "新华社哈瓦那11月18日电 国家主席周明远探望了古巴革命领导人菲德尔·卡斯特罗。\n"
    found = _events(extract, text, "2008-11-19")
    assert [(e[0], e[1], e[2]) for e in found] == [("meeting", "周明远", "菲德尔·卡斯特罗")]
    assert found[0][3] == "CUB"


def test_a_gathering_attended_during_a_visit_is_where_the_visit_is(extract):
    text = ("新华社加拉加斯7月17日电 应委内瑞拉全国代表大会主席弗洛雷斯的邀请，中国全国人大常委会副委员长周明远于16日"
            "率全国人大代表团开始对委内瑞拉进行正式友好访问。\n访问期间，周明远会见了委外交部长马杜拉，"
            "并出席了委全国代表大会全会。\n")
    summits = [(e[1], e[3]) for e in _events(extract, text, "2008-07-18") if e[0] == "summit"]
    assert summits == [("周明远", "VEN")]


def test_a_gathering_told_of_the_meetings_actor_leaves_the_meeting(extract):
    text = ("越通社喀山10月23日电 当地时间10月23日，正在俄罗斯喀山出席金砖国家峰会的越南政府总理阮文山与"
            "中共中央总书记、国家主席周明远进行短暂会晤。\n")
    found = _events(extract, text, "2024-10-24")
    assert ("summit", "阮文山", "金砖国家峰会", "RUS", "2024-10-23", "reported") in found
    meetings = [(e[1], e[2], e[3]) for e in found if e[0] == "meeting"]
    assert meetings == [("阮文山", "周明远", "RUS")]


def test_setting_out_for_a_capital_to_attend_is_a_visit_there(extract):
    text = ("老挝资讯网万象报道，2025年9月14日，老挝副总理兼公安部部长坎占·西拉率团启程前往中国北京市，"
            "出席澜湄执法安全合作部长级会议。\n")
    found = _events(extract, text, "2025-09-14")
    assert ("visit", "坎占·西拉", "", "CHN", "2025-09-14", "reported") in found
    assert [(e[1], e[3]) for e in found if e[0] == "summit"] == [("坎占·西拉", "CHN")]


def test_a_minister_who_attends_a_foreign_ministers_meeting_attends_a_gathering(extract):
    text = ("（越南之声）应老挝外交部部长坎占邀请，中国外长周明远16日至17日对老挝进行正式访问，"
            "并出席在老挝举行的澜沧江-湄公河合作第4次外长会。\n")
    summits = [(e[1], e[3]) for e in _events(extract, text, "2018-12-17") if e[0] == "summit"]
    assert summits == [("周明远", "LAO")]


def test_a_speaker_glad_to_visit_again_visits(extract):
    text = ("新华社北京12月12日电 中共中央总书记周明远12日在人民大会堂会见俄罗斯统一俄罗斯党主席彼得罗夫。\n"
            "彼得罗夫表示很高兴在两国建交75周年之际再次访华。\n")
    visits = [(e[1], e[3]) for e in _events(extract, text, "2024-12-13") if e[0] == "visit"]
    assert visits == [("彼得罗夫", "CHN")]


def test_what_a_speaker_reports_of_someone_else_stays_his_words(extract):
    text = "新华社北京12月12日电 彼得罗夫表示，很高兴看到两国关系发展，俄罗斯总统索科洛夫明年将访华。\n"
    visits = [e for e in _events(extract, text, "2024-12-13") if e[0] == "visit"]
    assert not any(e[1] == "彼得罗夫" for e in visits)


def test_an_ambassador_to_china_who_receives_a_working_delegation_meets_it_in_china(extract):
    text = ("越南工作团由省人民委员会副主席阮文强同志率领。\n"
            "越南驻华特命全权大使范文山同志及使馆干部热情接待并与工作团进行了会谈。\n")
    meetings = [(e[1], e[2], e[3]) for e in _events(extract, text, "2025-09-22") if e[0] == "meeting"]
    assert meetings == [("范文山", "阮文强", "CHN")]


def test_a_body_that_welcomes_a_visit_does_not_make_it(extract):
    text = "外交部：欢迎旧金山市市长访华\n新华社北京4月1日电 外交部表示，欢迎旧金山市市长访华。\n"
    assert not any(e[0] == "visit" for e in _events(extract, text, "2024-04-02"))
