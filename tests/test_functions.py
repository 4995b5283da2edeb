"""Tests for liaison.analysis.functions: function evidence, structure, subsidiaries and reach."""
import pandas as pd
import pytest
from liaison.analysis import functions
from liaison.paths import DATA_DIR
from liaison.reference import lists as reference


@pytest.fixture(scope="module")
def summary(tables):
    taxonomy = functions.load_taxonomy()
    evidence = functions.function_evidence(functions.evidence_sentences(tables.sentences), taxonomy)
    return functions.function_summary(evidence, taxonomy, 1), evidence


# --------------------------------------------------------------------------- seeds

def test_taxonomy_has_seven_functions_with_sources():
    taxonomy = functions.load_taxonomy()
    assert len(taxonomy) == 7
    assert "party-to-party relations" in set(taxonomy.function)
    assert taxonomy.source.str.len().min() > 10


def test_party_to_party_has_at_least_two_sources(summary):
    table, evidence = summary
    row = table.set_index("function").loc["party-to-party relations"]
    assert row.n_sources >= 2
    assert table.function.iloc[0] == "party-to-party relations"
    opposition = evidence[evidence.evidence.str.contains("opposition parties")]
    assert "004_bb9a6ea2df670ab5" in set(opposition.doc_id)


def test_non_communist_is_not_socialist_states_evidence(summary):
    _, evidence = summary
    socialist = evidence[evidence.function == "relations with socialist states"]
    assert not socialist.evidence.str.contains("non-communist").any()


def test_structure_counts(tables):
    counts = functions.structure(tables.quantities)
    values = dict(zip(counts.unit, counts.value))
    assert values == {"offices": 14.0, "regional bureaus": 8.0}
    assert set(counts.doc_id) == {"002_2ae41ebc53c0db97"}


def test_bureaus_status():
    table = functions.bureaus(pd.read_csv(DATA_DIR / "ild_bureaus.csv", dtype=str, keep_default_na=False))
    assert len(table) == 8 and table.bureau.iloc[-1] == "Bureau VIII"
    status = dict(zip(table.bureau, table.status))
    assert status["Bureau I"] == "official"
    assert status["Bureau VII"].startswith("unverified")


def test_subsidiaries_from_infobox_and_reference(tables):
    subs = functions.subsidiaries(tables.passages, reference.organizations())
    assert set(subs.org_id) == {"caiu", "cccws", "cfpd"}
    assert subs.in_infobox.all()
    assert set(subs[subs.in_reference].org_id) == {"caiu", "cfpd"}


def test_reach_2016_and_2019(tables):
    table = functions.reach(tables.quantities)
    by_year = table.set_index("year")
    assert {2016, 2019} <= set(table.year)
    assert by_year.at[2016, "countries"] == 160 and by_year.at[2019, "countries"] == 160
    assert by_year.at[2016, "parties"] == 600 and by_year.at[2019, "parties"] == 600
    assert 500 not in set(table.parties.dropna())  # summit delegates are not the department's reach


# --------------------------------------------------------------------------- small frames

def test_evidence_counts_a_document_once():
    sentences = pd.DataFrame({
        "doc_id": ["a", "a", "a", "b"], "sentence_id": [0, 1, 2, 0], "passage_id": [1, 1, 2, 1],
        "section": ["body", "body", "body", "related"], "start": [0, 30, 100, 0], "end": [29, 55, 113, 14],
        "text": ["It runs party-to-party talks.", "More party-to-party work.", "Nothing here.", "party-to-party"]})
    taxonomy = pd.DataFrame({"function": ["p2p", "spy"], "cue": ["party-to-party", "intelligence"],
                             "note": ["", ""], "source": ["s", "s"]})
    sents = functions.evidence_sentences(sentences)
    assert len(sents) == 3  # the "related" passage is not read
    evidence = functions.function_evidence(sents, taxonomy)
    table = functions.function_summary(evidence, taxonomy, min_sources=2)
    row = table.set_index("function").loc["p2p"]
    assert (row.n_sources, row.n_passages, bool(row.thin)) == (1, 2, True)
    assert table.set_index("function").at["spy", "n_sources"] == 0
    assert list(table.function) == ["p2p", "spy"]


