"""Posts a Chinese sentence states in the chain before a name: "中共中央政治局委员、中联部部长刘建超"
is two current posts of 刘建超, one row each, as of the report's date. Titles are given by the
English role they stand for ("head" for 部长), so both languages' rows compare; the Chinese
title stays in the evidence."""
from __future__ import annotations

import re

from liaison.extract.context import SentenceView
from liaison.extract.mentions import Mention
from liaison.extract.position_rows import Position
from liaison.extract.zh_grammar import CHINA_NAMED, Person, Title, variants
from liaison.extract.zh_visitors import WIRE
from liaison.reference.hanzi import simplified
from liaison.reference.places import country_name
from liaison.reference.provinces import province_of

# What may follow the organisation mention in a post and still be that organisation's post:
# "越共中央" is the party, "越共中央对外部" a department of it, named as written.
_SAME_BODY = frozenset(("", "中央", "中央委员会", "中委", "全国", "全国委员会"))
_STATE = ("国家", "國家")
_PREPOSITIONS = frozenset("除在由与與同和及对對向据據经經被将將把为為")
_BOTH_SIDES = frozenset(("两党", "兩黨", "两国", "兩國", "双方", "雙方", "各国", "各國", "各党", "各黨"))
_HEAD_OF_STATE = {"主席": "president", "副主席": "vice president"}
# A word of the post, not the body, standing between them: "南非共产党第一副总书记", "政治局候补委员", "主席特别顾问";
# a 副 the title head does not hold ("福建省副省长": deputy governor of Fujian, not governor of "福建省副"), longest
# first.
_POST_WORDS = {"常务副": "executive deputy", "常務副": "executive deputy", "第一副": "first deputy", "副": "deputy",
               "第一": "first", "常务": "executive", "常務": "executive", "候补": "alternate", "候補": "alternate",
               "荣誉": "honorary", "榮譽": "honorary", "名誉": "honorary", "名譽": "honorary", "最高": "supreme",
               "特别": "special", "特別": "special"}
# Words before the body that are not the body: "新任中联部部长", "另一位……领袖"; and a verb, after
# which the body starts: "大使辞行拜会老挝……委员".
_LEADING = re.compile("^(?:" + variants(["新任", "现任", "时任", "另一位", "另一名", "这位", "这名", "届时",
                                          "近期"]) + ")")
_VERB = re.compile(variants(["拜会", "拜访", "会见", "会晤", "接见", "看望", "陪同", "迎接", "率领", "辞行"]))
# A body's own first word that is also a preposition: "对外联络部", "经济政策统筹部", "和平……".
_BODY_WORDS = ("对外", "對外", "对华", "對華", "经济", "經濟", "经贸", "經貿", "和平", "同盟")
# "外交部长" is the head of 外交部, written without its 部; "参议长" the speaker of the 参议院.
_MINISTER = frozenset(("部长", "部長", "副部长", "副部長"))
# A minister's body that is already whole, or no ministry: "内阁部长", "政府部长", "不管部长".
_NOT_A_MINISTRY = ("部", "部门", "部門", "内阁", "內閣", "政府", "不管", "院", "府")
# A minister's rank, no ministry: "新加坡高级部长" is Singapore's senior minister, not head of a "高级部".
_RANKS = {"高级政务": "senior minister of state", "高級政務": "senior minister of state",
          "高级": "senior minister", "高級": "senior minister", "国务": "minister of state",
          "國務": "minister of state", "政务": "minister of state", "政務": "minister of state",
          "首席": "chief minister", "联邦": "federal minister", "聯邦": "federal minister"}
_CHAMBERS = {"参": "参议院", "參": "參議院", "众": "众议院", "眾": "眾議院"}
# What a leader's body ends with; "另一位重量级政治领袖" names no body.
_BODY_ENDS = tuple("党黨派会會国國部委府院盟线線团團军軍")
_LEADERS = frozenset(("领导人", "領導人", "领袖", "領袖"))
# A Chinese province's (or city's) own party committee or government after its name: "云南省委",
# "广西壮族自治区", "新疆维吾尔自治区党委", "昆明市委", "上海市人民政府"; the post is in that province.
_LOCAL_BODY = "(?:" + variants(["省", "市", "自治区", "壮族自治区", "维吾尔自治区", "回族自治区"]) + ")"
_LOCAL_BODIES = "(?:" + variants(["党委", "委", "委员会", "人民政府", "政府", "政协", "人大常委会"]) + ")"
_LOCAL = re.compile(_LOCAL_BODY + "?" + _LOCAL_BODIES + "?")
# The party before a province's name: "中共贵州省委", "中国山东省委".
_PARTY = "(?:" + variants(["中国共产党", "中共", "中国"]) + ")"
_PARTY_PREFIX = re.compile(_PARTY)
# The same bodies with no name: "省委书记", "自治区党委书记" are the province's the document named before.
_BARE_LOCAL = re.compile(_PARTY + "?" + _LOCAL_BODY + _LOCAL_BODIES + "?")
_GOVERNORS = frozenset(("省长", "省長", "副省长", "副省長"))
_REGION_BODIES = ("自治区", "自治區", "自治区党委", "自治區黨委", "自治区政府", "自治區政府", "自治区人民政府",
                  "自治區人民政府")
