"""Pronouns in Chinese readouts that stand for a side of an event.

A leader's reported words name himself as 我 and the guest as 他/她 ("习近平表示，今年3月金正恩委员长
成功访华，我同他举行了历史性会晤"); a host "热烈欢迎他此次访华" after naming the guest. Each such
pronoun is read as a person standing for whom it refers to:
- 我 (not 我国, 我党, 我们, 我方: a country, a party or a side, not one person) within reported speech
  is the speaker, the last person named before the speech verb of the sentence ("甲表示，……");
- 他/她 taken by a verb or preposition ("同他", "欢迎他"; not 他们, 他国, 他人) is the latest person
  named before it in the sentence who is
  neither its subject (its first person) nor the speaker of the words it stands in, else the last
  person of the sentence before.
- 他/她 opening a sentence before a trip's verb ("他先后出访……") is the one person the sentence before
  named; a phrase that opens a clause and points back at an official ("这名朝鲜高级官员会见了……", 这位,
  该名; 官员, 高官, 领导人, 政要, 客人, 贵宾) is the last person of the sentence before: who the report
  was just telling of.
Only these readings are made; a pronoun with no one to stand for is left alone.
"""
from __future__ import annotations

import dataclasses
import re

from liaison.extract.context import SentenceView
from liaison.extract.zh_grammar import Person, variants

_I = re.compile(r"我(?![国國党黨们們方军軍省市区區])")
# 他/她 only as whom a verb or preposition takes ("同他", "欢迎他"): as a subject it is the subject the
# clause before already gives, and 他 inside a name ("马耳他") is no pronoun.
_OBJECT_OF = ["同", "与", "與", "和", "跟", "向", "对", "對", "欢迎", "歡迎", "会见", "會見", "见到", "見到",
              "邀请", "邀請", "感谢", "感謝", "会晤", "會晤"]
_HE = re.compile("(?:" + "|".join(f"(?<={w})" for w in _OBJECT_OF) + r")[他她](?![们們国國人])")
# "这名朝鲜高级官员", "这位客人": an official the report has just named, at the head of a clause.
_THAT_ONE = re.compile(r"(?:^|(?<=[，,。；;\s]))(?:这名|這名|这位|這位|该名|該名)[^，,。；;\s]{0,10}?"
                       r"(?:官员|官員|高官|领导人|領導人|政要|客人|贵宾|貴賓)")
# "……甲这几天行程很满。\n他先后出访古巴……": 他/她 opening a sentence is whom the one before told of
# (only before a trip's verb: "他回顾了甲访问……", "他也将与乙会面" are left to the clause's own reading)
_ADVERBS = variants(["先后", "随后", "随即", "还", "又", "也", "曾", "则", "分别", "将"])
_TRIP_VERBS = variants(["出访", "访问", "抵达", "前往", "赴", "率团"])
_HE_OPENS = re.compile(r"\s*[他她](?=(?:" + _ADVERBS + ")?(?:" + _TRIP_VERBS + "))")
# "甲表示，", "甲说：": where reported speech begins.
_SPEECH = re.compile("(?:" + variants(["表示", "指出", "强调", "认为", "说"]) + ")[，,：:]")


def with_pronouns(text: str, view: SentenceView, persons: list[Person], before: Person | None,
                  alone: bool = False) -> list[Person]:
    """The sentence's people with its pronouns read as the people they stand for; `before` is the
    last person of the sentence before, and `alone` whether that sentence named no one else (a 他
    opening a sentence is him only then: "甲转达了乙的问候。他随后前往上海" is 甲's trip, not 乙's)."""
    start, end = view.sentence.start, view.sentence.end
    back = (_THAT_ONE.search(text, start, end) or (_HE_OPENS.match(text, start, end) if alone else None)) \
        if before is not None else None
    if not (_I.search(text, start, end) or _HE.search(text, start, end) or back):
        return persons
    out = list(persons)
    taken = [(p.start, p.end) for p in persons]
    if back and before is not None and not any(s < back.end() and back.start() < e for s, e in taken):
        begin = back.start() + len(back.group(0)) - len(back.group(0).lstrip())
        out.append(dataclasses.replace(before, start=begin, end=back.end(), text=back.group(0).lstrip(),
                                       chain_start=begin))
    for found in list(_I.finditer(text, start, end)) + list(_HE.finditer(text, start, end)):
        at = found.start()
        if any(s <= at < e for s, e in taken):
            continue
        speech = [m for m in _SPEECH.finditer(text, start, at)]
        speaker = next((p for p in reversed(persons) if speech and p.end <= speech[-1].start()), None)
        if found.group(0) == "我":
            stands = speaker
        else:  # not the speaker, nor the sentence's subject: "甲……欢迎他此次访华" is not 甲
            earlier = [p for p in persons[1:] if p.end <= at and p.entity_id != getattr(speaker, "entity_id", None)]
            stands = earlier[-1] if earlier else before
        if stands is not None:
            out.append(dataclasses.replace(stands, start=at, end=at + 1, text=found.group(0), chain_start=at))
    return sorted(out, key=lambda p: p.start)


# "在肯期间，代表团会见了……；在坦期间，会见了……": a sentence after a semicolon goes on with the subject
# of the one before, as one after a comma does (not items of a list, one a line).
_SEMICOLON = re.compile(r"[；;][ \u3000]*\Z")


def after_semicolon(text: str, start: int) -> bool:
    """Whether the sentence starting at `start` follows the one before across a semicolon."""
    return bool(_SEMICOLON.search(text, max(0, start - 3), start)) and not text[start:start + 1].isspace()
