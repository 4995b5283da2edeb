"""Where the English rules' repeated lists were said once and two of them differed, the case the difference decided.
Every sentence is invented in the genre."""

from readout_rows import en_events as _events
from readout_rows import fields_of as _rows

# 1. A delegation's co-leader posted abroad (postings.POSTED_ABROAD, as event_where reads it: any case, an envoy or a
# consul too) makes no trip to where he is posted; one who holds a post at home does.


def _co_led(extract, second: str) -> list[tuple]:
    body = ("Lusaka. Patriotic Front Chairman John Phiri hosted a Chinese delegation at the party's headquarters in "
            "Lusaka on Friday evening. The delegation was led by Li Ping, Minister of the International Department "
            f"of the Communist Party of China (IDCPC), and {second} Wang Tao.")
    return _rows(_events(extract, body, "2024-06-08"), "kind", "actor", "counterpart", "places")


def test_a_co_leader_written_as_china_s_ambassador_makes_no_trip(extract):
    rows = _co_led(extract, "China's ambassador to Zambia")
    assert ("meeting", "John Phiri", "Wang Tao", "ZMB") in rows
    assert ("visit", "Wang Tao", "", "ZMB") not in rows
    assert ("visit", "Li Ping", "", "ZMB") in rows


def test_a_co_leader_who_is_consul_general_makes_no_trip(extract):
    rows = _co_led(extract, "Chinese Consul General in Ndola")
    assert ("meeting", "John Phiri", "Wang Tao", "ZMB") in rows
    assert ("visit", "Wang Tao", "", "ZMB") not in rows


def test_a_co_leader_who_is_a_vice_minister_at_home_makes_the_trip(extract):
    rows = _co_led(extract, "Vice Minister of Commerce")
    assert ("meeting", "John Phiri", "Wang Tao", "ZMB") in rows
    assert ("visit", "Wang Tao", "", "ZMB") in rows


# 2. A gathering held online is one by any of the gathering words (triggers.GATHERING_NOUNS in lower case), not only
# by the ten the virtual pattern once listed: "an online congress", "the online plenum".


def test_an_online_congress_attended_is_virtual(extract):
    body = "Li Ping attended an online congress of the Patriotic Front on Monday."
    rows = _rows(_events(extract, body, "2024-06-08"), "kind", "actor", "mode")
    assert rows == [("summit", "Li Ping", "virtual")]


def test_an_online_plenum_addressed_is_virtual(extract):
    body = "Li Ping addressed the online plenum of the Patriotic Front on Monday."
    rows = _rows(_events(extract, body, "2024-06-08"), "kind", "actor", "mode")
    assert rows == [("summit", "Li Ping", "virtual")]


def test_a_congress_streamed_online_is_no_online_congress(extract):
    body = "Li Ping attended the congress of the Patriotic Front in Lusaka, which was streamed online on Monday."
    rows = _rows(_events(extract, body, "2024-06-08"), "kind", "actor", "places", "mode")
    assert rows == [("summit", "Li Ping", "ZMB", "visit")]


# 3. A speaker who "told the <gathering>" of a gathering report's lead is its attendee by any lower-case gathering
# word (event_lead read ten of them); a body's capitalised name is no gathering.


def _told(extract, word: str, told: str) -> list[tuple]:
    text = (f"African parties meet in Nairobi for governance {word}\n\nNAIROBI, June 10 (Xinhua) -- Officials of "
            f"political parties from 40 African countries on Tuesday opened a {word} on governance in the Kenyan "
            "capital. Kofi Mensah, vice chairman of the Ghana Unity Party, "
            f"told {told} that parties should learn from each other.\n")
    return sorted((e["kind"], e["actor"], e["places"]) for e in extract(text, "2025-06-12")["events"])


def test_a_speaker_who_told_the_plenum_attended_it(extract):
    assert _told(extract, "plenum", "the plenum") == [("summit", "Kofi Mensah", "KEN")]


def test_a_speaker_who_told_the_assembly_attended_it(extract):
    assert _told(extract, "assembly", "the assembly") == [("summit", "Kofi Mensah", "KEN")]