_CITY = ("市", "市委", "市政府", "市人民政府")
# A post after the province's congress, advisory conference or government ("自治区人大常委会主任", "省政协主席",
# "市人民政府秘书长") is that body's, not the province's own: the body of the province the post names.
_OWN_BODIES = {"人大常委会": "People's Congress Standing Committee", "政协": "CPPCC Committee",
               "人民政府": "People's Government", "政府": "People's Government"}
_OWN_BODY = re.compile("(?:" + "|".join(variants([w]) for w in _OWN_BODIES) + ")$")
_SUCCEEDS = re.compile("(?:" + variants(["接替", "接任", "继"]) + ")$")


def find_zh_positions(views: list[SentenceView], people: list[list[Person]]) -> list[Position]:
    """Rows for the posts each sentence states (`people` is read_people(views)); a bare repeat
    of a name, which knows the posts from an earlier sentence, states none."""
    out: list[Position] = []
    # Provinces and cities in document order, for a post that names none ("省委书记").
    local = [m for view in views for m in view.mentions if m.kind == "place" and (
        m.place_kind in ("province", "city") or m.place_kind == "capital" and m.iso3 == "CHN")]
    for view, persons in zip(views, people):
        for person in persons:
            titles = [t for t in person.titles if view.sentence.start <= t.start < person.start]
            foreign = next((m.iso3 for t in titles for m in t.orgs + t.places if m.iso3 and m.iso3 != "CHN"), "")
            for title in titles:
                row = _row(view, person, title, foreign)
                if not row.organization_id and not foreign and (_BARE_LOCAL.fullmatch(row.organization) or (
                        not row.organization and title.head in _GOVERNORS)):
                    row = _named_before(row, title.start, local)
                out.append(row)
    return out


def _named_before(row: Position, at: int, local: list[Mention]) -> Position:
    """"自治区党委书记" after "新疆维吾尔自治区……": the post in the last province (for "市委", city)
    the document named before it, when that place is in China; a foreign capital the delegation
    went to stands in no province's place, a foreign province or city does ("省委" is theirs too),
    except before "自治区", which only China's regions are called here."""
    region = row.organization.endswith(_REGION_BODIES)
    before = [m for m in local if m.end <= at and (m.place_kind != "province" or not row.organization.startswith(
        _CITY)) and (not region or m.iso3 == "CHN")]
    if before:
        name, place_id = province_of(before[-1].name, before[-1].place_kind, before[-1].iso3)
        if place_id:
            row.organization, row.organization_id = _body_of(name, place_id, row.organization)
    return row


def _body_of(province: str, place_id: str, words: str) -> tuple[str, str]:
    """(body, id) of a province's post: the province's own (its id), or its congress's, conference's or
    government's when `words` end with one ("自治区人大常委会": "Guangxi People's Congress Standing Committee")."""
    if own := _OWN_BODY.search(words):
        return f"{province} {_OWN_BODIES[simplified(own.group())]}", ""
    return province, place_id


