"""English event rules of round 6: an invitation opening the sentence is never its subject, "the
President" a caller calls on is the President the report named, a participle's "he" is the speaker
after its comma, "the touring team was led by X", a meeting "as part of the Vietnamese leader's visit",
"welcomed X's delegation to visit", "accompanying X on his visit", a subject's relative clause, "and
his deputy B", "A and B discussed ... at a meeting", a guest "was welcomed at the airport", "a senior
CPC official" folded into the official the report names, datelines naming a country, "called on
opposition leader X", "A, a close aide of President B", and titles the names layer missed. Every
sentence is invented in the genre."""

from readout_rows import en_events as _events
from readout_rows import en_people as _people
from readout_rows import fields_of as _rows


def test_an_invitation_opening_the_lead_is_not_the_visitor(extract):
    body = ("LUSAKA, May 8 (Xinhua) -- At the invitation of the Patriotic Front of Zambia, a CPC delegation paid a "
            "visit to Zambia from Sunday to Wednesday.\n\n"
            "During the visit, the Chinese delegation, headed by Zhao Ming, a vice minister of the International "
            "Department, held talks with Chairman of the House of Representatives Joseph Banda and First Deputy Head "
            "of the Office of the President Mary Phiri respectively.")
    events = _events(extract, body, "2024-05-09")
    assert _rows(events, "kind", "actor", "counterpart", "places") == [
        ("meeting", "Zhao Ming", "Joseph Banda", "ZMB"), ("meeting", "Zhao Ming", "Mary Phiri", "ZMB"),
        ("visit", "Zhao Ming", "", "ZMB")]
    (visit,) = [e for e in events if e["kind"] == "visit"]
    assert (visit["start"], visit["end"]) == ("2024-05-05", "2024-05-08")


def test_an_invitation_with_no_leader_named_leaves_the_visit_to_no_body(extract):
    # Neither the inviting party nor the invited one acts: the delegation does, and no one names its head
    # (a party acting as a row's actor misled a reader's timeline), so there is no row.
    body = ("ACCRA, June 3 (GNA) -- At the invitation of Ghana's National Democratic Congress, a delegation of the "
            "Communist Party of China has visited Ghana.")
    assert _events(extract, body, "2024-06-03") == []


def test_the_president_called_on_is_the_president_the_report_named(extract):
    body = ("MANILA - President Ramon Dizon met senior Chinese party officials on Monday.\n\n"
            "Chongqing party secretary Chen Yinong paid a courtesy call on the President in the evening.")
    (meeting,) = _events(extract, body, "2019-09-17")
    assert (meeting["kind"], {meeting["actor"], meeting["counterpart"]}, meeting["places"], meeting["start"]) == (
        "meeting", {"Chen Yinong", "Ramon Dizon"}, "PHL", "2019-09-16")


def test_a_post_no_one_in_the_report_holds_stays_the_post(extract):
    body = "Vice Minister Zhao Ming paid a courtesy call on the Prime Minister in Islamabad on Tuesday."
    (meeting,) = _events(extract, body, "2023-12-06")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"]) == ("Zhao Ming", "Prime Minister", "PAK")


def test_a_participle_pronoun_is_the_speaker_after_its_comma(extract):
    body = ("NAIROBI, Kenya, Jan 25 – Speaking after he called on President Daniel Kiprono at State House Nairobi, "
            "visiting Chinese party official Wang Zhiming said the two parties had agreed to train young cadres.")
    (meeting,) = [e for e in _events(extract, body, "2018-01-25") if e["kind"] == "meeting"]
    assert (meeting["kind"], meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "meeting", "Wang Zhiming", "Daniel Kiprono", "KEN", "2018-01-25")


