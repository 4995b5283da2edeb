"""English event rules of round 7: names behind long posts ("Ambassador Extraordinary and Plenipotentiary
of X to Y Name", "head of EPRDF office Name", 'Chairman of "Nur Otan" party Name', "Prime Minister of
Papua New Guinea (PNG) Name", "Name, Cabinet Member and ...", "O'Name", "A and B, who are ...", "Sheikh
Name"); "had exchanges (respectively) with"; "met with the CPC delegation" meets its leader; "led a
delegation to visit the two countries"; a paragraph opening "In Vanuatu," places the meetings after it on
a tour; "On the second day of his visit to X"; "the visit to X by a delegation"; "thanked X for attending";
"started the visit on Saturday"; "a spokesperson said on Thursday" dates no planned meeting; the Kazinform
dateline; an undated later event of a wire takes the dateline's day. Every sentence is invented in the genre."""

from readout_rows import en_events as _events
from readout_rows import en_people as _people
from readout_rows import fields_of as _rows


def test_an_ambassador_extraordinary_and_plenipotentiary_to_a_country_is_named(extract):
    body = ("BEIJING, March 6 (Xinhua) -- Ambassador Extraordinary and Plenipotentiary of Mongolia to the "
            "People's Republic of China Batbold Erdene held talks on Wednesday with Head of the CPC Central "
            "Committee's International Department Zhao Ming.")
    (meeting,) = _events(extract, body, "2024-03-07")
    assert (meeting["kind"], meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "meeting", "Batbold Erdene", "Zhao Ming", "CHN", "2024-03-06")


def test_a_lower_case_post_of_an_acronym_office_names_the_person(extract):
    assert "Tesfaye Gebru" in _people(
        extract, "Zhao Ming met with head of EPRDF office Tesfaye Gebru, and attended a seminar.", "2018-01-24")


def test_a_party_in_quotation_marks_inside_a_post(extract):
    body = ('Following the talks of the First Deputy Chairman of "Amanat" party Daulet Serikbayev with the Deputy '
            "Head of the International Department Zhao Ming, the sides signed a protocol.")
    assert "Daulet Serikbayev" in _people(extract, body, "2023-09-17")


def test_a_bracketed_acronym_of_the_country_does_not_end_the_post(extract):
    body = ("PORT MORESBY, Nov. 2 (Xinhua) -- Leader of the National Alliance party and Prime Minister of Papua New "
            "Guinea (PNG) Kila Tau met on Wednesday with a visiting delegation of the Communist Party of China.\n\n"
            "The CPC delegation is led by Zhao Ming, deputy head of the International Department.")
    people = _people(extract, body, "2023-11-02")
    assert "Kila Tau" in people and "New Guinea" not in people
    (meeting,) = _events(extract, body, "2023-11-02")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "Kila Tau", "Zhao Ming", "PNG", "2023-11-01")


def test_capitalised_posts_after_names_in_a_list(extract):
    body = ("In Kiribati, the CPC delegation met respectively with Taatu Kaiea, Cabinet Member and Minister for "
            "Environment, Ioane Temoai, Acting Chief Justice, and others.")
    assert {"Taatu Kaiea", "Ioane Temoai"} <= _people(extract, body, "2023-11-06")


def test_a_name_with_an_apostrophe_after_its_first_capital(extract):
    assert "Brian O'Keefe" in _people(
        extract, "The delegation also met with Brian O'Keefe, Leader of the National Alliance party.", "2023-11-06")


def test_two_names_before_who_are(extract):
    body = "Zhao Ming held separate meetings with Dragan Petrovic and Zoran Ilic, who are also lawmakers."
    assert {"Dragan Petrovic", "Zoran Ilic"} <= _people(extract, body, "2008-10-21")


def test_sheikh_before_a_one_word_name_is_part_of_it(extract):
    body = ("DHAKA, June 19 (Xinhua) -- Prime Minister Sheikh Farida met with Zhao Ming, deputy head of the "
            "International Department of the CPC Central Committee, on Wednesday.")
    assert "Sheikh Farida" in _people(extract, body, "2024-06-20")
    (meeting,) = _events(extract, body, "2024-06-20")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "Sheikh Farida", "Zhao Ming", "BGD", "2024-06-19")


def test_had_exchanges_respectively_with_is_a_meeting(extract):
    body = ("HONIARA, Oct. 29 (Xinhua) -- Zhao Ming, deputy head of the International Department of the CPC Central "
            "Committee, had exchanges respectively with Peter Kenilorea, Minister of Mines, on Saturday.")
    (meeting,) = _events(extract, body, "2023-10-29")
    assert (meeting["kind"], meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "meeting", "Zhao Ming", "Peter Kenilorea", "SLB", "2023-10-28")


