"""A folder of documents to every extracted table: in chunks, in parallel, cached.

`extract_to` is what `liaison extract` and `liaison run` call: the corpus is cut into chunks
(`chunks.py`), the chunks not in the cache are extracted by local worker processes or, given a
scheduler address, by a Dask cluster, and the chunks' tables are joined, checked for documents
duplicated across chunks, and written, one table at a time. `build_tables` extracts an already
loaded corpus in this process, for code and tests that hold one.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from contextlib import nullcontext
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd

from liaison import schema
from liaison.extract.chunks import (
    CHUNK_BYTES,
    Chunk,
    DamagedChunk,
    chunk_dir,
    chunk_is_sound,
    extract_chunk,
    extract_loaded,
    extract_window,
    finish_chunk,
    plan_chunks,
    prune,
    read_joined,
    stage_chunk,
)
from liaison.extract.entities import entities
from liaison.extract.event_keys import event_keys
from liaison.extract.links import apply_links, link_chinese_names, link_fuller_names
from liaison.load.corpus import Corpus
from liaison.load.corpus_files import corpus_files, corpus_fingerprint, corpus_root, file_facts, fingerprint
from liaison.paths import CACHE_DIR, PACKAGE_DIR
from liaison.progress import bar as progress_bar
from liaison.store import BackgroundCsv, Tables, read_meta, write_table

DEFAULT_CACHE = CACHE_DIR / "extract"
# Extracted Parquet (in the cache) above which the tables' CSV files are written by a second
# process (store.BackgroundCsv): about 5 MB of text; below it, starting the process costs more.
BACKGROUND_CSV_BYTES = 4_000_000
T = TypeVar("T")


@dataclass(frozen=True)
class Written:
    """What `extract_to` wrote: how many documents were extracted, and the load report."""

    n_documents: int
    load_report: pd.DataFrame


def extract_to(corpus_dir: str | Path, tables_dir: Path, *, workers: int | None = None, scheduler: str | None = None,
               cache_dir: Path | None = None, progress: bool = False) -> Written:
    """Extract a corpus and write every table under `tables_dir`, stamped with the corpus's
    fingerprint and the code's version so readers can tell whether they are current. The tables
    are joined and written one at a time, so memory follows the largest table, not the corpus."""

    def write(folders: list[Path], corpus_print: str) -> Written:
        provenance = {"corpus_fingerprint": corpus_print, "code_version": code_version()}
        n_documents, report = 0, None
        large = sum(_size(file) for folder in folders for file in folder.glob("*.parquet")) > BACKGROUND_CSV_BYTES
        with BackgroundCsv() if large else nullcontext() as csv:
            for name, frame in assembled(lambda name: read_joined(folders, name)):
                write_table(frame, tables_dir, name, provenance, csv)
                if name == "documents":
                    n_documents = len(frame)
                elif name == "load_report":
                    report = frame
                del frame  # let go before the next table is read
        assert report is not None  # assembled gives every table
        return Written(n_documents, report)

    return _from_chunks(write, corpus_dir, workers, scheduler, cache_dir, progress)[0]


def extract_corpus(corpus_dir: str | Path, *, workers: int | None = None, scheduler: str | None = None,
                   cache_dir: Path | None = None, progress: bool = False) -> tuple[Tables, str]:
    """Every table of a corpus in memory, and the corpus's fingerprint."""
    return _from_chunks(lambda folders, _: Tables(**dict(assembled(lambda name: read_joined(folders, name)))),
                        corpus_dir, workers, scheduler, cache_dir, progress)


def _from_chunks(use: Callable[[list[Path], str], T], corpus_dir: str | Path, workers: int | None,
                 scheduler: str | None, cache_dir: Path | None, progress: bool) -> tuple[T, str]:
    """`use(chunk folders, corpus fingerprint)` once every chunk is extracted, and the fingerprint.
    A chunk whose rows turn out damaged when they are read (its footer was sound) has been removed
    by then: it is extracted again and `use` called again. A chunk damaged again once re-extracted
    (a failing disk) ends the run."""
    damaged_before: set[str] = set()
    while True:
        folders, corpus_print = _extracted_chunks(corpus_dir, workers, scheduler, cache_dir, progress)
        try:
            return use(folders, corpus_print), corpus_print
        except DamagedChunk as damaged:
            if damaged.folder in damaged_before:
                raise
            damaged_before.add(damaged.folder)
            print(f"liaison: {damaged}; re-extracting it", file=sys.stderr)


def build_tables(corpus: Corpus) -> Tables:
    """Extract a corpus already loaded in memory, in this process, without the cache."""
    return Tables(**dict(assembled(extract_loaded(corpus).__getitem__)))


