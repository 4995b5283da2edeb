"""Countries the genre names without a country name: an agency dateline's capital ("HANOI,
March 17 (Xinhua) --"), the ambiguous "Korean" settled by the rest of the document, and the
country inside an organisation's name ("Cuban Foreign Ministry"), which the organisation
mention carries as its iso3 (the place inside it is not a mention of its own).
"""
from __future__ import annotations

import re

from liaison.reference.places import PlaceMention, country_name, place_named

# A dateline opens a passage: a city in capitals, or in title case followed by a date, then an
# optional date, an optional agency in brackets, and a dash ("HANOI, March 17 (VNA) --",
# "VIENTIANE, May 2 (KPL) –", "Phnom Penh, 4 June (AKP) -", "WINDHOEK -", "HÀ NỘI —").
_UP = "A-ZÀ-ÖØ-ÞĐƠƯẠ-Ỹ"  # capitals, with the Vietnamese ones of "HÀ NỘI —" (this range also holds small letters)
_DATE = r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?"
_DATELINE = re.compile(
    rf"\s*(?:(?P<caps>[{_UP}][{_UP}'’.-]+(?: [{_UP}][{_UP}'’.-]+){{0,3}})(?:, (?P<caps_date>{_DATE}))?"
    rf"|(?P<title>[A-Z][a-z'’-]+(?: [A-Z]?[a-z'’-]+){{0,3}})(?:, (?P<title_date>{_DATE}))?)"
    r",? ?(?:\([A-Za-z .]{2,40}\) ?)?(?:--|—|–|-) ?(?=[A-Z“\"])"
)
# Names that read one country or another: settled only when the document names exactly one.
_AMBIGUOUS = {"Korean": ("PRK", "KOR"), "Koreans": ("PRK", "KOR"), "Korea": ("PRK", "KOR"),
              "Congolese": ("COD", "COG")}
_AMBIGUOUS_WORD = re.compile(r"\b(?:Koreans?|Korea|Congolese)\b")


def find_datelines(text: str, prose: list[tuple[int, int]]) -> list[PlaceMention]:
    """The place of each dateline opening a prose passage, where the gazetteer knows it."""
    found = []
    for start, end in prose:
        match = _DATELINE.match(text, start, end)
        if not match:
            continue
        group = "caps" if match.group("caps") else "title"
        if group == "caps" and not match.group("caps").isupper():
            continue
        dated = match.group(group + "_date") or "(" in match.group(0)
        if not dated and (group == "title" or len(match.group("caps")) < 4):
            continue  # "US - China talks", "Hanoi - a city" are no datelines
        place = place_named(match.group(group))
        if place and place.iso3 and place.kind in ("capital", "city", "country", "province"):
            s, e = match.span(group)
            found.append(PlaceMention(s, e, text[s:e], place.name, place.kind, place.iso3, ""))
    return found


def settle_ambiguous(text: str, named: set[str], taken) -> list[PlaceMention]:
    """"Korean" ("Congolese") where the document otherwise names only one of the two Koreas
    (Congos); `named`: the countries its other mentions give."""
    out = []
    for match in _AMBIGUOUS_WORD.finditer(text):
        options = [iso3 for iso3 in _AMBIGUOUS[match.group(0)] if iso3 in named]
        if len(options) == 1 and not taken(match.start(), match.end()):
            kind = "country" if match.group(0) == "Korea" else "demonym"
            out.append(PlaceMention(match.start(), match.end(), match.group(0), country_name(options[0]), kind,
                                    options[0], ""))
    return out
