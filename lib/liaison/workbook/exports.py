"""Exports an analyst can take elsewhere, written under `OUT/exports/` after the notebooks:
an Excel workbook of every table, FollowTheMoney entities for Aleph, a GraphML network for
Gephi, and the documents as BibTeX and CSL-JSON for a reference manager."""
from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import networkx as nx
import pandas as pd

from liaison import schema
from liaison.store import count_rows, read_table
from liaison.workbook.citations import write_bibtex, write_csl_json
from liaison.workbook.ftm import write_ftm

EXCEL_CELL_LIMIT = 32_767  # characters Excel holds in one cell
EXCEL_ROW_BUDGET = 50_000  # rows in all sheets: larger tables stay in tables/ (CSV, Parquet)
CUT_MARKER = " … [cut: {n} characters in all; the full text is in tables/{table}.csv]"
# Control characters the OOXML format cannot hold (openpyxl refuses them).
ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
FIXED_TIME = datetime.datetime(2000, 1, 1)  # workbook properties carry no run time


class TablesOnDisk(Mapping[str, pd.DataFrame]):
    """The run's tables by name, each read from its Parquet file when asked for and not kept, so
    the exports of a large corpus hold one table at a time; `rows` reads a length from the file's
    footer without reading the table."""

    def __init__(self, tables_dir: Path):
        self.tables_dir = tables_dir
        self.names = [n for n in schema.TABLES if (tables_dir / f"{n}.parquet").exists()]

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self.names:
            raise KeyError(name)
        return read_table(self.tables_dir, name)

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __contains__(self, name: object) -> bool:  # Mapping's would read the table
        return name in self.names

    def __len__(self) -> int:
        return len(self.names)

    def rows(self) -> dict[str, int]:
        return {name: count_rows(self.tables_dir, name) for name in self.names}

    def without_text(self, name: str) -> pd.DataFrame:
        """`documents` (or another table) without its `text` column, which no export but Excel writes."""
        return read_table(self.tables_dir, name, [c for c in schema.columns(name) if c != "text"])


def write_exports(out_dir: Path, corpus_dir: Path) -> list[Path]:
    """Every export of the run in `out_dir/tables`; returns the files written."""
    tables, target = TablesOnDisk(out_dir / "tables"), out_dir / "exports"
    target.mkdir(parents=True, exist_ok=True)
    written = [write_excel(tables, target / "liaison.xlsx", rows=tables.rows())]
    if {"documents", "entities", "positions", "events"} <= set(tables):
        events, entities = tables["events"], tables["entities"]
        frames = {"documents": tables.without_text("documents"), "entities": entities,
                  "positions": tables["positions"], "events": events}
        written.append(write_ftm(frames, target / "entities.ftm.json"))
        del frames
        written.append(write_graphml(events, entities, target / "network.graphml"))
    if "documents" in tables:
        documents = tables.without_text("documents")
        written.append(write_bibtex(documents, corpus_dir, target / "documents.bib"))
        written.append(write_csl_json(documents, corpus_dir, target / "documents.csl.json"))
    return written


# ------------------------------------------------------------------------------------------
# Excel
# ------------------------------------------------------------------------------------------

