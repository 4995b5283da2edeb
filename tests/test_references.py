"""The encyclopedia seed's reference list as a table, and single citation lines."""
import pytest
from liaison.load.references import Reference, parse_reference

ENCYCLOPEDIA = "002_2ae41ebc53c0db97"


@pytest.fixture(scope="module")
def refs(seeds):
    return seeds.references.set_index("ref_no")


def test_twenty_two_references_all_from_the_encyclopedia(seeds, refs):
    assert list(refs.index) == list(range(1, 23))
    assert set(seeds.references.doc_id) == {ENCYCLOPEDIA}


def test_reference_13(refs):
    row = refs.loc[13]
    assert (row.authors, row.date, row.title, row.publisher, row.retrieved) == (
        "Allen-Ebrahimian, Bethany", "2024-01-30", "The rise of China's shadow diplomacy", "Axios", "2024-01-30",
    )


def test_reference_offsets_quote_the_line(seeds, refs):
    text = seeds.documents.set_index("doc_id").text[ENCYCLOPEDIA]
    row = refs.loc[13]
    assert text[row.start : row.end] == row.text
    assert row.text.startswith("13. Allen-Ebrahimian, Bethany (January 30, 2024).")


def test_every_row_parsed(refs):
    table = {no: (r.authors, r.date, r.title, r.publisher, r.retrieved) for no, r in refs.iterrows()}
    assert table[1] == (
        "Jüris, Frank",
        "2020-09-25",
        "Estonian parties in the CCP's grip: The International Liaison Department's influence activities",
        "Sinopsis",
        "2022-01-16",
    )
    assert table[2] == ("Sutter, Robert", "2011", "Historical Dictionary of Chinese Foreign Policy",
                        "Rowman and Littlefield", "2020-04-10")
    assert table[5] == ("Directorate of Intelligence, Central Intelligence Agency", "1971-12",
                        "Intelligence Report: The International Liaison Department of the Chinese Communist Party",
                        "", "2012-05-28")
    assert table[6] == ("Shambaugh, David", "2007-03",
                        "China's \"Quiet Diplomacy\": The International Department of the Chinese Communist Party",
                        "China: An International Journal", "")
    assert table[8][3:] == ("Project 2049 Institute", "2020-05-16")
    assert table[12] == ("Bigey, René", "2023-05-11", "France's \"influence diplomacy\" under CCP influence",
                         "Sinopsis", "2023-05-22")
    assert table[15][:2] == ("Shinn, David H.; Eisenman, Joshua", "2023")
    # As printed: retrieved a year before the cited article's date (an error on the page).
    assert table[19][1:] == ("2024-01-01",
                             "Communist Party diplomat Liu Jianchao steps up role in China's foreign policy drive",
                             "South China Morning Post", "2023-01-02")
    assert table[22][2:] == (
        "Mind your tongue: Language, public diplomacy and community cohesion in contemporary Australia—China relations",
        "Australian Strategic Policy Institute", "")
    assert all(r[0] and r[1] and r[2] for r in table.values())


def test_citation_without_author():
    assert parse_reference('7. "Party school opens". Xinhua. Retrieved 5 March 2022.') == Reference(
        ref_no=7, authors="", date="", title="Party school opens", publisher="Xinhua", retrieved="2022-03-05"
    )


@pytest.mark.parametrize("line", ["History", "The department has 14 offices.", "12 people attended (2019)."])
def test_non_citations_are_none(line):
    assert parse_reference(line) is None
