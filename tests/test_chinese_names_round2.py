"""Chinese person names, round 2: constructions of the genre that the first rules missed. Names listed with
、 before 等 and an act ("甲、乙、丙等陪同"), Japanese names of a two-character surname, a Hong Kong woman's two
surnames, the Malaysian honorific 敦 after a post, a country before a name and its title, posts of delegation
lists and civil-service grades, a name before 部长/会长/主任 and an act, before 先生 with no clause start, and a
transliteration in parts with no title ("出席路易斯·卡瓦略塑像揭幕仪式").

Every sentence here is invented in the genre (Xinhua, People's Daily, idcpc.org.cn readouts, overseas Chinese
papers, partner-country state media); the names are made up. Each test reads the people found, and that the
words of the news around them are no one.
"""

from liaison.extract.zh_names import find_zh_people
from readout_rows import zh_events as _events
from readout_rows import zh_people as _people


def _names(text: str) -> list[str]:
    return [p.text for p in find_zh_people(text)]


def test_names_listed_before_deng_and_an_act_are_each_a_person():
    assert _names("韩立平、周海、杨晓东等陪同人员同机抵达。") == ["韩立平", "周海", "杨晓东"]
    assert _names("孙志刚、刘宏陪同参观。") == ["孙志刚", "刘宏"]


def test_a_list_of_places_or_fields_before_deng_is_no_one():
    assert _names("中国、越南、老挝等国陪同人员同机抵达。") == []
    assert _names("双方在经贸、文化、旅游等领域开展合作，全程陪同的还有使馆官员。") == []


def test_a_japanese_name_of_a_two_character_surname_after_a_post():
    text = "中联部部长在京会见由团长冈本秀雄和副团长宫川义明率领的日本友好团体代表团。"
    assert _names(text) == ["冈本秀雄", "宫川义明"]
    assert _names("日本公明党干事长野村健一表示，") == ["野村健一"]


def test_a_japanese_name_before_shouxiang_after_le_and_a_chinese_one_after_zhi():
    assert _names("他还转达了松田直人首相致李志远总理的口信。") == ["松田直人", "李志远"]


def test_a_hong_kong_womans_two_surnames_after_a_post():
    assert _names("会议由政务司司长陈林美仪主持。") == ["陈林美仪"]


def test_the_malaysian_honorific_dun_after_a_post_is_no_part_of_the_name():
    assert _names("华总会长表示，随着前首相敦阿卜杜拉访华，两国关系更加密切。") == ["阿卜杜拉"]


def test_dun_inside_a_word_is_no_honorific():
    assert _names("伦敦市长表示，双方应敦促各方保持克制。") == []


def test_a_country_before_a_name_and_its_title():
    assert _names("尼泊尔比兰德拉国王的弟弟出席了招待会。") == ["比兰德拉"]


def test_posts_of_delegation_lists_and_civil_service_grades():
    text = "出席者包括侨联常务理事吴志强与黄文杰，以及二级调研员孙立及多名侨商。"
    assert _names(text) == ["吴志强", "黄文杰", "孙立"]
    assert _names("外务省副相金明哲、对外经济省副相崔永南等人也出席活动。") == ["金明哲", "崔永南"]
    assert _names("行动党副党督沈慧玲出席。") == ["沈慧玲"]
    assert _names("滨海边疆区行政长官谢尔盖·伊万诺夫率领的代表团抵达。") == ["谢尔盖·伊万诺夫"]


def test_a_name_ends_before_dao_fachu_chenggong_and_canhui():
    assert _names("孟加拉国议会副议长卡比尔到机场迎接。") == ["卡比尔"]
    assert _names("秘鲁外长巴尔加斯·略萨发出邀请。") == ["巴尔加斯·略萨"]
    assert _names("老挝人革党中央总书记本米成功访华。") == ["本米"]
    assert _names("广西壮族自治区党委书记赵长河参会并讲话。") == ["赵长河"]


def test_an_ambassador_before_fu_and_a_lao_name_with_dai():
    assert _names("郑建华大使赴机场送行。") == ["郑建华"]
    assert _names("人民革命党主席坎代·丰沙万会见了代表团。") == ["坎代·丰沙万"]


