"""Every table the workbook writes, declared once: what one row is, and each column's type and meaning.

Column lists in the code, the `<name>.meta.yaml` written beside each table and the README's data
dictionary all come from here, so a column cannot be renamed in one place and not the others.
Types: str (empty when unknown, never NaN), int, float, bool; "int?" is an integer column that is
empty when unknown (written as a float column so it can hold the gap).
"""
from __future__ import annotations

import pandas as pd

from liaison.schema.extracted import EXTRACTED_TABLES
from liaison.schema.notebooks import NOTEBOOK_TABLES
from liaison.schema.table import Column, Table

__all__ = ["PROSE_SECTIONS", "SECTIONS", "TABLES", "EXTRACTED", "Column", "Table", "check_columns", "columns",
           "conform", "frame", "markdown", "sort"]

# Sections of a passage, and the ones facts are read from (title, body, caption, infobox).
SECTIONS = ("title", "meta", "body", "heading", "infobox", "caption", "related", "references", "boilerplate")
PROSE_SECTIONS = frozenset({"title", "body", "infobox", "caption"})

TABLES: dict[str, Table] = {t.name: t for t in (*EXTRACTED_TABLES, *NOTEBOOK_TABLES)}

EXTRACTED = tuple(name for name, table in TABLES.items() if table.step == "extract")


def columns(name: str) -> list[str]:
    """The declared columns of a table, in order."""
    return TABLES[name].column_names


def frame(rows: list, name: str) -> pd.DataFrame:
    """Rows (dicts, or lists in column order) as the declared table: its columns, sorted by its keys."""
    return sort(pd.DataFrame(rows, columns=columns(name)), name)


# The pandas dtype of each declared type: an empty frame, or one joined from empty and full parts,
# would otherwise hold `object` columns and write different Parquet for the same rows.
DTYPES = {"str": "str", "int": "int64", "int?": "float64", "float": "float64", "bool": "bool"}


def conform(table: pd.DataFrame, name: str) -> pd.DataFrame:
    """A table with each column in its declared dtype."""
    wanted = {c.name: DTYPES[c.type] for c in TABLES[name].columns}
    changed = {col: dtype for col, dtype in wanted.items() if col in table and table[col].dtype != dtype}
    if not changed:
        return table
    text = [col for col, dtype in changed.items() if dtype == "str"]
    if text:  # "empty when unknown, never NaN"
        table = table.assign(**{col: table[col].fillna("") for col in text})
    return table.astype(changed)


def sort(table: pd.DataFrame, name: str) -> pd.DataFrame:
    """A table in its declared dtypes and row order (stable, so ties keep the order they came in)."""
    table = conform(table, name)
    keys = list(TABLES[name].sort)
    if not len(table) or not keys:
        return table.reset_index(drop=True)
    return table.sort_values(keys, kind="stable").reset_index(drop=True)


def check_columns(name: str, actual: list[str]) -> None:
    """Refuse to write a table whose columns are not the declared ones, naming the difference."""
    if name not in TABLES:
        raise KeyError(f"table {name!r} is not declared in liaison.schema")
    declared = columns(name)
    if list(actual) != declared:
        missing = [c for c in declared if c not in actual]
        extra = [c for c in actual if c not in declared]
        raise ValueError(f"table {name!r}: columns differ from liaison.schema (missing {missing}, extra {extra}, "
                         f"or out of order)")


def markdown() -> str:
    """The README's data dictionary, rendered from the declarations."""
    lines = []
    for step in ("extract", *sorted({t.step for t in TABLES.values()} - {"extract"})):
        lines.append(f"\n#### Written by {'`extract`' if step == 'extract' else f'notebook `{step}`'}\n")
        for table in (t for t in TABLES.values() if t.step == step):
            lines.append(f"**{table.name}** — one row per {table.row}.\n")
            lines.append("| column | type | meaning |\n| --- | --- | --- |")
            lines.extend(f"| `{c.name}` | {c.type} | {c.meaning.replace('|', '&#124;')} |" for c in table.columns)
            lines.append("")
    return "\n".join(lines).strip() + "\n"
