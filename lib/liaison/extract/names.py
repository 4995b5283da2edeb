"""Finding people's names in English text without a statistical model.

No English NER model installs offline here, so names are found by evidence a reader would use:
- a Chinese name in pinyin: a common surname followed by a one- or two-syllable given name
  ("Liu Jianchao", "Jia Guide", "Sun Haiyan"), validated syllable by syllable;
- any capitalised name with a cue: a title before it ("Undersecretary Maria Tripodi", "scholar
  Anne-Marie Brady"), a person appositive after it ("Giulia Pompili, an expert China watcher"),
  a speech verb ("..., said Wang Jian"), or an agency report's delegation formula ("a
  delegation ... led by its general secretary Kwame Asante");
- "the Meloni government", "the Xi Jinping administration": a head of government.
Known people from reference data are matched separately (see `reference.py`); where each cued
pattern is tried is found first (see `name_cues.py`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from liaison.extract import name_shapes as shapes
from liaison.extract.name_caps import capitalised_surnames
from liaison.extract.name_cues import APPOSITION, CAPTION_PLACE, cue_starts, matches_at
from liaison.extract.name_posts import (
    ADDRESSED,
    BODY_LAST_WORDS,
    COURTESY,
    PLURAL_POSTS,
    PORTFOLIOS,
    PRE_TITLES,
    SPEECH_VERBS,
    TITLES_OF,
)
from liaison.extract.name_shapes import GAP, NOT_NAME_WORDS, TOKEN, find_shaped_names, is_shaped_name
from liaison.extract.name_single import post_one_names
from liaison.extract.postings import POSTED_TO
from liaison.reference.lists import ORG_HEADS, STOP_WORDS
from liaison.reference.pinyin import is_pinyin_name

_TOKEN = TOKEN
_HEADLINE_VERB_WORDS = frozenset(shapes.HEADLINE_VERBS.split("|"))
# Initials as Central Asian and South Asian copy writes them: "Zh.Enkhbayar", "G.L. Peiris"; a
# middle initial: "Laszlo B. Nagy". Never "U.S." or "Mr." ("Mr. Xi" is a surname after a title).
INITIAL = r"(?:[A-Z]|Zh|Sh|Ch|Kh|Ts|Yu|Ya|Ye|Yo)\."
_INITIALS = re.compile(rf"(?:{INITIAL})+")
_INITIALED = re.compile(rf"(?:{INITIAL}){{1,3}} ?(?![A-Z]\.){_TOKEN}")
# Particles inside a name: "Bashar al-Assad", "Muhammad Yousuf el-Sharif", "Peixoto de Magalhaes".
PARTICLE = r"(?:(?:al|el|ad|ar|as|ash|at|az)-|(?:de|da|do|dos|das|del|di|van|von|der|den|bin|ibn) )"
# ... or two capitals: "James CY Soong" (not an acronym: no "US", "UK", "EU", "UN", "MP", "PM" or "HE").
_NOT_INITIALS = frozenset("US UK EU UN MP PM HE".split())
_NAME = (rf"(?:{_TOKEN}(?:{GAP}(?:[A-Z]\.{GAP}|(?!{'|'.join(sorted(_NOT_INITIALS))})[A-Z]{{2}}{GAP}(?=[A-Z][a-z]))?"
         rf"{PARTICLE}?"
         rf"{_TOKEN}){{1,4}}(?!\.[A-Za-z]|(?<=\b[A-Z])\.)"
         rf"|(?!U\.[SKN]\.|H\.E\.)(?:{INITIAL}){{1,3}} ?(?![A-Z]\.){_TOKEN}(?!\w))")
# The word boundary before the surname is a look-behind after its capital, so that the regex
# engine can skip from capital to capital instead of trying every position.
_CHINESE = re.compile(
    rf"(?P<surname>[A-Z](?<!\w[A-Z])[a-z]{{0,5}}){GAP}(?P<given>[A-Z][a-z]{{1,11}}(?:-[a-z]{{1,6}})?)\b"
    rf"(?! (?!(?:{shapes.HEADLINE_VERBS})\b)[A-Z][a-z])"
)
_WORD = re.compile(r"\S+")
_ORG_HEADS = frozenset(ORG_HEADS.split("|"))
# Tried from each run of capitals (a look-behind first would make the engine try every position).
_CLOSING = frozenset(",.;:)")
# Cambodian honorifics before a name: "Samdech Techo Hun Sen", "Samdech Akka Moha Sena Padei Techo".
# Zimbabwean and Namibian copy writes "Cde" (comrade) before a name, "Cdes" before a list.
_HONORIFICS = frozenset(
    """Samdech Techo Akka Moha Sena Padei Pichey Thipadei Vibol Lok Chumteav Oknha Excellency Cde Cdes Preah Bat Dato
    Boromneath Chaufea Veang Ponhea Chakrei Pheakdei Borvor Bovor Kralahom Krolahom Neak Sdech Seri Datuk""".split()
)
_HONORIFIC_RUN = "|".join(sorted(_HONORIFICS))
_POSSESSIVE = re.compile(r"[’']s$|(?<=[a-z]s)[’']$")  # "Xi Jinping's", "Juan Manuel Santos’"
_PARTICLE_WORD = re.compile(rf"{PARTICLE}(?=[A-Z]|$)|(?:de|da|do|dos|das|del|di|van|von|der|den|bin|ibn)$")
_WRAP = 50  # a line broken inside a name is a hard-wrapped one: at least this long

_NAME_WORD = rf"(?!(?:{ORG_HEADS}|{BODY_LAST_WORDS}|{'|'.join(sorted(PORTFOLIOS))})\b){_TOKEN}"
_TITLE_OF = re.compile(
    # The organisation: capitalised words, joiners, "ruling", an acronym in brackets, "al-".
    rf"\b(?:{TITLES_OF}) (?:of|for) "
    # "Ambassador ... of Kazakhstan to China X", "head of EPRDF office X", 'Chairman of "Nur Otan" party X'.
    rf"(?P<run>(?:(?:the|of|for|and|on|in|to|ruling|governing|republic|country|party|office|delegation|kingdom|al-?"
    rf"|\([A-Z][\w-]{{1,9}}\)|[A-Z]{{2,8}}|[\"“][A-Z][^\"”\n]{{0,30}}[\"”])[ ]|{_TOKEN}[ ])*?)"
    # The name holds no word of a body's name ("the Standing Committee | on Security ..."), and an
    # initial is not the end of one ("External Affairs | G.L. Peiris").
    rf"(?P<name>{_NAME_WORD}(?:{GAP}(?:[A-Z]\.{GAP})?{PARTICLE}?{_NAME_WORD}){{1,2}}(?!\.[A-Za-z]|(?<=\b[A-Z])\.)"
    rf"|(?:{INITIAL}){{1,3}} ?(?![A-Z]\.){_TOKEN})"
    # The capitals end there: not where the organisation goes on ("Foreign Affairs and
    # International Cooperation of Cambodia"), unless a second post starts ("and Minister for ...").
    rf"(?=[,.;:)]|\s*$|\s+(?!(?:of|for|the|party)\b)"
    rf"(?!and(?! (?:(?:First|Executive|Acting|Deputy|Vice) |Vice-)?(?:{TITLES_OF})\b)(?: [A-Z][\w'’-]*)+ (?:of|for)\b)"
    rf"(?:[a-z]|\((?![A-Z][\w-]{{1,9}}\) [A-Z])))"  # not "(PNG) James Marape": the body's acronym
)
# "secretary for finance Patrick Chinamasa": a lower-case portfolio may follow the post.
# Honorifics after the post are skipped, however many: "Samdech Akka Moha Ponhea Chakrei | Heng
# Samrin", "His Majesty Preah Bat Samdech Preah Boromneath | Norodom Sihamoni", "H.E. Ms. | Sun Chunlan".
_PRE_TITLED = re.compile(
    # "MCA President Dato' Sri Liow Tiong Lai": a Malay honorific keeps its apostrophe, and "Sri" after it
    rf"\b(?:(?:{PRE_TITLES})\.?(?: for [a-z]+(?: [a-z]+){{0,2}})?|{POSTED_TO})"
    rf" (?:(?:{_HONORIFIC_RUN})[’']? (?:Sri )?)*"
    rf"{ADDRESSED}(?P<name>{_NAME})"
)
_LIST_ITEM = rf"{_NAME}(?: \([^()\n]{{1,60}}\))?"
_NAME_LIST = re.compile(
    rf"\b(?:(?P<plural>{PLURAL_POSTS})"
    rf"|(?:{PRE_TITLES}))(?:,? including)? (?P<list>{_LIST_ITEM}(?:,? (?:and |& )?{_LIST_ITEM})+)"
)
# "met leaders of the party, including A and B": bare names listed after a group of people and "including",
# the list closed by "and <name>".
_INCLUDING = re.compile(rf"including (?P<list>{_LIST_ITEM}(?:, {_LIST_ITEM}){{0,5}},? and {_LIST_ITEM})(?=[,.;]|$)")
_GROUP_BEFORE = re.compile(r"\b(?:leaders|officials|representatives|members|figures|dignitaries|politicians|lawmakers|"
                           r"ministers|officers|executives|people)\b[^.;]{0,120}$")
_LIST_NAME = re.compile(rf"(?P<name>{_NAME})(?: \([^()\n]{{1,60}}\))?(?P<sep>,? and |,? & |, |(?= [A-Z])|$)")
_APPOSITIVE = re.compile(rf"(?P<name>{_NAME})\s*{CAPTION_PLACE}\s*{APPOSITION}")
# The name closes with a comma, or runs straight into its verb: "..., Emilio Lozada Garcia described".
_BETWEEN_COMMAS = re.compile(rf"(?P<name>{_NAME})(?:,|\s+(?:{SPEECH_VERBS}|described|expressed|announced)\b)")
# "Zanu PF Chairman, Simon Khaya Moyo and incoming ...", "party Foreign Department Chief, Ram Karki.": a name right
# after a post and its comma, closed by "and" and a lower-case word or by the sentence's end; or by "and" and a
# second post of a body ("International Relations Head, A B and Secretary of the Hunan Provincial Committee, ...").
_AFTER_TITLE_COMMA = re.compile(rf"(?P<name>{_NAME})(?=\s+and\s+(?:[a-z]|(?:{TITLES_OF})\s+(?:of|for)\b)|\.(?:\s|$))")
_TITLE_BEFORE_COMMA = re.compile(r"\b(?:Chairman|Chairperson|Chairwoman|Chief|Secretary|Secretary[- ]General|"
                                 r"Spokesperson|Spokesman|Commissar|Treasurer|Director|Leader|Head),\s+$")
_SPEECH = re.compile(
    rf"(?P<name>{_NAME})\s+(?:{SPEECH_VERBS})\b"
    rf"|\b(?:said|says|told|noted|added|wrote)\s+(?P<name2>{_NAME})\b"
)
# "Yasser Khalil and Omar Haddad, members of the party's leadership": names listed before a
# plural post, found by looking back from the post.
_PLURAL_APPOSITION = re.compile(
    r",\s+(?:both |all )?(?:members|leaders|officials|secretaries|deputies|ministers|lawmakers|representatives|"
    r"co-chairs|who are|who were)\b"
)
_LIST_BEFORE = re.compile(rf"(?P<list>{_NAME}(?:, {_NAME}){{0,4}},? and {_NAME})$")
_LOOK_BACK = 160
# "led by (its general secretary) Kwame Asante"; "his deputy Rigathi Gachagua".
_LED_BY = re.compile(
    rf"\b(?:(?:led|headed|accompanied) by (?:(?:its|the|their|his|her) )?(?:[a-z][a-z-]* ){{0,4}}"
    rf"|(?:his|her|their|its) deputy,? )(?:(?:Prof|{COURTESY})\.? )?(?P<name>{_NAME})"
)
# "President Lula", "Prime Minister Prachanda": a leader the copy names by one word, after a post
# and before no further capital, where a person's name stands (PERSON_NEXT), and no title's noun
# ("the President Cup"). Resolved in mentions.py against the report's full names.
_ONE_NAME = re.compile(
    r"\b(?:President|Prime Minister|Premier|Chairman|Chairwoman|General Secretary|Secretary-General|Speaker|King|"
    r"Lord|Hon\.?) (?P<name>[A-Z][a-z]{2,14})\b(?!-)(?! (?:[A-Z]|of\b|de\b|da\b|and [A-Z][a-z]+ [A-Z])|\.[A-Za-z])"
    + shapes.PERSON_NEXT
)
_NOT_ONE_NAME = re.compile(rf"(?:{ORG_HEADS}|{'|'.join(sorted(PORTFOLIOS))}|{shapes.TITLED_NOUNS})")
# "Sheikh Hasina": a one-word name after "Sheikh" is named with it (the title stays part of the name).
_SHEIKH_NAME = re.compile(r"Sheikh (?P<given>[A-Z][a-z]{2,14})\b(?! [A-Z]|-|\.[A-Za-z])")
_GOVERNMENT = re.compile(rf"\bthe (?P<name>{_TOKEN}(?: {_TOKEN})?) (?:[Gg]overnment|[Aa]dministration|[Cc]abinet)\b")


@dataclass(slots=True)
class NameHit:
    start: int
    end: int
    text: str
    cue: str  # "pinyin" | "korean" | "vietnamese" | "title" | "appositive" | "speech" | "led by" | ...
    name: str = ""  # the name when it is not the text's words: "XI Jinping" is Xi Jinping


def find_person_names(text: str) -> list[NameHit]:
    """Candidate person names in `text`, each with the evidence that made it one."""
    hits: list[NameHit] = []
    for match in _CHINESE.finditer(text):
        if is_pinyin_name(" ".join(match.group(0).split())):
            hits.append(NameHit(match.start(), match.end(), match.group(0), "pinyin"))
    hits += [NameHit(start, end, text[start:end], cue) for start, end, cue in find_shaped_names(text)]
    hits += [NameHit(*found) for found in capitalised_surnames(text)]
    starts = cue_starts(text)
    for pattern, cue in ((_PRE_TITLED, "title"), (_APPOSITIVE, "appositive"), (_SPEECH, "speech"), (_LED_BY, "led by")):
        end = 0  # a match that gives no name does not hide the next cue: "H.E. | Deputy Prime Minister Hor Namhong"
        for start in sorted(set(starts[cue])):
            if start >= end and (cued := pattern.match(text, start)):
                group = "name2" if cued.groupdict().get("name2") else "name"
                if _inside_word(text, cued.start(group), cued.end(group)):
                    continue
                if hit := _trim(text, cued.start(group), cued.end(group), cue):
                    hits.append(hit)
                    end = cued.end()
    for match in matches_at(_BETWEEN_COMMAS, text, starts["post comma"]):
        hit = _trim(text, match.start("name"), match.end("name"), "title")
        if hit:
            hits.append(hit)
    hits += _after_title_commas(text, starts["post comma"])
    hits += [NameHit(*found, "one name") for found in post_one_names(text, starts["post comma"])
             if not _not_name_word(found[2]) and not _NOT_ONE_NAME.fullmatch(found[2])]
    hits += _listed_names(text, starts["title"] + starts["list"])
    hits += [hit for match in matches_at(_INCLUDING, text, starts["including"])
             if _GROUP_BEFORE.search(text, max(0, match.start() - 140), match.start())
             for item in _LIST_NAME.finditer(text, match.start("list"), match.end("list"))
             if (hit := _trim(text, item.start("name"), item.end("name"), "title"))]
    hits += _listed_before_posts(text)
    for match in matches_at(_TITLE_OF, text, starts["title"]):
        hit = _trim(text, *_after_organisation(match), "title")
        if hit:
            hits.append(hit)
    hits += _one_names(text, starts["title"])
    hits += [NameHit(m.start(), m.end(), m.group(0), "title") for m in matches_at(_SHEIKH_NAME, text, starts["title"])
             if m.group("given") not in STOP_WORDS and m.group("given") not in NOT_NAME_WORDS]
    for match in matches_at(_GOVERNMENT, text, starts["head of government"]):
        name = match.group("name")
        if " " in name and is_pinyin_name(name):  # a full name: "the Xi Jinping administration"
            hits.append(NameHit(match.start("name"), match.end("name"), name, "pinyin"))
        elif " " not in name and not _not_name_word(name) and name not in shapes.GOVERNMENT_ADJECTIVES:
            hits.append(NameHit(match.start("name"), match.end("name"), name, "head of government"))
    hits += _nicknamed(text)
    return [_with_patronymic(text, hit) for hit in hits if "\n" not in hit.text or _hard_wrapped(text, hit)]


# A Kyrgyz patronymic after the surname, in lower case: "Speaker Talant Ermekbek uulu", "Aida Bekova kyzy".
_PATRONYMIC = re.compile(r" (?:uulu|kyzy)\b")


def _with_patronymic(text: str, hit: NameHit) -> NameHit:
    """The name with the patronymic that ends it, so that a list goes on past it."""
    after = _PATRONYMIC.match(text, hit.end)
    return NameHit(hit.start, after.end(), text[hit.start:after.end()], hit.cue, hit.name) if after and not hit.name \
        else hit


def _inside_word(text: str, start: int, end: int) -> bool:
    """Whether a cued name starts or ends inside a word: "MP Tavita Leota thanked" (the "P" of "MP"), "led by Kavieng MP
    Peni Ravu" ("Kavieng M")."""
    return start > 0 and text[start - 1].isalpha() or text[end:end + 1].isalpha()


