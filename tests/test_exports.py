"""The exports under OUT/exports: Excel, FollowTheMoney, GraphML, BibTeX and CSL-JSON, written
from the tables of a small corpus of agency reports (English and Chinese) with sidecars."""
import json
import re
import zipfile

import networkx as nx
import pandas as pd
import pytest
from agency_reports import AGENCY
from liaison import schema
from liaison.extract.pipeline import extract_to
from liaison.workbook import exports
from liaison.workbook.ftm import ftm_entities

ZH = ("中联部部长会见越南共产党代表团\n\n新华社北京3月2日电 中共中央对外联络部部长周明远2日在北京会见越南共产党代表团。"
      "双方就加强党际交流进行了讨论。\n")


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    for key in ("hanoi", "ghana", "anc", "appointment"):
        published, text = AGENCY[key]
        (corpus / f"{key}.txt").write_text(text, encoding="utf-8")
        (corpus / f"{key}.meta.yaml").write_text(
            f"doc_id: {key}\npublished: '{published}'\noutlet: Xinhua & partners {{50%}}\n"
            f"source_url: https://example.org/{key}?a=1&b=2\naccess_date: '2026-11-01'\nauthors: [Li Hua, Wang Fang]\n",
            encoding="utf-8")
    (corpus / "zh.txt").write_text(ZH, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    extract_to(corpus, out / "tables", workers=1)
    written = exports.write_exports(out, corpus)
    return out, corpus, written


def test_every_export_is_written(run):
    out, _, written = run
    assert sorted(p.name for p in written) == sorted(
        ["liaison.xlsx", "entities.ftm.json", "network.graphml", "documents.bib", "documents.csl.json"])
    assert all(p.parent == out / "exports" and p.stat().st_size for p in written)


def test_excel_has_a_guide_then_one_sheet_per_table(run):
    from openpyxl import load_workbook

    out, _, _ = run
    book = load_workbook(out / "exports" / "liaison.xlsx", read_only=True)
    tables = [n for n in schema.TABLES if (out / "tables" / f"{n}.parquet").exists()]
    assert book.sheetnames == ["tables", *tables]
    guide = list(book["tables"].iter_rows(values_only=True))
    assert guide[0][:6] == ("table", "one row per", "written by", "rows", "sheet", "column")
    assert {row[5] for row in guide[1:]} >= set(schema.columns("events"))
    documents = pd.read_parquet(out / "tables" / "documents.parquet")
    sheet = list(book["documents"].iter_rows(values_only=True))
    assert list(sheet[0]) == list(documents.columns) and len(sheet) == len(documents) + 1
    assert [r for r in guide if r[0] == "documents"][0][3] == len(documents)


def test_tables_too_large_for_a_workbook_stay_out_and_the_guide_says_where_they_are(tmp_path):
    from openpyxl import load_workbook

    frames = {"documents": pd.DataFrame({"doc_id": ["a", "b"]}),
              "mentions": pd.DataFrame({"doc_id": ["a"] * 5, "start": range(5)})}
    exports.write_excel(frames, tmp_path / "x.xlsx", row_budget=4)
    book = load_workbook(tmp_path / "x.xlsx", read_only=True)
    assert book.sheetnames == ["tables", "documents"]
    notes = {row[0]: row[4] for row in book["tables"].iter_rows(values_only=True) if row[0] in frames}
    assert notes == {"documents": "yes", "mentions": "no: too large for a workbook, see tables/mentions.csv"}


def test_excel_is_byte_stable(tmp_path):
    frame = pd.DataFrame({"doc_id": ["a"], "text": ["x"]})
    exports.write_excel({"documents": frame}, tmp_path / "one.xlsx")
    exports.write_excel({"documents": frame}, tmp_path / "two.xlsx")
    assert (tmp_path / "one.xlsx").read_bytes() == (tmp_path / "two.xlsx").read_bytes()
    with zipfile.ZipFile(tmp_path / "one.xlsx") as book:  # no clock in it, so not equal by luck of the second
        assert {info.date_time for info in book.infolist()} == {(2000, 1, 1, 0, 0, 0)}
        core = book.read("docProps/core.xml").decode()
    assert core.count("2000-01-01T00:00:00Z") == 2


def test_excel_cells_are_cut_at_the_limit_with_a_marker_and_text_never_becomes_a_formula(tmp_path):
    from openpyxl import load_workbook

    long = "word " * 8000  # 40,000 characters
    frame = pd.DataFrame({"doc_id": ["a", "b"], "text": [long, "=HYPERLINK(\"x\")\x07"]})
    exports.write_excel({"documents": frame}, tmp_path / "x.xlsx")
    rows = list(load_workbook(tmp_path / "x.xlsx")["documents"].iter_rows(values_only=True))
    cut = rows[1][1]
    assert len(cut) == exports.EXCEL_CELL_LIMIT and cut.endswith("the full text is in tables/documents.csv]")
    assert "40000 characters in all" in cut
    assert rows[2][1] == '=HYPERLINK("x")'  # a string, control character dropped, not a formula


def test_ftm_entities_validate_against_the_followthemoney_model(run):
    followthemoney = pytest.importorskip("followthemoney", reason="followthemoney (dev extra) is not installed")
    model = followthemoney.model
    out, _, _ = run
    lines = (out / "exports" / "entities.ftm.json").read_text(encoding="utf-8").splitlines()
    entities = [json.loads(line) for line in lines]
    ids = {e["id"] for e in entities}
    assert len(ids) == len(entities)
    for data in entities:
        schema_ = model.get(data["schema"])
        assert schema_ is not None and not schema_.abstract, data
        for name, values in data["properties"].items():
            prop = schema_.get(name)
            assert prop is not None, (data["schema"], name)
            for value in values:
                assert prop.type.clean(value) is not None, (data["schema"], name, value)
                if prop.type.name == "entity":
                    assert value in ids, (name, value)  # every reference resolves in the file
        proxy = model.get_proxy(data, cleaned=False)
        assert proxy.id == data["id"]
    kinds = {e["schema"] for e in entities}
    assert {"Document", "Person", "Organization", "Position", "Occupancy", "Event"} <= kinds
    events = [e for e in entities if e["schema"] == "Event"]
    assert all(e["properties"].get("proof") and e["properties"].get("description") for e in events)
    hanoi = [e for e in events if "Li Xiaoming" in e["properties"]["name"][0]]
    assert hanoi and "vn" in hanoi[0]["properties"].get("country", [])


def test_ftm_is_the_same_for_the_same_tables(run):
    out, _, _ = run
    frames = {n: pd.read_parquet(out / "tables" / f"{n}.parquet")
              for n in ("documents", "entities", "positions", "events")}
    assert ftm_entities(frames) == ftm_entities(frames)
    assert [e["id"] for e in ftm_entities(frames)] == sorted(e["id"] for e in ftm_entities(frames))


def test_graphml_parses_is_byte_stable_and_weights_count_distinct_events(run, tmp_path):
    out, _, _ = run
    path = out / "exports" / "network.graphml"
    graph = nx.read_graphml(path)
    assert graph.number_of_nodes() >= 2 and all("label" in d for _, d in graph.nodes(data=True))
    events = pd.read_parquet(out / "tables" / "events.parquet")
    entities = pd.read_parquet(out / "tables" / "entities.parquet")
    exports.write_graphml(events, entities, tmp_path / "again.graphml")
    assert (tmp_path / "again.graphml").read_bytes() == path.read_bytes()
    two_reports = pd.DataFrame([
        {"event_id": f"d{i}:e0", "event_key": "k1", "kind": "meeting", "actor_id": "person:a", "counterpart_id":
         "person:b", "counterpart_party_id": "", "doc_id": f"d{i}"} for i in (1, 2)
    ] + [{"event_id": "d3:e0", "event_key": "k2", "kind": "visit", "actor_id": "person:b", "counterpart_id": "person:a",
          "counterpart_party_id": "x", "doc_id": "d3"}])
    people = pd.DataFrame({"entity_id": ["person:a", "person:b"], "name": ["A", "B"], "kind": ["person", "person"]})
    graph = exports.meeting_graph(two_reports, people)
    assert graph["person:a"]["person:b"]["weight"] == 2  # k1 once though two documents report it, and k2
    assert graph["person:a"]["person:b"]["documents"] == "d1|d2|d3"
    assert graph["person:b"]["party:x"]["weight"] == 1
    party_met = pd.DataFrame([{"event_id": "d4:e0", "event_key": "k3", "kind": "meeting", "actor_id": "person:a",
                               "counterpart_id": "party:x", "counterpart_party_id": "x", "doc_id": "d4"}])
    assert sorted(exports.meeting_graph(party_met, people).nodes) == ["party:x", "person:a"]  # one node per party


BIB_ENTRY = re.compile(r"@(\w+)\{([^,\s]+),\n((?:  \w+ = \{.*\},?\n)+)\}\n")


def test_bibtex_parses_and_escapes_and_csl_json_carries_the_sidecar_fields(run):
    out, _, _ = run
    bib = (out / "exports" / "documents.bib").read_text(encoding="utf-8")
    entries = BIB_ENTRY.findall(bib)
    assert len(entries) == 5 and len(bib.strip().split("\n\n")) == 5
    assert bib.count("{") == bib.count("}")
    hanoi = next(body for kind, key, body in entries if key == "hanoi")
    assert "organization = {Xinhua \\& partners \\{50\\%\\}}" in hanoi
    assert "author = {{Li Hua} and {Wang Fang}}" in hanoi and "urldate = {2026-11-01}" in hanoi
    assert "date = {2023-09-06}" in hanoi
    items = {i["id"]: i for i in json.loads((out / "exports" / "documents.csl.json").read_text(encoding="utf-8"))}
    assert items["hanoi"]["issued"] == {"date-parts": [[2023, 9, 6]]}
    assert items["hanoi"]["URL"] == "https://example.org/hanoi?a=1&b=2"
    assert items["hanoi"]["author"] == [{"literal": "Li Hua"}, {"literal": "Wang Fang"}]
    assert items["zh"]["type"] == "webpage" and "container-title" not in items["zh"]  # no sidecar: no outlet


def test_the_tables_on_disk_are_counted_and_tested_without_reading_a_row(run, monkeypatch):
    out, _, _ = run
    tables = exports.TablesOnDisk(out / "tables")
    rows = tables.rows()
    monkeypatch.setattr(exports, "read_table", None)  # any read of a table fails
    assert "documents" in tables and "no such table" not in tables and rows["documents"] == 5
