"""People named in Chinese text: known people by their Chinese names, others only with a cue.

Chinese has no spaces and no capitals, and almost any character can start a surname, so a
surname alone never makes a person. A name is accepted when
- the reference lists know it (people.csv name_zh, ild_heads.csv holder_zh), cue "reference";
  a two-character one only where it stands alone (康生 is no one in 健康生活);
- a title chain stands right before it ("中联部部长刘建超", "南非非国大总书记姆巴卢拉"), or a
  title or form of address right after it ("普京总统", "卡斯特罗同志"), cue "zh-title": a Chinese
  name is a common surname (data/zh_surnames.csv) and one or two characters (阮氏金银: 氏 and
  two); a foreign name in transliteration is 2-10 characters of the transliteration repertoire,
  "·" (or —, -, ‧) joining its parts; names joined by 和/、 after one title share it;
- a common surname and one or two characters open a clause and a verb of the genre follows
  ("刘建超会见", "王毅表示"), cue "zh-verb";
- it repeats, in the same document, a name accepted on one of the grounds above, or one part
  of such a foreign name ("卡韦略" for "迪奥斯达多·卡韦略"), cue "zh-repeat".
Either way the name must end where a function word, a verb, a title or punctuation begins
("刘建超在罗马", "孙海燕一行"), and it is no place, side, word of the news or word a name ends before ("新西兰",
"韩方", "曾经", "总统明年将访华"), nor a count ("两度", "一个月内"). Matching runs on the simplified reading of
the text (`hanzi.simplified`), so 劉建超 is 刘建超; the mention quotes the text as written. Where a name may start
and end is zh_name_bounds'; an act and the word it governs after a title ("率地方", "向中方") is no name
(zh_name_acts).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from liaison.extract.zh_name_acts import act_and_word
from liaison.extract.zh_name_bounds import FUNCTION as _FUNCTION
from liaison.extract.zh_name_bounds import PUNCT as _PUNCT
from liaison.extract.zh_name_bounds import TITLE_RE as _TITLE_RE
from liaison.extract.zh_name_bounds import counted
from liaison.extract.zh_name_bounds import country_pair as _country_pair
from liaison.extract.zh_name_bounds import ends_name as _ends_name
from liaison.extract.zh_name_bounds import is_han as _is_han
from liaison.extract.zh_name_bounds import left_bounded as _left_bounded
from liaison.extract.zh_name_bounds import of_yu as _of_yu
from liaison.extract.zh_name_rare import rare_name_after
from liaison.extract.zh_name_spans import name_parts, non_overlapping
from liaison.extract.zh_name_words import END_WORDS as _END_WORDS
from liaison.extract.zh_name_words import LIST_END as _LIST_END
from liaison.extract.zh_name_words import LIST_LEAD as _LIST_LEAD
from liaison.extract.zh_name_words import LIST_SEP as _LIST_SEP
from liaison.extract.zh_name_words import NOT_A_PERSON_AFTER as _NOT_A_PERSON_AFTER
from liaison.extract.zh_name_words import NOT_NAMES as _NOT_NAMES
from liaison.extract.zh_name_words import POSTS_AFTER as _POSTS_AFTER
from liaison.extract.zh_name_words import PRESENT as _PRESENT
from liaison.extract.zh_name_words import QUESTION_WORDS as _QUESTION_WORDS
from liaison.extract.zh_name_words import TITLES as _TITLES
from liaison.extract.zh_name_words import TRANSLIT as _TRANSLIT
from liaison.extract.zh_name_words import bare_names, has_memorial, memorial_re, met_re, surnames
from liaison.reference.hanzi import has_han, simplified
from liaison.reference.lists import ild_heads, people
from liaison.reference.places import find_places

# Titles and forms of address that also follow a name: "金正恩委员长", "普京总统", "卡斯特罗同志",
# a royal's rank ("拉那烈亲王").
# "刘晓明大使会见了代表团一行", "王某部长表示": a readout writes its ambassador, minister, chair so, before an
# act or a stop (a body before the post, "外交部部长", is no name: _may_be_name turns down its last character).
# a royal's rank ("莫尼列太后", "西哈努克太皇").
# A deputy's post takes its name as the post does ("陈某副部长会见", "陈某副主席表示"), and a governor's or a
# mayor's ("陈某副省长会见") as a minister's (round 25).
_AFTER_RE = re.compile("副?(?:总书记|第一书记|委员长|主席|总统|总理|首相|外长|议长"
                       "|(?:大使|部长|会长|主任|秘书长|书记|省长|市长)"
                       "(?=会见|会晤|会谈|接见|表示|指出|介绍|欢迎|说|出席|率|陪同|赴|到|前往|[，,、。]))"
                       "|国王|亲王|公主|太后|王后|太皇|众议员|参议员|同志|先生|女士|阁下")
# A name between the body and the post, as a body's own readout writes its staff ("美大部吉拥军副主任会见",
# "本会王平会长表示"): only right after a body's last character and before an act or a stop.
# (a rank before the post is no name: "使馆高级参赞", "政务参赞", "特命全权大使")
_OWN_STAFF = re.compile(r"(?<=[部会局处馆院])(?!常务|执行|名誉|代理|第一|驻|高级|政务|经济|商务|首席|临时|特命|全权"
                        r"|文化|武官|一等|二等|三等)"
                        r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?:副|常务副)?"
                        r"(?:主任委员|主任|局长|部长|会长|秘书长|大使|处长|司长|参赞)"
                        r"(?=会见|会晤|会谈|接见|表示|指出|介绍|欢迎|说|在|出席|率|陪同|应约|应邀|[，,、。])")
_SIDE_ENDINGS = frozenset("方党部委省市县区")
# What ends a body's name, never a person's: "外交部" before "部长", "侨联" or "华总" before "主席".
_BODY_ENDINGS = frozenset("部局处署厅委办馆院会联盟党司组总")
# What opens a title rather than ends a name: 副总统, 前总理, 原主席, 代总统.
_TITLE_PREFIXES = frozenset("副前原代")
_HEADS_IT = re.compile("为首的|为团长的")
_NAME_JOINT = re.compile(r"[，,]及|以及|和|、|及|与")
# Prepositions that are also surnames stand before a name, not in it: "向苏林总书记致贺信".
_BEFORE_A_NAME = frozenset("向对同与在为将被把让给跟以")
# The marks that join the parts of a foreign name: 西里尔·拉马福萨, 迪亚斯—卡内尔, 迪亚斯-卡内尔, 諾羅敦‧西哈莫尼.
_JOINERS = str.maketrans({mark: "·" for mark in "・•‧･—－-"})
_REGNAL = re.compile(r"[一二三四五六七八九十]世")
# What follows a title when no name does: 大使馆, 主席团, 委员会, 部长级, 总统府, 书记处...
_NOT_NAME_START = frozenset(
    "会馆团处级们职府国室衔候人一名位个之对也都就将已曾为是说表出访率同陪兼、，。；：的和与及等在今近讲夫助任"
)
_DOTTED = re.compile(f"[{''.join(sorted(_TRANSLIT))}]{{2,}}(?:·[{''.join(sorted(_TRANSLIT))}]+)+")
_TITLES_T = tuple(_TITLES)


@dataclass(slots=True)
class ZhPerson:
    start: int
    end: int
    text: str  # as written (traditional stays traditional)
    name: str  # canonical English name when the reference lists know the person, else `text`
    key: str  # what the entity id is built from: `name`, in simplified characters
    cue: str  # reference | zh-title | zh-verb | zh-repeat


@lru_cache(maxsize=1)
def _known() -> ahocorasick.Automaton:
    """Simplified Chinese name -> canonical name, from people.csv and the list of ILD heads."""
    automaton = ahocorasick.Automaton()
    pairs = list(zip(people().person, people().name_zh)) + list(zip(ild_heads().holder, ild_heads().holder_zh))
    for name, forms in pairs:
        for form in (f.strip() for f in forms.split("|")):
            if len(form) >= 2 and simplified(form) not in automaton:
                automaton.add_word(simplified(form), (len(form), name))
    automaton.make_automaton()
    return automaton


def find_zh_people(text: str) -> list[ZhPerson]:
    """People named in a Chinese text, sorted and non-overlapping; [] for text with no Han."""
    if not has_han(text):
        return []
    s = simplified(text).translate(_JOINERS)
    found: list[tuple[int, int, str, str]] = []  # (start, end, canonical or "", cue)
    for last, (length, name) in _known().iter(s):
        start, end = last - length + 1, last + 1
        if length >= 3 or _stands_alone(s, start, end):  # 康生 is no name in 健康生活
            found.append((start, end, name, "reference"))
    for title in _TITLE_RE.finditer(s):
        span = _after_title(s, title.end()) or rare_name_after(s, title, _NOT_NAME_START)
        while span:  # "共同主席波斯坦尼和拉森", "主席甲，及乙、丙": names joined by 和/、/及 share the title
            found.append((*span, "", "zh-title"))
            joint = _NAME_JOINT.match(s, span[1])
            span = _after_title(s, joint.end()) if joint else None
    found += _named_before_titles(s)
    found += _own_staff(s)
    for head in _HEADS_IT.finditer(s):  # "以威·斯潘为首的代表团", "以刘某总会长为团长的": who heads it
        post = next((t for t in _TITLES if s.endswith(t, 0, head.start())), "")
        span = _before_title(s, head.start() - len(post))
        if span and s.endswith("以", 0, span[0]):
            found.append((*span, "", "zh-title"))
    for match in bare_names(s):
        if _left_bounded(s, match.start()) and _ends_name(s, match.end()) and s[match.end() - 1] not in _FUNCTION \
                and s[match.start() - 1:match.start() + 1] not in _QUESTION_WORDS:
            found.append((match.start(), match.end(), "", "zh-verb"))
    for match in met_re().finditer(s):  # "在北京会见李龙男。": the one met, named bare
        found.append((match.start("name"), match.end("name"), "", "zh-verb"))
    if has_memorial(s):  # "参观鲁迅故居", "公园内的甲烈士墓"
        found += [(*m.span(m.lastgroup or ""), "", "zh-verb") for m in memorial_re().finditer(s)]
    if "有" in s or "包括" in s:  # "参加会见的有甲、乙", "出席者包括……的甲、乙"
        found += _present(s)
    if "·" in s:  # "出席路易·艾黎塑像揭幕仪式": a transliteration in parts is a name without a title
        known = {s[f[0]:f[1]] for f in found if "·" in s[f[0]:f[1]]}  # "甲·乙达成": the repeat reads 甲·乙
        found += [d for d in _dotted(s) if not any(f[0] < d[1] and d[0] < f[1] for f in found)
                  and not any(s.startswith(name, d[0]) for name in known)]
    people = non_overlapping([f for f in found if f[3] == "reference" or _may_be_name(s[f[0]:f[1]])])
    people = non_overlapping(people + _listed_before(s, people))
    parts = name_parts(text, s, people)
    people = _zheng_zai(s, people + _repeats(s, people, parts))
    out = []
    for start, end, name, cue in non_overlapping(people):
        written = text[start:end]
        name = name or parts.get(s[start:end]) or ""  # "劳尔第一书记" after "劳尔·卡斯特罗"
        out.append(ZhPerson(start, end, written, name or written, simplified(name) if name else s[start:end], cue))
    return out


def _listed_before(s: str, people: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The names a 、 list puts before a person it found ("丁某、刘某、杨某等陪同", "甲、乙陪同"): each item
    a surname and one to three characters between 、 and the clause's start, taking the cue of the last."""
    single, double, _ = surnames()
    out = []
    for start, _end, _name, cue in people:
        while start >= 3 and s[start - 1] == "、":
            item = next(((b, start - 1) for b in range(start - 3, max(start - 6, -1), -1)
                         if b == 0 or s[b - 1] in _PUNCT), None)
            if item is None:
                break
            name = s[item[0]:item[1]]
            surname = 2 if name[:2] in double else 1 if name[0] in single else 0
            if not surname or not 1 <= len(name) - surname <= (3 if surname == 2 else 2) \
                    or not _is_han(name) or not _may_be_name(name):
                break
            out.append((*item, "", "zh-title" if cue == "reference" else cue))
            start = item[0]
    return out


