"""The files people have, to text: plain text and HTML as decoded, and the text inside a PDF (its
text layer), a Word .docx or a saved web page (.mhtml), with a note for the load report saying how
it was read.

For a PDF, a .docx or an .mhtml page the text is built here, so it is the text every offset
points into; no byte of the file holds it as such (the PDF compresses it, the .docx zips it, the
.mhtml quotes it), so those documents have character offsets and no byte offsets. A PDF's pages
are joined with a line break, so a page break is always a passage boundary, and the load report
lists the character offset where each page starts ("pages start at 0, 812, 1630").
"""
from __future__ import annotations

import email
import email.policy
import io
import logging
import re
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree

from liaison.load.decoding import UndecodableError, decode_bytes
from liaison.load.textclean import clean

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
CONTAINER_SUFFIXES = (".pdf", ".docx", ".mhtml", ".mht")
DOCUMENT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + CONTAINER_SUFFIXES

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SENTENCE_END = re.compile(r"[.!?:;。！？；：”’\"')\]]\s*$")
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")


@dataclass(frozen=True)
class Read:
    raw: str  # the text offsets map back to: the decoded file, or the text taken out of a container
    encoding: str  # documents.encoding
    is_html: bool
    how: str = ""  # for the load report: how a container was read ("" for text and HTML files)
    headers: tuple[tuple[str, str], ...] = ()  # what a container says about itself (title, date, URL)
    controls: int = 0  # control characters removed while the text was taken out (a PDF's or a .docx's)


def read_document(suffix: str, data: bytes) -> Read:
    """The text of a file's bytes, by its suffix. Raises UndecodableError saying why it has none."""
    suffix = suffix.lower()
    if suffix == ".pdf":
        return _pdf(data)
    if suffix == ".docx":
        return _docx(data)
    if suffix in (".mhtml", ".mht"):
        return _mhtml(data)
    raw, encoding = decode_bytes(data)
    return Read(raw, encoding, suffix in HTML_SUFFIXES)


def _pdf(data: bytes) -> Read:
    from pypdf import PdfReader

    # pypdf logs each repair it makes to a damaged file ("EOF marker not found"): printed on every
    # run, line after line, while the load report already says what became of the file.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UndecodableError("encrypted PDF: no text without its password")
        cleaned = [clean(page.extract_text() or "", is_html=False) for page in reader.pages]
        pages = [_unwrap(page.text) for page in cleaned]
        info: dict = dict(reader.metadata or {})
    except UndecodableError:
        raise
    except Exception as error:  # noqa: BLE001 - a parser fed a damaged file raises anything; one file never stops a load
        raise UndecodableError(f"not a readable PDF ({type(error).__name__}: {error})") from None
    if not any(page.strip() for page in pages):
        raise UndecodableError(f"scanned PDF: no text layer on its {len(pages)} page{'s' * (len(pages) != 1)} "
                               "(run OCR on it first)")
    starts, text = [], ""
    for page in pages:
        starts.append(len(text))
        text += page.strip("\n") + "\n"
    how = (f"read as PDF text layer, {len(pages)} page{'s' * (len(pages) != 1)}; "
           f"pages start at characters {', '.join(map(str, starts))}")
    headers = tuple((key.lstrip("/").lower(), str(value)) for key, value in info.items()
                    if key in ("/Title", "/Author", "/CreationDate") and value)
    return Read(text, "pdf", False, how, headers, sum(page.controls for page in cleaned))


def _unwrap(page: str) -> str:
    """A PDF page's lines, rejoined into paragraphs: a PDF breaks every line of a paragraph, and
    passages (and so sentences) are lines. A line runs on into the next unless it ends a sentence,
    or is short for the page (a title, a heading, a paragraph's last line) and the next line does
    not start in lower case. Chinese lines join without a space, a line ending in a hyphen too."""
    lines = [line.strip() for line in page.split("\n")]
    full = 0.6 * max(map(len, lines), default=0)
    out: list[str] = []
    for line in lines:
        last = out[-1] if out else ""
        if last and line and not _SENTENCE_END.search(last) and (len(last) >= full or line[0].islower()):
            tight = last.endswith("-") or (_CJK.match(last[-1]) and _CJK.match(line[0]))
            out[-1] = last + ("" if tight else " ") + line
        else:
            out.append(line)
    return "\n".join(out)


def _docx(data: bytes) -> Read:
    """A Word document's body: one line per paragraph (table cells too), tabs and breaks kept."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            body = ElementTree.fromstring(archive.read("word/document.xml"))
            core = archive.read("docProps/core.xml") if "docProps/core.xml" in archive.namelist() else b""
    except Exception as error:  # noqa: BLE001 - a bad zip, a missing part, bad XML, an encrypted archive
        raise UndecodableError(f"not a readable Word .docx ({type(error).__name__}: {error})") from None
    paragraphs = []
    for paragraph in body.iter(f"{_W}p"):
        pieces = []
        for node in _own_nodes(paragraph):
            if node.tag == f"{_W}t" and node.text:
                pieces.append(node.text)
            elif node.tag == f"{_W}tab":
                pieces.append("\t")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                pieces.append("\n")
        paragraphs.append("".join(pieces))
    cleaned = clean("\n".join(paragraphs).strip("\n") + "\n", is_html=False)
    text = cleaned.text
    if not text.strip():
        raise UndecodableError("Word .docx without text")
    return Read(text, "docx", False, f"read as Word .docx, {sum(1 for p in paragraphs if p.strip())} paragraphs",
                _core_properties(core), cleaned.controls)


def _own_nodes(paragraph: ElementTree.Element) -> list[ElementTree.Element]:
    """A paragraph's nodes in document order, without those of a paragraph nested in it (a text
    box), which is read as a paragraph of its own."""
    nodes, stack = [], list(reversed(paragraph))
    while stack:
        node = stack.pop()
        if node.tag == f"{_W}p":
            continue
        nodes.append(node)
        stack.extend(reversed(node))
    return nodes


def _core_properties(core: bytes) -> tuple[tuple[str, str], ...]:
    if not core:
        return ()
    try:
        root = ElementTree.fromstring(core)
    except ElementTree.ParseError:
        return ()
    wanted = {"title": "title", "creator": "author", "created": "date"}
    return tuple((wanted[node.tag.rsplit("}", 1)[-1]], node.text.strip()) for node in root
                 if node.tag.rsplit("}", 1)[-1] in wanted and node.text and node.text.strip())


def _mhtml(data: bytes) -> Read:
    """A page saved as one file (MIME): its first HTML part (else its first text part), decoded
    from the transfer encoding and charset the part declares."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    parts = [part for part in message.walk() if not part.is_multipart()]
    part = next((p for p in parts if p.get_content_type() == "text/html"), None) or next(
        (p for p in parts if p.get_content_type() == "text/plain"), None)
    if part is None:
        raise UndecodableError("saved web page (.mhtml) without an HTML or text part")
    try:
        text = part.get_content()
    except Exception as error:  # noqa: BLE001 - an unknown charset, a broken transfer encoding
        raise UndecodableError(f"saved web page (.mhtml) part not decodable: {error}") from None
    headers = tuple((key, str(value)) for key, value in (
        ("title", message.get("Subject")), ("date", message.get("Date")),
        ("url", part.get("Content-Location") or message.get("Snapshot-Content-Location"))) if value)
    charset = part.get_content_charset() or "us-ascii"
    return Read(text, "mhtml", part.get_content_type() == "text/html",
                f"read as saved web page (.mhtml), {part.get_content_type()} part in {charset}", headers)
