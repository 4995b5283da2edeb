"""Tables on disk: each table as CSV (what people open), Parquet (what the notebooks read) and a
`<name>.meta.yaml` (what one row is, each column, and for extracted tables which corpus and which
code produced them, so a notebook can tell stale tables from fresh ones).

Everything here writes the same bytes for the same input: sorted rows, fixed float format,
Unix line ends, no timestamps. Every file is written whole or not at all (`write_atomically`): a
full disk or an interrupted run never leaves a truncated table where a reader would take it for
a complete one.
"""
from __future__ import annotations

import os
import signal
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, fields
from itertools import chain
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import yaml

from liaison.schema import TABLES, check_columns, conform

META_SUFFIX = ".meta.yaml"


class OutputError(OSError):
    """A file of the run's output could not be written (disk full, no permission); names the file."""


def write_atomically(path: Path, write: Callable[[Path], object]) -> Path:
    """Call `write(temporary path)` beside `path`, then rename it over `path`: readers see the old
    file or the new one, never half of one, and a file the previous run wrote is replaced (a new
    inode), not rewritten in place. A failure removes the temporary file and raises OutputError
    naming `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        write(partial)
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise OutputError(error.errno, f"cannot write {path}: {error.strerror or error}") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path


def write_text(path: Path, text: str) -> Path:
    """A UTF-8 text file, written atomically."""
    return write_atomically(path, lambda partial: partial.write_text(text, encoding="utf-8"))


@dataclass
class Tables:
    """The extracted tables of one corpus."""

    documents: pd.DataFrame
    passages: pd.DataFrame
    sentences: pd.DataFrame
    references: pd.DataFrame
    load_report: pd.DataFrame
    mentions: pd.DataFrame
    entities: pd.DataFrame
    positions: pd.DataFrame
    events: pd.DataFrame
    quantities: pd.DataFrame

    def as_dict(self) -> dict[str, pd.DataFrame]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


# Rows per Parquet row group: a reader that goes part by part (dask.dataframe, `in_parts`) holds
# one group at a time, so a group must stay small next to memory.
ROW_GROUP = 100_000


def write_table(frame: pd.DataFrame, tables_dir: Path, name: str, provenance: dict | None = None,
                csv: BackgroundCsv | None = None) -> Path:
    """Write `tables_dir/<name>.parquet`, `.csv` and, last, `.meta.yaml` (a table with a meta file
    is whole); returns the CSV's path. Given a `csv` writer, the CSV and the meta file are written
    by it from the Parquet file, while this process goes on.

    The columns must be the ones `liaison.schema` declares for `name`."""
    check_columns(name, list(frame.columns))
    frame = conform(frame, name)
    tables_dir.mkdir(parents=True, exist_ok=True)
    write_atomically(tables_dir / f"{name}.parquet", lambda partial: frame.to_parquet(
        partial, index=False, engine="pyarrow", compression="zstd", row_group_size=ROW_GROUP))
    table = TABLES[name]
    meta = yaml.safe_dump({
        "table": name,
        "one_row_per": table.row,
        "written_by": table.step,
        "rows": len(frame),
        **(provenance or {}),
        "columns": [{"name": c.name, "type": c.type, "meaning": c.meaning} for c in table.columns],
    }, sort_keys=False, allow_unicode=True, width=120)
    if csv is None:
        write_csv(frame, tables_dir / f"{name}.csv")
        write_text(tables_dir / f"{name}{META_SUFFIX}", meta)
    else:
        csv.submit(tables_dir, name, meta)
    return tables_dir / f"{name}.csv"


CSV_FORMAT = {"index": False, "lineterminator": "\n", "float_format": "%.10g"}


def write_csv(frame: pd.DataFrame, path: Path) -> Path:
    """A table as CSV: UTF-8, Unix line ends, floats in at most ten significant digits."""
    return write_atomically(path, lambda partial: frame.to_csv(partial, encoding="utf-8", **CSV_FORMAT))


def csv_from_parquet(tables_dir: str, name: str, meta: str) -> None:
    """Write a table's CSV from its Parquet file, then its meta file (in BackgroundCsv's process).
    Any failure is an OutputError naming the CSV."""
    folder = Path(tables_dir)
    try:
        write_atomically(folder / f"{name}.csv", lambda csv: _csv_by_row_group(folder / f"{name}.parquet", csv))
    except OutputError:
        raise
    except Exception as error:  # noqa: BLE001 - e.g. the Parquet file changed under us: said, naming the file
        raise OutputError(0, f"cannot write {folder / f'{name}.csv'}: {type(error).__name__}: {error}") from None
    write_text(folder / f"{name}{META_SUFFIX}", meta)


def _csv_by_row_group(parquet: Path, path: Path) -> None:
    """`write_csv`'s bytes, formatted one Parquet row group at a time: the writing process holds a
    group of the table, not the whole of it."""
    source = pq.ParquetFile(parquet)
    groups = (source.read_row_group(i) for i in range(source.num_row_groups))
    with path.open("w", encoding="utf-8", newline="") as out:
        for number, group in enumerate(chain([source.schema_arrow.empty_table()], groups)):
            group.to_pandas().to_csv(out, header=number == 0, **CSV_FORMAT)


class BackgroundCsv:
    """A second process that writes each table's CSV (and then its meta file) from its Parquet
    file. Formatting CSV is the slowest part of writing a large table and holds this process, so
    extraction's writer hands the CSVs over and joins and sorts the next table meanwhile, on the
    machine's other core.

    Used as a context: leaving it waits for every CSV and raises the first failure (an
    OutputError naming the file, also when the process itself died); leaving it on an error or
    Ctrl-C cancels the CSVs not begun and waits for the one being written, so nothing is written
    into the folder afterwards."""

    def __enter__(self) -> BackgroundCsv:
        self._pool = ProcessPoolExecutor(max_workers=1, initializer=signal.signal,
                                         initargs=(signal.SIGINT, signal.SIG_IGN))
        self._written: list[tuple[Path, Future]] = []
        return self

    def submit(self, tables_dir: Path, name: str, meta: str) -> None:
        self._written.append((tables_dir / f"{name}.csv",
                               self._pool.submit(csv_from_parquet, str(tables_dir), name, meta)))

    def __exit__(self, kind, error, traceback) -> None:
        if kind is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            return
        try:
            for path, written in self._written:
                try:
                    written.result()
                except BrokenProcessPool:
                    raise OutputError(0, f"cannot write {path}: the process writing it ended abruptly") from None
        finally:
            self._pool.shutdown(wait=True, cancel_futures=True)


def read_table(tables_dir: Path, name: str, columns: list[str] | None = None) -> pd.DataFrame:
    """One table from its Parquet file, optionally only some columns."""
    return pd.read_parquet(tables_dir / f"{name}.parquet", columns=columns)


def count_rows(tables_dir: Path, name: str) -> int:
    """A table's row count, from its Parquet footer: no row is read."""
    return pq.read_metadata(tables_dir / f"{name}.parquet").num_rows


def read_meta(tables_dir: Path, name: str) -> dict:
    """A table's meta file, or {} when there is none (or it is not readable)."""
    try:
        meta = yaml.safe_load((tables_dir / f"{name}{META_SUFFIX}").read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return {}
    return meta if isinstance(meta, dict) else {}
