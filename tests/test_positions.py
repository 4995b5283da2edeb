"""Tenure claims: appositives, titles before names, careers, infobox fields, appointments."""
import pytest
from liaison.extract.pipeline import build_tables
from liaison.load.corpus import load_corpus

SEED_ROME = "000_d6caded5e31713c2"


@pytest.fixture(scope="module")
def positions():
    return build_tables(load_corpus("seeds")).positions


def _rows(frame, person, **where):
    rows = frame[frame.person == person]
    for column, value in where.items():
        rows = rows[rows[column] == value]
    return rows


def _one(frame, person, **where):
    rows = _rows(frame, person, **where)
    assert len(rows) == 1, f"{person} {where}: {len(rows)} rows"
    return rows.iloc[0]


@pytest.mark.parametrize("person, title, organization_id, status", [
    ("Song Tao", "head", "org:ild", "current"),  # "Song Tao, head of the CPC International Department"
    ("Song Tao", "vice-foreign minister", "", "ended"),  # "who is a former vice-foreign minister"
    ("Jia Guide", "ambassador to Italy", "place:CHN", "current"),  # "the Chinese ambassador to Italy, Jia Guide"
    ("Maria Tripodi", "Undersecretary", "", "current"),
    ("Wang Ning", "party boss", "place:CHN:yunnan", "current"),
    ("Wang Jian", "director", "org:institute-of-international-relations", "current"),
    ("Ma Xingrui", "Communist Party chief", "place:CHN:xinjiang", "current"),
    ("Liu Ning", "party chief", "place:CHN:guangxi", "current"),
    ("Wu Xingtang", "chief", "org:ild", "ended"),  # "a former chief of the department's policy research branch"
    ("Xu Liping", "researcher on Southeast Asian studies", "org:cass", "current"),
])
def test_appositives_and_titles(positions, person, title, organization_id, status):
    row = _one(positions, person, title=title)
    assert (row.organization_id, row.status) == (organization_id, status)


def test_career_list_gives_four_ended_posts(positions):
    rows = _rows(positions, "Liu Jianchao", doc_id=SEED_ROME, cue="career list")
    assert sorted(rows.title) == [
        "Director-General",
        "ambassador to Indonesia",
        "ambassador to the Philippines",
        "spokesperson",
    ]
    assert set(rows.status) == {"ended"}
    assert _one(rows, "Liu Jianchao", title="spokesperson").organization_id == "org:mfa_prc"


def test_post_with_a_date_range_is_ended_with_both_ends(positions):
    row = _one(positions, "Liu Jianchao", organization_id="org:fugitive_office")
    assert (row.title, row.start, row.end, row.status) == ("head", "2015-08", "2017-04", "ended")


def test_infobox_fields(positions):
    deputies = positions[(positions.cue == "infobox") & (positions.title == "deputy minister")]
    assert sorted(deputies.person) == ["Chen Zhou", "Li Mingxiang", "Lu Kang", "Sun Haiyan"]
    assert set(deputies.organization_id) == {"org:ild"}
    assert _one(positions, "Liu Jianchao", cue="infobox").title == "head"


def test_appointment_date_resolves_against_the_document_date(extract):
    """"Liu's appointment as the head ... in June last year", read in a copy dated 2023-06."""
    text = (load_corpus("seeds").documents.set_index("doc_id").at["001_086b57c32b2f9de0", "text"])
    rows = [p for p in extract(text, "2023-06")["positions"] if p["cue"] == "appointment"]
    assert [(p["person"], p["organization_id"], p["start"]) for p in rows] == [("Liu Jianchao", "org:ild", "2022-06")]


FIELDS = ("title", "organization_id", "start", "end", "status")


