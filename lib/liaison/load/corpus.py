"""A folder of documents to dataframes: documents, passages, references and a load report.

One bad file never stops a load: each file seen gets one row in the load report saying whether
it was loaded, loaded with a warning, or skipped, and why.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from liaison import schema
from liaison.load.bylines import authors
from liaison.load.chinese import count_words, zh_publication_date
from liaison.load.corpus_files import corpus_files, corpus_root, is_hidden, why_unreadable
from liaison.load.dates import PartialDate, infer_publication_date, parse_iso
from liaison.load.decoding import UndecodableError
from liaison.load.formats import DOCUMENT_SUFFIXES, read_document
from liaison.load.passages import split_passages
from liaison.load.references import parse_reference
from liaison.load.sidecar import SUFFIX, SidecarError, read_sidecar
from liaison.load.textclean import CleanText, byte_offset, clean

_OUTLET_IN_BYLINE = re.compile(r"\((?P<outlet>[A-Z][A-Za-z'’ .]{1,40})\)")
_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))


@dataclass
class Corpus:
    """The loaded tables plus what is needed to point a cleaned offset back at the file."""

    root: Path
    documents: pd.DataFrame
    passages: pd.DataFrame
    references: pd.DataFrame
    load_report: pd.DataFrame
    _sources: dict[str, tuple[str, str, CleanText]] = field(default_factory=dict, repr=False)

    def source_span(self, doc_id: str, start: int, end: int) -> dict:
        """Where cleaned offsets [start, end) of a document stand in its original file."""
        raw, encoding, cleaned = self._sources[doc_id]
        raw_start = cleaned.offsets.to_raw(start)
        raw_end = max(raw_start, cleaned.offsets.to_raw(end, end=True))
        return {
            "path": self.documents.set_index("doc_id").at[doc_id, "path"],
            "char_start": raw_start,
            "char_end": raw_end,
            "byte_start": byte_offset(raw, raw_start, encoding),
            "byte_end": byte_offset(raw, raw_end, encoding),
            "source_text": raw[raw_start:raw_end],
        }

    def anchor(self, doc_id: str) -> PartialDate | None:
        """The document's own date, which relative expressions in it are resolved against."""
        return parse_iso(self.documents.set_index("doc_id").at[doc_id, "published"])


def load_corpus(path: str | Path) -> Corpus:
    """Read every document below `path` (recursively; formats.DOCUMENT_SUFFIXES) into dataframes."""
    root = corpus_root(path)
    return load_files(root, corpus_files(root))


def load_files(root: Path, rels: list[str], *, chunk: bool = False) -> Corpus:
    """Read some files of a corpus (paths below `root`, in order) into dataframes; each document's
    sidecar is read beside it, so sidecars in `rels` are passed over.

    A `chunk` of a larger corpus loads a copy of an earlier document like any other (it cannot
    know which copy comes first in the whole corpus: the caller that joins the chunks decides)
    and keeps no map back to the files' bytes (`Corpus.source_span`), which would double the
    memory a chunk takes."""
    return load_rows(root, rels, chunk=chunk).corpus()


@dataclass
class LoadedRows:
    """What `load_files` reads, as the rows its tables are made of (before they are sorted):
    documents and references as dicts, passages as tuples and the load report as lists in the
    declared column order. A worker writes a chunk's tables from them without a dataframe."""

    root: Path
    documents: list[dict]
    passages: list[tuple]
    references: list[dict]
    load_report: list[list]
    sources: dict[str, tuple[str, str, CleanText]]

    def corpus(self) -> Corpus:
        return Corpus(
            root=self.root,
            documents=schema.frame(self.documents, "documents"),
            passages=schema.frame(self.passages, "passages"),
            references=schema.frame(self.references, "references"),
            load_report=schema.frame(self.load_report, "load_report"),
            _sources=self.sources,
        )


def load_rows(root: Path, rels: list[str], *, chunk: bool = False) -> LoadedRows:
    """`load_files`' rows (see there)."""
    documents, passages, references, report = [], [], [], []
    sources: dict[str, tuple[str, str, CleanText]] = {}
    taken: set[str] = set()
    seen: dict[str, str] = {}  # sha256 of the bytes, and of the cleaned text, -> first path
    for rel in rels:
        if chunk:
            seen.clear()
        file = root / rel
        if rel.endswith(SUFFIX):
            continue
        if (not file.is_file() or is_hidden(rel)) and (why := why_unreadable(file)):
            report.append((rel, "skipped", why))
            continue
        if file.suffix.lower() not in DOCUMENT_SUFFIXES:
            if file.is_file():
                report.append((rel, "skipped", f"unsupported file type '{file.suffix or file.name}'"))
            continue
        loaded = _load_file(file, rel, seen)
        if isinstance(loaded, str):
            report.append((rel, "skipped", loaded))
            continue
        row, doc_passages, doc_references, source, warnings, notes = loaded
        if row["doc_id"] in taken:
            warnings.append(f"id '{row['doc_id']}' already taken; this document is '{rel}'")
            row["doc_id"] = rel
            doc_passages = [(rel, *passage[1:]) for passage in doc_passages]
            for item in doc_references:
                item["doc_id"] = rel
        documents.append(row)
        passages.extend(doc_passages)
        references.extend(doc_references)
        taken.add(row["doc_id"])
        if not chunk:
            sources[row["doc_id"]] = source
        report.append((rel, "warned" if warnings else "loaded", "; ".join(warnings + notes)))

    return LoadedRows(root, documents, passages, references, [list(r) for r in report], sources)


