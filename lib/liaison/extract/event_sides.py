"""The sides of an exchange: who stands on each beyond the plain subject and object (a pair
joined by "and", the person appointed, every person a meeting lists), and the foreign side's
party and country and whether that party governed on the day, read from titles and appositives."""
from __future__ import annotations

import re

from liaison.extract.context import TITLE_HEAD, TITLE_HEADS, CuedPattern, SentenceView, head_organization
from liaison.extract.delegations import DELEGATION, LED_BY
from liaison.extract.event_setting import home_country
from liaison.extract.event_signers import WITNESSED_BY, co_signer
from liaison.extract.mentions import Mention, possessed
from liaison.extract.postings import COUNTRY, TO
from liaison.reference.parties import party_in_country, resolve_counterpart

# What lies between the bodies of a title chain and the name it ends in: posts, "of the",
# an acronym in brackets, "and" — no clause break.
_TITLE_CHAIN = re.compile(r"[\s\w’'()-]{0,60}")
# "A and Secretary of the Hunan Provincial Committee, B", "A, and head of the Propaganda Department of the CPC (CPC),
# B": the second of a pair after a post "of" a body set off by a comma (no verb in it; not "and on Tuesday, B")
AND_TITLED = (r",?\s+and\s+(?!(?:on|in|at|during|after|before|later|then|also|the|a|an)\b)(?:[\w.’'()-]+\s+){1,3}?"
              r"(?:of|for)\s+(?:(?!(?:who|which|was|were|is|are|has|have|had|met|held|said)\b)[\w.’'()-]+\s+){0,12}?"
              r"[\w.’'()-]+,\s+")
_AND_TITLED = re.compile(AND_TITLED)
# "X and Prime Minister Y held a successful meeting", "X and Y met".
_PAIR_AND = re.compile(r"\s+and\s+(?:(?:[A-Z][\w.-]*|official|leader|envoy)\s+){0,4}"  # "and Chinese official Y"
                       # ... "and incoming Chinese Ambassador to Zimbabwe, Ambassador Y": a post, "to" a country
                       r"|\s+and\s+(?:the\s+)?(?:incoming|outgoing|new|visiting)\s+(?:[A-Z][\w.-]*\s+){1,3}"
                       rf"(?:{TO}{COUNTRY},?\s+)?(?:[A-Z][\w.-]*\s+){{0,2}}"
                       rf"|{AND_TITLED}")
# "A and B held talks", "A and B discussed party ties at their meeting", "... at a meeting in Minsk"
_PAIR_VERB = re.compile(r"\s+(?:(?:held|had)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}|[a-z]+\s+(?:[\w’'-]+\s+){0,6}?"
                        r"(?:at|during|in)\s+(?:their|an?)\s+(?:[\w-]+\s+)?)?")  # "... discussed ties at a meeting"
