"""Korean, Vietnamese and Burmese names found by their shape alone ("Ri Su Yong", "Kim Jong-un",
"Nguyen Phu Trong", "Nguyễn Phú Trọng", "U Tin Oo"): a surname from the inventory followed by given-name
syllables from it, no cue needed. The shape must be unambiguous, so a run of capitalised
words that goes on with another syllable ("Ho Chi Minh City" is no person, "Ha Long Bay" no
name) is not cut into a name, and a Vietnamese name needs three words without a cue.

Also the letters a name is written in, shared with `names.py`: Latin with the accents of
Vietnamese and of European names."""
from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick

from liaison.reference.romanisation import (
    BURMESE_HONORIFICS,
    BURMESE_SYLLABLES,
    KOREAN_SURNAMES,
    VIETNAMESE_SURNAMES,
    VIETNAMESE_SURNAMES_ACCENTED,
    is_burmese_name,
    is_korean_name,
    is_vietnamese_name,
)

_LATIN = [chr(c) for c in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))]
UPPER = "A-Z" + "".join(c for c in _LATIN if c.isupper())
LOWER = "a-z" + "".join(c for c in _LATIN if c.islower())
_UPPERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "".join(c for c in _LATIN if c.isupper()))
_BEFORE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_'’-" + "".join(_LATIN))
TOKEN = rf"(?:[OD]['’](?=[{UPPER}]))?[{UPPER}][{LOWER}'’]*(?:-[A-Za-z{UPPER}{LOWER}][{LOWER}]*)*"
# Words of a name are split by one space, or by one line break where text was hard-wrapped.
GAP = r"(?:[ ]|\n(?![ \n]))"
# Words that make a run of capitalised words a place or a body, never a person: "Kim Il Sung
# Square", "Ho Chi Minh City", "Head of State Visit Programme".
# A pinyin name followed by another capitalised word is read as no name ("Hong Kong Island"),
# except before the verb of a title-cased headline: "Sun Haiyan Meets Lao Delegation".
HEADLINE_VERBS = (
    "Meets|Met|Holds|Visits|Receives|Calls|Says|Urges|Attends|Hails|Welcomes|Leads|Stresses|Pledges|Addresses|"
    "Congratulates|Sends|Vows|Talks|Speaks|Highlights|Calls|Applauds|Lauds|Praises|Concludes|Arrives|Leaves|"
    "Discusses|Pays|Thanks|Briefs|Opens|Chairs|"
    # an opening participle, never a name's first word: "Receiving Chen Zhou in Hanoi, Y said ..."
    "Receiving|Welcoming|Speaking|Addressing|Hosting|Attending|Officiating"
)
# Where a one-word name after a post stands as a person's: before punctuation, a verb or a
# preposition ("President Lula attended", "Chairman Dahal, who"), never before a noun ("Speaker
# Series guests").
PERSON_NEXT = (
    r"(?=[ \t]*(?:[\n,.;:!?)(’'\"”–—]|$)|\s+(?:[a-z]+ed|" + HEADLINE_VERBS.lower() + r"|and|or|who|whose|in|on|at|to|"
    r"for|with|from|during|also|has|had|have|is|was|were|will|would|could|can|may|must|should|said|say|met|meet|"
    r"told|tells|sent|held|made|makes|gave|gives|took|takes|spoke|wrote|led|as|by|after|before|when|while|"
    r"today|yesterday|tomorrow|tonight)\b)"
)
# The words a post's title ends in ("head", "vice minister", "secretary-general"), for the rules that read
# titles before or after a name.
TITLE_HEADS = (
    r"head|heads|director-general|director|deputy director|chief|party chief|party boss|party secretary|secretary|"
    r"governor|deputy governor|vice-governor|vice governor|minister|vice-foreign minister|vice foreign minister|"
    r"vice-minister|vice minister|deputy minister|ambassador|spokesperson|spokesman|president|vice president|"
    r"chairman|chairwoman|chair|premier|prime minister|researcher|official|founder|leader|undersecretary|"
    r"under-secretary|secretary of state|secretary-general|general secretary|mayor|envoy|consul|professor|"
    r"fellow|dean|watcher|expert|analyst|commissioner|counsellor|councillor|representative|member|speaker"
)

