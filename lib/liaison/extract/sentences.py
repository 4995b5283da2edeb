"""Prose passages to sentences with offsets. Every extracted row quotes its sentence as
evidence, so sentence bounds must not break on "Mr." or "Sept." or "U.S." inside a sentence."""
from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset((
    "Mr Mrs Ms Dr Prof St Jr Sr No Gen Col Lt Sgt Gov Sen Rep Amb Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "U.S U.K U.N E.U H.E Co Inc Ltd vs etc p pp approx "
    # Honorifics of Ugandan, Kenyan, Zimbabwean and Ghanaian copy: "Rt. Hon. Richard Todwong", "Maj. Gen."
    "Rt Hon Hons Capt Maj Brig Rev Cde Adv Dep "
    # Latin American and West African professional titles: "Ing. Roberto Lopez", "Lic. Ana Ruiz", "Engr. Musa Bello"
    "Ing Lic Engr"
).split())
# A boundary may carry an encyclopedia's citation markers ("Tanzania. [14] [15] :100–101 The")
# with it, so they stay with the sentence they support. The pattern opens on the final mark
# itself rather than a lookbehind, which lets the scan skip straight to candidate marks.
_BOUNDARY = re.compile(
    r"[.!?…](?P<tail>[\"”’)\]]*(?:\s*\[\d{1,3}\](?:\s*:\s*[\d–-]+)?)*)\s+(?=[\"“‘(]?[A-Z0-9\u4e00-\u9fff])"
)
# Chinese sentences end on a full-width mark, closing quotes kept with them, with no space after.
_ZH_BOUNDARY = re.compile(r"[。！？；]+[”’」』）)]*")
_ZH_MARKS = ("。", "！", "？", "；")
# What the last word before a full stop may be made of ("Sept", "U.S"): the run of these at the
# end of a head, found with str.rstrip rather than a search that restarts at every character.
_WORD_DOTS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    passage_id: int
    section: str


def split_sentences(passage_text: str, passage_start: int, passage_id: int, section: str) -> list[Sentence]:
    """Sentences of one passage, offsets in the document's cleaned text."""
    out: list[Sentence] = []
    cursor = 0
    if any(mark in passage_text for mark in _ZH_MARKS):
        for boundary in _ZH_BOUNDARY.finditer(passage_text):
            _append(out, passage_text, cursor, boundary.end(), passage_start, passage_id, section)
            cursor = boundary.end()
        _append(out, passage_text, cursor, len(passage_text), passage_start, passage_id, section)
        return out
    for boundary in _BOUNDARY.finditer(passage_text):
        head = passage_text[cursor : boundary.start() + 1].rstrip("\"”’)] ")
        last = head[len(head.rstrip(_WORD_DOTS)):-1] if head.endswith(".") else ""
        if last and (last in _ABBREVIATIONS or len(last) == 1):
            continue
        _append(out, passage_text, cursor, boundary.end("tail"), passage_start, passage_id, section)
        cursor = boundary.end()
    if cursor < len(passage_text):
        _append(out, passage_text, cursor, len(passage_text), passage_start, passage_id, section)
    return out


def _append(out: list[Sentence], text: str, start: int, end: int, base: int, passage_id: int, section: str) -> None:
    """The stripped sentence in text[start:end], unless it is blank."""
    chunk = text[start:end]
    body = chunk.lstrip()
    lead = len(chunk) - len(body)
    body = body.rstrip()
    if body:
        out.append(Sentence(base + start + lead, base + start + lead + len(body), body, passage_id, section))
