"""A run that never lies: loading keeps every document it can and says what it changed, a
broken cache entry is re-extracted, outputs are written whole or not at all."""
import os

import pytest
from liaison.load.corpus import load_corpus

REPORT = "BEIJING, May 21 (Xinhua) -- Zhou Mingyuan met a delegation of the Kenya African National Union in Beijing."


def report(corpus):
    return {row.path: (row.status, row.reason) for row in corpus.load_report.itertuples()}


def test_one_invalid_byte_in_utf8_keeps_the_document_with_a_replacement_character(tmp_path):
    text = "Delegation visits Nairobi\n\n中联部代表团 met officials — warmly — in Nairobi.\n"
    data = text.encode("utf-8")
    cut = data.index(b" met")
    (tmp_path / "a.txt").write_bytes(data[:cut] + b"\xff" + data[cut:])
    corpus = load_corpus(tmp_path)
    assert report(corpus)["a.txt"] == ("warned", "decoded as utf-8 (1 invalid byte replaced)")
    row = corpus.documents.iloc[0]
    assert row.text == text.replace(" met", "\ufffd met")
    start = row.text.index("met officials")
    span = corpus.source_span("a", start, start + len("met officials"))
    assert (tmp_path / "a.txt").read_bytes()[span["byte_start"]:span["byte_end"]] == b"met officials"


def test_cp1252_is_not_mistaken_for_broken_utf8(tmp_path):
    (tmp_path / "a.txt").write_bytes("The café’s owner greeted the delegation.\n".encode("cp1252"))
    assert report(load_corpus(tmp_path))["a.txt"] == ("warned", "decoded as cp1252")


def test_nul_and_control_characters_are_removed_counted_and_offsets_still_map(tmp_path):
    tail = ("Both sides pledged to deepen exchanges between the two parties. " * 10).encode()
    (tmp_path / "a.txt").write_bytes(b"Delegation\x00 visits Hanoi\n\nThe delegation\x07 met\x1b officials.\n" + tail)
    corpus = load_corpus(tmp_path)
    assert report(corpus)["a.txt"] == ("warned", "3 control characters (NUL and the like) removed")
    text = corpus.documents.iloc[0].text
    assert text == "Delegation visits Hanoi\n\nThe delegation met officials.\n" + tail.decode()
    for p in corpus.passages.itertuples():
        assert text[p.start:p.end] == p.text
    start = text.index("met officials")
    span = corpus.source_span("a", start, start + len("met officials"))
    assert span["source_text"] == "met\x1b officials"


def test_folders_nested_1500_deep_load_without_recursion_error(tmp_path):
    folder = tmp_path
    try:
        for _ in range(1500):  # os.makedirs would itself recurse this deep
            folder = folder / "d"
            folder.mkdir()
        (folder / "deep.txt").write_text("Delegation visits Hanoi\n\nThe delegation met officials in Hanoi.\n")
        (tmp_path / "top.txt").write_text(REPORT + "\n", encoding="utf-8")
        corpus = load_corpus(tmp_path)
        assert report(corpus)["/".join(["d"] * 1500) + "/deep.txt"] == ("loaded", "")
    finally:  # bottom up: pytest's own clean-up (shutil.rmtree) recurses and would fail on it
        (folder / "deep.txt").unlink(missing_ok=True)
        while folder != tmp_path:
            folder.rmdir()
            folder = folder.parent


def test_an_unreadable_folder_gets_a_report_line(tmp_path, monkeypatch):
    (tmp_path / "top.txt").write_text(REPORT + "\n", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "inside.txt").write_text(REPORT + "\n", encoding="utf-8")
    scandir = os.scandir

    def refusing(path):  # as chmod 000 does for anyone but root, who runs the tests here
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    lines = report(load_corpus(tmp_path))
    assert lines["locked"] == ("skipped", "cannot read folder: Permission denied")
    assert lines["top.txt"] == ("loaded", "") and len(lines) == 2


