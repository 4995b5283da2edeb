"""People's names as the genre writes them: Korean and Vietnamese names by their shape, Lao,
Cambodian, African and Western names by the post written before or after them, names broken
by a hard line wrap, and authors on bylines. Every sentence is written for these tests."""
import pytest
from liaison.load.bylines import authors, find_bylines
from readout_rows import en_events, zh_events

HEAD = "Party delegation visit\n\n"  # a headline, so the sentence below is body prose


def _people(rows) -> list[tuple[str, str, str]]:
    return [(m["text"], m["name"], m["cue"]) for m in rows["mentions"] if m["kind"] == "person"]


def _person_spans(rows) -> dict[str, tuple[int, int]]:
    return {m["text"]: (m["start"], m["end"]) for m in rows["mentions"] if m["kind"] == "person"}


POSITIVE = [
    # Korean: three parts, or a hyphenated given name; no cue needed.
    ("PYONGYANG, April 2 (KCNA) -- Pak Myong Chol received the Chinese guests at the airport on Sunday.",
     "Pak Myong Chol", "korean"),
    ("The visitors laid a wreath, and Choe Myong Sik thanked them for the gesture.", "Choe Myong Sik", "korean"),
    ("A message of sympathy was sent to Jon Hyok-chol on the occasion.", "Jon Hyok-chol", "korean"),
    ("Officials close to Ri Il-hwan described the talks as frank.", "Ri Il-hwan", "korean"),
    ("The banquet was hosted by the department, and O Su Yong proposed a toast.", "O Su Yong", "korean"),
    # Vietnamese: three or four words, accented or not.
    ("HANOI, Oct. 3 (VNA) -- Pham Van Hoa welcomed the Chinese party official.", "Pham Van Hoa", "vietnamese"),
    ("The guests were also received by Bùi Thanh Sơn at the government office.", "Bùi Thanh Sơn", "vietnamese"),
    ("A reception was given by Truong Thi Mai for the visiting delegation.", "Truong Thi Mai", "vietnamese"),
    ("Both sides praised the work of Nguyen Thi Kim Ngan in building ties.", "Nguyen Thi Kim Ngan", "vietnamese"),
    # Burmese: an honorific and two or three syllables, or three or four syllables alone.
    ("YANGON, May 3 (Xinhua) -- The visitors were seen off by U Kyaw Tint at the airport.", "U Kyaw Tint",
     "burmese"),
    ("Officials said Daw Khin Mar Aye would also attend the talks.", "Daw Khin Mar Aye", "burmese"),
    ("The letter praised Thura Aung Zaw for his work on the border trade.", "Thura Aung Zaw", "burmese"),
    # A post before the name, with the organisation in between or in lower case.
    ("CPV General Secretary Vu Khanh held talks with the guests on Wednesday.", "Vu Khanh", "title"),
    ("SWAPO Secretary-General Sophia Shaningwa welcomed the deepening of party ties.", "Sophia Shaningwa", "title"),
    ("The gathering was opened by the party's chairman Tendai Moyo in Harare.", "Tendai Moyo", "title"),
    ("The letter was handed over by deputy head Li Jinrong of the department.", "Li Jinrong", "pinyin"),
    ("Politburo member Vongsay Keomany attended the signing ceremony.", "Vongsay Keomany", "title"),
    ("Liu met the President of Laos Sonexay Thammavong in the capital on Friday.", "Sonexay Thammavong", "title"),
    ("The Chinese visitors called on Samdech Techo Hun Makara at the Peace Palace.", "Hun Makara", "title"),
    # A post after the name: lower case, organisation first, or capitalised as Hanoi and Vientiane write it.
    ("Lindiwe Dlamini, the ANC treasurer-general and a former minister, hosted the event.",
     "Lindiwe Dlamini", "appositive"),
    ("Bounsong Phimmasone, LPRP Politburo member, held talks with the delegation.", "Bounsong Phimmasone",
     "appositive"),
    ("The delegation met Chanthy Sokun, Vice President of the Cambodian People's Party, in Phnom Penh.",
     "Chanthy Sokun", "appositive"),
    ("A dinner was given by Mok Sam An, Chairwoman of the Friendship Association, for the guests.",
     "Mok Sam An", "appositive"),
    ("The talks were chaired by Sok Chenda In, Vice President of the Senate, in Phnom Penh.",
     "Sok Chenda In", "appositive"),
    ("Jorge Almeida, alternate member of the party's Political Commission, also spoke.", "Jorge Almeida",
     "appositive"),
    # A name between commas after the clause that gives the post.
    ("KATHMANDU - UML spokesperson, Ramesh Adhikari, said the talks had been cordial.", "Ramesh Adhikari", "title"),
    ("He was received by First Secretary of the Workers' Party (PT), Alicia Ferreyra, and two ministers.",
     "Alicia Ferreyra", "title"),
    ("Later he will call on speaker of the People's Assembly, Rosa Delgado, at the parliament.", "Rosa Delgado",
     "title"),
    # A lower-case portfolio after the post; a comrade's honorific is no part of the name.
    ("The ruling party's secretary for youth affairs Tapiwa Moyo saw the students off.", "Tapiwa Moyo", "title"),
    ("The group is led by national chairperson Cde Rutendo Sibanda, who briefed reporters.", "Rutendo Sibanda",
     "title"),
    # A post then a name that a run of capitals (an organisation) had swallowed.
    ("The Chinese official met President of the Alliance of Progressive Democrats Henrik Falk Olsen on Monday.",
     "Henrik Falk Olsen", "title"),
    # Initials as Mongolian, Kazakh and Sri Lankan copy writes them, and a middle initial.
    ("The session was opened by Speaker of Parliament B.Batbold on Monday.", "B.Batbold", "title"),
    ("The guests met the chairman of the Standing Committee on Budget of the Parliament of Mongolia Ts.Dashdorj.",
     "Ts.Dashdorj", "title"),
    ("They called on Minister of External Affairs R.M. Perera and Minister for Trade Sunil Silva in Colombo.",
     "R.M. Perera", "title"),
    ("They called on Minister of External Affairs R.M. Perera and Minister for Trade Sunil Silva in Colombo.",
     "Sunil Silva", "title"),
    ("Head of the Friendship Group Anna K. Horvath welcomed the delegation.", "Anna K. Horvath", "title"),
    # A portfolio between the post and the name is no part of the name; nor is a possessive.
    ("He also met Secretary Defence Nimal Perera at the ministry.", "Nimal Perera", "title"),
    ("National Assembly Vice-Chairperson Sita Kumari Rai welcomed them at the airport.", "Sita Kumari Rai", "title"),
    ("The seminar studied party leader Tendai Moyo's speech on land reform.", "Tendai Moyo", "title"),
    # Arabic particles; a post over a ruling party with its acronym; "Leader" and "HE" before a name.
    ("The guests conveyed greetings to President Bashar al-Assad in Damascus.", "Bashar al-Assad", "title"),
    ("Secretary-General of Tunisia's ruling Progress Party (TPP) Karim Yousuf el-Masri met the delegation.",
     "Karim Yousuf el-Masri", "title"),
    ("The visitors met Kenyan President and Unity Alliance Leader Daniel Kiprono in Nairobi.", "Daniel Kiprono",
     "title"),
    ("The delegation also included HE Qi Zhenming Ambassador of China and two officials.", "Qi Zhenming", "title"),
    ("The talks were chaired by the party's Foreign Affairs Department Convener Ravi Menon.", "Ravi Menon", "title"),
    # "his deputy", a photo caption's position before an appositive, a person's verb.
    ("The delegation met the president and his deputy Samuel Kiprop in Nairobi.", "Samuel Kiprop", "led by"),
    ("Amina Yusuf (2nd L), secretary general of the party, meets the guests in Abuja.", "Amina Yusuf",
     "appositive"),
    ("In reply, Bounmy Phommachanh thanked the Chinese side for its support.", "Bounmy Phommachanh", "speech"),
    # Khmer honorifics, however many, are no part of the name; nor is "H.E.".
    ("They were received by Samdech Akka Moha Ponhea Chakrei Chea Sophara at the National Assembly.",
     "Chea Sophara", "title"),
    # An invented royal: the real king is now a people.csv row, found by reference (test_people_variants).
    ("The envoy was granted an audience by His Majesty Preah Bat Samdech Preah Boromneath Norodom Sovannara.",
     "Norodom Sovannara", "title"),
    ("They were greeted by Samdech Chaufea Veang Kong Sam Ol at the airport.", "Kong Sam Ol", "title"),
    ("H.E. Maria Santos lauded the progress of the programme.", "Maria Santos", "title"),
    ("Visiting H.E. Ms. Sun Chunmei conveyed greetings from Beijing.", "Sun Chunmei", "pinyin"),
    # A name that runs into its verb after the clause giving the post.
    ("The head of the party's international department, Carlos Ruiz Mendez described the talks as useful.",
     "Carlos Ruiz Mendez", "title"),
    # Initials without dots, as Indian copy writes them; "MP" as a post; a lower-case governor.
    ("The talks were led by general secretary P K Menon of the party.", "P K Menon", "title"),
    ("The group included Rajya Sabha MP Arvind Nair and two aides.", "Arvind Nair", "title"),
    ("They will call on the state governor, Lata Devi, on Friday.", "Lata Devi", "title"),
    ("He met the President of the republic Julio Mendoza and the foreign minister.", "Julio Mendoza", "title"),
    # A post after "H.E."; a faction's name between the post and the name.
    ("He will also meet H.E. Deputy Prime Minister Chan Sokha in the capital.", "Chan Sokha", "title"),
    ("They met Head of the National Assembly Unity Faction Aram Petrosyan on Friday.", "Aram Petrosyan", "title"),
    # Pinyin with ü written "yu": the department's own site spells the vice-minister so.
    ("The visitors were welcomed by Lyu Jianmin and other officials.", "Lyu Jianmin", "pinyin"),
]


