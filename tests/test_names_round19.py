"""English names round 19: bare names listed beside a person a cue found ("Dr. A B, C D and E F
attended"), and a name a title introduces whose last word is a country's ("Prime Minister
Shyam Kumar Nepal"). Every sentence is written for these tests."""
import pytest
from readout_rows import en_events, en_people, fields_of


def _kinds(extract, body: str) -> dict[str, str]:
    rows = extract(f"Report on talks\n\n{body}\n", "2025-05-04")["mentions"]
    return {m["text"]: m["kind"] for m in rows}


@pytest.mark.parametrize("body, expected", [
    # After a name with a title: the bare names that follow it in the list.
    ("Dr. Kamal Perera, Nimal Fonseka, Ruwan Dias and Chaminda Herath from the alliance attended the talks.",
     {"Kamal Perera", "Nimal Fonseka", "Ruwan Dias", "Chaminda Herath"}),
    # Before and after: "were A B, Dr. C D and E F".
    ("Representing the front were Vijaya Kumara, Dr. Lalith Jayasena and Sunil Weeraratne.",
     {"Vijaya Kumara", "Lalith Jayasena", "Sunil Weeraratne"}),
    # After a known person, the list closed by a title (Pushpa Kamal Dahal kept on purpose: a curated name, found bare).
    ("The ambassador called on Pushpa Kamal Dahal, Gopal Bahadur Karki and President Shiva Chandra Adhikari.",
     {"Pushpa Kamal Dahal", "Gopal Bahadur Karki", "Shiva Chandra Adhikari"}),
])
def test_listed_bare_names(extract, body, expected):
    assert en_people(extract, body, "2025-05-04") == expected


@pytest.mark.parametrize("body, name", [
    ("Former Prime Minister Shyam Kumar Nepal received the Chinese delegation on Monday.", "Shyam Kumar Nepal"),
    ("The delegation met Senior Leader Shyam Kumar Nepal at his residence in Kathmandu.", "Shyam Kumar Nepal"),
    ("Zhou met Prime Minister Hari Prasad Koirala, Shyam Kumar Nepal and President Shiva Chandra Adhikari in "
     "Kathmandu.",
     "Shyam Kumar Nepal"),
])
def test_name_ending_in_a_country(extract, body, name):
    assert name in en_people(extract, body, "2025-05-04")
    assert _kinds(extract, body).get(name) == "person"


def test_name_ending_in_a_country_meets(extract):
    body = "KATHMANDU, May 3 -- Former Prime Minister Shyam Kumar Nepal met Zhou Mingyuan in Kathmandu on Saturday."
    assert fields_of(en_events(extract, body, "2025-05-04"), "kind", "actor", "counterpart") == [
        ("meeting", "Shyam Kumar Nepal", "Zhou Mingyuan")]


@pytest.mark.parametrize("body, not_people", [
    # The country a post names stays a place.
    ("He met the Prime Minister of Nepal in Kathmandu on Tuesday.", {"Nepal"}),
    # A place before a found name is no list item.
    ("On Monday in San Marcos, Amb. Li Wen, vice president of the institute, met the guests.", {"San Marcos"}),
    # Places listed after a place word: no people, even where a name shape follows.
    ("The minister led officials of four provinces – Ca Mau, Ninh Thuan, Nam Dinh and Vinh Long – to China.",
     {"Nam Dinh", "Vinh Long"}),
    # A body, a party, a ship, a title and a country after a found name.
    ("Zhou Mingyuan, Kathmandu Post editors and Nepal Army officers attended.", {"Kathmandu Post", "Nepal Army"}),
    ("Li Wentao met Prime Minister Hari Prasad Koirala, Communist Party of Nepal chairman, in Beijing.",
     {"Communist Party of Nepal", "Nepal"}),
    ("Zhou Mingyuan, Sri Lanka and India were named in the statement.", {"Sri Lanka", "India"}),
    ("Zhou Mingyuan, Foreign Minister and Secretary General attended.", {"Foreign Minister", "Secretary General"}),
    ("Zhou Mingyuan, the crew of the ship Peace Ark and Navy officers attended.", {"Peace Ark", "Navy"}),
    ("Prime Minister Hari Prasad Koirala toured the port, the vessel Ocean Star and the ship Peace Ark.",
     {"Ocean Star", "Peace Ark"}),
    ("Prime Minister Hari Prasad Koirala, Nepali Congress and Rastriya Prajatantra Party leaders attended.",
     {"Nepali Congress", "Rastriya Prajatantra Party"}),
])
def test_list_items_that_are_no_people(extract, body, not_people):
    assert not en_people(extract, body, "2025-05-04") & not_people


@pytest.mark.parametrize("body, expected", [
    # A lower-case post after the comma.
    ("The delegation met Tomas Ruiz Vega, presidential adviser for investments, in Managua.", {"Tomas Ruiz Vega"}),
    ("The guests were Scott Marsh, labor secretary, and Pamela Sefer, international secretary.",
     {"Scott Marsh", "Pamela Sefer"}),
    # A capitalised post, with a body's possessive before it.
    ("Zhou met Maria Lopez, Mayor of Lima, on Friday.", {"Maria Lopez"}),
    ('"We agreed to work together," Oda Gasana, RPF\'s Commissioner in Charge of Foreign Relations, said.',
     {"Oda Gasana"}),
    # Posts in brackets after each name of a list.
    ("Present were officials who included Nelson Okoth (Chairman), Peter Kamau (Secretary General) and "
     "John Mwangi (Deputy Chairman).", {"Nelson Okoth", "Peter Kamau", "John Mwangi"}),
])
def test_names_before_posts(extract, body, expected):
    assert en_people(extract, body, "2025-05-04") == expected