def _extracted_chunks(corpus_dir: str | Path, workers: int | None, scheduler: str | None, cache_dir: Path | None,
                      progress: bool) -> tuple[list[Path], str]:
    """The cache folders of a corpus's chunks in path order, each extracted and sound, and the
    corpus's fingerprint. Chunks already in the cache are kept, the others extracted on `workers`
    local processes (default: all cores) or on the Dask cluster at `scheduler`, whose workers must
    see the corpus and the cache folder at the same paths."""
    root = corpus_root(corpus_dir)
    rels = corpus_files(root)
    facts = file_facts(root, rels)
    digests = [(rel, sha) for rel, sha, _ in facts]
    sizes = {rel: size for rel, _, size in facts}
    version = code_version()
    cache = cache_dir or DEFAULT_CACHE
    prune(cache, version)
    chunks = plan_chunks(digests, sizes, version)
    pending = [chunk for chunk in chunks if not chunk_is_sound(chunk_dir(cache, version, chunk))]
    for chunk in _run(pending, root, cache, version, workers, scheduler, progress, sizes):
        if not chunk_is_sound(chunk_dir(cache, version, chunk)):
            raise RuntimeError(f"chunk {chunk.key} was extracted but cannot be read back from "
                               f"{chunk_dir(cache, version, chunk)}")
    return [chunk_dir(cache, version, chunk) for chunk in chunks], fingerprint(digests)


def _run(pending: list[Chunk], root: Path, cache: Path, version: str, workers: int | None, scheduler: str | None,
         progress: bool, sizes: dict[str, int]) -> Iterator[Chunk]:
    """Extract the pending chunks, yielding each as it is written. `sizes`: each file's bytes."""
    jobs = {chunk.key: (str(root), chunk.rels, str(chunk_dir(cache, version, chunk))) for chunk in pending}
    by_key = {chunk.key: chunk for chunk in pending}
    # One step per chunk, and one per window of a long document once its chunk is staged: a single
    # huge file shows its progress too.
    bar = progress_bar(len(pending), "extracting", "part", progress)

    def more(windows: int) -> None:
        bar.total += windows
        bar.refresh()

    workers = workers or os.cpu_count() or 1
    if scheduler:
        from dask.distributed import Client
        from dask.distributed import wait as wait_dask

        with Client(scheduler) as client:
            def on_cluster(task: Callable, *args: object) -> Any:
                return client.submit(task, *args, pure=False)

            for key, written in _tasks(jobs, on_cluster,
                                       lambda running: wait_dask(running, return_when="FIRST_COMPLETED").done, more):
                bar.update()
                if written:
                    yield by_key[key]
    elif (workers > 1 and len(pending) > 1) or sum(sizes.get(rel, 0) for c in pending for rel in c.rels) > CHUNK_BYTES:
        # Worker processes, also for one large chunk: its peak memory then ends with the worker
        # instead of adding to what this process holds when it joins the chunks.
        # Workers ignore Ctrl-C: the parent decides, cancels the queued chunks and stops at once.
        pool = ProcessPoolExecutor(max_workers=workers, initializer=signal.signal,
                                   initargs=(signal.SIGINT, signal.SIG_IGN))
        try:
            for key, written in _tasks(jobs, pool.submit,
                                       lambda running: wait(running, return_when=FIRST_COMPLETED)[0], more):
                bar.update()
                if written:
                    yield by_key[key]
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown()
    else:
        for key, job in jobs.items():
            extract_chunk(*job)
            bar.update()
            yield by_key[key]
    bar.close()


def _tasks(jobs: dict[str, tuple[str, tuple[str, ...], str]], submit: Callable[..., Any],
           finished: Callable[[list[Any]], Iterable[Any]], more: Callable[[int], None]) -> Iterator[tuple[str, bool]]:
    """Run every chunk's tasks through `submit` (a process pool's or a Dask client's), yielding
    (chunk key, True) once a chunk is written and (chunk key, False) once one of its windows is
    extracted. A chunk is staged (`stage_chunk`); a chunk holding a long document then has each of
    its windows extracted as a task of its own, so one large file keeps every worker busy, and is
    written once they are all done (`finish_chunk`). `more(n)` is told of a chunk's n windows when
    it is staged.

    When a task fails, the queued tasks are cancelled and the running ones waited for (a window or
    a chunk each), then every staging folder is removed. On Ctrl-C the run stops at once; what a
    task still running stages then is pruned later (`chunks.prune`)."""
    running = {submit(stage_chunk, *job): ("stage", key) for key, job in jobs.items()}
    staged = dict(running)
    stages: dict[str, list] = {}  # key -> [staging folder, windows, windows not yet extracted]
    try:
        while running:
            for future in finished(list(running)):
                step, key = running.pop(future)
                if step == "stage":
                    stage, windows = future.result()
                    if not windows:
                        yield key, True
                        continue
                    stages[key] = [stage, windows, windows]
                    more(windows)
                    running.update({submit(extract_window, stage, k): ("window", key) for k in range(windows)})
                elif step == "window":
                    future.result()
                    yield key, False
                    stages[key][2] -= 1
                    if not stages[key][2]:
                        running[submit(finish_chunk, stages[key][0], jobs[key][2], stages[key][1])] = ("finish", key)
                else:
                    future.result()
                    del stages[key]
                    yield key, True
    except Exception:
        for future in running:
            future.cancel()
        while running := {future: task for future, task in running.items() if not future.done()}:
            finished(list(running))
        for future, (_, key) in staged.items():
            if not future.cancelled() and future.exception() is None and future.result()[1]:
                stages.setdefault(key, [future.result()[0]])
        raise
    finally:
        for stage, *_ in stages.values():
            shutil.rmtree(stage, ignore_errors=True)