@pytest.mark.parametrize(("sentence", "name", "cue"), POSITIVE)
def test_genre_names_are_found_with_their_offsets(extract, sentence, name, cue):
    rows = extract(HEAD + sentence, "2024-04-02")
    assert (name, name, cue) in _people(rows)
    start = rows["text"].index(name)
    assert _person_spans(rows)[name] == (start, start + len(name))


def test_accented_and_plain_spellings_are_one_person(extract):
    text = HEAD + "General Secretary Lê Văn Sơn met the guests. Later, General Secretary Le Van Son saw them off."
    rows = extract(text, "2024-04-02")
    spellings = ("Lê Văn Sơn", "Le Van Son")
    ids = {m["entity_id"] for m in rows["mentions"] if m["kind"] == "person" and m["text"] in spellings}
    assert ids == {"person:le-van-son"}


def test_korean_short_form_is_the_surname(extract):
    rows = extract(HEAD + "Kim Song Chol met the delegation. Kim said the two parties were close.", "2024-04-02")
    assert ("Kim", "Kim Song Chol", "surname") in _people(rows)


def test_name_broken_by_a_hard_wrap(extract):
    text = (HEAD + "The two sides held talks in the capital on Tuesday, and the delegation of the\n"
            "party was received by Zhou Haibo and then by Tran Quang\nPhuong at the guest house.\n")
    rows = extract(text, "2024-04-02")
    start = text.index("Tran Quang\nPhuong")
    assert ("Tran Quang\nPhuong", "Tran Quang Phuong", "vietnamese") in _people(rows)
    assert _person_spans(rows)["Tran Quang\nPhuong"] == (start, start + len("Tran Quang\nPhuong"))
    wrapped = (HEAD + "The delegation, which arrived in the capital on Monday, was received by Zhou\n"
               "Mingyuan and other officials.\n")
    assert ("Zhou\nMingyuan", "Zhou Mingyuan", "pinyin") in _people(extract(wrapped, "2024-04-02"))


