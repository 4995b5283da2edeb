"""What Chinese readouts put before a name: a chain of posts ("中共中央政治局委员、中联部部长刘建超"),
each an organisation and a title head. Events and positions both read people through it.

Chinese has no capitals or spaces, so a name is found where a title head ends and runs to the
next function word; a person mention the mention finder made at that spot always wins, and a
name is kept only when it is as short as names are (2 to 7 characters, more with "·").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import opencc

from liaison.extract.context import SentenceView
from liaison.extract.mentions import Mention
from liaison.extract.zh_name_acts import act_and_word
from liaison.extract.zh_name_bounds import counted
from liaison.extract.zh_name_words import END_WORDS, ZH_LATE_STOPS
from liaison.reference.ids import person_id
from liaison.reference.lists import people

_CJK = "\u3400-\u4dbf\u4e00-\u9fff"
_HAS_CJK = re.compile(f"[{_CJK}]")

# Simplified -> traditional for the characters of the cue words below, so Hong Kong, Taiwan and
# overseas copy ("會見", "部長") reads as mainland copy does.
_S2T = opencc.OpenCC("s2t")
_TRADITIONAL = str.maketrans(
    "书总长议员发领导党会务顾问国干记团访见谈签应请视频话线举华来联络对际协备录领绍说设门选达时并为与"
    "闻讯报电亲组织经济贸汇纪检监区县镇乡专厅处级属还将拟划"
    "谅声论坛讨开仪庆间结计准于订约当参进后执统负责赞强调别阁妇过辞办称认谢带钓鱼欢贺识预据峰众",
    "書總長議員發領導黨會務顧問國幹記團訪見談簽應請視頻話線舉華來聯絡對際協備錄領紹說設門選達時並為與"
    "聞訊報電親組織經濟貿匯紀檢監區縣鎮鄉專廳處級屬還將擬劃"
    "諒聲論壇討開儀慶間結計準於訂約當參進後執統負責贊強調別閣婦過辭辦稱認謝帶釣魚歡賀識預據峰眾",  # 峰會, 眾議院
)
_TRADITIONAL_CHARS = frozenset("".join(chr(v) for v in _TRADITIONAL.values()))


def _to_traditional(word: str) -> str:
    """A cue word in traditional script: the table above, else OpenCC's form of each character ("王储" ->
    "王儲"), character by character so the word keeps its length."""
    return "".join(_S2T.convert(ch) if ch not in _TRADITIONAL_CHARS else ch for ch in word.translate(_TRADITIONAL))


# How a body names itself as China's: "中共中央对外联络部", "中联部" (not a bare "中央对外联络部").
CHINA_NAMED = ("中共", "中国", "中國", "中联部", "中聯部")


def variants(words: list[str]) -> str:
    """A regex alternation of cue words in both scripts, longest first."""
    # 干 has three traditional forms (乾, 幹, 干); converters often leave it: "干事長" as well as "幹事長".
    # 启 has two: Hong Kong's 啓 (OpenCC's) and Taiwan's 啟 ("啟程").
    forms = {w for word in words
             for w in (word, _to_traditional(word), _to_traditional(word).replace("幹", "干"),
                       _to_traditional(word).replace("啓", "啟"))}
    return "|".join(sorted(forms, key=lambda w: (-len(w), w)))


def has_han(text: str) -> bool:
    return _HAS_CJK.search(text) is not None


def is_chinese(text: str) -> bool:
    """Whether a sentence is Chinese prose: mostly Han characters, not an English sentence
    quoting one name in characters."""
    if not _HAS_CJK.search(text):
        return False
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")
    return han * 3 >= len(text.replace(" ", ""))


# Title heads and the English role each stands for; normalise_title reads the English.
TITLE_HEADS = {
    "总书记": "general secretary", "副总书记": "deputy general secretary", "第一书记": "first secretary",
    "副书记": "deputy secretary", "书记": "secretary", "部长助理": "assistant head", "副部长": "deputy head",
    "部长": "head", "执行主席": "executive chairman", "副主席": "vice chairman", "主席": "chairman",
    "副总统": "vice president", "总统": "president", "副总理": "deputy prime minister", "总理": "prime minister",
    "首相": "prime minister", "副议长": "deputy speaker", "议长": "speaker", "常委": "standing committee member",
    "委员": "member", "副主任": "deputy director", "主任": "director", "副局长": "deputy director",
    "局长": "director", "副司长": "deputy director-general", "司长": "director-general", "大使": "ambassador",
    "副秘书长": "deputy secretary-general", "秘书长": "secretary-general", "秘书": "secretary",
    "总干事": "director-general",
    "外长": "foreign minister", "发言人": "spokesperson", "领导人": "leader", "领袖": "leader",
    "党首": "party leader", "市长": "mayor", "州长": "governor", "省长": "governor", "副会长": "vice president",
    "会长": "president", "理事长": "chairman", "国务委员": "state councilor", "顾问": "adviser",
    "议员": "member of parliament", "参议员": "senator", "众议员": "representative",
    "总司令": "commander-in-chief", "司令": "commander", "国王": "king",
    "副院长": "vice president", "院长": "president", "所长": "director", "总裁": "president", "董事长": "chairman",
    "负责人": "head", "特使": "envoy", "参赞": "counsellor", "总督": "governor-general",
    "副首相": "deputy prime minister",
    "干事长": "secretary-general", "副干事长": "deputy secretary-general", "委员长": "chairman",
    "副委员长": "vice chairman", "国务卿": "secretary of state", "副国务卿": "deputy secretary of state",
    "助理": "assistant", "副助理": "deputy assistant", "团长": "head", "校长": "president", "社长": "president",
    "行长": "president",
    "名誉主席": "honorary chairman", "名誉会长": "honorary president", "常务书记": "executive secretary",
    "常务委员": "standing committee member", "常务副主席": "executive vice chairman", "副领袖": "deputy leader",
    "副党首": "deputy party leader", "厅长": "director", "处长": "director", "县长": "county chief",
    "区长": "district chief", "署长": "director",
    "总长": "chief", "常务副校长": "executive vice president", "副校长": "vice president", "总参谋长": "chief of staff",
    "总领事": "consul general", "巡视员": "inspector", "首席谈判代表": "chief negotiator",
    "大臣": "minister", "长官": "chief", "厅长官": "chief",  # Japanese: "外务大臣", "官房长官", "防卫厅长官"
    "王储": "crown prince", "特别代表": "special representative",
    "特首": "chief executive",  # Hong Kong's and Macau's "特首甲"
}
_ENGLISH = {form: english for zh, english in TITLE_HEADS.items() for form in variants([zh]).split("|")}
TITLE_HEAD = re.compile(variants(list(TITLE_HEADS)))
# What never starts a name right after a title head: "委员会", "主席团", "部长级", "总统府".
# 等: "议长等政要"; 以/后: "会长以来首次访华", "总书记后首度接见"; 在/从/已/并/还/是/对, which no
# surname is: "会长在京会见", "委员长对此表示感谢".
# 第: "总理第二十二次定期会晤" (an ordinal, not the rare surname); 与: "部长与……部长" (no surname);
# 馆: "大使馆消息" (an embassy, not 大使 and a name); 兼: "部长兼教育部……" (a second post);
# 辞: "大使辞行拜会" (a farewell call).
_NOT_NAME_START = frozenset("会會处處团團级級部组組职職们們助府室局厅廳署院令长長等以后後在从從已并並还還是对對的"
                            "第与與馆館兼此又将將为為次则則辞辭刚剛")  # "总理刚在4月初访华": just, no surname
# Words a name never runs into; a stop ends the name only from its second character on, so a
# surname that is also a function word (于, 和) is not cut off.
_STOP = re.compile(
    r"[一二三四五六七八九十〇]{1,3}[月日]|"  # a date in Chinese numerals after the name: "柯柏年七月四日"
    + variants([
        "在", "于", "会见", "会谈", "会晤", "接见", "率", "应", "同", "与", "和", "及", "跟", "等", "一行", "时",
        "表示",
        "说", "指出", "强调", "介绍", "出席", "访问", "举行", "分别", "共同", "先生", "女士", "同志", "阁下",
        "第一时间",
        "夫妇", "的", "为", "是", "也", "还", "将", "拟", "并", "对", "就", "向", "致", "主持", "进行", "通过",
        "抵达", "到", "来", "以", "签署", "出访", "今天", "昨天", "当天", "日前", "近日", "已", "又", "致辞",
        "发表", "参加", "陪同", "会面", "通电话", "视频", "举办", "宣布", "称", "认为", "希望", "感谢",
        "医生", "博士", "教授", "邀请", "率领", "带领", "作为", "上午", "下午", "晚上", "晚", "一道", "一起",
        "夫人", "偕", "等人", "代理", "原定", "原计划", "代表团", "代表", "访华", "来华", "考察团", "党团", "政府",
        "拜会", "拜访", "礼节性", "转交", "委托", "多次", "多年", "多名", "多位", "不久前", "前不久", "从",
        "全程", "首度", "首次", "第一次", "上次", "上一次", "最近一次",  # "总理甲上次访马是在……": which visit
        # what follows a post where no name does: "首相成功会晤", "委员长再次访问", "特使来访的", "首相洪森下周访华",
        # "领导人重要共识", "领导人金正恩乘火车抵京"
        "成功", "再次", "两次", "兩次", "来访", "重要", "乘", "此次", "这次", "這次", "下周", "下週", "上周", "上週",
        "定于", "则将", "則將", "即将", "即將",  # "部长定于4月27日……访问", "部长则将同期抵华", "总理即将……访华"
        "本周", "本週", "接机", "曾在", "曾经",  # "总理曾在4月访华": once
        "身份", "身分",  # "以新加坡副总理身份访华": in the capacity of
        # adverbs and words that follow a post in prose: "领导人共识", "大使简要介绍", "大使履新", "主席亲切会见"
        "共识", "精心", "简要", "履新", "此访", "来朝", "亲切", "热情", "高度", "积极", "充分", "深入", "当选", "集体",
        "早上", "中午", "傍晚", "凌晨", "清晨",
        "王子",  # and the words zh_names keeps for both ("拉那烈亲王", "昂山素季可能将……", "奥尔西昨抵北京")
        *ZH_LATE_STOPS,
    ])
)
_BODY_END = frozenset("部会局处馆院委办厅")
_BODY_OPENINGS = ("中央", "中国", "中國", "国家", "國家", "政府", "驻", "駐", "中共", "各")
_OFFICE_END = frozenset("厅署局处室")
_WORDS_OF_TWO = tuple(w for w in END_WORDS if len(w) >= 2)  # "副主任委员应约在……"
_NAME_RUN = re.compile(f"[{_CJK}·•‧・]+")
_SEPARATORS = "、兼及和"
_LEADING = "、，,和及与與同将將并並也还還对對向为為了 "
_MAX_ORG = 24  # longer than any organisation written before a title: a run of prose
# Where a chain of posts cannot reach back across.
_CHAIN_BREAK = re.compile(
    r"[，,：:]有(?![关關])|"  # "随同来访的，有……书记" (not "有关方面")
    r"[，。；：！？“”\"（）()《》,;:]|会见|會見|会晤|會晤|接见|接見|同|与|與|跟(?![随隨])|由|以|应|應|了|在|一行"
    r"|\d日(?:电|電)|(?<=[社报報台网網])[^\s，。]{0,8}——"  # a wire's dateline ("新华社伦敦7月27日电 国务委员甲",
    # "越通社河内——"): not a post; not "中国——东盟中心秘书长", one body
    # what an actor does before the posts of the one it acts on: "欢迎中国新任驻朝鲜大使", "到访的……委员"
    + "|" + variants(["的", "向", "欢迎", "包括", "受到", "探望", "邀请", "发布", "宣布", "陪同", "出席", "分别",
                      "也", "已", "是", "的有"]))
_BYLINE_BEFORE = re.compile(r"(?:记者|記者|摄影|攝影|编辑|編輯|责编|責編|通讯员|通訊員)\s*[:：]?\s*$")


@dataclass(slots=True)
class Title:
    start: int
    end: int
    head: str  # the title head as written (部长)
    english: str  # the role it stands for (head)
    org_text: str  # what stands before the head (中联部), as written
    orgs: list[Mention]
    places: list[Mention]


@dataclass(slots=True)
class Person:
    start: int
    end: int
    text: str
    name: str  # canonical name when known, else the name as written
    entity_id: str
    chain_start: int
    titles: list[Title] = field(default_factory=list)

    def chain_mentions(self, kind: str) -> list[Mention]:
        return [m for t in self.titles for m in (t.orgs if kind == "organization" else t.places)]


@lru_cache(maxsize=1)
def _known_chinese() -> dict[str, str]:
    """Chinese name -> canonical name, for the people the reference lists know."""
    frame = people()
    return {zh: name for name, zhs in zip(frame.person, frame.name_zh) for zh in zhs.split("|") if zh}


# "中联部部长宋涛（Song Tao）", "内格雷(Jean Charles Nefgre)": a name's spelling in Latin letters, in brackets
LATIN_GLOSS = r"[（(][A-Za-z][A-Za-z .'’\-]{1,40}[）)]"


def read_people(views: list[SentenceView]) -> list[list[Person]]:
    """The people of each of a document's Chinese sentences, in order, each bare repeat of a
    name knowing the posts the document gave it first."""
    known: dict[str, Person] = {}
    return [find_people(view, known) for view in views]


def find_people(view: SentenceView, known: dict[str, Person] | None = None) -> list[Person]:
    """Every person of a Chinese sentence with the chain of posts before the name, in order.
    Reporters and photographers ("记者王某", "（新华社记者 李某 摄）") are left out: they never act.

    `known` (surface -> first person so written) carries the names found after a title earlier
    in the document, so "与阮氏金银举行会谈" finds the one named "国会主席阮氏金银" before, with
    those posts; the names this sentence introduces are added to it."""
    text, sentence = view.text, view.sentence
    found: dict[int, Person] = {}
    for m in view.mentions:
        if m.kind == "person" and m.cue != "byline":  # a byline names the reporter, never a side
            found[m.start] = Person(m.start, m.end, m.text, m.name or m.text, m.entity_id, m.start)
    taken = [(m.start, m.end) for m in view.mentions]
    for head in TITLE_HEAD.finditer(text, sentence.start, sentence.end):
        name = _name_after(text, head.end(), sentence.end)
        if name is None or any(s < name[1] and name[0] < e for s, e in taken):
            continue
        surface = text[name[0]:name[1]]
        canonical = _known_chinese().get(surface, "")
        found[name[0]] = Person(name[0], name[1], surface, canonical or surface, person_id(canonical or surface),
                                name[0])
        taken.append(name)
    names = {**(known or {}), **{p.text: p for p in found.values()}}
    for surface, first in names.items():
        at = text.find(surface, sentence.start, sentence.end)
        while at >= 0:
            if not any(s < at + len(surface) and at < e for s, e in taken):
                found[at] = Person(at, at + len(surface), surface, first.name, first.entity_id, at)
                taken.append((at, at + len(surface)))
            at = text.find(surface, at + 1, sentence.end)
    out = []
    floor = sentence.start
    for person in sorted(found.values(), key=lambda p: p.start):

        if _byline(text, person, floor):
            floor = person.end
            continue
        person.chain_start, person.titles = _chain(view, max(floor, sentence.start), person.start)
        if not person.titles:  # "全国人大外事委员会陈凤翔副主任委员": the body, the name, then the post
            person.chain_start, person.titles = _post_after(view, max(floor, sentence.start), person)
        out.append(person)
        if known is not None and len(person.text) >= 2:
            if person.titles:
                known.setdefault(person.text, person)
            elif person.text in known:
                person.titles = known[person.text].titles  # who the bare name was said to be
        floor = person.end
    return out


def _name_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name right after a title head, or None where what follows is no name."""
    run = _NAME_RUN.match(text, start, end)
    if run is None or text[start] in _NOT_NAME_START:
        return None
    opening = _STOP.match(text, start, run.end())
    if (opening and opening.end() - start >= 2) or text.startswith(_WORDS_OF_TWO, start, run.end()):
        return None  # "分别", "表示", "应约": a word, not a name
    if counted(text, start):
        return None  # "同比奥总统两度会晤", "总理一个月内接连会见": how often or how long, no name
    if text[start] in "和及与與" and text.startswith(_BODY_OPENINGS, start + 1):
        return None  # "行政长官和中央政府驻港联络办公室负责人": 和 joins a body's post, no name
    second = _STOP.match(text, start + 1, run.end())
    if second and second.end() - second.start() >= 2:
        return None  # "领导人和政府代表": one character, then a word, is no name
    stop = _STOP.search(text, start + 2, run.end())
    name_end = stop.start() if stop else run.end()
    if TITLE_HEAD.search(text, start, name_end):
        return None  # another title follows: this head was not the last of its chain
    if act_and_word(text[start:name_end]):
        return None  # "书记率地方代表团", "主席向中方表示": an act and the word it governs (zh_name_acts)
    length = name_end - start
    dotted = any(ch in "·•‧・" for ch in text[start:name_end])
    if not dotted and any(ch in _OFFICE_END for ch in text[start + 1:name_end]):
        return None  # "总统办公厅邀请": the president's office, no one named
    if length < 2 or (length > 7 and not dotted) or length > 16:
        return None
    return start, name_end


