"""Chinese names written in characters as an English text spells them in pinyin.

Linking 孙海燕 to "Sun Haiyan" needs the surname reading (曾 is Zeng as a surname, not Ceng),
both orders and the given name's other readings. A name without a surname from the inventory
Chinese extraction uses gets no reading at all; a foreign name transliterated with one (黎怀忠 for
Le Hoai Trung) reads as pinyin no English text writes ("Li Huaizhong"), so it matches nobody.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from pypinyin import Style, lazy_pinyin, pinyin

from liaison.reference.hanzi import simplified
from liaison.reference.lists import read_data

# Surnames whose commonest reading as a word is not their reading as a surname.
SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "朴": "piao", "区": "ou", "翟": "zhai", "覃": "qin",
    "薄": "bo", "乐": "yue", "都": "du", "查": "zha", "盖": "ge", "卜": "bu", "缪": "miao", "种": "chong",
    "召": "shao", "员": "yun", "隗": "wei", "尉": "wei", "长孙": "zhangsun", "万俟": "moqi",
}
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_MAX_READINGS = 8


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single, compound) surnames of data/zh_surnames.csv, the inventory Chinese extraction uses."""
    rows = read_data("zh_surnames.csv")
    return frozenset(s for s in rows.surname if len(s) == 1), frozenset(s for s in rows.surname if len(s) == 2)


def split_name(name: str) -> tuple[str, str] | None:
    """(surname, given name) of a Simplified Chinese name of two to four characters whose surname
    is in the inventory; None for anything else."""
    if not _HAN_NAME.fullmatch(name):
        return None
    single, compound = _surnames()
    if name[:2] in compound and len(name) >= 3:
        return name[:2], name[2:]
    if name[0] in single and len(name) <= 3:
        return name[0], name[1:]
    return None


@lru_cache(maxsize=1 << 16)
def pinyin_spellings(name: str) -> frozenset[str]:
    """Lower-case spellings an English text may give a Chinese name ("sun haiyan", "haiyan sun"):
    surname reading, given name read in context and with its other readings (at most a few),
    ü as u, v or yu. Empty when the name does not start with a known Chinese surname."""
    parts = split_name(simplified(name))
    if parts is None:
        return frozenset()
    surname, given = parts
    family = SURNAME_READINGS.get(surname) or "".join(lazy_pinyin(surname))
    readings = {"".join(lazy_pinyin(given, style=Style.NORMAL))}
    for combo in product(*pinyin(given, style=Style.NORMAL, heteronym=True)):
        if len(readings) >= _MAX_READINGS:
            break
        readings.add("".join(combo))
    out: set[str] = set()
    for first in _umlaut_forms(family):
        for second in readings:
            for spelled in _umlaut_forms(second):
                out.update((f"{first} {spelled}", f"{spelled} {first}"))
    return frozenset(out)


def _umlaut_forms(syllables: str) -> set[str]:
    """pypinyin writes ü as v (lv); English copy writes Lu, Lyu or Lv."""
    if "v" not in syllables:
        return {syllables}
    return {syllables, syllables.replace("v", "u"), syllables.replace("v", "yu")}


_NOT_LETTER = re.compile(r"[^a-z ]+")


def english_key(name: str) -> str:
    """An English spelling reduced for comparison with `pinyin_spellings`: lower case, hyphens and
    apostrophes dropped, ü as v ("Hai-yan Sun" -> "haiyan sun", "Lü Xin" -> "lv xin")."""
    lowered = name.lower().replace("ü", "v").replace("-", "").replace("'", "").replace("’", "")
    return " ".join(_NOT_LETTER.sub(" ", lowered).split())
