"""English event rules of round 24, from constructions the new outlets' dev reports share (wire readouts of tours of
Central Asia, Kyrgyz and Uzbek officials listed by their posts): a Kyrgyz patronymic ends a name, a tour's meeting
is placed in the country of the post of the one met even when the wire is filed from another stop, and a post "of" a
country or of a body named with one, written right before the name, gives that person's country. Each tried in
several wordings, with cases that must not fire. Every sentence is invented in the genre."""

from readout_rows import en_events as _events
from readout_rows import en_people as _people
from readout_rows import fields_of as _rows

# "Speaker Nurlanbek Turgunbek uulu, State Secretary B": the patronymic ends the name, and the list goes on past it.


def test_a_kyrgyz_patronymic_ends_the_name_and_the_list_goes_on(extract):
    body = ("BISHKEK, May 14 (Xinhua) -- Zhou Wenming, a member of the CPC Central Committee, met with Parliament "
            "Speaker Almazbek Toktosun uulu, State Secretary Bakyt Omurov and Deputy Prime Minister Nurbek Asanov "
            "on Tuesday.")
    rows = _rows(_events(extract, body, "2025-05-14"), "kind", "actor", "counterpart")
    assert rows == [("meeting", "Zhou Wenming", "Almazbek Toktosun uulu"), ("meeting", "Zhou Wenming", "Bakyt Omurov"),
                    ("meeting", "Zhou Wenming", "Nurbek Asanov")]


def test_a_kyrgyz_daughter_s_patronymic_ends_the_name(extract):
    body = ("BISHKEK, May 14 (Xinhua) -- Vice Minister Zhou Wenming met with Deputy Speaker Aigul Mamatova kyzy and "
            "Minister of Culture Ermek Saliev in Bishkek on Tuesday.")
    assert {"Aigul Mamatova kyzy", "Ermek Saliev"} <= _people(extract, body, "2025-05-14")
    rows = _rows(_events(extract, body, "2025-05-14"), "counterpart")
    assert rows == [("Aigul Mamatova kyzy",), ("Ermek Saliev",)]


def test_a_lower_case_word_that_is_no_patronymic_ends_no_name(extract):
    body = ("BISHKEK, May 14 (Xinhua) -- Vice Minister Zhou Wenming met with Speaker Almazbek Toktosun uulustan and "
            "others in Bishkek on Tuesday.")
    assert not any(name.endswith("uulustan") for name in _people(extract, body, "2025-05-14"))


# "TASHKENT -- ... visited Kyrgyzstan and Uzbekistan ... The delegation also met with Kyrgyz Speaker A, ...": not at the
# dateline, on the tour's stop whose country A's post gives.


def test_a_tour_meeting_is_in_the_stop_of_the_one_met_not_at_the_dateline(extract):
    body = ("TASHKENT, Jan. 31 (Xinhua) -- A delegation of the Communist Party of China headed by Zhou Wenming visited "
            "Kyrgyzstan and Uzbekistan from Tuesday to Saturday. The delegation also met with Kyrgyz Parliament "
            "Speaker Bakyt Omurov, Kyrgyz State Secretary Ermek Saliev and Uzbek Senate Chairman Rustam Karimov.")
    rows = _rows(_events(extract, body, "2026-01-31"), "kind", "counterpart", "places")
    assert ("meeting", "Bakyt Omurov", "KGZ") in rows
    assert ("meeting", "Ermek Saliev", "KGZ") in rows
    assert ("meeting", "Rustam Karimov", "UZB") in rows


def test_a_tour_meeting_filed_from_the_first_stop_is_in_the_second_stop_too(extract):
    body = ("BAKU, March 3 (Xinhua) -- A CPC delegation led by Zhou Wenming visited Azerbaijan and Georgia from "
            "Monday to Friday. The delegation also met with Georgian Parliament Speaker Levan Beridze and "
            "Azerbaijani Deputy Prime Minister Elnur Mammadov.")
    rows = _rows(_events(extract, body, "2025-03-03"), "kind", "counterpart", "places")
    assert ("meeting", "Levan Beridze", "GEO") in rows
    assert ("meeting", "Elnur Mammadov", "AZE") in rows


# Must not fire: a one-country visit filed from its own capital stays at the dateline; a meeting whose one met is from
# the dateline's country stays there.


def test_a_one_country_visit_meeting_stays_at_the_dateline(extract):
    body = ("PORT MORESBY, Oct. 31 (Xinhua) -- A CPC delegation led by Zhou Wenming visited Papua New Guinea from "
            "Monday to Wednesday. The delegation also met with Peter Kora, leader of the opposition.")
    rows = _rows(_events(extract, body, "2025-10-31"), "kind", "counterpart", "places")
    assert ("meeting", "Peter Kora", "PNG") in rows