def test_the_touring_team_led_by_x_names_the_delegation_before(extract):
    body = ("A delegation of the International Department of the CPC Central Committee held talks with opposition "
            "leader Ruwan Perera in Colombo on Thursday.\n\n"
            "The visiting team was headed by Vice Minister Zhao Ming.")
    # "The visiting team" is also his visit there (round 9: the team's leader is the report's delegation leader)
    (meeting,) = [e for e in _events(extract, body, "2024-04-26") if e["kind"] == "meeting"]
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "Zhao Ming", "Ruwan Perera", "LKA", "2024-04-25")


def test_a_meeting_as_part_of_the_vietnamese_leaders_visit_is_his_visit(extract):
    body = ("National Assembly Chairman Tran Van Binh met Zhou Dehai, Party Secretary of Yunnan Province, in "
            "Kunming on April 10 as part of the Vietnamese leader's working visit to China.")
    events = _events(extract, body, "2024-04-11")
    assert _rows(events, "kind", "actor", "counterpart", "places") == [
        ("meeting", "Tran Van Binh", "Zhou Dehai", "CHN"), ("visit", "Tran Van Binh", "", "CHN")]
    assert [e["mode"] for e in events if e["kind"] == "visit"] == ["visit"]


def test_a_leaders_visit_of_another_country_is_not_the_subjects(extract):
    body = ("National Assembly Chairman Tran Van Binh met Zhou Dehai in Kunming on April 10 as part of the Lao "
            "leader's working visit to China.")
    assert [e for e in _events(extract, body, "2024-04-11") if e["kind"] == "visit"] == []


def test_welcomed_a_named_delegation_to_visit_is_its_visit(extract):
    body = ("Beijing, January 22nd--Zhao Ming met here today with the delegation led by Pedro Alves, Vice Chairman "
            "of the MPLA. Zhao warmly welcomed Alves' delegation to visit China and briefed the guests on reform.")
    events = _events(extract, body, "2017-01-22")
    assert _rows(events, "kind", "actor", "counterpart", "places") == [
        ("meeting", "Zhao Ming", "Pedro Alves", "CHN"), ("visit", "Pedro Alves", "", "CHN")]


def test_welcomed_an_unnamed_delegation_to_visit_is_no_visit_of_the_host(extract):
    body = "Zhao Ming welcomed the delegation to visit China and said young politicians are the future."
    assert [e for e in _events(extract, body, "2017-09-27") if e["kind"] == "visit"] == []


def test_accompanying_a_leader_on_his_visit_is_the_leaders_visit(extract):
    body = ("BEIJING, Nov. 1 (Xinhua) -- Cai Wen held talks by video link on Tuesday with Nguyen Van Long, a "
            "Politburo member of the Communist Party of Vietnam, who is accompanying General Secretary To Minh on "
            "his state visit to China.")
    events = _events(extract, body, "2022-11-01")
    assert _rows(events, "kind", "actor", "counterpart", "places", "mode") == [
        ("meeting", "Cai Wen", "Nguyen Van Long", "CHN", "virtual"), ("visit", "To Minh", "", "CHN", "visit")]


def test_people_in_the_subjects_relative_clause_are_not_its_subject(extract):
    body = ("On Monday the Jubilee Party, which carried President Daniel Kiprono and his deputy Peter Kamau into "
            "office, hosted visiting CPC officials led by Hu Wenbin in Nakuru.")
    (meeting,) = [e for e in _events(extract, body, "2018-07-17") if e["kind"] == "meeting"]
    assert (meeting["kind"], meeting["actor"], meeting["counterpart"], meeting["places"]) == (
        "meeting", "Jubilee Party", "Hu Wenbin", "KEN")


def test_his_deputy_after_a_comma_is_met_too(extract):
    body = ("NAIROBI, Feb. 24 (Xinhua) -- During the stay, the delegation led by Zhao Ming called on President "
            "Daniel Kiprono, and his deputy Peter Kamau, and held working talks with party secretary general Mary "
            "Wanjiru.")
    meetings = [e for e in _events(extract, body, "2023-02-24") if e["kind"] == "meeting"]
    assert _rows(meetings, "actor", "counterpart", "places") == [
        ("Zhao Ming", "Daniel Kiprono", "KEN"), ("Zhao Ming", "Mary Wanjiru", "KEN"),
        ("Zhao Ming", "Peter Kamau", "KEN")]


