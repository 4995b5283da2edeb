"""`liaison sidecar FILE`: a provenance sidecar started from what the file itself says (title,
date, URL, outlet), for the user to check and complete. Every guess is marked as one in
`verification`, and what the file says but does not settle (a PDF's creation date, the day a
page was saved) goes to `notes` or `access_date`, never to `published`."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from liaison.load.corpus import doc_id_for, load_files
from liaison.load.formats import read_document
from liaison.load.sidecar import FIELDS, sidecar_path, url_host

_CANONICAL = re.compile(
    r"""<link\b[^>]*\brel=["']canonical["'][^>]*\bhref=["']([^"']+)["']"""
    r"""|<meta\b[^>]*\bproperty=["']og:url["'][^>]*\bcontent=["']([^"']+)["']""",
    re.I,
)
_SITE_NAME = re.compile(r"""<meta\b[^>]*\bproperty=["']og:site_name["'][^>]*\bcontent=["']([^"']+)["']""", re.I)


class SidecarExists(FileExistsError):
    """The document already has a sidecar; a template would overwrite what the user wrote."""


def write_template(document: Path) -> Path:
    """Write `<name>.meta.yaml` beside `document` and return its path; refuses to overwrite one."""
    target = sidecar_path(document)
    if target.exists():
        raise SidecarExists(f"{target} already exists; edit it, or delete it to start again")
    fields = template(document)
    text = yaml.safe_dump({name: fields.get(name, "") for name in FIELDS}, sort_keys=False, allow_unicode=True,
                          width=120)
    with open(target, "x", encoding="utf-8") as handle:  # "x": never over a sidecar written meanwhile
        handle.write(text)
    return target


def template(document: Path) -> dict[str, object]:
    """The sidecar fields the file itself suggests. Raises ValueError when it cannot be read as a document."""
    corpus = load_files(document.parent, [document.name], chunk=True)
    if corpus.documents.empty:
        reasons = corpus.load_report.reason.tolist()
        raise ValueError(f"{document} cannot be read as a document: {reasons[0] if reasons else 'unsupported'}")
    row = corpus.documents.iloc[0]
    data = document.read_bytes()
    read = read_document(document.suffix, data)
    headers = dict(read.headers)
    url = headers.get("url", "")
    site = ""
    if read.is_html:
        if found := _CANONICAL.search(read.raw):
            url = url or found.group(1) or found.group(2)
        if found := _SITE_NAME.search(read.raw):
            site = found.group(1).strip()
    outlet = row.outlet or site or url_host(url)
    notes = [f"{key} in the file: {value}" for key, value in headers.items() if key in ("author", "creationdate")]
    if read.encoding == "docx" and headers.get("date"):
        notes.append(f"created (Word's own stamp): {headers['date']}")
    return {
        "doc_id": doc_id_for(document.name),
        "file": document.name,
        "title": row.title,
        "outlet": outlet,
        "authors": headers.get("author", "") if read.encoding == "pdf" else "",
        "source_kind": "unknown",
        "source_url": url,
        "published": row.published,
        "published_basis": f"guessed by liaison sidecar: {row.date_basis}" if row.published else "",
        "access_date": headers.get("date", "") if read.encoding == "mhtml" else "",
        "language": row.language,
        "licence": "",
        "sha256": row.sha256,
        "size_bytes": len(data),
        "verification": "unverified: template from the file itself (liaison sidecar); check every field",
        "notes": "; ".join(notes),
    }