def test_a_tour_meeting_with_one_from_the_dateline_country_stays_there(extract):
    body = ("TASHKENT, Jan. 31 (Xinhua) -- A delegation of the Communist Party of China headed by Zhou Wenming visited "
            "Kyrgyzstan and Uzbekistan from Tuesday to Saturday. The delegation also met with Uzbek Senate Chairman "
            "Rustam Karimov.")
    rows = _rows(_events(extract, body, "2026-01-31"), "kind", "counterpart", "places")
    assert ("meeting", "Rustam Karimov", "UZB") in rows


# "First Deputy Chairman of the Senate of Uzbekistan A", "Advisor to the President of Uzbekistan on Development B":
# the post right before the name is of that country, told by a place or by a body named with one.


def test_a_post_of_a_country_right_before_the_name_gives_the_tour_stop(extract):
    body = ("TASHKENT, Jan. 31 (Xinhua) -- A delegation of the Communist Party of China headed by Zhou Wenming visited "
            "Kyrgyzstan and Uzbekistan from Tuesday to Saturday. The delegation also met with Kyrgyz Parliament "
            "Speaker Bakyt Omurov and Deputy Speaker of the Legislative Chamber of Uzbekistan Rustam Karimov.")
    rows = _rows(_events(extract, body, "2026-01-31"), "kind", "counterpart", "places")
    assert ("meeting", "Bakyt Omurov", "KGZ") in rows
    assert ("meeting", "Rustam Karimov", "UZB") in rows


def test_a_post_of_a_body_named_with_its_country_gives_the_tour_stop(extract):
    body = ("TASHKENT, Jan. 31 (Xinhua) -- A delegation of the Communist Party of China headed by Zhou Wenming visited "
            "Kyrgyzstan and Uzbekistan from Tuesday to Saturday. The delegation also met with Kyrgyz Parliament "
            "Speaker Bakyt Omurov and First Deputy Chairman of the Senate of the Oliy Majlis of Uzbekistan Rustam "
            "Karimov.")
    rows = _rows(_events(extract, body, "2026-01-31"), "kind", "counterpart", "places")
    assert ("meeting", "Bakyt Omurov", "KGZ") in rows
    assert ("meeting", "Rustam Karimov", "UZB") in rows


def test_a_post_of_a_country_right_before_the_name_places_a_meeting_at_home(extract):
    body = ("Zhou Wenming, head of the International Department of the CPC Central Committee, was received by "
            "President of Uzbekistan Rustam Karimov on Monday.")
    rows = _rows(_events(extract, body, "2025-04-01"), "kind", "actor", "counterpart", "places")
    assert rows == [("meeting", "Rustam Karimov", "Zhou Wenming", "UZB")]


# Must not fire: an ambassador "of" a country posted to another; a country that ends a gathering's name, not a post.


def test_an_ambassador_of_a_country_to_china_is_not_placed_at_home(extract):
    body = ("Zhou Wenming, head of the International Department of the CPC Central Committee, met Ambassador "
            "Extraordinary and Plenipotentiary to China of Uzbekistan Rustam Karimov on Monday.")
    rows = _rows(_events(extract, body, "2025-04-01"), "kind", "counterpart", "places")
    assert ("meeting", "Rustam Karimov", "UZB") not in rows


# "will talk with his Cuban hosts about the results of the 19th Congress": what a meeting is about is no side of it.


def test_a_congress_a_meeting_talked_about_is_no_counterpart(extract):
    body = ("Zhou Wenming, head of the International Department of the CPC Central Committee, will talk with his "
            "Cuban hosts about the results of the 20th National Congress of the Communist Party of China.")
    rows = _rows(_events(extract, body, "2025-01-18"), "kind", "counterpart")
    assert not any(counterpart in ("Communist Party of China", "20th National Congress") for _, counterpart in rows)


def test_a_plenary_session_a_meeting_discussed_is_no_counterpart(extract):
    body = ("Vice Minister Zhou Wenming met with party cadres in Vientiane on Monday to discuss the outcomes of the "
            "Third Plenary Session of the 20th CPC Central Committee.")
    rows = _rows(_events(extract, body, "2025-01-18"), "kind", "counterpart")
    assert not any(counterpart in ("Communist Party of China", "CPC Central Committee") for _, counterpart in rows)


def test_a_forum_a_meeting_was_on_the_results_of_is_no_counterpart(extract):
    body = ("Vice Minister Zhou Wenming held talks with Lao officials on the results of the Belt and Road Forum for "
            "International Cooperation.")
    rows = _rows(_events(extract, body, "2025-01-18"), "kind", "counterpart")
    assert not any("Forum" in counterpart for _, counterpart in rows)


