"""A surname alone closing a post's apposition: "the First Vice-Chairman of the Uzbek Senate, Safayev, and ...",
"the Deputy Prime Minister of Vietnam, Khai, said". Tried only just past a post's comma (names.py finds those),
and only where "the <Post> of <Body>," stands right before it. Rows (start, end, text) for names.py, which keeps
those that are no common word; mentions.py resolves each against the report's full names."""
from __future__ import annotations

import re

from liaison.extract.name_posts import CAPITAL_POSTS, COURTESY, PORTFOLIOS, PRE_TITLES
from liaison.extract.name_shapes import LOWER, NOT_NAME_WORDS
from liaison.reference.lists import STOP_WORDS
from liaison.reference.pinyin import CHINESE_SURNAMES

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


# "Ms. Monge, Executive Director of ...", "Dr. Kaboré said": one word after an honorific. Each
# honorific is found with str.find; one match there.
_HONORIFICS = tuple(h for h in (*COURTESY.split("|"), "Madam", "Prof") if h != "Mrs")  # "Mrs" is found by "Mr"
_TITLE_WORDS = frozenset(PRE_TITLES.split("|")) | frozenset(CAPITAL_POSTS.split("|")) | frozenset(PORTFOLIOS)
# Only where a post in apposition or a speech verb follows, which tells a person from a surname
# standing for someone the report names in full elsewhere.
_HONORED = re.compile(rf"(?:{COURTESY}|Madam|Prof(?:essor)?)\.?\s(?P<name>[A-Z][{LOWER}]{{2,14}})\b"
                      r"(?![-’']|\s[A-Z]|\.\w)"
                      r"(?P<told>(?=,\s+(?:[A-Z][a-z]|(?:a|an|the|who)\s)|\s+(?:said|says|told|noted|added|stressed)\b))?")
# ... or where a meeting's verb stands right before the honorific, maybe past a post ("met Dr Boateng", "held talks
# with Prof. Okafor", "met Presidential Envoy Mr. Boateng"), or a list goes on from one so met ("met Ms Serwaa and Dr
# Boateng").
_MET = re.compile(r"\b(?:met|meets|received|receives|hosted|hosts|(?:talks|meeting|met|meets)\s+with|called\s+on)\s+"
                  r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}$")
_LISTED = re.compile(r",?\s+(?:and\s+)?")


def honorific_one_names(text: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, word, word, "one name") of each surname an honorific alone introduces."""
    found = []
    for honorific in _HONORIFICS:
        at = text.find(honorific)
        while at >= 0:
            if not (at and text[at - 1].isalpha()) and (match := _HONORED.match(text, at)):
                word = match.group("name")
                # "Ms. Chairperson" is a post; "Mr. Liu" is left to the surnames a report's full names give
                if not ({word, word.casefold()} & (NOT_NAME_WORDS | STOP_WORDS | _TITLE_WORDS)) \
                        and word not in CHINESE_SURNAMES:
                    found.append(match)
            at = text.find(honorific, at + 1)
    out: list[tuple[int, int, str, str, str]] = []
    for match in sorted(found, key=lambda m: m.start()):
        if match.group("told") is not None or _MET.search(text, max(0, match.start() - 60), match.start()) or (
                out and _LISTED.fullmatch(text, out[-1][1], match.start())):
            out.append((match.start("name"), match.end("name"), match.group("name"), match.group("name"), "one name"))
    return out
