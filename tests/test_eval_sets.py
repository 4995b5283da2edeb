"""The evaluation sets kept in `eval/` must stay scorable: every gold file reads as `liaison score` reads it,
codes only the events table's kinds and known country codes, and lists exactly the documents its
`documents.csv` names, with the same addresses. A set that drifts from these would score silently wrong."""
import csv
import json
from pathlib import Path

import pytest
from liaison.reference.places import country_name
from liaison.schema import TABLES
from liaison.workbook.accuracy import read_gold

EVAL = Path(__file__).resolve().parents[1] / "eval"
SETS = sorted(p.parent.name for p in EVAL.glob("*/gold.json"))
KINDS = {k.strip() for k in next(c for c in TABLES["events"].columns if c.name == "kind").meaning.split("|")}


def test_the_sets_the_readme_describes_are_there():
    described = (EVAL / "README.md").read_text(encoding="utf-8")
    assert SETS and all(f"`{name}`" in described for name in SETS)


@pytest.mark.parametrize("name", SETS)
def test_a_gold_file_codes_only_known_kinds_countries_and_splits(name):
    gold = read_gold(EVAL / name / "gold.json")
    for doc, rows in gold.items():
        assert rows.get("split") in ("dev", "test"), f"{name}/{doc}: split must be dev or test"
        for iso3 in rows.get("countries", []) + [p for e in rows.get("events", []) for p in e.get("places", [])]:
            assert country_name(iso3), f"{name}/{doc}: unknown country code {iso3!r}"
        for event in rows.get("events", []):
            assert event["kind"] in KINDS, f"{name}/{doc}: kind {event['kind']!r} is not an events kind"
            start = event.get("start", "")
            assert start == "" or len(start) in (4, 7, 10) and start[:4].isdigit(), f"{name}/{doc}: start {start!r}"


@pytest.mark.parametrize("name", SETS)
def test_a_set_lists_the_documents_its_gold_codes(name):
    gold = json.loads((EVAL / name / "gold.json").read_text(encoding="utf-8"))
    with (EVAL / name / "documents.csv").open(encoding="utf-8", newline="") as f:
        listed = {row["doc"]: row for row in csv.DictReader(f)}
    assert sorted(listed) == sorted(gold)
    for doc, row in listed.items():
        assert row["url"].startswith(("http://", "https://")) and row["url"] == gold[doc]["url"]
        assert row["split"] == gold[doc]["split"]
