"""Documents to the seven tables, in parallel and cached.

Extraction is a pure function of one document's text, date and passages, so it runs in a
process pool across cores, and its result is cached under the document's checksum and the
library's own checksum: re-running a notebook with new parameters extracts nothing again, and a
changed document (or a changed rule) invalidates only what it touches.
"""
from __future__ import annotations

import bisect
import hashlib
import json
import os
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path

import pandas as pd

from liaison.extract.context import build_views
from liaison.load.corpus import Corpus, corpus_fingerprint, load_corpus
from liaison.load.dates import find_dates, parse_iso
from liaison.extract.events import dateline_place, find_events
from liaison.extract.mentions import find_mentions
from liaison.load.passages import PROSE_SECTIONS
from liaison.paths import PACKAGE_DIR, REPO_ROOT
from liaison.extract.positions import find_positions
from liaison.extract.quantities import find_quantities
from liaison.reference.lists import chinese_names, organizations
from liaison.extract.sentences import split_sentences
from liaison import schema
from liaison.store import Tables, read_meta, write_tables

DEFAULT_CACHE = REPO_ROOT / ".cache" / "extract"
PARALLEL_THRESHOLD = 2_000_000  # characters; below this a process pool costs more than it saves


def extract_document(doc: dict) -> dict[str, list[dict]]:
    """All rows for one document. `doc` holds doc_id, text, published and passages."""
    text, doc_id = doc["text"], doc["doc_id"]
    anchor = parse_iso(doc["published"]) if doc["published"] else None
    passages = [p for p in doc["passages"] if p["section"] in PROSE_SECTIONS]
    prose = [(p["start"], p["end"]) for p in passages]
    inside = _inside(prose)
    mentions = find_mentions(text, prose)
    dates = [d for d in find_dates(text, anchor) if inside(d.start, d.end)]
    quantities = [q for q in find_quantities(text) if inside(q.start, q.end)]
    sentences = [
        s for p in passages if p["section"] != "infobox"
        for s in split_sentences(p["text"], p["start"], p["passage_id"], p["section"])
    ]
    views = build_views(text, sentences, mentions, dates, quantities)
    infobox = [(p["start"], p["end"], p["text"]) for p in passages if p["section"] == "infobox"]
    subject = _subject(mentions, passages)
    body = [p for p in passages if p["section"] == "body"]
    dateline = dateline_place(text, body[0]["start"]) if body else None

    positions = find_positions(text, views, mentions, subject, infobox, anchor)
    # Headlines and captions restate the story; events are coded from the body alone.
    events = find_events(text, [v for v in views if v.sentence.section == "body"], mentions, dateline)
    sentence_starts = [s.start for s in sentences]

    passage_starts = [p["start"] for p in passages]

    def evidence(offset: int) -> str:
        """The sentence holding an offset; for an infobox line, the line itself."""
        i = bisect.bisect_right(sentence_starts, offset) - 1
        if i >= 0 and offset < sentences[i].end:
            return sentences[i].text
        j = bisect.bisect_right(passage_starts, offset) - 1
        return passages[j]["text"] if j >= 0 and offset < passages[j]["end"] else ""

    as_of = anchor.iso() if anchor else ""
    # Every prose sentence, in order; an infobox line is one sentence (it has no sentence marks).
    quoted = sorted([(s.start, s.end, s.passage_id, s.section, s.text) for s in sentences]
                    + [(p["start"], p["end"], p["passage_id"], "infobox", p["text"]) for p in passages
                       if p["section"] == "infobox"])
    rows = {
        "sentences": [[doc_id, i, pid, section, start, end, text] for i, (start, end, pid, section, text) in enumerate(quoted)],
        # Mentions are the bulk of every corpus: plain lists in the declared column order, not dicts.
        "mentions": [[doc_id, m.start, m.end, m.text, m.kind, m.entity_id, m.name, m.cue, m.iso3] for m in mentions]
        + [[doc_id, d.start, d.end, d.text, "date", "", d.date.iso() + (f"/{d.end_date.iso()}" if d.end_date else ""),
            "relative" if d.relative else "absolute", ""] for d in dates]
        + [[doc_id, q.start, q.end, q.text, "quantity", "", f"{q.value:g} {q.unit}", q.qualifier, ""] for q in quantities],
        # vars(), not dataclasses.asdict: these rows hold only scalars, and asdict deep-copies.
        "positions": [{**vars(p), "as_of": as_of, "doc_id": doc_id} for p in positions],
        "events": [{**vars(e), "event_id": f"{doc_id}:e{i:03d}", "doc_id": doc_id} for i, e in enumerate(events)],
        "quantities": [
            {"doc_id": doc_id, "value": q.value, "unit": q.unit, "qualifier": q.qualifier, "per": q.per,
             "as_of": str(q.as_of_year) if q.as_of_year else as_of, "text": q.text,
             "start_char": q.start, "end_char": q.end, "evidence": evidence(q.start)}
            for q in quantities
        ],
    }
    return rows


