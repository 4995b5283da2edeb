"""How a table is declared: what one row is, and each column's type and meaning."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    meaning: str


@dataclass(frozen=True)
class Table:
    name: str
    row: str  # what one row is
    step: str  # "extract" or the notebook that writes it
    columns: tuple[Column, ...]
    sort: tuple[str, ...] = ()

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def declare(name: str, row: str, step: str, columns: str, sort: str = "") -> Table:
    """Columns as lines of `name type meaning`, which reads like the dictionary it renders to."""
    parsed = []
    for line in columns.strip().splitlines():
        col, kind, meaning = line.strip().split(maxsplit=2)
        parsed.append(Column(col, kind, meaning))
    return Table(name, row, step, tuple(parsed), tuple(sort.split()))
