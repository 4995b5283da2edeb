"""One person under two names: a shorter English form linked to the fuller one, and Chinese-named
mentions to the English spelling, over a corpus."""
import pandas as pd
from liaison.extract.entities import entities
from liaison.extract.links import apply_links, link_chinese_names, link_fuller_names
from liaison.reference.ids import person_id
from liaison.reference.name_pinyin import english_key, pinyin_spellings, split_name


def mention(doc_id: str, text: str, name: str | None = None, entity_id: str | None = None) -> dict:
    name = name or text
    return {"doc_id": doc_id, "start": 10, "end": 10 + len(text), "text": text, "kind": "person",
            "entity_id": entity_id or person_id(name), "name": name, "cue": "pinyin", "iso3": ""}


def linked(*rows: dict) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    mentions, links = link_chinese_names(pd.DataFrame(list(rows)))
    return mentions, links, entities(mentions, links).set_index("entity_id")


def test_a_chinese_name_joins_the_one_english_spelling_of_its_pinyin():
    mentions, _, table = linked(
        mention("en/1", "Shan Xiaoming"), mention("en/2", "Mr Shan", "Shan Xiaoming"),
        mention("zh/1", "单晓明"), mention("zh/2", "单晓明"), mention("en/3", "Geng Wenbo"),
    )
    chinese = mentions[mentions.doc_id.str.startswith("zh")]
    assert list(chinese.entity_id) == ["person:shan-xiaoming"] * 2
    assert list(chinese.name) == ["Shan Xiaoming"] * 2
    assert list(chinese.text) == ["单晓明"] * 2  # the text stays as written
    row = table.loc["person:shan-xiaoming"]
    assert (row["name"], row.name_zh, row.link_basis, row.n_mentions, row.n_documents) == (
        "Shan Xiaoming", "单晓明", "pinyin", 4, 4)
    assert "person:单晓明" not in table.index
    assert table.at["person:geng-wenbo", "link_basis"] == ""


def test_given_name_first_and_hyphenated_spellings_link_too():
    mentions, _, table = linked(mention("en/1", "Xiao-ming Qiu"), mention("zh/1", "仇晓明"))
    assert mentions.entity_id.tolist() == ["person:xiao-ming-qiu"] * 2
    assert table.at["person:xiao-ming-qiu", "name_zh"] == "仇晓明"


def test_traditional_and_simplified_forms_are_one_person_and_link_together():
    mentions, links, table = linked(mention("zh/1", "鄭立平"), mention("zh/2", "郑立平"), mention("zh/3", "葉小川"))
    assert mentions.entity_id.tolist() == ["person:郑立平", "person:郑立平", "person:叶小川"]
    assert table.at["person:郑立平", "aliases"] == "鄭立平"
    assert set(links.link_basis) == {""}  # merged by script, linked to no English name
    mentions, _, table = linked(mention("zh/1", "鄭立平"), mention("zh/2", "郑立平"), mention("en/1", "Zheng Liping"))
    assert mentions.entity_id.tolist() == ["person:zheng-liping"] * 3
    assert table.at["person:zheng-liping", "name_zh"] == "郑立平"


def test_a_chinese_name_in_the_reference_lists_links_even_in_traditional_form():
    mentions, _, table = linked(mention("zh/1", "劉建超"))
    assert mentions.entity_id.tolist() == ["person:liu-jianchao"]
    assert (table.at["person:liu-jianchao", "name_zh"], table.at["person:liu-jianchao", "link_basis"]) == (
        "刘建超", "reference")


def test_a_homophone_of_a_known_person_is_not_linked_to_him():
    mentions, links, _ = linked(mention("en/1", "Liu Jianchao"), mention("zh/1", "刘建潮"))
    assert mentions.entity_id.tolist() == ["person:liu-jianchao", "person:刘建潮"]
    assert links.empty


def test_an_ambiguous_match_links_nobody():
    # Two Chinese names read "Wang Lei": neither is linked to the one English Wang Lei.
    mentions, links, _ = linked(mention("en/1", "Wang Lei"), mention("zh/1", "王磊"), mention("zh/2", "王蕾"))
    assert mentions.entity_id.tolist() == ["person:wang-lei", "person:王磊", "person:王蕾"]
    assert links.empty
    # One Chinese name, two English people it could be.
    mentions, links, _ = linked(mention("en/1", "Wang Lei"), mention("en/2", "Lei Wang"), mention("zh/1", "王磊"))
    assert mentions.entity_id.tolist() == ["person:wang-lei", "person:lei-wang", "person:王磊"]


