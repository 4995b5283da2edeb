"""One comparable form of a post's title, so a document's "deputy minister" and the reference
list's "Vice Minister of Foreign Affairs" are recognised as the same rank."""
from __future__ import annotations

import re

from liaison.reference.places import find_places

# Role words, each with the canonical role it stands for. When several occur, the earliest in
# the title wins ("Spokesperson and Director-General" is a spokesperson).
_ROLES = [
    (r"general secretary|secretary general", "general secretary"),  # "CPC secretary general Xi" is the same post
    (r"secretary of state", "secretary of state"),
    (r"under ?secretary", "undersecretary"),
    (r"(?:communist )?party (?:secretary|chief|boss|leader|head)", "party secretary"),
    (r"spokes(?:person|man|woman)", "spokesperson"),
    (r"ambassador", "ambassador"),
    (r"prime minister|premier", "premier"),  # one post: China's Premier is "prime minister" in much copy
    (r"chancellor", "chancellor"),
    (r"president", "president"),
    (r"state councill?or", "state councilor"),
    (r"governor", "governor"),
    (r"mayor", "mayor"),
    (r"member", "member"),
    (r"researcher|research fellow|scholar", "researcher"),
    (r"chair(?:man|woman|person)?", "president"),  # 主席 is "chairman" or "president" by translation
    (r"director general|director|head|chief|minister|leader", "head"),
    (r"official", "official"),
]
_ROLE_RE = re.compile("|".join(f"(?P<r{i}>\\b(?:{p})\\b)" for i, (p, _) in enumerate(_ROLES)))
_DEPUTY_RE = re.compile(r"\b(?:deputy|vice|executive deputy)\b")
_ASSISTANT_RE = re.compile(r"\bassistant\b")
_DISCIPLINE_RE = re.compile(
    r"\bsecretary\b.*\bdiscipline inspection\b|\bdiscipline (?:inspection )?(?:secretary|chief)\b"
)


def normalise_title(title: str) -> str:
    """A comparable form of a post's title: "deputy minister" and "Vice Minister" are both
    "deputy head"; "party boss" and "Party Secretary of Yunnan" are "party secretary";
    "Secretary of the Provincial Commission for Discipline Inspection" is "discipline secretary".

    Sub-units are dropped (a director of a bureau inside the CCDI is a "head"), so a document
    that omits the sub-unit is not counted as disagreeing. Ambassadors keep their country."""
    text = re.sub(r"\([^)]*\)", " ", str(title or "")).casefold()
    text = re.sub(r"[-‐–/]", " ", text)
    text = re.sub(r"\bformer\b", " ", text)
    text = " ".join(text.split())
    if not text:
        return ""
    if _DISCIPLINE_RE.search(text):
        return "discipline secretary"
    if re.search(r"\bsupervis(?:ing|or|es)\b", text):
        return "supervisor"
    match = _ROLE_RE.search(text)
    if match is None:
        return text
    role = next(_ROLES[int(name[1:])][1] for name, value in match.groupdict().items() if value)
    before = text[: match.start()]
    if role == "ambassador":
        places = find_places(str(title))
        return "ambassador to " + places[0].iso3 if places and places[0].iso3 else "ambassador"
    if _DEPUTY_RE.search(before):
        return "deputy " + role
    if _ASSISTANT_RE.search(before):
        return "assistant " + role
    return role
