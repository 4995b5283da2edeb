"""A corpus cut into chunks of a few hundred files, each extracted in one task into one folder of
Parquet files (one per table), and kept as the cache.

A chunk's key is the checksum of its files' paths and contents and of the extraction code, so a
changed document re-extracts only its chunk and a changed rule re-extracts everything. A worker
reads its files from the corpus folder and writes its Parquet itself: nothing but a path crosses
between processes (or machines, when a Dask cluster runs the tasks). Chunks of older code
versions are pruned when a run starts.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from liaison import schema
from liaison.extract.document import ROW_TABLES, event_id, extract_document
from liaison.load.corpus import Corpus, doc_id_for, load_files
from liaison.load.sidecar import SUFFIX

CHUNK_FILES = 256  # files per chunk on average: hundreds of news reports per task
CHUNK_BYTES = 8_000_000  # ... or fewer, when the files are large
CHUNK_TABLES = tuple(name for name in schema.EXTRACTED if name != "entities")
WINDOW = 2_000_000  # characters: a longer document is extracted a window of passages at a time
DONE = "done"  # written last, so a chunk folder without it is an interrupted write
PRUNE_AFTER = 3600  # seconds a cache folder of another code version must be idle before it is deleted
VERSION_NAME = re.compile(r"[0-9a-f]{16}")  # what a code version's folder is called; nothing else is pruned


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


def read_chunk(folder: Path) -> dict[str, pd.DataFrame] | None:
    """A cached chunk's tables, or None when it is missing, unfinished or not of the declared shape.

    A finished entry that fails the check (a truncated file, a column missing or of another type)
    is said on stderr in one line, since it is re-extracted: a cache is never trusted blind and
    never the reason a run ends with an empty table or a traceback."""
    frames, problem = _read(folder)
    if problem:
        print(f"liaison: cache entry {folder} is not valid ({problem}); re-extracting it", file=sys.stderr)
    return frames


def _read(folder: Path) -> tuple[dict[str, pd.DataFrame] | None, str]:
    """(tables, "") for a sound entry, else (None, what is wrong; "" when there is no entry yet)."""
    if not (folder / DONE).exists():
        return None, ""
    frames = {}
    for name in CHUNK_TABLES:
        try:
            frames[name] = pd.read_parquet(folder / f"{name}.parquet")
        except Exception as error:  # noqa: BLE001 - whatever a damaged file raises, the entry is not usable
            return None, f"{name}.parquet unreadable: {type(error).__name__}"
        if list(frames[name].columns) != schema.columns(name):
            return None, f"{name}.parquet has columns other than the declared ones"
        wrong = [c for c in schema.TABLES[name].columns if frames[name][c.name].dtype != schema.DTYPES[c.type]]
        if wrong:
            return None, f"{name}.parquet column {wrong[0].name!r} is not of type {wrong[0].type}"
    return frames, ""


def extract_chunk(root: str, rels: tuple[str, ...], folder: str) -> str:
    """Load and extract one chunk's files and write its tables under `folder`. Runs in a worker.

    The tables are written into a fresh temporary folder and moved into place whole. When another
    run (or worker) wrote a sound copy of the same chunk meanwhile, that copy is kept."""
    out = Path(folder)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=out.name + ".tmp", dir=out.parent))
    for name, frame in extract_loaded(load_files(Path(root), list(rels), chunk=True)).items():
        frame.to_parquet(tmp / f"{name}.parquet", index=False, engine="pyarrow", compression="zstd")
    (tmp / DONE).write_text("")
    if _read(out)[0] is not None:
        shutil.rmtree(tmp, ignore_errors=True)
        return folder
    shutil.rmtree(out, ignore_errors=True)  # an interrupted or broken write
    try:
        os.replace(tmp, out)
    except OSError:  # finished by another run between the check and the move
        shutil.rmtree(tmp, ignore_errors=True)
    return folder


def extract_loaded(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """Every per-document table of a loaded corpus (the entities table is built over the whole corpus)."""
    passages_by_doc: dict[str, list[dict]] = {}
    p = corpus.passages
    for doc_id, passage_id, start, end, section, text in zip(p.doc_id, p.passage_id, p.start, p.end, p.section, p.text):
        passages_by_doc.setdefault(doc_id, []).append(
            {"passage_id": passage_id, "start": start, "end": end, "section": section, "text": text})
    rows: dict[str, list] = {name: [] for name in ROW_TABLES}
    windowed: list[dict[str, pd.DataFrame]] = []
    documents = corpus.documents
    for doc_id, text, published in zip(documents.doc_id, documents.text, documents.published):
        doc = {"doc_id": doc_id, "text": text, "published": published, "passages": passages_by_doc.get(doc_id, [])}
        if len(text) > WINDOW:
            windowed.append(_extract_in_windows(doc))
            continue
        found = extract_document(doc)
        for name in ROW_TABLES:
            rows[name].extend(found[name])
    frames = {name: schema.frame(rows[name], name) for name in ROW_TABLES}
    for part in windowed:
        frames = {name: schema.sort(pd.concat([frames[name], part[name]], ignore_index=True), name) for name in frames}
    return {"documents": documents, "passages": corpus.passages, "references": corpus.references,
            "load_report": corpus.load_report, **frames}


def _extract_in_windows(doc: dict) -> dict[str, pd.DataFrame]:
    """A document longer than WINDOW characters, extracted in windows of whole passages, so memory
    follows the window and not the document. What needs the whole document is read per window:
    a short form resolves to a full name met in its own window, the title is in the first."""
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in ROW_TABLES}
    sentences = events = 0
    for window in _windows(doc["passages"]):
        low, high = window[0]["start"], window[-1]["end"]
        local = [{**p, "start": p["start"] - low, "end": p["end"] - low} for p in window]
        found = extract_document({**doc, "text": doc["text"][low:high], "passages": local})
        for name in ROW_TABLES:
            frame = schema.frame(found[name], name)
            for column in _OFFSETS[name]:
                frame[column] += low
            if name == "sentences":
                frame["sentence_id"] += sentences
                sentences += len(frame)
            if name == "events":
                frame["event_id"] = [event_id(doc["doc_id"], events + i) for i in range(len(frame))]
                events += len(frame)
            parts[name].append(frame)
    return {name: pd.concat(frames, ignore_index=True) if frames else schema.frame([], name)
            for name, frames in parts.items()}


def _windows(passages: list[dict]) -> list[list[dict]]:
    """Consecutive passages in groups of at most WINDOW characters (a longer passage alone)."""
    out: list[list[dict]] = [[]]
    for passage in passages:
        if out[-1] and passage["end"] - out[-1][0]["start"] > WINDOW:
            out.append([])
        out[-1].append(passage)
    return [window for window in out if window]


# The columns of each per-document table that are offsets into documents.text.
_OFFSETS = {
    name: [c.name for c in schema.TABLES[name].columns if c.type == "int" and c.name in ("start", "end", "start_char",
                                                                                            "end_char")]
    for name in ROW_TABLES
}


def prune(cache_dir: Path, code_version: str) -> None:
    """Drop the cached chunks of other versions of the extraction code, once no chunk of theirs
    has been written for PRUNE_AFTER seconds: another version (a second checkout, an installed
    copy) may be extracting into the same cache right now."""
    if cache_dir.is_dir():
        idle_since = time.time() - PRUNE_AFTER
        for folder in cache_dir.iterdir():
            if (folder.is_dir() and VERSION_NAME.fullmatch(folder.name) and folder.name != code_version
                    and folder.stat().st_mtime < idle_since):
                shutil.rmtree(folder, ignore_errors=True)
