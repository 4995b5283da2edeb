"""Names a post follows rather than precedes: "Tomas Vega, presidential adviser for investments",
"Maria Lopez, Mayor of Lima", "Oda Gasana, RPF's Commissioner in Charge of ...", and a party's
officers listed with their posts in brackets: "Nelson Okoth (Chairman), Peter Kamau (Secretary
General)". Each post word is found with str.find, and the name is read back from it with one
anchored match over the few words before: no pass of a pattern over the whole text."""
from __future__ import annotations

import re

from liaison.extract.name_cues import post_words
from liaison.extract.name_lists import list_item
from liaison.extract.names import NAME

# Posts a person holds that the genre writes after the name, in lower case or capitalised.
_POSTS = ("adviser", "advisor", "secretary", "chairman", "chairperson", "chairwoman", "vice chair", "coordinator",
          "spokesperson", "spokesman", "treasurer", "commissioner", "mayor", "governor")
# Before the post: "<name>, " then up to three lower-case words ("presidential", "international",
# "the party's executive"), or a body's short name with its possessive ("RPF's"); or "<name> (" and
# up to two capitalised words ("(Deputy Chairman)").
_BEFORE_POST = re.compile(
    rf"(?P<name>{NAME})(?:,\s+(?:(?:the|its|his|her|their)\s+)?(?:[A-Z][A-Za-z]{{1,8}}['’]s\s+)?(?:[a-z]+\s+){{0,3}}"
    rf"|\s+\((?:[A-Z][a-z]+\s+){{0,2}})$"
)
# What may follow the post: the end of the apposition, or what the post is of.
_AFTER_POST = re.compile(r"(?:\s+(?:of|for|to|in|general|General)\b|\)|,|\.|;|\s+and\b|\s+[a-z]+\b)")
_CLOSE_BRACKET = re.compile(r"(?:\s+General)?\)")
_LOOK_BACK = 90


def names_before_posts(text: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, surface, name, "appositive") of each name right before a post in apposition."""
    found: dict[tuple[int, int], tuple[int, int, str, str, str]] = {}
    for at, end in post_words(text, _POSTS):
        if text[at - 1:at] in (" ", "(") and not text[end:end + 1].isalpha() and _AFTER_POST.match(text, end):
            window = max(0, at - _LOOK_BACK)
            before = _BEFORE_POST.search(text, window, at)
            bracket = before is not None and "(" in text[before.end("name"):at]
            if bracket and not _CLOSE_BRACKET.match(text, end):
                before = None  # "(Commissioner class)": the post names a kind, not a person
            if before and (before.start("name") > window or window == 0):
                item = list_item(text, before.start("name"), before.end("name"), "appositive")
                if item:
                    found.setdefault(item[:2], item)
    return list(found.values())