def assembled(read: Callable[[str], pd.DataFrame]) -> Iterator[tuple[str, pd.DataFrame]]:
    """Every table of the corpus, one at a time, from `read(name)` (that table of all chunks, in
    its declared row order): a document that repeats one in an earlier chunk dropped (and reported so),
    a person's shorter English form and Chinese name linked to the fuller English one (before events
    are keyed, so two reports of one meeting share their actor however they spell it), sorted, and
    the entities table built over all mentions. A table is read when it is needed and let go once it is given out."""
    documents = read("documents")
    duplicates = _duplicates(documents)

    def unique(frame: pd.DataFrame) -> pd.DataFrame:
        if duplicates and "doc_id" in frame.columns:
            return frame[~frame.doc_id.isin(duplicates)].reset_index(drop=True)
        return frame

    yield "documents", unique(documents)
    del documents
    report = read("load_report")
    if duplicates:
        reasons = dict(duplicates.values())
        hit = report.path.isin(reasons)
        report.loc[hit, "status"] = "skipped"
        report.loc[hit, "reason"] = report.loc[hit, "path"].map(reasons)
    yield "load_report", report
    for name in ("passages", "sentences", "references", "quantities"):
        yield name, unique(read(name))
    # Sorted (as read) before names are linked and events keyed: both keep the first row they
    # meet, which must not depend on how the corpus was cut into chunks.
    # (Linking changes no column mentions are sorted by.)
    mentions, fuller = link_fuller_names(unique(read("mentions")))
    mentions, links = link_chinese_names(mentions)
    links = pd.concat([fuller, links], ignore_index=True) if len(fuller) else links
    yield "entities", schema.sort(entities(mentions, links), "entities")
    yield "mentions", mentions
    del mentions
    yield "positions", schema.sort(apply_links(unique(read("positions")), links, ("person_id",)), "positions")
    events = apply_links(unique(read("events")), links, ("actor_id", "counterpart_id"))
    yield "events", event_keys(events)  # neither changes doc_id or event_id, the events' order


def _duplicates(documents: pd.DataFrame) -> dict[str, tuple[str, str]]:
    """doc_id -> (path, reason) for documents with the bytes or the text of an earlier one, in the
    words the loader uses for duplicates inside one chunk."""
    first: dict[str, str] = {}
    found = {}
    in_path_order = documents.sort_values("path", kind="stable")  # the order a whole-corpus load reads
    for doc_id, path, sha, text, encoding in zip(in_path_order.doc_id, in_path_order.path, in_path_order.sha256,
                                                  in_path_order.text, in_path_order.encoding):
        text_key = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if sha in first:
            found[doc_id] = (path, f"duplicate of {first[sha]} (identical bytes)")
        elif text_key in first:
            found[doc_id] = (path, f"duplicate of {first[text_key]} (same text, {encoding})")
        else:
            first[sha] = first[text_key] = path
    return found


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def staleness(corpus_dir: str | Path, tables_dir: Path) -> str:
    """Why `tables_dir`'s tables are not those of this corpus and this code ("" when they are),
    so a message can say which of the two changed."""
    fingerprint, version = corpus_fingerprint(corpus_dir), code_version()
    for name in schema.EXTRACTED:
        meta = read_meta(tables_dir, name)
        if not (tables_dir / f"{name}.parquet").exists():
            return f"its table '{name}' is missing"
        if meta.get("code_version") != version:
            return "the extraction code changed since they were written"
        if meta.get("corpus_fingerprint") != fingerprint:
            return "the corpus changed since they were written"
    return ""


# The folders extraction reads from: a change to any file in them invalidates cached chunks and
# written tables (also a change extraction does not use, which only costs a re-extraction), while
# a change to an analysis or workbook module does not.
EXTRACTION_SOURCES = ("schema", "load", "reference", "extract", "data")


@lru_cache(maxsize=1)
def code_version() -> str:
    """Checksum of the code and reference data extraction reads: a changed rule re-extracts."""
    digest = hashlib.sha256()
    for name in EXTRACTION_SOURCES:
        for file in sorted(p for p in (PACKAGE_DIR / name).rglob("*") if p.suffix in (".py", ".csv")):
            digest.update(file.relative_to(PACKAGE_DIR).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]