def _own_staff(s: str) -> list[tuple[int, int, str, str]]:
    """"美大部吉拥军副主任会见……", "本会王平会长表示": a name between the body and the post."""
    single, double, _ = surnames()
    return [(post.start("name"), post.end("name"), "", "zh-title") for post in _OWN_STAFF.finditer(s)
            if (post.group("name")[0] in single or post.group("name")[:2] in double)
            and _may_be_name(post.group("name"))]


def _present(s: str) -> list[tuple[int, int, str, str]]:
    """The bare names of a list of those present ("参加会见的有甲、乙和丙", "在座的还有甲", "出席者包括侨联的甲、乙"):
    each item a surname and two or three characters, or what follows its last 的."""
    single, double, _ = surnames()
    out = []
    for cue in _PRESENT.finditer(s):
        stop = _LIST_END.search(s, cue.end(), cue.end() + 80)
        at = cue.end()
        for item in _LIST_SEP.split(s[at:stop.start() if stop else cue.end() + 80]):
            start, end = at + item.rfind("的") + 1, at + len(item)
            at = end + 1
            if lead := _LIST_LEAD.match(s, start, end):  # "以及卫生界的甲"
                start = lead.end()
            name = s[start:end]
            surname = 2 if name[:2] in double else 1 if name[:1] in single else 0
            if surname and 2 <= len(name) - surname <= (3 if surname == 2 else 2) and _is_han(name) \
                    and _may_be_name(name):  # a name of two may be a field: "出席的有文化、教育界人士"
                out.append((start, end, "", "zh-title"))
    return out