def write_excel(frames: Mapping[str, pd.DataFrame], path: Path, row_budget: int = EXCEL_ROW_BUDGET,
                rows: dict[str, int] | None = None) -> Path:
    """One sheet per table, after a first sheet saying what each table and column is. A corpus
    whose tables outgrow a workbook (Excel holds 1,048,576 rows a sheet, and a spreadsheet of
    millions of rows is read by no one) gets its smallest tables up to `row_budget` rows in all;
    the guide says which tables are left out and where they are. `rows` (each table's length,
    when known without reading it) spares reading the tables left out."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    rows = rows if rows is not None else {name: len(frame) for name, frame in frames.items()}
    included, total = set(), 0
    for name in sorted(rows, key=lambda n: (rows[n], n)):
        if total + rows[name] <= row_budget:
            included.add(name)
            total += rows[name]
    book = Workbook(write_only=True)
    book.properties.created = book.properties.modified = FIXED_TIME
    guide = book.create_sheet("tables")
    guide.append(["table", "one row per", "written by", "rows", "sheet", "column", "type", "meaning"])
    for name in frames:
        table = schema.TABLES[name]
        sheet_note = "yes" if name in included else f"no: too large for a workbook, see tables/{name}.csv"
        for i, column in enumerate(table.columns):
            head = [name, table.row, table.step, rows[name], sheet_note] if i == 0 else ["", "", "", "", ""]
            guide.append([*head, column.name, column.type, column.meaning])
    for name in frames:
        if name not in included:
            continue
        frame = frames[name]
        sheet = book.create_sheet(name[:31])
        sheet.append(list(frame.columns))
        for values in frame.itertuples(index=False):
            row = []
            for value in values:
                cell = WriteOnlyCell(sheet, value=excel_value(value, name))
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # text that starts with "=" stays text, never a formula
                row.append(cell)
            sheet.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    _fix_times(path)
    return path


def _fix_times(path: Path) -> None:
    """Make the .xlsx byte-stable: openpyxl stamps the save time into docProps/core.xml and the zip
    stamps each part with the clock; both become FIXED_TIME, the parts kept in order."""
    import zipfile

    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path) as source:
        parts = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
            target.writestr(zipfile.ZipInfo(name, date_time=FIXED_TIME.timetuple()[:6]), data,
                            compress_type=zipfile.ZIP_DEFLATED)


def excel_value(value, table: str):
    """A cell value Excel accepts: missing as empty, text without control characters, and text
    over Excel's limit cut with a marker saying where the whole of it is."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
    if not isinstance(value, str):
        return value
    value = ILLEGAL.sub("", value)
    if len(value) > EXCEL_CELL_LIMIT:
        marker = CUT_MARKER.format(n=len(value), table=table)
        value = value[: EXCEL_CELL_LIMIT - len(marker)] + marker
    return value


# ------------------------------------------------------------------------------------------
# GraphML
# ------------------------------------------------------------------------------------------

def meeting_graph(events: pd.DataFrame, entities: pd.DataFrame) -> nx.Graph:
    """People and parties (organisations) met: an edge joins an event's actor to its counterpart and
    to the counterpart's organisation; `weight` counts the distinct real-world events (event_key,
    else event_id) behind it, `documents` the documents reporting them."""
    names = dict(zip(entities.entity_id, entities.name))
    kinds = dict(zip(entities.entity_id, entities.kind))
    edges: dict[tuple[str, str], tuple[set, set]] = {}
    for row in events.fillna("").itertuples():
        if row.kind not in ("visit", "meeting") or not row.actor_id:
            continue
        event = getattr(row, "event_key", "") or row.event_id
        party = getattr(row, "counterpart_party_id", "")
        for other in {row.counterpart_id, f"party:{party}" if party else ""} - {"", row.actor_id}:
            keys, docs = edges.setdefault(tuple(sorted((row.actor_id, other))), (set(), set()))
            keys.add(event)
            docs.add(row.doc_id)
    graph = nx.Graph()
    for node in sorted({n for pair in edges for n in pair}):
        graph.add_node(node, label=names.get(node, node), kind=kinds.get(node, "party"))
    for (a, b), (keys, docs) in sorted(edges.items()):
        graph.add_edge(a, b, weight=len(keys), documents="|".join(sorted(docs)))
    return graph


def write_graphml(events: pd.DataFrame, entities: pd.DataFrame, path: Path) -> Path:
    """The meeting graph as GraphML, nodes and edges sorted so the same tables give the same bytes."""
    lines = nx.generate_graphml(meeting_graph(events, entities), encoding="utf-8", prettyprint=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
