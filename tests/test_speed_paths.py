"""The shortcuts taken for speed give exactly what the plain computation gives: a cued pattern
that notes which cues a document holds, a narrow automaton for text without Chinese, and the
clause-break pattern with its leading lookahead."""
import re

import ahocorasick
import pytest
from liaison.extract.context import CuedPattern
from liaison.reference.automata import for_text, narrow
from liaison.reference.lists import find_in
from liaison.reference.places import find_places

_DOCUMENT = (
    "HANOI, May 4 (Xinhua) -- Tran Van Minh, head of the Commission for External Relations, met with a "
    "visiting delegation of the Communist Party of China here on Monday; the two sides held talks. "
    "Tran said the visit would deepen ties, and the delegation later toured a factory in Hai Phong. "
) * 3  # long enough for its cues to be noted


def _plain(pattern: CuedPattern, text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
    cued = any(text.find(cue, pos, endpos) >= 0 for cue in pattern.cues)
    return [m.span() for m in pattern.pattern.finditer(text, pos, endpos)] if cued else []


def test_a_cued_pattern_finds_what_its_expression_finds_in_every_range():
    pattern = CuedPattern(r"\b(?:met|held|toured)\s+(?:with\s+)?(?P<what>a\s+\w+|talks)", ("met", "held", "toured"))
    text = _DOCUMENT
    for pos, endpos in [(0, len(text)), (0, 60), (60, 200), (100, 110), (195, 300), (300, 301), (10, 5)]:
        expected = _plain(pattern, text, pos, endpos)
        assert [m.span() for m in pattern.finditer(text, pos, endpos)] == expected
        first = pattern.search(text, pos, endpos)
        assert (first.span() if first else None) == (expected[0] if expected else None)
        at = pattern.match(text, pos, endpos)
        plain = pattern.pattern.match(text, pos, endpos) if expected else None
        assert (at.span() if at else None) == (plain.span() if plain else None)


def test_a_cue_absent_from_the_document_is_never_a_hit_and_a_present_one_only_in_its_range():
    pattern = CuedPattern(r"\b(?:signed|held)\b", ("signed", "held"))
    text = _DOCUMENT
    held = text.index("held")
    assert pattern.search(text, 0, held) is None  # "signed" is nowhere, "held" not yet
    assert pattern.search(text, 0, held + 3) is None  # a cue cut at the range's end is no cue
    assert pattern.search(text, 0, held + 4).span() == (held, held + 4)
    assert pattern.search(text, held + 1) is not None  # the next copy of the paragraph
    assert list(pattern.finditer(text, held + 1, held + 40)) == []
    assert pattern._present(text) == ("held",)  # the document's cues, noted once
    assert pattern._present("signed and held") == ("signed", "held")  # a phrase: every cue


def test_a_cued_pattern_reads_each_text_afresh():
    pattern = CuedPattern(r"visit(?:ed|ing)", ("visit",))
    other = "The minister flew home on Friday after three days of talks in Lusaka. " * 8
    assert pattern.search(_DOCUMENT).group(0) == "visiting"
    assert pattern.search(other) is None  # a second long text: its own cues
    assert pattern.search("a short phrase: visited Laos").group(0) == "visited"  # a short one: searched whole
    assert pattern.search(_DOCUMENT, 50).group(0) == "visiting"  # and back to the first


def _automaton(forms: dict[str, str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for form, value in forms.items():
        automaton.add_word(form, (form, value))
    automaton.make_automaton()
    return automaton


def test_the_narrow_automaton_keeps_only_forms_without_chinese():
    automaton = _automaton({"Lao": "LAO", "Lao People's Revolutionary Party": "LPRP", "老挝": "LAO", "Laos": "LAO"})
    kept = narrow(automaton)
    assert sorted(kept.keys()) == ["Lao", "Lao People's Revolutionary Party", "Laos"]
    assert narrow(automaton) is kept  # built once
    assert for_text(automaton, "a delegation of the Lao People's Revolutionary Party") is kept
    assert for_text(automaton, "老挝人民革命党代表团") is automaton
    assert for_text(automaton, "the Lao party (老挝人民革命党)") is automaton


def test_find_in_gives_the_same_matches_through_the_narrow_automaton():
    automaton = _automaton({"Lao": "LAO", "Lao People's Revolutionary Party": "LPRP", "老挝": "LAO"})
    english = "Leaders of the Lao People's Revolutionary Party met Lao officials, not Laotian ones."
    assert find_in(automaton, english) == [
        (15, 47, "Lao People's Revolutionary Party", "LPRP"),
        (52, 55, "Lao", "LAO"),
    ]
    assert find_in(automaton, "老挝人民革命党 and the Lao side") == [(0, 2, "老挝", "LAO"), (16, 19, "Lao", "LAO")]
    assert find_in(_automaton({"中联部": "ild"}), "the International Department") == []


def test_places_are_found_alike_in_plain_and_mixed_text():
    english = "The delegation left Papua New Guinea for Vientiane, Laos."
    found = [(p.text, p.iso3, p.kind) for p in find_places(english)]
    assert found == [("Papua New Guinea", "PNG", "country"), ("Vientiane", "LAO", "capital"),
                     ("Laos", "LAO", "country")]
    mixed = english + " 代表团访问老挝。"
    assert [(p.text, p.iso3) for p in find_places(mixed)][:3] == [("Papua New Guinea", "PNG"), ("Vientiane", "LAO"),
                                                                  ("Laos", "LAO")]
    assert [(p.text, p.iso3) for p in find_places(mixed)][3:] == [("老挝", "LAO")]


def test_the_clause_break_lookahead_changes_no_break():
    from liaison.extract.context import _CLAUSE_BREAK
    plain = re.compile(_CLAUSE_BREAK.pattern.pattern.removeprefix("(?=[,;\\s])"))
    text = ("Zhou Mingyuan, who is on a visit to Laos, met Bounmy; he then visited Luang Prabang and attended "
            "a seminar, while the delegation -- led by Zhou -- arrived in Hanoi and will meet officials.")
    breaks = [(m.span(), m.group("and"), m.group("while")) for m in _CLAUSE_BREAK.finditer(text)]
    assert breaks == [(m.span(), m.group("and"), m.group("while")) for m in plain.finditer(text)]
    assert [text[a:b] for (a, b), _, _ in breaks] == [", who ", "; ", " and ", ", while ", " -- ", " -- ", " and "]


def test_an_automaton_without_chinese_forms_is_its_own_narrow_copy():
    automaton = _automaton({"Lao": "LAO", "Laos": "LAO"})
    assert narrow(automaton) is automaton
    assert for_text(automaton, "老挝 and Laos") is automaton
    only_chinese = _automaton({"老挝": "LAO"})
    assert len(narrow(only_chinese)) == 0
    assert find_in(only_chinese, "Laos and Lao") == []
    assert find_in(only_chinese, "老挝 and Laos") == [(0, 2, "老挝", "LAO")]


def test_date_cores_are_the_same_tokens_as_before():
    from liaison.extract.dates import _CORE_RE
    before = re.compile(  # the single-class formulation _CORE_RE replaced
        r"[0-9JFMASONDTWYamtwy](?:(?<=\d)\d{3}(?!\d)"
        r"|(?<=[JFMASONDTWY])(?:[a-z]{2}(?<=Jan|Jun|Jul|Feb|Fri|Mar|May|Mon|Apr|Aug|Sep|Sat|Sun|Oct|Nov|Dec|Tue|Thu|Wed)"
        r"|(?<=T)(?:oday|omorrow)|(?<=Y)esterday)"
        r"|(?<=t)(?:oday|omorrow)|(?<=y)(?:esterday|ear)|(?<=m)onth|(?<=w)eek|(?<=a)go)"
    )
    text = ("Today, Tuesday 12 July 2023, the Jamaican envoy met Mayor Tan in Chicago; a year ago, and "
            "three months and two weeks before 19845 or 2016, Yesterday's talks were held on Fri. 5 Sept.")
    cores = [text[m.start():m.end()] for m in _CORE_RE.finditer(text)]
    assert cores == [text[m.start():m.end()] for m in before.finditer(text)]
    # "May" of "Mayor" and "ago" of "Chicago" are cores too: find_dates drops what no date grows from
    assert cores == ["Today", "Tue", "Jul", "2023", "May", "ago", "year", "ago", "month", "week", "9845", "2016",
                     "Yesterday", "Fri", "Sep"]


def _opening_stems(pattern: str, length: int) -> set[str]:
    """The texts of at most `length` characters every match of `pattern` opens on (shorter where anything may follow),
    read from the parsed pattern. The library declares its stems (triggers._KIND_STEMS); only this check reads
    Python's private regex parser, so a change there fails a test, never an extraction."""
    from re import _parser  # type: ignore[attr-defined]

    return {stem for stem, _ in _grow({("", False)}, _parser.parse(pattern), length)}


def _grow(states: set[tuple[str, bool]], items, length: int) -> set[tuple[str, bool]]:
    """The stems (text, closed) the parsed `items` extend `states` to; closed once anything may follow."""
    for op, av in items:
        grown: set[tuple[str, bool]] = set()
        for stem, closed in states:
            grown |= {(stem, True)} if closed or len(stem) >= length else _step(stem, op, av, length)
        states = grown
    return states


def _step(stem: str, op, av, length: int) -> set[tuple[str, bool]]:
    from re import _constants  # type: ignore[attr-defined]

    if op is _constants.LITERAL:
        return {(stem + chr(av), False)}
    if op is _constants.IN and (chars := _few_chars(av)) is not None:
        return {(stem + c, False) for c in chars}
    if op is _constants.BRANCH:
        return {grown for alternative in av[1] for grown in _grow({(stem, False)}, alternative, length)}
    if op is _constants.SUBPATTERN and not av[1] and not av[2]:  # a group with no flags
        return _grow({(stem, False)}, av[3], length)
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
        once = {(s, True) for s, _ in _grow({(stem, False)}, av[2], length)}
        return once | {(stem, False)} if av[0] == 0 else once
    if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
        return {(stem, False)}  # zero width: passing over it leaves a superset
    return {(stem, True)}  # a wide class, any character, a back reference: anything may follow


def _few_chars(items) -> list[str] | None:
    """The characters of a class made of a few literals and short ranges ("[Ee]", "[sz]"), else None."""
    from re import _constants  # type: ignore[attr-defined]

    chars: list[str] = []
    for op, av in items:
        if op is _constants.LITERAL:
            chars.append(chr(av))
        elif op is _constants.RANGE and av[1] - av[0] < 12:
            chars += [chr(c) for c in range(av[0], av[1] + 1)]
        else:
            return None
    return chars


def test_every_trigger_word_opens_on_a_stem_declared_for_its_kind():
    from liaison.extract.triggers import _KIND_STEMS, _TRIGGER_WORDS

    assert [kind for kind, _ in _TRIGGER_WORDS] == list(_KIND_STEMS)
    for kind, words in _TRIGGER_WORDS:
        declared = _KIND_STEMS[kind]
        uncovered = sorted(stem for stem in _opening_stems(rf"(?:{words})\b", 8)
                           if not stem.startswith(declared))
        assert not uncovered, f"{kind}: trigger words open on {uncovered}, which no stem in _KIND_STEMS begins"
        # and no stem declared in vain (one no trigger word opens on would only cost time)
        assert all(any(stem.startswith(s) for stem in _opening_stems(rf"(?:{words})\b", 8)) for s in declared), kind


def test_the_stems_checker_sees_where_a_pattern_may_open():
    assert _opening_stems(r"\b(?=\w)(?:met|[Vv]isit(?:ed|s)?|held talks|(?<=will )attend|talks?)\b", 4) == {
        "met", "Visi", "visi", "held", "atte", "talk"}
    assert "" in _opening_stems(r"\b(?:\w+ )?met\b", 4)  # any word may open it: no stem


def test_a_lookahead_of_stems_skips_only_places_where_no_match_opens():
    from liaison.extract.context import stems_lookahead

    plain = re.compile(r"\b(?=\w)(?:met|[Vv]isit(?:ed|s)?|held talks|(?<=will )attend|talks?)\b")
    ahead = stems_lookahead({"met", "Visi", "visi", "held", "atte", "talk", "meti"})
    assert ahead == r"\b(?=(?:Visi|atte|held|met|talk|visi))"  # "met" covers "meti"
    fast = re.compile(ahead + plain.pattern)
    text = "Li met Wang; a Visit followed, the sides held talks and the mayor will attend a meeting."
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)] != []
    with pytest.raises(ValueError):
        stems_lookahead(set())
    with pytest.raises(ValueError):
        stems_lookahead({"", "met"})


def test_triggers_behind_their_stems_are_the_triggers_of_the_whole_alternation():
    from liaison.extract.triggers import _ANY_TRIGGER, _TRIGGER_WORDS, _any_trigger
    from liaison.paths import SEEDS_DIR

    plain = _any_trigger(_TRIGGER_WORDS)
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS_DIR.glob("*.txt"))]
    texts.append("The Symposium was held in Hanoi. He is currently in Laos; they are now touring and co-hosted a "
                 "forum. The visiting delegation met Li and held talks; the two parties signed an accord.")
    found = [(m.span(), m.lastgroup) for text in texts for m in _ANY_TRIGGER.finditer(text)]
    assert found == [(m.span(), m.lastgroup) for text in texts for m in plain.finditer(text)]
    assert len(found) > 20