@pytest.mark.parametrize("key, person, expected", [
    ("hanoi", "Li Xiaoming", ("vice minister", "org:ild", "", "", "current")),  # the visit's dates are not the post's
    ("ghana", "Wang Dongmei", ("head", "org:ild", "", "", "current")),
    ("geneva", "Maria Fernandez", ("secretary general", "party:ps-chl", "", "", "current")),
    ("appointment", "Chen Yuhang", ("head", "org:ild", "2024-05", "", "current")),
    ("namesakes", "Zhang Lihua", ("researcher", "org:china-institute-of-international-studies", "", "", "current")),
    ("scmp", "Tang Wenhao", ("deputy head", "org:ild", "", "", "current")),
])
def test_agency_positions(key, person, expected, extract):
    rows = [p for p in extract(key)["positions"] if p["person"] == person and p["title"] == expected[0]]
    assert [tuple(p[f] for f in FIELDS) for p in rows] == [expected]


def test_coordinated_titles_are_two_posts(extract):
    rows = [(p["title"], p["organization_id"]) for p in extract("cambodia")["positions"]]
    assert ("party secretary", "place:CHN:jiangxi") in rows and len(rows) == 2


def test_previous_post_and_former_ambassador_are_ended(extract):
    assert [(p["title"], p["organization_id"], p["status"]) for p in extract("appointment")["positions"]
            if p["status"] == "ended"] == [("party secretary", "place:CHN:hainan", "ended")]
    assert [(p["title"], p["status"]) for p in extract("scmp")["positions"] if p["status"] == "ended"] == [
        ("ambassador to Fiji", "ended")]


def _posts(text):
    return {(p["person"], p["title"], p["organization"]) for p in _extract_rows(text)}


def _extract_rows(text):
    from conftest import _extract
    return _extract(text, "2025-03-04")["positions"]


def test_a_list_of_titles_before_names_gives_each_name_its_own_title():
    """"met with Chairman of X A, co-chair of Y B, ...": a title of a body stands before the name it
    belongs to; read as an appositive of the name before it, it gave each person the next one's post."""
    posts = _posts("During the visit, Zhao met with Chairman of the Green Alliance Party Tomas Lindqvist, co-chair "
                   "of the Rural Union Anna Berg, General Secretary of the Workers' Front (WF) Karl Moser, and "
                   "President of the Hansen Foundation Peter Olsen.")
    assert posts == {("Tomas Lindqvist", "Chairman", "Green Alliance"), ("Anna Berg", "co-chair", "Rural Union"),
                     ("Karl Moser", "General Secretary", "Workers' Front"),
                     ("Peter Olsen", "President", "Hansen Foundation")}


def test_a_title_before_the_next_name_is_not_an_appositive_past_a_short_form():
    assert _posts("Zhao also met with Karl Moser, General Secretary of the Workers' Front (WF) Peter Olsen, and "
                  "others.") == {("Peter Olsen", "General Secretary", "Workers' Front")}


def test_a_compound_title_before_a_name_is_kept_whole():
    """"Prime", "Vice" and "Foreign" are a title's own words, never the demonym before "Minister"."""
    assert _posts("During the visit, the delegation met with Deputy Prime Minister Somsak Chanthavong, Foreign "
                  "Secretary Ravi Menon and Vice Minister Li Wen.") == {
        ("Somsak Chanthavong", "Deputy Prime Minister", ""), ("Ravi Menon", "Foreign Secretary", ""),
        ("Li Wen", "Vice Minister", "")}


def test_also_and_and_are_not_part_of_a_title():
    posts = _posts("The delegation was received by Somsak Chanthavong, who is also leader of the Unity Party, and by "
                   "Ravi Menon, the deputy leader of the Unity Party.")
    assert posts == {("Somsak Chanthavong", "leader", "Unity Party"), ("Ravi Menon", "deputy leader", "Unity Party")}


def test_a_title_phrase_starts_after_the_person_before_it():
    """"with Minister of Foreign Affairs Li Wentao and Chairman of ... Ravi Menon": Li's title is not Menon's."""
    posts = _posts("Zhao met with Minister of Foreign Affairs Li Wentao and Chairman of the Unity Party Ravi Menon.")
    assert ("Ravi Menon", "Chairman", "Unity Party") in posts
    assert not any(person == "Ravi Menon" and title != "Chairman" for person, title, _ in posts)


def test_the_title_of_a_body_then_a_comma_names_the_holder():
    assert _posts("The head of the Unity Party's International Bureau, Ravi Menon, arrived in Hanoi on Monday.") == {
        ("Ravi Menon", "head", "International Bureau")}


