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
