"""Where a Chinese readout's event happens: the place after 在 before the verb ("在罗马会见"),
the countries a visit's verb lists ("访问越南、老挝和柬埔寨"), a country's one-character short
form after a verb of travel ("抵柬"), China for 访华/在京, and the world region a tour names
instead of its countries ("访问东南亚"). zh_events asks; this module only reads places.
"""
from __future__ import annotations

import re

from liaison.extract.context import SentenceView
from liaison.extract.mentions import Mention
from liaison.extract.zh_grammar import variants
from liaison.reference.hanzi import simplified
from liaison.reference.places import find_places

_TO_PLACE = re.compile(r"(?:赴|前往|往|到|对|對|在|抵|(?<![以带帶未原本从從近后後])[来來])$")
_PLACE_JOIN = re.compile(r"\s*(?:、|和|及|以及|与|，|,)\s*$")
# "过境新加坡会见": where a transit stops; "抵汤加访问分别与……会晤": where one arrives
_AT = re.compile(r"(?:在|于|於|过境|過境|途经|途經|抵|抵达|抵達)$")
# (or after the subject: "刘建超在吉林，同……举行会晤"; not 正在, 现在, 存在, 所在, 实在, 好在, 旨在, 不在)
_FRONTED = re.compile(r"(?:^|(?<=[；;，,])|(?<![正现現存所实實好内內不旨])(?<=[\u4e00-\u9fff]))"
                      r"\s*在([^，,。；;]{2,12})[，,]\s*$")
# "出席4月在北京举行的……论坛", "下月在上海举办的": the month or day it is held may come first
NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_HELD_WHEN = rf"(?:{NUMBER}月(?:{NUMBER}日)?|本月|下月|明年)?"
_HELD_AT = re.compile(r"了?" + _HELD_WHEN + r"(?:在|于|於)([^，,。；;的]{2,12}?)(?:举行|舉行|召开|召開|举办|舉辦)的")
_IN_BEIJING = re.compile(variants(["在京", "在北京", "人民大会堂", "钓鱼台", "中南海", "来华", "访华"]))
# "来晋出席……的老挝国会副主席", "来川参访的……代表团": a guest come to a Chinese province by its
# one-character name (only those no country shares: not 苏, 新, 蒙, 吉, 黑).
PROVINCE_VISITS = ["来" + short for short in "晋川滇桂粤琼沪京津渝鲁豫闽赣湘鄂皖陕黔浙冀辽甘疆藏"]
TO_CHINA = re.compile(variants(["访华", "来华"] + PROVINCE_VISITS))
# "此行来澳参加……", "来港出席……": come to Hong Kong (港) or Macau (澳, or Australia: which one the document names
# itself, zh_places.short_forms), before what one comes to do (not "未来港口")
# (not "欢迎更多青年来港工作": young people, students or investors who come to live, study or work)
_RESIDENTS = ("青年", "学生", "學生", "人才", "游客", "遊客", "企业", "企業", "民众", "民眾", "投资者", "投資者")
TO_SAR = ["来" + "".join(f"(?<!{who}来)" for who in _RESIDENTS)
          + r"(?=[港澳](?:参加|出席|考察|访问|交流|工作|参访|出差|述职|开会|主持|与|同|[，,。；、]))"]
_SAR = re.compile(r"[来來](?P<short>[港澳])")
# "抵柬", "访越", "赴老", "抵台": a country (or Taiwan) by its one-character short form after a verb of travel
# ("抵京": Beijing, so China; "抵华": China; "抵沪": Shanghai, so China);
# only forms no other country shares (新 is Singapore or New Zealand, 印 India or Indonesia).
_SHORT_FORMS = {"越": "VNM", "柬": "KHM", "老": "LAO", "朝": "PRK", "缅": "MMR", "泰": "THA", "菲": "PHL",
                "俄": "RUS", "美": "USA", "古": "CUB", "蒙": "MNG", "韩": "KOR", "日": "JPN", "英": "GBR",
                "法": "FRA", "德": "DEU", "台": "TWN", "京": "CHN", "华": "CHN", "沪": "CHN"}
