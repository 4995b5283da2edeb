"""Cleaned text to labelled passages (one per paragraph line).

Web copies carry site chrome, repeated titles, bylines, captions, and on encyclopedia pages an
infobox, "Related Research Articles" (summaries of *other* pages) and a reference list. None of
that is the document's own prose, so each passage is labelled and extraction reads only the
sections in `liaison.schema.PROSE_SECTIONS` (plus the infobox, whose fields are facts about the subject).

Labelling runs once per line of a corpus that may hold 100 MB, so long lines take a short path:
chrome, titles, bylines and headings are never long, and only short lines pay for those tests.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from liaison.load.chinese import META as ZH_META
from liaison.load.chinese import count_words

# A non-empty line without its leading bullets/indent; atomic so that a lone bullet is no line.
_LINE = re.compile(r"^(?>[ \t\u00a0\u3000]*(?:[•·▪◦‣*]+[ \t\u00a0]*)*)([^\n]*\S)", re.M)
_SHORT = 300  # longer lines are prose (or a captioned photo line)
_CHROME = re.compile(
    r"(?:subscribe\b.*\bnewsletter\b.*|print\s+mail\b.*|.*分享按钮.*|continue reading\W*|read more\W*"
    r"|translate\s*»?|learn more:?|join the discussion|compare listings|share|advertisement"
    r"|last updated|contents|\d{1,7}|[\W_]+)",
    re.I,
)
# Wikipedia's icon labels, anywhere in a line. Searched for only where "oj" occurs in some case
# (no other character matches "o" or "j" case-insensitively): as one more `.*...*` alternative
# of _CHROME, it cost more than all the rest of the labelling. (The four cases are tested one by
# one in _is_chrome, not in a loop: every line of every document passes there.)
_OOJS = re.compile(r"\bOOjs UI icon\b", re.I)
_BREADCRUMB = re.compile(r"home\b.*", re.I)
_META = re.compile(
    r"(?:(?:updated|published|posted|last updated|date)\s*:?\s*.*\d.*"
    r"|by\s+[A-Z][^.]{0,60}|\(?(?:xinhua|reuters|afp|ap)\)?)",
    re.I,
)
_CAPTION_HEAD = re.compile(r"(?:image|photo|picture|file photo)\s*:", re.I)
_CAPTION_TAIL = re.compile(r"\[(?:by|photo)\b[^\]]*\]$", re.I)
_RELATED_HEAD = re.compile(r"related (?:research )?articles", re.I)
_REFERENCES_HEAD = re.compile(r"(?:references|notes|citations|sources|bibliography)", re.I)
_END_HEAD = re.compile(r"(?:external links|further reading)", re.I)
# The three at once, for _tail_heading: each line tried once, not three times. Each matches
# strings as long as its words (case is matched a character for a character), at most
# _TAIL_HEAD_LENGTH, so longer lines are not tried at all.
_TAIL_HEAD = re.compile(rf"({_RELATED_HEAD.pattern})|({_REFERENCES_HEAD.pattern})|({_END_HEAD.pattern})", re.I)
_TAIL_HEAD_LENGTH = len("related research articles")
_PROSE_END = tuple(".!?…”\"')]。！？」』）")
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{1,60}$")  # "<title>Headline - China Daily</title>"
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‛": "'", "“": '"', "”": '"', "„": '"'})


@dataclass(slots=True)
class Passage:
    start: int
    end: int
    section: str
    text: str


def split_passages(text: str, title_hint: str = "") -> tuple[list[Passage], str]:
    """Label every non-empty line of `text`; return the passages and the document title.

    The title is `title_hint` (a sidecar's or an HTML <title>) when given, else the headline
    line found in the text; the first line matching it is labelled "title", repeats boilerplate.
    """
    lines = _lines(text)
    encyclopedic = any(
        len(t) < 30 and (_RELATED_HEAD.fullmatch(t) or _REFERENCES_HEAD.fullmatch(t)) for _, _, t in lines
    )
    hint = " ".join(title_hint.split())
    chrome: dict[int, bool] = {}  # line index -> _is_chrome, for the lines the title guess tested
    guessed = {title_key(hint), title_key(_SITE_SUFFIX.sub("", hint))} if hint else {_guess_title(lines, chrome)}
    titles = guessed - {""}
    near_title = frozenset().union(*(range(len(t) - 12, len(t) + 13) for t in titles))  # within 12 of a title
    labeller = _Labeller(encyclopedic, titles, near_title, len(lines), chrome)
    passages = [Passage(start, end, labeller.label(i, line), line) for i, (start, end, line) in enumerate(lines)]
    title = hint or next((p.text for p in passages if p.section == "title"), "")
    return passages, title


@dataclass
class _Labeller:
    """split_passages' pass over a document's lines, in order: what the lines so far have
    shown (a tail section begun, the title seen, prose seen) decides the next line's section."""

    encyclopedic: bool
    titles: set[str]
    near_title: frozenset[int]  # the lengths of lines that may be a title
    n_lines: int
    chrome: dict[int, bool] = field(default_factory=dict)  # lines already tested: the chrome test is not cheap
    tail: str = ""  # "related", "references" or "boilerplate" once their headings pass
    seen_title: bool = False
    seen_prose: bool = False

    def label(self, index: int, line: str) -> str:
        return self._long(line) if len(line) > _SHORT else self._short(index, line)

    def _long(self, line: str) -> str:
        if self.tail:
            return self.tail
        if _is_caption(line):
            return "caption"
        if self._in_infobox(line):
            return "infobox"
        return self._body(line)

    def _short(self, index: int, line: str) -> str:
        tail = self._tail_heading(index, line)
        if tail:
            self.tail = tail
            return "heading"
        if self.tail:
            return self.tail
        if self.chrome[index] if index in self.chrome else _is_chrome(index, line):
            return "boilerplate"
        if len(line) in self.near_title and title_key(line) in self.titles:
            section = "boilerplate" if self.seen_title else "title"
            self.seen_title = True
            return section
        if len(line) < 80 and (_META.fullmatch(line) or (not line.isascii() and ZH_META.fullmatch(line))):
            return "meta"
        if _is_caption(line):
            return "caption"
        if self._in_infobox(line):
            return "infobox"
        if _is_heading(line):
            return "heading"
        return self._body(line)

    def _tail_heading(self, index: int, line: str) -> str:
        """The tail section a heading line opens, or "". A references heading counts once a tail
        has begun, or on an encyclopedia page within its last 80 lines."""
        if len(line) > _TAIL_HEAD_LENGTH or not (head := _TAIL_HEAD.fullmatch(line)):
            return ""
        if head.lastindex == 1:
            return "related"
        if head.lastindex == 2:
            return "references" if self.tail or (self.encyclopedic and index >= self.n_lines - 80) else ""
        return "boilerplate"

    def _in_infobox(self, line: str) -> bool:
        return self.encyclopedic and not self.seen_prose and not _is_prose(line)

    def _body(self, line: str) -> str:
        self.seen_prose = self.seen_prose or _is_prose(line)
        return "body"


def _lines(text: str) -> list[tuple[int, int, str]]:
    """Non-empty lines as (start, end, text), bullets and surrounding blanks excluded."""
    return [(*m.span(1), m.group(1)) for m in _LINE.finditer(text)]


def _is_chrome(index: int, line: str) -> bool:
    """Site furniture: share bars, newsletter prompts, counters, a breadcrumb first line."""
    if _CHROME.fullmatch(line) or (("oj" in line or "oJ" in line or "Oj" in line or "OJ" in line)
                                   and _OOJS.search(line)):
        return True
    if index > 2 or not _BREADCRUMB.fullmatch(line):
        return False
    # "Home » World" may follow an HTML <title>; a bare "Home ..." line counts only first.
    return "»" in line or "›" in line or (index == 0 and len(line.split()) > 3)


def _guess_title(lines: list[tuple[int, int, str]], chrome: dict[int, bool]) -> str:
    """A headline line repeated near the top (web copies print it twice), else the first
    line of three or more words that is neither chrome nor a paragraph of prose. Each line's
    chrome test is kept in `chrome`, so that labelling the line does not repeat it."""
    for i, (_, _, t) in enumerate(lines[:15]):
        chrome[i] = _is_chrome(i, t)
    head = [(title_key(t), t) for i, (_, _, t) in enumerate(lines[:15])
            if not chrome[i] and not _is_prose(t) and (t.isascii() or not ZH_META.fullmatch(t))]
    keys = [k for k, _ in head]
    for key, line in head:
        if keys.count(key) > 1 and _words(line) >= 3:
            return key
    # A headline does not end like a sentence: a lone first sentence is the body's first line.
    return next((k for k, t in head if _words(t) >= 3 and len(t) < 200 and not t.endswith(_PROSE_END)), "")


def _is_caption(line: str) -> bool:
    """A photo line: "Photo: ..." or a sentence ending in a "[By NAME/OUTLET]" credit."""
    return bool(_CAPTION_HEAD.match(line)) or (line[-1] == "]" and bool(_CAPTION_TAIL.search(line[-120:])))


def _is_heading(line: str) -> bool:
    return line[0].isupper() and len(line.split()) <= 6 and not line.endswith(_PROSE_END)


def _is_prose(line: str) -> bool:
    return line.endswith(_PROSE_END) and _words(line) >= 12


def _words(line: str) -> int:
    """Words as `wc -w` counts them; in Chinese, each Han character is one."""
    return len(line.split()) if line.isascii() else count_words(line)


def title_key(line: str) -> str:
    """Title comparison key: spacing, case and curly quotes do not matter."""
    # Every curly quote is outside ASCII: an ASCII line is not translated (a pass per character).
    return " ".join((line if line.isascii() else line.translate(_QUOTES)).split()).casefold()
