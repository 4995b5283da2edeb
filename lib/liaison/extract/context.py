"""What positions and events both need to read one sentence: its mentions, the appositive
phrases that describe a person ("Wang Ning, party boss of Yunnan province,"), and who "he"
or "she" most likely is."""
from __future__ import annotations

import bisect
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter

import ahocorasick

from liaison.extract.dates import DateMention
from liaison.extract.mentions import Mention
from liaison.extract.name_shapes import TITLE_HEADS
from liaison.extract.quantities import Quantity
from liaison.extract.sentences import Sentence

TITLE_HEAD = re.compile(rf"\b(?:{TITLE_HEADS})\b", re.I)
# A title's phrase ends where the sentence's verb begins when no comma closes it: "Song Tao,
# Minister of the International Department met here today with Renho Murata".
_PREDICATE = (
    r"met|meets|received|receives|hosted|hosts|held|holds|visited|visits|said|says|attended|attends|led|leads|"
    r"paid|pays|called|calls|arrived|left|will|was|were|is|has|had|told|delivered|signed|welcomed|welcomes|"
    r"began|begins|started|starts|travelled|traveled|toured|tours|embarked|concluded|wrapped"
)
# An adverb that may stand before a clause's verb: "X, who is on a visit to Y, also met Z".
_ADVERB = r"(?:also|then|later|today|yesterday|here|jointly)\s+"
# A phrase that opens with the sentence's verb is no title: "A, accompanied by Ambassador B, met with
# Prime Minister C" leaves C outside B's appositive.
_APPOSITIVE = re.compile(
    rf"\s*,\s+(?!who\b|which\b|(?:{_ADVERB})?(?:{_PREDICATE})\b)"
    rf"(?P<phrase>[^,;.()“”\"]{{3,160}}?)"
    rf"(?=\s*,|\s*\.|\s*;|\s+\(|\s+(?:who|which|that|{_PREDICATE})\b|$)"
)
# What may stand between a title phrase and the name it belongs to: "... Party (FDP) Bijan".
_BRACKET_GAP = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?")
PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er)\b")