def test_a_speaker_who_told_the_national_assembly_attended_nothing(extract):
    assert _told(extract, "assembly", "the National Assembly") == []


# 4. A gathering attended under a common word is the one told just before, by any lower-case gathering word
# (event_report read nine of them), where that one was; not one held by video.


def _attended_after(extract, word: str) -> list[tuple]:
    body = (f"Tian Wenbo attended the opening of the Africa Party {word.title()} in Nairobi on Monday. Kofi Mensah, "
            f"vice chairman of the Ghana Unity Party, also attended the {word} on Tuesday.")
    return _rows(_events(extract, body, "2025-06-12"), "actor", "places")


def test_the_congress_attended_after_one_told_in_nairobi_is_there(extract):
    assert ("Kofi Mensah", "KEN") in _attended_after(extract, "congress")


def test_the_plenum_attended_after_one_told_in_nairobi_is_there(extract):
    assert ("Kofi Mensah", "KEN") in _attended_after(extract, "plenum")


def test_the_webinar_attended_after_one_told_in_nairobi_is_nowhere(extract):
    assert ("Kofi Mensah", "") in _attended_after(extract, "webinar")


# 5. A title before a form of address and a name is read however the address is written: its check of the text's
# last word is made from the same words as the title pattern ("Mr." was missed while "Dr." was read).


def _posts(extract, body: str) -> list[tuple]:
    rows = extract(f"Report on talks\n\n{body}\n", "2024-01-02")["positions"]
    return sorted((p["person"], p["title"]) for p in rows)


def test_a_minister_written_with_mr_and_a_full_stop_holds_the_post(extract):
    body = "Nairobi -- Kenyan Foreign Minister Mr. Kwame Asante met Li Ping on Monday."
    assert ("Kwame Asante", "Foreign Minister") in _posts(extract, body)


def test_a_minister_written_with_mrs_and_a_full_stop_holds_the_post(extract):
    body = "Nairobi -- Kenyan Foreign Minister Mrs. Jane Asante met Li Ping on Monday."
    assert ("Jane Asante", "Foreign Minister") in _posts(extract, body)


def test_a_name_after_mr_alone_holds_no_post(extract):
    body = "Nairobi -- Mr. Kwame Asante met Li Ping on Monday."
    assert not any(person == "Kwame Asante" for person, _ in _posts(extract, body))


# 6. "led by" (names._LED_BY) read "Prof", "Dr", "Mr", "Ms" but not "Mrs" before a name; the title pattern reads
# "Mrs" there already, so the name is the same either way (now both read the courtesy titles of name_posts).


def test_a_delegation_led_by_mrs_x_is_hers(extract):
    for title in ("Mrs", "Mrs.", "Ms."):
        body = f"A delegation of the Ghana Unity Party led by {title} Ama Boateng arrived in Beijing on Monday."
        assert _rows(_events(extract, body, "2024-01-02"), "kind", "actor") == [("visit", "Ama Boateng")]


# 7. One word after a form of address, with a speech verb or a post after it, is a person's surname (name_single):
# after "Dr" as after "Mr" and "Ms", the courtesy titles of name_posts; not without the verb or post.


def _people_of(extract, body: str) -> set[str]:
    rows = extract(f"Report on talks\n\n{body}\n", "2024-01-02")["mentions"]
    return {m["name"] or m["text"] for m in rows if m["kind"] == "person"}


def test_dr_and_one_word_before_said_is_a_person(extract):
    for title in ("Dr.", "Dr"):
        body = (f"Li Ping met a delegation of the Ghana Unity Party in Beijing on Monday. {title} Boateng said the two "
                "parties would train cadres together.")
        assert "Boateng" in _people_of(extract, body)


def test_dr_and_one_word_with_no_verb_after_is_no_person(extract):
    body = ("Li Ping met a delegation of the Ghana Unity Party in Beijing on Monday. The parties discussed Dr. "
            "Boateng's book on cadre training.")
    assert "Boateng" not in _people_of(extract, body)
