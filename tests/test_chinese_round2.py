"""Chinese readouts, round 2: words after a post that are no names, a guest met "on a visit", an
envoy named with whose envoy he is, invitations, delegations that open with a party, 参访/抵京,
Malaysian honorifics and a meeting used as a noun.

Every sentence here is invented in the genre (Xinhua, People's Daily, 中新社, 联合早报, 星洲日报);
the names are made up or public officials' in made-up acts. Each test reads the fields a user reads.
"""

from readout_rows import zh_events as _events
from readout_rows import zh_people as _people


def test_words_after_a_post_that_are_no_names_make_no_side(extract):
    text = ("会见\n\n新华社北京4月17日电 全国政协主席周明远17日在北京会见柬埔寨奉辛比克党主席索帕拉。"
            "周明远表示，不久前，两国领导人在博鳌与索萨拉首相成功会晤。"
            "周明远还说，今年3月陈光荣委员长成功访华，我们同他两次会晤重要共识正在落实。\n")
    found = _events(extract, text, "2013-04-18")
    assert ("meeting", "周明远", "索帕拉", "CHN", "2013-04-17", "reported") in found
    assert ("visit", "陈光荣", "", "CHN", "2013-03", "reported") in found
    assert not any(side in ("成功", "两次") for e in found for side in e[1:3])
    assert {"成功", "两次"}.isdisjoint(_people(extract, text, "2013-04-18"))


def test_a_name_right_before_a_time_of_day_or_a_journey_ends_there(extract):
    text = "访华\n\n越共中央总书记、国家主席黎文山早上乘坐专机抵达广州，开始对中国的国事访问。\n"
    assert "黎文山" in _people(extract, text, "2024-08-18")
    found = _events(extract, text, "2024-08-18")
    assert [(e[0], e[1]) for e in found] == [("visit", "黎文山")]


def test_a_guest_met_on_a_visit_made_a_visit(extract):
    text = ("会见\n\n新华社北京5月10日电 全国政协主席周明远今天下午在人民大会堂会见了到访的"
            "老挝建国战线主席西沙瓦·索提一行。\n")
    found = _events(extract, text, "2002-05-11")
    assert ("meeting", "周明远", "西沙瓦·索提", "CHN", "2002-05-10", "reported") in found
    assert ("visit", "西沙瓦·索提", "", "CHN", "", "reported") in found
    assert len(found) == 2


def test_a_visit_told_with_its_host_and_without_is_one_row(extract):
    text = ("会见\n\n新华社莫斯科9月12日电 统一俄罗斯党领导人格罗莫夫11日在莫斯科会见了到访的中联部部长周明远。"
            "周明远率领的中共代表团于10日抵达莫斯科，此行系应该党之邀。\n")
    visits = [e for e in _events(extract, text, "2008-09-12") if e[0] == "visit"]
    assert [(e[1], e[3], e[4]) for e in visits] == [("周明远", "RUS", "2008-09-10")]


def test_an_envoy_is_met_not_the_leader_whose_envoy_he_is(extract):
    text = ("会见\n\n新华社北京6月27日电 中共中央总书记、国家主席王文明27日在北京会见了古巴共产党中央第一书记"
            "费尔南多·罗哈斯特使、国务委员会副主席何塞·马丁内斯。"
            "王文明欢迎马丁内斯作为罗哈斯第一书记特使访华。\n")
    found = _events(extract, text, "2016-06-28")
    meetings = [e for e in found if e[0] == "meeting"]
    assert [(e[2], e[3], e[4]) for e in meetings] == [("何塞·马丁内斯", "CHN", "2016-06-27")]
    visits = [e for e in found if e[0] == "visit"]
    assert [e[1] for e in visits] == ["何塞·马丁内斯"]


def test_an_ambassador_named_before_his_post_and_a_second_guest_are_both_met(extract):
    text = ("参访\n\n2024年11月25日至29日，老挝驻华大使宋坎应中国—东盟中心邀请赴四川参访。"
            "四川省长周明远会见宋坎大使和中国—东盟中心秘书长李成一行。\n")
    found = _events(extract, text, "2024-12-05")
    assert ("visit", "宋坎", "", "CHN", "2024-11-25", "reported") in found
    assert {e[2] for e in found if e[0] == "meeting"} == {"宋坎"}