# Nouns a post names in a title ("the President Cup", "the Speaker Series"), never a person.
TITLED_NOUNS = (
    "Emeritus|Elect|Office|Palace|House|Cup|Series|Award|Awards|Prize|Trophy|Medal|Lecture|Scholarship|Fellowship|"
    "Challenge|Games|Tournament|Championship|Dialogue|Residence|Guesthouse|Hall|Lodge|Villa"
)
NOT_NAME_WORDS = frozenset(
    """Square Street Avenue Road Bridge Stadium Hall Hotel Palace House Building Tower Airport Station Park
    City Province District County Region Zone Area Bay Island Islands River Sea Lake Mountain Mausoleum Museum
    University College Hospital Mall Port Programme Program Plan Visit Meeting Conference Session Plenum Day Week
    Year Award Prize Order Medal Thought Trail Campaign Era Dynasty Academy Institute School Centre Center
    Foundation Library Memorial Cemetery Theatre Theater Gallery Temple Pagoda Monument Highway Barracks
    Hural Khural Duma Majlis Mazhilis Sejm Knesset Bundestag Rada Sabor Skupstina Storting Riksdag
    Prensa Latina Xinhua Reuters Kyodo Yonhap Bernama Antara Sputnik Presse""".split()
)
# "the Royal Government of Cambodia", "the Interim Government": a kind of government, not its head.
GOVERNMENT_ADJECTIVES = frozenset(
    """Royal Federal Interim Transitional Provisional Caretaker Coalition Unity Military Revolutionary Imperial
    Provincial Municipal Central Regional Local National Union Democratic Socialist People's Peoples""".split()
)
_RUN = re.compile(rf"{TOKEN}(?:{GAP}{TOKEN}){{1,5}}")


@lru_cache(maxsize=1)
def _surnames() -> ahocorasick.Automaton:
    """Every surname (or Burmese honorific or syllable) followed by a space or a line break,
    found in one pass over a text."""
    automaton = ahocorasick.Automaton()
    for form in (KOREAN_SURNAMES | VIETNAMESE_SURNAMES | VIETNAMESE_SURNAMES_ACCENTED
                 | BURMESE_HONORIFICS | BURMESE_SYLLABLES):
        for gap in " \n":
            automaton.add_word(form + gap, len(form) + 1)
    automaton.make_automaton()
    return automaton


def _surname_starts(text: str) -> list[int]:
    starts = []
    for last, length in _surnames().iter(text):
        start = last - length + 1
        if (not start or text[start - 1] not in _BEFORE) and last + 1 < len(text) and text[last + 1] in _UPPERS:
            starts.append(start)
    starts.sort()
    return starts


def find_shaped_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, cue) of each Korean, Vietnamese or Burmese name in `text`, cue "korean",
    "vietnamese" or "burmese"."""
    hits: list[tuple[int, int, str]] = []
    end = 0
    for at in _surname_starts(text):
        if at < end or not (run := _RUN.match(text, at)):
            continue
        words = []
        for word in re.finditer(r"\S+", run.group(0)):  # a possessive ends the name: "Trong's visit"
            possessive = word.group(0).endswith(("'s", "’s"))
            words.append((word.start(), word.end() - 2 * possessive))
            if possessive:
                break
        if len(words) < 2:
            continue
        found = _shape(run.group(0), words)
        if found:
            n, cue = found
            start, end = run.start(), run.start() + words[n - 1][1]
            hits.append((start, end, cue))
    return hits


def _shape(run: str, spans: list[tuple[int, int]]) -> tuple[int, str] | None:
    """How many leading words of a run of capitalised words are a name, and of which shape."""
    words = [run[s:e] for s, e in spans]
    if any(w in NOT_NAME_WORDS for w in words[1:5]):
        return None
    if len(words) >= 3 and is_korean_name(words[:3]) and (
        len(words) == 3 or not is_korean_name([words[0], *words[2:4]])
    ):
        return 3, "korean"
    if "-" in words[1] and is_korean_name(words[:2]):
        return 2, "korean"
    for n in (4, 3, 2):
        if len(words) >= n and is_burmese_name(words[:n]):
            if len(words) > n and words[n] in BURMESE_SYLLABLES:
                return None  # a longer run of syllables than a name has
            return n, "burmese"
    for n in (4, 3):
        if len(words) >= n and is_vietnamese_name(words[:n]):
            if len(words) > n and is_vietnamese_name([words[0], *words[n - 2 : n + 1]]):
                return None  # the run goes on with another syllable: a longer name or no name
            return n, "vietnamese"
    return None


def is_shaped_name(words: list[str]) -> bool:
    """A Korean name, or a Vietnamese one of two to four words; for words a cue introduced."""
    return is_korean_name(words) or is_vietnamese_name(words, cued=True)