def test_a_short_line_is_no_wrapped_name(extract):
    """A heading ending in a surname does not run into the next line's first word."""
    rows = extract("Talks with Wang\nYang said the visit went well, and the delegation left on Friday.\n",
                   "2024-04-02")
    assert not [p for p in _people(rows) if "\n" in p[0]]


def test_organisation_before_a_name_keeps_the_name(extract):
    text = (HEAD + "On Monday he met Deputy Head of the CPV Central Committee's Commission for External Relations "
            "Pham Quoc Hung in Hanoi.")
    rows = extract(text, "2024-04-02")
    assert ("Pham Quoc Hung", "Pham Quoc Hung", "vietnamese") in _people(rows)
    assert not [m for m in rows["mentions"] if m["kind"] == "organization" and "Hung" in m["text"]]


def test_names_listed_after_a_plural_post(extract):
    text = (HEAD + "Senior leaders Hari Prasad Koirala, Sita Devi Rai, Binod Thapa and Kamala Gurung attended "
            "the talks, while Cdes Farai Ncube (National Commissar), Tariro Banda (Women's League secretary) "
            "Kuda Mlambo (Youth secretary) travelled with the chairperson.")
    found = {name for _, name, _ in _people(extract(text, "2024-04-02"))}
    assert {"Hari Prasad Koirala", "Sita Devi Rai", "Binod Thapa", "Kamala Gurung", "Farai Ncube", "Tariro Banda",
            "Kuda Mlambo"} <= found
    assert not [n for n in found if "Cde" in n or "Commissar" in n]