def test_held_today_an_exchange_with_is_a_meeting(extract):
    body = ("HAVANA, Apr 24 (ACN) Rolando Ferrer, a member of the Secretariat of the Communist Party of Cuba, held "
            "today an exchange with the Chinese Vice Premier, Zhao Ming, in Beijing.")
    (meeting,) = _events(extract, body, "2023-04-24")
    assert (meeting["kind"], meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "meeting", "Rolando Ferrer", "Zhao Ming", "CHN", "2023-04-24")


def test_the_two_countries_a_delegation_visits_are_those_its_sentence_named(extract):
    body = ("BISHKEK, May 9 (Xinhua) -- At the invitation of the Social Democratic Party of Kyrgyzstan and the "
            "People's Party of Uzbekistan, Zhao Ming, deputy head of the CPC Central Committee's International "
            "Department, led a CPC delegation to visit the two countries from Sunday to Wednesday.")
    (visit,) = _events(extract, body, "2024-05-10")
    assert (visit["kind"], visit["actor"], visit["places"], visit["start"], visit["end"]) == (
        "visit", "Zhao Ming", "KGZ|UZB", "2024-05-05", "2024-05-08")


def test_a_count_that_does_not_match_the_countries_named_places_nothing(extract):
    body = ("At the invitation of the Social Democratic Party of Kyrgyzstan, Zhao Ming led a CPC delegation to visit "
            "the three countries from Saturday to Thursday.")
    assert [e for e in _events(extract, body, "2024-05-10") if e["places"] == "KGZ"] == []


def test_met_with_the_cpc_delegation_meets_its_leader_and_the_paragraph_country_holds(extract):
    body = ("At the invitation of the Vanuatu Party and the Tonga Democratic Party, Zhao Ming, Vice-minister of the "
            "CPC Central Committee's International Department, led a CPC delegation to visit the two countries "
            "from November 24th to the 30th.\n\n"
            "In Vanuatu, Kalo Natapei, Leader of the Vanuatu Party and Prime Minister of Vanuatu met with the CPC "
            "delegation. The delegation also held talks with Moses Tari, General Secretary of the Vanuatu Party.\n\n"
            "In Tonga, the delegation met with Sione Lavaka, Speaker of the Legislative Assembly.")
    events = _events(extract, body, "2024-12-03")
    assert _rows([e for e in events if e["kind"] == "meeting"], "actor", "counterpart", "places") == [
        ("Kalo Natapei", "Zhao Ming", "VUT"), ("Zhao Ming", "Moses Tari", "VUT"), ("Zhao Ming", "Sione Lavaka", "TON")]
    (visit,) = [e for e in events if e["kind"] == "visit"]
    assert (visit["actor"], visit["places"], visit["start"]) == ("Zhao Ming", "TON|VUT", "2024-11-24") or (
        visit["actor"], visit["places"], visit["start"]) == ("Zhao Ming", "VUT|TON", "2024-11-24")


def test_the_delegation_meeting_later_in_a_foreign_wire_is_at_the_dateline(extract):
    body = ("LUSAKA, May 9 (Xinhua) -- Zambian President Mwila Banda met with a delegation of the Communist Party of "
            "China (CPC) on Wednesday.\n\n"
            "The CPC delegation is led by Zhao Ming, deputy head of the International Department.\n\n"
            "The delegation also met with Chanda Mulenga, secretary general of the Patriotic Front.")
    events = _events(extract, body, "2024-05-10")
    assert _rows(events, "actor", "counterpart", "places", "start") == [
        ("Mwila Banda", "Zhao Ming", "ZMB", "2024-05-08"), ("Zhao Ming", "Chanda Mulenga", "ZMB", "2024-05-09")]
    (later,) = [e for e in events if e["counterpart"] == "Chanda Mulenga"]
    assert later["date_basis"] == "document date"  # by the wire's day, the dateline's, not the publication's


def test_on_the_second_day_of_his_visit_is_the_visit_and_places_the_meeting(extract):
    body = ("HARARE, May 3 (Xinhua) -- On the second day of his visit to Zimbabwe, Zhao Ming held talks with "
            "ZANU-PF Secretary General Tendai Moyo.")
    events = _events(extract, body, "2024-05-04")
    assert _rows(events, "kind", "actor", "counterpart", "places") == [
        ("meeting", "Zhao Ming", "Tendai Moyo", "ZWE"), ("visit", "Zhao Ming", "", "ZWE")]