def _named_before_titles(s: str) -> list[tuple[int, int, str, str]]:
    """Names before a title or form of address ("普京总统", "王某部长表示"); a post other than a head of
    state's takes a name of three or more ("石油部长出席" names a ministry)."""
    out = []
    for title in _AFTER_RE.finditer(s):
        span = _before_title(s, title.start()) or _addressed(s, title)
        if span and not (span[1] - span[0] < 3 and title.group().removeprefix("副") in _POSTS_AFTER):
            out.append((*span, "", "zh-title"))
    return out


def _addressed(s: str, title: re.Match) -> tuple[int, int] | None:
    """"投资官袁文明先生": before 先生/女士 a surname and two characters need no clause start."""
    at = title.start()
    name = s[max(at - 3, 0):at]
    if title.group() not in ("先生", "女士") or len(name) < 3 or not _is_han(name) \
            or name[0] not in surnames()[0] or name[0] in _BEFORE_A_NAME or any(ch in _FUNCTION for ch in name):
        return None
    return at - 3, at


def _dotted(s: str) -> list[tuple[int, int, str, str]]:
    """Foreign names in parts joined by "·" ("的老友路易·艾黎", "出席路易·艾黎塑像"): the run of sounds,
    from a clause start, 的, a title or a verb inside it (出席 ends in a sound), to where a name may end
    or the run does, unless a place or a body's word follows ("乔治·华盛顿大学")."""
    out = []
    for run in _DOTTED.finditer(s):
        if _NOT_A_PERSON_AFTER.match(s, run.end()):
            continue
        first_dot, last_dot = s.index("·", run.start()), s.rindex("·", run.start(), run.end())
        begin = next((b for b in range(run.start(), first_dot - 1) if s[b] not in _BEFORE_A_NAME and (
            _left_bounded(s, b) or s[b - 1] == "的" or s.endswith(_END_WORDS, 0, b) or s.endswith(_TITLES_T, 0, b))),
            None)
        end = next((e for e in range(run.end(), last_dot + 1, -1) if _ends_name(s, e)), None)
        if end is None and run.end() - last_dot > 2:  # a last part of one sound must end where a name may
            end = run.end()
        if begin is not None and end is not None:
            out.append((begin, end, "", "zh-title"))
    return out