def test_transliterated_foreign_names_are_not_linked_by_pinyin():
    # 黎文雄 is read "Li Wenxiong", never "Le Van Hung" (invented names: a listed leader links by reference).
    mentions, links, _ = linked(mention("en/1", "Le Van Hung"), mention("zh/1", "黎文雄"),
                                mention("en/2", "Carlos Mendoza"), mention("zh/2", "门多萨"),
                                mention("zh/3", "卢卡申科"))
    assert mentions.entity_id.tolist()[1:3] == ["person:黎文雄", "person:carlos-mendoza"]
    assert mentions.entity_id.tolist()[3:] == ["person:门多萨", "person:卢卡申科"]
    assert links.empty
    assert split_name("普京") is None and split_name("阿卜杜拉") is None and split_name("马克·杜") is None


def test_surnames_read_as_surnames_and_umlauts_in_every_english_spelling():
    assert "zeng qinghua" in pinyin_spellings("曾庆华") and "ceng qinghua" not in pinyin_spellings("曾庆华")
    assert {"xie wenbin", "wenbin xie"} <= pinyin_spellings("解文彬")
    assert {"lyu xin", "lu xin", "lv xin"} <= pinyin_spellings("吕欣")
    assert english_key("Lü Xin") in pinyin_spellings("吕欣")
    assert english_key("Hai-yan O'Sun") == "haiyan osun"
    assert pinyin_spellings("欧阳建国") >= {"ouyang jianguo", "jianguo ouyang"}


def test_links_repoint_event_actors_and_position_holders():
    _, links, _ = linked(mention("en/1", "Shan Xiaoming"), mention("zh/1", "单晓明"))
    events = pd.DataFrame({"actor_id": ["person:单晓明", "org:ild"], "counterpart_id": ["", "person:单晓明"],
                           "actor": ["单晓明", "中联部"]})
    moved = apply_links(events, links, ("actor_id", "counterpart_id"))
    assert moved.actor_id.tolist() == ["person:shan-xiaoming", "org:ild"]
    assert moved.counterpart_id.tolist() == ["", "person:shan-xiaoming"]
    assert moved.actor.tolist() == ["单晓明", "中联部"]  # as written


MIXED = {
    "en.txt": "Senior CPC official meets Kenyan party delegation\n\nBEIJING, May 8 (Xinhua) -- Zeng Lihua, vice "
              "minister of the International Department of the Communist Party of China Central Committee, on Monday "
              "met in Beijing with a delegation of the Orange Democratic Movement of Kenya.\n\nZeng said the CPC is "
              "willing to deepen exchanges of governance experience with the party.\n",
    "zh.txt": "中联部副部长会见肯尼亚政党代表团\n\n新华社北京5月8日电 5月8日，中联部副部长曾立华在北京"
              "会见肯尼亚橙色民主运动代表团。\n\n曾立华表示，中方愿同该党加强治国理政经验交流。\n",
    "zh-hant.txt": "中聯部副部長會見肯尼亞政黨代表團\n\n5月8日，中聯部副部長曾立華在北京會見肯尼亞"
                   "橙色民主運動代表團。\n\n曾立華表示，中方願同該黨加強交流。\n",
}


def test_an_english_and_a_chinese_report_of_one_meeting_name_one_person(tmp_path):
    from liaison.extract.pipeline import build_tables
    from liaison.load.corpus import load_corpus

    for name, text in MIXED.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    tables = build_tables(load_corpus(tmp_path))
    people = tables.mentions[tables.mentions.kind == "person"]
    chinese = people[people.doc_id.str.startswith("zh")]
    assert set(chinese.text) == {"曾立华", "曾立華"}
    assert set(chinese.entity_id) == set(people.entity_id) == {"person:zeng-lihua"}
    assert set(chinese.name) == {"Zeng Lihua"}
    texts = tables.documents.set_index("doc_id").text
    assert all(texts[r.doc_id][r.start:r.end] == r.text for r in chinese.itertuples())
    row = tables.entities.set_index("entity_id").loc["person:zeng-lihua"]
    assert (row["name"], row.name_zh, row.link_basis, row.n_documents) == ("Zeng Lihua", "曾立华", "pinyin", 3)
    assert not tables.entities.entity_id.str.contains("曾").any()


