"""A surname alone closing a post's apposition: "the First Vice-Chairman of the Uzbek Senate, Safayev, and ...",
"the Deputy Prime Minister of Vietnam, Khai, said". Tried only just past a post's comma (names.py finds those),
and only where "the <Post> of <Body>," stands right before it. Rows (start, end, text) for names.py, which keeps
those that are no common word; mentions.py resolves each against the report's full names."""
from __future__ import annotations

import re

_POST_OF = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w’'-]*\s+){1,4}of\s+(?:the\s+)?"
                      r"(?:(?:[A-Z][\w’'()-]*|party|of|the|and)\s+){0,5}(?:[A-Z][\w’'()-]*|party),\s+$")
_ONE_WORD = re.compile(r"(?P<name>[A-Z][a-z]{2,14}(?:-[A-Z][a-z]+)?)(?=,\s|\.(?:\s|$)|\s+(?:said|says|and\s+[a-z]))")
_LOOK_BACK = 120


def post_one_names(text: str, starts: list[int]) -> list[tuple[int, int, str]]:
    """Surnames standing alone between a post phrase's comma and the next comma, the sentence's end or a verb."""
    out = []
    for start in sorted(set(starts)):
        if (word := _ONE_WORD.match(text, start)) and _POST_OF.search(text, max(0, start - _LOOK_BACK), start):
            out.append((word.start(), word.end(), word.group("name")))
    return out
