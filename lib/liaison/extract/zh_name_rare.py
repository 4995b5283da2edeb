"""A name right after a title that neither the surname table nor the transliteration repertoire reads (round 20).

Held-out reports name many people whose surname is rare ("副主席磨某英", "二级巡视员狄某深") or whose name by sound
uses a character outside Xinhua's tables ("外长贲某拓", "主席科某奥卢"). After a title chain, a run of three or four
Han characters that a list mark, a stop or an act closes ("……、", "……，", "……等", "……率团", "……表示") is such a
name: the title is the cue, and the close on the right keeps out the words a title opens ("部长级会议", "主席团成员",
"大使馆工作人员": what follows a title when no name does, as zh_names' _NOT_NAME_START lists, or a word of the news).
zh_names still turns down a place, a body or a word of the news (`_may_be_name`)."""
from __future__ import annotations

import re

from liaison.extract.zh_name_bounds import is_han
from liaison.extract.zh_name_words import END_WORDS, surnames
from liaison.reference.places import find_places

_FUNCTION = frozenset("的在和与及等是了于也将还并已曾同向")
# The last character of a body, a rank or a station that holds a post ("政协副主席", "二级巡视员", "驻华大使").
_BODY_END = frozenset("部会局处署厅委办馆院盟党司组府区省市县国协团社队所级华方军行校")
# What closes such a name on the right: a list mark or a stop, 等 ("……等陪同"), or an act of the genre.
_STOPS = r"[、，,。；;：:（(]|等|(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
_ACTS = sorted({w for w in END_WORDS if len(w) >= 2} | {"率", "说", "将", "和"}, key=len, reverse=True)
_CLOSE = re.compile(_STOPS + "|[在于同与向也还并已曾]|" + "|".join(map(re.escape, _ACTS)))
# A run that opens with a listed surname is left to zh_names' reading of a surname and a given name, except a name of
# three that a stop closes ("副秘书长张茂远，"): "大使王强简要介绍" is 王强 and a word, no name of four.
_STOP = re.compile(_STOPS)
# Acts and linking words that open no name ("总书记致贺电", "主席向……").
_NOT_FIRST = frozenset("致向对与同在为将率会赴抵于从据应由经把被让给请后後前来最则亲互齐再也已均都即正曾共")
# Words inside the run that make it no name: a gathering, a body, a group, the news.
_NOT_IN = re.compile("会议|会见|会谈|会晤|工作|人员|成员|代表|委员|人民|国家|政府|中央|全国|访问|一行|友好|合作|关系"
                     "|活动|仪式|讲话|致辞|发言|集团|公司|大学|学院|中心|协会|办公|秘书|助理|顾问|特使|大使|领事|参赞"
                     "|先生|女士|阁下|同志|夫人|期间|以来|时间|今年|去年|明年|此次|这次|双方|两国|各国|我国|本国|该国"
                     "|接见|离开|前来|首次|首度|身份|共识|交流|高级|贺电|年龄|年纪")


def rare_name_after(s: str, title: re.Match, not_start: frozenset[str]) -> tuple[int, int] | None:
    """(start, end) of a name of three or four Han characters right after a post that a body or a country holds
    ("……政协副主席", "东帝汶外长"), or None. Not after a name ("安华首相最近也……") nor a title of many
    ("两国领导人重要共识", "发言人"): the body or place before the post, or the post opening a clause ("，外长某某拓"),
    is the cue that a post of one follows."""
    at, begin = title.end(), title.start()
    if at >= len(s) or s[at] in not_start or s[at] in _NOT_FIRST or title.group().endswith("人") or begin < 2:
        return None
    before = s[max(begin - 8, 0):begin]
    if s[begin - 1] not in _BODY_END and s[begin - 1] not in "，,、。；;：:\n（(“ " \
            and not any(p.end == len(before) for p in find_places(before)):
        return None
    surname = s[at] in surnames()[0] or s[at:at + 2] in surnames()[1]
    if any(p.start == 0 for p in find_places(s[at:at + 6])):
        return None  # "……代表团": a place opens the run ("越南高级代表团")
    for size in (3, 4):
        end = at + size
        run = s[at:end]
        if end >= len(s) or not is_han(run) or set(run) & _FUNCTION:
            continue
        if _NOT_IN.search(run) or any(_CLOSE.match(run, i) for i in range(size - 1)):
            return None  # the run holds an act or a word of the news: no name of three or four here
        if surname:
            return (at, end) if size == 3 and _STOP.match(s, end) else None
        if _CLOSE.match(s, end):
            return at, end
    return None