# 'Senate President Aquilino "Koko" Pimentel III': a nickname in quotes between the given name and the surname,
# tried only at each opening quote.
_NICKNAME = re.compile(r"[“\"][A-Z][a-z]{1,12}[”\"] "
                       r"(?P<surname>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?: (?:III|II|IV|Jr\.|Sr\.))?)")
_GIVEN_BEFORE = re.compile(r"\b(?P<given>[A-Z][a-z]+) $")


def _after_title_commas(text: str, starts: list[int]) -> list[NameHit]:
    """Names right after a post and its comma: "Zanu PF Chairman, A B and ...", "Department Chief, A B."."""
    return [hit for match in matches_at(_AFTER_TITLE_COMMA, text, starts)
            if _TITLE_BEFORE_COMMA.search(text, max(0, match.start() - 40), match.start()) and
            (hit := _trim(text, match.start("name"), match.end("name"), "title"))]


def _nicknamed(text: str) -> list[NameHit]:
    """Names written with a quoted nickname inside, named without it."""
    hits = []
    for quote in ("\"", "“"):
        at = text.find(quote)
        while at > 0:
            if (nick := _NICKNAME.match(text, at)) and (given := _GIVEN_BEFORE.search(text, max(0, at - 30), at)) \
                    and given.group("given") not in STOP_WORDS and given.group("given") not in NOT_NAME_WORDS:
                name = given.group("given") + " " + nick.group("surname")
                hits.append(NameHit(given.start(), nick.end(), text[given.start():nick.end()], "title", name))
            at = text.find(quote, at + 1)
    return hits