@pytest.mark.parametrize("body", [
    "In New York, the mayor said the talks went well.",
    "The visitors met in Central Java, the governor of the province, and staff of the Foreign Ministry (Secretary).",
    "The Communist Party of Vietnam, its general secretary and the Xinhua News Agency, secretary of the board, agreed.",
    "The Golden Dragon, flagship of the fleet, and the Ocean Pearl (Commissioner class) docked at the port.",
])
def test_posts_after_things_name_no_one(extract, body):
    assert en_people(extract, body, "2025-05-04") == set()


@pytest.mark.parametrize("body, expected", [
    # "Amb." before a name, after a post.
    ("The Prime Minister was assisted by Foreign Secretary Amb. Anwar Baloch and two aides.", {"Anwar Baloch"}),
    # Mayor / Governor of a place, the name where the capitals end; a prefecture is the place's.
    ("They met the Mayor of the City of Bonn Walter Lembe on Friday.", {"Walter Lembe"}),
    ("Liu also met the Governor of Nagano Prefecture Kenji Hattori in the afternoon.", {"Kenji Hattori"}),
    # A pinyin name with a title inside a run of capitals: the body is cut before the name.
    ("Vice President Chen Chuxin of the Fujian Provincial Friendship Association met the guests.", {"Chen Chuxin"}),
    # A delegation's members listed after "includes"/"comprised".
    ("The delegation includes Malik Rehman, Hasan Mirza, Nida Khalid, and Qasim Naveed Qamar.",
     {"Malik Rehman", "Hasan Mirza", "Nida Khalid", "Qasim Naveed Qamar"}),
    ("The team comprised Farah Nasir, Bilal Ashraf and Sana Javed.", {"Farah Nasir", "Bilal Ashraf", "Sana Javed"}),
    ("Members of the visiting group included Tariq Salim, Amna Rauf and Kashif Iqbal.",
     {"Tariq Salim", "Amna Rauf", "Kashif Iqbal"}),
])
def test_titles_and_group_lists(extract, body, expected):
    assert en_people(extract, body, "2025-05-04") == expected


@pytest.mark.parametrize("body", [
    "The Mayor of Lima received the delegation.",
    "The Governor of the Central Bank of Kenya spoke at the forum.",
    "The delegation includes Foreign Affairs, Trade and Defence officials.",
    "The programme includes Beijing, Shanghai and Xian.",
    "The delegation included Party Central Committee, Youth League and Women Federation cadres.",
])
def test_titles_and_group_lists_name_no_one(extract, body):
    assert en_people(extract, body, "2025-05-04") == set()


@pytest.mark.parametrize("body, expected", [
    ("The visiting delegation, including Omar Rehman, Hasan Mirza and Nida Khalid, toured the zone.",
     {"Omar Rehman", "Hasan Mirza", "Nida Khalid"}),
    ("Members of the delegation: Omar Rehman, Hasan Mirza, Nida Khalid and Qasim Qamar.",
     {"Omar Rehman", "Hasan Mirza", "Nida Khalid", "Qasim Qamar"}),
    ("Present at the meeting were: Omar Rehman, Hasan Mirza and Nida Khalid.",
     {"Omar Rehman", "Hasan Mirza", "Nida Khalid"}),
])
def test_group_lists_after_colon_or_including(extract, body, expected):
    assert en_people(extract, body, "2025-05-04") == expected


@pytest.mark.parametrize("body", [
    "The delegation visited three provinces: Hoa Binh, Ninh Thuan and Lao Cai.",
    "The delegation members noted: Economic Cooperation, Green Growth and People Exchanges are priorities.",
    "Time: 10:30, Venue: Great Hall, Host: Party School",
])
def test_group_lists_name_no_one(extract, body):
    assert en_people(extract, body, "2025-05-04") == set()


@pytest.mark.parametrize("body, expected", [
    # One word after an honorific, with a post in apposition or a speech verb after it.
    ("The ambassador met Ms. Monteverde, Executive Director of the institute, in Santiago.", {"Monteverde"}),
    ("Ms. Caroleta, Co-chair of the friendship group, spoke at the dinner.", {"Caroleta"}),
    ("Mr. Kaboré said the visit was useful.", {"Kaboré"}),
])
def test_one_word_names(extract, body, expected):
    assert en_people(extract, body, "2025-05-04") == expected


@pytest.mark.parametrize("body", [
    # A leader by one word before a day word (resolved to the known full name where there is one).
    "The envoy is expected to meet President Chikomba today.",
    "The envoy met President Chikomba yesterday in Harare.",
    "Vice Chairman Li will call on President Chikomba tomorrow.",
])
def test_one_word_leader_before_a_day(extract, body):
    assert any(p.endswith("Chikomba") for p in en_people(extract, body, "2025-05-04"))


@pytest.mark.parametrize("body", [
    "Mr. President, Ms. Chairperson, distinguished guests, welcome.",
    "They greeted Mr. Kaboré at the airport and thanked Ms. Speaker, the host.",
    "The word Mrs. Thatcher's legacy was not mentioned.",
])
def test_one_word_names_not_titles(extract, body):
    assert not en_people(extract, body, "2025-05-04") & {"President", "Chairperson", "Speaker", "Kaboré"}
