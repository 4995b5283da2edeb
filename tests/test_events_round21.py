"""English event rules of round 21, from constructions the new outlets' dev reports share (a party youth wing's
report in the West African press, a party-liaison readout of a ruling parties' mechanism abroad): whoever holds or
hosts a meeting a crowd attended, or leads a delegation to it, attended that gathering too, and does not meet the body
named in the sentence telling it. Each tried in three wordings, with cases that must not fire. Every sentence is
invented in the genre."""

from readout_rows import en_events as _events
from readout_rows import fields_of as _rows

# "X held an online meeting ... The meeting, ..., was attended by A, B and other 80 members": X attended it too.


def test_the_host_of_an_online_meeting_a_crowd_attended_attended_it(extract):
    body = ("The Chinese Ambassador to Zambia, Li Wenbo, held an online meeting with the women's wing of the United "
            "Party for National Development and spoke about rural cooperatives in China. The meeting, arranged "
            "jointly by the Chinese Embassy and the women's wing, was attended by the party's Secretary General, "
            "Peter Banda, the wing's chairperson, Mary Phiri, and other 60 members.")
    rows = _rows(_events(extract, body, "2024-03-08"), "kind", "actor", "counterpart", "places", "start")
    assert rows == [("summit", "Li Wenbo", "", "", ""), ("summit", "Mary Phiri", "", "", ""),
                    ("summit", "Peter Banda", "", "", "")]


def test_the_host_of_a_meeting_at_the_embassy_a_crowd_attended_attended_it_there(extract):
    body = ("Ambassador Zhao Lin hosted a meeting with the women's league of the South West Africa People's "
            "Organisation at the embassy in Windhoek on Tuesday. The meeting was attended by the league's Secretary, "
            "Hon. Mary Phiri, its Treasurer, Hon. Peter Banda, and other 40 members.")
    rows = _rows(_events(extract, body, "2024-03-08"), "kind", "actor", "counterpart", "places", "status")
    assert ("summit", "Zhao Lin", "", "NAM", "reported") in rows
    assert ("summit", "Mary Phiri", "", "NAM", "reported") in rows
    assert not any(kind == "meeting" for kind, *_ in rows)


def test_the_leader_of_a_delegation_to_a_meeting_others_addressed_attended_it(extract):
    body = ("Vientiane, March 6th--The 3rd meeting of the exchange mechanism between the two governing parties "
            "opened here. Zhou Ping, Vice Minister of the International Department of the CPC Central Committee, led "
            "a CPC delegation to the meeting and gave a keynote speech. Khamla Sisavath, Head of the External "
            "Relations Commission, Bounmy Phommachanh, Deputy Head of the Commission, and others attended and "
            "addressed the meeting.")
    rows = _rows(_events(extract, body, "2024-03-08"), "kind", "actor", "counterpart", "places", "start")
    assert rows == [("summit", "Bounmy Phommachanh", "", "LAO", "2024-03-06"),
                    ("summit", "Khamla Sisavath", "", "LAO", "2024-03-06"),
                    ("summit", "Zhou Ping", "", "LAO", "2024-03-06")]


# Must not fire: a host told three sentences before the crowd, a meeting between two named people that others sat in
# on, a crowd at another gathering than the one hosted.


def test_a_host_told_three_sentences_before_the_crowd_is_not_given_its_gathering(extract):
    body = ("Zhao Lin held an online meeting with the youth wing of the ruling party on Monday. The party then issued "
            "a statement. Its chairman later spoke to the press. The meeting was attended by Secretary General Mary "
            "Phiri, Deputy Secretary General Peter Banda and other 40 members.")
    rows = _rows(_events(extract, body, "2024-03-08"), "kind", "actor")
    assert ("summit", "Zhao Lin") not in rows
    assert ("summit", "Mary Phiri") in rows


def test_a_meeting_between_two_named_people_others_sat_in_on_stays_theirs(extract):
    body = ("Li Ping met here today with Peter Banda, Chairman of the United Party. Ms Mary Phiri, Mr John Zulu and "
            "others attended the meeting.")
    rows = _rows(_events(extract, body, "2024-03-08"), "kind", "actor", "counterpart")
    assert rows == [("meeting", "Li Ping", "Peter Banda")]


def test_a_host_of_talks_not_of_a_meeting_keeps_his_meeting(extract):
    body = ("Ambassador Zhao Lin held talks with Peter Banda, Chairman of the United Party, in Lusaka on Tuesday. "
            "Mary Phiri, John Zulu and others attended the reception.")
    rows = _rows(_events(extract, body, "2024-03-08"), "kind", "actor", "counterpart", "places")
    assert ("meeting", "Zhao Lin", "Peter Banda", "ZMB") in rows
    assert ("summit", "Zhao Lin", "", "ZMB") not in rows


# An ambassador named by his post who receives, welcomes or hosts a guest does so where he is posted, not at home in
# China ("Ambassador Wang welcomed General X to the embassy"; "Ambassador Zhao and his wife hosted a reception").


def test_an_ambassador_who_welcomes_a_minister_to_the_embassy_meets_him_where_posted(extract):
    body = "Ambassador Li Wenbo welcomed Zambian Minister of Energy Peter Banda to the embassy on Friday."
    rows = _rows(_events(extract, body, "2023-06-10"), "kind", "actor", "counterpart", "places", "start")
    assert rows == [("meeting", "Li Wenbo", "Peter Banda", "ZMB", "2023-06-09")]


def test_an_ambassador_who_receives_a_party_chairman_at_the_embassy_meets_him_where_posted(extract):
    body = "Ambassador Li Wenbo received Hon. Peter Banda, Chairman of the Patriotic Front of Zambia, at the embassy."
    rows = _rows(_events(extract, body, "2023-06-10"), "kind", "actor", "counterpart", "places")
    assert rows == [("meeting", "Li Wenbo", "Peter Banda", "ZMB")]


def test_an_ambassador_and_his_wife_who_host_a_party_official_are_not_placed_in_china(extract):
    body = ("On June 2, Ambassador Li Wenbo and his wife hosted Hon. Peter Banda, Secretary General of the ruling "
            "party, at the embassy.")
    rows = _rows(_events(extract, body, "2023-06-10"), "kind", "actor", "counterpart", "places", "start")
    assert rows == [("meeting", "Li Wenbo", "Peter Banda", "", "2023-06-02")]


def test_a_premier_who_welcomes_a_foreign_minister_still_receives_him_at_home(extract):
    body = "Chinese Premier Zhao Ming welcomed Zambian Minister of Energy Peter Banda on Friday."
    rows = _rows(_events(extract, body, "2023-06-10"), "kind", "actor", "counterpart", "places")
    assert rows == [("meeting", "Zhao Ming", "Peter Banda", "CHN")]


def test_a_country_the_host_s_speech_names_does_not_place_the_gathering_the_dateline_places(extract):
    body = ("Vientiane, March 6th--Zhou Ping, Vice Minister of the International Department of the CPC Central "
            "Committee, led a CPC delegation to the meeting and gave a keynote speech on cooperation with China. "
            "Khamla Sisavath, Head of the External Relations Commission, Bounmy Phommachanh, Deputy Head of the "
            "Commission, and others attended and addressed the meeting.")
    rows = _rows(_events(extract, body, "2024-03-08"), "kind", "actor", "places")
    assert rows == [("summit", "Bounmy Phommachanh", "LAO"), ("summit", "Khamla Sisavath", "LAO"),
                    ("summit", "Zhou Ping", "LAO")]