_PAIR_POST = re.compile(r",[^,;.()]{1,120},")  # ", vice minister of the International Department,"
# Only a title before a person, capitalised words or a few small ones: "Politburo member X", "Chinese official X"
# (a pair opening a clause here; the speaker after "Speaking at ...," in event_participants.py).
# The words of a title standing between a name and what it follows ("the Chinese official", "Vice Minister of the
# International Department"): read before a speaker, a side, an invited attendee, one visited (event_kind.py).
TITLE_WORDS = r"[A-Z][\w.’'-]*|the|of|and|for|member|official|leader|envoy"
TITLE_ONLY = re.compile(rf"\s*(?:(?:{TITLE_WORDS})\s+){{0,10}}")
_NEXT_VERB = re.compile(r"\band\s+(?:also\s+)?[a-z]+\s+(?:a|an|the)\b")
_JOINTLY = re.compile(r"\b(?:jointly|together)\s+$")
# Between two people a "jointly" joins: a title set off by commas, then "and", then a title.
_CO_ACTOR_GAP = re.compile(r"(?:,[^,;.]{0,120},)?\s+and\s+(?:[A-Z][\w.-]*\s+){0,5}")
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|be|is|are)\s+$")
_VERB = re.compile(
    r"\b(?:said|says|met|held|conveyed|expressed|discussed|exchanged|agreed|attended|visited|who|which)\b"
)
# The rest of a title after its appositive stopped at a bracket: " (CPV) Central Committee".
# or a body a title names: " the African National Congress (ANC)".
_CAPITALISED = re.compile(r"\s*(?:the\s+)?(?:(?:\([^()]*\)|[A-Z][\w’'-]*)\s*)*")
# A lower-case title before the next name: ", co-leader of the Social Democratic Party Lars Klingbeil".
_JOINED_TITLE = re.compile(r"\s*(?:\([A-Z]{2,}\)\s*)?and\s")  # "(SLPP) and former president B"
_SEMICOLON_LIST = re.compile(r";\s+(?:and\s+)?(?=[A-Z])")
_MEMBERS_OF = re.compile(r"(?<!\bof\s)\bmembers\s+of\s+(?:the\s+)?$")  # not "a delegation of members of"
# Who tells of the event, no side of it: ", according to X", ", said X, the spokesperson", ", party spokesman X said."
_ACCORDING = CuedPattern(r",\s+(?:according to|as reported by|citing|(?:said|says|told)\s)|"
                         r",\s+(?:[\w.’'-]+\s+){1,8}?(?:said|says|told\s+[\w-]+|added|noted)"
                         r"(?:\s+(?:on|in|at|to|through)\s+[\w\s-]{1,40}?)?\s*[.]?\s*$",
                         ("according", "reported", "citing", "said", "says", "told", "added", "noted"))
_OF_END = re.compile(r"\bof\s+(?:the\s+)?$")
# What a meeting was about, no side of it: "talked with Cuban leaders about the results of the 19th Congress", "met
# party cadres to discuss the outcomes of the Third Plenary Session", "on the guiding principles of the Congress".
_TOPIC = re.compile(r"\s(?:about|regarding|concerning|to\s+(?:discuss|introduce|explain|brief\s+them\s+on)|"
                    r"on\s+(?:the\s+)?(?:results?|outcomes?|spirit|guiding\s+principles|achievements|significance)\s+of)\s")
_LOWER_TITLE = re.compile(r"\s*,?\s*(?:and\s+)?(?:[\w’'.()-]+\s+){1,12}")
# Kin and ties to a person: "A, son of President B", "A, a former aide to B", "A, an ally of President B"
# name B only to describe A.
_TIES = (r"(?:son|daughter|wife|husband|widow|brother|sister|father|mother|nephew|niece|aide|ally|allie|advis[eo]r|"
         r"associate|rival|successor|predecessor|confidant|critic|opponent|supporter|loyalist)s?")
# a verb, ", visiting CPC official X", a kin word or a tie: B only describes A
_PAST_VERB = re.compile(rf"\b[a-z]{{3,}}ed\b|\b(?:visiting|{_TIES})\b|^\s*,?\s*an?\s")
# A post after a preposition names whom the title serves, not the next listed person: ", minister in the
# cabinet of President B", "and minister under President B".
_PREP_POST = re.compile(
    rf"\b(?:of|to|under|in|with|for|from|by)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{TITLE_HEADS})\s+$", re.I)
# "met with President A, and his deputy B": the deputy is met too (after a comma, so not "A and his wife").
_OWN_DEPUTY = re.compile(r"\s*and\s+(?:his|her|their)\s+(?:deputy|vice(?:-|\s+)president|vice\s+chairman)\s+")
_CAPITAL_TITLE = re.compile(r"\s*(?:(?:[A-Z][\w’'-]*|of|the|and|for)\s*)+")  # "Foreign and Security Policy Advisor"
# ... "and former State Councilor B", "and then Premier C": a lower-case word that only dates the title
_LIST_GAP = re.compile(r"\s*,?\s*(?:and\s+|as well as\s+)?(?:(?:former|then|acting|late)\s+)?"
                       r"(?:(?:\(?[A-Z][\w.’'()-]*|of|the|and|for)\s+){0,16}")
# "met with President A, who is also the leader of X, Speaker B, Minister C": a relative clause naming a
# post of the one before it, the list going on after it.
_COPULAR_WHO = re.compile(r",\s+who\s+(?:is|was|are|were)\s+(?:also\s+)?(?:the|a|an)\s+[^,;.]{3,160},\s+")

