"""Decoded source text to the cleaned text every offset in the workbook points into.

Cleaning only removes markup (HTML tags, script/style blocks), decodes entities and normalises
line ends; it never rewrites words. Site chrome stays in the text and is labelled by
`passages.py`, so a citation can always be checked against the original. `OffsetMap` takes a
cleaned offset back to the decoded source and to the byte in the original file.
"""
from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass

# C0 control characters other than tab, line feed and carriage return, and DEL: never text, and a
# NUL written into a CSV or a page breaks what reads it. Removed like markup, so offsets still map;
# the patterns look for them only in a text that has one (one scan, not one more branch per character).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TEXT = r"\r\n?|</?[A-Za-z][^<>\n]{0,400}>"
_HTML = (r"\r\n?|<(script|style)\b.*?</\1\s*>|<!--.*?-->|<!DOCTYPE[^>]*>|</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>"
         r"|&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});")
_CONTROL_BYTES = bytes([*range(9), 11, 12, *range(14, 32), 127])
_MARKUP = {  # (is_html, has controls) -> pattern
    (is_html, controls): re.compile((_HTML if is_html else _TEXT) + ("|" + _CONTROL.pattern if controls else ""),
                                    re.S | re.I if is_html else 0)
    for is_html in (False, True) for controls in (False, True)
}
_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer blockquote title".split()
)
_HTML_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.S | re.I)


def _has_control(raw: str) -> bool:
    """Whether the text holds a control character: deleting them from its UTF-8 bytes is one pass
    in C, several times faster than searching the text for a character class."""
    data = raw.encode("utf-8", "surrogatepass")
    return len(data) != len(data.translate(None, _CONTROL_BYTES))


@dataclass(frozen=True)
class OffsetMap:
    """Piecewise map from cleaned offsets to decoded-source offsets, one entry per run of
    cleaned text: a kept stretch of the source maps character by character, a replacement
    (an entity, a CRLF, a block tag's newline) maps as a whole to the markup it replaced."""

    clean_starts: tuple[int, ...]
    raw_starts: tuple[int, ...]
    raw_ends: tuple[int, ...]
    clean_length: int

    def to_raw(self, offset: int, *, end: bool = False) -> int:
        """Source offset of a cleaned offset. An `end` offset belongs to the run before it, so a
        span ending just before removed markup does not swallow that markup."""
        i = bisect.bisect_right(self.clean_starts, offset - 1 if end and offset else offset) - 1
        if i < 0:
            return offset
        clean_end = self.clean_starts[i + 1] if i + 1 < len(self.clean_starts) else self.clean_length
        if clean_end - self.clean_starts[i] == self.raw_ends[i] - self.raw_starts[i]:
            return self.raw_starts[i] + (offset - self.clean_starts[i])
        return self.raw_ends[i] if end else self.raw_starts[i]


@dataclass(frozen=True)
class CleanText:
    text: str
    offsets: OffsetMap
    html_title: str  # the <title> of an HTML page, else ""
    controls: int = 0  # control characters removed


def clean(raw: str, *, is_html: bool) -> CleanText:
    """Strip markup from `raw` and keep the offset map back into it."""
    pattern = _MARKUP[is_html, _has_control(raw)]
    pieces: list[str] = []
    clean_starts: list[int] = []
    raw_starts: list[int] = []
    raw_ends: list[int] = []
    length = 0
    cursor = 0
    controls = 0
    for match in pattern.finditer(raw):
        if match.start() > cursor:
            clean_starts.append(length)
            raw_starts.append(cursor)
            raw_ends.append(match.start())
            pieces.append(raw[cursor : match.start()])
            length += match.start() - cursor
        markup = match.group(0)
        if len(markup) == 1 and markup != "\r":
            controls += 1
            cursor = match.end()
            continue
        replacement = _replacement(markup, is_html, match.group(2) if is_html else None)
        if replacement:
            clean_starts.append(length)
            raw_starts.append(match.start())
            raw_ends.append(match.end())
            pieces.append(replacement)
            length += len(replacement)
        cursor = match.end()
    if cursor < len(raw):
        clean_starts.append(length)
        raw_starts.append(cursor)
        raw_ends.append(len(raw))
        pieces.append(raw[cursor:])
        length += len(raw) - cursor
    offsets = OffsetMap(tuple(clean_starts), tuple(raw_starts), tuple(raw_ends), length)
    title = ""
    if is_html:
        found = _HTML_TITLE.search(raw)
        title = " ".join(html.unescape(found.group(1)).split()) if found else ""
    return CleanText("".join(pieces), offsets, title, controls)


def _replacement(markup: str, is_html: bool, tag: str | None) -> str:
    if markup[0] == "\r":
        return "\n"
    if markup[0] == "&":
        return html.unescape(markup)
    if is_html and tag and tag.lower() in _BLOCK_TAGS:
        return "\n"
    return ""


def byte_offset(raw: str, char_offset: int, encoding: str) -> int:
    """Byte position in the original file of a decoded-source character offset."""
    codec = encoding.split(" ")[0]
    if codec in ("pdf", "docx", "mhtml"):  # text built from a container: no byte of the file holds it
        return -1
    bom = 0
    if encoding.endswith("(BOM)"):
        bom = {"utf-8": 3, "utf-16-le": 2, "utf-16-be": 2, "utf-32-le": 4, "utf-32-be": 4}[codec]
    prefix = raw[:char_offset]
    if "replaced)" in encoding:  # each U+FFFD stands for one invalid byte (decoding._mostly_utf8)
        return len(prefix.encode(codec)) - 2 * prefix.count("\ufffd")
    return bom + len(prefix.encode(codec))