# Must not fire: the one met before "to discuss", and a delegation's party before it, stay the counterpart.


def test_the_one_met_before_what_was_discussed_stays_the_counterpart(extract):
    body = ("Vice Minister Zhou Wenming met with Lao Vice President Bounmy Phanthavong on Monday to discuss the "
            "outcomes of the Third Plenary Session of the 20th CPC Central Committee.")
    rows = _rows(_events(extract, body, "2025-01-18"), "kind", "actor", "counterpart")
    assert rows == [("meeting", "Zhou Wenming", "Bounmy Phanthavong")]


def test_a_delegation_s_party_before_what_was_discussed_stays_the_counterpart(extract):
    body = ("Vice Minister Zhou Wenming met with a delegation of the Lao People's Revolutionary Party in Beijing on "
            "Monday to discuss party building.")
    rows = _rows(_events(extract, body, "2025-01-18"), "kind", "counterpart")
    assert rows == [("meeting", "Lao People's Revolutionary Party")]


# "The head of ... Zhou Wenming will begin a visit to Cuba. ... the high-ranking Chinese official will travel to
# Havana as special envoy of President Wang Wenming to meet with ...": the official is the envoy, not who sent him.


def test_the_chinese_official_sent_as_envoy_is_not_the_one_who_sent_him(extract):
    body = ("HAVANA, Jan. 18 -- Zhou Wenming, head of the International Department of the CPC Central Committee, will "
            "begin an official visit to Cuba on Sunday. A communique said the high-ranking Chinese official will "
            "travel to Havana as special envoy of President Wang Wenming to meet with Cuban leader Raul Fuentes.")
    rows = _rows(_events(extract, body, "2025-01-18"), "kind", "actor", "counterpart")
    assert ("meeting", "Zhou Wenming", "Raul Fuentes") in rows
    assert not any(actor == "Wang Wenming" for _, actor, _ in rows)


