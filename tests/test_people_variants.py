"""Regional Chinese forms of foreign leaders' names (people.csv name_zh): a mainland, a Taiwan, a Hong
Kong and a Southeast Asian report each write the same leader their own way (特朗普 / 川普, 安瓦尔 / 安华,
昂山素季 / 翁山淑枝 / 昂山素姬, 斯塔默 / 施紀賢 / 施凱爾), and every form must resolve to one person id.
A form that is part of an ordinary word or another name must not fire.

Every sentence is invented in the genre (Xinhua, CNA, Ming Pao, Sin Chew, Zaobao); the leaders are the
real ones the reference lists know, because that is what is tested; everyone else is made up.
"""

from readout_rows import zh_people as _people


def _person_ids(extract, text, published="2025-05-11"):
    """(as written, resolved name, entity id) of each person mention."""
    return [(m["text"], m["name"], m["entity_id"]) for m in extract(text, published)["mentions"]
            if m["kind"] == "person"]


def _events(extract, text, published="2025-05-11"):
    return [(e["kind"], e["actor_id"], e["counterpart_id"], e["places"], e["start"], e["status"])
            for e in extract(text, published)["events"]]


def test_taiwan_and_mainland_forms_of_trump_are_one_person(extract):
    taiwan = "中央社華盛頓10日專電 美國總統川普10日在白宮會見來訪的日本首相高市早苗。\n"
    mainland = "新华社华盛顿5月10日电 美国总统特朗普10日在白宫会见来访的日本首相高市早苗。\n"
    ids = {(n, i) for t in (taiwan, mainland) for w, n, i in _person_ids(extract, t) if w in ("川普", "特朗普")}
    assert ids == {("Donald Trump", "person:donald-trump")}
    for text in (taiwan, mainland):
        meetings = [e for e in _events(extract, text) if e[0] == "meeting"]
        assert meetings and meetings[0][1:3] == ("person:donald-trump", "person:sanae-takaichi")
        assert meetings[0][4:] == ("2025-05-10", "reported")
    assert _events(extract, mainland)[0][3] == "USA"


def test_mainland_and_malaysian_forms_of_anwar_are_one_person(extract):
    mainland = "新华社北京5月10日电 国家主席王文明10日在人民大会堂会见来访的马来西亚总理安瓦尔。\n"
    malaysian = "（吉隆坡10日讯）首相安华今日在布城会见中联部部长陈立新。\n"
    assert ("meeting", "person:王文明", "person:anwar-ibrahim", "CHN", "2025-05-10", "reported") \
        in _events(extract, mainland)
    assert ("meeting", "person:anwar-ibrahim", "person:陈立新", "MYS", "2025-05-10", "reported") \
        in _events(extract, malaysian)


def test_the_forms_of_aung_san_suu_kyi_in_three_regions_are_one_person(extract):
    texts = ("缅甸国务资政昂山素季表示，欢迎中方代表团。\n",  # mainland
             "据报道，缅甸国务资政翁山淑枝将出席对话会。\n",  # Singapore and Malaysia
             "緬甸前國務資政昂山素姬仍被軍政府羈押。\n")  # Hong Kong
    found = [(n, i) for t in texts for w, n, i in _person_ids(extract, t)]
    assert found == [("Aung San Suu Kyi", "person:aung-san-suu-kyi")] * 3


def test_traditional_script_forms_of_starmer_fold_to_one_person(extract):
    texts = ("英国首相斯塔默表示，将加强对华交往。\n",  # mainland
             "【明報專訊】英國首相施紀賢昨晨會晤國家主席。\n",  # Hong Kong, traditional script
             "英國首相施凱爾在記者會上表示歡迎。\n")  # Taiwan
    found = {(w, i) for t in texts for w, n, i in _person_ids(extract, t)}
    assert found == {("斯塔默", "person:keir-starmer"), ("施紀賢", "person:keir-starmer"),
                     ("施凱爾", "person:keir-starmer")}