def test_an_invitation_to_visit_is_no_visit(extract):
    text = ("会见\n\n今天下午，周明远委员长在人民大会堂会见了老挝国家主席坎玛。"
            "坎玛主席邀请周明远委员长再次访问老挝，周明远委员长对此表示感谢。\n")
    found = _events(extract, text, "2000-11-07")
    # the guest met in Beijing is on a visit (round 9); the invitation to Laos is none
    assert [(e[0], e[1], e[2]) for e in found] == [("meeting", "周明远", "坎玛"), ("visit", "坎玛", "")]


def test_a_delegation_named_with_its_party_stands_for_its_head(extract):
    text = ("抵京\n\n据朝中社5月15日报道，以中央副委员长朴明哲为团长的朝鲜劳动党友好参观团14日乘机离开平壤，"
            "对中国进行访问。朝鲜劳动党友好参观团当天抵达北京。"
            "3月底，朝鲜最高领导人金明洙乘火车抵京。\n")
    found = _events(extract, text, "2018-05-15")
    visits = [(e[1], e[3], e[4]) for e in found if e[0] == "visit"]
    assert ("朴明哲", "CHN", "2018-05-14") in visits
    assert ("金明洙", "CHN", "2018-03") in visits
    assert all(actor in ("朴明哲", "金明洙") for actor, _, _ in visits)


def test_malaysian_honorifics_stand_before_a_name_and_receiving_a_delegation_is_a_meeting(extract):
    text = ("接待\n\n（沙登21日讯）华总总会长丹斯里吴添明今日在华总大厦接待陕西省海外联谊会副会长王永明"
            "率领的代表团，中委拿督李德光和胡健文等出席。\n")
    assert {"吴添明", "李德光", "王永明"} <= _people(extract, text, "2024-09-21")
    found = _events(extract, text, "2024-09-21")
    # (since round 22 the gazetteer knows 沙登, so the dateline places the meeting, and the delegation received
    # there is on a visit to Malaysia)
    assert [(e[0], e[1], e[2], e[3], e[4]) for e in found] == [("meeting", "吴添明", "王永明", "MYS", "2024-09-21"),
                                                               ("visit", "王永明", "", "MYS", "")]


def test_how_many_attended_is_no_attendance(extract):
    text = ("对话会\n\n由中联部主办的政党高层对话会昨天起在北京举行，这也是出席人数最多的一次全球政党对话会。\n")
    summits = [e for e in _events(extract, text, "2017-12-01") if e[0] == "summit"]
    assert [e[2] for e in summits] == ["政党高层对话会"]  # the gathering the 中联部 hosts, not "人数最多的……"


def test_who_a_clause_before_his_name_describes_made_the_trip(extract):
    text = ("抵京\n\n乌拉圭总统贝尔特兰昨抵北京，中方由去年曾以特使身份赴乌拉圭、出席贝尔特兰就职仪式的"
            "农业农村部长周明远接机。\n")
    visits = [(e[1], e[3], e[4]) for e in _events(extract, text, "2026-02-02") if e[0] == "visit"]
    assert ("周明远", "URY", "2025") in visits
    assert ("贝尔特兰", "URY", "2025") not in visits


def test_a_delegation_met_as_two_names_and_their_party_is_the_first_ones(extract):
    text = ("参访\n\n2024年11月25日至29日，老挝驻华大使宋坎应中国—东盟中心邀请赴四川参访。"
            "四川省长周明远会见宋坎大使和中国—东盟中心秘书长李成一行。代表团还前往成都参访。\n")
    visits = [(e[1], e[4]) for e in _events(extract, text, "2024-12-05") if e[0] == "visit"]
    assert visits == [("宋坎", "2024-11-25")]


def test_a_visit_told_as_planned_with_its_days_and_again_within_the_year_keeps_the_days(extract):
    text = ("访华\n\n柬埔寨人民党主席索萨拉下周访华\n"
            "据中联部消息，柬埔寨人民党主席索萨拉将于12月2日至4日对中国进行正式友好访问。"
            "据报道，这是索萨拉以参议院主席身份首次访华。\n")
    visits = [(e[1], e[3], e[4], e[5]) for e in _events(extract, text, "2024-11-30") if e[0] == "visit"]
    assert visits == [("索萨拉", "CHN", "2024-12-02", "planned")]


