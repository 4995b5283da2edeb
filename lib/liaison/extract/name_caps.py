"""Names printed with the surname in capitals ("XI Jinping", "H.E. PRAK Sokhonn"), as (start, end, text, cue, name)
rows for names.py."""
from __future__ import annotations

import re

from liaison.reference.pinyin import is_pinyin_name

_CAPS_SURNAME = re.compile(r"(?P<surname>[A-Z]{2,8}) (?P<given>[A-Z][a-z]+(?:-[a-z]+)?)\b(?! [A-Z][a-z])")
_HONORIFIC_BEFORE = re.compile(r"(?:\bH\.E\.|\bSamdech(?: [A-Z][a-z]+)*|\bExcellency|\bLok Chumteav) $")


def capitalised_surnames(text: str) -> list[tuple[int, int, str, str, str]]:
    """Names with the surname in capitals, as Cambodian and some Chinese copy prints them: "XI
    Jinping" (a pinyin name), "H.E. PRAK Sokhonn", "Samdech Techo HUN Sen" (after an honorific)."""
    hits: list[tuple[int, int, str, str, str]] = []
    for match in _CAPS_SURNAME.finditer(text):
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] in "._"):
            continue
        surname, given = match.group("surname"), match.group("given")
        name = f"{surname.capitalize()} {given}"
        honorific = _HONORIFIC_BEFORE.search(text, max(0, match.start() - 60), match.start())
        cue = "pinyin" if is_pinyin_name(name) else "title" if honorific else ""
        if cue:
            start = match.start("surname")
            hits.append((start, match.end(), text[start : match.end()], cue, name))
    return hits