def _stands_alone(s: str, start: int, end: int) -> bool:
    """A two-character name follows a title ("部长宋涛去年……"), or ends where a name may (a day's
    number may follow: "王毅18日"): opening a clause is not enough, since a surname and a word
    open many ("李希望两国……", "李强调", "汪洋大海")."""
    if _country_pair(s, start):
        return False
    if s.endswith(tuple(_TITLES), 0, start) or (end < len(s) and s[end].isdigit()):
        return True
    return _ends_name(s, end)


def _may_be_name(candidate: str) -> bool:
    """Not a word of the news, a side ("韩方"), a surname and a title ("宋主任") or a place
    ("新西兰" before "议长")."""
    if candidate in _NOT_NAMES or candidate in _END_WORDS or (len(candidate) == 2 and candidate[1] in _SIDE_ENDINGS) \
            or act_and_word(candidate) or counted(candidate, 0):
        return False  # a word a name ends before ("总统明年将访华"), an act and a word ("向中方"), a span ("一个月内")
    if candidate[-1] in _TITLE_PREFIXES or candidate[-1] in _BODY_ENDINGS:  # "苏丹副" before "总统": 副总统
        return False
    if _TITLE_RE.search(candidate, 1):
        return False
    # a place, or a place and the word after it ("在汤加与首相……会晤", "在古巴同……"): 汤, 古 are surnames too
    return not any(p.start == 0 and (p.end == len(candidate) or p.end == len(candidate) - 1
                                     and candidate[-1] in _FUNCTION) for p in find_places(candidate))


