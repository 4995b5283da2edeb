"""The per-document pipeline as a whole: every row points back into the document's text and
quotes its sentence, on the seeds and on agency copy the reference lists have never seen. That
extraction stays linear in a document's length is measured by `bench/bench.py`, not timed here.

`AGENCY` holds hand-written reports in the style of Xinhua, People's Daily and SCMP coverage of
the ILD. Their people are invented and in no reference list. The `extract` fixture (conftest.py)
runs the pipeline on one of them or on any text.
"""
import pytest
from agency_reports import AGENCY
from liaison.extract.pipeline import build_tables
from liaison.load.corpus import load_corpus
from liaison.schema import columns

MENTION_COLUMNS = columns("mentions")


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    folder = tmp_path_factory.mktemp("agency")
    for key, (published, text) in AGENCY.items():
        (folder / f"{key}.txt").write_text(text, encoding="utf-8")
        (folder / f"{key}.meta.yaml").write_text(f"doc_id: {key}\npublished: '{published}'\n", encoding="utf-8")
    seeds = build_tables(load_corpus("seeds"))
    agency = build_tables(load_corpus(folder))
    return [seeds, agency]


@pytest.mark.parametrize("table", ["positions", "events"])
def test_every_row_quotes_its_sentence_at_its_offsets(tables, table):
    for t in tables:
        text = dict(zip(t.documents.doc_id, t.documents.text))
        rows = getattr(t, table)
        assert len(rows), table
        for row in rows.itertuples():
            assert row.evidence and text[row.doc_id][row.start_char:row.end_char] == row.evidence


def test_every_quantity_lies_in_its_evidence_sentence(tables):
    for t in tables:
        text = dict(zip(t.documents.doc_id, t.documents.text))
        for row in t.quantities.itertuples():
            if not _in_infobox(t, row):
                assert text[row.doc_id][row.start_char:row.end_char] in row.evidence


def test_infobox_quantities_quote_their_line(tables):
    seeds = tables[0]
    assert all(row.evidence for row in seeds.quantities.itertuples() if _in_infobox(seeds, row))


def _in_infobox(t, row) -> bool:
    box = t.passages[(t.passages.doc_id == row.doc_id) & (t.passages.section == "infobox")]
    return any(s <= row.start_char < e for s, e in zip(box.start, box.end))


def test_every_mention_is_its_text_at_its_offsets(tables):
    for t in tables:
        text = dict(zip(t.documents.doc_id, t.documents.text))
        for row in t.mentions.itertuples():
            assert text[row.doc_id][row.start:row.end] == row.text


def test_mentions_lie_in_prose_only(tables):
    """Encyclopedia references and related-article summaries are not the document's prose;
    an author's byline is not prose either, and its mention lies on a byline or photo credit."""
    seeds = tables[0]
    prose = seeds.passages[seeds.passages.section.isin(["title", "body", "infobox", "caption"])]
    spans = {doc: list(zip(g.start, g.end)) for doc, g in prose.groupby("doc_id")}
    credits = seeds.passages[seeds.passages.section.isin(["meta", "caption"])]
    credit_spans = {doc: list(zip(g.start, g.end)) for doc, g in credits.groupby("doc_id")}
    bylines = seeds.mentions[seeds.mentions.cue == "byline"]
    assert set(bylines.name) == {"Zhang Yunbi", "Zou Hong"}
    for row in seeds.mentions.itertuples():
        allowed = credit_spans.get(row.doc_id, []) if row.cue == "byline" else spans[row.doc_id]
        assert any(s <= row.start and row.end <= e for s, e in allowed), row


def test_agency_copy_yields_rows_without_reference_data(tables):
    agency = tables[1]
    assert set(agency.events.doc_id) >= {"hanoi", "ghana", "geneva", "anc", "appointment", "cambodia", "nicaragua"}
    assert set(agency.positions.doc_id) == set(AGENCY)