def test_two_people_who_discussed_ties_at_a_meeting_met(extract):
    body = ("MINSK, Aug 20 (BelTA) - Belarusian Prime Minister Ivan Sidorov and Chinese official Zhao Ming "
            "discussed cooperation between the two countries at a meeting in Minsk on Tuesday.")
    (meeting,) = _events(extract, body, "2024-08-20")
    assert (meeting["kind"], meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "meeting", "Ivan Sidorov", "Zhao Ming", "BLR", "2024-08-20")


def test_a_guest_welcomed_at_the_airport_arrives(extract):
    body = ("Cde Zhao Ming was received at the airport in Harare by Zanu PF chairman Cde Peter Moyo on "
            "Monday evening.")
    (visit,) = _events(extract, body, "2024-03-19")
    assert (visit["kind"], visit["actor"], visit["places"], visit["start"], visit["mode"]) == (
        "visit", "Zhao Ming", "ZWE", "2024-03-18", "visit")


def test_a_dateline_with_its_country_and_a_tag_places_the_lead(extract):
    body = ("MANILA, Philippines (UPDATED) – President Ramon Dizon and members of his party met Vice Minister Zhao "
            "Ming on Monday.")
    events = _events(extract, body, "2019-09-17")
    assert _rows(events, "kind", "actor", "counterpart", "places") == [
        ("meeting", "Ramon Dizon", "Zhao Ming", "PHL")]


def test_a_capitals_dateline_with_small_words_is_read(extract):
    body = ("DAR ES SALAAM, May 19 -- CCM Secretary General Daniel Mtaki on Friday hosted a visiting delegation of "
            "the Communist Party of China led by Zhao Ming at the party's headquarters.")
    events = _events(extract, body, "2023-05-20")
    assert _rows(events, "kind", "actor", "counterpart", "places", "mode") == [
        ("meeting", "Daniel Mtaki", "Zhao Ming", "TZA", "host"), ("visit", "Zhao Ming", "", "TZA", "visit")]


def test_talks_between_a_and_a_titled_b_are_with_b_not_bs_party(extract):
    body = ("ULAANBAATAR, Aug. 9 (Montsame) -- The two sides exchanged views during talks held between Zhao Ming and "
            "Secretary General of the Mongolian People's Party Bat-Erdene Tsend on Wednesday.")
    (meeting,) = _events(extract, body, "2023-08-10")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "Zhao Ming", "Bat-Erdene Tsend", "MNG", "2023-08-09")


def test_called_on_an_opposition_leader_is_a_meeting(extract):
    body = ("A top delegation of the Chinese Communist Party headed by Zhao Ming called on opposition leader Ruwan "
            "Perera at his residence in Colombo today.")
    (meeting,) = _events(extract, body, "2024-04-24")
    assert (meeting["kind"], meeting["actor"], meeting["counterpart"], meeting["places"]) == (
        "meeting", "Zhao Ming", "Ruwan Perera", "LKA")


def test_a_close_aide_of_a_president_is_met_not_the_president(extract):
    body = "Zhao Ming met with Tanaka Boonsri, a close aide of Prime Minister Anwar Rahman, in Kuala Lumpur."
    (meeting,) = _events(extract, body, "2024-05-30")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"]) == ("Zhao Ming", "Tanaka Boonsri", "MYS")
    body = "Ngozi Okafor, a long-time ally of former President Olusegun Obasanjo, met Zhao Ming in Abuja."
    (meeting,) = _events(extract, body, "2024-05-30")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"]) == ("Ngozi Okafor", "Zhao Ming", "NGA")


