"""The documents as references a paper can cite: BibTeX and CSL-JSON (Zotero, Pandoc), from the
documents table and each document's provenance sidecar (access date, authors)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd

from liaison.load.sidecar import SidecarError, read_sidecar

# CSL item types by the documents' source_kind.
CSL_TYPES = {"state media": "article-newspaper", "Western press": "article-newspaper",
             "encyclopedia": "entry-encyclopedia", "aggregator": "webpage"}
BIBTEX_SPECIAL = re.compile(r"([&%$#_{}])")


def _sidecar(corpus_dir: Path, rel: str) -> dict:
    try:
        return read_sidecar(corpus_dir / rel) or {}
    except SidecarError:
        return {}


def _records(documents: pd.DataFrame, corpus_dir: Path) -> list[dict]:
    """One dict per document with what both formats need, sorted by doc_id."""
    records = []
    for doc in documents.fillna("").sort_values("doc_id").itertuples():
        side = _sidecar(corpus_dir, doc.path)
        authors = getattr(doc, "authors", "") or side.get("authors") or ""
        if isinstance(authors, list):
            authors = "|".join(map(str, authors))
        records.append({
            "id": re.sub(r"[^A-Za-z0-9_-]", "_", doc.doc_id), "title": doc.title, "outlet": doc.outlet,
            "published": doc.published, "url": doc.source_url, "accessed": str(side.get("access_date") or ""),
            "authors": [a.strip() for a in str(authors).split("|") if a.strip()], "kind": doc.source_kind,
            "language": doc.language,
        })
    return records


def _bibtex_text(text: str) -> str:
    return BIBTEX_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def write_bibtex(documents: pd.DataFrame, corpus_dir: Path, path: Path) -> Path:
    """One @online entry per document (biblatex's type for web sources; BibTeX reads it as @misc)."""
    entries = []
    for r in _records(documents, corpus_dir):
        fields = [("title", "{" + _bibtex_text(r["title"] or "Untitled") + "}")]
        if r["authors"]:
            fields.append(("author", " and ".join("{" + _bibtex_text(a) + "}" for a in r["authors"])))
        if r["outlet"]:
            fields.append(("organization", _bibtex_text(r["outlet"])))
        if r["published"]:
            fields.append(("date", r["published"]))
            fields.append(("year", r["published"][:4]))
        if r["url"]:
            fields.append(("url", r["url"].replace("}", "%7D").replace("{", "%7B")))
        if r["accessed"]:
            fields.append(("urldate", r["accessed"]))
        if r["language"]:
            fields.append(("langid", r["language"]))
        body = ",\n".join(f"  {key} = {{{value}}}" for key, value in fields)
        entries.append(f"@online{{{r['id']},\n{body}\n}}\n")
    path.write_text("\n".join(entries), encoding="utf-8")
    return path


def _date_parts(iso: str) -> dict | None:
    parts = [int(p) for p in iso.split("-") if p.isdigit()]
    return {"date-parts": [parts]} if parts else None


def write_csl_json(documents: pd.DataFrame, corpus_dir: Path, path: Path) -> Path:
    """CSL-JSON items (the format Zotero and Pandoc's citeproc read)."""
    items = []
    for r in _records(documents, corpus_dir):
        item = {"id": r["id"], "type": CSL_TYPES.get(r["kind"], "webpage"), "title": r["title"] or "Untitled"}
        if r["outlet"]:
            item["container-title"] = r["outlet"]
        if r["authors"]:
            item["author"] = [{"literal": a} for a in r["authors"]]
        for key, value in (("issued", _date_parts(r["published"])), ("accessed", _date_parts(r["accessed"]))):
            if value:
                item[key] = value
        if r["url"]:
            item["URL"] = r["url"]
        if r["language"]:
            item["language"] = r["language"]
        items.append(item)
    path.write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path
