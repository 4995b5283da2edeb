"""Finding people's names in English text without a statistical model.

No English NER model installs offline here, so names are found by evidence a reader would use:
- a Chinese name in pinyin: a common surname followed by a one- or two-syllable given name
  ("Liu Jianchao", "Jia Guide", "Sun Haiyan"), validated syllable by syllable;
- any capitalised name with a cue: a title before it ("Undersecretary Maria Tripodi", "scholar
  Anne-Marie Brady"), a person appositive after it ("Giulia Pompili, an expert China watcher"),
  a speech verb ("..., said Wang Jian"), or an agency report's delegation formula ("a
  delegation ... led by its general secretary Kwame Asante");
- "the Meloni government", "the Xi Jinping administration": a head of government.
Known people from reference data are matched separately (see `reference.py`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .reference import STOP_WORDS

# The commonest Chinese surnames in pinyin (Hong and the like left out: they start place names).
CHINESE_SURNAMES = frozenset(
    """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie
    Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Jia Ding Wei Xue Ye Yan Lu Du
    Dai Xia Zhong Tan Qin Qiao Geng Ji Qian Xi Jin Mao Shi Kong Cui Kang Meng Qiu Hou Shao Fang Shen Yao
    Lei Hao Gu Duan Wen Fu Zou Ou Ren Lyu Ke Yin Xiong Gong Huo Shang Bi Kou Niu Bao Lai Chu Hua Nie Pang
    Ning Qu Rao Su Tao Wan Xing Yi Zhai Zhan Che""".split()
)
_INITIALS = "zh|ch|sh|b|p|m|f|d|t|n|l|g|k|h|j|q|x|r|z|c|s|y|w"
_FINALS = (
    "iang|iong|uang|ang|eng|ing|ong|uai|ian|iao|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|ve|a|e|i|o|u|v"
)
_SYLLABLE = re.compile(rf"(?:{_INITIALS})?(?:{_FINALS})")
_GIVEN = re.compile(rf"(?:{_SYLLABLE.pattern})(?:-?(?:{_SYLLABLE.pattern}))?")

_TOKEN = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'’]*(?:-[A-Za-z\u00c0-\u00ff][a-z\u00df-\u00ff]*)*"
_NAME = rf"{_TOKEN}(?:[ ]{_TOKEN}){{1,3}}"
_CHINESE = re.compile(r"\b(?P<surname>[A-Z][a-z]{0,5}) (?P<given>[A-Z][a-z]{1,11}(?:-[a-z]{1,6})?)\b(?! [A-Z][a-z])")

PRE_TITLES = (
    "President|Vice President|Vice-President|Premier|Vice Premier|Prime Minister|Foreign Minister|Minister|"
    "Deputy Minister|Vice Minister|Vice Foreign Minister|Secretary of State|Secretary|Undersecretary|Under-Secretary|"
    "Ambassador|Chancellor|Governor|Vice Governor|Mayor|Senator|Congressman|Congresswoman|Chairman|Chairwoman|Chair|"
    "General Secretary|Secretary-General|Secretary General|Director|Director-General|Spokesperson|Spokesman|"
    "Dr|Mr|Mrs|Ms|Professor|Prof|King|Queen|Prince|Princess|Sheikh|Speaker|Comrade|Councillor|Commissioner|"
    "scholar|analyst|researcher|diplomat|politician|journalist|expert|economist|professor|activist|lawmaker|"
    "envoy|ambassador|minister|spokesperson|spokesman|official|leader|author|historian|sinologist"
)
_PRE_TITLED = re.compile(rf"\b(?:{PRE_TITLES})\.? (?:\[?(?:Mr|Ms|Mrs|Dr)\]? )?(?P<name>{_NAME})")
PERSON_NOUNS = (
    "head|director|deputy|chief|boss|secretary|governor|minister|ambassador|envoy|spokesperson|spokesman|"
    "president|chairman|chairwoman|premier|leader|official|researcher|scholar|expert|analyst|professor|"
    "founder|member|diplomat|politician|journalist|watcher|veteran|editor|author|lawmaker|senator|mayor|"
    "undersecretary|commissioner|consul|economist|historian|adviser|advisor|fellow|correspondent|"
    "vice-\\w+|dean|general|officer|representative|counsellor|councillor|chief executive|manager|student|"
    "chairperson|chair|coordinator|delegate|envoy|candidate"
)
_APPOSITIVE = re.compile(
    rf"(?P<name>{_NAME})\s*,\s+(?:who\b|(?:a|an|the)\b[^,.;]{{0,80}}?\b(?:{PERSON_NOUNS})\b|(?:former |deputy |vice )?(?:{PERSON_NOUNS})\b)"
)
_SPEECH = re.compile(
    rf"(?P<name>{_NAME})\s+(?:said|says|told|noted|added|wrote|argued|stressed|warned|explained)\b"
    rf"|\b(?:said|says|told|noted|added|wrote)\s+(?P<name2>{_NAME})\b"
)
# "led by (its general secretary) Kwame Asante": up to four lower-case title words between.
_LED_BY = re.compile(rf"\b(?:led|headed|accompanied) by (?:(?:its|the|their|his|her) )?(?:[a-z][a-z-]* ){{0,4}}(?P<name>{_NAME})")
_GOVERNMENT = re.compile(rf"\bthe (?P<name>{_TOKEN}(?: {_TOKEN})?) (?:[Gg]overnment|[Aa]dministration|[Cc]abinet)\b")


@dataclass(frozen=True)
class NameHit:
    start: int
    end: int
    text: str
    cue: str  # "pinyin" | "title" | "appositive" | "speech" | "head of government"


def is_pinyin_given_name(given: str) -> bool:
    return bool(_GIVEN.fullmatch(given.lower()))


def is_pinyin_name(name: str) -> bool:
    surname, _, given = name.partition(" ")
    return surname in CHINESE_SURNAMES and is_pinyin_given_name(given)


def find_person_names(text: str) -> list[NameHit]:
    """Candidate person names in `text`, each with the evidence that made it one."""
    hits: list[NameHit] = []
    for match in _CHINESE.finditer(text):
        if is_pinyin_name(match.group(0)):
            hits.append(NameHit(match.start(), match.end(), match.group(0), "pinyin"))
    for pattern, cue in ((_PRE_TITLED, "title"), (_APPOSITIVE, "appositive"), (_SPEECH, "speech"), (_LED_BY, "led by")):
        for match in pattern.finditer(text):
            group = "name2" if match.groupdict().get("name2") else "name"
            hit = _trim(text, match.start(group), match.end(group), cue)
            if hit:
                hits.append(hit)
    for match in _GOVERNMENT.finditer(text):
        name = match.group("name")
        if " " in name and is_pinyin_name(name):  # a full name: "the Xi Jinping administration"
            hits.append(NameHit(match.start("name"), match.end("name"), name, "pinyin"))
        elif " " not in name and name not in STOP_WORDS:
            hits.append(NameHit(match.start("name"), match.end("name"), name, "head of government"))
    return hits


def _trim(text: str, start: int, end: int, cue: str) -> NameHit | None:
    """Drop leading/trailing words that cannot be part of a name ("As Giulia Pompili")."""
    words = [(m.start() + start, m.end() + start, m.group(0)) for m in re.finditer(r"\S+", text[start:end])]
    while words and _not_name_word(words[0][2]):
        words.pop(0)
    while words and _not_name_word(words[-1][2]):
        words.pop()
    if len(words) < 2 or any(_not_name_word(w) for _, _, w in words):
        return None
    return NameHit(words[0][0], words[-1][1], text[words[0][0] : words[-1][1]], cue)


def _not_name_word(word: str) -> bool:
    return word.strip("’'s") in STOP_WORDS or word.isupper() and len(word) > 1