def test_names_listed_before_a_plural_post(extract):
    text = HEAD + "The meeting was attended by Samir al-Khoury and Nadia Haddad, members of the party's leadership."
    found = {n for _, n, _ in _people(extract(text, "2024-04-02"))}
    assert {"Samir al-Khoury", "Nadia Haddad"} <= found


def test_names_listed_with_an_ampersand(extract):
    text = HEAD + "The party's national secretaries K. Raman & Suresh Pillai joined the delegation."
    assert {"K. Raman", "Suresh Pillai"} <= {n for _, n, _ in _people(extract(text, "2024-04-02"))}


def test_a_double_surname_alone_is_the_full_name_given_earlier(extract):
    text = (HEAD + "The head of the department, Emilio Ruiz Mendez, met the guests. "
            "Ruiz Mendez said the talks were useful, and Presidents Ana Torres and Wang Wenming were thanked.")
    people = _people(extract(text, "2024-04-02"))
    assert ("Ruiz Mendez", "Emilio Ruiz Mendez", "speech") in people
    assert "Ana Torres" in {n for _, n, _ in people}


def test_a_singular_post_lists_names_only_when_the_list_closes_with_and(extract):
    closed = HEAD + "The Chinese side met leader Ram Bahadur Thapa, Gita Sharma and Prakash Oli on Monday."
    found = {n for _, n, _ in _people(extract(closed, "2024-04-02"))}
    assert {"Ram Bahadur Thapa", "Gita Sharma", "Prakash Oli"} <= found
    open_ = HEAD + "Their host was chairman Jonas Maseko, Central Region, which the delegates toured."
    assert [n for _, n, _ in _people(extract(open_, "2024-04-02"))] == ["Jonas Maseko"]


NEGATIVE = [
    "The Workers' Party of Korea and its Central Committee sent a message to the congress.",
    "The talks were held at the Great Hall of the People in May.",
    "Kim Il Sung Square was decorated with flags for the anniversary.",
    "Delegates visited Ho Chi Minh City and the Ho Chi Minh Mausoleum on Thursday.",
    "The Head of State Visit Programme was announced on Monday.",
    "Ha Long Bay and Dong Nai Province attract many visitors.",
    "In March, Central Committee members met. On Tuesday, Political Bureau members spoke.",
    "Meanwhile, Foreign Affairs Committee chairs met in Geneva.",
    "To Boost Party Ties, Delegates Meet in Vientiane",
    "Le Monde Diplomatique published a long report on the congress.",
    # A leader's name inside the name of an academy, a school or an airport.
    "Lecturers of the Ho Chi Minh National Academy of Politics hosted the seminar.",
    "Trainees gathered at the Mwalimu Julius Nyerere Leadership Academy on Monday.",
    "The minister, visiting Hanoi, Ho Chi Minh City and Hue, praised the workshop.",
    "Delegates toured the Shwe Dagon Pagoda and the Aung San Stadium before leaving.",
    "The Aung San era shaped the party, Win said.",
    "In its statement, the Workers' Party praised the outcome of the talks.",
    "Afterwards, the Foreign Ministry reiterated its position on the matter.",
    "Visiting Chinese Minister Applauds Voters’ Decision",
    # A parliament or a news agency where a name would stand.
    "The guests were received by the chairman of the State Duma in Moscow.",
    "The spokesman told Prensa Latina that the visit had gone well.",
    "The speaker of the National Assembly of People’s Power (Parliament) opened the session.",
    "Officials in the U.S. Congress criticised the visit.",
]


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_bodies_places_and_capitalised_words_are_no_people(extract, sentence):
    assert _people(extract(HEAD + sentence, "2024-04-02")) == []


