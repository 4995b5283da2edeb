"""Chinese readouts, round 10: constructions of the genre rather than of one set, in simplified and in
traditional script (Hong Kong, Taiwan and overseas Chinese papers).

- "抵汤加访问" is a visit to Tonga, also when the meetings follow with no comma ("抵汤加访问分别与……会晤");
  a visit by a country's one-character short form may end its clause ("率团访马，分别同……").
- A place whose first character is a surname ("在汤加与首相……会晤") is no name.
- A body holds a gathering "以……相结合的方式".
- A spouse named with the subject ("甲和夫人乙会见了丙", "甲偕夫人乙") goes along: neither who meets nor whom.
- "在会见甲时，乙对……表示欢迎" is 乙's meeting with 甲; "甲在会见乙后，又与丙会晤" is 甲's meeting with 丙,
  where the one with 乙 was, and no second one with 乙.
- Japanese posts (外务大臣, 官房长官, 防卫厅长官) head a list of those met; rarer Japanese surnames.
- "两度会晤" names no one, nor does an acting post ("幹事長代理"); kin before a name ("劳尔的弟弟米格尔") is a post.
- A delegation whose head is named after it ("中共代表團……訪問寮國，團長為甲") is his visit; each delegation
  listed after the verb ("分别会见越南共产党代表团、老挝人民革命党代表团和……") is met.
- A meeting the text does not place, with a guest whose visit to China it told, is in China; one with a guest
  told as visiting ("同来访的……甲举行会谈", "会见到访的……乙") is at the host's home.
- "造访" is a visit, "五年前" its year; "希望通过甲对福建的访问" tells none.
- A Thai name written by sound, with no title, right after the verb ("会见了颂实。") is whom it meets.
- Kingston, Havana in its BBC spelling and Malacca are places.

Every sentence here is invented in the genre (Xinhua, People's Daily, idcpc.org.cn readouts, Hong Kong and
Malaysian Chinese papers); the names are made up. Each test reads the fields a user reads. Three tests guard
constructions that already worked (a visit joined to a meeting by 并, a forum held 以……方式 in simplified
script, 嘉宾 is no one): they pass before and after.
"""
from readout_rows import zh_events as _events
from readout_rows import zh_people as _people

# -- arriving somewhere: 抵 + a country ----------------------------------------------------------------


def test_arriving_to_visit_is_a_visit_there(extract):
    text = "新华社苏瓦5月11日电 中共中央对外联络部副部长周立华10日抵斐济访问，会见斐济优先党领袖卡松加。\n"
    found = _events(extract, text, "2023-05-12")
    assert ("visit", "周立华", "", "FJI", "2023-05-10", "reported") in found
    assert ("meeting", "周立华", "卡松加", "FJI", "2023-05-10", "reported") in found


def test_arriving_to_visit_in_traditional_script(extract):
    text = "全國政協副主席劉建平率團抵斐濟進行正式訪問。\n"
    found = _events(extract, text, "2023-05-12")
    assert ("visit", "劉建平", "", "FJI", "2023-05-12", "reported") in found


def test_meetings_right_after_the_arrival_with_no_comma_are_there(extract):
    text = "中联部部长助理钱国栋抵萨摩亚访问分别会见萨摩亚总理菲娅梅和议长帕波。\n"
    found = _events(extract, text, "2023-05-12")
    assert ("visit", "钱国栋", "", "WSM", "2023-05-12", "reported") in found
    assert ("meeting", "钱国栋", "菲娅梅", "WSM", "2023-05-12", "reported") in found
    assert ("meeting", "钱国栋", "帕波", "WSM", "2023-05-12", "reported") in found


def test_traditional_arrival_then_meetings_each_placed(extract):
    text = "全國人大常委會副委員長林志遠11日抵湯加訪問,分別與首相圖伊瓦卡諾及議長法卡法努阿會晤。\n"
    found = _events(extract, text, "2023-05-12")
    assert ("visit", "林志遠", "", "TON", "2023-05-11", "reported") in found
    assert ("meeting", "林志遠", "圖伊瓦卡諾", "TON", "2023-05-11", "reported") in found
    assert ("meeting", "林志遠", "法卡法努阿", "TON", "2023-05-11", "reported") in found