def test_broken_links_and_link_loops_get_one_line_each_and_end(tmp_path):
    (tmp_path / "top.txt").write_text(REPORT + "\n", encoding="utf-8")
    (tmp_path / "gone.pdf").symlink_to(tmp_path / "nowhere.pdf")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    lines = report(load_corpus(tmp_path))
    assert lines["gone.pdf"] == ("skipped", f"cannot read: broken symlink to {tmp_path / 'nowhere.pdf'}")
    assert lines["top.txt"] == ("loaded", "")
    assert not any(path.startswith("sub/loop/") for path in lines)


def _cached(tmp_path):
    from liaison.extract import pipeline

    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / "a.txt").write_text(REPORT + "\n", encoding="utf-8")
    tables = pipeline.extract_corpus(corpus, cache_dir=tmp_path / "cache", workers=1)[0]
    return corpus, tables, next((tmp_path / "cache").glob("*/*/mentions.parquet"))


@pytest.mark.parametrize("damage", ["wrong columns", "wrong type", "not parquet"])
def test_a_cache_entry_of_the_wrong_shape_is_re_extracted_and_reported(tmp_path, capsys, damage):
    import pandas as pd
    from liaison.extract import pipeline

    corpus, first, victim = _cached(tmp_path)
    assert len(first.mentions) > 0
    if damage == "wrong columns":
        pd.DataFrame({"doc_id": ["a"]}).to_parquet(victim)
    elif damage == "wrong type":
        frame = pd.read_parquet(victim)
        frame["start"] = frame["start"].astype(str)
        frame.to_parquet(victim)
    else:
        victim.write_bytes(b'{"doc_id": "a"}')
    capsys.readouterr()
    again = pipeline.extract_corpus(corpus, cache_dir=tmp_path / "cache", workers=1)[0]
    pd.testing.assert_frame_equal(again.mentions, first.mentions)
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "is not valid (mentions.parquet" in err[0] and err[0].endswith("re-extracting it")
    capsys.readouterr()
    pipeline.extract_corpus(corpus, cache_dir=tmp_path / "cache", workers=1)  # mended: read without a word
    assert capsys.readouterr().err == ""


# --- outputs: one run at a time, written whole or not at all -----------------------------------

