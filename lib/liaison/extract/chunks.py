"""A corpus cut into chunks of a few hundred files, each extracted in one task into one folder of
Parquet files (one per table), and kept as the cache.

A chunk's key is the checksum of its files' paths and contents and of the extraction code, so a
changed document re-extracts only its chunk and a changed rule re-extracts everything. A worker
reads its files from the corpus folder and writes its Parquet itself, table by table as it
extracts: nothing but a path crosses between processes (or machines, when a Dask cluster runs
the tasks). Chunks of older code versions are pruned when a run starts.
"""
from __future__ import annotations

import gc
import hashlib
import os
import pickle
import re
import shutil
import sys
import tempfile
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from liaison import schema
from liaison.extract.arrow_tables import Unfit, arrow_table
from liaison.extract.document import ROW_TABLES, extract_document
from liaison.extract.windows import Numbering, is_long, long_documents, window_inputs, window_parts
from liaison.load.corpus import Corpus, LoadedRows, doc_id_for, load_rows
from liaison.load.sidecar import SUFFIX

CHUNK_FILES = 256  # files per chunk on average: hundreds of news reports per task
CHUNK_BYTES = 8_000_000  # ... or fewer, when the files are large
CHUNK_TABLES = tuple(name for name in schema.EXTRACTED if name != "entities")
DONE = "done"  # written last, so a chunk folder without it is an interrupted write
PRUNE_AFTER = 3600  # seconds a cache folder of another code version must be idle before it is deleted
VERSION_NAME = re.compile(r"[0-9a-f]{16}")  # what a code version's folder is called; nothing else is pruned
# Objects allocated between collections of the youngest generation. Python's default (700) makes its
# full collections walk a long document's live objects again and again: one document eight times
# longer took 11x the time, and takes 8x with this, while a news report's time is unchanged.
GC_YOUNG = 50_000


@dataclass(frozen=True)
class Chunk:
    key: str
    rels: tuple[str, ...]


def plan_chunks(digests: list[tuple[str, str]], sizes: dict[str, int], code_version: str) -> list[Chunk]:
    """Files in chunks, grouped by the document id they belong to, so that a document and its
    sidecar, and documents whose ids collide (report.txt, report.html), share a chunk.

    A chunk ends after a group whose id hashes to a boundary (one in CHUNK_FILES), or when it
    holds CHUNK_BYTES: where chunks end depends on the ids themselves, not on counting files, so
    adding or removing a document changes the keys of its own chunk only."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for rel, sha in digests:
        groups.setdefault(_stem(rel), []).append((rel, sha))
    chunks: list[Chunk] = []
    current: list[tuple[str, str]] = []
    size = 0
    for stem in sorted(groups):
        current.extend(groups[stem])
        size += sum(sizes.get(rel, 0) for rel, _ in groups[stem])
        if zlib.crc32(stem.encode()) % CHUNK_FILES == 0 or size >= CHUNK_BYTES:
            chunks.append(_chunk(current, code_version))
            current, size = [], 0
    if current:
        chunks.append(_chunk(current, code_version))
    return chunks


def _stem(rel: str) -> str:
    """The document id a file belongs to: a sidecar's is its document's."""
    return doc_id_for(rel[: -len(SUFFIX)] + ".txt" if rel.endswith(SUFFIX) else rel)


def _chunk(files: list[tuple[str, str]], code_version: str) -> Chunk:
    digest = hashlib.sha256(code_version.encode())
    for rel, sha in files:
        digest.update(f"{rel}\0{sha}\n".encode())
    return Chunk(digest.hexdigest()[:24], tuple(rel for rel, _ in files))


def chunk_dir(cache_dir: Path, code_version: str, chunk: Chunk) -> Path:
    return cache_dir / code_version / chunk.key


def chunk_is_sound(folder: Path) -> bool:
    """Whether a cached chunk is finished and of the declared shape.

    A finished entry that fails the check (a truncated file, a column missing or of another type)
    is said on stderr in one line, since it is re-extracted: a cache is never trusted blind and
    never the reason a run ends with an empty table or a traceback."""
    problem = _problem(folder)
    if problem:
        print(f"liaison: cache entry {folder} is not valid ({problem}); re-extracting it", file=sys.stderr)
    return problem is None


# The Arrow types a declared column type is stored as (text is `large_string` from pandas).
_ARROW_TYPES = {"str": ("large_string", "string"), "int": ("int64",), "int?": ("double",), "float": ("double",),
                "bool": ("bool",)}


def _problem(folder: Path) -> str | None:
    """None for a sound entry, else what is wrong ("" when there is no entry yet). Only the files'
    footers are read: the rows are read once, table by table, when the chunks are joined."""
    if not (folder / DONE).exists():
        return ""
    for name in CHUNK_TABLES:
        try:
            stored = pq.read_schema(folder / f"{name}.parquet")
        except Exception as error:  # noqa: BLE001 - whatever a damaged file raises, the entry is not usable
            return f"{name}.parquet unreadable: {type(error).__name__}"
        if stored.names != schema.columns(name):
            return f"{name}.parquet has columns other than the declared ones"
        wrong = [c for c in schema.TABLES[name].columns if str(stored.field(c.name).type) not in _ARROW_TYPES[c.type]]
        if wrong:
            return f"{name}.parquet column {wrong[0].name!r} is not of type {wrong[0].type}"
    return None


class DamagedChunk(OSError):
    """A cached chunk whose rows cannot be read; it has been removed, so it is extracted again."""

    def __init__(self, folder: Path, problem: str):
        super().__init__(f"cache entry {folder} is not valid ({problem})")
        self.folder = str(folder)


def read_joined(folders: list[Path], name: str) -> pd.DataFrame:
    """One table of many chunks, in its declared row order: joined and sorted as Arrow and
    converted to pandas once, so a corpus of thousands of chunks costs one conversion, not
    thousands."""
    parts = []
    for folder in folders:
        try:
            parts.append(read_part(folder / f"{name}.parquet").replace_schema_metadata(None))
        except (OSError, pa.ArrowException) as error:  # a damaged file: the entry is not usable
            shutil.rmtree(folder, ignore_errors=True)
            raise DamagedChunk(folder, f"{name}.parquet unreadable: {type(error).__name__}") from None
    return schema.conform(_sorted(parts, schema.TABLES[name].sort).to_pandas(), name)


def read_part(path: Path) -> pa.Table:
    """One chunk's Parquet file, whole. (`pq.read_table` goes through the datasets layer, made for
    many files and filters: on a chunk's small file it took twice the time, a thousand times a run.)"""
    with pq.ParquetFile(path) as file:
        return file.read(use_threads=False)