def test_a_visit_by_a_delegation_is_not_the_praising_subjects(extract):
    body = ("HAVANA, Apr 27 (ACN) Rolando Ferrer, first secretary of the Communist Party of Cuba, highlighted today "
            "the visit to Vietnam by a party delegation from the island.")
    assert [e for e in _events(extract, body, "2023-04-27") if e["actor"] == "Rolando Ferrer"] == []


def test_thanked_the_delegation_for_attending_is_not_the_thankers_gathering(extract):
    body = ("ATHENS, Feb 19 -- For her part, Eleni Markou thanked the CPC delegation for attending the congress of "
            "the party on Wednesday.")
    assert [e for e in _events(extract, body, "2009-02-19") if e["actor"] == "Eleni Markou"] == []


def test_started_the_visit_on_saturday_dates_the_visit(extract):
    body = ("A delegation of the Communist Party of China (CPC) has wrapped up a five-day visit to Peru.\n\n"
            "The delegation led by Zhao Ming, deputy head of the International Department of the CPC Central "
            "Committee, started the visit on Saturday.\n\n"
            "Zhao met with Finance Minister Jorge Salazar.")
    events = _events(extract, body, "2024-05-10", "CPC delegation concludes visit to Peru")
    (visit,) = [e for e in events if e["kind"] == "visit"]
    assert (visit["actor"], visit["places"], visit["start"]) == ("Zhao Ming", "PER", "2024-05-04")


def test_the_day_a_spokesperson_said_it_does_not_date_a_planned_meeting(extract):
    body = ("At the invitation of the CPC, party president Ram Thapa will pay a visit to China from May 12 to 18, "
            "during which he will meet with Zhao Ming, a spokesperson said on Thursday.")
    events = _events(extract, body, "2024-05-10")
    (meeting,) = [e for e in events if e["kind"] == "meeting"]
    assert (meeting["actor"], meeting["counterpart"], meeting["status"]) == ("Ram Thapa", "Zhao Ming", "planned")
    assert meeting["start"] != "2024-05-16"  # not the Thursday after May 12


def test_a_kazinform_dateline_places_the_lead(extract):
    body = ("ASTANA. KAZINFORM - Deputy Chairman of the Amanat party Daulet Serikbayev held talks with a delegation "
            "of the Communist Party of China headed by Zhao Ming on Monday.")
    (meeting,) = _events(extract, body, "2024-08-20")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "Daulet Serikbayev", "Zhao Ming", "KAZ", "2024-08-19")


def test_a_kazinform_dateline_before_a_date_opening_the_lead(extract):
    body = ("BEIJING. KAZINFORM On May 7, Chairman of the Amanat party Nurlan Abenov held talks with Head of the "
            "CPC Central Committee's International Department Zhao Ming.")
    (meeting,) = _events(extract, body, "2024-05-08")
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "Nurlan Abenov", "Zhao Ming", "CHN", "2024-05-07")


def test_attended_symposiums_is_a_gathering(extract):
    body = ("ADDIS ABABA, Jan. 24 (Xinhua) -- Zhao Ming, a deputy head of the CPC Central Committee's Publicity "
            "Department, attended symposiums held at Addis Ababa University on Wednesday.")
    (summit,) = _events(extract, body, "2018-01-25")
    assert (summit["kind"], summit["actor"], summit["places"], summit["start"]) == (
        "summit", "Zhao Ming", "ETH", "2018-01-24")


def test_a_delegation_that_toured_a_province_visits_china(extract):
    body = ("GUIYANG, May 5 (Xinhua) -- A delegation of young leaders from the ruling parties of Namibia and Botswana, "
            "led by Petrus Nangolo, toured Guizhou province this week.")
    (visit,) = _events(extract, body, "2023-05-06")
    assert (visit["kind"], visit["actor"], visit["places"]) == ("visit", "Petrus Nangolo", "CHN")


def test_a_forum_that_opened_with_a_speaker_is_his_gathering_not_a_founding(extract):
    body = ("JAKARTA, Oct. 17 (Xinhua) -- The CPC-ASEAN Political Parties Forum opened in Jakarta on Tuesday, with "
            "Zhao Ming, deputy head of the International Department of the CPC Central Committee, delivering a "
            "keynote speech.")
    (summit,) = _events(extract, body, "2023-10-18")
    assert (summit["kind"], summit["actor"], summit["places"], summit["start"]) == (
        "summit", "Zhao Ming", "IDN", "2023-10-17")


