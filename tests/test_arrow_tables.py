"""Rows straight to Arrow (chunk files) give the table pandas gives, or defer to pandas."""
from __future__ import annotations

import math

import pandas as pd
import pyarrow as pa
import pytest
from liaison import schema
from liaison.extract.arrow_tables import Unfit, arrow_table


def _through_pandas(rows: list, name: str) -> pa.Table:
    frame = schema.frame(rows, name)
    return pa.Table.from_pandas(schema.conform(frame, name), preserve_index=False).replace_schema_metadata(None)


def _same(rows: list, name: str) -> None:
    direct, usual = arrow_table(rows, name), _through_pandas(rows, name)
    assert direct.schema == usual.schema
    assert direct.equals(usual)
    pd.testing.assert_frame_equal(direct.to_pandas(), usual.to_pandas())


def test_sentence_rows_as_tuples_are_sorted_stably_by_document_and_number():
    rows = [("r2", 1, 0, "body", 40, 80, "The two sides signed a memorandum."),
            ("r1", 0, 0, "title", 0, 30, "Envoy meets party delegation"),
            ("r2", 0, 0, "body", 0, 39, "Li Ming met the visiting delegation on Monday.")]
    _same(rows, "sentences")
    assert arrow_table(rows, "sentences").column("doc_id").to_pylist() == ["r1", "r2", "r2"]


def test_event_rows_as_dicts_with_gaps_in_optional_numbers():
    names = schema.columns("events")
    base = dict.fromkeys(names, "")
    rows = [{**base, "event_id": "d:e001", "doc_id": "d", "kind": "visit", "event_reports": 1, "duration_days": 3,
             "n_countries": None, "start_char": 50, "end_char": 90, "actor": None},
            {**base, "event_id": "d:e000", "doc_id": "d", "kind": "meeting", "event_reports": 1,
             "duration_days": math.nan, "n_countries": 2, "start_char": 0, "end_char": 40}]
    _same(rows, "events")
    table = arrow_table(rows, "events")
    assert table.column("event_id").to_pylist() == ["d:e000", "d:e001"]
    assert table.column("actor").to_pylist() == ["", None]  # a gap among text, as pandas keeps it
    assert table.column("counterpart").to_pylist() == ["", ""]
    gaps = [{**row, "mode": None} for row in rows]
    _same(gaps, "events")
    assert arrow_table(gaps, "events").column("mode").to_pylist() == ["", ""]  # only gaps: ""
    assert table.column("duration_days").null_count == 1 and table.column("n_countries").null_count == 1


def test_quantities_take_whole_numbers_as_floats_and_empty_tables_keep_their_types():
    names = schema.columns("quantities")
    row = {**dict.fromkeys(names, ""), "doc_id": "q", "value": 12, "start_char": 4, "end_char": 9}
    _same([row, {**row, "value": 2.5, "start_char": 1}], "quantities")
    for name in ("sentences", "mentions", "positions", "events", "quantities", "documents", "load_report"):
        _same([], name)


@pytest.mark.parametrize("rows", [
    [("d", 0, 1, "body")],  # too few columns
    [("d", "zero", 0, "body", 0, 5, "text")],  # text in an integer column
    [("d", 0, 0, "body", 0, None, "text")],  # a gap in an integer column
    [("d", 0, 0, 5, 0, 5, "text")],  # a number in a text column
])
def test_rows_arrow_would_read_otherwise_are_refused(rows):
    with pytest.raises(Unfit):
        arrow_table(rows, "sentences")


def test_a_row_without_a_declared_key_is_refused():
    with pytest.raises(Unfit):
        arrow_table([{"path": "a.txt", "status": "loaded"}], "load_report")


@pytest.mark.parametrize("name", ["quantities", "events", "mentions"])
def test_whatever_arrow_takes_it_takes_as_pandas_does(name):
    import random

    rng = random.Random(7)
    choices = ["Hanoi", "", None, math.nan, 3, 2.5, True]
    kinds = [column.type for column in schema.TABLES[name].columns]
    taken = 0
    for _ in range(400):
        rows = []
        for _ in range(rng.choice((1, 2, 3))):
            row = [rng.choice(choices) if rng.random() < 2 / len(kinds) else
                   {"str": "Li Ming", "int": 4, "int?": 2, "float": 1.5}[kind] for kind in kinds]
            rows.append(tuple(row))
        try:
            direct = arrow_table(rows, name)
        except Unfit:
            continue
        taken += 1
        usual = _through_pandas(rows, name)
        assert direct.schema == usual.schema and direct.equals(usual), rows
    assert taken > 20
