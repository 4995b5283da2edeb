"""Figures in Chinese text: "160多个国家的600多个政党" is more than 160 countries and more than 600
parties. Numbers may be Arabic (160, 1,200), Chinese (一百六十, 十余) or mixed (3万); a figure
is kept only when a counted noun follows it, as in the English reader.

Chinese numerals are read by a short converter here rather than a dependency: readouts use
small counts, and the converter is a dozen lines where cn2an would add a package and its
start-up cost for the same answers.
"""
from __future__ import annotations

import re

from liaison.extract.quantities import Quantity

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
           "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_NUMERAL = "零〇一二两兩三四五六七八九十拾百佰千仟万萬亿億"
# Hedges before the number and after it, as the English reader words them.
_BEFORE = {"约": "about", "約": "about", "大约": "about", "大約": "about", "近": "nearly", "将近": "nearly",
           "將近": "nearly", "逾": "more than", "超过": "more than", "超過": "more than", "多达": "up to",
           "多達": "up to", "至少": "at least", "不少于": "at least", "不少於": "at least"}
_AFTER = {"多": "more than", "余": "more than", "餘": "more than", "几": "more than", "幾": "more than",
          "以上": "more than", "左右": "about"}
# Counted nouns (after an optional measure word) -> the English reader's unit.
_UNITS = (
    ("political parties and organizations", "政党和政治组织|政黨和政治組織"),
    ("parties", "政党|政黨|党派|黨派"),
    ("countries and regions", "国家和地区|國家和地區"),
    ("countries", "国家|國家"),
    ("people", "人|名代表|位代表|名|位"),
    ("delegations", "代表团|代表團"),
    ("organizations", "组织|組織|机构|機構"),
    ("days", "天"),
    ("percent", "%|％"),
    ("CNY", "亿元|億元|万元|萬元|元|人民币|人民幣"),
    ("countries", "国|國"),  # "南亚4国": only after Arabic digits, never "两国" (the two countries)
    ("USD", "亿美元|億美元|万美元|萬美元|美元"),
)
# What kind of party a count may name between its measure word and 政党: "15个左翼政党".
_KINDS = "左翼|右翼|主要|执政|執政|参政|參政|在野|反对|反對|兄弟|友好|外国|外國|世界|左翼进步|进步|進步"
_FIGURE = re.compile(
    r"(?P<before>" + "|".join(sorted(_BEFORE, key=len, reverse=True)) + r")?"
    r"(?P<number>\d[\d,]*(?:\.\d+)?[万萬亿億]?|[" + _NUMERAL + r"]+)"
    r"(?P<after>多|余|餘|几|幾)?(?P<measure>个|個|家|位|名|次|批)?"
    r"(?P<kind>(?<=[个個家])(?:" + _KINDS + r"))?"
    r"(?P<unit>" + "|".join(words for _, words in _UNITS) + r")"
    r"(?P<tail>以上|左右)?"
)
_NOT_COUNTRIES = frozenset("家内內际際外务務民王旗歌庆慶企产產有籍情度会會债債")
_UNIT_OF = {word: unit for unit, words in _UNITS for word in words.split("|")}
_CJK_OR_DIGIT = re.compile(r"[\d" + _NUMERAL + "]")


def find_zh_quantities(text: str) -> list[Quantity]:
    """Every counted figure in a text's Chinese stretches, in order."""
    if not _CJK_OR_DIGIT.search(text):
        return []
    out = []
    for match in _FIGURE.finditer(text):
        value = _value(match.group("number"))
        word = match.group("unit")
        if value is None or value == 0 or _glued(text, match) or _vague(text, match):
            continue
        if word in ("国", "國") and (not match.group("number")[0].isdigit() or match.group("measure")
                                    or text[match.end():match.end() + 1] in _NOT_COUNTRIES):
            continue
        if match.group("number").isdigit() and len(match.group("number")) == 4 and word == "人" \
                and not match.group("measure"):
            continue  # "2023人" is rarely a count; years run into nouns in headlines
        value *= _scale(word)
        qualifier = (_BEFORE.get(match.group("before") or "") or _AFTER.get(match.group("after") or "")
                     or _AFTER.get(match.group("tail") or "") or "")
        out.append(Quantity(match.start(), match.end(), match.group(0), float(value), _UNIT_OF[word], qualifier,
                            "", None))
    return out


def _vague(text: str, match: re.Match) -> bool:
    """"数十个", "几百名", "若干": no figure is stated."""
    at = match.start("number")
    return at > 0 and text[max(0, at - 2):at].endswith(("数", "數", "几", "幾", "若干", "上"))


def _glued(text: str, match: re.Match) -> bool:
    """A number that continues one before it ("2023年" is a date, "第3" an ordinal)."""
    at = match.start("number")
    return at > 0 and (text[at - 1].isdigit() or text[at - 1] in "第.")


def _scale(word: str) -> int:
    if word.startswith(("亿", "億")):
        return 100_000_000
    if word.startswith(("万", "萬")):
        return 10_000
    return 1


def _value(number: str) -> float | None:
    """"160" -> 160, "1,200" -> 1200, "3万" -> 30000, "一百六十" -> 160, "十" -> 10."""
    big = _BIG_UNITS.get(number[-1], 1)
    core = number[:-1] if big > 1 else number
    if core and core[0].isdigit():
        try:
            return float(core.replace(",", "")) * big
        except ValueError:
            return None
    total, section, digit = 0, 0, None
    for ch in number:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL_UNITS:
            section += (1 if digit is None else digit) * _SMALL_UNITS[ch]
            digit = None
        elif ch in _BIG_UNITS:
            total += (section + (digit or 0)) * _BIG_UNITS[ch]
            section, digit = 0, None
        else:
            return None
    return float(total + section + (digit or 0))