def test_a_visit_then_a_meeting_joined_by_bing(extract):
    text = "中联部部长周立新1日抵达越南访问并会见越共中央总书记阮文明。\n"
    found = _events(extract, text, "2024-03-02")
    assert ("visit", "周立新", "", "VNM", "2024-03-01", "reported") in found
    assert ("meeting", "周立新", "阮文明", "VNM", "2024-03-01", "reported") in found


# -- a short form of the country at the end of its clause ---------------------------------------------


def test_a_one_character_short_form_ending_its_clause_is_a_visit(extract):
    text = "应塞拉利昂全国人民党邀请，湖北省委副书记孙立民5月8日至10日率中共代表团访塞，会见了塞总统比奥。\n"
    found = _events(extract, text, "2023-05-12")
    assert ("visit", "孙立民", "", "SLE", "2023-05-08", "reported") in found
    assert ("meeting", "孙立民", "比奥", "SLE", "2023-05-08", "reported") in found


# -- a country whose first character is a surname -----------------------------------------------------


def test_a_country_opening_with_a_surname_and_a_linking_word_is_no_name(extract):
    text = "5月10日，中联部副部长陈立群在汤加与首相图伊瓦卡诺会晤。\n"
    assert "汤加与" not in _people(extract, text, "2023-05-12")
    found = _events(extract, text, "2023-05-12")
    assert ("meeting", "陈立群", "图伊瓦卡诺", "TON", "2023-05-10", "reported") in found


def test_the_same_in_traditional_script_with_tong(extract):
    text = "5月10日,中聯部副部長陳立群在湯加同首相圖伊瓦卡諾會面。\n"
    found = _events(extract, text, "2023-05-12")
    assert ("meeting", "陳立群", "圖伊瓦卡諾", "TON", "2023-05-10", "reported") in found


# -- a gathering a body holds "以……方式" ---------------------------------------------------------------


def test_a_body_holds_a_forum_in_a_stated_manner(extract):
    text = ("新华社北京5月11日电 5月10日，中共中央对外联络部以线上线下相结合的方式举办第四届中国—加勒比政党论坛，"
            "来自12个国家的政党领导人参会。\n")
    found = _events(extract, text, "2023-05-12")
    summits = [e for e in found if e[0] == "summit"]
    assert summits and summits[0][2] == "第四届中国—加勒比政党论坛" and summits[0][4] == "2023-05-10"
    assert "International Department" in summits[0][1]


def test_a_body_holds_a_forum_in_a_stated_manner_in_traditional_script(extract):
    text = "11月30日，中共中央對外聯絡部以線上線下相結合的方式舉行第三屆中非政黨論壇特別會議，宣介全會精神。\n"
    found = _events(extract, text, "2021-12-02")
    assert any(e[0] == "summit" and "International Department" in e[1] and e[4] == "2021-11-30" for e in found)


# -- a spouse named with the subject -------------------------------------------------------------------


def test_who_meets_with_his_wife_beside_him_is_the_one_named_first(extract):
    text = "全国人大常委会副委员长王国平和夫人刘敏11日在重庆会见了斐济众议院议长奈拉图。\n"
    found = _events(extract, text, "2023-05-12")
    assert ("meeting", "王国平", "奈拉图", "CHN", "2023-05-11", "reported") in found
    assert not any("刘敏" in (e[1], e[2]) for e in found)


def test_a_post_then_his_wife_before_the_verb(extract):
    text = "李振华委员长和夫人朱敏还会见了萨摩亚立法议会议长托法·法西。\n"
    found = _events(extract, text, "2023-05-12")
    assert any(e[:3] == ("meeting", "李振华", "托法·法西") for e in found)
    assert not any(e[1] == "朱敏" for e in found)


def test_xie_furen_in_traditional_script(extract):
    text = "國家副主席陳志剛偕夫人李蓉11日在北京會見了湯加王儲圖普托阿。\n"
    assert "陳志剛" in _people(extract, text, "2023-05-12")
    found = _events(extract, text, "2023-05-12")
    assert ("meeting", "陳志剛", "圖普托阿", "CHN", "2023-05-11", "reported") in found
    assert ("visit", "圖普托阿", "", "CHN", "", "reported") in found


# -- a meeting told as the time of what was said ---------------------------------------------------------


def test_meeting_told_as_the_time_of_a_welcome(extract):
    text = "在会见牙买加工党总书记霍尔内斯时，中联部副部长马立新对工党代表团来华访问表示欢迎。\n"
    found = _events(extract, text, "2023-05-12")
    assert any(e[:3] == ("meeting", "马立新", "霍尔内斯") for e in found)


