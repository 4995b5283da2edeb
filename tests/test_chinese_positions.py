"""Chinese posts: the organisation written before a title stops where the sentence's own verbs
and particles are ("会见了应邀来访的……党主席"), and words that follow a title in prose are no names."""
from conftest import _extract


def _run(text):
    rows = _extract(text, "2025-05-06")
    return ({(p["person"], p["title"], p["organization_id"] or p["organization"]) for p in rows["positions"]},
            {m["text"] for m in rows["mentions"] if m["kind"] == "person"})


def test_what_the_actor_does_is_not_part_of_the_counterparts_post():
    posts, _ = _run("新华社北京5月6日电 中联部部长孙明6日在京会见了应邀来访的智利社会党主席费尔南多·罗哈斯。")
    assert posts == {("孙明", "head", "org:ild"), ("费尔南多·罗哈斯", "chairman", "party:ps-chl")}


def test_those_who_welcomed_or_came_along_are_listed_after_you():
    posts, _ = _run("到机场迎接的有智利社会党副主席玛丽亚·冈萨雷斯。随同来访的，有智利社会党总书记佩德罗·席尔瓦等。")
    assert posts == {("玛丽亚·冈萨雷斯", "vice chairman", "party:ps-chl"),
                     ("佩德罗·席尔瓦", "general secretary", "party:ps-chl")}


def test_you_is_kept_in_a_word_it_begins():
    posts, _ = _run("有关方面负责人李华介绍了情况。")
    assert posts == {("李华", "head", "有关方面")}


def test_prose_after_a_title_is_no_name():
    """"两国领导人共识", "大使简要介绍", "主席此访": a title head followed by a common word."""
    posts, people = _run("双方表示，愿共同落实好两国领导人共识。驻智利大使王强简要介绍了中国经济形势。"
                         "中方希望通过罗哈斯主席此访，进一步增进两党互信。")
    assert {person for person, _, _ in posts} == {"王强"}
    assert not people & {"共识", "王强简要", "此访"}


def test_one_character_then_a_word_after_a_title_is_no_name():
    """"领导人和政府代表" is leaders and government representatives, "领导人集体会晤" a collective meeting;
    a name whose second character is 和 is still a name."""
    _, people = _run("太平洋岛国政党领导人和政府代表出席对话会。国家主席王文明同中亚五国领导人集体会晤。"
                     "中联部部长李和平会见越南客人。")
    assert people == {"王文明", "李和平"}


def test_a_known_name_of_two_opening_a_clause_must_end_where_a_name_may():
    """"李希望两国……" (Li hopes), "李强调" (Li stressed), "汪洋大海" (a sea) name no one; 齐峰 after a
    title and 钟毅 before a day's number are still found."""
    _, people = _run("李希望两国加强合作。会上，李强调要加强党际交流。汪洋大海般的热情。"
                     "中联部部长齐峰去年率团访问了越南。钟毅18日在北京会见越南客人。")
    assert people == {"齐峰", "钟毅"}


def test_the_state_chairman_is_the_head_of_state_of_the_country_the_chain_names():
    """国家主席 is a president: of the country named before 国家, else the one the chain names, else China."""
    posts, _ = _run("中共中央总书记、国家主席赵明会见了老挝人民革命党中央总书记、国家主席坎代。"
                    "越南国家副主席阮氏兰会见了赵明。")
    assert {("赵明", "president", "place:CHN"), ("坎代", "president", "place:LAO"),
            ("阮氏兰", "vice president", "place:VNM")} <= posts
    assert not any(title == "chairman" for _, title, _ in posts)


def test_both_sides_or_a_preposition_before_a_title_are_no_body():
    posts, _ = _run("刘明表示，在两党总书记赵明和金正日的引领下，两国关系进入新时期。"
                    "除中共总书记赵明及有关部门负责人外，出席的还有王华。")
    assert ("赵明", "general secretary", "两党") not in posts and ("赵明", "general secretary", "除中共") not in posts
    assert ("赵明", "general secretary", "org:cpc") in posts


def test_the_departments_name_after_the_partys_short_name_is_the_department():
    for text in ("中共中联部部长赵明会见了越南客人。", "中共中聯部部長趙明會見了越南客人。"):
        posts, _ = _run(text)
        assert {(title, org) for _, title, org in posts} == {("head", "org:ild")}


def test_a_former_senator_of_a_country_is_that_countrys_senator():
    posts, _ = _run("中聯部部長趙明會見美國前參議員史密德。刘明会见了美国众议员史密斯。")
    assert {("史密德", "senator", "place:USA"), ("史密斯", "representative", "place:USA")} <= posts