def test_check_min_sources():
    assert functions.check_min_sources(2) == (2, "")
    value, message = functions.check_min_sources(-1)
    assert value == 1 and "min_sources" in message


def test_reach_small_frame():
    q = pd.DataFrame({
        "doc_id": ["d", "d", "e"], "value": [50.0, 200.0, 3.0], "unit": ["countries", "parties", "countries"],
        "qualifier": ["", "", ""], "per": ["", "", ""], "as_of": ["2001", "2001", "2002"],
        "text": ["50 countries", "200 parties", "three-country"], "start_char": [0, 10, 0], "end_char": [5, 15, 5],
        "evidence": ["It has ties with 50 countries and 200 parties.", "It has ties with 50 countries and 200 parties.",
                     "A three-country trip."]})
    table = functions.reach(q)
    assert list(table.year) == [2001]
    assert (table.countries.iloc[0], table.parties.iloc[0]) == (50, 200)


def test_infobox_fields_continue_label():
    passages = pd.DataFrame({
        "doc_id": ["d"] * 3, "passage_id": [1, 2, 3], "section": ["infobox"] * 3, "start": [0, 10, 20],
        "end": [9, 19, 29], "text": ["Subsidiaries Alpha", "Beta", "Website x.org"]})
    fields = functions.infobox_fields(passages)
    assert list(zip(fields.label, fields.value)) == [
        ("Subsidiaries", "Alpha"),
        ("Subsidiaries", "Beta"),
        ("Website", "x.org"),
    ]


def test_chinese_readouts_are_evidence_in_either_script():
    """A readout's own words name the functions: 党际交流 and 干部考察团, also in traditional script."""
    sents = pd.DataFrame([
        {"doc_id": "a", "passage_id": "a:p0", "section": "body", "start_char": 0, "end_char": 30,
         "evidence": "双方表示愿加强党际交流，深化治国理政经验互鉴。"},
        {"doc_id": "b", "passage_id": "b:p0", "section": "body", "start_char": 0, "end_char": 30,
         "evidence": "越共幹部考察團一行抵達北京。"},
        {"doc_id": "c", "passage_id": "c:p0", "section": "body", "start_char": 0, "end_char": 30,
         "evidence": "The two sides signed a trade deal."},
    ], columns=functions.SENTENCE_COLUMNS)
    found = functions.function_evidence(sents, functions.load_taxonomy())
    assert sorted(zip(found.function, found.doc_id, found.cue)) == [
        ("party-to-party relations", "a", "党际交流"),
        ("training of foreign cadres", "a", "治国理政经验"),
        ("training of foreign cadres", "b", "考察团"),
    ]


def test_the_thin_functions_read_as_a_sentence_at_any_threshold():
    thin = pd.DataFrame({"function": ["a", "b"], "n_sources": [0, 1]})
    assert functions.thin_sentence(thin, 2) == "2 functions rest on fewer than 2 documents: a (0) and b (1)."
    assert functions.thin_sentence(thin.iloc[:1], 1) == "1 function has no document behind it: a (0)."
    assert functions.thin_sentence(thin.iloc[0:0], 1) == "Every function has at least one document behind it."


def test_reach_leaves_out_the_two_sides_and_keeps_an_undated_figure():
    """"relations between the two parties" names the sides of one exchange; a figure in an undated
    document is kept with no year (the table declares the year may be empty)."""
    q = pd.DataFrame({
        "doc_id": ["d", "u"], "value": [2.0, 600.0], "unit": ["parties", "parties"],
        "qualifier": ["", ""], "per": ["", ""], "as_of": ["2009", ""],
        "text": ["two parties", "600 parties"], "start_char": [0, 0], "end_char": [5, 5],
        "evidence": ["They praised relations with the CPC and ties with the two parties' youth.",
                     "It has ties with 600 parties."]})
    table = functions.reach(q)
    assert table.doc_id.tolist() == ["u"] and pd.isna(table.year.iloc[0]) and table.parties.iloc[0] == 600