def test_an_unrecognised_aide_never_hands_the_meeting_to_the_president(extract):
    body = "Zhao Ming met with Xy, a close aide of Prime Minister Anwar Rahman, in Kuala Lumpur on Wednesday."
    assert [e for e in _events(extract, body, "2024-05-30") if "Anwar Rahman" in (e["actor"], e["counterpart"])] == []


def test_a_senior_general_and_a_party_secretary_general_are_people(extract):
    body = ("Secretary of the CPC Yunnan Provincial Committee Zhou Dehai led a delegation to Myanmar from Sept 30 to "
            "Oct 3, during which he met with Senior General Min Thant.")
    events = _events(extract, body, "2023-10-05")
    assert _rows(events, "kind", "actor", "counterpart", "places") == [
        ("meeting", "Zhou Dehai", "Min Thant", "MMR"), ("visit", "Zhou Dehai", "", "MMR")]


def test_a_leader_led_by_with_an_academic_title_keeps_his_own_name(extract):
    people = _people(extract, "CPC officials led by Prof Hu Jianhua toured Nakuru on Monday.", "2018-07-17")
    assert "Hu Jianhua" in people and "Prof Hu Jianhua" not in people


def test_a_presidents_residence_places_the_meeting(extract):
    body = ("Liu Haiming, the head of the International Department, was received by President Ram Bahadur Thapa "
            "at Sheetal Niwas on Wednesday.")
    (meeting,) = _events(extract, body, "2023-04-26")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["mode"]) == (
        "Ram Bahadur Thapa", "Liu Haiming", "NPL", "host")


def test_a_meeting_the_remarks_were_made_at_is_when_and_where_they_were_said(extract):
    body = ("PHNOM PENH, July 25 (Xinhua) -- Cambodian Foreign Minister Sok Vanna said on Monday that Cambodia "
            "counts on Chinese support for its new railway.\n\n"
            "Vanna, who also chairs the party's external relations commission, made the remarks during talks with "
            "Zhao Ming, vice minister of the International Department, a ministry statement said on Tuesday.")
    (meeting,) = _events(extract, body, "2023-07-26")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "Sok Vanna", "Zhao Ming", "KHM", "2023-07-24")


def test_a_mixed_case_city_before_a_colon_is_a_dateline(extract):
    body = ("New Delhi: A Chinese delegation led by senior Communist Party official Zhou Dehai met External "
            "Affairs Minister Ravi Menon on Thursday.")
    (meeting,) = _events(extract, body, "2019-06-07")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "Zhou Dehai", "Ravi Menon", "IND", "2019-06-06")


def test_a_colon_after_a_word_that_is_no_place_is_no_dateline(extract):
    body = "Update: Vice Minister Zhao Ming met External Affairs Minister Ravi Menon on Thursday."
    (meeting,) = _events(extract, body, "2019-06-07")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"]) == ("Zhao Ming", "Ravi Menon", "")


def test_upon_arrival_in_a_city_places_the_reception(extract):
    body = ("Upon arrival in Vientiane on Monday, Zhao Ming was received by Somsak Phommavong, general secretary of "
            "the Lao People's Revolutionary Party.")
    (meeting,) = _events(extract, body, "2024-03-12")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "Somsak Phommavong", "Zhao Ming", "LAO", "2024-03-11")


def test_a_guest_who_is_in_a_city_is_met_there(extract):
    body = "Liu Haiming met with Kofi Mensah, who is in Beijing for the China-Africa party dialogue, on Monday."
    # (since round 13 the guest's trip and attendance are rows too: see test_events_round13.py)
    (meeting,) = [e for e in _events(extract, body, "2024-03-12") if e["kind"] == "meeting"]
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "Liu Haiming", "Kofi Mensah", "CHN", "2024-03-11")


def test_a_delegation_of_a_body_met_is_its_leader_the_report_names(extract):
    body = ("President Joseph Mwale on Monday held talks with a delegation of the Communist Party of China. Mwale "
            "told the delegation, led by Zhao Ming, that Zambia values its ties with China.")
    (meeting,) = _events(extract, body, "2024-03-12")
    assert (meeting["kind"], meeting["actor"], meeting["counterpart"], meeting["start"]) == (
        "meeting", "Joseph Mwale", "Zhao Ming", "2024-03-11")


