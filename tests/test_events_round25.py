"""English event rules of round 25, from constructions the dev reports of a set drawn from partner parties' own sites,
regional press, Chinese embassy and provincial pages and think-tank notes share: a meeting told "At a meeting in
Beijing with (a delegation of) X, Y said"; a guest named right after "the visiting" meets at the host's home (and
Zhuang, Fan, Lou, Bai are pinyin surnames); "a delegation of party building experts from the CPC" is the party's; a
party's delegation that visits stands for its named head; the first member listed stands for a delegation no one is
said to lead; a plan to attend told "will take part in", with two attendees listed before "among others, will"; and a
misfire: "The party delegation's China visit came after X met Y" gave the delegation's head X's meeting. Each with
cases that must not fire. Every sentence is invented in the genre."""

from readout_rows import en_events as _events
from readout_rows import fields_of as _rows

# "At a meeting in Beijing with X, Y said": the place may stand before "with".


def test_at_a_meeting_placed_before_with_the_speaker_met_the_one_named(extract):
    body = ("BEIJING, March 4 (Xinhua) -- At a meeting in Beijing with Zambian Vice President Tembo Mwale on Monday, "
            "Zhou Ming said that China values the ties.")
    rows = _rows(_events(extract, body, "2024-03-05"), "kind", "actor", "counterpart", "places")
    assert rows == [("meeting", "Zhou Ming", "Tembo Mwale", "CHN")]


