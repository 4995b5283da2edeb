"""The sides of a Chinese event: the party and country a counterpart stands for, the actor's
home country, and from these the CAMEO mode, as the English path reads them."""
from __future__ import annotations

import re
from dataclasses import replace

from liaison.extract.mentions import Mention
from liaison.extract.zh_grammar import Person, variants
from liaison.reference.hanzi import simplified
from liaison.reference.parties import is_taiwan_party, party_in_country
from liaison.reference.pinyin import is_pinyin_name

_CHINESE_BODY = re.compile(variants(["中共", "中国", "中联部", "中央", "国家", "全国", "国务院", "外交部"]))
# posts only China's government has, which name no body before them: "国务委员甲" (a state councilor)
CHINESE_POSTS = frozenset(variants(["国务委员"]).split("|"))
# Where no one is abroad: no place, China, and Taiwan, Hong Kong and Macau, which the genre tells apart.
NOT_ABROAD = ("", "CHN", "TWN", "HKG", "MAC")


def party_of(counterpart, delegation: Mention | None) -> Mention | None:
    """The body a counterpart stands for: the delegation's, else the party (or first
    organisation) in the posts before the name."""
    if delegation is not None:
        return delegation
    if isinstance(counterpart, Person):
        # "新加坡外交部长": a body named after a foreign country is that country's, whatever
        # Chinese body the same words name at home, so it is left unnamed.
        orgs = [m for t in counterpart.titles for m in t.orgs
                if m.iso3 or not any(p.iso3 and p.iso3 != "CHN" and p.end <= m.start for p in t.places)]
        parties = [m for m in orgs if m.entity_id.startswith("party:")]
        chosen = parties or [m for m in orgs if m.iso3] or orgs
        return chosen[0] if chosen else _party_as_written(counterpart)
    if isinstance(counterpart, Mention) and counterpart.kind == "organization":
        return counterpart
    return None


def foreign_side(actor, counterpart, party: Mention | None) -> tuple[Mention | None, str]:
    """The foreign party and country of the exchange: the counterpart's, unless the counterpart
    is Chinese and a foreign actor receives it ("阮富仲会见刘建超"): then the actor's."""
    country = country_of(counterpart, party)
    if country in ("", "CHN") and home_of(actor) not in ("", "CHN"):
        own = party_of(actor, None)
        party, country = own, country_of(actor, own)
    if party is not None and not party.entity_id.startswith("party:") and country not in ("", "CHN") and (
            found := party_in_country(party.text, country)):  # 工党 beside 新西兰, 越共中央对外部: by the country
        party = replace(party, entity_id="party:" + found)
    return party, country


def _party_as_written(person: Person) -> Mention | None:
    """A party the registry does not know, as the post names it: "意大利民主党总书记" is of
    "意大利民主党" (the first: "人民党议会党团副主席" is of 人民党)."""
    for title in person.titles:
        found = written_party(title.org_text, 0, len(title.org_text))
        if found is not None:
            return replace(found, start=title.start + found.start, end=title.start + found.end)
    return None


def written_party(text: str, start: int, end: int) -> Mention | None:
    """The party a phrase names as written, to its first 党: "（率领的）人民党代表团" is of 人民党 (the
    registry's party of the counterpart's country that carries the name, where one does: foreign_side)."""
    at = min((i for i in (text.find("党", start, end), text.find("黨", start, end)) if i > start), default=-1)
    if at < 0:
        return None
    return Mention(start, at + 1, text[start:at + 1], "organization", "", text[start:at + 1], "zh-title-chain")


def party_id_of(party: Mention | None) -> str:
    if party is None or not party.entity_id.startswith("party:"):
        return ""
    return party.entity_id.removeprefix("party:")


def country_of(counterpart, party: Mention | None) -> str:
    if party is not None and is_taiwan_party(party.text):  # "中国国民党": not China's, for its 中国
        return "TWN"
    if party is not None and party.iso3:
        return party.iso3
    if isinstance(counterpart, Person):
        places = [m for m in counterpart.chain_mentions("place") if m.iso3]
        if places:
            return places[0].iso3
    if isinstance(counterpart, Mention) and counterpart.iso3:
        return counterpart.iso3
    return ""


# An honour or an adviser's seat a Chinese body gives a foreigner ("中国人民对外友好协会荣誉顾问", "中国侨联顾问",
# "中日友好协会名誉会长") tells nothing of his own country when he holds another post
_HONORARY = re.compile(variants(["荣誉", "名誉", "顾问"]))


# A country by its short form opening a post ("委国总统甲", "朝方团长乙", "越方代表丙"): no gazetteer word, as 委国
# also stands inside "中央纪委国家监委"
_SHORT_SIDES = {"委国": "VEN", "委方": "VEN", "朝方": "PRK", "越方": "VNM", "老方": "LAO", "柬方": "KHM", "缅方": "MMR",
                "古方": "CUB", "俄方": "RUS", "美方": "USA", "蒙方": "MNG", "韩方": "KOR", "日方": "JPN"}


def held_posts(person: Person) -> list:
    """The posts that tell where one is from: all but an honorary one or an adviser's, unless those are all."""
    held = [t for t in person.titles if not _HONORARY.search(t.org_text + t.head)]
    return held or person.titles