def test_an_undated_reach_figure_is_saved(tmp_path):
    """Notebook 02 stopped on a corpus with an undated document stating a reach: the year was declared int."""
    from liaison.workbook.present import save_table
    table = pd.DataFrame({"year": pd.array([None], dtype="Int64"), "doc_id": ["u"], "countries": [None],
                          "countries_text": [""], "parties": [600.0], "parties_text": ["600 parties"],
                          "evidence": ["It has ties with 600 parties."]})
    assert save_table(table, str(tmp_path), "functions_reach") == "tables/functions_reach.csv"
    assert (tmp_path / "tables" / "functions_reach.csv").read_text().splitlines()[1].startswith(",u,")


def test_the_reach_reads_as_a_sentence_with_its_years():
    frame = pd.DataFrame({"year": pd.array([2016, None], dtype="Int64"),
                          "countries_text": ["more than 160 countries", ""],
                          "parties_text": ["around 600 parties", "600 parties"]})
    assert functions.reach_sentence(frame) == (
        "The department is said to have relations with more than 160 countries and around 600 parties in 2016 and "
        "an unstated number of countries and 600 parties in an undated document.")
    assert functions.reach_sentence(frame.iloc[0:0]) == "No document in this corpus states the department's reach."


def test_reach_with_no_figure_about_relations_is_an_empty_table_and_chinese_cues_count():
    """A corpus whose figures are all about gatherings has no reach (and no crash: the filter once
    emptied the table's columns); a readout's "同160多个国家的600多个政党建立了联系" is a reach."""
    q = pd.DataFrame({
        "doc_id": ["d", "z", "z"], "value": [120.0, 160.0, 600.0], "unit": ["countries", "countries", "parties"],
        "qualifier": ["", "", ""], "per": ["", "", ""], "as_of": ["2017", "2018", "2018"],
        "text": ["120多个国家", "160多个国家", "600多个政党"], "start_char": [0, 0, 8], "end_char": [6, 6, 14],
        "evidence": ["来自120多个国家的政党领导人出席对话会。", "中联部已同160多个国家的600多个政党建立了联系。",
                     "中联部已同160多个国家的600多个政党建立了联系。"]})
    assert list(functions.reach(q.iloc[:1]).columns) == functions.REACH_COLUMNS
    assert functions.reach(q.iloc[:1]).empty
    table = functions.reach(q)
    assert (table.doc_id.tolist(), table.countries.tolist(), table.parties.tolist()) == (["z"], [160], [600])


def test_an_english_briefing_on_a_party_congress_backs_the_influence_function_as_宣介_does():
    sentences = pd.DataFrame({
        "doc_id": ["en", "zh", "x"], "sentence_id": [0, 0, 0], "passage_id": [1, 1, 1],
        "section": ["body"] * 3, "start": [0, 0, 0], "end": [90, 30, 40],
        "text": ["The delegation briefed the party leaders on the spirit of the 20th CPC National Congress.",
                 "中联部宣介团向该党介绍二十大精神。", "He briefed reporters on the visit."]})
    taxonomy = functions.load_taxonomy()
    evidence = functions.function_evidence(functions.evidence_sentences(sentences), taxonomy)
    backed = evidence[evidence.function == "influence and dividing critics"]
    assert sorted(backed.doc_id) == ["en", "zh"]