def _sorted(parts: list[pa.Table], keys: tuple[str, ...]) -> pa.Table:
    """`parts` joined and stably sorted by `keys` (as `schema.sort` orders rows), a column at a
    time: the process holds the joined table and one sorted column, not the table twice. `parts`
    is emptied, so the joined table's columns are the only hold on the rows."""
    joined = pa.concat_tables(parts, promote_options="permissive")
    parts.clear()
    if joined.num_rows < 2 or not keys:
        return joined
    order = pc.sort_indices(joined, sort_keys=[(key, "ascending") for key in keys])  # a stable sort
    columns, names = joined.columns, joined.column_names
    del joined
    for i, column in enumerate(columns):
        columns[i] = column.take(order)
        del column
    return pa.table(columns, names=names)


def extract_chunk(root: str, rels: tuple[str, ...], folder: str) -> str:
    """Load and extract one chunk's files and write its tables under `folder`, all in this process
    (a long document's windows one after another)."""
    stage, windows = stage_chunk(root, rels, folder)
    if windows:
        try:
            for k in range(windows):
                extract_window(stage, k)
        except BaseException:
            shutil.rmtree(stage, ignore_errors=True)
            raise
        finish_chunk(stage, folder, windows)
    return folder


def stage_chunk(root: str, rels: tuple[str, ...], folder: str) -> tuple[str, int]:
    """Load one chunk's files and extract the documents of ordinary length. Runs in a worker.

    A chunk without a long document is then written under `folder`, and ("", 0) returned. A chunk
    with one is staged: its loaded tables and ordinary rows, and each window of its long documents
    as an input file, go into a staging folder; ("that folder", how many windows) is returned, for
    `extract_window` to extract each window (on any core) and `finish_chunk` to write the chunk."""
    _fewer_collections()
    out = Path(folder)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=out.name + ".tmp", dir=out.parent))
    try:
        loaded = load_rows(Path(root), list(rels), chunk=True)
        long_ids = {row["doc_id"] for row in loaded.documents if is_long(row["text"])}
        if not long_ids:
            _write_rows(tmp, _loaded_parts(loaded))
            (tmp / DONE).write_text("")
            _move_into_place(tmp, out)
            return "", 0
        corpus = loaded.corpus()
        _write_parts(tmp / "head", extracted_parts(corpus, long_ids))
        windows = 0
        for low, doc in _long_windows(corpus, long_ids):
            (tmp / f"w{windows:05d}.pickle").write_bytes(pickle.dumps((low, doc), protocol=pickle.HIGHEST_PROTOCOL))
            windows += 1
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return str(tmp), windows


