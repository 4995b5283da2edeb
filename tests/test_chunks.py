"""Chunked extraction: the same tables whatever the chunk size, a cache that only re-extracts what
changed, and cached chunks that are checked before they are trusted."""
import os
import time

import pandas as pd
import pytest
from agency_reports import AGENCY
from liaison import schema, store
from liaison.extract import chunks, pipeline, windows
from liaison.load.corpus import load_corpus
from liaison.paths import SEEDS_DIR


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in SEEDS_DIR.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
        if path.suffix == ".txt":  # a copy with other bytes (UTF-16) but the same text
            (folder / f"z_{path.name}").write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    (folder / "zz_same_bytes.txt").write_bytes((SEEDS_DIR / "004_bb9a6ea2df670ab5.txt").read_bytes())
    return folder


def _tables(corpus, cache, **options):
    return pipeline.extract_corpus(corpus, cache_dir=cache, **options)[0].as_dict()


def test_tables_do_not_depend_on_chunk_size(corpus, tmp_path, monkeypatch):
    whole = _tables(corpus, tmp_path / "one", workers=1)
    monkeypatch.setattr(chunks, "CHUNK_FILES", 2)
    cut = _tables(corpus, tmp_path / "many", workers=2)
    assert len(list((tmp_path / "many").glob("*/*"))) >= 3
    for name, frame in whole.items():
        pd.testing.assert_frame_equal(frame, cut[name], obj=name)
    report = whole["load_report"].set_index("path")
    assert report.at["z_004_bb9a6ea2df670ab5.txt", "reason"].startswith("duplicate of 004_bb9a6ea2df670ab5.txt")
    assert report.at["zz_same_bytes.txt", "reason"] == "duplicate of 004_bb9a6ea2df670ab5.txt (identical bytes)"
    assert "zz_same_bytes" not in set(whole["documents"].doc_id)


