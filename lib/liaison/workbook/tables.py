"""The tables a notebook reads: the extracted tables under `tables_dir`, each read from Parquet
the first time the notebook asks for it.

`liaison run` extracts once and hands every notebook the same folder, so notebooks never
extract. A notebook opened on its own (in JupyterLab) still works: when the folder is missing a
table, or its tables were written from another corpus or by other code, it extracts first.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from liaison import schema
from liaison.extract.pipeline import extract_to, staleness
from liaison.paths import resolve
from liaison.store import count_rows, read_table

# Columns no notebook reads, left on disk: every document's full text is the largest column of a
# corpus, and each of the six kernels would otherwise hold a copy (evidence comes from `sentences`).
LEFT_ON_DISK = {"documents": ("text",)}


def _read_columns(name: str) -> list[str]:
    """The columns a notebook reads of table `name`: all but those left on disk."""
    return [c for c in schema.columns(name) if c not in LEFT_ON_DISK.get(name, ())]


class TableSet:
    """Extracted tables by name (`tables.events`), loaded on first use and kept; `documents`
    without its `text` column."""

    def __init__(self, tables_dir: Path):
        self.tables_dir = tables_dir
        self._loaded: dict[str, pd.DataFrame] = {}

    def __getattr__(self, name: str) -> pd.DataFrame:
        self._check(name)
        if name not in self._loaded:
            self._loaded[name] = read_table(self.tables_dir, name, _read_columns(name))
        return self._loaded[name]

    @staticmethod
    def _check(name: str) -> None:
        if name not in schema.EXTRACTED:
            raise AttributeError(f"no extracted table {name!r}; the tables are: {', '.join(schema.EXTRACTED)}")

    def doc_ids(self, name: str) -> pd.Series:
        """`name`'s doc_id column, one value per row: read alone from the Parquet file unless the table
        is loaded already (counting rows per document needs no mention text)."""
        self._check(name)
        if name in self._loaded:
            return self._loaded[name].doc_id
        return pq.read_table(self.tables_dir / f"{name}.parquet", columns=["doc_id"]).to_pandas().doc_id

    def naming(self, name: str, entity_id: str | None) -> pd.DataFrame:
        """`name`'s rows of only the documents that name `entity_id` (none without one): a person's
        co-mentions need those documents' mentions and passages, not every document's, and the
        filter runs in the Parquet reader, so the rest of a large corpus is never held."""
        self._check(name)
        if not entity_id:
            return schema.frame([], name)[_read_columns(name)]
        naming = pq.read_table(self.tables_dir / "mentions.parquet", columns=["doc_id"],
                               filters=[("entity_id", "==", entity_id)]).column("doc_id").unique()
        return self.where(name, "doc_id", naming)

    def where(self, name: str, column: str, values) -> pd.DataFrame:
        """`name`'s rows whose `column` holds one of `values`, filtered in the Parquet reader (a
        notebook that needs the infobox passages does not hold every passage of the corpus)."""
        self._check(name)
        if not len(values):
            return schema.frame([], name)[_read_columns(name)]
        rows = pq.read_table(self.tables_dir / f"{name}.parquet", columns=_read_columns(name),
                             filters=[(column, "in", values)])
        return schema.conform(rows.replace_schema_metadata(None).to_pandas(), name)

    def in_parts(self, name: str, function: Callable[..., pd.DataFrame], *args, sort: list[str]) -> pd.DataFrame:
        """`function(part, *args)` over a table read as dask.dataframe partitions (the Parquet
        file's row groups), one partition at a time, the results joined and stably sorted by
        `sort`: a table larger than memory is never held whole. `function` must work row by row
        (a filter, a match per sentence), so that parts give what the whole table would."""
        import dask.dataframe as dd

        self._check(name)
        empty = schema.frame([], name)
        parts = dd.read_parquet(self.tables_dir / f"{name}.parquet", columns=list(empty.columns),
                                split_row_groups=True)
        found = parts.map_partitions(function, *args, meta=function(empty, *args)).compute(scheduler="synchronous")
        return found.sort_values(sort, kind="stable").reset_index(drop=True)

    def rows(self, name: str) -> int:
        """A table's row count, read from its Parquet footer: counting passages reads no passage."""
        self._check(name)
        return count_rows(self.tables_dir, name)


# Set by `liaison run` for the kernels it starts: it has just extracted, so stale tables mean the
# corpus changed during the run, and six kernels must not each start extracting into one folder.
TABLES_FROM_RUN = "LIAISON_TABLES_FROM_RUN"


def open_tables(tables_dir: str, corpus_dir: str) -> TableSet:
    """The extracted tables of `corpus_dir` in `tables_dir`, extracting first if they are not current."""
    folder = resolve(tables_dir)
    if why := staleness(corpus_dir, folder):
        if os.environ.get(TABLES_FROM_RUN):
            raise RuntimeError(f"the tables in {tables_dir} no longer match {corpus_dir}: {why} (during the "
                               "run); run `liaison run` again")
        print(f"extracting {corpus_dir} into {tables_dir} (its tables are missing or stale)", file=sys.stderr)
        extract_to(corpus_dir, folder)
    return TableSet(folder)
