"""Tenure claims: who held which post, from when to when, as the document states it.

One row per claim (FollowTheMoney/OpenSanctions occupancies): a profile saying Liu "has
served as Foreign Ministry spokesperson, Director-General of the information department, and
ambassador to the Philippines and Indonesia" yields four ended posts. Status is what the
sentence says: "former", "has served as", "when he was" and an end date make a post ended;
a present-tense title is current as of the document's date; nothing else is inferred.
"""
from __future__ import annotations

import re

from liaison.extract.context import (
    PRONOUN,
    TITLE_HEAD,
    TITLE_HEADS,
    CuedPattern,
    Salience,
    SentenceView,
    head_organization,
)
from liaison.extract.infobox_posts import infobox_positions
from liaison.extract.mentions import Mention
from liaison.extract.name_posts import COURTESY
from liaison.extract.position_rows import Position, dedupe, position_row
from liaison.load.dates import PartialDate
from liaison.reference.lists import find_in, org_automaton, org_names
from liaison.reference.places import find_places, iso3_for, place_named
from liaison.reference.provinces import province_of

_LEADING = re.compile(
    r"^(?:(?:also|and|now|currently|current|incumbent)\s+)*(?:(?:a|an|the|its|his|her)\s+|[A-Z][a-z]+['’]s\s+)?"
    r"(?:(?:current|incumbent|sitting)\s+)?"  # "the current head": the status the row already has, not a title
    r"(?P<former>(?:former|then|ex-|one-time|erstwhile)\s+)?", re.I)