def test_a_visit_told_as_planned_and_as_made_this_year_is_not_moved_to_the_planned_days(extract):
    text = ("访华\n\n据中联部消息，柬埔寨人民党主席索萨拉将于12月2日至4日对中国进行正式友好访问。"
            "今年3月，索萨拉以参议院主席身份访华。\n")
    visits = [(e[1], e[4], e[5]) for e in _events(extract, text, "2024-11-30") if e[0] == "visit"]
    assert sorted(visits) == [("索萨拉", "2024-03", "reported"), ("索萨拉", "2024-12-02", "planned")]


def test_malaysia_by_its_short_name_in_malaysian_papers(extract):
    text = "访马\n\n（沙登21日讯）他说，中国国家主席周明远曾在2013年10月访问大马。\n"
    found = _events(extract, text, "2024-09-21")
    assert [(e[0], e[1], e[3], e[4]) for e in found] == [("visit", "周明远", "MYS", "2013-10")]


def test_in_a_leaders_words_i_is_the_speaker_and_him_the_guest_just_named(extract):
    text = ("会见\n\n新华社北京5月16日电 国家主席周明远16日在北京会见了由中央副委员长朴明哲率领的朝鲜劳动党友好参观团。"
            "周明远表示，今年3月金明洙委员长成功访华，我同他举行了历史性会晤，上星期我又同金明洙委员长在大连成功会晤。\n")
    found = _events(extract, text, "2018-05-17")
    assert ("meeting", "周明远", "朴明哲", "CHN", "2018-05-16", "reported") in found
    assert ("visit", "金明洙", "", "CHN", "2018-03", "reported") in found
    meetings = [(e[1], e[2], e[4]) for e in found if e[0] == "meeting" and e[2] == "金明洙"]
    assert ("周明远", "金明洙", "2018-03") in meetings  # "上星期" gives the second no day: one row
    assert all(side not in ("我", "他") for e in found for side in e[1:3])


def test_a_host_welcoming_him_welcomes_the_guest_of_the_sentence_before(extract):
    text = ("会见\n\n今天下午，周明远委员长在人民大会堂会见了老挝国家主席坎玛·西萨。"
            "周明远对再次见面表示高兴，并热烈欢迎他此次访华。\n")
    found = _events(extract, text, "2000-11-07")
    assert ("visit", "坎玛·西萨", "", "CHN", "", "reported") in [e[:4] + ("", e[5]) for e in found]
    assert all(e[1] != "周明远" for e in found if e[0] == "visit")


def test_he_inside_a_countrys_name_and_he_as_a_subject_stand_for_no_one_new(extract):
    text = ("简讯\n\n9月28日，中联部副部长周明远同马耳他工党副领袖米克勒夫进行视频交流。"
            "新加坡国务资政李显明将访华。他也将与全国政协主席王成会面。\n")
    found = _events(extract, text, "2020-10-01")
    assert [{e[1], e[2]} for e in found if e[0] == "meeting"] == [{"周明远", "米克勒夫"}, {"李显明", "王成"}]


def test_a_community_leader_is_named_after_his_title(extract):
    text = "会见\n\n两支代表团分别以著名侨领林国明、方天亮为团长。\n"
    assert {"林国明", "方天亮"} <= _people(extract, text, "2014-05-30")


def test_a_gathering_a_body_hosts_is_its_summit_where_and_when_it_is_held(extract):
    text = ("对话会\n\n由中共中央对外联络部主办的亚洲政党减贫对话会，昨天起至12月3日在北京举行。"
            "这是出席人数最多的一次对话会。\n")
    found = [e for e in extract(text, "2017-12-01")["events"] if e["kind"] == "summit"]
    assert [(e["counterpart"], e["places"], e["start"], e["status"]) for e in found] == [
        ("亚洲政党减贫对话会", "CHN", "2017-11-30", "reported")]
    assert found[0]["actor_id"].endswith("ild")
    held_alone = "大会\n\n第十届亚洲政党大会昨天在北京举行。\n"
    assert [e for e in extract(held_alone, "2017-12-01")["events"] if e["kind"] == "summit"] == []


