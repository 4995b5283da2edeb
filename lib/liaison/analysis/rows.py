"""Rows of a frame as named tuples, for the loops analysis cannot vectorise.

`DataFrame.itertuples` walks Arrow-backed string columns one boxed value at a time, about ten
times slower than converting each column with `tolist()` and zipping: on a corpus of a few
thousand documents that difference alone is seconds per notebook. Same fields as
`itertuples(index=False)` (invalid names renamed the same way), same values."""
from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterator
from itertools import starmap

import pandas as pd


def row_tuples(frame: pd.DataFrame) -> Iterator:
    """Each row of `frame` as a named tuple of its columns, in frame order."""
    row = namedtuple("Row", [str(c) for c in frame.columns], rename=True)  # type: ignore[misc]
    return starmap(row, zip(*(frame[c].tolist() for c in frame.columns)))


def as_text(column: pd.Series) -> pd.Series:
    """A text column with missing values as "", for string operations over whole columns (tables
    read from disk hold "" already; small frames built by hand may hold None)."""
    return column.fillna("").astype(str)


def or_else(column: pd.Series, fallback: str) -> pd.Series:
    """Each value of a text column, or `fallback` where it is empty (`value or fallback`, column-wise)."""
    return column.mask(column == "", fallback)
