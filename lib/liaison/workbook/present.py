"""What notebooks call to save results, so every notebook saves the same way (findings are shown
with `liaison.workbook.findings`)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from liaison.analysis.fonts import use_cjk_fonts
from liaison.paths import resolve
from liaison.store import write_atomically, write_table

# Notebooks import this module before they draw: from then on Chinese labels have a font.
use_cjk_fonts()


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
    return write_atomically(path, lambda partial: fig.savefig(
        partial, format="png", dpi=dpi, metadata={"Software": None}, bbox_inches="tight"))