def _before_title(s: str, at: int) -> tuple[int, int] | None:
    """The name right before a title or form of address at `at` ("金正恩委员长", "普京总统")."""
    single, double, _ = surnames()
    for size in (5, 4, 3, 2):  # four or five only with a two-character surname: 岸田文雄, 山口那津男
        start = at - size
        name = s[max(start, 0):at]
        if size == 3 and name[1:2] in single and (name[0] in "时后" or _known().exists(name[1:])):
            continue  # "会见时王毅部长表示", "随后刘某书记": 时/后 end the word before a name of two
        if start >= 0 and _is_han(name) and _left_bounded(s, start) and name[0] not in _BEFORE_A_NAME \
                and not _of_yu(s, start) and (
            name[:2] in double or (size <= 3 and name[0] in single) or (size == 4 and _hong_kong(s, start, at))
        ):
            return start, at
    start = at
    while start > 0 and at - start < 20 and (s[start - 1] in _TRANSLIT or (s[start - 1] == "·" and start < at)):
        start -= 1
    for begin in range(at - 2, start, -1):  # "尼泊尔比兰德拉国王": a country in sounds before the name
        if "·" not in s[begin:begin + 3] and _after_country(s, begin):  # not "马里亚诺·拉霍伊"
            return begin, at
    for begin in range(start, at - 1):  # "以劳尔第一书记为首": 以 stands before the name
        if _left_bounded(s, begin) and s[begin] != "·" and s[begin] not in _BEFORE_A_NAME:
            return begin, at
    if start < at - 2 and s[start] != "·" and _after_country(s, start):  # "柬埔寨西哈努克国王"
        return start, at
    return None


def _after_country(s: str, at: int) -> bool:
    """Whether a place of two characters or more ends at `at`, itself after punctuation or a linking word."""
    base = max(at - 8, 0)
    places = find_places(s[base:at + 6])
    if any(p.start < at - base < p.end for p in places):
        return False  # "乌兹别克斯坦总统": 乌兹别克 ends inside the longer place, before no name
    return any(p.end == at - base and p.end - p.start >= 2 and _left_bounded(s, base + p.start) for p in places)


def _after_title(s: str, at: int) -> tuple[int, int] | None:
    """The name right after a title ending at `at`, or None."""
    if at >= len(s) or s[at] in _NOT_NAME_START or _TITLE_RE.match(s, at):
        return None
    if s[at] == "敦" and (honoured := _transliteration(s, at + 1)):  # Malaysian 敦 ("前首相敦马哈迪")
        return honoured
    single, double, _ = surnames()
    surname = 2 if s[at:at + 2] in double else 1 if s[at] in single else 0
    foreign = _transliteration(s, at)
    if surname and s[at + surname:at + surname + 1] == "氏":  # Vietnamese women: 阮氏金银, 张氏梅
        for given in (2, 3):
            if _is_han(s[at + surname:at + surname + given]) and _ends_name(s, at + surname + given):
                return at, at + surname + given
    dotted = _dotted_after(s, at) if surname else None
    if dotted:  # "总领事宋蓬·占塔": a name by sound in parts that opens like a surname
        return dotted
    if surname and not (foreign and (foreign[1] - at > 3 or "·" in s[at:foreign[1]])):
        for given in (1, 2, 3) if surname == 2 else (1, 2):  # 山口那津男: a Japanese given name of three
            end = at + surname + given
            if end <= len(s) and _is_han(s[at + surname:end]) and _ends_name(s, end):
                return at, end
    if surname == 1 and _hong_kong(s, at, at + 4):  # a married woman's two surnames: "司长林郑月娥"
        return at, at + 4
    return foreign


