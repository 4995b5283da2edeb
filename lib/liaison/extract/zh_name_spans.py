"""Spans of the Chinese name reader: which of overlapping candidates stands, and the parts of a foreign
name in parts that stand for it. Moved out of zh_names (round 9) to keep it within the layout limit."""
from __future__ import annotations

from liaison.reference.hanzi import simplified
from liaison.reference.lists import first_of_overlapping

CUE_RANK = {"reference": 0, "zh-title": 1, "zh-verb": 2, "zh-repeat": 3}


def name_parts(text: str, s: str, people: list[tuple[int, int, str, str]]) -> dict[str, str | None]:
    """Each "·" part of a foreign name ("卡斯特罗" of "劳尔·卡斯特罗") -> the whole name as first
    written; None when two names of the document share the part (劳尔 and 菲德尔·卡斯特罗)."""
    parts: dict[str, str | None] = {}
    for start, end, _, cue in people:
        name = s[start:end]
        if cue == "reference" or "·" not in name:
            continue
        for part in name.split("·"):
            if len(part) >= 2:
                known = parts.setdefault(part, text[start:end])
                if known is not None and simplified(known) != name:
                    parts[part] = None
    return parts


def non_overlapping(found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Leftmost first; at one start the strongest cue (a reference match: "宋涛" in "宋涛作为";
    a title before a verb: "李希" in "书记李希还分别会见"), then the longest."""
    found.sort(key=lambda f: (f[0], CUE_RANK[f[3]], -(f[1] - f[0])))
    return first_of_overlapping(found)