# "who is paying a visit to Vietnam as the head of X": the post is what follows "as".
_DOING_AS = re.compile(r"\w+ing\b[^,;.]*?\bas\s+")
_SAYS = re.compile(r"\b(?:reported|reports|said|says|told|announced|added|wrote|quoted)\b")
_PREPOSITION = re.compile(r"\s(?:of|at|in|for)\s")
# _RELATIVE and _HEADED, tried after every person, run only in sentences holding "who".
_RELATIVE = re.compile(
    r"\s*,?\s+who\s+(?P<verb>is|was|has been|had been|serves as|served as|has served as|had served as)"
    r"\s+(?P<phrase>[^,;.]{3,160})"
)
_HEADED = re.compile(
    r"\s*,?\s+who\s+(?P<verb>has headed|had headed|heads|headed|has led|leads|led)\s+(?P<phrase>[^,;.]{3,160}?)"
    r"(?:\s+for\s+(?P<qual>just over |about |nearly |more than |over |almost )?"
    r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?P<unit>year|month)s?)?"
    r"(?=[,;.]|\s+(?:is|was|and|as)\b|$)"
)
_CAREER = CuedPattern(
    r"(?:has|had)\s+(?:previously\s+|also\s+)?(?:served|worked)\s+as\s+(?P<list>[^.;]+)"
    r"|(?:previously|formerly)\s+(?:served|worked)\s+as\s+(?P<list2>[^.;]+)",
    ("served", "worked"),
)
_CAREER_SPLIT = re.compile(r",\s*and\s+as\s+|\s+and\s+as\s+|,\s*and\s+|,\s+|\s+and\s+")
_WHEN_WAS = CuedPattern(r"\b(?:when|while)\s+(?:he|she)\s+was\s+(?P<phrase>[^,;.]{3,160})", ("when", "while"))
_APPOINTMENT = CuedPattern(
    r"\b(?:appointment\s+as|(?:was|were|has\s+been|had\s+been|is|been)\s+(?:appointed|named|elected|promoted)(?:\s+to)?(?:\s+as)?)"
    r"\s+(?P<phrase>[^,;.]{3,160}?)(?=\s+(?:in|on|last|this|was|is|since|from|after|replacing|succeeding)\b|[,;.]|$)",
    ("appoint", "named", "elected", "promoted"),
)
# A post's dates stand right after it: "head of the ... Office, from August 2015 to April 2017".
_DATE_GAP = re.compile(r"[\s,]*(?:(?:in|on|since|from)\s+)?")
# "a member of the CPC Central Committee and party secretary of Jiangxi province": two posts.
_AND_TITLE = re.compile(rf"\s+and\s+(?=(?:(?:the|a|an)\s+)?(?:former\s+|deputy\s+|vice\s+)?(?:{TITLE_HEADS})\b)", re.I)
# A title's own first words, never read as the demonym before it ("Vice Minister", "Deputy Prime Minister").
_TITLE_PREFIX = r"(?:Foreign|Defense|Defence|Prime|Vice|Deputy|First|Executive)"
_ADDRESS = (*COURTESY.split("|"), "Prof", "Gen", "Lt", "Col", "Maj")  # a form of address or a rank: "Gen Prawit"
_PRE_TITLE = re.compile(
    r"(?P<former>\b(?:[Ff]ormer|[Ee]x-)\s*)?"
    rf"(?:(?P<demonym>(?!(?:{_TITLE_PREFIX}|General|Secretary)\b)[A-Z][a-z]+|US|U\.S\.|UK) )?"
    rf"(?P<title>(?:{_TITLE_PREFIX} )*(?:President|Premier|Minister|"
    r"Secretary of State|Secretary|Undersecretary|Under-Secretary|Ambassador|Chancellor|Governor|Mayor|Chairman|"
    r"General Secretary|Secretary-General|Spokesperson|Spokesman))\s+"
    rf"(?:\[?(?:{'|'.join(_ADDRESS)})\.?\]?\s+)?$"
)
# What the text before a _PRE_TITLE match ends with, trailing space aside: a title's last word, or a form of address
# or a rank as that match may write it ("Mr", "Mr.", "[Mr]", "[Mr.]").
_PRE_TITLE_ENDINGS = (
    "President", "Premier", "Minister", "State", "Secretary", "Undersecretary", "Ambassador", "Chancellor", "Governor",
    "Mayor", "Chairman", "General", "Spokesperson", "Spokesman",
    *(word + end for word in _ADDRESS for end in ("", ".", "]", ".]")),
)
# "Chairman of the Christian Democratic Union Friedrich Merz": a title of a body right before the
# name, the body's words capitalised (or joining words), past at most its bracketed short form;
# "the head of the CPC International Department, Liu Jianchao," names the holder after a comma.
# \x00 stands for the sentence's start.
_TITLE_OF_BEFORE = re.compile(
    rf"(?P<boundary>\x00|[,;:]\s+|\b(?:and|with|by|met|meets|received|receives)\s+)"
    rf"(?P<phrase>(?i:(?:the\s+)?(?:(?:former|deputy|vice|acting|executive|first|honorary|senior|standing|permanent|general"
    rf"|national|chief)\s+|\w+-){{0,3}}(?:{TITLE_HEADS}))\s+of\s+(?:the\s+)?"
    r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|the|and|for|on|de|del|la|du|des)\s+)*[A-Z][\w'’.&-]*)*)"
    r"\s*(?:\([^()]{1,40}\)\s*)?(?P<comma>,\s*)?$"
)
_LOWER_TITLE_BEFORE = re.compile(
    r"\s(?P<title>(?:(?:vice|deputy|first|executive)[- ])?(?:president|chairman|chairwoman|chair|leader|"
    r"secretary[- ]general|general secretary|spokesperson|spokesman))\s+$"
)
_AMBASSADOR_BEFORE = re.compile(
    r"(?:the\s+)?(?:(?P<demonym>[A-Z][a-z]+)\s+)?(?P<title>ambassador\s+to\s+(?:the\s+)?[A-Z][\w ]{1,40}?),\s*$"
)
# A post in a Chinese province's own bodies, tried only in a title's tail naming a committee or a
# government: "the CPC Yunnan Provincial Committee", "the Party Committee of the Guangxi Zhuang
# Autonomous Region", "the Shanghai Municipal People's Government". "Yunnan University" is no such body.
_LOCAL_AFTER = re.compile(
    r"\s*(?:(?:Provincial|Regional|Municipal|Autonomous\s+Regional|Autonomous\s+Region|Province|City)\s+)?"
    r"(?:(?:Party|CPC|People['’]s)\s+)?(?:Committee|Government|Congress)\b"
    r"|\s*(?:Province|(?:Zhuang\s+|Uygur\s+|Uyghur\s+|Hui\s+)?Autonomous\s+Region|Municipality)?\s*$", re.I)