# "met with A, a close aide of President B": B only describes A, recognised or not, and is no side.
TIE_TO = re.compile(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_TIES}\s+(?:of|to)\s+"
                    r"(?:(?:[A-Z][\w.’'-]*|former|late|then)\s+){0,6}$")

_FOUNDED_OBJECT = re.compile(
    r"\s+(?:a|an|the)\s+(?P<object>[a-z][\w -]{2,60}?)(?=\s+(?:in|at|on|with|for|to)\b|[,.;]|$)"
)

_TITLED = ("Memorandum of Understanding", "Agreement", "Treaty", "Accord", "Joint Statement")
# What is signed: a titled document, or one the copy names in lower case ("a memorandum of
# understanding", "the MoU", "a cooperation agreement").
_AGREEMENT_TITLE = CuedPattern(
    r"\b(?:Memorandum of Understanding|Agreement|Treaty|Accord|Joint Statement)"
    r"(?: (?:on|of|for) (?:the )?[A-Z][\w-]*(?: (?:[A-Z][\w-]*|and|the|of))*)?"
    r"|\b(?:(?:cooperation|framework|party-to-party) )?(?:memorandum of understanding|memorandum|MoU|MOU|agreement|"
    r"protocol)\b",
    (*_TITLED, "memorandum", "MoU", "MOU", "agreement", "protocol"),
)
# "The MoU was signed by X", "signed on the Nicaraguan side by X"
# "was signed by A", "was signed in Beijing on Tuesday by A": the place and day may come before "by".
# "A and B met with the delegation" (co-hosts), not "met along with their delegations", "met with each other"
_VERB_WITH = re.compile(r"(?:[\w-]+\s+){0,3}?(?<!along\s)(?<!together\s)with\b(?!\s+(?:each other|one another))")
_SIGNED_BY = re.compile(r"\s+(?:(?:in|at|on)\s+(?:[A-Z][\w-]*\s+){1,2}(?:\d{1,2}\s+)?){0,2}"
                        r"(?:on\s+(?:the|its|their)\s+[\w-]+\s+side\s+)?by\s+")


def foreign_side(kind: str, places: str, start: str, view: SentenceView, actor, counterpart,
                 counterpart_org) -> tuple[str, str, str, str]:
    """The foreign party and country in the exchange, whether that party governed on the
    event's date, and on what that rests: (party id, ISO3, yes|no|unknown, basis). The
    counterpart's, unless the counterpart is Chinese and a foreign actor receives it ("Kim Jong
    Un received a CPC delegation"): then the actor's."""
    actor_org = _appositive_party(view, actor) or described_organization(view, actor) or _titled_organization(
        view, actor)
    sides = [(counterpart_org or counterpart, counterpart), (actor_org or actor, actor)]
    for org, person in [*sides, sides[0]]:  # neither side foreign: the counterpart's, as it is
        party_id, iso3, flag, basis = _party(org)
        country = iso3 or home_country(org) or home_country(person, view)
        if country and country != "CHN":
            break
    abroad = [p for p in places.split("|") if p not in ("", "CHN")]
    # Where a Chinese side met it, the country settles a party's name too; where a foreign host met it at home
    # ("Le Hoai Trung met a delegation of the Communist Party" of India in Hanoi), the place is the host's.
    guest_of_china = home_country(actor_org or actor, view) == "CHN"
    if country in ("", "CHN") and kind in ("visit", "meeting") and len(abroad) == 1:
        # A delegation's trip to one country, or a meeting there with someone whose country the
        # text does not give (not the Chinese side's CHN): that country is the other side.
        country, guest_of_china = abroad[0], guest_of_china or kind == "visit"
    else:
        guest_of_china = True  # the country is the side's own
    # "National Party", "the CPVCC's Commission ...": by the country; never the actor's own party.
    if not party_id and country not in ("", "CHN") and guest_of_china and (
            found := party_in_country(_written(view, org), country, start)) and found != _party(actor_org or actor)[0]:
        party_id = found
    if party_id:
        party_id, iso3, flag, basis = resolve_counterpart("party:" + party_id, start)
    return (party_id, country, flag, basis) if party_id else (party_id, country, "unknown", "")


