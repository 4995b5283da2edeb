"""Tests for liaison.analysis.overview (notebook 00) on small tables."""
from types import SimpleNamespace

import pandas as pd
from liaison import schema
from liaison.analysis import overview


def test_section_counts_has_every_declared_section_even_when_a_corpus_lacks_some():
    passages = pd.DataFrame([["a", 0, 0, 5, "title", "Title"], ["a", 1, 6, 20, "body", "Body text here."],
                             ["b", 0, 0, 9, "body", "Only body"]], columns=schema.columns("passages"))
    counts = overview.section_counts(SimpleNamespace(passages=passages))
    assert list(counts.columns) == schema.columns("corpus_sections")
    assert counts.set_index("doc_id").loc["a", ["title", "body", "infobox"]].tolist() == [1, 1, 0]
    assert counts.set_index("doc_id").loc["b", "body"] == 1