# A unit named inside a body, the post's own: "head of the Andean Community Section of the International
# Department", "director of the General Office of the ILD" head that unit, not the department.
_SUB_UNIT = re.compile(r"(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){1,6}(?:Section|Division|Bureau|Office|Desk|Unit|Branch)"
                       r"\s+of\s+(?:the\s+)?")
# The party's own leading organs between a title and the party: "member of the Standing Committee of the Political
# Bureau of the CPC Central Committee", "General Secretary of the Central Committee of the X Party" are the party's.
_PARTY_ORGANS = re.compile(r"(?:the\s+)?(?:(?:Standing\s+Committee|Political\s+Bureau|Politburo|Secretariat"
                           r"|Central\s+Committee|Presidium|National\s+Committee)\s+of\s+(?:the\s+)?)*")
# A country's own body after it: "Head of Germany's Federal Chancellery", the post in the chancellery.
_POSSESSIVE_BODY = re.compile(r"(?:’s|'s)\s+(?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*\s*$")
_LOCAL_CUE = re.compile(r"ommittee|overnment|Congress|Province|Region|Municipality")
_LOCAL_BEFORE = re.compile(r"\b(?:(?:Party|CPC|Communist\s+Party)\s+Committee|Government)\s+of\s+(?:the\s+)?$", re.I)
# Between a province and the title after it: "Yunnan Provincial Party Secretary", "Yunnan Governor".
_LOCAL_TITLE_GAP = re.compile(r"\s+(?:(?:Provincial|Regional|Municipal|Province|City)\s+)?(?:CPC\s+)?", re.I)
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}


def find_positions(text: str, views: list[SentenceView], all_mentions: list[Mention], subject: Mention | None,
                   infobox: list[tuple[int, int, str]], anchor: PartialDate | None) -> list[Position]:
    """Every tenure claim in a document's prose and infobox."""
    salience = Salience(all_mentions)
    out: list[Position] = []
    for view in views:
        sentence = view.sentence
        for start, end, person in view.appositives:
            for piece_start, piece_end in _coordinated(text, start, end):
                out += _from_phrase(text, view, person, piece_start, piece_end, "appositive", ended=False)
        relative = "who" in sentence.text
        for person in view.people:
            if relative and (rel := _RELATIVE.match(text, person.end, sentence.end)):
                ended = rel.group("verb") in ("was", "had been", "served as", "has served as", "had served as")
                phrase_start = rel.start("phrase")
                if doing := _DOING_AS.match(text, phrase_start, rel.end("phrase")):
                    phrase_start = doing.end()
                out += _from_phrase(text, view, person, phrase_start, rel.end("phrase"), "relative clause", ended)
            if relative and (headed := _HEADED.match(text, person.end, sentence.end)):
                out += _headed(text, view, person, headed, anchor)
            out += _pre_title(text, view, person)
        for match in _CAREER.finditer(text, sentence.start, sentence.end):
            subject = _subject_before(view, match.start(), salience)
            if subject:
                out += _career(text, view, subject, match)
        for match in _WHEN_WAS.finditer(text, sentence.start, sentence.end):
            subject = salience.at(match.start())
            if subject:
                out += _from_phrase(
                    text, view, subject, match.start("phrase"), match.end("phrase"), "when he was", ended=True
                )
        for match in _APPOINTMENT.finditer(text, sentence.start, sentence.end):
            subject = _subject_before(view, match.start(), salience)
            if subject:
                out += _from_phrase(
                    text,
                    view,
                    subject,
                    match.start("phrase"),
                    match.end("phrase"),
                    "appointment",
                    ended=False,
                    start_from_dates=True,
                )
    out += infobox_positions(text, infobox, all_mentions, subject)
    return dedupe(out)


