"""An ambassador's posting, read once for the English rules: the post ("Ambassador", "ambassador", "Ambassador
Extraordinary and Plenipotentiary", "Ambassador of Laos"), the country it is "to" ("to China", "to the
Philippines"), and where the two stand right before a place or a person; and the posts held abroad (an ambassador,
an envoy, a consul), whose holder is not where he is at home.

"Chinese Ambassador to Zimbabwe X", "Ambassador Extraordinary and Plenipotentiary of Laos to China X", "former
Ambassador to Kenya X", "Kenya's ambassador to China X" are postings; "ambassadors of goodwill" (a plural, a
virtue) and "brand ambassador X" (a trade's, not a state's) are not. Whether the post is a former one, and what the
posting means for a name, a title's country or an event's place, is the caller's."""
from __future__ import annotations

import re
from dataclasses import dataclass

from liaison.extract.name_posts import COURTESY

# The country a post is "of" or "to": one or two capitalised words ("China", "Sri Lanka"; "the" is read before it).
COUNTRY = r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?"
# The post; not a trade's or a cause's ambassador ("brand ambassador", "goodwill ambassador").
POST = (r"\b(?<!\b[Bb]rand )(?<!\b[Gg]oodwill )(?<!\b[Tt]ourism )(?<!\b[Pp]eace )(?<!\b[Yy]outh )"
        rf"[Aa]mbassador(?:\s+Extraordinary\s+and\s+Plenipotentiary)?(?:\s+of\s+(?:the\s+)?{COUNTRY})?")
TO = r"to\s+(?:the\s+)?"  # "to China", "to the Philippines"
# "Ambassador of Laos to China": the whole posting, as a title before a name (names.py).
POSTED_TO = rf"{POST}\s+{TO}{COUNTRY}"
REACH = 80  # how far before a place or a person the post may begin
# A post held abroad, in any case and in any form ("Consul General", "Special Envoy"): its holder is posted away.
POSTED_ABROAD = re.compile(r"\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul)")

_BEFORE_PLACE = re.compile(rf"{POST}\s+{TO}$")
# "Chinese Ambassador to Zimbabwe X", "Ambassador H.E. Mr. X": a courtesy title may stand before the name.
_BEFORE_PERSON = re.compile(rf"{POST}(?:\s+{TO}(?P<to>{COUNTRY}))?\s+(?:(?:H\.E|{COURTESY})\.?\s+)?$")


@dataclass(frozen=True)
class Posting:
    """A post standing right before a person: where it begins, and the country it is "to" ("" and -1 if none)."""
    start: int
    to: str
    to_start: int


def _ending_at(pattern: re.Pattern, text: str, at: int, start: int) -> re.Match | None:
    """`pattern` (anchored at its end) ending at `at`, tried only from the first "mbassador" within reach on."""
    cue = text.find("mbassador", max(start, at - REACH), at)
    return pattern.search(text, max(start, at - REACH, cue - 1), at) if cue >= 0 else None


def posted_before(text: str, at: int, start: int = 0) -> int:
    """Where the post "Ambassador ... to (the)" begins that ends right at `at` (where a place begins), looked for no
    further back than `start`; -1 when the text before `at` is no posting."""
    match = _ending_at(_BEFORE_PLACE, text, at, start)
    return match.start() if match else -1


def posting_before(text: str, at: int, start: int = 0) -> Posting | None:
    """The ambassador's post right before a person who begins at `at` ("Cambodian Ambassador to China | X",
    "Ambassador | X"), looked for no further back than `start`."""
    match = _ending_at(_BEFORE_PERSON, text, at, start)
    if match is None:
        return None
    return Posting(match.start(), match.group("to") or "", match.start("to") if match.group("to") else -1)