def extract_to(corpus_dir: str | Path, tables_dir: Path, *, workers: int | None = None) -> Tables:
    """Load and extract a corpus and write every table under `tables_dir`, stamped with the
    corpus's fingerprint and the code's version so readers can tell whether they are current."""
    tables = build_tables(load_corpus(corpus_dir), workers=workers)
    write_tables(tables, tables_dir, provenance(corpus_dir))
    return tables


def provenance(corpus_dir: str | Path) -> dict[str, str]:
    """What written tables record about their making."""
    return {"corpus_fingerprint": corpus_fingerprint(corpus_dir), "code_version": code_version()}


def tables_are_current(corpus_dir: str | Path, tables_dir: Path) -> bool:
    """Whether `tables_dir` holds every extracted table, written from this corpus by this code."""
    stamp = provenance(corpus_dir)
    for name in schema.EXTRACTED:
        meta = read_meta(tables_dir, name)
        if any(meta.get(key) != value for key, value in stamp.items()) or not (tables_dir / f"{name}.parquet").exists():
            return False
    return True


def build_tables(corpus: Corpus, *, workers: int | None = None, cache_dir: Path | None = DEFAULT_CACHE) -> Tables:
    """Extract every document of a loaded corpus (cached, in parallel when it pays)."""
    documents = corpus.documents
    passages_by_doc: dict[str, list[dict]] = {}
    p = corpus.passages
    for doc_id, passage_id, start, end, section, text in zip(p.doc_id, p.passage_id, p.start, p.end, p.section, p.text):
        passages_by_doc.setdefault(doc_id, []).append(
            {"passage_id": passage_id, "start": start, "end": end, "section": section, "text": text}
        )
    jobs = [
        {"doc_id": row.doc_id, "text": row.text, "published": row.published, "passages": passages_by_doc.get(row.doc_id, [])}
        for row in documents.itertuples()
    ]
    results: dict[str, dict] = {}
    pending = []
    for job in jobs:
        cached = _cache_read(cache_dir, job)
        if cached is None:
            pending.append(job)
        else:
            results[job["doc_id"]] = cached
    workers = workers or os.cpu_count() or 1
    if workers > 1 and sum(len(j["text"]) for j in pending) > PARALLEL_THRESHOLD:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            fresh = list(pool.map(extract_document, pending, chunksize=max(1, len(pending) // (workers * 8))))
    else:
        fresh = [extract_document(job) for job in pending]
    for job, rows in zip(pending, fresh):
        results[job["doc_id"]] = rows
        _cache_write(cache_dir, job, rows)

    merged: dict[str, list] = {"sentences": [], "mentions": [], "positions": [], "events": [], "quantities": []}
    for doc_id in sorted(results):
        for name, rows in results[doc_id].items():
            merged[name].extend(rows)
    mentions = schema.frame(merged["mentions"], "mentions")
    return Tables(
        documents=documents,
        passages=corpus.passages,
        sentences=schema.frame(merged["sentences"], "sentences"),
        references=corpus.references,
        load_report=corpus.load_report,
        mentions=mentions,
        entities=_entities(mentions),
        positions=schema.frame(merged["positions"], "positions"),
        events=schema.frame(merged["events"], "events"),
        quantities=schema.frame(merged["quantities"], "quantities"),
    )


def _entities(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per resolved entity: its commonest name, every other surface form seen, and
    whether reference data knows it. Vectorised: a large corpus has millions of mentions."""
    resolved = mentions.loc[mentions.entity_id != "", ["entity_id", "kind", "name", "text", "iso3", "doc_id", "cue"]]
    if resolved.empty:
        return pd.DataFrame(columns=schema.columns("entities"))
    resolved = resolved.assign(text=resolved.text.str.replace(r"\s+", " ", regex=True))
    grouped = resolved.groupby("entity_id", sort=True)
    names = (
        resolved.groupby(["entity_id", "name"]).size().rename("n").reset_index()
        .sort_values(["entity_id", "n", "name"], ascending=[True, False, True])
        .drop_duplicates("entity_id").set_index("entity_id")["name"]
    )
    frame = pd.DataFrame({"kind": grouped.kind.first(), "name": names})
    surfaces = resolved[["entity_id", "text"]].drop_duplicates()
    surfaces = surfaces[surfaces.text != surfaces.entity_id.map(names)].sort_values(["entity_id", "text"])
    frame["aliases"] = surfaces.groupby("entity_id").text.agg("|".join)
    frame["iso3"] = resolved[resolved.iso3 != ""].groupby("entity_id").iso3.first()
    org_rows = organizations().set_index("org_id")
    org_ids = frame.index.str.removeprefix("org:")
    known_org = frame.index.str.startswith("org:") & org_ids.isin(org_rows.index)
    frame["name_zh"] = frame.name.map(chinese_names()).fillna("")
    from_reference = frame.index.isin(resolved.loc[resolved.cue == "reference", "entity_id"].unique())
    frame["source"] = ["reference" if k or r else "text" for k, r in zip(known_org, from_reference)]
    frame["n_mentions"] = grouped.size()
    frame["n_documents"] = grouped.doc_id.nunique()
    frame = frame.fillna({"aliases": "", "iso3": ""}).rename_axis("entity_id").reset_index()
    return frame[schema.columns("entities")]


def _subject(mentions, passages) -> object | None:
    """The organisation a page is about: the first known organisation named in its title."""
    titles = [p for p in passages if p["section"] == "title"]
    if not titles:
        return None
    start, end = titles[0]["start"], titles[0]["end"]
    return next((m for m in mentions if m.kind == "organization" and start <= m.start and m.end <= end and m.entity_id), None)


def _inside(ranges):
    starts = [s for s, _ in ranges]

    def test(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start) - 1
        return i >= 0 and end <= ranges[i][1]

    return test


# What extraction reads: a change to any of it invalidates cached and written tables, while a
# change to an analysis or workbook module does not.
EXTRACTION_SOURCES = ("schema.py", "load", "reference", "extract", "data")


@lru_cache(maxsize=1)
def code_version() -> str:
    """Checksum of the code and reference data extraction reads: a changed rule re-extracts."""
    digest = hashlib.sha256()
    for name in EXTRACTION_SOURCES:
        path = PACKAGE_DIR / name
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.suffix in (".py", ".csv"))
        for file in files:
            digest.update(file.relative_to(PACKAGE_DIR).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def _cache_key(job: dict) -> str:
    digest = hashlib.sha256()
    digest.update(code_version().encode())
    digest.update(job["doc_id"].encode())
    digest.update(str(job["published"]).encode())
    digest.update(json.dumps([(p["start"], p["end"], p["section"]) for p in job["passages"]]).encode())
    digest.update(job["text"].encode("utf-8"))
    return digest.hexdigest()


def _cache_read(cache_dir: Path | None, job: dict) -> dict | None:
    if cache_dir is None:
        return None
    path = cache_dir / (_cache_key(job) + ".json")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _cache_write(cache_dir: Path | None, job: dict, rows: dict) -> None:
    if cache_dir is None:
        return
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        (cache_dir / (_cache_key(job) + ".json")).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    except OSError:
        pass  # a read-only checkout still extracts; it just cannot reuse the work
