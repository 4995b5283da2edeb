"""Chinese readouts, round 17: misfires a review left, in simplified and in traditional script.

- 太原 the Shanxi capital followed by the words 省级/省直 ("在太原省级机关") is no Vietnamese 太原省 (Thai Nguyen);
  "越南太原省" still is.
- An itinerary's bare group word ("访团下午会前往……跟主任甲会面") stands for the delegation's head, else for the
  delegation told in full before, else for no one: never the bare word as a side.
- "甲和乙会见了越南客人": two hosts meeting guests no name is given is no meeting of 甲 with 乙.

Every sentence here is invented in the genre; the names are made up. Each test reads the fields a user reads.
The guards (marked) pass before and after; the others failed before.
"""
from readout_rows import zh_events as _events


def _kind(rows, kind):
    return [e for e in rows if e[0] == kind]


def _places(extract, text, published):
    return {(m["text"], m["entity_id"]) for m in extract(text, published)["mentions"] if m["kind"] == "place"}


def _countries(extract, text, published):
    return {m["entity_id"] for m in extract(text, published)["mentions"] if m["kind"] in ("place", "country")}


# -- 太原 and 太原省 ---------------------------------------------------------------------------------------------


def test_provincial_organs_in_taiyuan_are_no_vietnamese_province(extract):
    text = "山西省委书记王明10日在太原省级机关干部大会上讲话。\n"
    assert "place:VNM:thai-nguyen" not in _countries(extract, text, "2019-05-10")


def test_traditional_provincial_organs_in_taiyuan_are_no_vietnamese_province(extract):
    text = "山西省委書記王明10日在太原省直機關幹部大會上講話。\n"
    assert "place:VNM:thai-nguyen" not in _countries(extract, text, "2019-05-10")


def test_guard_thai_nguyen_province_stays_vietnamese(extract):  # guard
    text = "越南太原省委书记阮文明10日在太原省会见了中国客人。\n"
    assert "place:VNM:thai-nguyen" in _countries(extract, text, "2019-05-10")


# -- an itinerary's bare group word ------------------------------------------------------------------------------


def test_an_itinerarys_bare_group_word_stands_for_the_head(extract):
    text = ("以国民党副主席李华为团长的国民党大陆访问团10日抵达上海。"
            "访团预计明天前往北京，下午会前往国台办跟主任张明会面。\n")
    rows = _events(extract, text, "2019-05-10")
    assert ("meeting", "李华", "张明", "", "2019-05-11", "planned") in rows \
        or ("meeting", "李华", "张明", "CHN", "2019-05-11", "planned") in rows
    assert all(e[1] not in ("访团", "訪團") for e in rows)


def test_traditional_an_itinerarys_bare_group_word_stands_for_the_delegation_told(extract):
    text = "國民黨大陸訪問團10日抵達上海。訪團預計明天前往北京，下午會前往國台辦跟主任張明會面。\n"
    rows = _events(extract, text, "2019-05-10")
    assert [(e[1], e[2], e[4], e[5]) for e in _kind(rows, "meeting")] == [
        ("國民黨大陸訪問團", "張明", "2019-05-11", "planned")]


def test_a_bare_group_word_no_one_heads_is_no_side(extract):
    text = "代表团10日抵达台北。访团下午会前往国台办跟主任张明会面。\n"
    rows = _events(extract, text, "2019-05-10")
    assert all(e[1] not in ("访团", "代表团") for e in rows)


# -- two hosts, guests unnamed -----------------------------------------------------------------------------------


def test_two_hosts_meeting_unnamed_guests_do_not_meet_each_other(extract):
    rows = _events(extract, "中联部部长王明和副部长李华会见了越南客人。\n", "2019-05-10")
    assert [e for e in _kind(rows, "meeting") if e[2] in ("李华", "王明")] == []


def test_traditional_two_hosts_meeting_unnamed_guests_do_not_meet_each_other(extract):
    rows = _events(extract, "中聯部部長王明和副部長李華10日在北京會見越南客人。\n", "2019-05-10")
    assert [e for e in _kind(rows, "meeting") if e[2] in ("李華", "王明")] == []


def test_guard_two_sides_meeting_with_no_object_still_meet(extract):  # guard
    text = "中联部部长王明和越南共产党中央对外部部长阮文明在河内会见。\n"
    rows = _events(extract, text, "2019-05-10")
    assert ("meeting", "王明", "阮文明", "VNM", "2019-05-10", "reported") in rows


def test_guard_two_hosts_meeting_a_named_guest(extract):  # guard
    text = "中联部部长王明和副部长李华10日在北京会见了越南共产党中央对外部部长阮文明。\n"
    rows = _events(extract, text, "2019-05-10")
    assert ("meeting", "王明", "阮文明", "CHN", "2019-05-10", "reported") in rows