def _from_phrase(text: str, view: SentenceView, person: Mention, start: int, end: int, cue: str, ended: bool,
                 start_from_dates: bool = False) -> list[Position]:
    """A title phrase ("the party chief of Guangxi ... region") to a position row."""
    phrase = text[start:end]
    lead = _LEADING.match(phrase)
    if lead is None or _SAYS.search(phrase):
        return []  # "Song Tao, the party's official newspaper reported": a source speaking, no post
    former = bool(lead.group("former"))
    body_start = start + lead.end()
    body = text[body_start:end]
    if not TITLE_HEAD.search(body):
        return []
    prep = _PREPOSITION.search(body)
    if body.lower().startswith("ambassador to") or not prep:
        title, org_text, org_start = body, "", end
    else:
        title, org_text, org_start = body[: prep.start()], body[prep.end():], body_start + prep.end()
    if not TITLE_HEAD.search(title):
        return []
    organization, organization_id = _organization(view, org_start, end, org_text)
    if not organization and (inner := [m for m in view.in_span(body_start, end, "organization")]):
        organization, organization_id = inner[0].name, inner[0].entity_id
        # "Adem Farah, Prosperity Party’s deputy chairman": the title after the body's possessive
        around = (text[body_start:inner[0].start] + text[inner[0].end:end]).strip()
        title = re.sub(r"^(?:’s|'s)\s+", "", around) or title
    start_date, end_date = _range_after(view, start, end)
    if start_from_dates and not start_date:
        start_date = _date_after(view, end)
    status = "ended" if (ended or former or end_date) else "current"
    return [position_row(person, title, organization, organization_id, start_date, end_date, status, view, cue)]


def _organization(view: SentenceView, start: int, end: int, org_text: str) -> tuple[str, str]:
    """The organisation (or jurisdiction) in the tail of a title phrase."""
    if not org_text:
        return "", ""
    if _LOCAL_CUE.search(org_text) and (local := _provincial_body(view, start, end))[1]:
        return local
    org = head_organization(view.in_span(start, end, "organization"), view.text)
    opening = start + len(org_text) - len(org_text.lstrip())
    if org is not None and _SUB_UNIT.fullmatch(view.text, opening, org.start):
        return _cleaned(view.text[start:end]).rstrip(","), ""
    party = org is not None and (org.entity_id.startswith("party:") or org.entity_id == "org:cpc")
    if org and party and view.text.startswith(("’s", "'s"), org.end) and view.text[org.end + 2:end].strip():
        # "head of the Communist Party of China's international ties department": a body of the
        # party, which the post is in; "head" of the party would read as its leader.
        return view.text[org.start:end].strip(" ,"), ""
    if org and party and not _PARTY_ORGANS.fullmatch(view.text, opening, org.start):
        # "Minister of International Relations of the Central Committee of the CPC", "head of propaganda of the CCP":
        # a unit of the party named before it holds the post, as after its possessive.
        return _cleaned(view.text[start:end]).rstrip(","), ""
    if org:
        return org.name, org.entity_id
    places = [m for m in view.in_span(start, end, "place") if m.place_kind not in ("demonym", "region")]
    if places:
        specific = [m for m in places if m.place_kind in ("province", "city", "capital")]
        chosen = (specific or places)[-1]
        if _POSSESSIVE_BODY.match(view.text, chosen.end, end):
            return _cleaned(view.text[start:end]).rstrip(","), ""
        return chosen.name, chosen.entity_id
    cleaned = _cleaned(org_text)
    # A known body whose mention ran past the phrase ("... of the Communist Party of China (CPC)").
    known = find_in(org_automaton(), cleaned)
    if len(known) == 1 and known[0][0] == 0 and known[0][1] == len(cleaned) and known[0][3]:
        return org_names()[known[0][3]], "org:" + known[0][3]
    return cleaned, ""


def _cleaned(org_text: str) -> str:
    """A body's words as a title phrase ends with them, its article left off."""
    return re.sub(r"^(?:the|its|his|her)\s+", "", org_text.strip(), flags=re.I)


def _provincial_body(view: SentenceView, start: int, end: int) -> tuple[str, str]:
    """(province, its id) when the title's tail is a Chinese province's (or its city's) party
    committee or government, else ("", ""). The tail is short: the gazetteer is asked again
    within it, since a body's mention hides the places inside its name."""
    for place in find_places(view.text[start:end]):
        name, place_id = province_of(place.name, place.kind, place.iso3)
        if place_id and ((after := _LOCAL_AFTER.match(view.text, start + place.end, end)) is not None and (
                after.group(0).rstrip().endswith(("ommittee", "overnment", "ongress"))
                or view.text[start:start + place.start].strip().lower() in ("", "the"))
                or _LOCAL_BEFORE.search(view.text, start, start + place.start)):
            return name, place_id
    return "", ""