def test_malaysian_forms_of_mahathir_resolve_after_a_post(extract):
    texts = ("马来西亚总理马哈蒂尔表示，马方欢迎中国企业投资。\n",  # mainland
             "前首相马哈迪今日在布城发表谈话。\n",  # Malaysian Chinese press
             "前首相马哈廸今日接受访问。\n")  # Sin Chew's spelling
    ids = {i for t in texts for w, n, i in _person_ids(extract, t)}
    assert ids == {"person:mahathir-mohamad"}


def test_a_regional_form_inside_a_chinese_name_does_not_fire(extract):
    text = "江苏省副省长张安华会见了马来西亚华社代表团。\n"
    people = _person_ids(extract, text)
    assert ("张安华", "张安华", "person:张安华") in people
    assert not any(i == "person:anwar-ibrahim" for w, n, i in people)


def test_a_bare_form_shared_with_a_place_or_another_name_is_not_listed(extract):
    place = "西哈努克港经济特区去年吸引投资超过十亿美元。\n"
    assert _people(extract, place, "2025-05-11") == set()
    other = "巴西科技部长马科斯·庞特斯会见了中国代表团。\n"
    assert not any(i.startswith("person:ferdinand") for w, n, i in _person_ids(extract, other))
    mbalula = "非国大总书记姆巴卢拉会见了中联部代表团。\n"
    assert [w for w, n, i in _person_ids(extract, mbalula)] == ["姆巴卢拉"]


def test_a_listed_king_after_his_honorifics_resolves_by_reference(extract):
    text = "Party delegation visit\n\nThe envoy was granted an audience by His Majesty Preah Bat Samdech " \
           "Preah Boromneath Norodom Sihamoni at the Royal Palace.\n"
    people = [(m["text"], m["entity_id"], m["cue"]) for m in extract(text, "2024-04-02")["mentions"]
              if m["kind"] == "person"]
    assert people == [("Norodom Sihamoni", "person:norodom-sihamoni", "reference")]


def test_rubio_in_mainland_taiwan_and_wire_copy_is_one_person(extract):
    texts = ("新华社吉隆坡7月11日电 中共中央政治局委员、外交部长李文涛11日在吉隆坡会见美国国务卿鲁比奥。\n",
             "中央社華盛頓10日專電 美國國務卿魯比歐10日與中國外長通話。\n",  # Taiwan, traditional
             "（法新社華盛頓10日電）美国国务卿卢比欧今天表示，希望展开对话。\n")  # AFP Chinese
    found = {(w, i) for t in texts for w, n, i in _person_ids(extract, t, "2025-07-12") if i != "person:李文涛"}
    assert found == {("鲁比奥", "person:marco-rubio"), ("魯比歐", "person:marco-rubio"),
                     ("卢比欧", "person:marco-rubio")}
    meetings = [e for e in _events(extract, texts[0], "2025-07-12") if e[0] == "meeting"]
    assert meetings == [("meeting", "person:李文涛", "person:marco-rubio", "MYS", "2025-07-11", "reported")]


def test_a_brothers_shared_surname_alone_is_not_given_to_either(extract):
    text = "巴基斯坦总理夏巴兹·谢里夫会见了中联部代表团。谢里夫表示，巴中友谊坚如磐石。\n"
    people = _person_ids(extract, text)
    assert people[0] == ("夏巴兹·谢里夫", "Shehbaz Sharif", "person:shehbaz-sharif")
    assert not any(i == "person:nawaz-sharif" for w, n, i in people)


# China's own top leaders (people.csv rows for the Politburo Standing Committee and the posts the genre
# introduces them by). Invented readouts in the Xinhua / People's Daily / partner-press genre.

def _who():
    import pandas as pd
    from liaison.analysis import personnel
    positions = pd.DataFrame(columns=["person_id", "person", "title", "organization", "organization_id", "start",
                                      "end", "status", "doc_id", "evidence"])
    return personnel, personnel.who_is_who(positions)


