"""Rows (dicts, or tuples in column order) straight to an Arrow table of a declared table, for the
chunk files a worker writes: the same columns, types and row order as `schema.frame` then
`pa.Table.from_pandas` give, without a pandas frame made and converted per table and chunk (an
empty frame alone cost a few milliseconds, five times per chunk).

Only rows whose values Arrow takes as they are go this way: a text column of strings (a gap read
as pandas reads it), an integer column of integers, a number column of numbers (None and NaN read as missing),
a flag column of flags. Anything else (a missing key, a number in a text column, a gap in an
integer column) raises `Unfit`, and the caller goes through pandas, which decides as it always did.
"""
from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from liaison import schema


class Unfit(ValueError):
    """Rows this module does not convert; `schema.frame` does."""


def arrow_table(rows: list, name: str) -> pa.Table:
    """`rows` as the declared table `name`, stably sorted by its keys (as `schema.sort`)."""
    table = schema.TABLES[name]
    names = table.column_names
    columns = _columns(rows, names)
    try:
        arrays = [_array(values, column.type) for values, column in zip(columns, table.columns)]
    except (pa.ArrowException, TypeError, ValueError, OverflowError) as error:
        raise Unfit(str(error)) from None
    out = pa.table(arrays, names=names)
    keys = table.sort
    if out.num_rows > 1 and keys:
        out = out.take(pc.sort_indices(out, sort_keys=[(key, "ascending") for key in keys]))  # a stable sort
    return out


def _columns(rows: list, names: list[str]) -> list[list]:
    if not rows:
        return [[] for _ in names]
    kinds = {type(row) for row in rows}
    if kinds == {dict}:
        try:
            return [[row[name] for row in rows] for name in names]
        except KeyError:
            raise Unfit("a row lacks a column") from None
    if kinds <= {tuple, list} and {len(row) for row in rows} == {len(names)}:
        return [list(column) for column in zip(*rows)]
    raise Unfit("rows of other shapes")


def _array(values: list, kind: str) -> pa.Array:
    if kind == "str":
        array = pa.array(values, type=pa.large_string(), from_pandas=True)
        # As pandas reads them: a gap among strings stays a gap, while a column of nothing but gaps
        # is no text column to pandas, and `schema.conform` makes each gap "".
        return pc.fill_null(array, "") if array.null_count and array.null_count == len(array) else array
    if kind == "int":
        array = pa.array(values)
        if values and (array.type != pa.int64() or array.null_count):
            raise Unfit("an integer column holds something else")
        return array.cast(pa.int64())
    if kind in ("float", "int?"):
        array = pa.array(values, from_pandas=True)  # NaN is missing, as pandas writes it
        if values and array.type not in (pa.int64(), pa.float64()) and array.null_count < len(array):
            raise Unfit("a number column holds something else")
        return array.cast(pa.float64())
    if kind == "bool":
        array = pa.array(values, type=pa.bool_()) if values else pa.array([], type=pa.bool_())
        if array.null_count:
            raise Unfit("a flag column has a gap")
        return array
    raise Unfit(f"unknown column type {kind}")