# -- Japanese posts and surnames -----------------------------------------------------------------------


def test_japanese_cabinet_posts_head_each_name_met(extract):
    text = "中国外交部副部长孙光明11日在东京会见了日本外务大臣林芳正、内阁官房长官松野博一和防卫厅长官浜田靖一。\n"
    found = _events(extract, text, "2023-05-12")
    for name in ("林芳正", "松野博一", "浜田靖一"):
        assert ("meeting", "孙光明", name, "JPN", "2023-05-11", "reported") in found


def test_rare_japanese_surnames_after_a_party_post(extract):
    text = "中联部部长李成功在东京分别会见了公明党党首额贺一郎、日本共产党委员长志位和夫。\n"
    assert {"额贺一郎", "志位和夫"} <= _people(extract, text, "2023-05-12")


def test_a_defence_agency_chief_is_no_name_starting_with_guan(extract):
    text = "戴国华10日在东京会见了防衛廳長官額賀太郎。\n"
    people = _people(extract, text, "2023-05-12")
    assert "額賀太郎" in people and not any(p.startswith("官") for p in people)


# -- how often, not who ---------------------------------------------------------------------------------


def test_twice_met_names_no_one(extract):
    text = "王国平表示，去年王文明主席同卡松加总理两度会晤，为两国关系发展指明了方向。\n"
    found = _events(extract, text, "2023-05-12")
    assert not any(e[2] == "两度" for e in found)
    assert any(e[:3] == ("meeting", "王文明", "卡松加") for e in found)


# -- a guest's meeting the text does not place ------------------------------------------------------------


def test_a_guest_on_a_visit_to_china_is_met_in_china_later_on(extract):
    text = ("国家主席王文明5月10日在人民大会堂会见访华的瓦努阿图总理塔利斯。"
            "国务院总理李华此前在9日与塔利斯举行会谈。\n")
    found = _events(extract, text, "2023-05-12")
    assert ("meeting", "李华", "塔利斯", "CHN", "2023-05-09", "reported") in found


def test_a_guest_told_as_visiting_is_met_at_the_hosts_home(extract):
    text = "中联部副部长马立新11日同来访的多米尼加现代革命党总书记卡罗琳娜·梅希亚举行会谈。\n"
    found = _events(extract, text, "2024-06-12")
    assert ("meeting", "马立新", "卡罗琳娜·梅希亚", "CHN", "2024-06-11", "reported") in found
    assert ("visit", "卡罗琳娜·梅希亚", "", "CHN", "", "reported") in found


def test_a_chinese_official_told_as_visiting_is_met_at_the_foreign_hosts_home(extract):
    text = "圣卢西亚工党领袖皮埃尔11日会见到访的中联部副部长陈立群。\n"
    found = _events(extract, text, "2024-06-12")
    assert ("meeting", "皮埃尔", "陈立群", "LCA", "2024-06-11", "reported") in found


# -- visit words -----------------------------------------------------------------------------------------


def test_zaofang_is_a_visit_and_years_ago_its_year(extract):
    text = "声明指出，自从胡锦涛五年前造访牙买加以来，两国关系不断发展。\n"
    found = _events(extract, text, "2023-05-12")
    assert ("visit", "Hu Jintao", "", "JAM", "2018", "reported") in found


# -- a meeting told as the time of the next ---------------------------------------------------------------


def test_after_meeting_one_host_the_guest_meets_another_there(extract):
    text = ("古巴共产党第一书记迪亚斯20日在哈瓦那会见了中共中央政治局委员赵立新。"
            "赵立新在会见迪亚斯后，又与古巴总理马雷罗会晤。\n")
    found = _events(extract, text, "2023-05-21")
    assert ("meeting", "迪亚斯", "赵立新", "CUB", "2023-05-20", "reported") in found
    assert any(e[:4] == ("meeting", "赵立新", "马雷罗", "CUB") for e in found)
    assert not any(e[:3] == ("meeting", "赵立新", "迪亚斯") for e in found)


def test_a_visit_named_as_a_means_tells_no_visit(extract):
    text = "刘志强希望通过马内莱总理对福建的访问，进一步密切双方合作。\n"
    assert not any(e[0] == "visit" for e in _events(extract, text, "2023-05-12"))


