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
("刘建超在罗马", "孙海燕一行"), and it is no place, side or word of the news ("新西兰", "韩方",
"曾经"). Matching runs on the simplified reading of the text (`hanzi.simplified`), so 劉建超 is
刘建超; the mention quotes the text as written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from liaison.reference.hanzi import has_han, simplified
from liaison.reference.lists import ild_heads, people, read_data
from liaison.reference.places import find_places

# Titles a name follows, longest first so that "副部长" is read whole. "代表" is left out: it
# is more often "delegation" (代表团) or "representative" than a title before a name; so is
# "记者": a byline's reporter ("（记者周明远）") is the document's author, not a person in the story.
# 丹斯里, 潘斯里, 拿督, 拿汀: Malaysian honorifics, which Malaysian Chinese papers put before a name
# ("总会长丹斯里吴添泉", "中委拿督李德华"); overseas Chinese papers call a community leader 侨领 ("著名侨领林国璋").
_TITLES = sorted(set("""
总书记 第一书记 第一副书记 常务书记 副书记 书记 书记处书记 书记局书记 总统 副总统 主席 副主席 执行主席 名誉主席 总理
副总理 首相 副首相 部长 副部长 部长助理 外长 外交部长 国务委员 国务卿 委员 常委 委员长 副委员长 议长 副议长 大使 公使
参赞 总领事 领事 秘书长 副秘书长 总干事 干事长 主任 副主任 局长 副局长 司长 副司长 省长 副省长 市长 副市长 州长 院长
副院长 校长 会长 副会长 理事长 董事长 总裁 社长 发言人 领导人 领袖 成员 总督 国王 王储 亲王 埃米尔 总司令 党首
总协调员 协调员 负责人 监察长 主委 主任委员 副主任委员 顾问 特使 特别代表 议员 众议员 参议员 教授 主席团主席 总统府部长
政府首脑 国家元首 党主席 大主席 处长 副处长 所长 副所长 厅长 副厅长 检察长 行长 副行长 总经理 团长 副团长
研究员 院士 主编 总编辑 召集人 学者 大臣 资政 国务资政 助理 副助理 国父 夫人 总会长
丹斯里 潘斯里 拿督 拿督斯里 拿汀 拿汀斯里 侨领
""".split()), key=len, reverse=True)
_TITLE_RE = re.compile("|".join(_TITLES))
# Titles and forms of address that also follow a name: "金正恩委员长", "普京总统", "卡斯特罗同志",
# a royal's rank ("拉那烈亲王").
# "刘晓明大使会见了代表团一行": an embassy's readout writes its ambassador so.
# a royal's rank ("莫尼列太后", "西哈努克太皇").
_AFTER_RE = re.compile("总书记|第一书记|委员长|主席|总统|总理|首相|国王|亲王|公主|太后|王后|太皇|外长|议长"
                       "|众议员|参议员"
                       "|大使(?=会见|会晤|会谈|接见|表示|指出|介绍|欢迎|说|出席|率|陪同|[，,、。])"
                       "|同志|先生|女士|阁下")
# A name between the body and the post, as a body's own readout writes its staff ("美大部吉拥军副主任会见",
# "本会王平会长表示"): only right after a body's last character and before an act or a stop.
# (a rank before the post is no name: "使馆高级参赞", "政务参赞", "特命全权大使")
_OWN_STAFF = re.compile(r"(?<=[部会局处馆院])(?!常务|执行|名誉|代理|第一|驻|高级|政务|经济|商务|首席|临时|特命|全权"
                        r"|文化|武官|一等|二等|三等)"
                        r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?:副|常务副)?"
                        r"(?:主任|局长|部长|会长|秘书长|大使|处长|司长|参赞)"
                        r"(?=会见|会晤|会谈|接见|表示|指出|介绍|欢迎|说|在|出席|率|陪同|[，,、。])")