def test_the_chinese_official_fronted_as_an_envoy_is_not_the_one_who_sent_him(extract):
    body = ("VIENTIANE, Jan. 18 -- Zhou Wenming, a member of the CPC Central Committee, arrived in Vientiane on "
            "Monday. As special envoy of General Secretary Wang Wenming, the senior Chinese official met Lao leader "
            "Bounmy Phanthavong.")
    rows = _rows(_events(extract, body, "2025-01-18"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Zhou Wenming", "Bounmy Phanthavong", "LAO") in rows
    assert not any(actor == "Wang Wenming" for _, actor, _, _ in rows)


# Must not fire: the salient Chinese official who is named as such stays the actor.


def test_the_chinese_official_the_report_is_about_stays_the_actor(extract):
    body = ("Zhou Wenming, a member of the CPC Central Committee, arrived in Hanoi on Monday. Zhou conveyed the "
            "greetings of President Wang Wenming. The senior Chinese official also met with Vietnamese leader Tran Van "
            "Minh.")
    rows = _rows(_events(extract, body, "2025-01-18"), "kind", "actor", "counterpart")
    assert ("meeting", "Zhou Wenming", "Tran Van Minh") in rows


def test_the_chinese_official_acting_in_his_capacity_as_envoy_is_not_the_one_who_sent_him(extract):
    body = ("Zhou Wenming, head of the International Department of the CPC Central Committee, will begin an official "
            "visit to Cuba on Sunday. A brief statement said the Chinese official will travel to Havana in his "
            "capacity as special envoy of President Wang Wenming to meet with Cuban leader Raul Fuentes.")
    rows = _rows(_events(extract, body, "2025-01-18"), "kind", "actor", "counterpart")
    assert ("meeting", "Zhou Wenming", "Raul Fuentes") in rows
    assert not any(actor == "Wang Wenming" for _, actor, _ in rows)


# Must not fire: "his" standing for the one the report is about, who is no sender.


def test_his_standing_for_the_envoy_himself_keeps_him(extract):
    body = ("Zhou Wenming, head of the International Department of the CPC Central Committee, arrived in Havana on "
            "Sunday. During his stay, he met with Cuban leader Raul Fuentes and conveyed the greetings of "
            "President Wang Wenming.")
    rows = _rows(_events(extract, body, "2025-01-18"), "kind", "actor", "counterpart")
    assert ("meeting", "Zhou Wenming", "Raul Fuentes") in rows


# "The PNG delegation": the short form Papua New Guinean and Pacific papers write is the country.


def test_png_is_papua_new_guinea(extract):
    body = ("The PNG delegation, led by MP John Kaupa, returned from a two-week visit to China as guests of the "
            "Communist Party of China.")
    rows = extract(f"Report on talks\n\n{body}\n", "2024-05-15")
    assert "PNG" in {m["iso3"] for m in rows["mentions"] if m["kind"] == "place"}


def test_png_in_brackets_after_the_full_name_is_the_same_country(extract):
    body = ("A CPC delegation visited Papua New Guinea (PNG) from Monday to Wednesday and met with PNG Prime Minister "
            "James Kaupa.")
    rows = extract(f"Report on talks\n\n{body}\n", "2024-05-15")
    assert {m["iso3"] for m in rows["mentions"] if m["kind"] == "place"} == {"PNG"}


# "led by Maprik MP John Simon": no name ends inside a word (the "M" of "MP"), so the constituency is no name.


def test_a_constituency_before_mp_is_no_name(extract):
    body = ("The delegation, led by Maprik MP John Kaupa, visited Beijing and met with Ma Wenming, a director of the "
            "International Department of the CPC Central Committee.")
    people = _people(extract, body, "2024-05-15")
    assert "John Kaupa" in people
    assert not any(name.startswith("Maprik") for name in people)


def test_a_constituency_before_mp_after_led_by_leaves_the_leader_his_trip(extract):
    body = ("A delegation of MPs has returned from a visit to China as guests of the Communist Party of China. It "
            "was led by Kibra MP Peter Omondi.")
    people = _people(extract, body, "2024-05-15")
    assert "Peter Omondi" in people
    assert not any(name.startswith("Kibra") for name in people)


# Must not fire: a name after "led by" that ends the sentence or a comma is kept whole.


def test_a_name_after_led_by_ending_at_a_comma_is_kept(extract):
    body = ("The delegation, led by John Kaupa, visited Beijing and met with Ma Wenming, a director of the "
            "International Department of the CPC Central Committee.")
    assert "John Kaupa" in _people(extract, body, "2024-05-15")


# "attended the A dialogue, the B dialogue between X and the Y Union and the Z Union, as well as the C Round Table": one
# summit for each gathering listed (a piece naming no gathering goes on the name before it).


def test_each_gathering_one_attended_lists_is_a_summit(extract):
    body = ("BERLIN, Sept. 25 (Xinhua) -- Zhou Wenming, head of the International Department of the CPC Central "
            "Committee, led a CPC delegation on a visit to Germany from Sept. 22 to 25. During his visit, Zhou "
            "attended the second strategic dialogue between the CPC and the Green Party, the 9th party dialogue "
            "between the CPC and the Free Voters and the Pirate Party, as well as the 120th Hamburg Round Table.")
    rows = _rows(_events(extract, body, "2025-09-25"), "kind", "counterpart", "places")
    summits = [counterpart for kind, counterpart, places in rows if kind == "summit" and places == "DEU"]
    assert len(summits) == 3
    assert "120th Hamburg Round Table" in summits
    assert any(name.endswith("the Pirate Party") for name in summits)


def test_a_forum_and_a_mechanism_s_meeting_one_attended_are_two_summits(extract):
    body = ("VIENTIANE, May 10 (Xinhua) -- Vice Minister Zhou Wenming attended the Lancang-Mekong Political Parties "
            "Forum, and the third meeting of the Ruling Parties Dialogue Mechanism in Vientiane on Friday.")
    rows = _rows(_events(extract, body, "2025-05-10"), "kind", "places")
    assert rows == [("summit", "LAO"), ("summit", "LAO")]


def test_three_seminars_one_took_part_in_are_three_summits(extract):
    body = ("Vice Minister Zhou Wenming took part in the forum on governance, the seminar on poverty reduction and "
            "the workshop on youth work in Phnom Penh on Monday.")
    rows = _rows(_events(extract, body, "2025-05-10"), "kind", "actor")
    assert rows == [("summit", "Zhou Wenming")] * 3


# Must not fire: what is no gathering after "and the", a clause of its own after the list, a verb other than attending.


def test_a_banquet_after_an_attended_ceremony_is_no_summit(extract):
    body = ("Vice Minister Zhou Wenming attended the seminar on governance and the banquet that followed in Phnom "
            "Penh on Monday.")
    rows = _rows(_events(extract, body, "2025-05-10"), "kind")
    assert rows == [("summit",)]


def test_a_delegation_that_met_him_after_the_seminar_is_no_gathering(extract):
    body = ("Vice Minister Zhou Wenming attended the seminar on governance and the Lao delegation met him at the "
            "forum hall afterwards.")
    rows = _rows(_events(extract, body, "2025-05-10"), "kind", "counterpart")
    assert [kind for kind, _ in rows].count("summit") == 1


def test_gatherings_one_hosted_are_not_listed_as_attended(extract):
    body = "Vice Minister Zhou Wenming hosted the forum on governance and the seminar on poverty in Beijing on Monday."
    rows = _rows(_events(extract, body, "2025-05-10"), "kind")
    assert rows.count(("summit",)) <= 1
