"""Where each English name pattern of `names.py` could start, found before any pattern is tried.

Why a module of its own: it is the speed machinery, not a rule about what a name is. One
Aho-Corasick pass finds the cue words (titles, speech verbs, "led by", government words, plural
posts, "including"); one regex finds appositions after a name; from those, the capitals where a
name could open are listed, and `names.py` tries each pattern only there (`matches_at`), rather
than letting it scan the whole text. `post_words` does the same for the rules that read a name from a post word
(`name_post_of.py`, `name_posts_after.py`).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import ahocorasick

from liaison.extract.name_posts import CAPITAL_POSTS, PERSON_NOUNS, PLURAL_POSTS, PRE_TITLES, SPEECH_VERBS, TITLES_OF
from liaison.extract.name_shapes import UPPER

_CAPITAL = re.compile(rf"[{UPPER}]")
_NAME_CHARS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'’-. \n" + "".join(map(chr, range(0xC0, 0x250)))
    + "".join(map(chr, range(0x1E00, 0x1F00)))
)
# "ANC spokesperson, Pule Mabe, says"; "speaker of the National Assembly (Parliament), Esteban
# Lazo, and": a name between commas straight after a clause naming a post (see `_post_commas`).
_POST_CLAUSE = 120  # how far a post may stand before the comma
# "led by (its general secretary) Kwame Asante"; "his deputy Rigathi Gachagua": the cue words of names.py's _LED_BY.
LED_BY = "led by |headed by |accompanied by |his deputy |her deputy |their deputy |its deputy "
# "the Meloni government", "the Xi Jinping administration".
GOVERNMENT_WORDS = "Government|government|Administration|administration|Cabinet|cabinet"
# What follows a name in apposition; it never spans a second comma.
# "X, CPV Politburo member", "X, alternate member of ...": up to four capitalised words (an
# organisation) may stand before the lower-case noun.
APPOSITION = (
    rf",\s+(?:who\b|(?:a|an|the)\b(?:[^,.;]|(?<=\b[A-Z])\.){{0,80}}?\b(?:{PERSON_NOUNS})\b"  # "a former U.S. envoy"
    rf"|(?:former )?(?:[A-Z](?:[\w'’-]|(?<=\b[A-Z])\.)* ){{0,4}}"  # "former U.S. national security adviser"
    rf"(?:(?:former|deputy|vice|alternate|acting|executive|first|permanent|standing|national|general|"
    rf"interim|honorary|senior|party|prime|foreign) )?(?:(?:security|defen[cs]e|trade|military) )?"
    rf"(?:{PERSON_NOUNS})\b"
    # "X, Secretary General of ...", "X, Algerian Ambassador to China": a nationality may open the post
    rf"|(?:[A-Z][a-z]+(?:an|ese|ish|i) )?(?:(?:Former|Deputy|Vice|First|Second|Permanent|Standing|Alternate|Acting|"
    rf"Executive)[ -])*(?:(?:Foreign|Defence|Defense|Finance|Trade|Interior|Justice) )?(?:{CAPITAL_POSTS})"
    rf"(?= of\b| for\b|,| and\b|\.(?:\s|$)|(?:(?<=Ambassador)|(?<=Advisor)|(?<=Adviser)) to\b))"
)
_APPOSITION_CUE = re.compile(APPOSITION)
# A photo caption's position may stand between: "Hazem Omar (2nd L), president of ...".
CAPTION_PLACE = r"(?:\((?:\d(?:st|nd|rd|th) )?[LRC]\)|\((?:left|right|centre|center|front|back)\))?"
_CAPTION_BEFORE = re.compile(rf"\s*{CAPTION_PLACE}\s*$")


@lru_cache(maxsize=1)
def _cue_words() -> ahocorasick.Automaton:
    """Titles, speech verbs, "led by" and government words, found in one pass over a text."""
    automaton = ahocorasick.Automaton()
    for words, cue in ((PRE_TITLES, "title"), (TITLES_OF, "title"), (SPEECH_VERBS, "speech"), (LED_BY, "led by"),
                       (GOVERNMENT_WORDS, "head of government"), (PLURAL_POSTS, "list"),
                       ("including", "including")):
        for word in words.split("|"):
            automaton.add_word(word, (len(word), cue))
    automaton.make_automaton()
    return automaton


def cue_starts(text: str) -> dict[str, list[int]]:
    """For each cue pattern, every position where it could match (and more): trying the
    patterns only there is much faster than letting them scan the whole text."""
    starts: dict[str, list[int]] = {"title": [], "appositive": [], "speech": [], "led by": [], "head of government": [],
                                    "list": [], "post comma": [], "including": []}
    for last, (length, cue) in _cue_words().iter(text):
        start = last - length + 1
        if cue == "speech":  # "Wang Jian said" or "said Wang Jian"
            starts[cue].append(start)
            starts[cue] += _name_starts(text, _skip_space_back(text, start), 3)
        elif cue == "head of government":  # "the Meloni government"
            if start > 0 and text[start - 1] == " ":
                starts[cue] += [s - 4 for s in _name_starts(text, start - 1, 1) if s >= 4]
        else:
            starts[cue].append(start)
            if cue == "title":
                starts["post comma"] += _post_commas(text, start)
    for match in _APPOSITION_CUE.finditer(text):
        end = match.start()
        if caption := _CAPTION_BEFORE.search(text, max(0, end - 16), end):  # "Hazem Omar (2nd L), ..."
            end = caption.start()
        starts["appositive"] += _name_starts(text, _skip_space_back(text, end), 3)
    return starts


def _post_commas(text: str, at: int) -> list[int]:
    """Where a name between commas could start after the post word at `at`: past the first
    comma of its clause, which must not end a sentence first."""
    comma = text.find(", ", at, at + _POST_CLAUSE)
    if comma < 0 or any(c in text[at:comma] for c in ".;:\n") or not text[comma + 2 : comma + 3].isupper():
        return []
    return [comma + 2]


def _skip_space_back(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _name_starts(text: str, end: int, spaces: int) -> list[int]:
    """Capitals from which a name with at most `spaces` spaces could run up to `end`."""
    start = end
    while start > 0 and (char := text[start - 1]) in _NAME_CHARS:
        if char == " ":
            spaces -= 1
            if spaces < 0:
                break
        start -= 1
    return [m.start() for m in _CAPITAL.finditer(text, start, end)]


def matches_at(pattern: re.Pattern, text: str, starts: list[int]):
    """`pattern.finditer(text)`, given every position where a match could start (duplicates
    and false starts allowed): the pattern is tried only there."""
    end = 0
    for start in sorted(set(starts)):
        if start >= end and (match := pattern.match(text, start)):
            end = match.end()
            yield match


def post_words(text: str, posts: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """(start, end) of each of `posts` (written in lower case) wherever it stands in `text`, capitalised or not,
    found with str.find: the post-word rules try their one anchored match only there."""
    for post in posts:
        for word in (post.title(), post):
            at = text.find(word)
            while at >= 0:
                yield at, at + len(word)
                at = text.find(word, at + len(word))