def test_agency_datelines_of_the_partner_press_place_and_date_the_lead(extract):
    for dateline, iso3 in (("MOSCOW, May 3. /TASS/.", "RUS"), ("Ulaanbaatar, May 3 /MONTSAME/.", "MNG"),
                           ("Accra, May 3, GNA -", "GHA"), ("Moscow, 3 May, TASS:", "RUS")):
        body = f"{dateline} Vice Minister Zhao Ming met Chairman Kofi Mensah here."
        (meeting,) = _events(extract, body, "2024-05-06")
        assert (meeting["places"], meeting["start"]) == (iso3, "2024-05-03"), dateline


def test_the_chinese_guests_received_are_the_delegation_the_report_names(extract):
    body = ("The Chinese guests were received by General Secretary To Minh at the Party Central Committee "
            "headquarters in Hanoi on Monday. The delegation was led by Zhao Ming.")
    (meeting,) = _events(extract, body, "2024-03-12")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "To Minh", "Zhao Ming", "VNM", "2024-03-11")


def test_one_word_of_a_name_given_in_full_is_that_person(extract):
    body = ("President José Inácio Prado da Costa received Liu Haiming in Brasilia on Tuesday. On Wednesday, Prado met "
            "Zhao Ming in Sao Paulo.")
    events = _events(extract, body, "2023-08-03")
    assert _rows(events, "actor", "counterpart", "places", "start") == [
        ("José Inácio Prado da Costa", "Liu Haiming", "BRA", "2023-08-01"),
        ("José Inácio Prado da Costa", "Zhao Ming", "BRA", "2023-08-02")]
    body = ("Datuk Seri Dr Wee Ka Seng led an MCA delegation to Beijing on Monday. Dr Wee said this in a post on "
            "Tuesday after meeting with Liu Haiming in Beijing.")
    meetings = [e for e in _events(extract, body, "2024-06-12") if e["kind"] == "meeting"]
    assert _rows(meetings, "actor", "counterpart", "places") == [("Wee Ka Seng", "Liu Haiming", "CHN")]


def test_a_word_two_named_people_share_stays_unread(extract):
    body = ("President Ramon Dizon and Senator Sara Dizon received Zhao Ming in Manila on Monday. On Tuesday, Dizon "
            "met Liu Haiming.")
    assert [e for e in _events(extract, body, "2024-06-12") if e["counterpart"] == "Liu Haiming"] == []


def test_a_subordinate_clause_holding_the_verb_has_its_own_subject(extract):
    body = ("Undersecretary Jose Malaya is acting foreign secretary because Foreign Secretary Teddy Lopez is attending "
            "the United Nations General Assembly in New York.")
    (summit,) = _events(extract, body, "2019-09-17")
    assert (summit["kind"], summit["actor"], summit["places"]) == ("summit", "Teddy Lopez", "USA")


def test_a_meeting_abroad_gives_the_host_country_as_the_foreign_sides_when_the_text_gives_none(extract):
    """Whom a Chinese official meets in Colombo, or who receives one there, is of Sri Lanka unless the
    text says otherwise; never the Chinese side's CHN."""
    rows = extract("COLOMBO, March 4 (Xinhua) -- Zhao Ming, vice minister of the International Department of the "
                   "CPC Central Committee, met with Speaker of Parliament Anna Berg on Tuesday. Later, Ravi Menon, "
                   "president of the Unity Party, received Zhao in Kandy.", "2025-03-05")["events"]
    meetings = [(e["actor"], e["counterpart"], e["counterpart_country"]) for e in rows if e["kind"] == "meeting"]
    assert meetings == [("Zhao Ming", "Anna Berg", "LKA"), ("Ravi Menon", "Zhao Ming", "LKA")]
