"""Guests a Chinese readout tells as come on a visit where they are met: "会见了来访的……甲", "会见了来华访问的
……乙", "会见了来港出席论坛的……丙" (come to Hong Kong, or to Macau where the document names it).
zh_events and zh_rows ask; moved out of zh_delegations, which reads the delegations themselves.
"""
from __future__ import annotations

import re

from liaison.extract.zh_grammar import Person, variants
from liaison.extract.zh_places import PROVINCE_VISITS, TO_CHINA

# "会见作为……特使来访的……", "会见了到访的……", "会见正在中国进行访问的……代表团": whom the verb meets is on a visit.
# "会见了率团来晋出席……活动的……": come to a province for a gathering (zh_places' PROVINCE_VISITS).
# "会见正在中国访问的……": in China on a visit; "会见了来港出席论坛的……": in Hong Kong (来澳: Macau) for it.
_VISITING = re.compile("(?:" + variants(["来访", "到访", "访华", "来华访问", "前来访问", "来华", "访问中国",
                                         "在中国访问", "在华访问", "来港", "来澳"] + PROVINCE_VISITS)
                       + r"|(?:进行|進行)[^，,。；;的]{0,6}(?:访问|訪問))"  # "进行正式访问的", "进行国事访问的"
                       + "(?:(?:" + variants(["出席", "参加", "参访", "考察"]) + r")[^，,。；;]{1,30}?)?的")
_VISITING_BEFORE = re.compile(_VISITING.pattern + "$")
# "来港出席……的", "来澳参加……的": come to Hong Kong or Macau (澳 as the document's own 澳门, not Australia)
_TO_SAR = re.compile(r"[来來](?P<short>[港澳])(?=访问|訪問|出席|参加|參加|参访|參訪|考察|的)")


def came_to_visit(text: str, counterpart) -> bool:
    """Whether whom a host meets is told right before their posts as visiting ("同来访的……甲举行会谈")."""
    return isinstance(counterpart, Person) and bool(_VISITING_BEFORE.search(
        text, max(0, counterpart.chain_start - 24), counterpart.chain_start))


def met_on_visit(text: str, after: int, counterpart) -> bool:
    """Whether the words between a meeting's verb and whom it meets say that one is visiting."""
    return isinstance(counterpart, Person) and bool(_VISITING.search(text, after, counterpart.start))


def guests_in_china(text: str, after: int, counterparts: list, shorts: dict[str, str] | None = None) -> list[str]:
    """"会见了来华访问的智利参议员甲": whom the verb meets came to China, so they meet there; "会见了来港出席论坛的
    越南副总理乙": to Hong Kong (来澳: to Macau, where the document names Macau itself, `shorts`)."""
    for c, _ in counterparts:
        if not (isinstance(c, Person) and met_on_visit(text, after, c)):
            continue
        if TO_CHINA.search(text, after, c.start):
            return ["CHN"]
        sar = _TO_SAR.search(text, after, c.start)
        where = ("HKG" if sar.group("short") == "港" else (shorts or {}).get("澳", "")) if sar else ""
        if where:
            return [where]
    return []