def _province_before(text: str, low: int, title_at: int, end: int) -> tuple[str, str]:
    """(province, its id) named right before a title, or as its first word: "Yunnan Provincial
    Party Secretary", "Yunnan Governor"; `low`..`end` is the text before the name."""
    for place in find_places(text[low:end]):
        place_start, place_end = low + place.start, low + place.end
        if place_start == title_at or place_end <= title_at and (
                (gap := _LOCAL_TITLE_GAP.match(text, place_end, title_at)) is not None and gap.end() == title_at):
            name, place_id = province_of(place.name, place.kind, place.iso3)
            if place_id:
                return name, place_id
    return "", ""


def _headed(
    text: str, view: SentenceView, person: Mention, match: re.Match, anchor: PartialDate | None
) -> list[Position]:
    """"who has headed the ... Department for just over a year": head, current, start from duration."""
    organization, organization_id = _organization(
        view, match.start("phrase"), match.end("phrase"), match.group("phrase")
    )
    start = ""
    if match.group("n") and anchor is not None:
        n = _NUMBER_WORDS.get(match.group("n").lower()) or int(match.group("n"))
        if match.group("unit") == "year":
            start = str(anchor.year - n)  # a stated duration gives the year at most
    ended = match.group("verb") in ("had headed", "headed", "led")
    return [
        position_row(
            person,
            "head",
            organization,
            organization_id,
            start,
            "",
            "ended" if ended else "current",
            view,
            "who has headed",
        )
    ]


def _pre_title(text: str, view: SentenceView, person: Mention) -> list[Position]:
    """"Chinese Foreign Minister Qin Gang", "the Chinese ambassador to Italy, Jia Guide"."""
    before = text[max(view.sentence.start, person.start - 80) : person.start]
    tail = before.rstrip()  # the patterns' final \s* or \s+ and $ match what rstrip removes
    match = None
    if tail.endswith(_PRE_TITLE_ENDINGS):
        match = _PRE_TITLE.search(before)
    elif tail.endswith(","):
        match = _AMBASSADOR_BEFORE.search(before)
    if not match:
        return _body_title_before(text, view, person, before) or _title_of_before(text, view, person)
    country = iso3_for(match.group("demonym")) if match.group("demonym") else None
    organization = match.group("demonym") and country and _country_label(country) or ""
    organization_id = "place:" + country if country else ""
    title = " ".join(match.group("title").split())
    title_at = person.start - len(before) + match.start("demonym" if match.group("demonym") else "title")
    demonym = match.group("demonym") or ""
    if country is None or country == "CHN" and (named := place_named(demonym)) and named.kind not in (
            "country", "demonym"):  # "Yunnan Governor", "Yunnan Provincial Party Secretary": a province's post
        province, province_id = _province_before(text, max(view.sentence.start, title_at - 60), title_at,
                                                 person.start)
        if province_id:
            organization, organization_id = province, province_id
            title = "Party " + title if demonym == "Party" else title
    if not organization:  # "ANC Secretary-General Fikile Mbalula": the body named right before the title
        body = _body_before(text, view, title_at)
        organization, organization_id = (body.name, body.entity_id) if body else ("", "")
    status = "ended" if match.groupdict().get("former") else "current"
    return [position_row(person, title, organization, organization_id, "", "", status, view, "title before name")]


def _body_title_before(text: str, view: SentenceView, person: Mention, before: str) -> list[Position]:
    """"Cambodian People's Party vice-president Men Sam An": a lower-case title right after the
    body it belongs to, and right before the name."""
    match = _LOWER_TITLE_BEFORE.search(before)
    if not match:
        return []
    title_at = person.start - len(before) + match.start("title")
    body = _body_before(text, view, title_at)
    if body is None or body.cue == "rule":
        return []  # only a body the registry or gazetteer knows: a run of capitalised words may be anything
    return [position_row(person, match.group("title"), body.name, body.entity_id, "", "", "current", view,
                 "title before name")]


def _body_before(text: str, view: SentenceView, at: int) -> Mention | None:
    """The organisation that ends right before `at`, blanks aside: the body a title belongs to."""
    return next((m for m in view.mentions if m.kind == "organization" and m.end < at and not text[m.end:at].strip()),
                None)


