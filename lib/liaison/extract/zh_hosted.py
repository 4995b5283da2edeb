"""What a Chinese clause says of an act's standing, and the gatherings a body hosts.

Status: denied when the act was called off ("取消了访问", "访问推迟"), attempted when only sought
("寻求会见"), planned when still ahead ("将于……访问", "下周访华", "甲会与乙会面"), else reported.

A gathering hosted by a body ("由中共中央对外联络部主办的中共与世界政党高层对话会，昨天起在北京
举行") is a summit whose actor is the host, named by the gathering, where and when it is held. Only
this construction is read: a gathering "held" with no host named has no one to code as its actor.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from liaison.extract.zh_grammar import variants

# 将 marks the future, not as a rank after a name ("潘文江大将5日会见", 上将, 中将, 少将, 准将) nor in 将军/将领.
_PLANNED = re.compile(r"(?<![大上中少准])(?:将|將)(?![军軍领領])|" + variants(
    ["拟于", "拟", "计划", "计画", "計畫", "准备", "定于", "预计", "预定", "有望", "下周", "下週", "商定", "约定"]))
# "昂山素季会与……会面": 会 right after a name and before 与/同 is "will".
_WILL = re.compile(r"(?:会|會)(?=与|與|同|和|跟)")
# "访团下午会前往国台办跟主任甲会面": 会 before a verb of going is "will" too (not 大会, 年会, 峰会).
# (Nor 委员会, 协会, 商会, 理事会, 基金会, 联合会, 学会: a body's name.)
# "习近平会先访马", "会再来华": before a visit's verb, 先/再 between (nor 工会, 国会, 总会, 机会, 都会: no "will")
# (Nor 与会/座谈会/研讨会/招待会 + 来自: those attending come from somewhere.)
_WILL_GO = re.compile(r"(?<![大全年峰協协商事金合学學究社议議省盛例晚宴工国國总總机機分都与與谈談待座讨討])"
                      r"(?<!委员)(?<!委員)(?:会|會)(?=前往|赴|访|訪|(?:来|來)(?!自|宾|賓))|(?:会|會)(?=(?:先|再|首先)(?:访|訪|来|來|前往|赴))")
_CALLED_OFF = re.compile(variants(["取消", "推迟", "延期", "被拒", "拒绝", "搁置"]))
_SOUGHT = re.compile(variants(["试图", "寻求", "争取", "要求"]))
# What names a gathering at its end, for every rule that reads one (zh_counterparts, zh_rows add their own)
GATHERING_WORDS = ["峰会", "大会", "论坛", "对话会", "会议", "研讨会", "座谈会", "年会"]
_GATHERING = variants([*GATHERING_WORDS, "对话"])
_HOSTED = re.compile(
    r"(?:由|經由|经由)(?P<host>[^，,。；;的]{2,30}?)(?:" + variants(["主办", "举办", "承办", "联合主办", "共同主办"])
    + r")的(?P<name>[^，,。；;]{2,40}?(?:" + _GATHERING + r"))"
    + r"[^。；;]{0,40}?(?:" + variants(["举行", "召开", "开幕"]) + r")")

# "中共中央对外联络部14日以视频连线方式举办第二届……对话会", "中联部在北京举办……论坛": a body holds it.
_HOLD_WORDS = ["举办", "主办", "召开", "举行"]
# (not "举行第三次战略对话", "举行会议": talks between two sides, or any meeting)
# "以线上线下相结合的方式举行", "以视频会议形式召开": how it is held, between the host and the verb.
_HOLDS_IT = re.compile(r"(?P<host>[^，,。；;的“”]{2,40}?)(?:以[^，,。；;]{1,16}?(?:" + variants(["方式", "形式"])
                       + r"))?(?:" + variants(_HOLD_WORDS) + r")了?(?P<name>"
                       r"(?:第[^，,。；;、]{1,4}(?:届|屆|次))?[^，,。；;、《》\s的]{2,30}?(?:"
                       + variants(["对话会", "论坛", "峰会", "研讨会", "座谈会", "大会"]) + "))")
# "中联部以视频方式举行中国同东南亚、南亚国家“一带一路”政党共商会议": told with how it is held, a 会议 the
# body holds is a gathering, its name free to list regions and quote
_HOLDS_ONLINE = re.compile(r"(?P<host>[^，,。；;的“”]{2,40}?)以[^，,。；;]{1,16}?(?:" + variants(["方式", "形式"])
                           + r")(?:" + variants(_HOLD_WORDS) + r")了?(?P<name>(?:第[^，,。；;、]{1,4}(?:届|屆|次))?"
                           r"[^，,。；;《》\s的]{2,40}?(?:"
                           + variants(["会议", "对话会", "论坛", "研讨会", "峰会"]) + "))")
_HOLD_CUES = tuple(variants(_HOLD_WORDS).split("|"))


def status(text: str, actor_end: int, at: int, end: int, names: Iterable[tuple[int, int]] = ()) -> str:
    """The standing of the act whose subject ends at `actor_end` and whose verb is at `at`; a word
    inside one of the `names` (start, end) is part of a name ("副部长王将林"), not of the clause."""
    names = list(names)
    if _CALLED_OFF.search(text, actor_end, end):
        return "denied"
    if _SOUGHT.search(text, actor_end, at):
        return "attempted"
    spans = [(s, e) for s, e in names if s < at and e > actor_end]
    planned = (m for m in _PLANNED.finditer(text, actor_end, at)
               if not any(s <= m.start() and m.end() <= e for s, e in spans))
    if next(planned, None) or any(m.start() in {e for _, e in names} for m in _WILL.finditer(text, actor_end, at)) \
            or any(m.start() < at for m in _WILL_GO.finditer(text, actor_end, at + 3)):  # (the verb in sight)
        return "planned"
    return "reported"


def hosted(text: str, start: int, end: int) -> re.Match | None:
    """"由甲主办的……对话会……在北京举行": the host (group "host") and the gathering ("name")."""
    return _HOSTED.search(text, start, end)


def holds(text: str, start: int, end: int) -> re.Match | None:
    """"中联部在北京举办……对话会": the body before the verb (group "host") and the gathering ("name")."""
    if not any(text.find(cue, start, end) >= 0 for cue in _HOLD_CUES):
        return None
    return _HOLDS_IT.search(text, start, end) or _HOLDS_ONLINE.search(text, start, end)