def test_cache_reextracts_only_the_changed_chunk_and_never_trusts_a_broken_one(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(chunks, "CHUNK_FILES", 4)
    cache = tmp_path / "cache"
    first = _tables(corpus, cache, workers=1)
    ran = []
    real = pipeline.extract_chunk
    monkeypatch.setattr(pipeline, "extract_chunk", lambda *job: ran.append(job[1]) or real(*job))
    assert _tables(corpus, cache, workers=1)["mentions"].equals(first["mentions"]) and ran == []

    (corpus / "004_bb9a6ea2df670ab5.txt").write_text("Delegation visits Hanoi\n\nA delegation met officials.\n")
    _tables(corpus, cache, workers=1)
    assert len(ran) == 1 and "004_bb9a6ea2df670ab5.txt" in ran[0]

    for victim in cache.glob("*/*/mentions.parquet"):
        victim.write_bytes(b"not parquet")
    ran.clear()
    again = _tables(corpus, cache, workers=1)
    assert len(ran) == len(chunks.plan_chunks(
        [(p.name, "") for p in sorted(corpus.iterdir())], {}, "v")) and len(again["mentions"]) > 0


def test_chunks_of_older_code_are_pruned_once_idle(corpus, tmp_path):
    cache = tmp_path / "cache"
    idle, busy, other = "0123456789abcdef", "fedcba9876543210", "not-a-code-version"
    for name in (idle, busy, other):
        (cache / name / "somechunk").mkdir(parents=True)
        os.utime(cache / name, (0, time.time() - (2 * chunks.PRUNE_AFTER if name != busy else 0)))
    _tables(corpus, cache, workers=1)
    assert sorted(p.name for p in cache.iterdir()) == sorted([busy, other, pipeline.code_version()])


def test_temporary_folders_an_interrupted_run_left_are_pruned_once_idle(corpus, tmp_path):
    cache = tmp_path / "cache"
    current = cache / pipeline.code_version()
    for name in ("old.tmpabc", "new.tmpdef"):
        (current / name / "w00000").mkdir(parents=True)
    os.utime(current / "old.tmpabc", (0, time.time() - 2 * chunks.PRUNE_AFTER))
    _tables(corpus, cache, workers=1)
    assert sorted(p.name for p in current.glob("*.tmp*")) == ["new.tmpdef"]


def test_a_document_its_sidecar_and_colliding_ids_stay_in_one_chunk(monkeypatch):
    monkeypatch.setattr(chunks, "CHUNK_FILES", 2)
    rels = sorted(["speech.meta.yaml", "speech.summary.txt", "speech.txt", "r.html", "r.json.txt", "r.txt"]
                  + [f"{i:02d}.txt" for i in range(40)])
    planned = chunks.plan_chunks([(rel, "") for rel in rels], {}, "v")
    assert len(planned) > 5
    for members in (("speech.meta.yaml", "speech.txt"), ("r.html", "r.txt")):
        assert len({c.key for c in planned for rel in members if rel in c.rels}) == 1, members


def test_adding_a_document_changes_the_key_of_its_own_chunk_only():
    rels = [f"report_{i:05d}.txt" for i in range(3000)]
    before = {c.key for c in chunks.plan_chunks([(rel, "") for rel in rels], {}, "v")}
    after = {c.key for c in chunks.plan_chunks([(rel, "") for rel in ["report_00000a.txt", *rels]], {}, "v")}
    assert len(before) > 5 and len(before - after) <= 2


def test_a_long_document_is_extracted_in_windows_with_offsets_into_the_whole_text(tmp_path, monkeypatch):
    folder = tmp_path / "long"
    folder.mkdir()
    reports = [text for _, text in AGENCY.values()]
    (folder / "long.txt").write_text("\n\n".join(reports * 3), encoding="utf-8")
    whole = pipeline.build_tables(load_corpus(folder))
    monkeypatch.setattr(windows, "WINDOW", 3_000)
    windowed = pipeline.build_tables(load_corpus(folder))
    text = windowed.documents.text.iloc[0]
    assert all(text[r.start:r.end] == r.text for r in windowed.mentions.itertuples())
    assert all(text[r.start:r.end] == r.text for r in windowed.sentences.itertuples())
    assert all(r.evidence in text and r.start_char < r.end_char for r in windowed.events.itertuples())
    assert list(windowed.sentences.sentence_id) == list(range(len(windowed.sentences)))
    assert windowed.events.event_id.is_unique and windowed.events.start_char.is_monotonic_increasing
    # Sentences never depend on context; events may (a short form resolves inside its window).
    assert windowed.sentences.equals(whole.sentences)
    assert len(windowed.events) >= 0.8 * len(whole.events) and windowed.events.start_char.max() > 2 * 3_000


def test_a_chunk_written_twice_keeps_the_first_sound_copy_and_leaves_no_temporary_folders(corpus, tmp_path):
    rels = tuple(sorted(p.name for p in corpus.iterdir())[:4])
    folder = tmp_path / "cache" / "chunk"
    chunks.extract_chunk(str(corpus), rels, str(folder))
    first = (folder / "mentions.parquet").stat().st_ino
    chunks.extract_chunk(str(corpus), rels, str(folder))  # as a second run or worker would
    assert (folder / "mentions.parquet").stat().st_ino == first
    assert [p.name for p in folder.parent.iterdir()] == ["chunk"]
    assert chunks.chunk_is_sound(folder)


def test_event_ids_sort_in_reading_order_past_a_thousand_events():
    from liaison.extract.document import event_id

    ids = [event_id("doc", n) for n in (0, 7, 999, 1000, 1001, 9999, 10000, 123456)]
    assert ids == sorted(ids) and ids[:3] == ["doc:e000", "doc:e007", "doc:e999"]
    assert ids[3:] == ["doc:f1000", "doc:f1001", "doc:f9999", "doc:g10000", "doc:h123456"]


def test_csv_files_written_by_the_background_process_are_the_same_bytes(corpus, tmp_path, monkeypatch):
    here, there = tmp_path / "here", tmp_path / "there"
    pipeline.extract_to(corpus, here, cache_dir=tmp_path / "cache")
    monkeypatch.setattr(pipeline, "BACKGROUND_CSV_BYTES", 0)
    ran = []
    real = store.BackgroundCsv.submit
    monkeypatch.setattr(store.BackgroundCsv, "submit", lambda self, *job: ran.append(job[1]) or real(self, *job))
    pipeline.extract_to(corpus, there, cache_dir=tmp_path / "cache")
    assert sorted(ran) == sorted(schema.EXTRACTED)
    for path in sorted(here.iterdir()):
        assert (there / path.name).read_bytes() == path.read_bytes(), path.name


def test_a_csv_the_background_process_cannot_write_fails_the_run_naming_the_file(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "BACKGROUND_CSV_BYTES", 0)
    out = tmp_path / "out"
    (out / "mentions.csv").mkdir(parents=True)  # a folder where the file must go
    with pytest.raises(store.OutputError, match="mentions.csv"):
        pipeline.extract_to(corpus, out, cache_dir=tmp_path / "cache")


def test_chunks_whose_rows_cannot_be_read_are_removed_and_extracted_again(corpus, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(chunks, "CHUNK_FILES", 4)
    cache = tmp_path / "cache"
    first = _tables(corpus, cache, workers=1)
    real, damaged = chunks.read_part, []

    def damaged_once(path):
        # A bad page behind a sound footer, in two chunks, each found on a later reading than the last.
        if len(damaged) < 2 and path.name == "mentions.parquet" and path.parent not in damaged:
            damaged.append(path.parent)
            raise OSError("Corrupt snappy compressed data")
        return real(path)

    monkeypatch.setattr(chunks, "read_part", damaged_once)
    again = _tables(corpus, cache, workers=1)
    err = capsys.readouterr().err
    assert len(damaged) == 2 and all(f"cache entry {folder} is not valid" in err for folder in damaged)
    for name, frame in first.items():
        pd.testing.assert_frame_equal(frame, again[name], obj=name)


def test_a_long_document_whose_windows_hold_no_event_is_cached_and_joined(tmp_path, monkeypatch):
    folder = tmp_path / "long"
    folder.mkdir()
    meeting = "Zhou Mingyuan met with Nguyen Van Nen in Hanoi on June 3, 2024."
    quiet = "\n\n".join(f"Paragraph {i} of the annual report speaks of weather and harvests." for i in range(300))
    (folder / "long.txt").write_text(f"Annual report\n\n{meeting}\n\n{quiet}\n", encoding="utf-8")
    (folder / "short.txt").write_text(f"A short note\n\n{meeting}\n", encoding="utf-8")
    monkeypatch.setattr(windows, "WINDOW", 3_000)
    cached = _tables(folder, tmp_path / "cache", workers=1)
    assert not list((tmp_path / "cache").rglob("*.tmp*"))  # no temporary folder left behind
    whole = pipeline.build_tables(load_corpus(folder))
    for name, frame in whole.as_dict().items():  # the chunk path and the in-memory path agree
        pd.testing.assert_frame_equal(frame, cached[name], obj=name)
    events = cached["events"]
    # One meeting in two reports: keyed by the first report in table order, whichever chunk part held it.
    assert list(events.doc_id) == ["long", "short"] and set(events.event_key) == {"long:e000"}


def test_chunks_joined_in_arrow_are_in_the_order_schema_sort_gives():
    import random

    import pyarrow as pa

    rng = random.Random(5)
    ids = ["a", "B", "b", "é", "文", "Ω", "a b", "a-b", "z"]
    rows = [{"doc_id": rng.choice(ids), "start": rng.randrange(5), "end": rng.randrange(5), "text": f"row {i}",
             "kind": rng.choice(["person", "place", "Place", "地"]), "entity_id": "", "name": "", "cue": "",
             "iso3": ""} for i in range(900)]  # many ties: a stable sort keeps their order of arrival
    frame = schema.conform(pd.DataFrame(rows, columns=schema.columns("mentions")), "mentions")
    parts = [pa.Table.from_pandas(frame.iloc[a:b], preserve_index=False) for a, b in ((0, 300), (300, 301), (301, 900))]
    joined = chunks._sorted(parts, schema.TABLES["mentions"].sort).to_pandas()
    assert parts == []  # the parts are let go as the joined table is built
    pd.testing.assert_frame_equal(schema.conform(joined, "mentions"), schema.sort(frame, "mentions"))


def _long_corpus(folder):
    """Two long documents (three windows and more each at WINDOW = 3,000) and two short ones."""
    folder.mkdir()
    reports = [text for _, text in AGENCY.values()]
    (folder / "a_long.txt").write_text("\n\n".join(reports * 2), encoding="utf-8")
    (folder / "b_short.txt").write_text(reports[0], encoding="utf-8")
    (folder / "c_long.txt").write_text("\n\n".join(reversed(reports * 2)), encoding="utf-8")
    (folder / "d_short.txt").write_text(reports[-1], encoding="utf-8")
    return folder


class _Marked:
    """extract_window, leaving a file named after the window in `folder`: a worker's calls are
    seen by the test process."""

    def __init__(self, folder, fail_at=None):
        self.folder, self.fail_at = folder, fail_at

    def __call__(self, stage, k):
        (self.folder / f"{os.path.basename(stage)}-{k}").write_text(str(os.getpid()))
        if k == self.fail_at:
            raise ValueError(f"window {k} cannot be read")
        chunks.extract_window(stage, k)


def test_windows_of_long_documents_run_as_tasks_of_their_own_and_give_the_in_memory_tables(tmp_path, monkeypatch):
    folder = _long_corpus(tmp_path / "long")
    monkeypatch.setattr(windows, "WINDOW", 3_000)
    monkeypatch.setattr(chunks, "CHUNK_FILES", 1)  # a chunk per file, so the pool is used
    marks = tmp_path / "marks"
    marks.mkdir()
    monkeypatch.setattr(pipeline, "extract_window", _Marked(marks))
    in_memory = pipeline.build_tables(load_corpus(folder)).as_dict()
    # Two workers: the pool runs the staging, each window and the finishing as separate tasks, in
    # whatever order they end; workers are forked, so they see WINDOW as patched here.
    pooled = _tables(folder, tmp_path / "cache", workers=2)
    assert not list((tmp_path / "cache").rglob("*.tmp*"))
    for name, frame in in_memory.items():
        pd.testing.assert_frame_equal(frame, pooled[name], obj=name)
    events, sentences = pooled["events"], pooled["sentences"]
    for doc_id in ("a_long", "c_long"):
        ids = list(events.event_id[events.doc_id == doc_id])
        assert ids == [f"{doc_id}:e{n:03d}" for n in range(len(ids))] and len(ids) > 3
        assert list(sentences.sentence_id[sentences.doc_id == doc_id]) == list(
            range((sentences.doc_id == doc_id).sum()))
    stages = {mark.name.rsplit("-", 1)[0] for mark in marks.iterdir()}
    assert len(stages) == 2 and len(list(marks.iterdir())) >= 6  # two long documents, three windows or more each
    assert os.getpid() not in {int(mark.read_text()) for mark in marks.iterdir()}


def test_a_window_that_fails_ends_the_run_and_leaves_no_staging_folder(tmp_path, monkeypatch):
    folder = _long_corpus(tmp_path / "long")
    monkeypatch.setattr(windows, "WINDOW", 3_000)
    monkeypatch.setattr(chunks, "CHUNK_FILES", 1)
    monkeypatch.setattr(pipeline, "extract_window", _Marked(tmp_path, fail_at=2))
    with pytest.raises(ValueError, match="window 2"):
        _tables(folder, tmp_path / "cache", workers=2)
    assert not list((tmp_path / "cache").rglob("*.tmp*"))


class _Bar:
    """A progress bar that keeps count."""

    def __init__(self, total, *_):
        self.total, self.n, self.closed = total, 0, False

    def update(self):
        self.n += 1

    def refresh(self):
        pass

    def close(self):
        self.closed = True


def test_the_progress_bar_counts_each_window_of_a_long_document(tmp_path, monkeypatch):
    folder = _long_corpus(tmp_path / "long")
    monkeypatch.setattr(windows, "WINDOW", 3_000)
    monkeypatch.setattr(chunks, "CHUNK_FILES", 1)
    bars = []
    monkeypatch.setattr(pipeline, "progress_bar", lambda *args: bars.append(_Bar(*args)) or bars[-1])
    pipeline.extract_corpus(folder, cache_dir=tmp_path / "cache", workers=2, progress=True)
    loaded = load_corpus(folder)
    long_ids = windows.long_documents(loaded.documents)
    n_windows = sum(len(windows._windows(p.start.to_numpy(), p.end.to_numpy()))
                    for doc_id, p in loaded.passages.groupby("doc_id") if doc_id in long_ids)
    chunk_count = len(list((tmp_path / "cache").glob("*/*")))
    assert n_windows >= 6 and bars[0].closed
    assert bars[0].total == bars[0].n == chunk_count + n_windows


def test_a_chunk_written_from_rows_holds_the_tables_the_in_memory_extraction_gives(tmp_path):
    # Workers write a chunk from the loader's and extractor's rows straight to Arrow; `build_tables` goes through
    # pandas frames. Reports in English and Chinese, a sidecar's title, two files whose ids collide.
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "hanoi.txt").write_text(
        "CPC delegation visits Vietnam\n\nHANOI, May 14 (Xinhua) -- Li Ming, a vice minister of the International "
        "Department of the CPC Central Committee, met with Le Van Son in Hanoi on Tuesday.\n\nThe two sides signed a "
        "memorandum on party exchanges.\n", encoding="utf-8")
    (folder / "hanoi.html").write_text(
        "<html><head><title>Envoy meets party delegation</title></head><body><p>Photo: the delegation in Lusaka"
        "</p><p>Ambassador Chen Wei met a delegation of the United Party for National Development on Monday.</p>"
        "</body></html>", encoding="utf-8")
    (folder / "zh.txt").write_text(
        "中联部部长会见越南客人\n\n新华社北京5月20日电 中联部部长周明远20日在京会见越共中央代表团。\n",
        encoding="utf-8")
    (folder / "zh.meta.yaml").write_text("title: 会见越南客人\npublished: 2024-05-20\n", encoding="utf-8")
    chunked = _tables(folder, tmp_path / "cache", workers=1)
    in_memory = pipeline.build_tables(load_corpus(folder)).as_dict()
    assert set(chunked["documents"].doc_id) == {"hanoi", "hanoi.txt", "zh"}  # the later file keeps its path
    assert len(chunked["events"]) >= 2 and len(chunked["sentences"]) >= 5
    for name, frame in in_memory.items():
        pd.testing.assert_frame_equal(frame, chunked[name], obj=name)
