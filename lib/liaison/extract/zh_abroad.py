"""A Chinese official met abroad is on a visit there: "国务委员甲27日在伦敦会见英国外交大臣乙", "中共代表团
团长甲在万象会见……"; so is a mainland official met in Hong Kong or Macau by one of its own. The visit is inferred
from the meeting (its days unsaid) and kept only where the document tells no visit of that official to that country
in its own words."""
from __future__ import annotations

import re
from dataclasses import replace

from liaison.extract.events import Event
from liaison.extract.mentions import Mention
from liaison.extract.zh_grammar import Person, variants
from liaison.extract.zh_rows import build
from liaison.extract.zh_sides import CHINESE_POSTS, NOT_ABROAD, POSTED, home_of, posted_place, sar_home
from liaison.extract.zh_when import when_of

INFERRED_HOST = "inferred-host"
_SARS = ("HKG", "MAC")  # no abroad, but a mainland official met there by its own host is on a visit there
_LIAISON_OFFICE = re.compile(variants(["中联办", "联络办", "联络办公室"]))
# Posts that make one Chinese: of a Chinese body ("中共中央政治局委员", "中联部部长", "全国人大常委会副委员长")
# or China's own ("国务委员"); not "国家主席" (any country's president) nor a known name alone
_CHINESE_BODY = re.compile(variants(["中共", "中国", "中联部", "全国人大", "全国政协", "国务院"]))


def _chinese(side: Person) -> bool:
    """Whether the posts before a name make its holder Chinese: no foreign place or body in them, and a Chinese
    body, a Chinese place ("吉林省委书记") or a Chinese body opening a post ("外交部部长", not "委外交部长")."""
    places, orgs = side.chain_mentions("place"), side.chain_mentions("organization")
    if any(m.iso3 and m.iso3 != "CHN" for m in places + orgs) or home_of(side) == "TWN":  # 中国国民党 is Taiwan's
        return False
    opening = {t.start for t in side.titles}
    return any(_CHINESE_BODY.match(t.org_text) or t.head in CHINESE_POSTS for t in side.titles) \
        or any(m.iso3 == "CHN" for m in places) or any(m.iso3 == "CHN" and m.start in opening and not m.text.startswith(
            "中央") for m in orgs)  # "……书记坎潘和中央对外联络部部长顺通": a Lao party's department, as any party's


def hosts_abroad(view, clause: tuple[int, int], ones: list, counterparts: list, places: list[str],
                 status: str) -> list[Event]:
    """The visit of each Chinese side of a meeting placed in one foreign country, with a foreign side met there,
    whichever side the verb makes it ("甲在伦敦会见英国外交大臣乙", "英国外交大臣乙在伦敦会见了中国国务委员甲");
    not of one posted there ("驻英国大使甲在伦敦会见……": he lives there)."""
    sar = len(places) == 1 and places[0] in _SARS
    if len(places) != 1 or places[0] in NOT_ABROAD and not sar:
        return []
    sides = [one for one in ones if isinstance(one, Person)] + [c for c, _ in counterparts if isinstance(c, Person)]
    # in Hong Kong or Macau, met by one of its own ("澳门特别行政区行政长官甲在澳门会见……全国政协常委乙一行")
    # (not the central government's liaison office there: "香港中联办主任甲在办内会见……", a mainland office)
    if not any(places[0] in (home_of(side), sar_home(view.text, side))
               and not any(_LIAISON_OFFICE.search(t.org_text) for t in side.titles)
               if sar else home_of(side) not in ("", "CHN") for side in sides) and (sar or not any(
            _foreign_unnamed(view, c) for c, _ in counterparts)):
        return []
    return _visits_there(view, clause, sides, places, status)


def _foreign_unnamed(view, side) -> bool:
    """Whether a side named by no name is from abroad by the country its words open with ("在德黑兰与伊朗主要政党领导人
    会面")."""
    return isinstance(side, Mention) and (home_of(side) not in NOT_ABROAD or any(
        m.kind == "place" and m.start == side.start and m.iso3 not in NOT_ABROAD for m in view.mentions))


def attends_abroad(view, clause: tuple[int, int], ones: list, places: list[str], status: str) -> list[Event]:
    """The visit of each Chinese one at a gathering placed in one foreign country ("中联部副部长甲率宣介团在苏丹出席
    ……研讨会"), its days unsaid; not of one posted there, nor at a gathering in China, Taiwan or Hong Kong."""
    if len(places) != 1 or places[0] in NOT_ABROAD:
        return []
    return _visits_there(view, clause, [one for one in ones if isinstance(one, Person)], places, status)


def _visits_there(view, clause: tuple[int, int], people: list[Person], places: list[str], status: str) -> list[Event]:
    """An undated visit, marked inferred, for each of `people` who is a Chinese official not posted there."""
    return [replace(build(view, clause, "visit", one, None, None, places, False, status, when_of(None, "")),
                    date_basis=INFERRED_HOST)
            for one in people if _chinese(one) and not posted_place(one, [one])
            and not any(POSTED.search(t.org_text) for t in one.titles)]


def told_hosts(events: list[Event]) -> list[Event]:
    """The visits inferred above, one per official and country, kept (unmarked) only where no other visit there is
    told: the official's own, or a delegation's or body's he may lead ("中共代表团……访问越南。……刘建超在河内会见……")."""
    def key(e: Event) -> str:
        return e.actor_id or e.actor

    told = {(key(e), p) for e in events if e.kind == "visit" and e.date_basis != INFERRED_HOST
            for p in e.places.split("|")}
    by_groups = {p for e in events if e.kind == "visit" and e.date_basis != INFERRED_HOST
                 and not e.actor_id.startswith("person:") for p in e.places.split("|")}
    out, seen = [], set()
    for e in events:
        if e.date_basis == INFERRED_HOST:
            if (key(e), e.places) in told or (key(e), e.places) in seen or e.places in by_groups:
                continue
            seen.add((key(e), e.places))
            e = replace(e, date_basis="")
        out.append(e)
    return out