def _load_file(file: Path, rel: str, seen: dict[str, str]):
    """Everything about one file, or a string saying why it was skipped.

    Duplicates are caught as early as possible (same bytes before decoding, same text before
    labelling), so a copy costs a hash, not a second parse.
    """
    warnings: list[str] = []
    notes: list[str] = []  # how a PDF, .docx or .mhtml was read: said in the report, not a warning
    try:
        data = file.read_bytes()
    except OSError as error:
        return f"cannot read: {error.strerror or error}"
    sha256 = hashlib.sha256(data).hexdigest()
    if sha256 in seen:
        return f"duplicate of {seen[sha256]} (identical bytes)"
    try:
        read = read_document(file.suffix, data)
    except UndecodableError as error:
        return str(error)
    raw, encoding = read.raw, read.encoding
    if not raw.strip():
        return "no text (whitespace only)"
    cleaned = clean(raw, is_html=read.is_html)
    text = cleaned.text
    if not text.strip():
        return "no text once markup is removed"
    text_key = "text:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
    if text_key in seen:
        return f"duplicate of {seen[text_key]} (same text, {encoding})"
    seen[sha256] = seen[text_key] = rel

    try:
        sidecar = read_sidecar(file, warnings) or {}
    except SidecarError as error:
        warnings.append(f"{error}; loaded without it")
        sidecar = {}
    if read.how:
        notes.append(read.how)
    elif encoding != "utf-8":
        warnings.append(f"decoded as {encoding}")
    if controls := cleaned.controls + read.controls:
        warnings.append(f"{controls} control character{'s' * (controls > 1)} (NUL and the like) "
                        "removed")
    if sidecar.get("sha256") and sidecar["sha256"] != sha256:
        warnings.append(
            f"file changed since its sidecar was written: "
            f"sha256 {sha256[:12]}… != recorded {str(sidecar['sha256'])[:12]}…"
        )

    doc_id = doc_id_for(rel)
    parts, title = split_passages(text, sidecar.get("title") or cleaned.html_title)
    if repeats := _repeated_paragraphs(parts):
        warnings.append(repeats)
    language = sidecar.get("language") or _language(text)
    published, precision, basis = _publication(text, sidecar, warnings, language)
    row = {
        "doc_id": doc_id,
        "path": rel,
        "title": title,
        "published": published,
        "date_precision": precision,
        "date_basis": basis,
        "outlet": sidecar.get("outlet") or _outlet_from_text(parts),
        "authors": authors(text, sidecar.get("authors")),
        "source_kind": sidecar.get("source_kind") or "unknown",
        "source_url": sidecar.get("source_url") or "",
        "language": language,
        "encoding": encoding,
        # Whitespace-separated tokens of the body, as `wc -w` counts them; in Chinese, Han characters
        # plus the other tokens (load/chinese.py).
        "n_words": sum((count_words if language == "zh" else _wc)(p.text) for p in parts if p.section == "body"),
        "n_bytes": len(data),
        "sha256": sha256,
        "text": text,
    }
    # Tuples in the declared column order, not dicts: a 200 MB document has millions of lines.
    doc_passages = [(doc_id, i, p.start, p.end, p.section, p.text) for i, p in enumerate(parts)]
    doc_references = []
    for p in parts:
        if p.section == "references" and (ref := parse_reference(p.text)):
            doc_references.append({"doc_id": doc_id, **ref.__dict__, "start": p.start, "end": p.end, "text": p.text})
    return row, doc_passages, doc_references, (raw, encoding, cleaned), warnings, notes


def _wc(text: str) -> int:
    return len(text.split())


def _publication(text: str, sidecar: dict, warnings: list[str], language: str) -> tuple[str, str, str]:
    """(published, precision, basis): the sidecar's date when it gives one, else the text's."""
    if sidecar.get("published"):
        try:
            date = parse_iso(sidecar["published"])
        except ValueError as error:
            warnings.append(f"sidecar 'published' ignored: {error}")
        else:
            if date is not None:  # None for a blank value: the text decides, as when there is none
                return date.iso(), date.precision, "sidecar: " + str(sidecar.get("published_basis") or "no basis given")
    zh = zh_publication_date(text) if language == "zh" else None
    found = zh if zh is not None and zh.date is not None else infer_publication_date(text)
    if found.date is None and zh is not None:
        found = zh
    if found.date is None:
        return "", "unknown", found.basis
    return found.date.iso(), found.date.precision, found.basis


def _repeated_paragraphs(parts) -> str:
    """A warning when most of a document's body paragraphs repeat earlier ones (a scraper that
    looped, a page saved with its feed): every copy would be extracted again as a new claim."""
    body = [p.text for p in parts if p.section == "body" and len(p.text) > 40]
    repeated = len(body) - len(set(body))
    if len(body) >= 10 and repeated * 2 > len(body):
        return (f"{repeated} of {len(body)} body paragraphs repeat an earlier one (a scraping error?): "
                "each copy is extracted again")
    return ""


def doc_id_for(rel: str) -> str:
    """Stable id from the file's path below the corpus root, without its extension."""
    return rel.rsplit(".", 1)[0]


def _outlet_from_text(parts) -> str:
    for p in parts:
        if p.section == "meta" and (found := _OUTLET_IN_BYLINE.search(p.text)):
            return found.group("outlet").strip()
    return ""


def _language(text: str) -> str:
    sample = text[:20000]
    # Latin letters are counted in the UTF-8 bytes, where each is one byte that no other
    # character's encoding holds: deleting them is one pass in C, where a findall listed them all.
    data = sample.encode("utf-8", "surrogatepass")
    latin = len(data) - len(data.translate(None, _LATIN_LETTERS))
    han = 0 if sample.isascii() else len(_HAN.findall(sample))
    if 2 * han > latin:  # a Han character carries about what two Latin letters do
        return "zh"
    return "en" if latin else "und"