# 访 as the second half of a word is no visit: "采访中，", "专访", "走访", "回访", "拜访", "查访", "造访",
# "寻访", "来访", "到访" (their own triggers read those).
_SHORT_VERB = r"(?<![采採专專走回迴拜查造寻尋来來到])(?:访|訪)|抵"
# $: the clause's end ("率团访马，分别同……"); 表示: what is said of it ("对甲率团访越表示欢迎"); 共有: its
# purposes counted ("是次率团访柬共有三个目的"); 是: what it is ("副主任陈元丰访台是利用春节……"; not 是否)
_AFTER_SHORT = r"(?=[，,。；、进進访訪期并並后後时時的]|是(?!否)|表示|共有|$)"
# The one character after it; 中 only before a visit word ("访中期间"), not "在……采访中，" nor "访中，".
_SHORT_CHAR = r"(?!中(?!期间|期間|进行|進行|访问|訪問))[\u4e00-\u9fff]" + _AFTER_SHORT
SHORT_VISIT = rf"(?:{_SHORT_VERB}){_SHORT_CHAR}"  # zh_events' trigger "访美", "访越", "访塞"
# "率团来台访问": come to Taiwan (来 before no other short form: "来华" is read as China elsewhere)
_TRAVEL_SHORT = re.compile(rf"(?:{_SHORT_VERB}|赴|[来來](?=[台臺]))"
                           r"(?P<short>[越柬老朝缅緬泰菲俄美古蒙韩韓日英法德台臺京华華沪滬])" + _AFTER_SHORT)
# Any other one-character form, read against the countries the document itself names ("应塞尔维亚
#前进党邀请……访塞", "对塞进行国事访问"): only where one of them starts with that character.
_ANY_SHORT = re.compile(rf"(?:{_SHORT_VERB}|赴)(?P<short>{_SHORT_CHAR})"
                        r"|(?:对|對)(?P<to>[\u4e00-\u9fff])(?=进行|進行|国事|國事|正式|友好|访问|訪問)")
# "在华访问", "在華期間": China; "到访大陆", "赴大陆访问" in cross-strait reports: the mainland, so China
# (only after a verb of travel: "非洲大陆" is a continent).
# (not 华盛顿, 华沙, nor "在华人社区", "在华侨", "在华裔", "在华文学校", "在华语", "在华商", "在华社")
_STAY_IN_CHINA = re.compile(r"在(?:华|華)(?!盛|沙|人|侨|僑|裔|文|语|語|商|社|校)")
# (or "访加期间": 访 and the stop's form, on a tour of the countries the report names)
_STOP = re.compile(r"(?:在|访|訪)(?P<short>[\u4e00-\u9fff])(?:期间|期間)")
# "在河内访问期间，会见了……", "访问越南时会见了……", "在老挝期间": the stay a frame tells places the act after it
_STAY = re.compile(r"(?:在|访问|訪問|出访|出訪|到访|到訪)(?P<where>[^，,。；;在]{2,14}?)(?:进行|進行)?"
                   r"(?:(?:正式|友好|工作|国事|國事)?(?:访问|訪問)|考察|出访|出訪)?(?:期间|期間|(?:时|時)(?![间間]))")
_MAINLAND = re.compile(r"(?:大陆|大陸)(?![地])")
# "率国民党大陆访问团于……来访", "率访华团来访": the delegation's name tells where it goes
_TO_MAINLAND_GROUP = re.compile(r"(?:率|率领|率領)[^，,。；;]{0,12}?(?:大陆|大陸|访华|訪華)"
                                r"(?:访问|訪問|参访|參訪|代表)?(?:团|團)")
# "考察团访问我省", "对我市进行了考察访问": a province's or city's own office writes of itself, in China.
_OUR_PROVINCE = re.compile(r"(?:访问|訪問|对|對|到|来|來|赴)我(?:省|市|区|區|县|縣|州)")
# World regions a tour names instead of its countries ("访问东南亚", "赴拉美访问"), as data/regions.csv
# names them; longest first so that 南部非洲 is not read as 非洲.
_REGIONS = {"东南亚": "Southeast Asia", "南亚": "South Asia", "中亚": "Central Asia", "东亚": "East Asia",
            "东北亚": "Northeast Asia", "西亚": "West Asia", "中东": "Middle East", "非洲": "Africa",
            "北非": "North Africa", "西非": "West Africa", "东非": "East Africa", "南部非洲": "Southern Africa",
            "中部非洲": "Central Africa", "拉美": "Latin America", "拉丁美洲": "Latin America",
            "拉美和加勒比": "Latin America and the Caribbean", "加勒比": "Caribbean", "南美": "South America",
            "中美洲": "Central America", "北美": "North America", "欧洲": "Europe",
            "中东欧": "Central and Eastern Europe",
            "西欧": "Western Europe", "东欧": "Eastern Europe", "北欧": "Northern Europe", "南欧": "Southern Europe",
            "巴尔干": "Balkans", "南太平洋": "South Pacific", "太平洋岛国": "Pacific Island countries",
            "大洋洲": "Oceania", "海湾国家": "Gulf states", "南高加索": "South Caucasus"}
