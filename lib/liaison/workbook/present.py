"""What notebooks call to show and save results, so every notebook cites and saves the same way.

A finding is one small value plus the sources it rests on: document title, outlet and date,
and the quoted evidence sentence, so a reader can cite the words rather than the workbook.
"""
from __future__ import annotations

import textwrap
import pandas as pd

from liaison.workbook.output import save_figure as _save_png
from liaison.workbook.output import write_table
from liaison.paths import resolve


def sources(tables, rows: pd.DataFrame, limit: int = 3, width: int = 100) -> str:
    """Cite the documents and sentences behind `rows` (which carry doc_id and evidence)."""
    if rows.empty:
        return "sources: none in this corpus"
    docs = tables.documents.set_index("doc_id")
    lines = [f"sources ({rows.doc_id.nunique()} document(s), {len(rows)} row(s)):"]
    seen = set()
    for row in rows.itertuples():
        key = (row.doc_id, getattr(row, "evidence", ""))
        if key in seen:
            continue
        seen.add(key)
        if row.doc_id in docs.index:
            doc = docs.loc[row.doc_id]
            lines.append(f"- {doc.title} ({doc.outlet or 'unknown outlet'}, {doc.published or 'undated'}) [{row.doc_id}]")
        else:
            lines.append(f"- [{row.doc_id}] (not a document of this corpus)")
        evidence = getattr(row, "evidence", "")
        if evidence:
            lines.append(textwrap.indent(textwrap.fill(f"“{evidence}”", width), "    "))
        if len(seen) >= limit:
            break
    if len(rows) > len(seen):
        lines.append(f"  … and {len(rows) - len(seen)} more row(s) in the table")
    return "\n".join(lines)


def save_table(frame: pd.DataFrame, output_dir: str, name: str) -> str:
    """Write `output_dir/tables/<name>.csv`; returns the path relative to output_dir."""
    write_table(frame, resolve(output_dir) / "tables" / f"{name}.csv")
    return f"tables/{name}.csv"


def save_figure(fig, output_dir: str, name: str) -> str:
    """Write `output_dir/figures/<name>.png` byte-stably; returns the path relative to output_dir."""
    _save_png(fig, resolve(output_dir) / "figures" / f"{name}.png")
    return f"figures/{name}.png"