def test_a_standing_committee_member_named_bare_in_chinese_is_the_english_person(extract):
    chinese = "新华社河内3月18日电 王沪宁18日在河内会见越共中央总书记苏林。\n"
    english = ("HANOI, March 18 (Xinhua) -- Wang Huning met with To Lam, general secretary of the Communist "
               "Party of Vietnam Central Committee, in Hanoi on Tuesday.\n")
    zh = _person_ids(extract, chinese, "2025-03-19")
    en = _person_ids(extract, english, "2025-03-19")
    assert ("王沪宁", "Wang Huning", "person:wang-huning") in zh
    assert ("Wang Huning", "Wang Huning", "person:wang-huning") in en
    for text in (chinese, english):
        meetings = [e for e in _events(extract, text, "2025-03-19") if e[0] == "meeting"]
        assert meetings == [("meeting", "person:wang-huning", "person:to-lam", "VNM", "2025-03-18", "reported")]


def test_premier_li_qiang_in_a_readout_and_in_partner_press_is_one_person(extract):
    chinese = "新华社北京9月10日电 国务院总理李强10日在人民大会堂会见来访的柬埔寨首相洪玛奈。\n"
    partner = ("PHNOM PENH, Sept. 10 -- Cambodian Prime Minister Hun Manet held talks with Chinese Premier "
               "Li Qiang in Beijing on Tuesday.\n")
    meeting = [e for e in _events(extract, chinese, "2024-09-11") if e[0] == "meeting"]
    assert meeting == [("meeting", "person:li-qiang", "person:hun-manet", "CHN", "2024-09-10", "reported")]
    assert ("Li Qiang", "person:li-qiang") in {(n, i) for w, n, i in _person_ids(extract, partner, "2024-09-11")}


def test_the_post_a_leader_held_is_looked_up_at_the_event_date():
    personnel, who = _who()
    han_2019 = personnel.role_at("person:han-zheng", "2019-06-05", who)
    assert (han_2019["title"], han_2019["basis"], han_2019["start"], han_2019["end"]) == \
        ("First Vice Premier of the State Council", "reference", "2018-03-19", "2023-03-12")
    assert "Politburo Standing Committee" in han_2019["also"]
    han_2024 = personnel.role_at("Han Zheng", "2024-05-20", who)
    assert (han_2024["title"], han_2024["end"]) == ("Vice President of the People's Republic of China", "")
    assert personnel.role_at("person:wang-huning", "2019-01-10", who)["title"] == \
        "First Secretary of the Secretariat of the CPC Central Committee"
    assert personnel.role_at("person:wang-huning", "2024-06-12", who)["title"] == \
        "Chairman of the CPPCC National Committee"
    assert personnel.role_at("person:li-keqiang", "2010-05", who)["title"] == "First Vice Premier of the State Council"
    assert personnel.role_at("person:li-keqiang", "2016", who)["title"] == "Premier of the State Council"
    # before the NPC session he held only the party seat, not yet the premiership
    assert personnel.role_at("person:li-qiang", "2022-12-01", who)["title"] == \
        "Member of the Politburo Standing Committee"


def test_korea_before_a_verb_is_not_han_zheng_and_a_sea_is_not_wang_yang(extract):
    korea = "据韩联社报道，美韩正在举行联合军演，朝韩正在接触，日韩正式签署协议。\n"
    assert _person_ids(extract, korea, "2024-09-11") == []
    titled = "国家副主席韩正10日在北京会见了越南国会主席陈青敏。18日韩正会见了老挝客人。\n"
    people = _person_ids(extract, titled, "2024-09-11")
    assert [w for w, n, i in people] == ["韩正", "陈青敏", "韩正"]
    assert people[0][2] == people[2][2] == "person:han-zheng"
    sea = "渔船在一片汪洋大海中失去联系。\n"
    assert _person_ids(extract, sea, "2024-09-11") == []
    cppcc = "全国政协主席汪洋9日在北京会见了老挝建国阵线中央主席。\n"
    assert ("汪洋", "Wang Yang", "person:wang-yang") in _person_ids(extract, cppcc, "2019-04-10")