BYLINES = [
    ("By WANG XIAOMEI (China Daily)", ["Wang Xiaomei"]),
    ("By Wang Xiaomei | China Daily | Updated: 2024-04-02 07:12", ["Wang Xiaomei"]),
    ("Members of the delegation tour a farm near the city. [By LI HUAN/CHINA DAILY]", ["Li Huan"]),
    ("By Xinhua writers Tang Ke and Maria Lopez", ["Tang Ke", "Maria Lopez"]),
    ("By DAVID OKELLO in Nairobi", ["David Okello"]),
    ("新华社北京4月2日电（记者 王晓梅 刘欢）", ["王晓梅", "刘欢"]),
    ("记者 孙立", ["孙立"]),
    ("Guests tour the new port in Tema, Ghana, May 3, 2024. (Xinhua/Zhou Peng)", ["Zhou Peng"]),
    ("Visitors at the exhibition hall. Photo: Gao Wen/GT", ["Gao Wen"]),
    ("(Web editor: Sun Lei, Hu Min)", ["Sun Lei", "Hu Min"]),
]


def test_a_photo_credit_does_not_block_a_surname(extract):
    """The photographer shares the minister's surname; "Li" is still the minister."""
    text = (HEAD + "Li Wenhua meets guests in Accra, May 3, 2024. (Xinhua/Li Peng)\n\n"
            "Li Wenhua led the delegation. Li said the two parties were close.")
    people = _people(extract(text, "2024-05-04"))
    assert ("Li", "Li Wenhua", "surname") in people
    assert ("Li Peng", "Li Peng", "byline") in people


@pytest.mark.parametrize(("line", "names"), BYLINES)
def test_bylines_give_authors(line, names):
    assert authors(line) == "|".join(names)
    for byline in find_bylines(line):
        assert line[byline.start : byline.end] == byline.text


@pytest.mark.parametrize("line", ["By comparing the two systems, the scholars found much in common.",
                                  "By 2035, the plan is to double trade.", "By The Staff", "记者从中联部获悉"])
def test_sentences_starting_with_by_have_no_author(line):
    assert authors(line) == ""


def test_sidecar_authors_win(tmp_path):
    assert authors("By WANG XIAOMEI (China Daily)", ["Ana Ruiz", "Tom Ode"]) == "Ana Ruiz|Tom Ode"


def test_authors_are_byline_mentions_and_not_short_form_namesakes(extract):
    text = ("Party school hosts visitors\n\nBy ZHAO MINGYU (China Daily)\n\n"
            "Zhao Lijuan, head of the school, met the visitors on Monday. Zhao said the exchange was useful.\n")
    rows = extract(text, "2024-04-02")
    people = _people(rows)
    assert ("ZHAO MINGYU", "Zhao Mingyu", "byline") in people
    assert ("Zhao", "Zhao Lijuan", "surname") in people  # the author is no namesake of the subject


