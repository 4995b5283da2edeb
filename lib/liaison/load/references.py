"""An encyclopedia page's numbered citations as rows of their own.

Cited authors (Brady, Shambaugh, ...) are sources about the department, not actors in its
story, so they are kept here rather than in the mentions table.

Lines follow Wikipedia's citation templates as a mirror prints them:
``N. [backlinks] Authors (date). "Title" (PDF). Publisher . pp. 1. Archived ... Retrieved date.``
or, for books, ``Authors (date). Title. Place: Publisher. ISBN ...``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from liaison.load.dates import FULL, MONTH_YEAR, absolute_date

_NUMBER = re.compile(r"(?P<no>\d{1,4})\.\s+(?:\d{1,3}\s+)*(?P<rest>.+)")
_AUTHOR_DATE = re.compile(r"(?P<authors>[^()\"“]*?)\s*\((?P<date>[^()]*?\d{4}[^()]*?)\)\s*\.?\s*(?P<rest>.*)")
# A quoted title may itself hold quotes ("China's "Quiet Diplomacy": ..."); it ends at the
# quote followed by a full stop, comma or "(PDF)", not at the first quote.
_QUOTED = re.compile(r"[\"“](?P<title>.+?)[\"”](?=\s*(?:[.,(]|$))\s*(?P<rest>.*)")
_FORMAT = re.compile(r"\s*\((?:PDF|Report|in [A-Z][a-z]+)\)", re.I)
_RETRIEVED = re.compile(rf"Retrieved(?:\s+on)?\s+(?P<date>{FULL}|{MONTH_YEAR})")
_SEGMENT_END = re.compile(r"\s*\.(?:\s+|$)")
_NOT_PUBLISHER = re.compile(r"(?:Retrieved|Archived|ISBN|ISSN|OCLC|JSTOR|doi|hdl|pp?\.|\d)", re.I)


@dataclass(frozen=True)
class Reference:
    ref_no: int
    authors: str  # as printed, "Surname, Given; Surname, Given"; "" when the citation has none
    date: str  # ISO prefix of the cited work's date, "" if unparsed
    title: str
    publisher: str  # publisher, website or journal as printed; "" if none
    retrieved: str  # ISO date the page's editors retrieved it, "" if not given


def parse_reference(line: str) -> Reference | None:
    """One numbered citation line, or None if the line is not one."""
    numbered = _NUMBER.fullmatch(line.strip())
    if not numbered:
        return None
    rest = numbered.group("rest")
    authors, date = "", ""
    if by := _AUTHOR_DATE.fullmatch(rest):
        authors, date, rest = by.group("authors").strip(), _iso(by.group("date")), by.group("rest")
    elif not rest.startswith(("\"", "“")):
        return None
    if quoted := _QUOTED.match(rest):
        title, after, book = quoted.group("title"), quoted.group("rest"), False
    else:
        title, _, after = rest.partition(". ")
        book = True
    retrieved = _RETRIEVED.search(line)
    return Reference(
        ref_no=int(numbered.group("no")),
        authors=authors,
        date=date,
        title=_FORMAT.sub("", title).strip(" ."),
        publisher=_publisher(after, book),
        retrieved=_iso(retrieved.group("date")) if retrieved else "",
    )


def _publisher(after: str, book: bool) -> str:
    """The first segment after the title, unless it is a page range, identifier or retrieval
    note; a book's "Place: Publisher" keeps only the publisher."""
    segment = _SEGMENT_END.split(_FORMAT.sub("", after).lstrip(" ."), maxsplit=1)[0].strip()
    if not segment or _NOT_PUBLISHER.match(segment):
        return ""
    return segment.rsplit(": ", 1)[-1] if book else segment


def _iso(value: str) -> str:
    value = value.strip()
    if re.fullmatch(r"\d{4}", value):
        return value
    found = absolute_date(value)
    return found.iso() if found else ""