def _byline(text: str, person: Person, floor: int) -> bool:
    before = text[max(floor, person.start - 8):person.start]
    after = text[person.end:person.end + 3]
    return bool(_BYLINE_BEFORE.search(before)) or after.lstrip().startswith(("摄", "攝", "报道", "報道"))


def _chain(view: SentenceView, floor: int, name_start: int) -> tuple[int, list[Title]]:
    """The posts written just before a name, each its own Title: a piece ends at a title head
    followed by the name or by 、, 兼, 和 or 及 ("共和国" and "和平" stay whole)."""
    text = view.text
    start = floor
    spans = [(m.start, m.end) for m in view.mentions]
    for brk in _CHAIN_BREAK.finditer(text, floor, name_start):
        if not any(s < brk.end() and brk.start() < e for s, e in spans):
            start = brk.end()
    while start < name_start and text[start] in _LEADING:
        start += 1  # the joint of a list ("甲、前议长乙") or what the subject does ("将和总理乙")
    titles: list[Title] = []
    piece_start = start
    for head in TITLE_HEAD.finditer(text, start, name_start):
        at = head.end()
        if at == name_start or text[at] in _SEPARATORS:
            if head.start() - piece_start > _MAX_ORG:
                titles = []  # prose, not a post: only what follows counts
            else:
                titles.append(_title(view, piece_start, head))
            piece_start = at + 1
    return (titles[0].start if titles else name_start), titles