def home_of(actor) -> str:
    """China for an actor whose posts are Chinese bodies (中共, 中联部, 国家) or whom the
    reference lists know (Chinese officials), else the country of their party or place."""
    if isinstance(actor, Person):
        titles = held_posts(actor)
        orgs = [m for t in titles for m in t.orgs]
        if any(m.iso3 for m in orgs):
            return next(m.iso3 for m in orgs if m.iso3)
        # Whom the reference lists know by a Chinese name is Chinese when the list's name is pinyin;
        # a foreign leader they know (普京, 洪玛奈) is placed by his title, else unknown.
        known = bool(actor.entity_id and actor.name != actor.text)
        if any(is_taiwan_party(t.org_text) for t in titles):
            return "TWN"
        if any(_CHINESE_BODY.match(t.org_text) or t.head in CHINESE_POSTS and not t.places for t in titles) \
                or known and is_pinyin_name(actor.name):
            return "CHN"
        places = [m for t in titles for m in t.places]
        return places[0].iso3 if places else next((iso3 for t in titles for short, iso3 in _SHORT_SIDES.items()
                                                   if simplified(t.org_text).startswith(short)), "")
    if isinstance(actor, Mention):
        if actor.iso3:
            return actor.iso3
        return "CHN" if actor.entity_id in ("org:cpc", "org:ild") or actor.cue == "pinyin" else ""
    return ""


# A chief executive ("行政长官甲", "特首乙") heads Hong Kong or Macau: the one his post names, else the one the
# document names (and not the other: "澳门电台消息 行政长官甲会见上海市委常委乙")
_CHIEF = ("行政长官", "特首")
_SAR_WORDS = (("HKG", re.compile(variants(["香港", "港府"]))), ("MAC", re.compile(variants(["澳门", "澳府"]))))


def sar_home(text: str, actor) -> str:
    """Hong Kong or Macau for its chief executive, when his post names it or else the document names one of
    them alone; "" for anyone else."""
    if not isinstance(actor, Person):
        return ""
    title = next((t for t in actor.titles if simplified(t.org_text + t.head).endswith(_CHIEF)), None)
    if title is None:
        return ""
    named = {m.iso3 for m in title.places if m.iso3}
    if named:
        return next(iter(named)) if len(named) == 1 and named <= {"HKG", "MAC"} else ""
    named = {iso3 for iso3, words in _SAR_WORDS if words.search(text)}
    return named.pop() if len(named) == 1 else ""


def desk_abroad(actor, place: str) -> bool:
    """Whether a dateline in China tells of a foreign actor's gathering held elsewhere: a Chinese wire
    files world news at its home desk ("新华社北京5月10日电 俄罗斯总统普京10日出席金砖国家峰会")."""
    home = home_of(actor)
    if home == "CHN" and isinstance(actor, Person):  # one the reference lists know: "俄罗斯总统普京"
        home = next((m.iso3 for m in reversed(actor.chain_mentions("place")) if m.iso3), home)  # nearest the post
    return place == "CHN" and home not in ("", "CHN")


_IN_CHINA = re.compile(variants(["驻华", "驻京", "驻北京", "駐華", "駐京", "駐北京"]))


def met_in_china(sides: list) -> bool:
    """Whether an ambassador to China (驻华) among the sides places their meeting there ("会见新任越南驻华
    大使甲"), unless another side is of the country that sent him ("越南外长会见即将离任的越南驻华大使甲": at
    home)."""
    for side in sides:
        posts = [t for t in side.titles if _IN_CHINA.search(t.org_text)] if isinstance(side, Person) else []
        sender = next((m.iso3 for t in posts for m in t.places if m.iso3 and m.iso3 != "CHN"), "")
        if posts and not (sender and any(home_of(o) == sender for o in sides if o is not side)):
            return True
    return False


POSTED = re.compile(variants(["驻"]))  # "中国驻柬大使甲": posted there (variants adds 駐)


def posted_place(actor, sides: list) -> list[str]:
    """Where a meeting placed by nothing else is: in China for an ambassador to China among the sides
    (met_in_china), else in the country an ambassador who acts is posted to ("驻南非大使王刚会见了……")."""
    if met_in_china(sides):
        return ["CHN"]
    for title in actor.titles if isinstance(actor, Person) else []:
        posted_at = POSTED.search(title.org_text)
        if posted_at and not _IN_CHINA.search(title.org_text):
            # the place written right after 驻 ("老挝驻广州总领事": in China), else the foreign one named
            after = next((m.iso3 for m in title.places if m.iso3 and m.start == title.start + posted_at.end()), "")
            posted = after or next((m.iso3 for m in title.places if m.iso3 and m.iso3 != "CHN"), "")
            if posted:
                return [posted]
    return []


# "由中央政治局委员、书记局书记甲率领的朝鲜劳动党高级代表团": the delegation a guest leads, named right after
_LEADS_THE = re.compile(r"(?:率领|率領|带领|帶領)的")


def guest_home(view, counterpart, group, end: int) -> str:
    """The country a guest met comes from: their own, their group's, else the one the group's name opens
    with ("会见了由党首甲率领的日本民主党代表团"). Posts that name no country ("中央政治局委员") are of the
    party whose delegation the guest leads, when one abroad is named right after 率领的."""
    home = home_of(counterpart) or home_of(group)
    if not isinstance(counterpart, Person) or home and (
            home != "CHN" or counterpart.chain_mentions("place") or counterpart.chain_mentions("organization")):
        return home
    # the place, or the party ("以主席甲为团长的土耳其共和人民党代表团"), named right after the guest
    led = _LEADS_THE.match(view.text, counterpart.end)
    found = next((m.iso3 for m in view.mentions if m.kind in ("place", "organization") and m.iso3
                  and counterpart.end <= m.start < counterpart.end + 30 and m.end <= end
                  and (not home or led and m.start == led.end())), "")
    return found or home