def test_an_appositive_before_a_comma_is_not_the_next_names_title():
    """"met with A, the head of X, B and C": the head is A, not B."""
    posts = _posts("Zhao met with Anna Berg, the head of the Rural Union, Ravi Menon and Karl Moser.")
    assert {person for person, _, _ in posts} == {"Anna Berg"}


def test_a_former_title_before_a_name_is_ended_and_a_body_before_it_is_its_organisation():
    rows = _extract_rows("Former Prime Minister Somsak Chanthavong met the delegation. ANC Secretary-General Sipho "
                         "Ndlovu and SACP General Secretary Thabo Mokoena received it.")
    assert {(p["person"], p["title"], p["organization_id"], p["status"]) for p in rows} == {
        ("Somsak Chanthavong", "Prime Minister", "", "ended"),
        ("Sipho Ndlovu", "Secretary-General", "party:anc-zaf", "current"),
        ("Thabo Mokoena", "General Secretary", "party:sacp-zaf", "current")}


def test_a_rank_or_form_of_address_between_title_and_name_keeps_the_title():
    rows = _extract_rows("Ravi Menon was greeted in Bangkok by Thai Deputy Prime Minister Gen Anan Srisuk and Foreign "
                         "Minister Dr. Somsak Chanthavong.")
    assert {(p["person"], p["title"], p["organization"]) for p in rows} == {
        ("Anan Srisuk", "Deputy Prime Minister", "Thailand"), ("Somsak Chanthavong", "Foreign Minister", "")}


def test_a_lower_case_title_after_a_known_body_is_that_bodys_post():
    rows = _extract_rows("The meeting was attended by Cambodian People's Party vice-president Men Sam An and Deputy "
                         "Prime Minister Hor Namhong.")
    assert ("vice-president", "party:cpp-khm") in {(p["title"], p["organization_id"]) for p in rows}


def test_a_countrys_possessive_is_not_part_of_the_title_and_the_short_ild_name_resolves():
    rows = _extract_rows("Ravi Menon is due to see Zhou Mingyuan, China's Minister of the International Department of "
                         "the CPC, and several other officials.")
    assert [(p["person"], p["title"], p["organization_id"]) for p in rows] == [("Zhou Mingyuan", "Minister", "org:ild")]


@pytest.mark.parametrize("sentence", [
    "Tran Van Binh received Zhao Ming, Head of the International Liaison Commission of the Central Committee of the "
    "Communist Party of China (CPC), on Monday.",
    "The party's leaders met Zhao Ming, Minister of the Department of International Liaison of the Communist Party of "
    "China, in Male.",
    "Speaker Anna Berg met Zhao Ming, head of the CPC's International Relations Department, on April 2.",
    "Zhao Ming, head of the international department of the CPC Central Committee, arrived on Monday.",
])
def test_the_departments_composed_english_names_resolve_to_it(sentence):
    """Partner-country press names the department in its own words: a department word joined to
    the Chinese party's name is the ILD, not the party."""
    rows = _extract_rows(sentence)
    assert [(p["person"], p["organization_id"]) for p in rows if p["person"] == "Zhao Ming"] == [
        ("Zhao Ming", "org:ild")]


def test_a_department_word_of_another_party_is_not_the_ild():
    rows = _extract_rows("Zhao Ming met Tran Van Binh, head of the Commission for External Relations of the CPV "
                         "Central Committee, and Le Van Tam, head of the External Relations Department of the Lao "
                         "People's Revolutionary Party.")
    assert "org:ild" not in {p["organization_id"] for p in rows}


def test_current_is_the_posts_status_not_part_of_its_title():
    rows = _extract_rows("Zhao Ming, the current head of the International Department of the CPC, met Anna Berg.")
    assert [(p["title"], p["organization_id"], p["status"]) for p in rows] == [("head", "org:ild", "current")]