def test_a_name_before_buzhang_and_an_act_and_a_body_before_it_is_no_one():
    assert _names("会见中，张晓峰部长表示，") == ["张晓峰"]
    assert _names("会见中，外交部部长表示，") == []
    assert _names("随后，中宣部部长会见了客人。") == []


def test_a_name_before_xiansheng_without_a_clause_start_and_no_false_name_before_it():
    assert _names("本会会长会见太平洋岛国代表处投资官李文涛先生。") == ["李文涛"]
    assert _names("代表团感谢王先生的接待。") == []


def test_a_transliteration_in_parts_needs_no_title():
    assert _names("代表团还出席路易斯·卡瓦略塑像揭幕仪式。") == ["路易斯·卡瓦略"]
    assert _names("他曾在乔治·华盛顿大学任教。") == []


def test_a_vice_minister_of_korea_holds_the_meeting_abroad(extract):
    text = "新华社平壤5月12日电 朝鲜外务省副相金明哲12日在平壤会见了中联部副部长林海平率领的中共代表团。\n"
    found = _events(extract, text, "2025-05-13")
    assert ("meeting", "金明哲", "林海平", "PRK", "2025-05-12", "reported") in found
    assert ("visit", "林海平", "", "PRK", "", "reported") in found


def test_the_one_met_is_named_without_dun_and_without_his_country(extract):
    text = "新华社北京6月3日电 中联部部长林海平3日在北京会见了马来西亚前首相敦阿卜杜拉。\n"
    assert ("meeting", "林海平", "阿卜杜拉", "CHN", "2025-06-03", "reported") in _events(extract, text, "2025-06-04")
    text = "新华社北京6月3日电 中联部部长林海平3日在北京会见了尼泊尔比兰德拉国王。\n"
    assert ("meeting", "林海平", "比兰德拉", "CHN", "2025-06-03", "reported") in _events(extract, text, "2025-06-04")


def test_those_listed_before_peitong_are_people_of_the_report(extract):
    text = ("新华社万象4月2日电 国家主席3日抵达万象。韩立平、周海、杨晓东等陪同人员同机抵达。\n")
    people = _people(extract, text, "2025-04-03")
    assert {"韩立平", "周海", "杨晓东"} <= people
    assert not {"万象", "陪同"} & people


def test_those_present_are_listed_after_de_you_and_after_baokuo():
    assert _names("参加会见的有中联部副部长王海、李建国和赵明。") == ["王海", "李建国", "赵明"]
    assert _names("在座的还有周海峰、孙立等。") == ["周海峰"]
    text = "参与会面的三名议员包括民协的冯志豪、教育界的叶文源，以及工会代表。"
    assert _names(text) == ["冯志豪", "叶文源"]


def test_fields_and_bodies_listed_after_de_you_are_no_one():
    assert _names("出席活动的有文化、教育界人士。") == []
    assert _names("出席会议的有关部门负责人介绍了情况。") == []
    assert _names("会谈涉及的议题包括经济、文化、科技。") == []


def test_a_bare_name_before_arriving_or_visiting_and_no_name_after_a_question_word():
    assert _names("随后，周明华抵达河内。") == ["周明华"]
    assert _names("会后，刘建平前往工厂参观。") == ["刘建平"]
    assert _names("代表团为何密集出访？") == []


def test_a_name_before_a_memorial_after_a_visit_or_de():
    assert _names("代表团还赴孙中兴故里参观。") == ["孙中兴"]
    assert _names("代表团向公园内的黄文泰烈士墓敬献花圈。") == ["黄文泰"]
    assert _names("参观南京大屠杀纪念馆，并参观展出的白玉雕塑。") == []


def test_a_country_of_two_sounds_before_a_name_of_two_and_no_name_of_four_from_guanyu():
    assert _names("会谈中，巴西费拉总统表示，") == ["费拉"]
    assert _names("双方表示，关于李华总理访问的安排已经确定。") == ["李华"]


def test_shi_after_a_meeting_ends_the_word_before_a_name_of_two():
    assert _names("会见时刘海主席表示，双方应加强交流。") == ["刘海"]
    assert _names("会谈中，时光辉部长表示，") == ["时光辉"]


def test_a_name_in_parts_told_again_before_a_sound_is_the_name_told():
    found = find_zh_people("总统迈克尔·扬表示，迈克尔·扬达成共识。")
    assert [p.text for p in found] == ["迈克尔·扬", "迈克尔·扬"]