def test_the_best_supported_function_reads_as_a_sentence_with_one_row_per_document():
    summary = pd.DataFrame({"function": ["party ties", "training"], "n_sources": [2, 1], "n_passages": [3, 1]})
    evidence = pd.DataFrame({"function": ["party ties"] * 3 + ["training"], "doc_id": ["a", "a", "b", "c"]})
    text, rows = functions.top_function_sentence(summary, evidence)
    assert text == "“party ties” has the most documents behind it: 2 documents and 3 sentences."
    assert rows.doc_id.tolist() == ["a", "b"]
    text, rows = functions.top_function_sentence(summary.iloc[1:], evidence)
    assert text == "“training” has the most documents behind it: 1 document and 1 sentence."
    assert rows.doc_id.tolist() == ["c"]
    none = summary.assign(n_sources=0, n_passages=0)
    for empty in (none, summary.iloc[0:0]):
        text, rows = functions.top_function_sentence(empty, evidence)
        assert text == "No document in this corpus states any of the functions' cues." and rows.empty


def test_the_stated_size_reads_as_a_sentence_beside_the_checked_bureau_names():
    counts = pd.DataFrame({"unit": ["offices", "regional bureaus"], "value": [14.0, 1.0], "as_of": ["2024", None]})
    bureau_table = pd.DataFrame({"status": ["official", "official", "official, partly seen"]})
    assert functions.size_sentence(counts, bureau_table) == (
        "The documents give the department 14 offices (as of 2024) and 1 regional bureau (undated); 2 of 3 (67%) "
        "bureau names are checked on its official site.")
    assert functions.size_sentence(counts.iloc[:1], bureau_table.iloc[1:]) == (
        "The documents give the department 14 offices (as of 2024); 1 of 2 (50%) bureau names is checked on its "
        "official site.")
    assert functions.size_sentence(counts.iloc[0:0], bureau_table.iloc[0:0]) == (
        "No document in this corpus states how many offices the department has; no list of its bureaus is at hand.")


def test_reach_leaves_out_the_second_of_two_coordinated_sides():
    # Invented: a readout wishing to lift "relations between the two parties and two countries", beside a
    # real reach figure whose noun phrase also opens with "the".
    said = ("He said the party values its relations with China and hopes to elevate relations between the two "
            "parties and two countries.")
    wide = "The department keeps contacts with the parties of 160 countries."
    q = pd.DataFrame({
        "doc_id": ["d", "d", "e"], "value": [2.0, 2.0, 160.0], "unit": ["parties", "countries", "countries"],
        "qualifier": ["", "", ""], "per": ["", "", ""], "as_of": ["2026", "2026", "2016"],
        "text": ["two parties", "two countries", "160 countries"], "start_char": [0, 0, 0], "end_char": [5, 5, 5],
        "evidence": [said, said, wide]})
    table = functions.reach(q)
    assert table.doc_id.tolist() == ["e"] and table.countries.iloc[0] == 160


def test_a_tie_for_the_best_supported_function_is_said_with_what_broke_it():
    # Invented counts: two functions on two documents each, one ahead on sentences; then a full tie.
    summary = pd.DataFrame({"function": ["party ties", "training", "advice"], "n_sources": [2, 2, 1],
                            "n_passages": [4, 2, 1]})
    evidence = pd.DataFrame({"function": ["party ties", "party ties"], "doc_id": ["a", "b"]})
    text, _ = functions.top_function_sentence(summary, evidence)
    assert text == ("“party ties” has the most documents behind it: 2 documents and 4 sentences; as many documents "
                    "as “training”, ahead on sentences.")
    text, _ = functions.top_function_sentence(summary.assign(n_passages=[2, 2, 1]), evidence)
    assert text.endswith("; tied with “training” on documents and sentences, first by name.")


def test_a_function_no_document_states_is_marked_on_the_figure():
    # Invented summary: one function backed by three documents, one by none.
    summary = pd.DataFrame({"function": ["party ties", "intelligence"], "n_sources": [3, 0], "n_passages": [4, 0],
                            "thin": [False, True]})
    fig = functions.plot_functions(summary, min_sources=1)
    assert [t.get_text() for t in fig.axes[0].texts] == [" no document"]
    assert "a function no document states is marked so." in " ".join(t.get_text() for t in fig.texts)
    assert "hatched = fewer than 2 documents." in " ".join(t.get_text() for t in
                                                          functions.plot_functions(summary, 2).texts)