def test_a_relative_clause_of_doing_something_as_a_post_gives_the_post():
    rows = _extract_rows("Nguyen Van Binh welcomed Zhao Ming, who is touring Laos as the head of the Unity Party's "
                         "International Bureau, in Vientiane.")
    assert [(p["person"], p["title"], p["organization"]) for p in rows] == [
        ("Zhao Ming", "head", "International Bureau")]


def test_a_post_in_a_body_the_party_owns_is_not_a_post_of_the_party():
    """"head of the Communist Party of China's international ties department" heads a department of
    the party, not the party; "CPC CC International Liaison Department" is the ILD."""
    rows = _extract_rows("Zhao Ming, head of the Communist Party of China's international ties department, met Anna "
                         "Berg. Li Wen, Head of CPC CC International Liaison Department, met her too.")
    posts = {(p["person"], p["organization"], p["organization_id"]) for p in rows}
    assert ("Zhao Ming", "Communist Party of China's international ties department", "") in posts
    assert ("Li Wen", "International Department of the Central Committee of the Communist Party of China",
            "org:ild") in posts


def test_a_source_that_reports_after_a_name_is_no_post():
    rows = _extract_rows("Zhao Ming takes over from Li Wen, the party's official daily reported late on Friday.")
    assert [p for p in rows if p["person"] == "Li Wen"] == []


def test_a_name_starts_after_a_possessive_and_after_a_ministrys_portfolio():
    from conftest import _extract
    rows = _extract("North Korea's Ri Chol Man, a member of the party's Political Bureau, met the Minister of "
                    "Equipment and Water Karim Bennani.", "2024-04-03")
    people = {m["text"] for m in rows["mentions"] if m["kind"] == "person"}
    assert {"Ri Chol Man", "Karim Bennani"} <= people
    assert not {"s Ri Chol Man", "Water Karim Bennani"} & people


def test_the_head_of_a_section_inside_the_department_heads_the_section_not_the_department():
    """"the head of the Andean Community Section of the International Department of the CPC Central
    Committee, X" made a section chief the head of the ILD. Invented: Kong Lirui and Pei Mo."""
    posts = _posts("Zhao was joined by the head of the Pampas Section of the International Department of the CPC "
                   "Central Committee, Kong Lirui. Pei Mo, director of the General Office of the International "
                   "Department of the CPC Central Committee, took notes.")
    assert posts == {
        ("Kong Lirui", "head", "Pampas Section of the International Department of the CPC Central Committee"),
        ("Pei Mo", "director", "General Office of the International Department of the CPC Central Committee")}
    # Near miss: the department itself, named first, is still the post's body.
    rows = _extract_rows("Pei Mo, head of the International Department of the CPC Central Committee, met Anna Berg.")
    assert [(p["person"], p["organization_id"]) for p in rows] == [("Pei Mo", "org:ild")]


def test_a_post_in_a_countrys_own_body_is_in_that_body_not_the_country():
    """"Head of Germany's Federal Chancellery X" read "Head of Germany". Invented: Lena Vogt in Austria's
    chancellery; the near miss "President of Austria" keeps the country."""
    posts = _posts("Liu met Head of Austria's Federal Chancellery Lena Vogt and President of Austria Otto "
                   "Brandt.")
    assert posts == {("Lena Vogt", "Head", "Austria's Federal Chancellery"), ("Otto Brandt", "President", "Austria")}


def test_a_title_after_a_bodys_possessive_does_not_keep_the_possessive():
    # Invented: "Tesfaye Alemu, Unity Party’s deputy chairman": the title was "’s deputy chairman".
    rows = _extract_rows("Zhao Ming and Tesfaye Alemu, Prosperity Party’s deputy chairman, discussed farming.")
    assert [(p["title"], p["organization"]) for p in rows if p["person"] == "Tesfaye Alemu"] == [
        ("deputy chairman", "Prosperity Party")]


def test_the_international_department_of_chinas_communist_party_is_the_department():
    """Reuters writes "head of the international department of China's Communist Party": the post is
    the department's, not the party's leadership. Invented: Pei Mo."""
    rows = _extract_rows("Pei Mo, head of the international department of China's Communist Party, met Anna Berg.")
    assert [(p["person"], p["organization_id"]) for p in rows] == [("Pei Mo", "org:ild")]
