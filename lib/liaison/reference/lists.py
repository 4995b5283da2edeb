"""Curated reference data shipped in `data/`, each row with its source (see docs/sources.md).

Reference data helps resolve what the text says ("IDCPC" is the ILD; "Meloni" is Giorgia
Meloni); it never replaces reading the text: extraction finds people and organisations the
lists do not know.
"""
from __future__ import annotations

from functools import lru_cache

import ahocorasick
import pandas as pd

from liaison.paths import DATA_DIR
from liaison.reference.automata import for_text
from liaison.reference.ild_names import ild_english_forms
from liaison.reference.pinyin import surname_of

# Capitalised words that are never part of a person's name in English news copy (a ministry's
# portfolio among them: "Minister of Equipment and Water Nizar Baraka").
STOP_WORDS = frozenset(
    """The A An In On At By For From To Of And Or But As Also Meanwhile According However While When Where Since
    After Before During Under Over This That These Those It Its He She His Her They Their We Our I You Mr Ms Mrs Dr
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Chinese China Communist Party Parties Department Ministry Minister Foreign Affairs International Liaison Central
    Committee Commission Council Association Center Centre Foundation School Institute Academy Office University
    Bureau Agency Congress Front Embassy Government National People's Peoples Republic State Council Affairs Social
    Sciences Studies Relations Research World Political Summit Initiative Belt Road Silk Memorandum Understanding
    President Premier Prime Secretary General Director Deputy Vice Chairman Ambassador Undersecretary Governor Mayor
    Professor Speaker King Queen Prince Sheikh Comrade Senator Spokesperson Spokesman Leader Head Chief
    North South East West Northern Southern Eastern Western Asia Africa Europe America Pacific Atlantic Middle
    Home Politics Image Subscribe Updated Print Mail Share Translate Contents History Functions Organization
    Related References Retrieved Archived Report News Daily Post Times Morning Twitter WeChat Covid CGTN NGO MPs
    Cold War Soviet Union Leadership Discipline Inspection Fugitive Recovery Parliamentary Friendship Not Yet
    Through Our Many Several Ahead Established Walking Observers Party's Xinhua
    Chancellor Chancellery Counselor Counsellor Adviser Advisor Expert Staff Senior Member Federal Diplomatic
    Secretary-General Vice-President Vice-Chairman Minister-President Gen Lt Col Maj Brig Adm Prof
    Water Energy Health Culture Youth Sports Trade Industry Agriculture Transport Education Finance Economy Planning
    Interior Defence Defense Environment Tourism Labour Communications Equipment Commerce Fisheries Housing""".split()
)

ORG_HEADS = (
    "Department|Ministry|Party|Association|Center|Centre|Foundation|School|Institute|Institutes|Academy|Office|"
    "Commission|University|Committee|Council|Agency|Bureau|Congress|Front|Embassy|League|Federation|Union|Society|"
    "Group|Forum|Summit|Service|Network|Movement|Organization|Organisation|Alliance|Cluster|Project|Defenders|"
    "Administration|Court|Assembly|Parliament|Senate|Army|Police|Bank|Fund|Corporation|Company|Times|Post|News"
)


@lru_cache(maxsize=1)
def organizations() -> pd.DataFrame:
    return read_data("organizations.csv")


@lru_cache(maxsize=1)
def people() -> pd.DataFrame:
    return read_data("people.csv")


@lru_cache(maxsize=1)
def ild_heads() -> pd.DataFrame:
    return read_data("ild_heads.csv")


def read_data(name: str) -> pd.DataFrame:
    """A curated CSV of `data/`, every cell a string (empty when blank)."""
    return pd.read_csv(DATA_DIR / name, dtype=str, keep_default_na=False)


@lru_cache(maxsize=1)
def chinese_names() -> dict[str, str]:
    """Canonical name -> Chinese name, for organisations, people and places that have one."""
    names: dict[str, str] = {}
    for frame, key, value in (
        (organizations(), "name", "name_zh"), (people(), "person", "name_zh"),
        (ild_heads(), "holder", "holder_zh"), (read_data("places.csv"), "name", "name_zh"),
    ):
        for name, zh in zip(frame[key], frame[value]):
            if zh and name not in names:
                names[name] = zh.split("|")[0]
    return names


@lru_cache(maxsize=1)
def org_automaton() -> ahocorasick.Automaton:
    """Every organisation alias and every negative alias, matched in one pass.

    A negative alias (统战部 for the ILD's row) maps to no entity, so the longest-match rule
    keeps "United Front Work Department" from being read as a shorter ILD alias inside it."""
    automaton = ahocorasick.Automaton()
    for row in organizations().itertuples():
        forms = [row.name, *_split(row.aliases), *_split(row.name_zh)]
        forms += ild_english_forms() if row.org_id == "ild" else ()
        for form in forms:
            automaton.add_word(form, (form, row.org_id))
        for form in _split(row.not_aliases):
            if form not in automaton:
                automaton.add_word(form, (form, ""))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=1)
def org_names() -> dict[str, str]:
    return dict(zip(organizations().org_id, organizations().name))


@lru_cache(maxsize=1)
def person_automaton() -> ahocorasick.Automaton:
    """Known people's names and aliases (from people.csv and the list of ILD heads)."""
    automaton = ahocorasick.Automaton()
    for name, aliases in _known_people().items():
        for form in {name, *aliases}:
            automaton.add_word(form, (form, name))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=1)
def _known_people() -> dict[str, set[str]]:
    known: dict[str, set[str]] = {}
    for row in people().itertuples():
        known.setdefault(row.person, set()).update(_split(row.aliases))
    for row in ild_heads().itertuples():
        known.setdefault(row.holder, set())
    return known


def known_surnames() -> dict[str, list[str]]:
    """Surname (last word, or first word of a pinyin name) -> known people bearing it."""
    out: dict[str, list[str]] = {}
    for name in sorted(_known_people()):
        out.setdefault(surname_of(name), []).append(name)
    return out


def find_in(automaton: ahocorasick.Automaton, text: str) -> list[tuple[int, int, str, str]]:
    """Whole-word, longest, leftmost matches of an automaton as (start, end, surface, value)."""
    automaton = for_text(automaton, text)  # the same matches, found faster in a text with no Chinese
    if len(automaton) == 0:
        return []
    found = []
    last = len(text) - 1
    for end_index, (surface, value) in automaton.iter(text):
        start = end_index - len(surface) + 1
        # A Chinese form stands anywhere (no word spaces); any other needs no letter or digit either side.
        if not surface[0].isascii() or not ((start > 0 and text[start - 1].isalnum())
                                            or (end_index < last and text[end_index + 1].isalnum())):
            found.append((start, end_index + 1, surface, value))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    return first_of_overlapping(found)


def first_of_overlapping(spans: list) -> list:
    """Of spans (start, end, ...) sorted by preference, each one no earlier span overlaps."""
    out, last_end = [], -1
    for span in spans:
        if span[0] >= last_end:
            out.append(span)
            last_end = span[1]
    return out


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split("|") if part.strip()]