# "the LPRP Central Committee's Commission for External Relations": the owner before a body's name
_POSSESSOR = re.compile(r"((?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*['’]s\s+)$")


def _written(view: SentenceView, side) -> str:
    """A side as written, with the possessor its name hangs on ("LPRP Central Committee's ...")."""
    if not isinstance(side, Mention):
        return side if isinstance(side, str) else ""
    before = _POSSESSOR.search(view.text, max(0, side.start - 80), side.start)
    return (before.group(1) if before else "") + view.text[side.start:side.end]


def _appositive_party(view: SentenceView, person) -> Mention | None:
    """A party named in a person's appositive, or the body of one: "Kim Song Nam, ... director
    of the International Department of the Central Committee of the Workers' Party of Korea"."""
    for start, end, described in view.appositives:
        if described is person:
            return next((m for m in view.in_span(start, end, "organization") if _party(m)[0]), None)
    return None


def _titled_organization(view: SentenceView, person) -> Mention | None:
    """The body named in the title chain right before a person: "General Secretary of the
    Communist Party of Vietnam (CPV) Nguyen Phu Trong". A party in the chain wins over the
    nearest body ("... CPV Central Committee's Commission for External Relations Le Hoai Trung")."""
    if not isinstance(person, Mention) or person.kind != "person":
        return None
    chain: list[Mention] = []
    for org in reversed([m for m in view.mentions if m.kind == "organization" and m.end <= person.start]):
        if not _TITLE_CHAIN.fullmatch(view.text, org.end, (chain[-1] if chain else person).start):
            break
        chain.append(org)
    return next((o for o in chain if o.entity_id.startswith("party:")), chain[0] if chain else None)


def _party(side) -> tuple[str, str, str, str]:
    """The party a participant is or belongs to, read from its entity id or its name."""
    if isinstance(side, str):
        return resolve_counterpart(side, "")
    if side is None or side.kind != "organization":
        return "", "", "unknown", ""
    return resolve_counterpart(side.entity_id if side.entity_id.startswith("party:") else side.name, "")


_POST_OF_BODY = re.compile(r",\s+")  # "... of the Uzbek Senate, |Safayev"
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")


def described_organization(view: SentenceView, counterpart) -> Mention | None:
    """The organisation in a person's appositive: whom the counterpart represents."""
    if counterpart is None or isinstance(counterpart, str) or counterpart.kind != "person":
        return None
    if before := next((m for m in view.mentions if m.kind == "organization" and _POST_OF_BODY.fullmatch(
            view.text, m.end, counterpart.start) and _OF_BEFORE.search(view.text, max(0, m.start - 8), m.start)), None):
        return before  # "the First Vice-Chairman of the Uzbek Senate, Safayev": the post told before the name
    for start, end, person in view.appositives:
        if person is counterpart:
            return head_organization(view.in_span(start, end, "organization"), view.text)
    return None


def appointee(text: str, after: list[Mention], trigger_at: int, trigger_end: int) -> Mention | None:
    """The person an active "appointed" or "named" puts right after it."""
    if text[trigger_at:trigger_end] != "appointed" or _PASSIVE_AUX.search(text, max(0, trigger_at - 12), trigger_at):
        return None
    first = next((m for m in after if m.kind == "person" and m.entity_id), None)
    return first if first and first.start - trigger_end < 3 else None


def co_actor(text: str, mentions: list[Mention], actor, trigger_at: int, joint: bool = False) -> Mention | None:
    """The second of two people who "jointly met" someone ("Wang Huning and Cai Qi jointly met
    ..."), or who co-chair a meeting (`joint`)."""
    if not joint and not _JOINTLY.search(text, max(0, trigger_at - 20), trigger_at):
        return None
    people = [m for m in mentions if m.kind == "person" and m.entity_id and m.end <= trigger_at]
    if len(people) < 2 or people[0] is not actor or not _CO_ACTOR_GAP.fullmatch(text, people[0].end, people[1].start):
        return None
    return people[1]