def _one_names(text: str, starts: list[int]) -> list[NameHit]:
    """Leaders named by one word after a post: "President Lula", not "President Emeritus"."""
    return [NameHit(match.start("name"), match.end("name"), name, "one name")
            for match in matches_at(_ONE_NAME, text, starts)
            if (name := match.group("name")) not in STOP_WORDS and name not in NOT_NAME_WORDS
            and name not in _HEADLINE_VERB_WORDS and not _NOT_ONE_NAME.fullmatch(name)
            and name not in _HONORIFICS]  # "President Dato' Sri X": an honorific, the name after it


def _listed_names(text: str, starts: list[int]) -> list[NameHit]:
    """The names of a list after a post: after a plural ("leaders", "Cdes") two names are a
    list; after a singular post the list must close with "and <name>", so that a name and the
    next clause's capitals are not read as two people."""
    hits: list[NameHit] = []
    for match in matches_at(_NAME_LIST, text, starts):
        items = list(_LIST_NAME.finditer(text, match.start("list"), match.end("list")))
        closing = items[-2 if len(items) > 1 else -1].group("sep").strip(", ")
        if not match.group("plural") and closing not in ("and", "&"):
            continue
        for item in items:
            hit = _trim(text, item.start("name"), item.end("name"), "title")
            if hit:
                hits.append(hit)
    return hits


