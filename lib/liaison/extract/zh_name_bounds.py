"""Where a Chinese name may start and end: the boundary tests every reader of zh_names shares (round 21).

A name without spaces is found by its edges: it opens a clause (after punctuation or a linking word, "会见", "与") and
it ends where punctuation, a function word, a verb of the genre, a title or a date begins ("刘建超在罗马",
"孙海燕一行", "柯柏年七月四日"). Moved out of zh_names, whose rules (titles, bare names, lists, repeats) all ask these
same questions, so that each module holds one concept and zh_names keeps room under the layout limit."""
from __future__ import annotations

import re

from liaison.extract.zh_name_words import END_WORDS, LEFT_WORDS, TITLES

TITLE_RE = re.compile("|".join(TITLES))
PUNCT = frozenset("，。、；：！？“”‘’（）()《》「」『』【】 \n\t,.;:!?\"'0123456789")
# Where a name ends: punctuation, a function word, a verb of the genre, a form of address.
FUNCTION = frozenset("在的与和及等同向对就将也还为并于时后前已曾均都被把让请应是未不没则却仍又再便亦赴抵从偕")
# A date in Chinese numerals right after a name ("柯柏年七月四日下午会见") ends it.
_ZH_DATE_AFTER = re.compile(r"(?:[一二三四五六七八九十〇]{1,3}|\d{1,2})[月日]")  # or in digits ("韩明远9日在……")
# One-character names of countries that pair in prose ("中美", "美韩", "日韩"): a surname among them
# (韩) opens no name right after another.
_COUNTRY_ABBREVIATIONS = frozenset("中美日韩朝俄欧英法德印越老柬泰缅巴蒙澳")


def country_pair(s: str, start: int) -> bool:
    """Whether a name would start with the second of two countries named by one character each
    ("美韩正在", "日韩正式": not 韩正); "18日韩正会见" is a day and a name."""
    day = s[start - 1] == "日" and start > 1 and (s[start - 2].isdigit() or s[start - 2] in "一二三四五六七八九十")
    return start > 0 and s[start] in _COUNTRY_ABBREVIATIONS and s[start - 1] in _COUNTRY_ABBREVIATIONS and not day


def ends_name(s: str, end: int) -> bool:
    """A name may end here: the text ends, or punctuation, a function word, a verb of the
    genre, a form of address or a title follows."""
    if end >= len(s) or s[end] in PUNCT or s[end] in FUNCTION or s[end] == "·":
        return True
    return s.startswith(END_WORDS, end) or TITLE_RE.match(s, end) is not None or bool(_ZH_DATE_AFTER.match(s, end))


def left_bounded(s: str, start: int) -> bool:
    """A name without a title must open a clause: after punctuation or a linking word (also the
    于 of "对于", "关于": "对于洪森总理即将……")."""
    if country_pair(s, start):
        return False
    return start == 0 or s[start - 1] in PUNCT or any(s.endswith(w, 0, start) for w in LEFT_WORDS) \
        or of_yu(s, start - 1)


def of_yu(s: str, at: int) -> bool:
    """Whether the 于 at `at` ends a preposition ("对于", "关于", "由于", "至于", "鉴于"), no surname."""
    return at >= 1 and s[at] in "于於" and s[at - 1] in "对對关關由至鉴鑒基终終属屬位等"


# A count, a span or a time counted from now ("两度", "三次", "一个月内", "下个月"): a numeral or 上/下/本/这 and a
# measure word, which no name opens with.
_COUNTED = re.compile("[一二两兩三四五六七八九十数數几幾多半上下本这這][个個度次天年周週月届屆点點项項位名场場轮輪]")


def counted(s: str, at: int) -> bool:
    """Whether what starts at `at` tells how often, how many, how long or when ("总理一个月内接连会见", "总统下个月
    将访华"), not who."""
    return _COUNTED.match(s, at) is not None


def is_han(chunk: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in chunk)
