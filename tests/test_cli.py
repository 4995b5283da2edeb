"""The command line: tables written, sorted and byte-identical run to run; clear errors."""
import hashlib
import subprocess
import sys

import pytest
from liaison.cli import main
from liaison.paths import SEEDS_DIR
from liaison.schema import EXTRACTED


def _digests(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((folder / "tables").iterdir())}


def test_extract_writes_every_table_identically_twice(tmp_path):
    assert main(["extract", "--corpus", str(SEEDS_DIR), "--out", str(tmp_path / "a")]) == 0
    assert main(["extract", "--corpus", str(SEEDS_DIR), "--out", str(tmp_path / "b"), "--workers", "1"]) == 0
    first, second = _digests(tmp_path / "a"), _digests(tmp_path / "b")
    assert set(first) == {f"{name}{suffix}" for name in EXTRACTED for suffix in (".csv", ".parquet", ".meta.yaml")}
    assert first == second


def test_extract_documents_table_has_titles_and_dates(tmp_path):
    import pandas as pd

    main(["extract", "--corpus", str(SEEDS_DIR), "--out", str(tmp_path)])
    documents = pd.read_csv(tmp_path / "tables" / "documents.csv", dtype=str, keep_default_na=False)
    china_daily = documents.set_index("doc_id").loc["004_bb9a6ea2df670ab5"]
    assert china_daily.title == "Event highlights work of CPC diplomatic arm"
    assert (china_daily.published, china_daily.date_precision) == ("2016-06-26", "day")
    assert list(documents.doc_id) == sorted(documents.doc_id)


def test_missing_corpus_is_a_clear_error(tmp_path, capsys):
    assert main(["extract", "--corpus", str(tmp_path / "nowhere"), "--out", str(tmp_path)]) == 2
    assert f"corpus folder {tmp_path / 'nowhere'} does not exist" in capsys.readouterr().err


def test_unknown_parameter_is_an_error_naming_it(tmp_path, capsys):
    assert main(["run", "--out", str(tmp_path), "-p", "no_such_parameter", "1"]) == 2
    err = capsys.readouterr().err
    assert "unknown parameter 'no_such_parameter'" in err and "corpus_dir" in err


def test_help_documents_every_option():
    out = subprocess.run([sys.executable, "-m", "liaison", "run", "--help"], capture_output=True, text=True).stdout
    for option in ("--corpus", "--out", "--parameter", "--only", "--workers"):
        assert option in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--workers", "0"], "--workers must be 1 or more, not 0"),
        (["-p", "output_dir", "/tmp/elsewhere"], "parameter 'output_dir' is set by --out, not -p"),
        (["-p", "corpus_dir", "x"], "parameter 'corpus_dir' is set by --corpus, not -p"),
        (["-p", "start_year", "20233"], "parameter 'start_year' must be a year between 1900 and 2100, not 20233"),
        (["-p", "min_documents", "0"], "parameter 'min_documents' must be 1 or more, not 0"),
        (["-p", "focus_country", "ZZZ"], "parameter 'focus_country': unknown country 'ZZZ'"),
        (["-p", "focus_country", "Itly"], "Closest known names: Italy"),
        (["-p", "end_year", "1920"], "parameter 'start_year' (1951) is after 'end_year' (1920)"),
        (["-p", "start_year", "2000", "-p", "end_year", "1990"], "parameter 'start_year' (2000) is after 'end_year'"),
        (["-p", "min_documents", "2", "-p", "min_documents", "3"], "parameter 'min_documents' is given twice"),
        (["-p", "focus_person", " "], "parameter 'focus_person' is empty"),
        (["--only", "06", "-p", "min_sources", "2"], "parameter 'min_sources' belongs to 02_functions, which --only"),
        (["--cache-dir", "/proc/liaison-cache"], "--cache-dir /proc/liaison-cache cannot be written"),
    ],
)
def test_run_refuses_bad_options_in_one_line_before_anything_runs(tmp_path, capsys, args, message):
    assert main(["run", "--quiet", "--out", str(tmp_path / "out"), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out" / "notebooks").exists()


def test_out_inside_or_around_the_corpus_or_a_file_is_refused(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Delegation visits Hanoi\n\nThe delegation met officials in Hanoi.\n")
    before = sorted(p.name for p in corpus.iterdir())
    cases = [(corpus, "is inside the corpus"), (corpus / "out", "is inside the corpus"),
             (tmp_path, "contains the corpus")]
    (tmp_path / "file").write_text("")
    cases.append((tmp_path / "file", "is a file, not a folder"))
    for out, message in cases:
        assert main(["extract", "--quiet", "--corpus", str(corpus), "--out", str(out)]) == 2
        err = capsys.readouterr().err
        assert message in err and len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in corpus.iterdir()) == before


def test_a_corpus_where_nothing_loads_stops_before_the_notebooks(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blank.md").write_text("   \n")
    assert main(["run", "--quiet", "--corpus", str(corpus), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "no document in" in err and "2 files skipped" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out" / "notebooks").exists()


def test_cache_inside_the_corpus_and_workers_with_a_scheduler_are_refused(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Delegation visits Hanoi\n\nThe delegation met officials in Hanoi.\n")
    out = ["--corpus", str(corpus), "--out", str(tmp_path / "out")]
    assert main(["extract", "--quiet", *out, "--cache-dir", str(corpus / "cache")]) == 2
    assert "is inside the corpus" in capsys.readouterr().err
    assert main(["extract", "--quiet", *out, "--workers", "2", "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert "--workers has no effect with --scheduler" in capsys.readouterr().err