def _listed_before_posts(text: str) -> list[NameHit]:
    """The names of a list closed by a plural post in apposition ("A and B, members of ...")."""
    hits: list[NameHit] = []
    for post in _PLURAL_APPOSITION.finditer(text):
        window = max(0, post.start() - _LOOK_BACK)
        listed = _LIST_BEFORE.search(text[window : post.start()])
        if not listed:
            continue
        for item in _LIST_NAME.finditer(text, window + listed.start(), post.start()):
            hit = _trim(text, item.start("name"), item.end("name"), "appositive")
            if hit:
                hits.append(hit)
    return hits


def _after_organisation(match: re.Match) -> tuple[int, int]:
    """The name of a "<post> of <organisation> <name>" match. Three capitalised words straight
    after "of (the)" may start with the organisation ("of Laos Thongloun Sisoulith"): the last
    two are the name, unless the three have a Korean or Vietnamese name's shape."""
    start, end = match.span("name")
    words = match.group("name").split()
    run = match.group("run").split()
    if len(words) == 3 and (not run or run[-1] in ("the", "of")) and not is_shaped_name(words):
        start = match.start("name") + match.group("name").index(words[1], len(words[0]))
    return start, end


def _hard_wrapped(text: str, hit: NameHit) -> bool:
    """A name broken by a line break counts only where the line before is long, as in text
    hard-wrapped at a fixed width; a short line is a heading or a list item."""
    brk = text.index("\n", hit.start)
    return brk - (text.rfind("\n", 0, brk) + 1) >= _WRAP


