"""Tests for liaison.analysis.overview (notebook 00) on small tables."""
from types import SimpleNamespace

import pandas as pd
from liaison import schema
from liaison.analysis import labels, overview
from liaison.workbook import findings


def test_section_counts_has_every_declared_section_even_when_a_corpus_lacks_some():
    passages = pd.DataFrame([["a", 0, 0, 5, "title", "Title"], ["a", 1, 6, 20, "body", "Body text here."],
                             ["b", 0, 0, 9, "body", "Only body"]], columns=schema.columns("passages"))
    counts = overview.section_counts(SimpleNamespace(passages=passages))
    assert list(counts.columns) == schema.columns("corpus_sections")
    assert counts.set_index("doc_id").loc["a", ["title", "body", "infobox"]].tolist() == [1, 1, 0]
    assert counts.set_index("doc_id").loc["b", "body"] == 1


def test_reliance_figure_names_documents_by_label_and_sums_only_past_the_limit():
    frame = pd.DataFrame({"doc_id": ["a1", "b2"], **{name: [3, 1] for name in overview.EXTRACTED}})
    frame["total"] = frame[list(overview.EXTRACTED)].sum(axis=1)
    documents = pd.DataFrame({"doc_id": ["a1", "b2"], "outlet": ["Xinhua", ""], "published": ["2023-05-04", ""],
                              "title": ["CPC delegation visits Vietnam", "Party school opens"]})
    ax = overview.plot_reliance(frame, documents=documents).axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Xinhua, 2023-05-04, CPC delegation visits Vietnam", "unknown outlet, undated, Party school opens"]
    assert "summed" not in ax.get_title()
    assert "1 summed" in overview.plot_reliance(frame, max_documents=1).axes[0].get_title()


def test_the_document_listing_reads_one_line_per_document_and_counts_the_rest():
    documents = pd.DataFrame({"doc_id": ["a", "b", "c"], "published": ["2023-05-04", "", "2024"],
                              "date_precision": ["day", "unknown", "year"],
                              "date_basis": ["dateline", "unknown", "snapshot"]})
    names = {"a": "Xinhua, 2023-05-04, Visit", "b": "unknown outlet, undated, Profile"}
    assert overview.document_lines(documents.iloc[:1], names) == [
        "Xinhua, 2023-05-04, Visit: dated 2023-05-04 (day), from dateline"]
    assert overview.document_lines(documents, names, shown=2) == [
        "Xinhua, 2023-05-04, Visit: dated 2023-05-04 (day), from dateline",
        "unknown outlet, undated, Profile: dated nowhere (unknown), from unknown",
        "… and 1 more in tables/corpus_documents.csv"]
    assert overview.document_lines(documents.iloc[0:0], names) == ["The corpus holds no document."]


def test_the_load_problems_read_as_a_sentence_with_an_agreeing_verb():
    problems = pd.DataFrame({"path": ["a.pdf", "b.doc"], "reason": ["no text layer", "unsupported format"]})
    assert overview.load_problems_sentence(problems.iloc[:1], 4) == (
        "1 of 4 (25%) files was skipped or flagged when loading: a.pdf (no text layer).")
    assert overview.load_problems_sentence(problems, 4) == (
        "2 of 4 (50%) files were skipped or flagged when loading: a.pdf (no text layer) and b.doc "
        "(unsupported format).")
    assert overview.load_problems_sentence(problems.iloc[0:0], 5) == (
        "0 of 5 (0%) files were skipped or flagged when loading; every file was read as a document.")
    assert overview.load_problems_sentence(problems.iloc[0:0], 0) == "No file was found to load."


def test_a_summed_bar_that_would_flatten_the_others_is_cut_and_labelled():
    # Invented: 50 documents of 10 rows each under a limit of 3: the 47 others sum to 470 rows.
    frame = pd.DataFrame({"doc_id": [f"d{i:02d}" for i in range(50)],
                          **{name: [1] * 50 for name in overview.EXTRACTED}})
    frame["mentions"] = 7
    frame["total"] = frame[list(overview.EXTRACTED)].sum(axis=1)
    ax = overview.plot_reliance(frame, max_documents=3).axes[0]
    assert ax.get_xlim()[1] < 20  # the ten-row bars fill the width, not a 470-row one
    assert ax.get_xlabel() == "extracted rows\n(the last bar is cut at the axis: 470 rows in all)"
    assert ax.containers[0][-1].get_width() == 47 * 7  # the bar itself still carries the sum
    assert overview.plot_reliance(frame.head(3)).axes[0].get_xlabel() == "extracted rows"


def test_a_document_with_no_outlet_is_named_by_the_site_it_came_from():
    # Invented sidecars: one names its outlet, one gives only its address, one neither.
    documents = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["Xinhua", "", ""],
                              "published": ["2023-06-03", "2023-06-03", ""],
                              "title": ["Talks in Hanoi", "Senior official meets delegation", "Profile"],
                              "source_url": ["http://x.example/1", "http://www.en.people.example/n3/2023/1.html", ""]})
    names = labels.document_labels(documents)
    assert names == {"a": "Xinhua, 2023-06-03, Talks in Hanoi",
                     "b": "en.people.example, 2023-06-03, Senior official meets delegation",
                     "c": "unknown outlet, undated, Profile"}
    cited, _ = findings.citations(documents, pd.DataFrame({"doc_id": ["b"], "evidence": ["He met them."]}), 3)
    assert cited[0].outlet == "en.people.example"


def test_a_load_reason_with_its_own_brackets_is_not_nested_in_more():
    problems = pd.DataFrame({"path": ["d19.txt"], "reason": ["duplicate of d10.txt (identical bytes)"]})
    assert overview.load_problems_sentence(problems, 9) == (
        "1 of 9 (11%) files was skipped or flagged when loading: d19.txt: duplicate of d10.txt (identical bytes).")