def _row(view: SentenceView, person, title: Title, foreign: str) -> Position:
    """One post of the chain; `foreign` is the country a foreign official's chain names ("" for none)."""
    # "新华社北京6月5日电 中联部部长刘海星": the wire's dateline opening the sentence is not part of the post.
    lead = WIRE.match(title.org_text)
    skip = lead.end() if lead and lead.end() < len(title.org_text) else 0
    org_text = title.org_text[skip:].strip()
    body_start = title.start + skip + (len(title.org_text[skip:]) - len(title.org_text[skip:].lstrip()))
    # "除中共总书记习近平外": a preposition before the body is not part of it.
    if len(org_text) > 1 and org_text[0] in _PREPOSITIONS and not org_text.startswith(_BODY_WORDS):
        org_text, body_start = org_text[1:], body_start + 1
    verbs = list(_VERB.finditer(org_text))
    cut = verbs[-1].end() if verbs else (leading.end() if (leading := _LEADING.match(org_text)) else 0)
    if 0 < cut < len(org_text):
        org_text, body_start = org_text[cut:], body_start + cut
    english = title.english
    modifier = next((w for w in _POST_WORDS if org_text.endswith(w)), "")
    if modifier:
        org_text = org_text[:-len(modifier)]
        english = english if english.startswith(_POST_WORDS[modifier]) else f"{_POST_WORDS[modifier]} {english}"
    # "前议长", "原外长", "自民党前干事长": a post held before.
    former = org_text.startswith(("前", "原")) or org_text.endswith(("前", "原"))
    org_text = org_text.strip("前原") if former else org_text
    # "两党总书记习近平和金正恩": both sides' posts, no one body.
    org_name, org_id = ("" if org_text in _BOTH_SIDES else org_text), ""
    for mention in title.orgs + title.places:
        rest = view.text[mention.end:title.end - len(title.head)].removesuffix(modifier)
        if mention.start in (body_start, body_start + former) and rest.rstrip("前原") in _SAME_BODY:
            # A foreign official's "中央对外联络部" is their own party's department, never the
            # ILD the same words name at home: a body without a country keeps only its words.
            home_words = mention.entity_id.startswith("org:") and not mention.text.startswith(CHINA_NAMED)
            if not foreign or (mention.iso3 and mention.iso3 != "CHN") or mention.entity_id.startswith("party:") \
                    or (mention.iso3 == "CHN" and not home_words):
                org_name, org_id = mention.name or mention.text, mention.entity_id
            break
    if not org_id and not foreign and (local := _province_post(
            view, title, (body_start, body_start + former), modifier))[1]:
        org_name, org_id = local
    if not org_id and org_name:
        rank = next((w for w in _RANKS if org_name.endswith(w)), "") if title.head in ("部长", "部長") else ""
        if rank:
            org_name, english = org_name[:-len(rank)], _RANKS[rank]
        elif title.head in _MINISTER and not org_name.endswith(_NOT_A_MINISTRY):
            org_name += "部"
        elif title.head in ("议长", "議長") and org_name[-1] in _CHAMBERS:
            org_name = org_name[:-1] + _CHAMBERS[org_name[-1]]
        elif title.head in _LEADERS and not org_name.endswith(_BODY_ENDS):
            org_name = ""
    if org_text.endswith(_STATE) and title.head in _HEAD_OF_STATE:
        # "国家主席习近平", "老挝国家主席通伦": the head of state of the country named before 国家, else
        # of the country the chain names ("老挝人民革命党中央总书记、国家主席通伦"), else China's.
        english = _HEAD_OF_STATE[title.head]
        country = [m for m in title.places if m.iso3 and m.end <= title.end - len(title.head)]
        iso3 = country[-1].iso3 if country else foreign or "CHN"
        org_name, org_id = country_name(iso3), "place:" + iso3
    sentence = view.sentence
    return Position(
        person=person.name,
        person_id=person.entity_id,
        title=english,
        organization=org_name,
        organization_id=org_id,
        start="",
        end="",
        status="ended" if former else "current",
        start_char=sentence.start,
        end_char=sentence.end,
        evidence=sentence.text,
        cue="zh-title-chain",
    )


def _province_post(view: SentenceView, title: Title, starts: tuple[int, int], modifier: str) -> tuple[str, str]:
    """"云南省委书记", "广西壮族自治区主席", "昆明市委书记": (province, its id) when the body is a
    Chinese province's or city's own committee or government, else ("", "")."""
    at = set(starts)  # where the body starts, "前" ("former") aside, and after "中共" there
    at |= {lead.end() for start in starts if (lead := _PARTY_PREFIX.match(view.text, start))}
    for mention in title.places:
        if mention.start in at and mention.place_kind not in ("country", "demonym"):
            rest = view.text[mention.end:title.end - len(title.head)].removesuffix(modifier).rstrip("前原")
            if not _LOCAL.fullmatch(rest):
                return "", ""
            name, place_id = province_of(mention.name, mention.place_kind, mention.iso3)
            return _body_of(name, place_id, rest) if place_id else ("", "")
    return "", ""


def appointee(view: SentenceView, people: list[Person], actor, subject, start: int, trigger: re.Match,
              end: int):
    """"任命刘海星为中联部部长": the appointee is named after 任命, else the nearest name before
    出任/就任/当选 ("王毅祝贺黎怀忠出任……"); the counterpart is the body of the post.
    "接替洪小勇担任……": the predecessor takes no post."""
    before = [p for p in people if start <= p.start and p.end <= trigger.start()
              and not _SUCCEEDS.search(view.text, max(start, p.start - 3), p.start)]
    if before:
        actor = before[-1]
    elif isinstance(actor, Person) and _SUCCEEDS.search(view.text, max(start, actor.start - 3), actor.start):
        actor = subject
    if trigger.group(0) == "任命":
        named = [p for p in people if trigger.end() <= p.start and p.end <= end]
        actor = named[0] if named else None
    if actor is None or isinstance(actor, Mention):
        return None, []
    orgs = [m for m in view.mentions if m.kind == "organization" and m.entity_id
            and max(actor.end, trigger.end()) <= m.start and m.end <= end]
    return actor, [(orgs[0], None)] if orgs else []
