"""What notebooks call to show and save results, so every notebook cites and saves the same way.

A finding is one small value plus the sources it rests on: document title, outlet and date,
and the quoted evidence sentence, so a reader can cite the words rather than the workbook.
"""
from __future__ import annotations

import textwrap
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from liaison.analysis.fonts import use_cjk_fonts
from liaison.paths import resolve
from liaison.store import write_table

# Notebooks import this module before they draw: from then on Chinese labels have a font.
use_cjk_fonts()


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
            lines.append(
                f"- {doc.title} ({doc.outlet or 'unknown outlet'}, {doc.published or 'undated'}) [{row.doc_id}]"
            )
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
    """Write `output_dir/tables/<name>.csv` (with its Parquet and meta files); returns the CSV's
    path relative to output_dir."""
    write_table(frame, resolve(output_dir) / "tables", name)
    return f"tables/{name}.csv"


def save_figure(fig: Figure, output_dir: str, name: str) -> str:
    """Write `output_dir/figures/<name>.png` byte-stably; returns the path relative to output_dir."""
    write_png(fig, resolve(output_dir) / "figures" / f"{name}.png")
    return f"figures/{name}.png"


def write_png(fig: Figure, path: str | Path, *, dpi: int = 150) -> Path:
    """Write any figure as PNG so that the same figure always gives the same bytes.

    Matplotlib stamps its version into the PNG "Software" text chunk, which would change
    outputs on a matplotlib upgrade with nothing else changed; it is dropped. PNG gets no
    date from matplotlib, so nothing else varies.
    """
    path = Path(path)
    if path.suffix.lower() != ".png":
        raise ValueError(f"write_png writes PNG; give a .png path, not {path.name!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format="png", dpi=dpi, metadata={"Software": None}, bbox_inches="tight")
    return path

