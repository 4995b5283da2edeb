"""The whole workbook run by papermill on a second corpus with non-default parameters, and the
runner's handling of a failing notebook. The default run itself is proven by nbval on outputs/."""
import json
import shutil

import nbformat
import pandas as pd
import pytest
from agency_reports import AGENCY
from liaison.cli import main
from liaison.extract import pipeline
from liaison.paths import OUTPUTS_DIR, SEEDS_DIR
from liaison.workbook.runner import declared_parameters, notebook_paths, run_notebooks
from nbformat.v4 import new_code_cell, new_notebook


def _table(folder, name):
    return pd.read_csv(folder / "tables" / f"{name}.csv", dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def second_run(tmp_path_factory):
    """Seeds plus agency reports, with focus_person, a year window and focus_country changed.
    Every corpus load in this process is counted (the notebooks' kernels are checked apart)."""
    corpus = tmp_path_factory.mktemp("corpus")
    for path in SEEDS_DIR.iterdir():
        shutil.copy(path, corpus / path.name)
    for key, (published, text) in AGENCY.items():
        (corpus / f"agency_{key}.txt").write_text(text, encoding="utf-8")
        (corpus / f"agency_{key}.meta.yaml").write_text(
            f"doc_id: agency_{key}\npublished: '{published}'\n", encoding="utf-8"
        )
    out = tmp_path_factory.mktemp("run")
    loads = []
    extracted_chunks = pipeline._extracted_chunks
    counting = lambda path, *options: loads.append(path) or extracted_chunks(path, *options)  # noqa: E731
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "_extracted_chunks", counting)
        status = main([
            "run", "--corpus", str(corpus), "--out", str(out),
            "-p", "focus_person", "Song Tao", "-p", "focus_country", "VNM",
            "-p", "start_year", "2023", "-p", "end_year", "2024",
        ])
    return status, out, loads


def test_a_run_loads_the_corpus_once_and_no_notebook_extracts(second_run):
    _, out, loads = second_run
    assert len(loads) == 1
    for path in (out / "notebooks").glob("*.ipynb"):
        executed = path.read_text(encoding="utf-8")
        assert "its tables are missing or stale" not in executed, path.name  # what open_tables says when it extracts
        assert "liaison.load(" not in executed and "build_tables" not in executed, path.name


def test_notebooks_read_tables_and_never_call_the_extractor():
    for path in notebook_paths():
        notebook = nbformat.read(path, as_version=4)
        sources = "\n".join(c.source for c in notebook.cells if c.cell_type == "code")
        assert "liaison.open_tables(tables_dir, corpus_dir)" in sources, path.name
        for call in ("liaison.load(", "build_tables", "extract_to", "load_corpus", "liaison.extract"):
            assert call not in sources, (path.name, call)


def test_every_notebook_runs_on_the_second_corpus(second_run):
    status, out, _ = second_run
    assert status == 0
    names = {p.stem for p in notebook_paths()}
    assert {p.stem for p in (out / "notebooks").glob("*.ipynb")} == names
    assert {p.stem for p in (out / "notebooks").glob("*.html")} == names
    index = (out / "index.html").read_text(encoding="utf-8")
    assert all(f"notebooks/{name}.html" in index for name in names)


def test_documents_include_the_agency_reports(second_run):
    _, out, _ = second_run
    documents = _table(out, "documents")
    assert len(documents) == 5 + len(AGENCY)
    assert set(_table(out, "corpus_documents").doc_id) == set(documents.doc_id)


def test_focus_person_changes_the_career(second_run):
    _, out, _ = second_run
    assert set(_table(out, "personnel_career").person) == {"Song Tao"}
    assert set(_table(OUTPUTS_DIR, "personnel_career").person) == {"Liu Jianchao"}


def test_year_window_limits_the_campaigns(second_run):
    _, out, _ = second_run
    dated = _table(out, "campaigns_events")
    dated = dated[dated.start != ""]
    years = dated.start.str[:4].astype(int)
    assert len(dated) and years.between(2023, 2024).all() and (years == 2024).any()
    assert (_table(OUTPUTS_DIR, "campaigns_events").start.str[:4] != "2024").all()


def test_focus_country_changes_the_episode(second_run):
    _, out, _ = second_run
    episode = _table(out, "campaigns_episode")
    assert "agency_hanoi" in set(episode.doc_id) and episode.evidence.str.contains("Vietnam").any()
    default = _table(OUTPUTS_DIR, "campaigns_episode")
    assert default.evidence.str.contains("Italy|Italian").any() and not default.evidence.str.contains("Vietnam").any()