class CuedPattern:
    """A regular expression behind a substring test. Every match holds one of `cues` inside
    [pos, endpos), so where none occurs (most sentences, for most rules) the answer is known
    from str.find, many times cheaper than running the expression.

    Rules ask about a document's sentences and clauses hundreds of times, so the cues a whole
    document holds are noted at its first question: a cue it lacks is never looked for again in
    it. A shorter text (a clause, a phrase) is searched for every cue."""

    def __init__(self, pattern: str, cues: tuple[str, ...]):
        self.pattern = re.compile(pattern)
        self.cues = cues
        _ALL_CUES.update(dict.fromkeys(cues))
        # (the last document asked about, the cues it holds): one attribute, read and replaced
        # whole, so that it stays right where threads share the pattern
        self._held: tuple[str | None, tuple[str, ...]] = (None, cues)

    def _present(self, text: str) -> tuple[str, ...]:
        """The cues worth looking for in `text`: those it holds, if it is a document."""
        held = self._held
        if held[0] is text:
            return held[1]
        if len(text) < _DOCUMENT_LENGTH:
            return self.cues
        found = _cues_in(text)
        present = tuple(filter(found.__contains__, self.cues))
        self._held = (text, present)
        return present

    def cued(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether [pos, endpos) of `text` holds a cue: where not, the pattern matches nowhere in it."""
        held = self._held
        for cue in held[1] if held[0] is text else self._present(text):
            if text.find(cue, pos, endpos) >= 0:
                return True
        return False

    # The three below repeat cued's loop rather than call it: rules call them hundreds of times
    # per document, and a call costs more than the loop does.
    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        held = self._held
        for cue in held[1] if held[0] is text else self._present(text):
            if text.find(cue, pos, endpos) >= 0:
                return self.pattern.search(text, pos, endpos)
        return None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        held = self._held
        for cue in held[1] if held[0] is text else self._present(text):
            if text.find(cue, pos, endpos) >= 0:
                return self.pattern.match(text, pos, endpos)
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        held = self._held
        for cue in held[1] if held[0] is text else self._present(text):
            if text.find(cue, pos, endpos) >= 0:
                return self.pattern.finditer(text, pos, endpos)
        return iter(())


def stems_lookahead(stems: set[str]) -> str:
    """A lookahead for a pattern whose matches open a word on one of `stems` (declared beside it, as
    triggers._KIND_STEMS): a word start followed by one of them. A long alternation of many words
    is then tried only at those few positions ("met", "visi", ...) instead of at every one."""
    kept = [s for s in sorted(stems) if not any(s[:n] in stems for n in range(len(s)))]  # "met" covers "meti"
    if not kept or "" in stems:
        raise ValueError("pattern opens on no stem")
    return r"\b(?=" + _trie(kept) + ")"


def _trie(stems: list[str]) -> str:
    """One alternation of `stems`, sharing their heads: "me(?:et|t)"."""
    if "" in stems:
        return ""
    by_head: dict[str, list[str]] = {}
    for stem in stems:
        by_head.setdefault(stem[0], []).append(stem[1:])
    alternatives = [re.escape(head) + _trie(rest) for head, rest in sorted(by_head.items())]
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


# Every cue of every CuedPattern, and the automaton finding them all in one pass over a document, built for as many
# cues as it holds (rebuilt when a pattern made later adds some); the last document read, and the cues it holds.
_ALL_CUES: dict[str, None] = {}
_AUTOMATON: tuple[int, ahocorasick.Automaton | None] = (0, None)
_FOUND: tuple[str | None, int, frozenset[str]] = (None, 0, frozenset())


def _cues_in(text: str) -> frozenset[str]:
    """The cues of all patterns that `text` holds, found in one pass (not one str.find per pattern and cue)."""
    global _AUTOMATON, _FOUND
    found = _FOUND
    if found[0] is text and found[1] == len(_ALL_CUES):  # (a pattern made since may add cues)
        return found[2]
    count, automaton = _AUTOMATON
    if automaton is None or count != len(_ALL_CUES):
        cues = list(_ALL_CUES)
        automaton = ahocorasick.Automaton()
        for cue in cues:
            if cue:
                automaton.add_word(cue, cue)
        automaton.make_automaton()
        _AUTOMATON = count, automaton = (len(cues), automaton)
    held = frozenset(chain(map(itemgetter(1), automaton.iter(text)), ("",)))  # (every text holds the empty string)
    _FOUND = (text, count, held)
    return held


# A text at least this long is a document (or a long document's window), not one of its
# sentences or clauses: the cues it holds are noted.
_DOCUMENT_LENGTH = 512


@dataclass(slots=True)
class SentenceView:
    text: str  # the whole document's cleaned text, which all offsets index
    sentence: Sentence
    mentions: list[Mention]
    dates: list[DateMention]
    quantities: list[Quantity]
    appositives: list[tuple[int, int, Mention]]  # (start, end, person described)
    # Derived once here because every rule and clause of the sentence asks for them:
    people: list[Mention]  # the persons resolved to an entity
    free_mentions: list[Mention]  # the mentions outside every appositive

    def in_span(self, start: int, end: int, kind: str | None = None) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end and (kind is None or m.kind == kind)]


def build_views(text: str, sentences: list[Sentence], mentions: list[Mention], dates, quantities) -> list[SentenceView]:
    """Group mentions, dates and figures by sentence and find each person's appositive."""
    mention_starts = [m.start for m in mentions]
    date_starts = [d.start for d in dates]
    quantity_starts = [q.start for q in quantities]
    views = []
    for sentence in sentences:
        start, end = sentence.start, sentence.end
        inside = _within(mentions, mention_starts, start, end)
        people, appositives = [], []
        for person in inside:
            if person.kind != "person":
                continue
            if person.entity_id:
                people.append(person)
            found = _APPOSITIVE.match(text, person.end, end)
            if found and text.startswith("and ", found.start("phrase")):
                found = None  # "A, and leader of X ... B": a phrase opening with "and" is the next item's
            if found and TITLE_HEAD.search(found.group("phrase")):
                phrase_start, phrase_end = found.start("phrase"), found.end("phrase")
                if _titles_next(text, phrase_end, end, inside):
                    continue  # "A, General Secretary of the FDP (FDP) B": the titles of the list's next name
                named = next((other for other in inside if other.kind == "person" and other.end == phrase_end), None)
                if named:
                    joined = text.rfind(" and ", phrase_start, named.start)
                    if text[phrase_start].isupper() or joined < phrase_start or named.start != joined + 5:
                        continue  # "A, Foreign Minister B", "A, co-chairman of the Left Party B": B's titles
                    phrase_end = joined  # "A, head of the Commission for Information and Education and B"
                appositives.append((phrase_start, phrase_end, person))
        views.append(SentenceView(
            text,
            sentence,
            inside,
            _within(dates, date_starts, start, end),
            _within(quantities, quantity_starts, start, end),
            appositives,
            people,
            _outside(inside, appositives),
        ))
    return views


def _titles_next(text: str, phrase_end: int, end: int, inside: list[Mention]) -> bool:
    """Whether a name follows a phrase directly, past at most a bracketed short form: the phrase
    is then that name's titles, not an appositive of the name before it."""
    gap = _BRACKET_GAP.match(text, phrase_end, end)
    after = gap.end() if gap else phrase_end
    return after > phrase_end and any(m.kind == "person" and m.start == after for m in inside)


def _within(items: list, starts: list[int], start: int, end: int) -> list:
    """Items (sorted by start) lying inside [start, end), found by bisecting their starts."""
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    if lo >= hi:
        return []
    return [item for item in items[lo:hi] if item.end <= end]


def _outside(mentions: list[Mention], appositives: list[tuple[int, int, Mention]]) -> list[Mention]:
    """The mentions inside no appositive phrase."""
    for start, end, _ in appositives:
        mentions = [m for m in mentions if not (start <= m.start and m.end <= end)]
    return mentions


def head_organization(orgs: list[Mention], text: str) -> Mention | None:
    """The organisation a phrase is about: in "the Chinese Communist Party's International
    Liaison Department" the possessor (the party) is not the head, the department is."""
    for index, org in enumerate(orgs):
        possessive = text.startswith(("’s", "'s"), org.end)
        if not possessive or index == len(orgs) - 1:
            return org
    return None


class Salience:
    """Who a pronoun most likely refers to: the person mentioned most so far in the document,
    the latest of them on a tie. Kept simple and stated, because pronouns in news copy about
    one official overwhelmingly refer to that official. The leader after each mention is
    computed once, so a lookup is a bisection."""

    def __init__(self, mentions: list[Mention]):
        people = sorted((m for m in mentions if m.kind == "person" and m.entity_id), key=lambda m: m.end)
        counts: Counter[str] = Counter()
        top = 0
        latest: dict[str, Mention] = {}
        self._ends: list[int] = []
        self._leaders: list[Mention] = []
        leader = ""  # replaced at the first person: any count reaches top == 0
        for m in people:
            counts[m.entity_id] += 1
            latest[m.entity_id] = m
            if counts[m.entity_id] >= top:
                top, leader = counts[m.entity_id], m.entity_id
            self._ends.append(m.end)
            self._leaders.append(latest[leader])

    def at(self, offset: int) -> Mention | None:
        i = bisect.bisect_right(self._ends, offset)
        return self._leaders[i - 1] if i else None


# Where a sentence splits into clauses: a relative "who" (after a comma, or after the bracketed
# acronym that closes a title: "... of the Workers' Party of Korea (WPK) who is on a visit"), a
# semicolon, a dash, a "while" clause with its own subject; a "who" with no comma straight after a
# name, when a stay follows ("received Song Tao who is on a visit to the DPRK").
# Every break opens with a comma, a semicolon or a blank: the lookahead saying so up front lets the
# engine pass over every other position at once, instead of trying each alternative there.
_CLAUSE_BREAK = CuedPattern(
    r"(?=[,;\s])(?:(?:,\s+who|(?<=\))\s+who|(?<=[a-z])\s+who(?=\s+(?:is|was|are|were)\s+(?:on|paying|visiting)\s)|;|\s+(?:—|--)"
    r"|,?\s+(?P<while>while))\s+|(?P<see>\s+(?=(?:that|which)\s+(?:is|was|are|were)\s+expected\s+to\s+see\s+"
    r"(?:him|her|them)\s+(?:meet|hold)\s))"  # "an official visit that is expected to see him meet President X"
    # "the state visit to Trinidad by President Xi in 2013 and Y's state visit to China in 2014": a second visit
    r"|\s+and\s+(?:the\s+)?(?=(?:[A-Z][\w.-]*\s+){1,4}[A-Z][\w-]*['’]s\s+(?:[a-z-]+\s+){0,2}visits?\s+to\s)"
    r"|(?P<and>,?\s+and\s+(?:also\s+)?)"
    # "arrived in Lusaka on Monday and will meet President X": a planned verb joined too
    r"(?=(?:(?:will|is\s+to|is\s+due\s+to)\s+(?:also\s+)?)?"
    r"(?:attended|visited|met|held|hold|meet|visit|attend|paid|pay|call|called)\s))",
    ("who", ";", "—", "--", " and ", "while", "expected to see"),
)
_GERUND = re.compile(r"[a-z]+ing\b")
# Where a relative clause ends and its sentence's own verb resumes: "X, who is on a visit to
# Nepal, held a meeting with Y".
_RESUME = re.compile(rf",\s+(?=(?:{_ADVERB})?(?:{_PREDICATE})\b)")
# A title set off by dashes: "Liu Haixing — head of the International Department — touched down".
_TITLE_ASIDE = re.compile(r"\s+(?:—|--)\s+(?P<title>[^—;]{3,160}?)\s+(?:—|--)")
_ASIDE_VERB = re.compile(rf"\b(?:{_PREDICATE})\b")
# What may stand between a person (or the title after the name) and "who": a bracketed acronym.
_TO_RELATIVE = re.compile(r"\s*,?\s*(?:\([^()]{1,40}\)\s*)?,?")


def clauses(text: str, view: SentenceView) -> Iterator[tuple[int, int, Mention | None]]:
    """A sentence's clauses as (start, end, subject): split at relative clauses, dashes and a
    second verb joined by "and". A "who" clause's subject is the person it follows, directly or
    past that person's title, and so is the subject of the main clause its sentence resumes with
    after it; a joined verb's is the person the sentence opens with."""
    sentence = view.sentence
    cursor, subject, aside_end = sentence.start, None, -1
    for brk in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if brk.start() < max(cursor, aside_end):
            continue  # inside a relative clause already cut, or the dash closing a title aside
        if (aside := _TITLE_ASIDE.match(text, brk.start(), sentence.end)) and TITLE_HEAD.search(aside.group("title")) \
                and not _ASIDE_VERB.search(aside.group("title")):
            aside_end = aside.end()  # "Liu Haixing — head of the department — touched down in Laos": one clause
            continue
        yield cursor, brk.start(), subject
        if brk.group("and") or brk.group("see") or brk.group("while") and _GERUND.match(text, brk.end()):
            # "visited Uzbekistan and attended a forum", "met X, while joining Y to co-chair a seminar": the
            # sentence's subject did both; past a dateline ("JOHANNESBURG, July 20 (Xinhua) -- Liu ..."): the
            # sentence's first person
            dated = bool(view.free_mentions) and view.free_mentions[0].cue == "dateline"
            opener = next((m for m in view.free_mentions if m.kind == "person"), None) if dated else \
                (view.free_mentions[0] if view.free_mentions else None)
            # "the delegation met with A, ..., and held talks with B": A, met, is not who held them
            subject = opener if opener and opener.kind == "person" and opener.entity_id and not _ASIDE_VERB.search(
                text, sentence.start, opener.start) else None
        else:
            subject = _relative_subject(view, brk.start()) if "who" in brk.group(0) else None
        cursor = brk.end()
        if subject and (resume := _RESUME.search(text, cursor, sentence.end)):
            yield cursor, resume.start(), subject
            cursor = resume.end()
    yield cursor, sentence.end, subject


def sentence_subject(view: SentenceView) -> Mention | None:
    """The person a sentence is about: the first one it names before any verb ("Li and his team
    are scheduled to ...", "Liu, who arrived on Sunday, will ..."), else None."""
    person = next((m for m in view.free_mentions if m.kind == "person" and m.entity_id and m.cue != "byline"), None)
    if person is None or _ASIDE_VERB.search(view.text, view.sentence.start, person.start):
        return None
    return person


def _relative_subject(view: SentenceView, at: int) -> Mention | None:
    """The person a "who" at `at` describes: the last one named before it, when nothing but a
    comma, that person's title or a bracketed acronym lies between."""
    people = [m for m in view.people if m.end <= at]
    if not people:
        return None
    person = people[-1]
    ends = [person.end] + [end for _, end, described in view.appositives if described is person]
    return person if any(_TO_RELATIVE.fullmatch(view.text, end, at) for end in ends) else None