def test_conferred_with_a_visiting_delegation_is_a_meeting_with_its_leader(extract):
    body = ("ADDIS ABABA, Jan. 9 (ENA) -- Prosperity Party Vice President Tadesse Bekele conferred with a visiting "
            "delegation of the Communist Party of China led by Zhao Ming today.")
    (meeting,) = [e for e in _events(extract, body, "2024-01-10") if e["kind"] == "meeting"]
    assert (meeting["actor"], meeting["counterpart"], meeting["places"], meeting["start"]) == (
        "Tadesse Bekele", "Zhao Ming", "ETH", "2024-01-09")


def test_has_been_in_a_country_since_monday_for_a_visit(extract):
    body = ("NAIROBI, June 5 (Xinhua) -- A Chinese delegation of the CPC, led by Zhao Ming, has been in Kenya since "
            "Monday for a four-day visit.")
    (visit,) = _events(extract, body, "2024-06-06")
    assert (visit["kind"], visit["actor"], visit["places"], visit["start"]) == (
        "visit", "Zhao Ming", "KEN", "2024-06-03")


def test_the_post_a_report_gave_a_person_stands_for_him_as_subject(extract):
    body = ("HAVANA, Apr 27 (ACN) The Cuban delegation, headed by Rolando Ferrer, Secretary of Organization of the "
            "Central Committee of the PCC, is touring China.\n\n"
            "The Secretary of Organization of the PCC Central Committee held talks on Tuesday with Zhao Ming, a "
            "Politburo member of the CPC.")
    (meeting,) = [e for e in _events(extract, body, "2023-04-27") if e["kind"] == "meeting"]
    assert (meeting["actor"], meeting["counterpart"], meeting["start"]) == ("Rolando Ferrer", "Zhao Ming", "2023-04-25")


def test_relations_established_found_no_body(extract):
    body = ("BELGRADE, Oct. 20 (Xinhua) -- During the talks, Zhao Ming said that relations between the CPC and the "
            "Democratic Party were established during a visit to China last year. The two parties established ties "
            "in 2007. The party established a training school in Kibaha in 2022.")
    foundings = [e for e in _events(extract, body, "2008-10-21") if e["kind"] == "founding"]
    assert _rows(foundings, "counterpart", "start") == [("training school", "2022")]


def test_the_subject_of_a_reported_clause_makes_the_planned_visit(extract):
    body = ("BEIJING, Aug. 9 (Xinhua) -- Prime Minister Tomasi Vana will pay an official visit to China from Aug. 12 "
            "to 21, foreign ministry spokesperson Lin Hua announced Friday.\n\n"
            "Pointing out that several Pacific leaders have come to China this year, Lin said that Prime "
            "Minister Tomasi Vana is one more regional leader set to visit China on invitation.")
    events = _events(extract, body, "2024-08-10")
    assert _rows(events, "kind", "actor", "places", "start", "status") == [
        ("visit", "Tomasi Vana", "CHN", "2024-08-12", "planned")]


def test_a_dialogue_held_here_attended_by_a_person_is_his_gathering(extract):
    body = ("TASHKENT, June 9 (Xinhua) -- The China-Central Asia Political Parties Dialogue was held here on Thursday, "
            "attended by Zhao Ming and leaders of parties from the five Central Asian countries.")
    (summit,) = _events(extract, body, "2023-06-10")
    assert (summit["kind"], summit["actor"], summit["places"], summit["start"]) == (
        "summit", "Zhao Ming", "UZB", "2023-06-08")


def test_a_meeting_joined_to_a_dated_visit_in_the_lead_takes_its_day_not_the_datelines(extract):
    body = ("JOHANNESBURG, June 11 (Xinhua) -- Zhao Ming visited the headquarters of the African National Congress in "
            "Johannesburg on Saturday and held talks with its secretary general Sipho Dlamini.")
    events = _events(extract, body, "2023-06-12")
    assert _rows(events, "kind", "actor", "counterpart", "places", "start") == [
        ("meeting", "Zhao Ming", "Sipho Dlamini", "ZAF", "2023-06-10"), ("visit", "Zhao Ming", "", "ZAF", "2023-06-10")]


def test_leading_a_delegation_to_attend_a_congress_is_also_the_leaders_gathering(extract):
    body = ("NEW DELHI, April 3 (Xinhua) -- Zhao Ming, deputy head of the IDCPC, will lead a delegation to attend the "
            "20th Congress of the Communist Party of India (Marxist) in New Delhi from April 6 to 10.")
    events = _events(extract, body, "2022-04-04")
    assert _rows(events, "kind", "actor", "places", "start", "status") == [
        ("summit", "Zhao Ming", "IND", "2022-04-06", "planned"), ("visit", "Zhao Ming", "IND", "2022-04-06", "planned")]