def extract_window(stage: str, k: int) -> None:
    """Extract window `k` of a staged chunk into the staging folder. Runs in a worker."""
    _fewer_collections()
    source = Path(stage) / f"w{k:05d}.pickle"
    low, doc = pickle.loads(source.read_bytes())
    _write_parts(Path(stage) / f"w{k:05d}", window_parts(low, doc))
    source.unlink()


def finish_chunk(stage: str, folder: str, windows: int) -> str:
    """Write a staged chunk's tables under `folder`: its ordinary rows, then each window's, in
    order, numbered on (`windows.Numbering`). Runs in a worker; the staging folder is removed."""
    tmp = Path(stage)
    try:
        numbering = Numbering()
        parts = [tmp / "head"] + [tmp / f"w{k:05d}" for k in range(windows)]
        for name in CHUNK_TABLES:
            with _Writers(tmp) as writers:
                for part in parts:
                    if (part / f"{name}.parquet").exists():
                        table = read_part(part / f"{name}.parquet")
                        if part.name != "head" and name in ("sentences", "events"):  # one window: one document
                            table = _arrow(numbering(name, table.to_pandas()), name)
                        writers.write(name, table)
        for part in parts:
            shutil.rmtree(part)
        (tmp / DONE).write_text("")
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _move_into_place(tmp, Path(folder))
    return folder


def _fewer_collections() -> None:
    """The garbage collector's youngest generation collected every GC_YOUNG allocations, in the
    process that extracts (a worker, or this one)."""
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])


def _move_into_place(tmp: Path, out: Path) -> None:
    """A finished chunk folder moved to where it is read from. When another run (or worker) wrote
    a sound copy of the same chunk meanwhile, that copy is kept."""
    if _problem(out) is None:
        shutil.rmtree(tmp, ignore_errors=True)
        return
    shutil.rmtree(out, ignore_errors=True)  # an interrupted or broken write
    try:
        os.replace(tmp, out)
    except OSError:  # finished by another run between the check and the move
        shutil.rmtree(tmp, ignore_errors=True)


class _Writers:
    """One Parquet writer per table, opened at the table's first part, so a table is written part
    by part and a worker holds one part's rows at a time."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.open: dict[str, pq.ParquetWriter] = {}

    def __enter__(self) -> _Writers:
        return self

    def write(self, name: str, part: pa.Table) -> None:
        if name not in self.open:
            self.folder.mkdir(exist_ok=True)  # not its parents: a staging folder removed stays removed
            self.open[name] = pq.ParquetWriter(self.folder / f"{name}.parquet", part.schema, compression="zstd")
        self.open[name].write_table(part)

    def __exit__(self, *_: object) -> None:
        for writer in self.open.values():
            writer.close()


def _arrow(frame: pd.DataFrame, name: str) -> pa.Table:
    return pa.Table.from_pandas(schema.conform(frame, name), preserve_index=False).replace_schema_metadata(None)


def _write_parts(folder: Path, parts: Iterator[tuple[str, pd.DataFrame]]) -> None:
    with _Writers(folder) as writers:
        for name, frame in parts:
            writers.write(name, _arrow(frame, name))


def _write_rows(folder: Path, parts: Iterator[tuple[str, list]]) -> None:
    """Like _write_parts, from rows: straight to Arrow, or through pandas when Arrow would not
    take them as pandas does (`arrow_tables.Unfit`)."""
    with _Writers(folder) as writers:
        for name, rows in parts:
            try:
                table = arrow_table(rows, name)
            except Unfit:
                table = _arrow(schema.frame(rows, name), name)
            writers.write(name, table)


def _loaded_parts(loaded: LoadedRows) -> Iterator[tuple[str, list]]:
    """extracted_parts' tables, as rows, for a chunk without long documents: the loaded rows, then
    every row table, the documents extracted in the order extracted_parts takes them (by id, each
    with its passages by number)."""
    yield from (("documents", loaded.documents), ("passages", loaded.passages), ("references", loaded.references),
                ("load_report", loaded.load_report))
    passages_by_doc = _passages_by_doc(loaded.passages)
    for passages in passages_by_doc.values():
        passages.sort(key=itemgetter("passage_id"))  # already in order, unless two documents share an id
    documents = sorted(loaded.documents, key=itemgetter("doc_id"))
    rows = _extracted_rows(((d["doc_id"], d["text"], d["published"], d["title"]) for d in documents), passages_by_doc)
    for name in ROW_TABLES:
        yield name, rows.pop(name)


def _passages_by_doc(passages: Iterable[tuple]) -> dict[str, list[dict]]:
    """Passage rows (doc_id, passage_id, start, end, section, text) as `extract_document` takes
    them, by document."""
    by_doc: dict[str, list[dict]] = {}
    for doc_id, passage_id, start, end, section, text in passages:
        by_doc.setdefault(doc_id, []).append(
            {"passage_id": passage_id, "start": start, "end": end, "section": section, "text": text})
    return by_doc


def _extracted_rows(documents: Iterable[tuple[str, str, str, str]], passages_by_doc: dict[str, list[dict]]
                    ) -> dict[str, list]:
    """Every row table's rows for `documents` (id, text, published, title), each with its passages."""
    rows: dict[str, list] = {name: [] for name in ROW_TABLES}
    for doc_id, text, published, title in documents:
        found = extract_document({"doc_id": doc_id, "text": text, "published": published, "title": title,
                                  "passages": passages_by_doc.pop(doc_id, [])})
        for name in ROW_TABLES:
            rows[name].extend(found[name])
    return rows


