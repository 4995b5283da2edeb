"""An encyclopedia page's numbered citations as rows of their own.

Cited authors (Brady, Shambaugh, ...) are sources about the department, not actors in its
story, so they are kept here rather than in the mentions table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import find_dates

_ENTRY = re.compile(
    r"(?P<no>\d{1,4})\.\s+(?:\d{1,3}\s+)*(?P<authors>[^()]*?)\s*\((?P<date>[^()]*?\d{4}[^()]*?)\)\s*\.?\s*(?P<rest>.*)"
)
_QUOTED = re.compile(r"\s*[\"“](?P<title>.+?)[\"”]\s*\.?\s*(?P<rest>.*)")
_RETRIEVED = re.compile(r"Retrieved\s+(?P<date>[^.]+?\d{4})")
_NOISE = re.compile(r"\((?:PDF|Report)\)|\b(?:p|pp)\.\s*[\d\s,–-]+|ISBN.*|doi:.*|Archived.*", re.I)


@dataclass(frozen=True)
class Reference:
    ref_no: int
    authors: str  # as printed, "Surname, Given; Surname, Given"
    date: str  # ISO prefix of the cited work's date, "" if unparsed
    title: str
    publisher: str
    retrieved: str  # ISO date the page's editors retrieved it, "" if not given


def parse_reference(line: str) -> Reference | None:
    """One "N. Author (date). Title. Publisher. Retrieved date." line, or None if not one."""
    entry = _ENTRY.fullmatch(line.strip())
    if not entry:
        return None
    rest = entry.group("rest")
    quoted = _QUOTED.match(rest)
    if quoted:
        title, after = quoted.group("title").strip(), quoted.group("rest")
    else:
        title, _, after = rest.partition(". ")
    publisher = _NOISE.sub("", after).split(". ")[0].strip(" .")
    publisher = publisher.rsplit(": ", 1)[-1].strip()
    retrieved = _RETRIEVED.search(rest)
    return Reference(
        ref_no=int(entry.group("no")),
        authors=entry.group("authors").strip(),
        date=_iso(entry.group("date")),
        title=title.strip(" ."),
        publisher=publisher,
        retrieved=_iso(retrieved.group("date")) if retrieved else "",
    )


def _iso(value: str) -> str:
    value = value.strip()
    if re.fullmatch(r"\d{4}", value):
        return value
    found = find_dates(value, None)
    return found[0].date.iso() if found else ""
