"""A report's authors, read from its bylines and photo credits: "By ZHANG YUNBI (China Daily)",
"By Zhang Yunbi | China Daily", "[By ZOU HONG/CHINA DAILY]", "By Xinhua writer Wang Jian",
"(Xinhua/Li Xiang)", "(Web editor: Zhang Kaiwei, Liang Jun)",
"（记者 王小明 李华）". Authors are sources of a report, never actors in it; they are read at load
time (documents.authors) and marked as person mentions with cue "byline" in extraction.
All-caps names are title-cased: "ZHANG YUNBI" is the name Zhang Yunbi.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = r"[A-Z][A-Za-z'’-]*[a-zA-Z]"
_NAME = rf"{_WORD}(?: {_WORD}){{1,2}}"
_NAMES = rf"{_NAME}(?:(?:, | and | & ){_NAME})*"
_ROLE = (
    r"(?:(?:Xinhua|China Daily|Global Times|People's Daily|CGTN|our|staff) )?(?:staff )?"
    r"(?:writers?|reporters?|correspondents?) "
)
# What may follow the names on a byline: the end of the line, an outlet after a bracket or a
# bar, or where the author wrote from ("in Beijing").
_AFTER = r"(?=[ \t]*(?:$|[(|/\]—–]|- |in [A-Z]|, ?(?:$|[A-Z][a-z]+ Daily|Xinhua)))"
_LINE = re.compile(rf"^[ \t]*[\[(]?By:? (?:{_ROLE})?(?P<names>{_NAMES}){_AFTER}", re.M)
_CREDIT = re.compile(rf"\[By (?P<names>{_NAMES})/[^\]\n]{{1,40}}\]")
_INLINE = re.compile(rf"\(By (?:{_ROLE})(?P<names>{_NAMES})\)")
# Photo credits and web editors, as Xinhua and People's Daily print them: "(Xinhua/Li Xiang)",
# "Photo: Shan Jie/GT", "(Web editor: Zhang Kaiwei, Liang Jun)". Sources too, never actors.
_PHOTO = re.compile(
    rf"\((?:Xinhua|CNS|VNA|KCNA|AFP|AP|IC|CFP|VCG|ANI|Yonhap|Kyodo|China Daily|People's Daily(?: Online)?|Photo)"
    rf"/(?P<names>{_NAMES})\)"
)
_PHOTO_BY = re.compile(rf"\b(?:Photos?|Illustration|Image|Photograph)(?: by)?: (?P<names>{_NAME})/(?=[A-Z])")
_EDITORS = re.compile(rf"\((?:Web editors?|Editors?|Edited by|Photo editors?): (?P<names>{_NAMES})\)")
_HAN_NAME = r"[\u4e00-\u9fff]{2,3}"
_ZH = re.compile(
    rf"(?:^|[（(])[ \t]*(?:新华社|人民日报|中国日报)?记者[:：]?[ \t\u3000]*"
    rf"(?P<names>{_HAN_NAME}(?:[ \t\u3000、，,]+{_HAN_NAME})*)[ \t\u3000]*(?=[）)]|$)",
    re.M,
)
_SPLIT_LATIN = re.compile(r", | and | & ")
_SPLIT_HAN = re.compile(r"[ \t\u3000、，,]+")
_NOT_NAMES = frozenset(
    """The A An Our Staff Reporter Reporters Writer Writers Correspondent Xinhua China Chinese Daily Global Times
    People's News Agency Agencies Reuters Editor Editors Photo Image Video Source Web Online Team Desk Wire
    Comparison Contrast Land Sea Air Law Design Default Far Now Then Way""".split()
)


_PATTERNS = (
    (_LINE, _SPLIT_LATIN, ()), (_CREDIT, _SPLIT_LATIN, ("[By",)), (_INLINE, _SPLIT_LATIN, ("(By",)),
    (_ZH, _SPLIT_HAN, ("记者",)), (_PHOTO, _SPLIT_LATIN, ("/",)),
    (_PHOTO_BY, _SPLIT_LATIN, ("Photo", "Illustration", "Image")), (_EDITORS, _SPLIT_LATIN, ("ditor",)),
)


@dataclass(slots=True)
class Byline:
    start: int
    end: int
    text: str  # as printed
    name: str  # title-cased where printed in capitals


def find_bylines(text: str) -> list[Byline]:
    """Every author's name on a byline or photo credit of `text`, in text order."""
    found: list[Byline] = []
    for pattern, split, needs in _PATTERNS:
        if needs and not any(word in text for word in needs):  # the pattern's words are absent: skip the scan
            continue
        for match in pattern.finditer(text):
            start = match.start("names")
            for part in split.split(match.group("names")):
                at = text.index(part, start)
                start = at + len(part)
                name = part if split is _SPLIT_HAN else _name(part)
                if name:
                    found.append(Byline(at, at + len(part), part, name))
    found.sort(key=lambda b: b.start)
    return [b for i, b in enumerate(found) if not i or b.start >= found[i - 1].end]


def authors(text: str, given: object = None) -> str:
    """The "|"-joined authors of a text, each once, in order; a sidecar's `authors` (a list or a
    "|"-joined string) when it gives them."""
    if isinstance(given, list):
        given = "|".join(str(a).strip() for a in given if str(a).strip())
    if given:
        return str(given)
    return "|".join(dict.fromkeys(b.name for b in find_bylines(text)))


def _name(printed: str) -> str:
    """A byline's name as a name ("ZHANG YUNBI" -> "Zhang Yunbi"), or "" when a word shows it
    is none ("By The Staff")."""
    words = printed.split()
    if any(w.title() in _NOT_NAMES or w in _NOT_NAMES for w in words):
        return ""
    if printed.isupper():
        return " ".join(w.capitalize() if "-" not in w else "-".join(p.capitalize() for p in w.split("-"))
                        for w in words)
    return printed