def _snapshot(folder):
    """Every file below `folder` (hidden ones too) and its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def previous(tmp_path):
    """A corpus and an output folder a first run has filled."""
    from liaison.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(REPORT + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", "--quiet", "--workers", "1", "--corpus", str(corpus), "--out", str(out),
                 "--cache-dir", str(tmp_path / "cache")]) == 0
    (out / "index.html").write_text("<p>the previous report</p>\n", encoding="utf-8")
    (corpus / "b.txt").write_text(REPORT.replace("Kenya", "Ghana") + " Talks followed.\n", encoding="utf-8")
    return corpus, out, ["extract", "--quiet", "--workers", "1", "--corpus", str(corpus), "--out", str(out),
                         "--cache-dir", str(tmp_path / "cache")]


def test_a_second_run_into_the_same_out_is_refused_naming_the_first(previous, capsys):
    import socket

    from liaison.cli import main

    corpus, out, args = previous
    before = _snapshot(out)
    holder = f"pid {os.getpid()} on {socket.gethostname()}, started 2026-05-04 10:00:00 UTC: liaison run"
    (out / ".liaison.lock").write_text(holder + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and f"--out {out} is in use by another run ({holder})" in err[0]
    assert _snapshot(out) == {**before, ".liaison.lock": (holder + "\n").encode()}


def test_a_lock_left_by_a_killed_run_is_taken_over_and_its_half_written_outputs_rolled_back(tmp_path):
    import socket
    import subprocess
    import sys

    from liaison.workbook.outdir import output_run

    out = tmp_path / "out"
    (out / "tables").mkdir(parents=True)
    (out / "tables" / "documents.csv").write_text("half of a new table", encoding="utf-8")
    (out / "index.html").write_text("written by the killed run", encoding="utf-8")
    (out / "mine.txt").write_text("the user's", encoding="utf-8")
    (out / ".liaison-previous" / "tables").mkdir(parents=True)
    (out / ".liaison-previous" / "tables" / "documents.csv").write_text("the old table", encoding="utf-8")
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (out / ".liaison.lock").write_text(f"pid {gone.stdout.strip()} on {socket.gethostname()}, started x: y\n")
    with output_run(out, "liaison extract"):
        assert _snapshot(out) == {"tables/documents.csv": b"the old table", ".liaison.lock": (out / ".liaison.lock")
                                  .read_bytes(), ".liaison-previous/tables/documents.csv": b"the old table",
                                  "mine.txt": b"the user's"}
    assert _snapshot(out) == {"tables/documents.csv": b"the old table", "mine.txt": b"the user's"}


def test_disk_full_names_the_file_exits_2_and_leaves_the_previous_outputs(previous, capsys, monkeypatch):
    import errno

    import pandas as pd
    from liaison.cli import main

    corpus, out, args = previous
    before = _snapshot(out)
    to_csv = pd.DataFrame.to_csv

    def full(self, path, *a, **k):
        if "passages" in str(path):
            with open(path, "w", encoding="utf-8") as handle:
                handle.write("doc_id,passage_id,st")  # what a full disk leaves: a truncated file
            raise OSError(errno.ENOSPC, "No space left on device")
        return to_csv(self, path, *a, **k)

    monkeypatch.setattr(pd.DataFrame, "to_csv", full)
    capsys.readouterr()
    (out / "my notes.txt").write_text("the user's own file, not the run's", encoding="utf-8")
    before["my notes.txt"] = (out / "my notes.txt").read_bytes()
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0] == (f"liaison: cannot write {out / 'tables' / 'passages.csv'}: No space left on device; "
                      f"{out} left as it was before this run")
    assert _snapshot(out) == before


@pytest.mark.parametrize("background_csv", [False, True])
def test_an_interrupted_run_exits_130_in_one_line_and_leaves_the_previous_outputs(previous, capsys, monkeypatch,
                                                                                   background_csv):
    from liaison.cli import main
    from liaison.extract import pipeline

    if background_csv:  # the CSV files written by a second process, as for a large corpus
        monkeypatch.setattr(pipeline, "BACKGROUND_CSV_BYTES", 0)
    corpus, out, args = previous
    before = _snapshot(out)
    write_table = pipeline.write_table
    written = []

    def interrupted(frame, tables_dir, name, *options):
        if written:
            raise KeyboardInterrupt  # Ctrl-C after the first table was replaced
        written.append(name)
        return write_table(frame, tables_dir, name, *options)

    monkeypatch.setattr(pipeline, "write_table", interrupted)
    capsys.readouterr()
    assert main(args) == 130
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"liaison: interrupted; {out} left as it was before this run"] and written
    assert _snapshot(out) == before
    monkeypatch.undo()
    assert main(args) == 0 and _snapshot(out) != before  # and the next run writes normally


def test_an_out_below_a_file_is_refused_in_one_line(tmp_path, capsys):
    from liaison.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(REPORT + "\n", encoding="utf-8")
    (tmp_path / "file").write_text("")
    assert main(["extract", "--quiet", "--corpus", str(corpus), "--out", str(tmp_path / "file" / "out")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"liaison: --out {tmp_path / 'file' / 'out'} cannot be written: Not a directory"]


def _notebook(folder, name, code):
    import json

    cells = [{"cell_type": "code", "id": "p", "metadata": {"tags": ["parameters"]}, "source": "output_dir = 'x'",
              "outputs": [], "execution_count": None},
             {"cell_type": "code", "id": "s", "metadata": {}, "source": code, "outputs": [], "execution_count": None}]
    path = folder / f"{name}.ipynb"
    kernel = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    path.write_text(json.dumps({"cells": cells, "metadata": kernel, "nbformat": 4, "nbformat_minor": 5}))
    return path


def test_a_notebook_replaces_the_previous_one_by_rename_and_leaves_no_partial_file(tmp_path):
    from liaison.workbook import report, runner

    out = tmp_path / "out"
    (out / "notebooks").mkdir(parents=True)
    previous = out / "notebooks" / "01_prints.ipynb"
    previous.write_text("the previous run's notebook", encoding="utf-8")
    (tmp_path / "kept").hardlink_to(previous)  # as the run's snapshot holds it
    result = runner.run_notebooks(str(tmp_path), str(out), {}, [_notebook(tmp_path, "01_prints", "print('fresh')")],
                                  progress=lambda line: None, workers=1)
    assert result.ok and "fresh" in previous.read_text(encoding="utf-8")
    assert (tmp_path / "kept").read_text(encoding="utf-8") == "the previous run's notebook"
    assert sorted(p.name for p in (out / "notebooks").iterdir()) == ["01_prints.ipynb"]
    page = report.write_index(out, result, "corpus").read_text(encoding="utf-8")
    assert "01_prints.ipynb" in page and "failed" not in page


def test_ctrl_c_stops_the_running_kernel_and_the_queued_notebooks_within_seconds(tmp_path):
    import signal
    import threading
    import time

    from liaison.workbook import runner

    paths = [_notebook(tmp_path, name, "import time\ntime.sleep(300)") for name in ("01_sleeps", "02_queued")]
    pressed = []

    def press_ctrl_c_once_a_kernel_runs():
        deadline = time.monotonic() + 120
        while not live() and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(2)  # into the sleeping cell
        kernels.extend(live())
        pressed.append(time.monotonic())
        os.kill(os.getpid(), signal.SIGINT)  # a real signal, as Ctrl-C sends: it wakes the waiting thread

    def live():  # kernel processes running now (an earlier test's managers may linger in the weak set)
        processes = [getattr(k.provisioner, "process", None) for k in list(runner._KERNELS)]
        return [p for p in processes if p is not None and p.poll() is None]

    kernels: list = []
    threading.Thread(target=press_ctrl_c_once_a_kernel_runs, daemon=True).start()
    with pytest.raises(KeyboardInterrupt):
        runner.run_notebooks(str(tmp_path), str(tmp_path / "out"), {}, paths, progress=lambda line: None, workers=1)
    stopped = time.monotonic()
    assert pressed and stopped - pressed[0] < 5
    assert kernels and all(process.wait(timeout=5) is not None for process in kernels)
    time.sleep(1)
    assert not list((tmp_path / "out" / "notebooks").rglob("*.ipynb"))  # neither notebook written, none started


def test_a_saved_pages_folder_of_assets_is_one_line_not_documents(tmp_path):
    (tmp_path / "readout.html").write_text(f"<html><body><p>{REPORT}</p></body></html>", encoding="utf-8")
    assets = tmp_path / "readout_files"
    assets.mkdir()
    (assets / "ad-frame.html").write_text("<html><body><p>Buy tickets to Beijing now</p></body></html>")
    (assets / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "notes_files").mkdir()  # no page of that name: an ordinary folder
    (tmp_path / "notes_files" / "n.txt").write_text(REPORT + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert report(corpus) == {
        "readout.html": ("loaded", ""),
        "readout_files": ("skipped", "the images and scripts of the saved page readout.html: not read"),
        "notes_files/n.txt": ("loaded", ""),
    }


def test_a_snapshot_cut_short_is_dropped_and_the_outputs_stay(tmp_path, monkeypatch):
    import errno
    import shutil

    from liaison.workbook import outdir

    out = tmp_path / "out"
    (out / "tables").mkdir(parents=True)
    (out / "tables" / "documents.csv").write_text("the table", encoding="utf-8")
    (out / "index.html").write_text("the index", encoding="utf-8")
    before = _snapshot(out)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copytree", full)
    with pytest.raises(OSError), outdir.output_run(out, "liaison extract"):
        pass
    assert _snapshot(out) == before  # no snapshot, no lock left; the next run finds nothing to restore
    monkeypatch.undo()
    with outdir.output_run(out, "liaison extract"):
        (out / "index.html").write_text("a new index", encoding="utf-8")
    assert (out / "index.html").read_text(encoding="utf-8") == "a new index"


def test_a_file_rewritten_in_place_is_still_restored_from_the_snapshot(tmp_path):
    from liaison.workbook import outdir

    out = tmp_path / "out"
    (out / "exports").mkdir(parents=True)
    (out / "exports" / "liaison.xlsx").write_bytes(b"the previous workbook")
    with pytest.raises(KeyboardInterrupt), outdir.output_run(out, "liaison run"):
        with open(out / "exports" / "liaison.xlsx", "wb") as handle:  # as openpyxl saves: same file, truncated
            handle.write(b"half of a new")
        raise KeyboardInterrupt
    assert _snapshot(out) == {"exports/liaison.xlsx": b"the previous workbook"}
