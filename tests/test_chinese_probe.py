"""Chinese readouts, probed with invented ones in the genre: a day alone after a dateline naming its
month ("新华社河内4月20日电 ……20日在河内会见……") in a report printed weeks later, meetings of a tour told
without a day ("在老挝，代表团会见了……"), those met described by what they came to do ("会见来华出席……
的外方代表"), a tour's stop by its one-character form ("在肯期间"), a sentence run on after a semicolon
with no subject of its own, a signing told "会见后", a host meeting a delegation "在京期间",
"……总委员会秘书" before a name, and "访问菲律宾，先后会见了甲、乙".

Every sentence here is invented in the genre (Xinhua, idcpc.org.cn readouts, 越通社); the names are made
up. Each test reads the fields a user reads.
"""

from readout_rows import zh_events as _events


def test_a_day_alone_after_a_dateline_is_of_the_datelines_month_not_the_papers(extract):
    text = "新华社河内4月20日电 越共中央总书记阮文海20日在河内会见中共中央委员、云南省委书记王立明。\n"
    assert _events(extract, text, "2025-06-05") == [
        ("meeting", "阮文海", "王立明", "VNM", "2025-04-20", "reported"),
        ("visit", "王立明", "", "VNM", "", "reported")]  # the Chinese guest met abroad is on a visit (round 15)


def test_a_tours_meetings_told_without_a_day_fall_within_its_days(extract):
    text = ("5月18日至22日，以中共中央委员、四川省委书记周明远为团长的中共代表团访问老挝和越南。"
            "在老挝，代表团会见了老挝人民革命党中央书记处书记坎平；在越南，代表团会见了越共中央书记处书记阮文海。\n")
    meetings = [(e[2], e[3], e[4]) for e in _events(extract, text, "2025-06-05") if e[0] == "meeting"]
    assert meetings == [("坎平", "LAO", "2025-05-18"), ("阮文海", "VNM", "2025-05-18")]


def test_what_the_guests_came_to_do_is_not_the_hosts_act(extract):
    text = "5月10日，中联部部长周明远在京会见来华出席第二届中非政党对话会的非洲政党领导人。\n"
    assert [e for e in _events(extract, text, "2025-06-05") if e[1] == "周明远"] == []


def test_a_tours_stop_by_its_one_character_form_places_the_meetings_there(extract):
    text = ("4月24日至30日，中联部副部长周明远率中共代表团访问肯尼亚、坦桑尼亚和赞比亚。"
            "在肯期间，代表团会见了肯尼亚总统姆万吉；在坦期间，会见了坦桑尼亚革命党总书记卡松戈。\n")
    meetings = [(e[1], e[2], e[3], e[4], e[5]) for e in _events(extract, text, "2025-06-05") if e[0] == "meeting"]
    assert meetings == [("周明远", "姆万吉", "KEN", "2025-04-24", "reported"),
                        ("周明远", "卡松戈", "TZA", "2025-04-24", "reported")]


def test_a_sentence_run_on_after_a_semicolon_keeps_the_subject_and_the_day(extract):
    text = "4月24日，中联部副部长周明远会见了肯尼亚总统姆万吉；会见了坦桑尼亚总统卡松戈。\n"
    assert _events(extract, text, "2025-06-05") == [
        ("meeting", "周明远", "姆万吉", "", "2025-04-24", "reported"),
        ("meeting", "周明远", "卡松戈", "", "2025-04-24", "reported")]


def test_items_of_a_list_one_a_line_do_not_run_on(extract):
    text = ("5月14日，老挝副总理坎平率团启程前往中国北京，出席多项会议。\n此行的主要目的是：\n"
            "出席与中国公安部的双边会晤;\n出席澜湄执法安全合作部长级会议;\n")
    assert not any(e[0] == "summit" and "澜湄" in e[2] for e in _events(extract, text, "2025-05-14"))


def test_a_signing_told_after_the_meeting_is_on_its_day(extract):
    text = "4月17日，中联部部长周明远在京会见蒙古人民党总书记巴特尔。会见后，双方共同签署了两党合作谅解备忘录。\n"
    signed = [(e[1], e[4], e[5]) for e in _events(extract, text, "2025-06-05") if e[0] == "agreement"]
    assert signed == [("周明远", "2025-04-17", "reported")]


def test_a_hosts_meeting_with_a_delegation_on_its_stay_falls_within_the_stay(extract):
    text = ("应中共中央对外联络部邀请，以埃塞俄比亚繁荣党副主席阿达姆为团长的繁荣党干部考察团于5月5日至12日访华。"
            "考察团在京期间，中联部副部长周明远会见了代表团。\n")
    meetings = [(e[1], e[2], e[3], e[4], e[5]) for e in _events(extract, text, "2025-06-05") if e[0] == "meeting"]
    assert meetings == [("周明远", "阿达姆", "CHN", "2025-05-05", "reported")]


def test_a_secretary_of_a_partys_council_is_the_person_met(extract):
    text = "4月18日，中联部部长周明远在京会见统一俄罗斯党总委员会秘书雅库宁。\n"
    assert _events(extract, text, "2025-06-05") == [
        ("meeting", "周明远", "雅库宁", "CHN", "2025-04-18", "reported"),
        ("visit", "雅库宁", "", "CHN", "", "reported")]  # a guest met in China is on a visit there (round 9)


def test_meetings_told_one_after_another_on_a_tour_are_each_coded(extract):
    text = ("5月24日至26日，中联部副部长周明远率团访问菲律宾，"
            "先后会见了菲律宾众议院议长雷耶斯、菲律宾联邦党主席阿基诺。\n")
    found = _events(extract, text, "2025-06-05")
    assert ("visit", "周明远", "", "PHL", "2025-05-24", "reported") in found
    assert [(e[2], e[3], e[4]) for e in found if e[0] == "meeting"] == [
        ("雷耶斯", "PHL", "2025-05-24"), ("阿基诺", "PHL", "2025-05-24")]


def test_a_foreign_leader_the_reference_lists_know_hosts_at_home(extract):
    # 普京 and 洪玛奈 are known to the reference lists by their Chinese names; they are not Chinese for it.
    for text, place in (("新华社莫斯科6月4日电 俄罗斯总统普京3日在莫斯科会见中联部部长林海川。\n", "RUS"),
                        ("新华社金边6月4日电 柬埔寨首相洪玛奈3日在金边会见中联部部长林海川。\n", "KHM")):
        rows = extract(text, "2025-06-05")["events"]
        (event,) = [e for e in rows if e["kind"] == "meeting"]
        assert (event["kind"], event["counterpart"], event["places"], event["mode"]) == (
            "meeting", "林海川", place, "host"), text
        # the Chinese guest is on a visit there (round 15)
        assert [(e["actor"], e["places"]) for e in rows if e["kind"] == "visit"] == [("林海川", place)], text


def test_a_wire_dateline_is_not_part_of_a_post_and_a_foreign_partys_department_is_not_the_ild(extract):
    text = ("新华社北京6月5日电 中联部部长林海川4日在京会见老挝人民革命党中央书记处书记、"
            "中央对外联络部部长顺通·赛亚冲。\n")
    posts = {(p["person"], p["organization"], p["organization_id"]) for p in extract(text, "2025-06-05")["positions"]}
    assert ("林海川", "International Department of the Central Committee of the Communist Party of China",
            "org:ild") in posts
    assert ("顺通·赛亚冲", "中央对外联络部", "") in posts
    assert not any(org_id == "org:ild" for person, _, org_id in posts if person != "林海川")