_REGION = re.compile("|".join(sorted(_REGIONS, key=len, reverse=True)))
_TO_REGION = re.compile(r"(?:赴|前往|到|对)$")
def short_forms(views: list[SentenceView]) -> dict[str, str]:
    """First character -> country, for the countries a document names where no other it names
    starts with the same character (塞 for 塞尔维亚 in a report on Serbia alone)."""
    seen: dict[str, set[str]] = {}
    for view in views:
        for m in view.mentions:
            # a country, or one a party's name opens with ("塞尔维亚前进党")
            named = m.kind == "place" and m.place_kind in ("country", "country-alias") or m.kind == "organization" \
                and any(p.start == 0 and p.iso3 == m.iso3 for p in find_places(simplified(m.text)))
            if m.iso3 and named:
                seen.setdefault(simplified(m.text[:1]), set()).add(m.iso3)
                if len(m.text) == 2 and m.text[0] == "大":  # "大马" (Malaysian papers' Malaysia): "访马", "来马"
                    seen.setdefault(simplified(m.text[1]), set()).add(m.iso3)
    return {first: next(iter(found)) for first, found in seen.items() if len(found) == 1}


def names_short_form(trigger: str, shorts: dict[str, str]) -> bool:
    """Whether 访 (抵) and one character ("访塞") name a country: one of the fixed short forms, or
    one the document's own countries give."""
    return simplified(trigger[-1]) in _SHORT_FORMS or simplified(trigger[-1]) in shorts


def event_places(text: str, view: SentenceView, kind: str, actor_end: int, at: int, after: int, end: int,
                 trigger: str, start: int | None = None, shorts: dict[str, str] | None = None) -> list[str]:
    """Where: "在罗马会见" (the place after 在 before the verb), "访问越南、老挝和柬埔寨" (the list
    right after a visit's verb), "访华"/"在京" (China), "访塞" (a short form, `shorts`)."""
    places = [m for m in view.mentions if m.kind == "place" and m.iso3 and m.place_kind != "region"]
    if kind == "visit":
        if TO_CHINA.search(trigger) or _STAY_IN_CHINA.search(text, actor_end, at) or _MAINLAND.match(text, after) \
                or re.search(r"(?:赴|前往|对|對)(?:大陆|大陸)", text[actor_end:at]) \
                or _TO_MAINLAND_GROUP.search(text, actor_end, at) \
                or _OUR_PROVINCE.search(text, actor_end, end):
            return ["CHN"]
        listed = _listed(text, places, after + text.startswith("了", after), end)  # "访问了印度和尼泊尔"
        if listed:
            return listed
        # "赴越南、老挝访问", "对越南进行正式友好访问", "在新加坡访问的", "抵汤加访问", "于16日来湖南访问": the list
        # after 赴/前往/到/对/在/抵/来 (not 以来, 带来, 未来, 原来, 本来, 从来, 近来, 后来).
        to = next((m for m in places if actor_end <= m.start and m.end <= at
                   and _TO_PLACE.search(text[max(actor_end, m.start - 2):m.start])), None)
        if to:
            if _EMBASSY.match(text, to.end):  # "对越南驻华大使馆进行了访问"
                return [embassy_host(text, to, places)]
            return _listed(text, places, to.start, at)
        sar = _SAR.match(text, at)
        if sar:  # the trigger's 来 of "来港", "来澳"
            return [{"港": "HKG"}.get(sar.group("short")) or (shorts or {}).get("澳", "")] if sar.group(
                "short") == "港" or (shorts or {}).get("澳") else []
        short = _TRAVEL_SHORT.search(text, actor_end, end)
        if short:
            return [_SHORT_FORMS[simplified(short.group("short"))]]
        other = _ANY_SHORT.search(text, actor_end, end)
        short_form = simplified(other.group("short") or other.group("to")) if other else ""
        country = _SHORT_FORMS.get(short_form) or (shorts or {}).get(short_form) if other else None
        return [country] if country else []
    located = [m for m in places if actor_end <= m.start and m.end <= at and _AT.search(text, actor_end, m.start)]
    if located:
        return [embassy_host(text, located[-1], places)]
    # "在北京钓鱼台宾馆，陈大光主席接见……": the place put before the subject.
    fronted = [m for m in places if start is not None and start <= m.start and m.end <= actor_end
               and _AT.search(text, start, m.start)]
    # "……；在比什凯克，他同……举行会谈": the place put before the clause, set apart by its comma
    ahead = _FRONTED.search(text, view.sentence.start, start) if start is not None and not fronted else None
    fronted = fronted or [m for m in places if ahead and ahead.start(1) <= m.start and m.end <= ahead.end(1)
                          and not _several(text, places, ahead.start(1), ahead.end(1))]
    if fronted:
        return [fronted[0].iso3]
    # "在肯期间，代表团会见了……", "访加期间，……会见了……": a stop of a tour by its one-character form
    stop = next(reversed(list(_STOP.finditer(text, view.sentence.start, at))), None)
    country = _SHORT_FORMS.get(simplified(stop.group("short"))) or (shorts or {}).get(
        simplified(stop.group("short"))) if stop else None
    if country:
        return [country]
    stay = next(reversed(list(_STAY.finditer(text, view.sentence.start, at))), None)
    # (the place ending the frame's words: "在甲对中国进行国事访问期间" is in China, not in 甲's country)
    framed = [m for m in places if stay and stay.start("where") <= m.start and m.end == stay.end("where")
              and not _several(text, places, stay.start("where"), stay.end("where"))]
    if framed:
        return [framed[0].iso3]
    if _IN_BEIJING.search(text, actor_end, at):
        return ["CHN"]
    # "出席在撒马尔罕举行的上海合作组织……会议": a gathering placed in the words that name it
    held = _HELD_AT.match(text, after, end) if kind == "summit" else None
    named = [m for m in places if held and held.start(1) <= m.start and m.end <= held.end(1)]
    return [named[-1].iso3] if named else []


