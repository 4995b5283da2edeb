"""The day of a plan told in reported speech: "X said on Monday that Y will visit China next month", "It was announced
on 3 May that the delegation would travel to Laos in June". The day before the plan's verb, right after a verb of
saying, is the day it was told, not the day it happens: the plan takes the first date its clause gives after that
day ("next month", "in June", "from June 20 to 23"), not one before that day ("as agreed in March" in a plan told in
June) nor one of another act told done ("under an accord signed in March"), else no day of its own (not the day
filed either: the report tells when it was said, not when it will happen).
"""
from __future__ import annotations

import re

from liaison.extract.context import SentenceView
from liaison.extract.dates import DateMention

# A verb of saying, or a statement's noun, right before the day: "said (on) Monday", "announced on 3 May", "told
# reporters on Tuesday", "It was announced on", "In a statement issued on Monday", "at a press conference on".
_TOLD_ON = re.compile(r"(?:\b(?:said|says|announced|announces|stated|confirmed|revealed|disclosed|told(?:\s+[\w'’-]+)"
                      r"{1,3}?|informed(?:\s+[\w'’-]+){1,3}?|(?:was|were|has\s+been|had\s+been)\s+(?:announced|"
                      r"reported|confirmed|decided|agreed|disclosed|revealed))|\b(?:statement|announcement|communiqu[eé]|"
                      r"press\s+release|(?:press|news)\s+(?:conference|briefing)|interview)(?:\s+(?:issued|released|"
                      r"published|held|given))?)\s+(?:on\s+|last\s+)?$")
_BACK = 50  # how far before the day its verb of saying may start
# A day of another act the clause tells done, not of the plan: "(as) agreed in March", "an accord signed in 2023".
_DONE_ON = re.compile(r"\b(?:agreed|decided|signed|reached|approved|adopted|concluded|announced)\s+(?:on\s+|in\s+|"
                      r"last\s+|earlier\s+)?$")


def _before(date: DateMention, told: DateMention) -> bool:
    """The date ends before the day the plan was told ("as agreed in March" in a plan told in June), compared at
    the coarser of their precisions ("in June" is not before "June 10")."""
    last, day = date.end_date or date.date, told.date
    a = (last.year, last.month, last.day)
    b = (day.year, day.month, day.day)
    keep = next((i for i in (1, 2) if a[i] is None or b[i] is None), 3)
    return a[:keep] < b[:keep]


def plan_date(text: str, view: SentenceView, span: tuple[int, int, int], first: DateMention | None, basis: str,
              planned: bool) -> tuple[DateMention | None, str, bool]:
    """(date, basis, told): a planned event's date past the day its plan was told; `told` when that day was
    dropped and the clause gives none of the plan's own. `span` is the clause's start, its verb's and its end."""
    start, trigger_at, end = span
    if not planned or first is None or first.start >= trigger_at or not _TOLD_ON.search(
            text, max(start, first.start - _BACK), first.start):
        return first, basis, False
    own = [d for d in view.dates if first.end <= d.start and d.end <= end and not _TOLD_ON.search(
        text, max(start, d.start - _BACK), d.start) and not _DONE_ON.search(text, max(start, d.start - 30), d.start)
        and not _before(d, first)]
    if own:
        return own[0], ("relative" if own[0].relative else "text"), False
    return None, "", True


# A trip told in passing as one of the past: "during his last trip to Hanoi", "her previous visit to China", "who has
# visited China several times". It happened before the report, on a day the report does not give: it takes the date
# its clause gives ("his 2018 visit"), never the day the report was filed.
_PAST_TRIP = re.compile(r"\b(?:last|previous|earlier|past|prior|former)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:trips?|visits?|tours?)\b|\b(?:has|have|had)\s+(?:also\s+|already\s+|previously\s+|often\s+)?(?:visited|been\s+to|"
                        r"travell?ed\s+to|toured)\b")


# ... and what is done during one: "During her last trip to Hanoi, she met X".
_DURING = re.compile(r"\s*(?:During|On|In\s+the\s+course\s+of)\s+[^,;.]{0,60}?,")


def past_trip(text: str, kind: str, start: int, trigger_at: int, trigger_end: int) -> bool:
    """Whether the clause's trip, its verb at text[trigger_at:trigger_end], is one of the past told in passing, or
    its event is done during one."""
    if kind == "visit" and _PAST_TRIP.search(text, max(start, trigger_at - 40), trigger_end):
        return True
    return bool((during := _DURING.match(text, start, trigger_at)) and _PAST_TRIP.search(text, *during.span()))