def test_corpus_fills_authors(tmp_path):
    from liaison.load.corpus import load_corpus

    (tmp_path / "a.txt").write_text("Party school hosts visitors\n\nBy ZHAO MINGYU (China Daily)\n\n"
                                    "The school hosted a delegation of party officials on Monday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Delegation visits farm\n\nThe delegation visited a farm on Monday.\n",
                                    encoding="utf-8")
    (tmp_path / "b.meta.yaml").write_text("authors: [Ana Ruiz]\n", encoding="utf-8")
    docs = load_corpus(tmp_path).documents.set_index("doc_id")
    assert docs.loc["a", "authors"] == "Zhao Mingyu"
    assert docs.loc["b", "authors"] == "Ana Ruiz"


def test_title_cased_headline_keeps_a_pinyin_name(extract):
    rows = extract("Zhou Haibo Meets Lao Party Delegation\n\nThe meeting took place in Beijing on Monday.\n",
                   "2024-04-02")
    assert ("Zhou Haibo", "Zhou Haibo", "pinyin") in _people(rows)


def test_name_after_a_long_organisation(extract):
    text = HEAD + ("Minister of Foreign Affairs and International Cooperation of Cambodia Rath Sovann attended "
                   "the talks, and Comrade Le Duan Street was mentioned as the venue.")
    people = _people(extract(text, "2024-04-02"))
    assert ("Rath Sovann", "Rath Sovann", "title") in people
    assert not [p for p in people if "Duan" in p[0] or "Cambodia" in p[0] or "Affairs" in p[0]]


def test_surname_in_capitals(extract):
    text = HEAD + "Samdech Techo SOK Vanna received H.E. WANG Lihua and the ANC Secretary on Monday."
    people = _people(extract(text, "2024-04-02"))
    assert ("SOK Vanna", "Sok Vanna", "title") in people
    assert ("WANG Lihua", "Wang Lihua", "pinyin") in people
    assert not [p for p in people if "ANC" in p[0]]


# Foreign leaders the department meets, known from people.csv: named bare, with no post, they are still
# found, and the event keeps them on their side.
def _sides_of(events: list[dict]) -> list[tuple[str, str, str, str, str]]:
    return [(e["kind"], e["actor"], e["counterpart"], e["places"], e["start"]) for e in events]


def test_a_bare_vietnamese_two_word_leader_is_the_counterpart(extract):
    body = "HANOI, March 4 -- Zhou Mingyuan met with To Lam in Hanoi on Tuesday, and both sides pledged closer ties."
    assert _sides_of(en_events(extract, body, "2026-03-05")) == [
        ("meeting", "Zhou Mingyuan", "To Lam", "VNM", "2026-03-03")]


def test_a_bare_lao_leader_is_the_host(extract):
    body = "VIENTIANE, June 2 -- Sonexay Siphandone received Zhao Ming, a visiting party official, on Monday."
    assert _sides_of(en_events(extract, body, "2025-06-03")) == [
        ("meeting", "Sonexay Siphandone", "Zhao Ming", "LAO", "2025-06-02")]


def test_an_honorific_before_a_known_khmer_name_is_not_part_of_it(extract):
    body = "PHNOM PENH, Oct 8 -- Samdech Hun Manet held talks with Zhao Ming, who led a party delegation, on Tuesday."
    assert _sides_of(en_events(extract, body, "2024-10-09")) == [
        ("meeting", "Hun Manet", "Zhao Ming", "KHM", "2024-10-08")]


def test_a_known_foreign_leader_in_chinese_is_the_host(extract):
    text = "会见\n\n新华社金边5月6日电 5月6日，洪森会见了周明远。\n"
    assert [(e[0], e[1], e[2], e[3], e[4]) for e in zh_events(extract, text, "2024-05-07")] == [
        ("meeting", "Hun Sen", "周明远", "KHM", "2024-05-06")]


def test_a_transliteration_and_its_original_in_brackets_are_one_person(extract):
    rows = extract("访问\n\n老挝外交部长通沙万·丰威汉（Thongsavanh Phomvihane）会见了代表团。\n", "2025-07-10")
    people = {(m["text"], m["entity_id"]) for m in rows["mentions"] if m["kind"] == "person"}
    assert people == {("通沙万·丰威汉", "person:thongsavanh-phomvihane"),
                      ("Thongsavanh Phomvihane", "person:thongsavanh-phomvihane")}