def _title_of_before(text: str, view: SentenceView, person: Mention) -> list[Position]:
    """"met with Chairman of the Christian Democratic Union Friedrich Merz": the title phrase,
    read as an appositive's would be, unless it names a person itself."""
    # The phrase starts after the person before it: "with Minister of Foreign Affairs Wang Yi and
    # Chairman of the Unity Party Ravi Menon" reads Ravi Menon's title, not Wang Yi's.
    low = max([view.sentence.start, person.start - 160] + [m.end for m in view.people if m.end <= person.start])
    tail = text[low:person.start].rstrip()
    last_word = tail[tail.rfind(" ") + 1:]
    if last_word.endswith(","):
        last_word = last_word[:-1]
    if text.find(" of ", low, person.start) < 0 or not last_word or not (
            last_word[0].isupper() or last_word[-1] == ")"):
        return []
    before = ("\x00" if low == view.sentence.start else "") + text[low:person.start]
    match = _TITLE_OF_BEFORE.search(before)
    # After a comma the phrase must open with "the" and follow no comma: "A, the head of X, B" is A's.
    if not match or match.group("comma") and (match.group("boundary")[0] in ",;:"
                                              or not match.group("phrase").lower().startswith("the ")):
        return []
    shift = low - (len(before) - (person.start - low))
    start, end = match.start("phrase") + shift, match.end("phrase") + shift
    return _from_phrase(text, view, person, start, end, "title before name", ended=False)


def _career(text: str, view: SentenceView, person: Mention, match: re.Match) -> list[Position]:
    """A list of past posts, each its own row; "ambassador to A and B" gives two."""
    group = "list" if match.group("list") else "list2"
    start, end = match.start(group), match.end(group)
    pieces, cursor = [], start
    for sep in _CAREER_SPLIT.finditer(text, start, end):
        pieces.append((cursor, sep.start()))
        cursor = sep.end()
    pieces.append((cursor, end))
    out: list[Position] = []
    for piece_start, piece_end in pieces:
        piece = text[piece_start:piece_end].strip()
        if out and not TITLE_HEAD.search(piece) and _is_place(view, piece_start, piece_end):
            previous = out[-1]
            if previous.title.lower().startswith("ambassador to "):
                place = text[piece_start:piece_end].strip()
                out.append(position_row(person, "ambassador to " + place, "", "", "", "", "ended", view, "career list"))
            continue
        out += _from_phrase(text, view, person, piece_start, piece_end, "career list", ended=True)
    return out


def _subject_before(view: SentenceView, offset: int, salience: Salience) -> Mention | None:
    """The person a clause is about: the last named person before it in the sentence, or the
    salient person when the clause's subject is a pronoun."""
    people = [m for m in view.free_mentions if m.kind == "person" and m.entity_id and m.end <= offset]
    if people:
        return people[-1]
    if PRONOUN.search(view.sentence.text[: offset - view.sentence.start]):
        return salience.at(offset)
    return None


def _range_after(view: SentenceView, start: int, end: int) -> tuple[str, str]:
    """A tenure's "from ... to ..." inside the title phrase or right after it."""
    for mention in view.dates:
        if mention.end_date is not None and start <= mention.start and _adjacent(view.text, end, mention.start):
            return mention.date.iso(), mention.end_date.iso()
    return "", ""


def _date_after(view: SentenceView, end: int) -> str:
    """An appointment's date right after its post: "appointed head of X in May"."""
    return next((d.date.iso() for d in view.dates if d.start >= end and _adjacent(view.text, end, d.start)), "")


def _adjacent(text: str, end: int, start: int) -> bool:
    return start <= end or ((gap := _DATE_GAP.match(text, end, start)) is not None and gap.end() == start)


def _coordinated(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a title phrase at "and" when another title follows it."""
    pieces, cursor = [], start
    for match in _AND_TITLE.finditer(text, start, end):
        pieces.append((cursor, match.start()))
        cursor = match.end()
    return pieces + [(cursor, end)]


def _is_place(view: SentenceView, start: int, end: int) -> bool:
    return bool(view.in_span(start, end, "place"))


def _country_label(iso3: str) -> str:
    from liaison.reference.places import country_name

    return country_name(iso3)