# Words of the news that open with a common surname and come before a verb ("曾经表示", "欧盟认为",
# "顾问说", "黄皮书指出"); a two-character "X方" or "X党" is a side or a party ("韩方表示").
_NOT_NAMES = frozenset("""
曾经 周年 周边 周末 欧盟 欧洲 欧方 顾问 许多 何时 马上 苏联 宋代 唐代 范围 付出 陆续 钟头 程序 黎明 黄皮书 白皮书 蓝皮书
贺电 贺信 黄金 汤加 多次 多年 多位 多名 多国 全程 全体 全面 热烈 王宫 王宮
""".split())
_SIDE_ENDINGS = frozenset("方党部委省市县区")
# What opens a title rather than ends a name: 副总统, 前总理, 原主席, 代总统.
_TITLE_PREFIXES = frozenset("副前原代")
_HEADS_IT = re.compile("为首的|为团长的")
_NAME_JOINT = re.compile(r"[，,]及|以及|和|、|及|与")
# Prepositions that are also surnames stand before a name, not in it: "向苏林总书记致贺信".
_BEFORE_A_NAME = frozenset("向对同与在为将被把让给跟以")
# The marks that join the parts of a foreign name: 西里尔·拉马福萨, 迪亚斯—卡内尔, 迪亚斯-卡内尔, 諾羅敦‧西哈莫尼.
_JOINERS = str.maketrans({mark: "·" for mark in "・•‧･—－-"})
_REGNAL = re.compile(r"[一二三四五六七八九十]世")
_CUE_RANK = {"reference": 0, "zh-title": 1, "zh-verb": 2, "zh-repeat": 3}
# What follows a title when no name does: 大使馆, 主席团, 委员会, 部长级, 总统府, 书记处...
_NOT_NAME_START = frozenset(
    "会馆团处级们职府国室衔候人一名位个之对也都就将已曾为是说表出访率同陪兼、，。；：的和与及等在今近讲夫助任"
)
_PUNCT = frozenset("，。、；：！？“”‘’（）()《》「」『』【】 \n\t,.;:!?\"'0123456789")
# Where a name ends: punctuation, a function word, a verb of the genre, a form of address.
_FUNCTION = frozenset("在的与和及等同向对就将也还为并于时后前已曾均都被把让请应是未不没则却仍又再便亦赴抵从")
# A date in Chinese numerals right after a name ("柯柏年七月四日下午会见") ends it.
_ZH_DATE_AFTER = re.compile("[一二三四五六七八九十〇]{1,3}[月日]")
# Words after a name that neither zh_grammar's stops nor the ends above held at first, shared by both: a
# royal's rank ("拉那烈亲王"), a modal or a passive ("昂山素季可能将……", "殷一璀受……委托"), a weekday or a
# journey begun yesterday ("周明远週一出访", "奥尔西昨抵北京": 昨 only before a verb, since it is also a given
# name's character), a plan ("奥尔西预计週二会见"), a gift ("……赠送").
ZH_LATE_STOPS = tuple("""
亲王 公主 可能 受 周一 周二 周三 周四 周五 周六 周日 星期 昨天 昨日 昨抵 昨赴 昨离 昨在 昨晨 昨会见 昨出访 昨启程 昨结束
预计 预定 赠送
""".split())
_END_WORDS = tuple("""
会见 会谈 会晤 表示 说 称 指出 强调 介绍 认为 出席 主持 率团 率领 率 致辞 讲话 通话 宣布 访问 访华 出访 感谢 祝贺 欢迎
希望 一行 一道 一起 邀请 应邀 代表 发表 发言 致电 致信 举行 进行 签署 参加 答问 回答 当选 陪同 见证 转达 先生 女士 阁下
同志 夫人 医生 博士 分别 共同 共进 一同 会面 见面 等人 首先 上午 下午 晚间 晚上 当天 当晚 日前 近日 此次 这次
高度 积极 热烈 还 也 再次 随后 此前 今天 昨天 通过 作为 视频 应约 视讯 何时 任内 带队 带领 前往 来华 来访 出任 担任
说明 提到 重申 回应 呼吁 坦言 透露 证实 否认 批评 质疑 谴责 称赞 赞扬 肯定 期待 相信 告诉 指示 要求 亲自 本人 今日
明日 昨日 当日 近期 此后 一度 目前 现年 生前 已经 早前 正在 以及 以来 转交 委托 拜会 拜访 礼节性 会同 通电话 乘
昨晚 今晚 今早 今晨 昨夜 大将 上将 中将 少将 早上 中午 傍晚 凌晨 清晨 接机 探望 看望 领导 亲切 热情
""".split()) + ZH_LATE_STOPS
_VERBS = ("会见 会谈 会晤 表示 说 指出 强调 介绍 认为 出席 主持 率团 率领 率 致辞 讲话 通话 宣布 访问 感谢 祝贺 欢迎 "
          "希望 一行 邀请 称 转达 代表 分别 先后 当选 重申 回应 透露 拜会 拜访 探望 看望").split()
