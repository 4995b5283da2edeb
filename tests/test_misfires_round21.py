"""Known misfires, round 21: a Chinese act and the word it governs read as a name, and an English body's name run
across the place and the date of the clause before it.

- "省委书记率地方代表团出访", "主席向中方表示感谢", "部长同各国代表会谈": after a post, 率/向/同 (each a rare
  surname too) and a common word (地方, 中方, 各国) are the act and whom it concerns, no person, no post, no actor
  (`extract/zh_name_acts.py`, asked by zh_names and zh_grammar).
- "arrived in Kampala on Monday for the Forum of ...": a place, then a day or for/of/on, ends the phrase of where and
  when; the body's name starts after it (`extract/orgs.py`).

Every sentence here is invented in the genre; the names are made up. Each test reads the fields a user reads.
The guards (marked) pass before and after; the others failed before.
"""
from liaison.extract.orgs import find_organizations
from liaison.extract.zh_name_acts import act_and_word
from liaison.extract.zh_names import find_zh_people
from readout_rows import en_events, fields_of
from readout_rows import of_kind as _kind
from readout_rows import zh_events as _events
from readout_rows import zh_people as _people


def _posts(extract, text, published="2024-05-20"):
    return {(p["person"], p["title"], p["organization_id"]) for p in extract(text, published)["positions"]}


def test_a_provincial_secretary_leading_a_local_delegation_names_no_one(extract):
    text = "四川省委书记率地方党政代表团于5月10日抵达万象，开始对老挝进行友好访问。\n"
    assert _posts(extract, text) == set()
    assert [e for e in _events(extract, text, "2024-05-12") if e[1].startswith("率")] == []
    assert _people(extract, text, "2024-05-12") == set()


def test_a_general_remark_on_local_delegations_holds_no_post(extract):
    text = "一般而言，如果由省委书记率地方代表团出访，接待方多为对方国家的部长或州长。\n"
    assert _posts(extract, text) == set()


def test_a_chair_thanking_the_chinese_side_is_no_person_named_xiang(extract):
    text = "老挝建国阵线中央主席向中方表示衷心感谢。\n"
    assert [p.text for p in find_zh_people(text)] == []
    assert _people(extract, text, "2024-05-20") == set()
    assert _posts(extract, text) == set()


def test_a_minister_holding_talks_with_all_countries_is_no_person(extract):
    text = "会后，部长同各国代表团团长举行了集体会谈。\n"
    assert _posts(extract, text) == set()
    assert [e for e in _events(extract, text, "2024-05-20") if e[1].startswith("同")] == []


def test_guard_the_secretary_named_before_the_act_still_leads_the_visit(extract):  # guard
    text = "四川省委书记王明远率地方党政代表团于5月10日抵达万象，开始对老挝进行友好访问。\n"
    assert ("王明远", "secretary", "place:CHN:sichuan") in _posts(extract, text)
    assert [(e[1], e[3]) for e in _kind(_events(extract, text, "2024-05-12"), "visit")] == [("王明远", "LAO")]


def test_guard_a_real_name_with_such_a_surname_stays_a_person(extract):  # guard
    text = "湖南省委副书记向明东会见了越南客人。\n"
    assert "向明东" in _people(extract, text, "2024-05-20")
    assert ("向明东", "deputy secretary", "place:CHN:hunan") in _posts(extract, text)


def test_act_and_word_reads_the_construction_not_a_name():
    assert act_and_word("率地方") and act_and_word("向中方") and act_and_word("同各國")
    assert not act_and_word("向明东") and not act_and_word("和平") and not act_and_word("王地方")


def _rule_bodies(text):
    return [h.text for h in find_organizations(text) if h.cue == "rule"]


def test_a_body_starts_after_the_day_the_delegation_arrived():
    text = "The delegation arrived in Kampala on Monday for the Forum."
    assert [name for name in _rule_bodies(text) if "Kampala" in name or "Monday" in name] == []


def test_a_body_starts_after_the_place_its_meeting_is_held_in():
    assert _rule_bodies("Chen flew to Kampala for the Forum of Ruling Parties of East Africa.") == [
        "Forum of Ruling Parties of East Africa"]
    assert _rule_bodies("The delegation stayed in Arusha in May for the Regional Summit.") == ["Regional Summit"]


def test_the_place_of_a_forum_stays_a_place_and_the_forum_a_body(extract):
    body = ("A delegation of the International Department of the CPC Central Committee led by Vice Minister Chen "
            "Hailin arrived in Kampala on Monday for the Forum of Ruling Parties of East Africa.")
    rows = extract(f"Delegation attends party forum\n\n{body}\n", "2024-05-22")
    orgs = [m["text"] for m in rows["mentions"] if m["kind"] == "organization"]
    assert "Forum of Ruling Parties of East Africa" in orgs
    assert not [o for o in orgs if "Kampala" in o]
    assert "Kampala" in [m["text"] for m in rows["mentions"] if m["kind"] == "place"]
    events = en_events(extract, body, "2024-05-22")
    assert ("visit", "Chen Hailin", "UGA") in fields_of(events, "kind", "actor", "places")


def test_guard_a_clause_of_where_before_the_body_leaves_the_body_whole():  # guard
    assert _rule_bodies("The delegation arrived in Kampala, where the Forum of Ruling Parties opened on Monday.") == [
        "Forum of Ruling Parties"]


def test_guard_bodies_named_after_a_place_or_a_month_keep_it():  # guard
    assert _rule_bodies("He met the Kampala City Council and the Parliament of Uganda on Tuesday.") == [
        "Kampala City Council", "Parliament of Uganda"]
    assert _rule_bodies("He laid a wreath at the May Fourth Movement memorial.") == ["May Fourth Movement"]