def joined_pair(text: str, mentions: list[Mention], trigger_at: int) -> tuple[Mention, Mention] | None:
    """The two people a meeting's subject joins with "and", right before its verb."""
    people = [m for m in mentions if m.kind == "person" and m.entity_id and m.end <= trigger_at]
    if len(people) < 2 or _VERB_WITH.match(text, trigger_at):  # "A and B met with the delegation": co-hosts
        return None
    # Either may carry a post set off by commas: "A, head of X, and Foreign Secretary B, ..., held talks".
    and_at = (post.end() if (post := _PAIR_POST.match(text, people[-2].end, people[-1].start)) and
              not _VERB.search(post.group(0)) else people[-2].end)
    verb_at = (post.end() if (post := _PAIR_POST.match(text, people[-1].end, trigger_at)) and
               not _VERB.search(post.group(0)) else people[-1].end)
    if text.startswith(",", verb_at) and _AND_TITLED.fullmatch(text, and_at, people[-1].start):
        verb_at += 1  # "A and head of X, B, held talks": the comma closing the second's post
    if not _PAIR_VERB.fullmatch(text, verb_at, trigger_at):
        return None
    return (people[-2], people[-1]) if _PAIR_AND.fullmatch(text, and_at, people[-1].start) else None


def pair_at(text: str, people: list[Mention], at: int) -> tuple[Mention, Mention] | None:
    """The two people joined by "and" that open a clause at `at`: "..., A, head of X, and B reviewed"."""
    named = [m for m in people if m.start >= at]
    if len(named) < 2 or not TITLE_ONLY.fullmatch(text, at, named[0].start):
        return None
    first, second = named[0], named[1]
    and_at = (post.end() if (post := _PAIR_POST.match(text, first.end, second.start)) and
              not _VERB.search(post.group(0)) else first.end)
    return (first, second) if _PAIR_AND.fullmatch(text, and_at, second.start) else None


def listed_people(text: str, view: SentenceView, first, end: int) -> list[Mention]:
    """The people listed after a meeting's first counterpart, each after a comma or "and" and
    nothing but a capitalised title: "met with A, general secretary of X, and Prime Minister B"; past
    a relative clause that gives the one before a post ("A, who is also the leader of X, Speaker B")."""
    if not isinstance(first, Mention) or first.kind != "person":
        return []
    described = {id(person): phrase_end for _, phrase_end, person in view.appositives}
    if (aside := _COPULAR_WHO.match(text, end)) and any(
            m.start >= aside.end() and (m.start == aside.end() or _CAPITAL_TITLE.fullmatch(text, aside.end(), m.start))
            for m in view.people):  # "A, who is a member of X, B, chair of Y": B's name right after the clause
        last = next((m for m in reversed(view.people) if m.end <= end), None)
        if last is not None:
            described[id(last)] = aside.end() - 2  # the relative clause describes the one before it
            end = view.sentence.end
    # "met with A, member of X; B, Secretary General of Y, Minister of Justice; and C, ...": a list of
    # semicolons, one person with his posts between each two
    semicolons = bool(_SEMICOLON_LIST.match(text, end)) and any(
        _SEMICOLON_LIST.match(text, end, m.start + 1) and m.start >= end for m in view.people)
    end = view.sentence.end if semicolons else end
    out, previous = [], first
    # A name the appositive after the one before it swallowed ("A, co-leader of the SPD B") is listed too.
    free = {id(m) for m in view.free_mentions}
    bodies = [m for m in view.mentions if m.kind == "organization"]
    for m in view.mentions:
        if m.start <= first.start or m.end > end or m.kind != "person" or not m.entity_id:
            continue
        if text.startswith(("'s ", "’s "), m.end):
            continue  # "A, Xi Jinping's special envoy, met": a possessor in A's title
        if id(m) not in free and any(o.start < m.end and m.start < o.end for o in bodies):
            continue  # "president of the Party of European Socialists": a body's name, read as a person's
        gap_start = described.get(id(previous), previous.end)
        gap_start = gap_start if gap_start <= m.start else previous.end
        if id(m) not in free and " of " in text[gap_start:m.start] and not any(
                0 <= m.start - o.end <= 1 for o in bodies):
            continue  # "A, envoy of President B": B is named in A's title; "co-leader of the SPD B" lists B
        gap = text[gap_start:m.start].replace(";", ",") if semicolons else text[gap_start:m.start]
        if not _list_gap(gap, 0, len(gap)):
            continue  # a name inside a title ("director of the Ho Chi Minh Academy"), or past a verb
        if (opens := _OPENS_CLAUSE.match(text, m.end)) and opens.end() <= end:
            break  # "met with A, and B attended the banquet": B is the next clause's subject, not one met
        out.append(m)
        previous = m
    return out


