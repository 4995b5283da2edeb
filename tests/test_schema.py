"""Each table declared once: the schema, the files written from it, and the README's dictionary."""
import re

import pandas as pd
import pyarrow.parquet as pq
import pytest
import yaml
from liaison import schema, store
from liaison.extract.pipeline import extract_to, staleness
from liaison.paths import REPO_ROOT, SEEDS_DIR
from liaison.store import Tables, read_table, write_table
from liaison.workbook.tables import TABLES_FROM_RUN, open_tables


def test_tables_dataclass_holds_exactly_the_extracted_tables():
    assert list(Tables.__dataclass_fields__) == list(schema.EXTRACTED)


def test_every_declared_column_has_a_known_type_and_a_meaning():
    for table in schema.TABLES.values():
        assert table.row, table.name
        assert len(set(table.column_names)) == len(table.columns), table.name
        assert set(table.sort) <= set(table.column_names), table.name
        for column in table.columns:
            assert column.type in {"str", "int", "int?", "float", "bool"}, (table.name, column.name)
            assert len(column.meaning) > 3, (table.name, column.name)


def test_the_readme_dictionary_is_the_schema():
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- schema:begin -->\n(.*?)<!-- schema:end -->", readme, re.S)
    assert block, "README.md has no <!-- schema:begin --> ... <!-- schema:end --> block"
    assert block.group(1).strip() == schema.markdown().strip(), (
        "README.md's data dictionary differs from liaison.schema: paste `python -m liaison schema` into it")


def test_a_table_with_undeclared_columns_is_refused(tmp_path):
    columns = schema.columns("load_report")
    with pytest.raises(ValueError, match="load_report.*missing \\['reason'\\]"):
        write_table(pd.DataFrame(columns=columns[:-1]), tmp_path, "load_report")
    with pytest.raises(KeyError, match="not declared"):
        write_table(pd.DataFrame(), tmp_path, "no_such_table")


def test_written_table_round_trips_through_parquet_with_its_meta(tmp_path):
    frame = pd.DataFrame([["a.txt", "loaded", ""], ["b.pdf", "skipped", "unsupported file type '.pdf'"]],
                         columns=schema.columns("load_report"))
    write_table(frame, tmp_path, "load_report", {"corpus_fingerprint": "abc"})
    pd.testing.assert_frame_equal(read_table(tmp_path, "load_report"), frame)
    assert pd.read_csv(tmp_path / "load_report.csv", keep_default_na=False).equals(frame)
    meta = yaml.safe_load((tmp_path / "load_report.meta.yaml").read_text(encoding="utf-8"))
    assert meta["rows"] == 2 and meta["corpus_fingerprint"] == "abc"
    assert [c["name"] for c in meta["columns"]] == schema.columns("load_report")


def test_a_csv_formatted_row_group_by_row_group_is_the_same_bytes_as_one_written_whole(tmp_path, monkeypatch):
    whole, grouped = tmp_path / "whole", tmp_path / "grouped"
    extract_to(SEEDS_DIR, whole, cache_dir=tmp_path / "cache")
    monkeypatch.setattr(store, "ROW_GROUP", 7)  # many groups, and a last one shorter than the rest
    for name in schema.EXTRACTED:
        write_table(read_table(whole, name), grouped, name)
        (grouped / f"{name}.csv").unlink()
        store.csv_from_parquet(str(grouped), name, "table: x\n")
        if name == "mentions":
            assert pq.ParquetFile(grouped / f"{name}.parquet").num_row_groups > 2
        assert (grouped / f"{name}.csv").read_bytes() == (whole / f"{name}.csv").read_bytes(), name
    write_table(pd.DataFrame(columns=schema.columns("quantities")), grouped, "quantities")
    store.csv_from_parquet(str(grouped), "quantities", "table: x\n")
    assert (grouped / "quantities.csv").read_text(encoding="utf-8") == ",".join(schema.columns("quantities")) + "\n"


