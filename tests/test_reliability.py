"""A run that never lies: loading keeps every document it can and says what it changed, a
broken cache entry is re-extracted, outputs are written whole or not at all."""
import os

import pytest
from liaison.load.corpus import load_corpus

REPORT = "BEIJING, May 21 (Xinhua) -- Liu Jianchao met a delegation of the Kenya African National Union in Beijing."


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