# -- kin before a name --------------------------------------------------------------------------------------


def test_a_name_after_a_kin_word_is_a_person_met(extract):
    text = "中联部副部长陈立群又与古巴国家主席、劳尔的弟弟米格尔会晤。\n"
    assert "米格尔" in _people(extract, text, "2023-05-12")


# -- a delegation's head named after it; an acting post --------------------------------------------------


def test_a_delegation_whose_head_is_named_after_it_is_his_visit(extract):
    text = "應寮國人民革命黨中央對外部邀請，中共代表團於6月10日至13日訪問寮國，團長為中聯部副部長周立華。\n"
    found = _events(extract, text, "2024-06-12")
    assert any(e[:2] == ("visit", "周立華") and e[3:5] == ("LAO", "2024-06-10") for e in found)


def test_an_acting_post_is_no_name(extract):
    text = "據中央社報導，中聯部副部長陳立群10日在北京與日本自民黨幹事長代理會面。\n"
    assert "代理" not in _people(extract, text, "2024-06-12")
    assert not any(e[2] == "代理" for e in _events(extract, text, "2024-06-12"))


# -- several delegations met --------------------------------------------------------------------------


def test_each_delegation_listed_after_the_verb_is_met(extract):
    text = "6月11日，中联部部长林海川在北京分别会见越南共产党代表团、老挝人民革命党代表团和柬埔寨人民党代表团。\n"
    met = {e[2] for e in _events(extract, text, "2024-06-12") if e[0] == "meeting" and e[3] == "CHN"}
    assert {"Communist Party of Vietnam", "Lao People's Revolutionary Party", "Cambodian People's Party"} <= met


def test_a_delegation_of_a_body_the_lists_do_not_know_is_met_as_written(extract):
    text = "6月11日，中联部副部长陈立群分别会见了斐济优先党代表团和瓦努阿图瓦库党代表团。\n"
    found = _events(extract, text, "2024-06-12")
    assert ("meeting", "陈立群", "FijiFirst", "CHN", "2024-06-11", "reported") in found
    assert ("meeting", "陈立群", "瓦努阿图瓦库党代表团", "CHN", "2024-06-11", "reported") in found


# -- Thai names written by sound, with no title ---------------------------------------------------------


def test_a_thai_name_with_no_title_right_after_the_verb_is_met(extract):
    text = "6月11日，中联部部长林海川在北京会见了颂实。\n"
    found = _events(extract, text, "2024-06-12")
    assert ("meeting", "林海川", "颂实", "CHN", "2024-06-11", "reported") in found


def test_a_thai_name_with_no_title_before_yixing(extract):
    text = "6月11日，中联部副部长陈立群在北京会见了差猜一行。\n"
    assert any(e[:3] == ("meeting", "陈立群", "差猜") for e in _events(extract, text, "2024-06-12"))


def test_guests_are_no_name(extract):
    text = "6月11日，中联部部长林海川在北京会见了嘉宾。\n"
    assert _people(extract, text, "2024-06-12") == {"林海川"}


# -- places -----------------------------------------------------------------------------------------------


def test_havana_in_its_other_spelling(extract):
    text = "古巴共产党中央第二书记莫拉莱斯在哈瓦纳会见了中联部副部长陈立群。\n"
    found = _events(extract, text, "2023-05-12")
    assert ("meeting", "莫拉莱斯", "陈立群", "CUB", "2023-05-12", "reported") in found


def test_kingston_is_in_jamaica(extract):
    text = "牙买加总理霍尔内斯10日在金斯敦会见了中联部部长林海川。\n"
    found = _events(extract, text, "2023-05-12")
    assert ("meeting", "霍尔内斯", "林海川", "JAM", "2023-05-10", "reported") in found


def test_kingston_in_a_hong_kong_paper(extract):
    text = "牙買加總理霍爾內斯10日在金斯頓會見到訪的中聯部部長林海川。\n"
    found = _events(extract, text, "2023-05-12")
    assert any(e[:2] == ("meeting", "霍爾內斯") and e[3] == "JAM" for e in found)


def test_a_malaysian_paper_in_malacca(extract):
    text = "(马六甲10日讯)马华公会总会长魏家祥今天在马六甲会见中联部副部长孙立民。\n"
    found = _events(extract, text, "2023-05-12")
    assert ("meeting", "魏家祥", "孙立民", "MYS", "2023-05-10", "reported") in found