def test_the_first_trigger_is_the_earliest_listed_kind_wherever_it_stands():
    from liaison.extract.triggers import find_trigger

    cases = [
        ("The delegation visited Hanoi and signed a memorandum with the party", "agreement", "signed"),
        ("Zhou met with the Party chairman in Lusaka on Friday", "meeting", "met"),
        ("The party established a training school, and its leaders visited the site", "founding", "established"),
        ("The Minister attended the seminar and later toured a farm", "summit", "attended the seminar"),
        ("The Partisan review party said nothing new", None, None),
        ("The Asia-Pacific Forum opened in Vientiane with a keynote speech", "summit", "Forum opened"),
    ]
    for clause, kind, words in cases:
        found = find_trigger(clause)
        assert (found[0], found[1].group(0)) == (kind, words) if kind else found is None, clause


def test_delegation_leaders_need_a_person_and_a_cue_in_the_sentence(extract):
    rows = extract(
        "HARARE, May 3 -- A delegation led by Tendai Moyo, secretary of the ruling party, arrived in Beijing "
        "on Monday. Officials said the agenda was broad.\n", "2024-05-03")
    visits = [e for e in rows["events"] if e["kind"] == "visit"]
    assert [(e["actor"], e["places"]) for e in visits] == [("Tendai Moyo", "CHN")]