# The department's own vice-ministers, and the partner-country leaders its Chinese readouts name most.


def test_a_vice_minister_named_in_a_chinese_readout_is_the_english_person(extract):
    chinese = "新华社北京6月12日电 中联部副部长郭业洲12日在京会见斯里兰卡总统维克勒马辛哈率领的代表团。\n"
    english = ("BEIJING, June 12 (Xinhua) -- Guo Yezhou, vice minister of the International Department of the "
               "CPC Central Committee, met here Monday with a delegation of Sri Lanka's ruling party.\n")
    zh = {(w, n, i) for w, n, i in _person_ids(extract, chinese, "2023-06-13")}
    assert ("郭业洲", "Guo Yezhou", "person:guo-yezhou") in zh
    assert ("维克勒马辛哈", "Ranil Wickremesinghe", "person:ranil-wickremesinghe") in zh
    assert ("Guo Yezhou", "person:guo-yezhou") in \
        {(n, i) for w, n, i in _person_ids(extract, english, "2023-06-13")}
    meeting = [e for e in _events(extract, chinese, "2023-06-13") if e[0] == "meeting"]
    assert meeting and meeting[0][1] == "person:guo-yezhou"
    assert meeting[0][4:] == ("2023-06-12", "reported")


def test_partner_leaders_named_bare_in_chinese_keep_the_foreign_side(extract):
    text = ("新华社河内4月3日电 越共中央组织部长黎明兴3日在河内会见中联部副部长王亚军率领的中共代表团。\n"
            "朝鲜内阁总理朴泰成当天在平壤会见了中国驻朝鲜大使。\n")
    found = {(w, i) for w, n, i in _person_ids(extract, text, "2025-04-04")}
    assert {("黎明兴", "person:le-minh-hung"), ("王亚军", "person:wang-yajun"),
            ("朴泰成", "person:pak-thae-song")} <= found
    meeting = [e for e in _events(extract, text, "2025-04-04") if e[0] == "meeting"]
    assert meeting[0][1:3] == ("person:le-minh-hung", "person:wang-yajun")
    assert meeting[0][3:] == ("VNM", "2025-04-03", "reported")


def test_a_department_officials_post_is_looked_up_at_the_event_date():
    personnel, who = _who()
    # Liu Hongcai was vice-minister twice, with the Pyongyang embassy in between
    assert personnel.role_at("person:liu-hongcai", "2006-05-10", who)["title"] == "Vice Minister"
    assert personnel.role_at("person:liu-hongcai", "2012-09-01", who)["title"] == "Ambassador to the DPRK"
    second = personnel.role_at("person:liu-hongcai", "2016-03-01", who)
    assert (second["title"], second["start"], second["end"]) == ("Vice Minister", "2015-02", "2016-12")
    # Wang Yajun: assistant minister, then vice-minister, then ambassador
    assert personnel.role_at("person:wang-yajun", "2017-04", who)["title"] == "Assistant Minister"
    assert personnel.role_at("person:wang-yajun", "2019-11-20", who)["title"] == "Vice Minister"
    assert personnel.role_at("person:wang-yajun", "2024-02-01", who)["title"] == "Ambassador to the DPRK"
    # a foreign leader's post changes with the date too
    assert personnel.role_at("person:ranil-wickremesinghe", "2016-04-08", who)["title"] == \
        "Prime Minister of Sri Lanka"
    assert personnel.role_at("person:ranil-wickremesinghe", "2023-10-17", who)["title"] == \
        "President of Sri Lanka"


def test_the_singapore_minister_is_named_after_his_post_but_uyghur_script_is_not_him(extract):
    minister = "新加坡外长维文17日在北京会见中联部副部长陈洲。\n"
    assert [(w, i) for w, n, i in _person_ids(extract, minister, "2023-04-18")] == \
        [("维文", "person:vivian-balakrishnan"), ("陈洲", "person:chen-zhou")]
    script = "该报维文版和汉文版同日刊发了这篇评论。\n"
    assert _person_ids(extract, script, "2023-04-18") == []
