"""The entities table: one row per resolved entity, with the names reference data knows."""


def test_entities_carry_chinese_names_and_country_codes(tables):
    entities = tables.entities.set_index("entity_id")
    assert entities.at["person:liu-jianchao", "name_zh"] == "刘建超"
    assert entities.at["org:ild", "name_zh"] == "中国共产党中央委员会对外联络部"
    assert entities.at["place:CHN:xinjiang", "iso3"] == "CHN"
    assert entities.at["place:VNM:ha-giang", "iso3"] == "VNM"


def test_entity_aliases_are_surface_forms_seen(tables):
    entities = tables.entities.set_index("entity_id")
    assert "Mr Liu" in entities.at["person:liu-jianchao", "aliases"].split("|")
    assert entities.at["person:liu-jianchao", "n_documents"] >= 3
    assert list(tables.entities.entity_id) == sorted(tables.entities.entity_id)


def test_cited_authors_are_not_entities(tables):
    names = set(tables.entities.name)
    assert not {"Julia Lovell", "David Shambaugh", "Robert Sutter", "Bethany Allen-Ebrahimian"} & names


def test_a_person_named_only_in_chinese_has_that_name_as_name_zh():
    import pandas as pd
    from liaison.extract.entities import entities

    mentions = pd.DataFrame([
        {"doc_id": "zh", "start": 0, "end": 3, "text": "孙海燕", "kind": "person", "entity_id": "person:孙海燕",
         "name": "孙海燕", "cue": "zh-title", "iso3": ""},
        {"doc_id": "en", "start": 0, "end": 9, "text": "Kwame Asante", "kind": "person",
         "entity_id": "person:kwame-asante", "name": "Kwame Asante", "cue": "title", "iso3": ""},
    ])
    rows = entities(mentions).set_index("entity_id")
    assert rows.at["person:孙海燕", "name_zh"] == "孙海燕" and rows.at["person:孙海燕", "link_basis"] == ""
    assert rows.at["person:kwame-asante", "name_zh"] == ""


def test_aliases_have_their_line_breaks_and_wide_spaces_made_one_space():
    import pandas as pd
    from liaison.extract.entities import entities

    forms = ["Liu\nJianchao", "Liu  Jianchao", "Liu\u3000Jianchao", "Liu\xa0Jianchao", "Mr\u2028Liu", "Mr Liu",
             "Jianchao\u200bLiu"]
    mentions = pd.DataFrame([{"doc_id": f"d{i}", "start": 0, "end": len(t), "text": t, "kind": "person",
                              "entity_id": "person:liu-jianchao", "name": "Liu Jianchao", "cue": "title", "iso3": ""}
                             for i, t in enumerate(forms)]).astype({"text": "str"})
    row = entities(mentions).set_index("entity_id").loc["person:liu-jianchao"]
    # Every spacing becomes one space (so four forms are the name itself); a zero-width space is no spacing.
    assert row.aliases.split("|") == ["Jianchao\u200bLiu", "Mr Liu"]
