"""Posts read from a Chinese title chain: the body and the post kept apart where the chain runs
them together ("外交部长", "第一副总书记", "参议长"). Invented readout sentences in the genre."""
import pytest


def posts(extract, sentence: str, person: str) -> list[tuple[str, str]]:
    rows = extract("标题\n\n" + sentence + "\n", "2024-05-10")
    return sorted((p["title"], p["organization"]) for p in rows["positions"]
                  if p["cue"] == "zh-title-chain" and p["person"] == person)


@pytest.mark.parametrize("sentence, person, post", [
    # A minister's 部 is written once: "外交部长" heads 外交部, "经济政策统筹部长" 经济政策统筹部.
    ("5月9日，中联部部长林海川在北京会见塞尔维亚外交部长久里奇。", "久里奇", ("head", "塞尔维亚外交部")),
    ("林海川会见新加坡副总理兼经济政策统筹部长颜晓芳。", "颜晓芳", ("head", "经济政策统筹部")),
    # 参议长 is the speaker of the 参议院, 众议长 of the 众议院.
    ("林海川在马尼拉会见菲律宾参议长苏培德。", "苏培德", ("speaker", "菲律宾参议院")),
    ("林海川在东京会见日本众议长额田明。", "额田明", ("speaker", "日本众议院")),
])
def test_a_ministers_body_is_written_whole(extract, sentence, person, post):
    assert post in posts(extract, sentence, person)


@pytest.mark.parametrize("sentence, person, post", [
    ("林海川会见日本内阁部长山田一郎。", "山田一郎", ("head", "日本内阁")),
    ("林海川会见马来西亚政府部长阿末·扎希德。", "阿末·扎希德", ("head", "马来西亚政府")),
])
def test_a_cabinet_or_government_minister_has_no_ministry_made_up(extract, sentence, person, post):
    found = posts(extract, sentence, person)
    assert post in found and not any(org.endswith(("内阁部", "政府部")) for _, org in found)


@pytest.mark.parametrize("sentence, person, post", [
    ("中联部副部长孙海燕会见南非共产党第一副总书记马索卡。", "马索卡",
     ("first deputy general secretary", "South African Communist Party")),
    ("孙海燕会见中国国民党荣誉副主席林孝文。", "林孝文", ("honorary vice chairman", "中国国民党")),
    ("孙海燕會見中國國民黨榮譽副主席林孝文。", "林孝文", ("honorary vice chairman", "中國國民黨")),
    ("孙海燕会见古巴部长会议第一副主席瓦尔德斯。", "瓦尔德斯", ("first vice chairman", "古巴部长会议")),
])
def test_a_word_of_the_post_is_not_the_bodys(extract, sentence, person, post):
    assert post in posts(extract, sentence, person)


def test_a_body_starting_with_a_prepositions_character_keeps_it(extract):
    found = posts(extract, "林海川会见老挝人民革命党中央委员、对外联络部部长通沙万。", "通沙万")
    assert ("head", "对外联络部") in found


def test_words_before_the_body_are_not_the_body(extract):
    found = posts(extract, "昨天，新任中联部部长林海川会见老挝客人。", "林海川")
    assert found == [("head", "International Department of the Central Committee of the Communist Party of China")]
    rows = extract("标题\n\n驻老挝大使辞行拜会老挝人民革命党中央政治局委员、政府总理本米·潘塔冯。\n", "2017-01-27")
    found = {(p["person"], p["title"], p["organization"]) for p in rows["positions"]}
    assert ("本米·潘塔冯", "member", "老挝人民革命党中央政治局") in found
    assert not any(p["person"] == "辞行" for p in rows["positions"])  # a farewell call is no name


def test_a_leader_named_by_no_body_has_no_organisation(extract):
    found = posts(extract, "另一位重量级政治领袖马万利也将于下月访华。", "马万利")
    assert found == [("leader", "")]
    found = posts(extract, "届时缅甸反对派领袖吴登温可能访华。", "吴登温")
    assert found == [("leader", "缅甸反对派")]
