"""Chinese surnames and pinyin syllables: reference inventories, not extraction rules.

Extraction uses them to find a Chinese name in English text ("Liu Jianchao"); the reference
lists use them to read which word of a known name is the surname. They live here, below both.
"""
from __future__ import annotations

import re
from functools import lru_cache

from liaison.reference.romanisation import is_korean_name

# The commonest Chinese surnames in pinyin (Hong and the like left out: they start place names).
CHINESE_SURNAMES = frozenset(
    """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie
    Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Jia Ding Wei Xue Ye Yan Lu Du
    Dai Xia Zhong Tan Qin Qi Qiao Geng Ji Qian Xi Jin Mao Shi Kong Cui Kang Meng Qiu Hou Shao Fang Shen Yao
    Lei Hao Gu Duan Wen Fu Zou Ou Ren Lyu Ke Yin Xiong Gong Huo Shang Bi Kou Niu Bao Lai Chu Hua Nie Pang
    Ning Qu Rao Su Tao Wan Xing Yi Zhai Zhan Che Zhuang Fan Lou Bai""".split()
)
_INITIALS = "zh|ch|sh|b|p|m|f|d|t|n|l|g|k|h|j|q|x|r|z|c|s|y|w"
_FINALS = (
    "iang|iong|uang|ang|eng|ing|ong|uai|ian|iao|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|ve|a|e|i|o|u|v"
)
# "lyu", "nyu": ü as the ILD's own English site and passports write it ("Xu Lyuping").
_SYLLABLE = rf"(?:[ln]yue?|(?:{_INITIALS})?(?:{_FINALS}))"
_GIVEN = re.compile(rf"(?:{_SYLLABLE})(?:-?(?:{_SYLLABLE}))?")


def is_pinyin_given_name(given: str) -> bool:
    """One or two pinyin syllables ("Jianchao", "Guide", "Hai-yan")."""
    return bool(_GIVEN.fullmatch(given.lower()))


@lru_cache(maxsize=1 << 16)
def is_pinyin_name(name: str) -> bool:
    """A common surname followed by a pinyin given name ("Liu Jianchao"). Cached: every rule
    asks it of the names a corpus repeats."""
    surname, _, given = name.partition(" ")
    return surname in CHINESE_SURNAMES and is_pinyin_given_name(given)


def surname_of(name: str) -> str:
    """The word a report shortens a full name to: the surname of a two-word pinyin name ("Liu"
    of "Liu Jianchao") or of a Korean one ("Kim" of "Kim Song Nam"), else the last word ("Meloni"
    of "Giorgia Meloni"; "Trong" of "Nguyen Phu Trong", as Vietnamese copy names him)."""
    words = name.split()
    if len(words) == 2 and words[0] in CHINESE_SURNAMES or is_korean_name(words):
        return words[0]
    return words[-1]