_LEFT_WORDS = ("会见 会晤 同 与 和 及 应 由 日 年 月 上午 下午 晚 时 后 并 陪同 邀请 据 对 向 请 感谢 欢迎 祝贺 以 在 "
               "为 是").split()
# Characters Xinhua's transliteration tables use for foreign names (and the Lao, Thai, Khmer and
# Burmese names written by sound, with 何塞 for José, 额尔登 for Erdene and 拉那烈 for Ranariddh); a run
# after a title made of others ("选举", "医生") is no name.
_TRANSLIT = frozenset(
    "阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕别宾波伯博布查察达戴丹道德登迪蒂杜多厄恩尔法凡范菲费芬丰冯弗福富盖甘冈戈哥格"
    "贡古瓜圭哈海汉豪赫亨洪胡华惠霍基吉加贾杰金卡凯坎康考柯科克肯库夸拉莱赖兰朗劳勒雷蕾里理利丽莉列林琳龙卢鲁路伦罗"
    "洛吕马玛迈麦曼芒梅门蒙孟米敏明莫墨姆穆纳娜奈南内尼妮涅宁纽努诺欧帕潘庞佩彭皮普奇齐乔切钦琼丘热茹瑞若撒萨塞赛桑"
    "瑟森沙莎山尚绍舍舒斯松苏索塔泰坦汤唐特滕提通图托瓦万旺威韦维温文沃乌武西希锡席夏谢辛欣休叙雅亚扬杨耶伊因英尤"
    "于约扎泽詹朱佐卓兹祖赞曾哲芙黛薇丝娃什卜勃柏泊珀庇蓬朋楚措茨崔岱旦帝丁东敦顿铎梵吠佛夫孚伏嘎该高歌根耿谷固关"
    "贵亥汗罕杭浩禾荷黑恒弘宏侯呼忽瑚怀欢焕皇黄辉迦嘉坚简姜蒋焦捷津晋京景久居君喀开堪珂可孔寇宽奎昆坤阔腊岚黎礼李"
    "力立连良留柳隆陆禄律骆满毛茂美弥密缪摩默木牧乃楠瑙年农派培平坡其琪契恰谦琴青秋曲屈泉让仁荣容儒素台陶天田廷土"
    "汪伟卫翁吾伍熙喜仙香祥肖小新兴秀旭轩延尧叶依怡以义易殷由余宇玉裕元袁远云增章昭贞真正芝志中钟仲周竹孜宗銮颂猜"
    "他信育貌觉色占沛奴娅妮蒂拿那诗桐采策岑柴缅圣施史善略得季翰逊廉治保历才春胜银兴光忠秀贤宝财梭楞葆额何烈"
)