def test_a_meeting_told_as_done_and_as_planned_is_two_rows_on_their_own_days(extract):
    text = ("会见\n\n新华社北京3月5日电 国家主席周明远在人民大会堂会见越共中央总书记黎文山。"
            "周明远将于今年10月再次会见黎文山。\n")
    found = [e for e in _events(extract, text, "2024-03-06") if e[0] == "meeting"]
    assert ("meeting", "周明远", "黎文山", "CHN", "2024-03-05", "reported") in found
    assert [(e[4], e[5]) for e in found if e[5] == "planned"] == [("2024-10", "planned")]
    reported = next(e for e in extract(text, "2024-03-06")["events"] if e["status"] == "reported")
    assert "5日" in reported["evidence"] and "10月" not in reported["evidence"]
    assert len(found) == 2


def test_two_dated_tellings_whatever_their_basis_are_one_row_only_when_their_days_agree(extract):
    text = ("会谈\n\n新华社河内6月12日电 越共中央总书记黎文山在河内同中联部部长周明远举行会谈。"
            "6月14日，黎文山同周明远举行会谈。\n")
    found = [e for e in _events(extract, text, "2024-06-13") if e[0] == "meeting"]
    assert sorted(e[4] for e in found) == ["2024-06-12", "2024-06-14"]
    assert {e[5] for e in found} == {"reported"}


def test_a_general_of_a_rank_with_jiang_acts_now_not_later(extract):
    for rank in ("大将", "上将", "中将", "少将"):
        text = (f"会见\n\n新华社河内5月6日电 越南国防部长潘文江{rank}5日在河内会见了中国人民解放军代表团团长"
                "周明远。\n")
        found = [e for e in _events(extract, text, "2024-05-06") if e[0] == "meeting"]
        assert [(e[1], e[2], e[4], e[5]) for e in found] == \
            [("Phan Van Giang", "周明远", "2024-05-05", "reported")], rank


def test_jiang_as_the_future_still_plans_after_a_rank(extract):
    text = "会见\n\n新华社河内5月6日电 越南国防部长潘文江上将将于7日在河内会见周明远。\n"
    found = [e for e in _events(extract, text, "2024-05-06") if e[0] == "meeting"]
    assert [(e[1], e[2], e[4], e[5]) for e in found] == [("Phan Van Giang", "周明远", "2024-05-07", "planned")]


def test_every_word_for_a_group_closes_a_delegation_its_head_leads(extract):
    for group in ("交流团", "宣介团", "参观团"):
        text = (f"会见\n\n新华社北京7月8日电 中联部部长周明远8日在北京会见了由老挝人民革命党中央委员西沙瓦率领的"
                f"老挝青年{group}、由越南共产党中央委员黎文山率领的越南{group}。\n")
        found = [e for e in _events(extract, text, "2024-07-09") if e[0] == "meeting"]
        assert sorted(e[2] for e in found) == ["西沙瓦", "黎文山"], group
        assert {(e[1], e[4], e[5]) for e in found} == {("周明远", "2024-07-08", "reported")}, group


def test_jiang_inside_a_name_listed_before_the_verb_is_no_future(extract):
    text = ("会见\n\n新华社北京3月5日电 中联部部长周明远、副部长王将林5日在北京会见了越共中央对外部部长"
            "黎文山。\n")
    found = [e for e in _events(extract, text, "2024-03-06") if e[0] == "meeting"]
    assert sorted((e[1], e[2], e[4], e[5]) for e in found) == [
        ("周明远", "黎文山", "2024-03-05", "reported"), ("王将林", "黎文山", "2024-03-05", "reported")]


def test_a_meeting_expected_in_traditional_script_is_planned(extract):
    text = "會見\n\n（中央社台北3月2日電）烏拉圭總統柯斯塔3月4日預計在北京會見中聯部部長周明遠。\n"
    found = [e for e in _events(extract, text, "2026-03-02") if e[0] == "meeting"]
    assert [(e[1], e[2], e[4], e[5]) for e in found] == [("柯斯塔", "周明遠", "2026-03-04", "planned")]