_OPENS_CLAUSE = re.compile(r"\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]{2,}ed|met|meets|held|holds|said|says|told|"
                           r"will|would|was|were|is|are|has|have|had|led|leads|gave|made)\b")


# "was met with or hosted by Vice President A, B and C", "were received by A and B": each of them is a host.
_PASSIVE_BY = re.compile(r"(?:was|were|been|being)\s+"
                         r"(?:(?:met(?:\s+with)?|received|hosted|welcomed)(?:\s+or\s+|,\s+)?)+"
                         r"\s*(?:[a-z]+\s+){0,3}?by\s+(?:(?:[A-Z][\w.’'()-]*|of|the|and|for|former)\s+){0,12}$")


def passive_host(text: str, trigger_at: int, host_at: int) -> bool:
    """Whether the meeting's doer after its trigger is the first host of a passive "was met by A, B and C"."""
    return bool(_PASSIVE_BY.search(text, max(0, trigger_at - 12), host_at))


def _list_gap(text: str, start: int, end: int) -> bool:
    """Whether only titles lie between two listed people: comma-separated title phrases ("...,
    director of the Academy and chairman of the Council, Le Hoai Trung") and the capitalised
    title right before the next name; never a verb ("and conveyed greetings")."""
    *titles, last = text[start:end].split(",")
    if _OF_END.search(last):
        return False  # "vice president of the Party of the European Left": a body's name after "of the"
    joined = titles or "," in text[start:start + 2] or _JOINED_TITLE.match(last)
    lower_title = bool(joined) and bool(_LOWER_TITLE.fullmatch(last)) and bool(TITLE_HEAD.search(last)) and \
        not _VERB.search(last) and not _PAST_VERB.search(last) and not _PREP_POST.search(last)
    return bool(_LIST_GAP.fullmatch(last) or lower_title or titles and _OWN_DEPUTY.fullmatch(last)) and all(
        not _VERB.search(t) and (TITLE_HEAD.search(t) or _CAPITALISED.fullmatch(t) or _CAPITAL_TITLE.fullmatch(t))
        for t in titles
    )


# "hosted the launch of Chinese leader X's book", "received X's special envoy Y": whom X's name qualifies is met, not X;
# X's own delegation or team stands for X.
_OWN_SIDE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}(?:delegation|team|party|side|entourage|representatives?)\b")


_AT_VENUE = re.compile(r"\bat\s+(?:the\s+)?$")