def _dotted_after(s: str, at: int) -> tuple[int, int] | None:
    """A name in parts joined by "·" right at `at` whose first part is 1-4 characters and whose later parts
    are of the transliteration repertoire, up to where a name may end ("宋蓬·占塔会见")."""
    dot = s.find("·", at, at + 5)
    if dot <= at or not _is_han(s[at:dot]) or dot + 1 >= len(s) or s[dot + 1] not in _TRANSLIT:
        return None
    tail = _transliteration(s, dot + 1)
    if tail is None:
        end = dot + 1
        while end < len(s) and s[end] in _TRANSLIT and end - dot <= 8:
            end += 1
        tail = (dot + 1, end) if end - dot >= 2 and _ends_name(s, end) else None
    return (at, tail[1]) if tail else None


def _hong_kong(s: str, start: int, end: int) -> bool:
    """A Hong Kong or Taiwan woman's name of four: her husband's surname, hers, a given name of two."""
    single = surnames()[0]
    return start >= 0 and end <= len(s) and s[start] in single and s[start + 1] in single \
        and not {s[start], s[start + 1]} & (_FUNCTION | _BEFORE_A_NAME) and _is_han(s[start:end]) \
        and _ends_name(s, end)  # "关于李强总理" is no name of four: 于 is a preposition


def _transliteration(s: str, at: int) -> tuple[int, int] | None:
    """A foreign name by sound: repertoire characters, parts joined by "·", up to its end."""
    end, part = at, 0
    while end < len(s):
        ch = s[end]
        if ch == "·" and part >= 1 and end + 1 < len(s) and s[end + 1] in _TRANSLIT:
            end, part = end + 1, 0
            continue
        if (part >= 2 or (part == 1 and s[end - 2] == "·")) and _ends_name(s, end):
            break
        if part >= 2 and (regnal := _REGNAL.match(s, end)):  # 皮门特尔三世
            end = regnal.end()
            break
        if ch not in _TRANSLIT or part >= 10:
            return None
        end, part = end + 1, part + 1
    # The last part may be one sound after "·": 迈克尔·扬.
    whole = part >= 2 or (part == 1 and "·" in s[at:end])
    return (at, end) if whole and _ends_name(s, end) else None


def _zheng_zai(s: str, people: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """"总理范明正在政府总部会见": before 在, the 正 of 正在 ends the name the document writes whole elsewhere
    ("范明正总理", "副主席林豐正、"); else 正在 stays the word ("黎明正在" only where 黎明正 is named)."""
    whole = {s[a:b] for a, b, _, _ in people if not s.startswith("正在", b)}
    return [(a, b + 1, n, c) if s.startswith("正在", b) and s[a:b] + "正" in whole else (a, b, n, c)
            for a, b, n, c in people]


def _repeats(s: str, people: list[tuple[int, int, str, str]],
             parts: dict[str, str | None]) -> list[tuple[int, int, str, str]]:
    """Other bare uses of a name the document introduced with a cue, or of one of a foreign
    name's parts, which stands for the whole name."""
    forms = {s[start:end]: "" for start, end, _, cue in people if cue != "reference" and end - start >= 2}
    forms.update((part, full) for part, full in parts.items() if full is not None and part not in forms)
    out = []
    for form, full in forms.items():
        at = s.find(form)
        while at >= 0:
            if len(form) >= 3 or (_left_bounded(s, at) and _ends_name(s, at + len(form))):
                out.append((at, at + len(form), full, "zh-repeat"))
            at = s.find(form, at + 1)
    return out