# "对越南驻华大使馆进行了访问", "在老挝驻华大使馆会见": an embassy stands in the country it is accredited to.
_EMBASSY = re.compile(r"(?:驻|駐)(?P<host>[华華京]|[\u4e00-\u9fff]{2,8}?)(?:大使馆|大使館|使馆|使館|总领事馆|總領事館)")


def embassy_host(text: str, place: Mention, places: list[Mention]) -> str:
    """The country of `place`, or, where it names an embassy's country ("越南驻华大使馆"), where that
    embassy is."""
    embassy = _EMBASSY.match(text, place.end)
    if embassy is None:
        return place.iso3
    if embassy.group("host") in "华華京":
        return "CHN"
    host = next((m for m in places if m.start == embassy.start("host")), None)
    return host.iso3 if host else place.iso3


def travelled_to(text: str, view: SentenceView, start: int, at: int) -> list[str]:
    """The countries an actor goes to before another act: "赴越南出席……", "前往莫斯科出席……"."""
    places = [m for m in view.mentions if m.kind == "place" and m.iso3 and m.place_kind != "region"]
    to = next((m for m in places if start <= m.start and m.end <= at
               and re.search(r"(?:赴|前往)$", text[max(start, m.start - 2):m.start])), None)
    return _listed(text, places, to.start, at) if to else []


def event_region(text: str, actor_end: int, at: int, after: int, end: int) -> str:
    """A visit's world region when it names no country: "访问东南亚", "赴拉美访问"."""
    named = _REGION.match(simplified(text[after:min(end, after + 8)]))
    if named is None:
        before = simplified(text[actor_end:at])
        named = next((m for m in _REGION.finditer(before) if _TO_REGION.search(before, 0, m.start())), None)
    return _REGIONS[named.group(0)] if named else ""


def _several(text: str, places: list[Mention], start: int, end: int) -> bool:
    """A frame that lists countries ("在访问越南、柬埔寨期间，分别会见了……") places no one act after it."""
    return len({m.iso3 for m in places if start <= m.start and m.end <= end}) > 1 and any(
        mark in text[start:end] for mark in "、和及")


def _listed(text: str, places: list[Mention], start: int, end: int) -> list[str]:
    """The countries listed from `start` on ("越南、老挝和柬埔寨"), up to the first other word."""
    listed, cursor = [], start
    for m in (m for m in places if m.start >= start and m.end <= end):
        if m.start != cursor and not _PLACE_JOIN.fullmatch(text[cursor:m.start]):
            break
        listed.append(m.iso3)
        cursor = m.end
    return list(dict.fromkeys(listed))