def _trim(text: str, start: int, end: int, cue: str) -> NameHit | None:
    """Drop leading/trailing words that cannot be part of a name ("As Giulia Pompili"). A
    Korean or Vietnamese name is kept whole: "To Lam" starts with an English word. A name
    starts after a possessive before it: "North Korea's Kim Song Nam"."""
    owner = max(text.rfind("'s ", start, end), text.rfind("’s ", start, end))
    start = owner + 3 if owner >= 0 else start
    spans = [m.span() for m in _WORD.finditer(text, start, end)]
    words = [text[s:e] for s, e in spans]
    if is_shaped_name(words):
        return NameHit(start, end, text[start:end], cue)
    if words and (possessive := _POSSESSIVE.search(words[-1])):  # "Xi Jinping's vision"
        words[-1] = words[-1][: possessive.start()]
        spans[-1] = (spans[-1][0], spans[-1][0] + len(words[-1]))
    if len(words) == 1 and _INITIALED.fullmatch(words[0]):  # "Zh.Enkhbayar"
        return NameHit(spans[0][0], spans[0][1], words[0], cue)
    last = len(words) - 1
    kept = [i for i, word in enumerate(words) if not _not_name_word(word)
            # A short last syllable that is also an English word, before a comma: "Men Sam An, ..."
            or i == last >= 2 and len(word) <= 3 and word.istitle() and text[end : end + 1] in _CLOSING
            or i < last and len(word) == 1 and word.isupper() and (not i or len(words[i - 1]) == 1)  # "M A Baby"
            or 0 < i < last and len(word) == 2 and word.isupper() and word not in _NOT_INITIALS]  # "James CY Soong"
    if len(kept) < 2 or kept[-1] - kept[0] + 1 != len(kept) or _names_a_thing(words[kept[-1] + 1 :]):
        return None
    start, end = spans[kept[0]][0], spans[kept[-1]][1]
    return NameHit(start, end, text[start:end], cue)


def _names_a_thing(after: list[str]) -> bool:
    """Words after a name that make it part of a place's or a body's name ("Le Duan Street",
    "Julius Nyerere Leadership Academy"): the capitalised words that follow it end in one."""
    for word in after[:3]:
        if word in NOT_NAME_WORDS or word in _ORG_HEADS:
            return True
        if not word[:1].isupper():
            return False
    return False


@lru_cache(maxsize=1 << 14)
def _not_name_word(word: str) -> bool:
    if _INITIALS.fullmatch(word) or _INITIALED.fullmatch(word) or _PARTICLE_WORD.match(word):
        return False
    word = word.replace("’", "'")
    if word.endswith("'") or word in _HEADLINE_VERB_WORDS:  # "Cambodians' Decision", "Minister Applauds ..."
        return True
    return (word in STOP_WORDS or _POSSESSIVE.sub("", word) in STOP_WORDS or word in NOT_NAME_WORDS
            or word in _ORG_HEADS or word in _HONORIFICS or word in PORTFOLIOS or word.isupper() and len(word) > 1)
# The name pattern and its trimming, for the modules that find names by other cues (name_lists, name_post_of,
# name_posts_after)
NAME = _NAME
trim_name = _trim