def extract_loaded(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """Every per-document table of a loaded corpus, in memory and in its declared row order (the
    entities table is built over the whole corpus); long documents a window at a time."""
    parts: dict[str, list[pd.DataFrame]] = {}
    long_ids = long_documents(corpus.documents)
    numbering = Numbering()
    for name, frame in extracted_parts(corpus, long_ids):
        parts.setdefault(name, []).append(frame)
    for low, doc in _long_windows(corpus, long_ids):
        for name, frame in window_parts(low, doc):
            parts[name].append(numbering(name, frame))
    return {name: schema.sort(frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True), name)
            for name, frames in parts.items()}


def extracted_parts(corpus: Corpus, long_ids: set[str]) -> Iterator[tuple[str, pd.DataFrame]]:
    """(table name, rows): the loaded tables, then every row table for the documents not in
    `long_ids`. Every table comes once."""
    yield from (("documents", corpus.documents), ("passages", corpus.passages), ("references", corpus.references),
                ("load_report", corpus.load_report))
    documents, p = corpus.documents, corpus.passages
    short = ~p.doc_id.isin(long_ids)
    passages_by_doc = _passages_by_doc(zip(p.doc_id[short], p.passage_id[short], p.start[short], p.end[short],
                                           p.section[short], p.text[short]))
    ordinary = ~documents.doc_id.isin(long_ids)
    rows = _extracted_rows(zip(documents.doc_id[ordinary], documents.text[ordinary], documents.published[ordinary],
                               documents.title[ordinary]), passages_by_doc)
    for name in ROW_TABLES:
        yield name, schema.frame(rows.pop(name), name)


def _long_windows(corpus: Corpus, long_ids: set[str]) -> Iterator[tuple[int, dict]]:
    """Every window of the long documents, in document order."""
    documents, p = corpus.documents, corpus.passages
    for i in np.flatnonzero(documents.doc_id.isin(long_ids).to_numpy()):
        doc = documents.iloc[i]
        yield from window_inputs(doc.doc_id, doc.text, doc.published, p[p.doc_id == doc.doc_id])


def prune(cache_dir: Path, code_version: str) -> None:
    """Drop the cached chunks of other versions of the extraction code, once no chunk of theirs
    has been written for PRUNE_AFTER seconds: another version (a second checkout, an installed
    copy) may be extracting into the same cache right now. Temporary and staging folders an
    interrupted run left in this version's folder go after the same wait."""
    if cache_dir.is_dir():
        idle_since = time.time() - PRUNE_AFTER
        for folder in cache_dir.iterdir():
            if (folder.is_dir() and VERSION_NAME.fullmatch(folder.name) and folder.name != code_version
                    and folder.stat().st_mtime < idle_since):
                shutil.rmtree(folder, ignore_errors=True)
        current = cache_dir / code_version
        for folder in current.glob("*.tmp*") if current.is_dir() else ():
            if folder.is_dir() and folder.stat().st_mtime < idle_since:
                shutil.rmtree(folder, ignore_errors=True)
