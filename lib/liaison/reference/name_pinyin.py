"""Chinese names written in characters: which begin with a Chinese surname, and how they read in pinyin.

Linking 孙海燕 to "Sun Haiyan" needs the surname reading (曾 is Zeng as a surname, not Ceng),
both orders and the given name's other readings; a name without a surname from the inventory
(a foreign name transliterated, 黎怀忠 for Le Hoai Trung, is caught by the English side instead:
no English text spells him "Li Huaizhong") gets no reading at all.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

import opencc
from pypinyin import Style, lazy_pinyin, pinyin

# Surnames whose commonest reading as a word is not their reading as a surname.
SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "朴": "piao", "区": "ou", "翟": "zhai", "覃": "qin",
    "薄": "bo", "乐": "yue", "都": "du", "查": "zha", "盖": "ge", "卜": "bu", "缪": "miao", "种": "chong",
    "召": "shao", "员": "yun", "隗": "wei", "尉": "wei", "长孙": "zhangsun", "万俟": "moqi",
}
# The commonest single-character surnames; compound ones are matched first.
SINGLE_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾肖田董袁潘于蒋蔡贾丁魏薛叶阎余杜戴夏"
    "钟汪任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文庞樊兰殷施"
    "陶洪翟颜倪严牛温季俞章鲁葛伍韦申尤毕聂丛焦向柳邢路岳齐梅莫庄辛管祝左涂谷祁舒耿牟卜詹关苗凌费纪靳盛"
    "童欧甄项曲成游阳裴席卫查屈鲍覃霍翁隋甘景薄单包司柏宁柯阮桂闵解强柴华车冉房边辜吉饶刁瞿戚丘古米池滕"
    "晋苑邬臧宫苟全褚廉简娄盖符奚穆党燕郎邸冀谈姬屠连郜晏栾郁商蒙喻窦迟敖鄢冷卓仇艾蓝巩仲乐虞卞封竺冼"
    "楚佟栗匡宗巫鞠桑荆谌岑胥蔺朴区缪种许程沈吕苏卢傅付闫萧尚骆麦邝闻贝储诸戈阚蒲鲜寇隆邰逯"
)
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 诸葛 上官 司徒 东方 尉迟 长孙 令狐 皇甫 公孙 慕容 夏侯 宇文 端木 澹台 万俟 呼延 闻人 申屠".split()
)
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_MAX_READINGS = 8


@lru_cache(maxsize=1)
def _to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1 << 16)
def simplified(name: str) -> str:
    """The name in Simplified characters (劉海星 -> 刘海星), for comparing names only."""
    return _to_simplified().convert(name)


def split_name(name: str) -> tuple[str, str] | None:
    """(surname, given name) of a Simplified Chinese name of two to four characters whose surname
    is in the inventory; None for anything else."""
    if not _HAN_NAME.fullmatch(name):
        return None
    if name[:2] in COMPOUND_SURNAMES and len(name) >= 3:
        return name[:2], name[2:]
    if name[0] in SINGLE_SURNAMES and len(name) <= 3:
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
