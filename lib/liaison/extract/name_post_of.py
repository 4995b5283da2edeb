"""Names written after a post "of" a body and a comma, where the name runs into its verb or ends the sentence:
"Former President and Flagbearer of the National Democratic Congress (NDC), John Dramani Mahama has held
discussions with ...", "..., said the president of the National Constituent Assembly, Diosdado Cabello." Each post
word is found with str.find and the rest read with one anchored match there: no pass of a pattern over the whole
text. Not a name closed by a further comma ("the President of Zambia, Lusaka, ..." reads nothing)."""
from __future__ import annotations

import re

from liaison.extract.name_cues import post_words
from liaison.extract.name_lists import list_item
from liaison.extract.name_posts import COURTESY
from liaison.extract.names import NAME

# The post words the genre writes before "of <body>", capitalised or not.
_POSTS = ("president", "chairman", "chairperson", "flagbearer", "secretary", "leader", "speaker", "head", "director",
          "governor", "chief")
# "<post> of (the) <Body words> (ABBR), (Mr./Dr./Hon.) <name>" closed by its verb or the sentence's end.
_AFTER_POST = re.compile(
    r"(?:-General|\s+General)?\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){0,7}"
    rf"[A-Z][\w’'-]*(?:\s+\([A-Z][A-Za-z-]{{1,8}}\))?,\s+(?:(?:{COURTESY}|Prof|Hon|Rt\.?\s+Hon|H\.E)\.?\s+)?"
    rf"(?P<name>{NAME})"
    r"(?=\s*[.;](?:\s|$)|\s+(?:has|have|had|held|met|said|says|was|is|will|paid|received|led|called|urged|noted|told|"
    r"expressed|welcomed|visited|attended|signed|stressed|thanked|assured|hosted)\b)")


def names_after_posts_of(text: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, surface, name, "appositive") of each name right after "<post> of <body>, "."""
    found: dict[tuple[int, int], tuple[int, int, str, str, str]] = {}
    for at, end in post_words(text, _POSTS):
        if (at == 0 or not text[at - 1].isalpha()) and (after := _AFTER_POST.match(text, end)):
            item = list_item(text, after.start("name"), after.end("name"), "appositive")
            if item:
                found.setdefault(item[:2], item)
    return list(found.values())