def test_executed_notebooks_record_the_parameters_and_no_run_metadata(second_run):
    _, out, _ = second_run
    executed = json.loads((out / "notebooks" / "03_personnel.ipynb").read_text(encoding="utf-8"))
    assert executed["metadata"]["papermill"]["parameters"]["focus_person"] == "Song Tao"
    assert "start_time" not in json.dumps(executed)


def test_each_notebook_has_exactly_one_literal_parameters_cell():
    for path in notebook_paths():
        notebook = nbformat.read(path, as_version=4)
        tagged = [c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])]
        assert len(tagged) == 1, path.name
        declared = declared_parameters(path)  # literal_eval fails on anything but literals
        assert {"corpus_dir", "output_dir", "tables_dir"} <= set(declared), path.name
        sources = "\n".join(c.source for c in notebook.cells if c.cell_type == "code")
        assert "def " not in sources and "class " not in sources and "lambda" not in sources, path.name


def test_a_failing_notebook_is_named_with_its_cell_and_the_others_still_run(tmp_path):
    for name, code in (("00_fails", "raise ValueError('broken on purpose')"), ("01_works", "print('fine')")):
        notebook = new_notebook(
            cells=[
                new_code_cell("corpus_dir = 'seeds'\noutput_dir = 'outputs'", metadata={"tags": ["parameters"]}),
                new_code_cell(code),
            ]
        )
        notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nbformat.write(notebook, tmp_path / f"{name}.ipynb")
    paths = sorted(tmp_path.glob("*.ipynb"))
    result = run_notebooks("seeds", str(tmp_path / "out"), {}, paths, progress=lambda line: None)
    failed, worked = result.notebooks
    assert not result.ok
    assert not failed.ok and "ValueError: broken on purpose" in failed.error and "cell 2" in failed.error
    assert worked.ok


def test_index_counts_rows_not_lines_and_keeps_notebooks_a_partial_run_left_out(second_run, tmp_path):
    _, out, _ = second_run
    index = (out / "index.html").read_text(encoding="utf-8")
    documents = pd.read_parquet(out / "tables" / "documents.parquet")
    assert f"documents.csv</a></td><td>{len(documents)}</td>" in index  # texts span lines; rows are counted
    again = tmp_path / "again"
    shutil.copytree(out, again)
    assert main(["run", "--quiet", "--corpus", str(SEEDS_DIR), "--out", str(again), "--only", "00"]) == 0
    index = (again / "index.html").read_text(encoding="utf-8")
    assert all(f"notebooks/{name}.html" in index for name in (p.stem for p in notebook_paths()))
    assert "not re-run: output of an earlier run" in index


def test_notebook_pages_show_results_without_code(second_run):
    _, out, _ = second_run
    page = (out / "notebooks" / "03_personnel.html").read_text(encoding="utf-8")
    assert "Finding:" in page and "output_subarea" in page
    assert "liaison.open_tables" not in page and "In&nbsp;[" not in page and 'class="prompt' not in page


def test_every_finding_prints_one_sentence_with_citations_and_the_index_shows_it(second_run):
    import html

    from liaison.workbook.report import notebook_findings

    _, out, _ = second_run
    index = (out / "index.html").read_text(encoding="utf-8")
    documents = pd.read_parquet(out / "tables" / "documents.parquet")
    assert f"<strong>{len(documents)} documents</strong>" in index  # the index opens with what the corpus is
    for path in sorted((out / "notebooks").glob("*.ipynb")):
        cells = nbformat.read(path, as_version=4).cells
        headings = [i for i, c in enumerate(cells) if c.cell_type == "markdown" and c.source.startswith("### Finding:")]
        assert headings, path.name
        for i in headings:
            outputs = cells[i + 1].outputs
            shown = [o for o in outputs if "text/markdown" in o.get("data", {})]
            assert len(shown) == 1 and len(outputs) == 1, (path.name, cells[i].source)  # nothing printed besides
            text = shown[0]["data"]["text/markdown"]
            assert text.startswith("**") and text[2] not in "{['\"(" and "**\n\nSource" in text, (path.name, text)
        title, found = notebook_findings(path)
        assert f'<h2 id="{path.stem}">{html.escape(title)}</h2>' in index
        assert all(f"<h4>{html.escape(heading)}</h4>" in index for heading, _ in found)
        for figure in (out / "figures").glob(path.stem[:3] + "*.png"):
            assert f'src="figures/{figure.name}"' in index
    assert 'href="exports/liaison.xlsx"' in index and (out / "exports" / "entities.ftm.json").exists()