@dataclass(slots=True)
class ZhPerson:
    start: int
    end: int
    text: str  # as written (traditional stays traditional)
    name: str  # canonical English name when the reference lists know the person, else `text`
    key: str  # what the entity id is built from: `name`, in simplified characters
    cue: str  # reference | zh-title | zh-verb | zh-repeat


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(single, double, usable without a title) from data/zh_surnames.csv."""
    rows = read_data("zh_surnames.csv")
    single = frozenset(s for s in rows.surname if len(s) == 1)
    double = frozenset(s for s in rows.surname if len(s) == 2)
    alone = frozenset(rows.surname[rows.without_title == "yes"])
    return single, double, alone


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


@lru_cache(maxsize=1)
def _verb_re() -> re.Pattern:
    """A common surname and one or two characters right before a verb of the genre."""
    single, double, alone = _surnames()
    singles = "".join(sorted(s for s in single if s in alone))
    doubles = "|".join(sorted(s for s in double if s in alone))
    verbs = "|".join(sorted(_VERBS, key=len, reverse=True))
    return re.compile(rf"(?:{doubles}|[{singles}])[\u4e00-\u9fff]{{1,2}}?(?={verbs})")


@lru_cache(maxsize=1)
def _met_re() -> re.Pattern:
    """A common surname and one or two characters right after 会见/会晤/接见 and right before the
    clause ends ("会见李龙男。", "会见王毅一行，"): whom the verb meets, with no title given."""
    single, double, alone = _surnames()
    singles = "".join(sorted(s for s in single if s in alone))
    doubles = "|".join(sorted(s for s in double if s in alone))
    return re.compile(rf"(?:会见|会晤|接见)了?(?P<name>(?:{doubles}|[{singles}])(?!一行)[\u4e00-\u9fff]{{1,2}}?)"
                      rf"(?=[，。；、,;]|一行|并|时)")


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
        span = _after_title(s, title.end())
        while span:  # "共同主席波斯坦尼和拉森", "主席甲，及乙、丙": names joined by 和/、/及 share the title
            found.append((*span, "", "zh-title"))
            joint = _NAME_JOINT.match(s, span[1])
            span = _after_title(s, joint.end()) if joint else None
    for title in _AFTER_RE.finditer(s):
        span = _before_title(s, title.start())
        if span:
            found.append((*span, "", "zh-title"))
    found += _own_staff(s)
    for head in _HEADS_IT.finditer(s):  # "以威·斯潘为首的代表团", "以刘某总会长为团长的": who heads it
        post = next((t for t in _TITLES if s.endswith(t, 0, head.start())), "")
        span = _before_title(s, head.start() - len(post))
        if span and s.endswith("以", 0, span[0]):
            found.append((*span, "", "zh-title"))
    for match in _verb_re().finditer(s):
        if _left_bounded(s, match.start()) and _ends_name(s, match.end()) and s[match.end() - 1] not in _FUNCTION:
            found.append((match.start(), match.end(), "", "zh-verb"))
    for match in _met_re().finditer(s):  # "在北京会见李龙男。": the one met, named bare
        found.append((match.start("name"), match.end("name"), "", "zh-verb"))
    people = _non_overlapping([f for f in found if f[3] == "reference" or _may_be_name(s[f[0]:f[1]])])
    parts = _name_parts(text, s, people)
    people += _repeats(s, people, parts)
    out = []
    for start, end, name, cue in _non_overlapping(people):
        written = text[start:end]
        name = name or parts.get(s[start:end]) or ""  # "劳尔第一书记" after "劳尔·卡斯特罗"
        out.append(ZhPerson(start, end, written, name or written, simplified(name) if name else s[start:end], cue))
    return out


def _own_staff(s: str) -> list[tuple[int, int, str, str]]:
    """"美大部吉拥军副主任会见……", "本会王平会长表示": a name between the body and the post."""
    single, double, _ = _surnames()
    return [(post.start("name"), post.end("name"), "", "zh-title") for post in _OWN_STAFF.finditer(s)
            if (post.group("name")[0] in single or post.group("name")[:2] in double)
            and _may_be_name(post.group("name"))]


def _stands_alone(s: str, start: int, end: int) -> bool:
    """A two-character name opens a clause or follows a title, or ends where a name may."""
    left = _left_bounded(s, start) or s.endswith(tuple(_TITLES), 0, start)
    return left or _ends_name(s, end)


def _may_be_name(candidate: str) -> bool:
    """Not a word of the news, a side ("韩方"), a surname and a title ("宋主任") or a place
    ("新西兰" before "议长")."""
    if candidate in _NOT_NAMES or (len(candidate) == 2 and candidate[1] in _SIDE_ENDINGS):
        return False
    if candidate[-1] in _TITLE_PREFIXES:  # "苏丹副" before "总统": the title is 副总统
        return False
    if _TITLE_RE.search(candidate, 1):
        return False
    return not any(p.start == 0 and p.end == len(candidate) for p in find_places(candidate))


def _before_title(s: str, at: int) -> tuple[int, int] | None:
    """The name right before a title or form of address at `at` ("金正恩委员长", "普京总统")."""
    single, double, _ = _surnames()
    for size in (5, 4, 3, 2):  # four or five only with a two-character surname: 岸田文雄, 山口那津男
        start = at - size
        name = s[max(start, 0):at]
        if start >= 0 and _is_han(name) and _left_bounded(s, start) and name[0] not in _BEFORE_A_NAME \
                and not _of_yu(s, start) and (
            name[:2] in double or (size <= 3 and name[0] in single)
        ):
            return start, at
    start = at
    while start > 0 and at - start < 20 and (s[start - 1] in _TRANSLIT or (s[start - 1] == "·" and start < at)):
        start -= 1
    for begin in range(start, at - 1):  # "以劳尔第一书记为首": 以 stands before the name
        if _left_bounded(s, begin) and s[begin] != "·" and s[begin] not in _BEFORE_A_NAME:
            return begin, at
    return None


def _after_title(s: str, at: int) -> tuple[int, int] | None:
    """The name right after a title ending at `at`, or None."""
    if at >= len(s) or s[at] in _NOT_NAME_START or _TITLE_RE.match(s, at):
        return None
    single, double, _ = _surnames()
    surname = 2 if s[at:at + 2] in double else 1 if s[at] in single else 0
    foreign = _transliteration(s, at)
    if surname and s[at + surname:at + surname + 1] == "氏":  # Vietnamese women: 阮氏金银, 张氏梅
        for given in (2, 3):
            if _is_han(s[at + surname:at + surname + given]) and _ends_name(s, at + surname + given):
                return at, at + surname + given
    if surname and not (foreign and (foreign[1] - at > 3 or "·" in s[at:foreign[1]])):
        for given in (1, 2, 3) if surname == 2 else (1, 2):  # 山口那津男: a Japanese given name of three
            end = at + surname + given
            if end <= len(s) and _is_han(s[at + surname:end]) and _ends_name(s, end):
                return at, end
    return foreign


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


def _ends_name(s: str, end: int) -> bool:
    """A name may end here: the text ends, or punctuation, a function word, a verb of the
    genre, a form of address or a title follows."""
    if end >= len(s) or s[end] in _PUNCT or s[end] in _FUNCTION or s[end] == "·":
        return True
    return s.startswith(_END_WORDS, end) or _TITLE_RE.match(s, end) is not None or bool(_ZH_DATE_AFTER.match(s, end))


def _left_bounded(s: str, start: int) -> bool:
    """A name without a title must open a clause: after punctuation or a linking word (also the
    于 of "对于", "关于": "对于洪森总理即将……")."""
    return start == 0 or s[start - 1] in _PUNCT or any(s.endswith(w, 0, start) for w in _LEFT_WORDS) \
        or _of_yu(s, start - 1)


def _of_yu(s: str, at: int) -> bool:
    """Whether the 于 at `at` ends a preposition ("对于", "关于", "由于", "至于", "鉴于"), no surname."""
    return at >= 1 and s[at] in "于於" and s[at - 1] in "对對关關由至鉴鑒基终終属屬位等"


def _is_han(chunk: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in chunk)


def _name_parts(text: str, s: str, people: list[tuple[int, int, str, str]]) -> dict[str, str | None]:
    """Each "·" part of a foreign name ("卡斯特罗" of "劳尔·卡斯特罗") -> the whole name as first
    written; None when two names of the document share the part (劳尔 and 菲德尔·卡斯特罗)."""
    parts: dict[str, str | None] = {}
    for start, end, _, cue in people:
        name = s[start:end]
        if cue == "reference" or "·" not in name:
            continue
        for part in name.split("·"):
            if len(part) >= 2:
                known = parts.setdefault(part, text[start:end])
                if known is not None and simplified(known) != name:
                    parts[part] = None
    return parts


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


def _non_overlapping(found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Leftmost first; at one start the strongest cue (a reference match: "宋涛" in "宋涛作为";
    a title before a verb: "李希" in "书记李希还分别会见"), then the longest."""
    found.sort(key=lambda f: (f[0], _CUE_RANK[f[3]], -(f[1] - f[0])))
    out, last_end = [], -1
    for item in found:
        if item[0] >= last_end:
            out.append(item)
            last_end = item[1]
    return out
