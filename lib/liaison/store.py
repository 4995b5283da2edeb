"""Tables on disk: each table as CSV (what people open), Parquet (what the notebooks read) and a
`<name>.meta.yaml` (what one row is, each column, and for extracted tables which corpus and which
code produced them, so a notebook can tell stale tables from fresh ones).

Everything here writes the same bytes for the same input: sorted rows, fixed float format,
Unix line ends, no timestamps.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

import pandas as pd
import yaml

from liaison.schema import TABLES, check_columns, conform

META_SUFFIX = ".meta.yaml"


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


def write_table(frame: pd.DataFrame, tables_dir: Path, name: str, provenance: dict | None = None) -> Path:
    """Write `tables_dir/<name>.csv`, `.parquet` and `.meta.yaml`; returns the CSV's path.

    The columns must be the ones `liaison.schema` declares for `name`."""
    check_columns(name, list(frame.columns))
    frame = conform(frame, name)
    tables_dir.mkdir(parents=True, exist_ok=True)
    csv = tables_dir / f"{name}.csv"
    frame.to_csv(csv, index=False, encoding="utf-8", lineterminator="\n", float_format="%.10g")
    frame.to_parquet(tables_dir / f"{name}.parquet", index=False, engine="pyarrow", compression="zstd")
    table = TABLES[name]
    meta = {
        "table": name,
        "one_row_per": table.row,
        "written_by": table.step,
        "rows": len(frame),
        **(provenance or {}),
        "columns": [{"name": c.name, "type": c.type, "meaning": c.meaning} for c in table.columns],
    }
    (tables_dir / f"{name}{META_SUFFIX}").write_text(
        yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    return csv


def write_tables(tables: Tables, tables_dir: Path, provenance: dict) -> list[Path]:
    """Every extracted table, each stamped with the corpus and code it came from."""
    return [write_table(frame, tables_dir, name, provenance) for name, frame in tables.as_dict().items()]


def read_table(tables_dir: Path, name: str, columns: list[str] | None = None) -> pd.DataFrame:
    """One table from its Parquet file, optionally only some columns."""
    return pd.read_parquet(tables_dir / f"{name}.parquet", columns=columns)


def read_meta(tables_dir: Path, name: str) -> dict:
    """A table's meta file, or {} when there is none (or it is not readable)."""
    try:
        meta = yaml.safe_load((tables_dir / f"{name}{META_SUFFIX}").read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return {}
    return meta if isinstance(meta, dict) else {}
