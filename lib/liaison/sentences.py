"""Prose passages to sentences with offsets. Every extracted row quotes its sentence as
evidence, so sentence bounds must not break on "Mr." or "Sept." or "U.S." inside a sentence."""
from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = (
    "Mr Mrs Ms Dr Prof St Jr Sr No Gen Col Lt Sgt Gov Sen Rep Amb Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "U.S U.K U.N E.U Co Inc Ltd vs etc p pp approx"
).split()
# A boundary may carry an encyclopedia's citation markers ("Tanzania. [14] [15] :100–101 The")
# with it, so they stay with the sentence they support.
_BOUNDARY = re.compile(
    r"(?<=[.!?…])(?P<tail>[\"”’)\]]*(?:\s*\[\d{1,3}\](?:\s*:\s*[\d–-]+)?)*)\s+(?=[\"“‘(]?[A-Z0-9\u4e00-\u9fff])"
)
_LAST_WORD = re.compile(r"([A-Za-z.]+)\.$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    passage_id: int
    section: str


def split_sentences(passage_text: str, passage_start: int, passage_id: int, section: str) -> list[Sentence]:
    """Sentences of one passage, offsets in the document's cleaned text."""
    out = []
    cursor = 0
    for boundary in _BOUNDARY.finditer(passage_text):
        head = passage_text[cursor : boundary.start()].rstrip("\"”’)] ")
        last = _LAST_WORD.search(head)
        if last and (last.group(1) in _ABBREVIATIONS or len(last.group(1)) == 1):
            continue
        out.append(_make(passage_text, cursor, boundary.end("tail"), passage_start, passage_id, section))
        cursor = boundary.end()
    if cursor < len(passage_text):
        out.append(_make(passage_text, cursor, len(passage_text), passage_start, passage_id, section))
    return [s for s in out if s.text]


def _make(text: str, start: int, end: int, base: int, passage_id: int, section: str) -> Sentence:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    chunk = chunk.strip()
    return Sentence(base + start + lead, base + start + lead + len(chunk), chunk, passage_id, section)