def _post_after(view: SentenceView, floor: int, person: Person) -> tuple[int, list[Title]]:
    """A body's own readout writes its staff body first, then the name, then the post ("外事委员会甲副主任委员
    应约会见", "美大部乙副主任表示"): the post is the person's, of the body right before the name."""
    text = view.text
    head = TITLE_HEAD.match(text, person.end)
    if head is None or person.start == 0 or text[person.start - 1] not in _BODY_END:
        return person.start, []
    start = floor
    for brk in _CHAIN_BREAK.finditer(text, floor, person.start):
        start = brk.end()
    while start < person.start and text[start] in _LEADING:
        start += 1
    if person.start - start < 2 or person.start - start > _MAX_ORG:
        return person.start, []
    post = _title(view, start, head)
    post.org_text = text[start:person.start]
    return start, [post]


def _title(view: SentenceView, start: int, head: re.Match) -> Title:
    """One post ("中联部部长"): its title head and the organisation written before it."""
    end = head.end()
    orgs = [m for m in view.mentions if m.kind == "organization" and start <= m.start and m.end <= end]
    places = [m for m in view.mentions if m.kind == "place" and start <= m.start and m.end <= end]
    return Title(start, end, head.group(0), _ENGLISH[head.group(0)], view.text[start:head.start()], orgs, places)