def fuller(*rows: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    mentions, links = link_fuller_names(pd.DataFrame(list(rows)))
    return mentions, links


def test_a_shorter_english_form_joins_the_one_fuller_name_the_corpus_uses():
    mentions, links = fuller(mention("a/1", "Ngozi Baraka"), mention("a/2", "Ngozi Wanjiru Baraka"),
                             mention("a/3", "Ngozi Wanjiru Baraka"), mention("a/4", "Tomas Ferreira"))
    assert mentions.entity_id.tolist() == ["person:ngozi-wanjiru-baraka"] * 3 + ["person:tomas-ferreira"]
    assert mentions.name.tolist()[:3] == ["Ngozi Wanjiru Baraka"] * 3
    assert mentions.text.tolist()[0] == "Ngozi Baraka"  # the text stays as written
    assert links[["old_id", "entity_id", "link_basis"]].values.tolist() == [
        ["person:ngozi-baraka", "person:ngozi-wanjiru-baraka", ""]]


def test_a_second_surname_and_a_particle_are_left_out_of_a_shorter_form():
    mentions, _ = fuller(mention("a/1", "Ramiro Salgado"), mention("a/2", "Ramiro Salgado Ortuño"),
                         mention("a/3", "Karim Haddad"), mention("a/4", "Karim al-Haddad"))
    assert mentions.entity_id.tolist() == ["person:ramiro-salgado-ortuno"] * 2 + ["person:karim-al-haddad"] * 2


def test_a_shorter_form_that_fits_two_people_stays_apart():
    mentions, links = fuller(mention("a/1", "Lucia Mendes"), mention("a/2", "Lucia Maria Mendes"),
                             mention("a/3", "Lucia Mendes Rocha"), mention("a/4", "Lucia Mendes"))
    assert links.empty
    assert mentions.entity_id.nunique() == 3


def test_an_initial_a_different_first_name_or_one_word_links_nobody():
    _, links = fuller(mention("a/1", "Pedro K Alvim"), mention("a/2", "Pedro J K Alvim"),
                      mention("a/3", "Luis Evo Salas"), mention("a/4", "Evo Salas"),
                      mention("a/5", "Salas"), mention("a/6", "Salas Quiroga Tena"))
    assert links.empty


def test_a_double_barrelled_name_a_title_a_generation_or_an_arabic_given_name_links_nobody():
    # Each fuller form here fits the shorter one word by word once the name is cut at its hyphens
    # or read past its title, and each pair is most often two people.
    _, links = fuller(mention("a/1", "Jose Ramos"), mention("a/2", "José Ramos-Horta"),
                      mention("a/3", "Sheikh Mohammed"), mention("a/4", "Sheikh Mohammed bin Rashid Al Maktoum"),
                      mention("a/5", "Rodrigo Duarte"), mention("a/6", "Rodrigo Duarte Jr."),
                      mention("a/7", "Ahmed Ali"), mention("a/8", "Ahmed Hassan Ali"),
                      mention("a/9", "Abdullah Abdullah"), mention("a/10", "Abdullah Ahmed Abdullah"))
    assert links.empty


def test_a_double_barrelled_name_keeps_its_shorter_form_with_a_second_surname_left_out():
    mentions, _ = fuller(mention("a/1", "Marta Ruiz-Tagle"), mention("a/2", "Marta Ruiz-Tagle Vial"))
    assert mentions.entity_id.tolist() == ["person:marta-ruiz-tagle-vial"] * 2


def test_a_name_written_surname_first_is_not_shortened_so():
    _, links = fuller(mention("a/1", "Chen Xu"), mention("a/2", "Chen Min Xu"), mention("a/3", "Nguyen Long"),
                      mention("a/4", "Nguyen Van Long"), mention("a/5", "Kim Chol"), mention("a/6", "Kim Yong Chol"))
    assert links.empty


def test_a_person_the_reference_lists_know_takes_no_other_form():
    # people.csv knows "Nicolas Maduro": his son "Nicolás Maduro Guerra" is not made him.
    mentions, links = fuller(mention("a/1", "Nicolas Maduro"), mention("a/2", "Nicolás Maduro Guerra"))
    assert links.empty
    assert mentions.entity_id.tolist() == ["person:nicolas-maduro", "person:nicolas-maduro-guerra"]


def test_accents_do_not_make_another_person():
    assert person_id("Nguyễn Phú Trọng") == person_id("Nguyen Phu Trong") == "person:nguyen-phu-trong"
    assert person_id("Lars Løkke Rasmussen") == "person:lars-lokke-rasmussen"
    assert person_id("Đỗ Mười") == "person:do-muoi"
    assert person_id("曾立华") == "person:曾立华"


def test_fuller_links_repoint_events_before_they_are_keyed(tmp_path):
    from liaison.extract.pipeline import build_tables
    from liaison.load.corpus import load_corpus

    (tmp_path / "a.txt").write_text(
        "Party leader visits China\n\nBEIJING, March 3 (Xinhua) -- Zhou Mingyuan met here on Tuesday with Ngozi "
        "Wanjiru Baraka, secretary general of the Kenya African National Union.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "KANU delegation in Beijing\n\nNAIROBI, March 5 -- Ngozi Baraka, secretary general of the Kenya African "
        "National Union, met Zhou Mingyuan in Beijing on Tuesday, the party said.\n", encoding="utf-8")
    tables = build_tables(load_corpus(tmp_path))
    people = tables.mentions[tables.mentions.text.str.startswith("Ngozi")]
    assert set(people.entity_id) == {"person:ngozi-wanjiru-baraka"}
    ids = set(tables.events.actor_id) | set(tables.events.counterpart_id)
    assert "person:ngozi-wanjiru-baraka" in ids and "person:ngozi-baraka" not in ids


def test_a_generation_inside_a_name_links_nobody_and_breaks_nothing():
    _, links = fuller(mention("a/1", "Juan Jr. Cruz"), mention("a/2", "Juan Miguel Cruz Reyes"))
    assert links.empty
