"""Cleaned text to labelled passages (one per paragraph line).

Web copies carry site chrome, repeated titles, bylines, captions, and on encyclopedia pages an
infobox, "Related Research Articles" (summaries of *other* pages) and a reference list. None of
that is the document's own prose, so each passage is labelled and extraction reads only the
sections in `PROSE_SECTIONS` (plus the infobox, whose fields are facts about the subject).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

SECTIONS = ("title", "meta", "body", "heading", "infobox", "caption", "related", "references", "boilerplate")
PROSE_SECTIONS = frozenset({"title", "body", "infobox", "caption"})

_BULLET = re.compile(r"[ \t\u00a0\u3000]*(?:[•·▪◦‣*]+[ \t\u00a0]*)*")
_CHROME = re.compile(
    r"(?:subscribe\b.*\bnewsletter\b.*|print\s+mail\b.*|.*分享按钮.*|continue reading\W*|read more\W*"
    r"|translate\s*»?|learn more:?|join the discussion|compare listings|share|advertisement"
    r"|last updated|contents|\d{1,7}|[\W_]+|.*\bOOjs UI icon\b.*)",
    re.I,
)
_BREADCRUMB = re.compile(r"home\b.*", re.I)
_META = re.compile(
    r"(?:(?:updated|published|posted|last updated|date)\s*:?\s*.*\d.*|by\s+[A-Z][^.]{0,60}|\(?(?:xinhua|reuters|afp|ap)\)?)",
    re.I,
)
_CAPTION = re.compile(r"(?:(?:image|photo|picture|file photo)\s*:.*|.*\[(?:by|photo)[^\]]*\]\s*)", re.I)
_RELATED_HEAD = re.compile(r"related (?:research )?articles", re.I)
_REFERENCES_HEAD = re.compile(r"(?:references|notes|citations|sources|bibliography)", re.I)
_END_HEAD = re.compile(r"(?:external links|further reading)", re.I)
_PROSE = re.compile(r".*[.!?…”\"')\]]$")


@dataclass(frozen=True)
class Passage:
    start: int
    end: int
    section: str
    text: str


def split_passages(text: str, title_hint: str = "") -> tuple[list[Passage], str]:
    """Label every non-empty line of `text`; return the passages and the document title."""
    lines = _lines(text)
    encyclopedic = any(_RELATED_HEAD.fullmatch(t) or _REFERENCES_HEAD.fullmatch(t) for _, _, t in lines)
    title = _norm(title_hint) or _guess_title(lines)
    seen_title = False
    seen_prose = False
    tail = ""  # "related" or "references" once those headings pass
    passages: list[Passage] = []
    for index, (start, end, line) in enumerate(lines):
        key = _norm(line)
        if _RELATED_HEAD.fullmatch(line):
            tail, section = "related", "heading"
        elif tail and _REFERENCES_HEAD.fullmatch(line):
            tail, section = "references", "heading"
        elif encyclopedic and not tail and _REFERENCES_HEAD.fullmatch(line) and index >= len(lines) - 80:
            tail, section = "references", "heading"
        elif _END_HEAD.fullmatch(line):
            tail, section = "boilerplate", "heading"
        elif tail:
            section = tail
        elif _is_chrome(index, line):
            section = "boilerplate"
        elif key == title:
            section = "boilerplate" if seen_title else "title"
            seen_title = True
        elif _META.fullmatch(line) and len(line) < 80:
            section = "meta"
        elif _CAPTION.fullmatch(line):
            section = "caption"
        elif encyclopedic and not seen_prose and not _is_prose(line):
            section = "infobox"
        elif _is_heading(line):
            section = "heading"
        else:
            section = "body"
            seen_prose = seen_prose or _is_prose(line)
        passages.append(Passage(start, end, section, line))
    display_title = next((p.text for p in passages if p.section == "title"), "")
    return passages, display_title


def _lines(text: str) -> list[tuple[int, int, str]]:
    """Non-empty lines as (start, end, text), bullets and surrounding blanks excluded."""
    out = []
    position = 0
    for raw_line in text.split("\n"):
        line_start = position
        position += len(raw_line) + 1
        lead = _BULLET.match(raw_line).end()
        stripped = raw_line[lead:].rstrip()
        if stripped:
            out.append((line_start + lead, line_start + lead + len(stripped), stripped))
    return out


def _is_chrome(index: int, line: str) -> bool:
    """Site furniture: share bars, newsletter prompts, counters, a breadcrumb first line."""
    if _CHROME.fullmatch(line):
        return True
    return index == 0 and bool(_BREADCRUMB.fullmatch(line)) and ("»" in line or "›" in line or len(line.split()) > 3)


def _guess_title(lines: list[tuple[int, int, str]]) -> str:
    """A headline line repeated near the top (web copies print it twice), else the first
    line of three or more words that is not chrome."""
    head = [(_norm(t), t) for i, (_, _, t) in enumerate(lines[:15]) if not _is_chrome(i, t)]
    keys = [k for k, _ in head]
    for key, line in head:
        if keys.count(key) > 1 and len(line.split()) >= 3:
            return key
    return next((k for k, t in head if len(t.split()) >= 3 and len(t) < 200), "")


def _is_heading(line: str) -> bool:
    words = line.split()
    return len(words) <= 6 and line[0].isupper() and not _PROSE.match(line)


def _is_prose(line: str) -> bool:
    return len(line.split()) >= 12 and bool(_PROSE.match(line))


def _norm(line: str) -> str:
    return " ".join(line.split()).casefold()