def clause_counterpart(text: str, after: list[Mention], kind: str, trigger_end: int, end: int):
    """Who the actor met, founded or was appointed to. A person "led by" wins over the
    delegation's organisation; a founded body may be an unnamed noun phrase ("a party training
    school"); a visit has a counterpart only when the text names a host."""
    if source := _ACCORDING.search(text, trigger_end, end):  # "..., according to a statement by the Department"
        end, after = source.start(), [m for m in after if m.start < source.start()]
    if topic := _TOPIC.search(text, trigger_end, end):  # "talk with his hosts about the results of the 19th Congress"
        end, after = topic.start(), [m for m in after if m.start < topic.start()]
    orgs = [m for m in after if m.kind == "organization"]
    people = [m for m in after
              if m.kind == "person" and not TIE_TO.search(text, max(trigger_end, m.start - 90), m.start)
              and not (possessed(text, m.end) and not _OWN_SIDE.match(text, m.end))]
    # "hosted him to dinner at the Peach Garden restaurant at OCBC Centre": a venue, not whom the host met
    counterpart_org = next((m for m in orgs if kind != "meeting" or not _AT_VENUE.search(
        text, max(0, m.start - 8), m.start)), None)
    led_by = LED_BY.search(text, trigger_end, end)
    if led_by and (led := [m for m in people if m.start >= led_by.end()]):
        return led[0], _delegation_of(orgs, led[0])
    if kind == "founding":
        if orgs and orgs[0].start - trigger_end <= 5:
            return orgs[0], None
        found = _FOUNDED_OBJECT.match(text, trigger_end, end)
        return (found.group("object") if found else None), None
    if kind == "visit":
        return None, None
    if kind == "appointment":
        return counterpart_org, None
    if people:
        return people[0], _delegation_of(orgs, people[0])
    if counterpart_org is not None and _MEMBERS_OF.search(text, max(trigger_end, counterpart_org.start - 20),
                                                          counterpart_org.start):
        return None, None  # "held discussions with members of the Coordination Committee": a group, no one named
    delegation = DELEGATION.search(text, trigger_end, end)
    if delegation and (counterpart_org is None or delegation.end() <= counterpart_org.start and _NEXT_VERB.search(
            text, delegation.end(), counterpart_org.start)):
        # "received a delegation of young politicians from Mongolia"; "to meet the leaders of the
        # government of Sri Lanka and host a briefing on the 20th CPC Congress": not the body after.
        return delegation.group("delegation"), None
    return counterpart_org, None


def _delegation_of(orgs: list[Mention], person: Mention) -> Mention | None:
    """The body a counterpart comes for: named before the person ("a delegation of the
    Workers' Party of Ghana led by ..."), never one named after ("... according to the department")."""
    before = [m for m in orgs if m.end <= person.start]
    return before[-1] if before else None


def agreement_sides(text: str, actor, after: list[Mention], span: tuple[int, int, int, int], told: bool = False,
                    mentions: list[Mention] | None = None):
    """Who signed what: the subject right before "signed" (or the one the clause was `told` of: "the
    sides signed" after their talks), or the person after "signed by"; and the document. A document
    named in lower case that no one in the clause signs is dropped."""
    start, trigger_at, trigger_end, end = span  # the clause's, so an earlier clause's title is not this one's
    title = _AGREEMENT_TITLE.search(text, start, end)
    counterpart = title.group(0) if title else None
    if mentions and (pair := joined_pair(text, mentions, trigger_at)) and pair[0].start >= start:
        return pair  # "A, head of X, and B, chairman of Y, signed": the two sides, whatever their posts' length
    actor = actor if actor and (told or trigger_at - actor.end < 40) else None
    # "The MoU was signed by Rahul Gandhi"; not a law, a budget or a petition "signed by" its signers
    if title and title.start() < trigger_at and _SIGNED_BY.match(text, trigger_end):
        actor = next((m for m in after if m.kind == "person" and m.entity_id), None)
    if actor is None and WITNESSED_BY.search(text, trigger_end - 20, trigger_end + 5):  # "... were witnessed by A"
        actor = next((m for m in after if m.kind == "person" and m.entity_id), None)
    actor, signer = co_signer(text, mentions or after, actor, (start, trigger_end, end))
    if signer is not None:  # "A and B signed", "witnessed by A and B": the co-signer, not the document
        return actor, signer
    if actor is None and title and not title.group(0).startswith(_TITLED):
        counterpart = None  # "The MoU has been signed ahead of ...": a restatement, not a coded event
    return actor, counterpart


def complete(kind: str, actor, counterpart, places, region) -> bool:
    """An event is kept only when the clause says enough to code it: a visit needs someone
    going somewhere, a meeting someone meeting someone, a founding the body founded."""
    if kind == "visit":
        return bool(actor and (places or region))
    if kind in ("meeting", "summit", "appointment"):  # and no one meets himself ("She met X" read as X)
        ids = getattr(actor, "entity_id", ""), getattr(counterpart, "entity_id", "")
        # two people the reference does not know both carry "": only known ids can be the same one
        return bool(actor and counterpart) and actor is not counterpart and not (ids[0] and ids[0] == ids[1])
    return bool(counterpart)  # a founding or an agreement: what was founded or signed
