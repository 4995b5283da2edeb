"""A delegation a country or party is hosting: "Ethiopia is hosting a delegation of the CPC led by X", "The party
is hosting a delegation of experts from the International Department ... The delegation is led by X". The host
receives the delegation at home, so the delegation's leader (named by "led by" in the sentence, else the one leader
the report names) is on a visit to the host's country: the country the sentence names before the verb, else the
country of the body that hosts (in that sentence or the one before). Tried only in sentences holding "hosting"."""
from __future__ import annotations

from collections.abc import Iterator

from liaison.extract.context import CuedPattern, SentenceView
from liaison.extract.dates import DateMention
from liaison.extract.delegations import delegation_leader, led_by
from liaison.extract.event_setting import LEAD_IN, home_country
from liaison.extract.mentions import Mention

# "is hosting a delegation", "are currently hosting a 12-member delegation", "will be hosting the CPC delegation";
# not "hosted a delegation" (a meeting: "X hosted a delegation led by Y" is coded as one).
# ... and "hosted a Chinese government delegation", "has played host to a CPC delegation" (its meeting is coded too);
# not "hosted a reception for a delegation" (a meeting only).
_HOSTING = CuedPattern(
    r"\b(?:(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+(?:currently\s+|now\s+)?hosting\s+(?:a|an|the)\s+"
    r"(?:[\w’'-]+\s+){0,4}?|(?:has\s+|have\s+)?(?:hosted|played\s+host\s+to)\s+(?:a|an|the)\s+"
    r"(?:(?!(?:for|to|with|of|in|at|on)\b)[\w’'-]+\s+){0,4}?)delegation\b",
    ("hosting", "hosted", "host to"),
)


# "Kenya welcomed a CPC delegation led by X", "Vietnam has received a delegation of ...": a country as the host.
_COUNTRY_HOSTS = CuedPattern(
    r"\s+(?:has\s+|have\s+|is\s+|are\s+)?(?:welcomed|received|hosted|welcoming|receiving)\s+(?:a|an|the)\s+"
    r"(?:[\w’'-]+\s+){0,4}?delegation\b",
    ("welcom", "receiv", "hosted"),
)


# "a delegation of Chinese doctors led by X" is a medical team, no party's delegation (docs/events.md)
_NOT_A_DELEGATION = CuedPattern(r"\b(?:doctors|medical|medics|nurses|tourists|students|athletes|artists|journalists)\b",
                                ("doctor", "medic", "nurse", "tourist", "student", "athlete", "artist", "journalist"))


def _host_country(view: SentenceView, before: int, guest: str, nearest: bool = True) -> str:
    """The country the host is, from the mentions before `before` in the sentence (the nearest one, or the first: the
    subject of the sentence before, "Swapo Party has taken ... The party is hosting"): a place, or a body's own; never
    the guest's own country ("Parliament to host China's top legislator")."""
    mentions = [m for m in view.mentions if m.end <= before and m.kind in ("place", "organization")]
    for mention in reversed(mentions) if nearest else mentions:
        if (country := mention.iso3 or home_country(mention)) and country != guest:
            return country
    return ""


def hosted_delegations(text: str, views: list[SentenceView]) -> Iterator[
        tuple[Mention, SentenceView, list[str], DateMention | None]]:
    """(leader, the hosting sentence, the host's country, the sentence's date) for each delegation a report says a
    country or party is hosting, where the report names who leads it."""
    leader = None
    for at, view in enumerate(views):
        hosting = _HOSTING.search(text, view.sentence.start, view.sentence.end) or next((
            hosts for m in view.mentions if m.kind == "place" and m.iso3 and m.place_kind != "demonym" and
            LEAD_IN.fullmatch(text, view.sentence.start, m.start) and  # the country is the subject, not "of Kenya"
            (hosts := _COUNTRY_HOSTS.match(text, m.end, view.sentence.end))), None)
        if hosting is None or _NOT_A_DELEGATION.search(text, view.sentence.start, view.sentence.end):
            continue
        head = next((person for cue, person in led_by(text, view) if cue.start() >= hosting.start()), None)
        head = head or leader or (leader := delegation_leader(text, views))
        if head is None or head.start < hosting.start() and head.end > view.sentence.start:
            continue  # "X is hosting a delegation": X hosts, he leads none
        guest = home_country(head, view)
        country = _host_country(view, hosting.start(), guest) or (
            _host_country(views[at - 1], views[at - 1].sentence.end, guest, False) if at else "")
        if not country:
            continue  # a trip to nowhere the report says is no visit (as `complete` has it)
        # the sentence's own day (not a later clause's: "..., and Kenya will host another next month")
        later = text.find(", and ", hosting.end(), view.sentence.end)
        when = next((d for d in view.dates if later < 0 or d.start < later), None)
        yield head, view, [country], when