def test_at_a_meeting_with_a_partys_delegation_the_speaker_met_its_head(extract):
    body = ("At a meeting in Beijing with a delegation of the Zambezi Unity Party (ZUP), Zambia's ruling party, Zhou "
            "Ming said that the two parties share a long friendship. The Zambian delegation, headed by the Vice "
            "President of the ZUP, Tembo Mwale, began a working visit to China on Tuesday.")
    rows = _rows(_events(extract, body, "2024-03-08"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Zhou Ming", "Tembo Mwale", "CHN") in rows


# Must not fire: a meeting named after "with" that is no one's, a place with no meeting.


def test_a_meeting_with_a_body_no_one_speaks_after_is_no_meeting_of_the_speaker(extract):
    body = ("At a meeting in Lusaka with the Zambezi Unity Party, the ruling party adopted its manifesto. Zhou Ming "
            "arrived on Friday.")
    rows = _rows(_events(extract, body, "2024-03-08"), "kind", "actor", "counterpart")
    assert not [r for r in rows if r[0] == "meeting" and r[1] == "Zhou Ming"]


def test_at_a_rally_in_a_city_with_a_crowd_is_no_meeting(extract):
    body = "At a rally in Lusaka with thousands of supporters, Tembo Mwale said the party would win."
    assert [e for e in _events(extract, body, "2024-03-08") if e["kind"] == "meeting"] == []


# "The party delegation's China visit came after X met Y": X met Y, not the delegation's head.


def test_a_meeting_the_delegations_visit_came_after_is_the_named_pairs(extract):
    body = ("A study delegation of the Zambezi Unity Party, headed by Tembo Mwale, left Lusaka for Beijing on May 8. "
            "The party delegation's China visit came after Chinese Ambassador Zhou Ming met party leader Grace Banda "
            "in Lusaka on April 22.")
    rows = _rows(_events(extract, body, "2024-05-09"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Zhou Ming", "Grace Banda", "ZMB") in rows
    assert not [r for r in rows if r[0] == "meeting" and r[1] == "Tembo Mwale"]


# Must not fire: the delegation itself as the subject still stands for its head.


def test_the_delegation_as_subject_still_stands_for_its_head(extract):
    body = ("A study delegation of the Zambezi Unity Party, headed by Tembo Mwale, arrived in Beijing on May 8. "
            "The delegation also met Zhou Ming, vice minister of the International Department, on May 9.")
    rows = _rows(_events(extract, body, "2024-05-10"), "kind", "actor", "counterpart")
    assert ("meeting", "Tembo Mwale", "Zhou Ming") in rows


# "met the visiting People's Party delegation of Cambodia": the guest named after "the visiting" meets at the host's
# home; and a provincial host named with a surname such as Zhuang is Chinese.


def test_a_chinese_host_who_met_the_visiting_delegation_met_it_in_china(extract):
    body = ("In the afternoon of March 28, Zhuang Weimin, member of the Standing Committee of the CPC Hunan Provincial "
            "Committee, met the visiting Unity Party delegation of Zambia.")
    rows = _rows(_events(extract, body, "2024-03-30"), "kind", "actor", "places")
    assert rows == [("meeting", "Zhuang Weimin", "CHN")]


def test_common_surnames_name_chinese_hosts(extract):
    for host in ("Fan Jianguo", "Lou Zhiming", "Bai Xiaodong"):
        body = f"{host} met the visiting Unity Party delegation of Zambia on Monday."
        rows = _rows(_events(extract, body, "2024-03-30"), "kind", "actor", "places")
        assert rows == [("meeting", host, "CHN")], host


# Must not fire: "visiting" before the one who meets; a province's people named "Zhuang".


def test_the_visiting_side_named_before_the_verb_meets_in_its_hosts_country(extract):
    body = "The visiting Zambian minister Tembo Mwale met Zhou Ming, vice minister of the International Department."
    rows = _rows(_events(extract, body, "2024-03-30"), "kind", "actor", "places")
    assert [r for r in rows if r[0] == "meeting"] == [("meeting", "Tembo Mwale", "CHN")]


def test_the_zhuang_autonomous_region_is_no_person(extract):
    body = "Tembo Mwale visited the Guangxi Zhuang Autonomous Region on Monday."
    people = {m["text"] for m in extract(f"Report\n\n{body}\n", "2024-03-30")["mentions"] if m["kind"] == "person"}
    assert not [p for p in people if "Zhuang" in p]


# "received a delegation of party building experts from the CPC": the body's delegation, whose head the report names.


def test_a_delegation_of_experts_from_a_party_stands_for_its_named_head(extract):
    body = ("At the invitation of the Communist Party of Vietnam, a delegation of party building experts from the "
            "Communist Party of China led by Zhou Ming visited Vietnam. Comrade Tran Van Binh received a delegation of "
            "party building experts from the Communist Party of China in Hanoi.")
    rows = _rows(_events(extract, body, "2024-03-30"), "kind", "actor", "counterpart")
    assert ("meeting", "Tran Van Binh", "Zhou Ming") in rows


# Must not fire: with no head named, the party stays whom the host received.


def test_a_delegation_of_experts_with_no_head_named_is_the_party(extract):
    body = ("Comrade Tran Van Binh received a delegation of party building experts from the Communist Party of China "
            "in Hanoi on Monday.")
    rows = _rows(_events(extract, body, "2024-03-30"), "kind", "actor", "counterpart")
    assert rows == [("meeting", "Tran Van Binh", "Communist Party of China")]


# A delegation no one is said to lead, its members listed ("The delegation is comprised of A, B and C", "consists of
# 12 members, including A and B", "This delegation included A, ..."): the first listed stands for it.


def test_the_first_member_listed_stands_for_a_delegation_no_one_leads(extract):
    body = ("A seven-member delegation from Zambia's Unity Party is visiting China over the next two weeks. The "
            "delegation is comprised of MP Tembo Mwale, Senator Grace Banda and Dr Peter Phiri, the release says.")
    rows = _rows(_events(extract, body, "2024-03-30"), "kind", "actor", "places")
    assert rows == [("visit", "Tembo Mwale", "CHN")]


def test_the_first_of_the_members_a_delegation_includes_stands_for_it(extract):
    body = ("BEIJING -- A delegation of lawmakers from Zambia's Unity Party arrived in Beijing on Monday. The "
            "delegation consists of 12 members, including party Secretary General Tembo Mwale and Treasurer Grace "
            "Banda.")
    rows = _rows(_events(extract, body, "2024-03-30"), "kind", "actor", "places")
    assert ("visit", "Tembo Mwale", "CHN") in rows


# Must not fire: a leader named outranks the members listed; a meeting's attendees are no delegation's.


def test_a_named_leader_stands_for_the_delegation_whatever_its_members(extract):
    body = ("A delegation of Zambia's Unity Party led by Grace Banda arrived in Beijing on Monday. The delegation "
            "included Tembo Mwale and Peter Phiri.")
    rows = _rows(_events(extract, body, "2024-03-30"), "kind", "actor")
    assert ("visit", "Grace Banda") in rows
    assert not [r for r in rows if r[1] == "Tembo Mwale"]


def test_those_a_meeting_included_are_no_delegation(extract):
    body = ("A delegation of Zambia's Unity Party arrived in Beijing on Monday. The meeting in Lusaka last week "
            "included Tembo Mwale and Peter Phiri.")
    rows = _rows(_events(extract, body, "2024-03-30"), "kind", "actor")
    assert not [r for r in rows if r[1] == "Tembo Mwale"]


# "Besides Beijing, the ZUP delegation will visit Hangzhou": a party's delegation the report told, its head named.


def test_a_partys_delegation_that_visits_stands_for_its_named_head(extract):
    body = ("The Zambian delegation, headed by the Vice President of the Zambezi Unity Party, Tembo Mwale, began a "
            "“working visit” to China on Tuesday. Besides Beijing, the Zambezi Unity Party delegation will visit "
            "Hangzhou and Shanghai.")
    rows = _rows(_events(extract, body, "2024-03-30"), "kind", "actor", "places")
    assert rows == [("visit", "Tembo Mwale", "CHN")]


# Must not fire: with no head named, the party's delegation stays the party.


def test_a_partys_delegation_with_no_head_named_is_the_party(extract):
    body = "Besides Beijing, the Zambezi Unity Party delegation will visit Hangzhou and Shanghai next week."
    rows = _rows(_events(extract, body, "2024-03-30"), "kind", "actor")
    assert rows == [("visit", "Zambezi Unity Party")]


# A plan to attend told "will take part in", a list of two "among others" before it, and the second named after "and
# the party's ... chief".


def test_one_who_will_take_part_in_a_forum_plans_to_attend_it(extract):
    body = "Secretary General Tembo Mwale will take part in the forum in Lusaka on Friday."
    rows = _rows(_events(extract, body, "2024-03-20"), "kind", "actor", "places", "status")
    assert rows == [("summit", "Tembo Mwale", "ZMB", "planned")]


def test_two_leaders_among_others_who_will_take_part_each_plan_to_attend(extract):
    body = ("Party leaders including co-chair Tembo Mwale and the party's school department chief Grace Banda, among "
            "others, will take part in the video conference with the Communist Party of China on Friday.")
    rows = _rows(_events(extract, body, "2024-03-20"), "kind", "actor", "places")
    assert rows == [("summit", "Grace Banda", ""), ("summit", "Tembo Mwale", "")]


# Must not fire: taking part in no gathering; a pair joined by "and the" that meets no gathering.


def test_taking_part_in_politics_is_no_gathering(extract):
    body = "Secretary General Tembo Mwale urged young people to take part in politics in Lusaka on Friday."
    assert _events(extract, body, "2024-03-20") == []


def test_a_pair_joined_by_and_the_that_meets_someone_attends_nothing(extract):
    body = ("Secretary General Tembo Mwale and the party's treasurer Grace Banda met Zhou Ming in Lusaka on "
            "Friday.")
    rows = _rows(_events(extract, body, "2024-03-20"), "kind", "actor")
    assert not [r for r in rows if r[0] == "summit"]
