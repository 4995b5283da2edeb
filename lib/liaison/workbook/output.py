"""Writing tables and figures so that the same input gives the same bytes on every run."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from liaison.extract.pipeline import Tables


def write_table(frame: pd.DataFrame, path: Path) -> Path:
    """UTF-8 CSV with Unix line ends and a fixed float format (byte-identical across runs)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n", float_format="%.10g")
    return path


def write_tables(tables: Tables, out_dir: Path) -> list[Path]:
    """Every table of a run as `out_dir/tables/<name>.csv`."""
    return [write_table(frame, out_dir / "tables" / f"{name}.csv") for name, frame in tables.as_dict().items()]


def save_figure(fig: Figure, path: str | Path, *, dpi: int = 150) -> Path:
    """Write any figure as PNG so that the same figure always gives the same bytes.

    Matplotlib stamps its version into the PNG "Software" text chunk, which would change
    outputs on a matplotlib upgrade with nothing else changed; it is dropped. PNG gets no
    date from matplotlib, so nothing else varies.
    """
    path = Path(path)
    if path.suffix.lower() != ".png":
        raise ValueError(f"save_figure writes PNG; give a .png path, not {path.name!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format="png", dpi=dpi, metadata={"Software": None}, bbox_inches="tight")
    return path