def test_find_events_copies_every_field_of_the_setting():
    # events.find_events builds each sentence's Setting field by field (not dataclasses.replace): a field added
    # to Setting must be copied there too.
    from dataclasses import fields

    from liaison.extract.event_setting import Setting

    assert [f.name for f in fields(Setting)] == [
        "dateline", "lead", "dateline_date", "published", "envoy", "focus", "people", "opened"]


def test_a_pattern_made_after_a_document_was_read_still_finds_its_cue_there():
    first = CuedPattern(r"\btalks\b", ("talks",))
    document = "The two sides held talks in the capital and agreed to widen exchanges. " * 9
    assert first.search(document).group(0) == "talks"
    later = CuedPattern(r"\bwiden\s+\w+", ("widen exchanges zz9", "widen"))  # cues no pattern had before
    assert later.search(document).group(0) == "widen exchanges"
    assert later.search(document, 0, 40) is None


def test_the_gathering_noun_boundary_before_its_look_behinds_changes_no_match():
    from liaison.extract.event_lead import _GATHERING, _HELD, _NOUN
    # The pattern as it was: the look-behinds first, then the word boundary.
    plain_noun = _NOUN.removeprefix("\\b").replace("(?<!spokesperson's )", "(?<!spokesperson's )\\b", 1)
    assert plain_noun != _NOUN
    text = ("The People's Congress met as the Press Conference opened; a Summit, the summits and the Forum were held "
            "under the framework of the Forum on Trade, while the U.S. Congress and the regular briefing by the "
            "spokes office ended. Xsummit and subforum stay words of their own; the dialogue was held on Monday.")
    for pattern in (_GATHERING, _HELD):
        plain = re.compile(pattern.pattern.replace(_NOUN, plain_noun))
        found = [m.span() for m in pattern.finditer(text)]
        assert found and found == [m.span() for m in plain.finditer(text)]


def test_a_countrys_party_forms_by_country_are_exactly_the_forms_of_that_country():
    from liaison.reference.parties import _country_forms, _forms_by_country
    regrouped = {(iso3, form): ids for iso3, forms in _forms_by_country().items() for form, ids in forms}
    assert regrouped == _country_forms()
