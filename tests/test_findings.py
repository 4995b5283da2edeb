"""Findings as sentences with formatted citations, documents named for people, and numbers in words."""
from types import SimpleNamespace

import pandas as pd
import pytest
from liaison.analysis import labels, wording
from liaison.workbook import findings

DOCS = pd.DataFrame([
    {"doc_id": "000_d6caded5", "outlet": "China Daily", "published": "2016-06-26", "source_url": "https://example.org/a",
     "title": "Event highlights work of CPC diplomatic arm"},
    {"doc_id": "001_086b57c3", "outlet": "", "published": "", "source_url": "",
     "title": "How a veteran diplomat is reshaping the party's outreach to parties abroad in <b>2023</b>"},
    {"doc_id": "002_aaaa", "outlet": "Xinhua", "published": "2023-05-04", "source_url": "",
     "title": "中联部部长会见越南共产党代表团并就加强党际交流深入交换意见双方一致同意"},
])
TABLES = SimpleNamespace(documents=DOCS)


def test_labels_name_outlet_date_and_a_title_cut_at_a_word():
    names = labels.document_labels(DOCS)
    assert names["000_d6caded5"] == "China Daily, 2016-06-26, Event highlights work of CPC diplomatic arm"
    assert names["001_086b57c3"] == "unknown outlet, undated, How a veteran diplomat is reshaping the party's…"
    assert names["002_aaaa"].startswith("Xinhua, 2023-05-04, 中联部部长") and names["002_aaaa"].endswith("…")
    twins = pd.concat([DOCS.iloc[:1], DOCS.iloc[:1].assign(doc_id="009_x")])
    assert labels.document_labels(twins)["009_x"].endswith("[009_x]")  # a label names one document
    shown = labels.with_labels(pd.DataFrame({"doc_id": ["000_d6caded5", "zzz"], "n": [1, 2]}), DOCS)
    assert list(shown.columns) == ["doc_id", "document", "n"] and shown.document[1] == "zzz (not in this corpus)"


def test_wording_counts_lists_and_shares():
    assert wording.count(1, "visit") == "1 visit" and wording.count(3, "named country") == "3 named countries"
    assert wording.count(0, "person") == "no people" and wording.count(2, "claim") == "2 claims"
    assert wording.listing(["Vietnam", "Laos", "Cambodia"]) == "Vietnam, Laos and Cambodia"
    assert wording.listing(list("abcdefgh"), 4) == "a, b, c and 5 others"
    assert wording.tally({"current": 4, "ended": 7, "unknown": 0}) == "4 current and 7 ended"
    assert wording.share(3, 4) == "3 of 4 (75%)"
    # a small share is not "0%", nor a near-whole one "100%"
    assert wording.share(1, 569) == "1 of 569 (0.2%)" and wording.share(0, 9) == "0 of 9 (0%)"
    assert [wording.percent(x) for x in (86 / 18698, 0.0004, 0.996, 0.9995, 1, 0.125)] == [
        "0.5%", "under 0.1%", "99.6%", "over 99.9%", "100%", "12%"]


def test_a_finding_is_a_sentence_with_citations_never_a_python_value():
    rows = pd.DataFrame({"doc_id": ["000_d6caded5", "000_d6caded5", "001_086b57c3", "002_aaaa"],
                         "evidence": ["Song met the *delegation*.", "Song met the *delegation*.",
                                      "word " * 80, "中联部部长会见代表团。"]})
    finding = findings.show(TABLES, "vietnam is the most-visited country: 3 visits in 2 documents, 2023", rows,
                            limit=2)
    text = repr(finding)
    assert text.startswith("Vietnam is the most-visited country: 3 visits in 2 documents, 2023.\n")
    assert "- China Daily, “Event highlights work of CPC diplomatic arm”, 2016-06-26, https://example.org/a: " \
           "“Song met the *delegation*.”" in text
    assert "- unknown outlet, “How a veteran diplomat" in text and "undated: “word word" in text
    assert "word…”" in text and "- … and 1 more in the saved table" in text
    markdown = finding._repr_markdown_()
    assert markdown.startswith("**Vietnam is the most-visited country")
    assert "<https://example.org/a>" in markdown and "\\*delegation\\*" in markdown
    assert "&lt;b&gt;2023&lt;/b&gt;" in markdown and "<b>" not in markdown
    for value in ({"day": 2}, ["a", "b"], "'2010'", '"quoted"', "(1, 2)"):
        with pytest.raises(ValueError, match="not a Python value"):
            findings.show(TABLES, str(value))


def test_a_finding_without_document_rows_names_its_basis():
    finding = findings.show(TABLES, "0 of 5 files were skipped", None, basis="the load report")
    assert repr(finding).endswith("Source: the load report.")
    assert repr(findings.show(TABLES, "no gap", pd.DataFrame())).endswith("Sources: none in this corpus.")


def test_a_cut_label_closes_the_bracket_it_leaves_open():
    text = "Republished Chinese article on the grading of ILD leaders 1952-1958 (page title in Chinese, from a mirror)"
    cut = labels.short(text, 80)
    assert cut.endswith("…)") and cut.count("(") == cut.count(")")
    assert labels.short("A short title (kept)", 80) == "A short title (kept)"