def test_tables_are_stale_when_the_corpus_changes_and_notebooks_then_extract(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted(SEEDS_DIR.iterdir())[:4]:
        (corpus / path.name).write_bytes(path.read_bytes())
    tables_dir = tmp_path / "tables"
    assert staleness(corpus, tables_dir) == "its table 'documents' is missing"
    extract_to(corpus, tables_dir)
    assert staleness(corpus, tables_dir) == ""
    opened = open_tables(str(tables_dir), str(corpus))
    assert len(opened.documents) == 2  # two documents, each with its sidecar
    assert "text" not in opened.documents.columns and "title" in opened.documents.columns  # full texts stay on disk
    assert opened.rows("passages") == len(opened.passages) > 0 and opened.rows("references") == 0
    assert "stale" not in capsys.readouterr().err

    (corpus / "extra.txt").write_text("Delegation visits Hanoi\n\nThe delegation met officials in Hanoi.\n")
    assert staleness(corpus, tables_dir) == "the corpus changed since they were written"
    tables = open_tables(str(tables_dir), str(corpus))
    assert "its tables are missing or stale" in capsys.readouterr().err
    assert "extra" in set(tables.documents.doc_id)
    assert staleness(corpus, tables_dir) == ""
    with pytest.raises(AttributeError, match="no extracted table 'evnts'"):
        tables.evnts  # noqa: B018


def test_kernels_started_by_run_refuse_stale_tables_instead_of_extracting(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Delegation visits Hanoi\n\nThe delegation met officials in Hanoi.\n")
    monkeypatch.setenv(TABLES_FROM_RUN, "1")
    with pytest.raises(RuntimeError, match="its table 'documents' is missing"):
        open_tables(str(tmp_path / "tables"), str(corpus))
    assert not (tmp_path / "tables").exists()


def test_tables_are_written_in_their_declared_dtypes_even_when_empty(tmp_path):
    write_table(pd.DataFrame(columns=schema.columns("quantities")), tmp_path, "quantities")
    written = read_table(tmp_path, "quantities")
    assert str(written.doc_id.dtype) == "str" and str(written.start_char.dtype) == "int64"
    assert str(written.value.dtype) == "float64"


def test_a_persons_documents_are_read_alone_and_match_the_whole_table_filtered(tmp_path):
    tables_dir = tmp_path / "tables"
    extract_to(SEEDS_DIR, tables_dir, cache_dir=tmp_path / "cache")
    tables = open_tables(str(tables_dir), str(SEEDS_DIR))
    mentions = tables.mentions
    person = mentions[mentions.kind == "person"].entity_id.value_counts().index[0]
    naming = set(mentions.doc_id[mentions.entity_id == person])
    assert 0 < len(naming) < tables.rows("documents")  # some documents, not all
    for name in ("mentions", "passages"):
        whole = getattr(tables, name)
        expected = whole[whole.doc_id.isin(naming)].reset_index(drop=True)
        pd.testing.assert_frame_equal(tables.naming(name, person), expected, obj=name)
    assert tables.naming("mentions", None).empty and list(tables.naming("mentions", "")) == schema.columns("mentions")
    passages = tables.passages
    infobox = passages[passages.section == "infobox"].reset_index(drop=True)
    assert 0 < len(infobox) < len(passages)
    pd.testing.assert_frame_equal(tables.where("passages", "section", ["infobox"]), infobox)
    assert tables.where("passages", "section", []).empty


def test_a_table_read_in_partitions_gives_what_the_whole_table_gives(tmp_path):
    import dask.dataframe as dd
    import pyarrow as pa
    from liaison.analysis import functions
    from liaison.workbook.tables import TableSet

    whole_dir, parts_dir = tmp_path / "whole", tmp_path / "parts"
    extract_to(SEEDS_DIR, whole_dir, cache_dir=tmp_path / "cache")
    sentences = read_table(whole_dir, "sentences")
    parts_dir.mkdir()  # the same rows, as row groups of 40 sentences: dask reads each as a partition
    pq.write_table(pa.Table.from_pandas(sentences, preserve_index=False), parts_dir / "sentences.parquet",
                   row_group_size=40)
    assert pq.ParquetFile(parts_dir / "sentences.parquet").num_row_groups >= 3
    assert dd.read_parquet(parts_dir / "sentences.parquet", split_row_groups=True).npartitions >= 3
    taxonomy = functions.load_taxonomy()
    expected = functions.function_evidence(functions.evidence_sentences(sentences), taxonomy)
    found = TableSet(parts_dir).in_parts("sentences", functions.sentence_evidence, taxonomy,
                                         sort=functions.EVIDENCE_ORDER)
    assert len(expected) > 5
    pd.testing.assert_frame_equal(found, expected)
