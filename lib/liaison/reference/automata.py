"""Aho-Corasick automata made quick for texts with no Chinese in them.

An automaton holding Chinese forms has a root with thousands of children (one per first
character), and stepping through them costs at every character of the text: an English report
is searched several times faster by the same automaton without those forms. A form holding a
character from the CJK blocks on (U+2E80) can only match a text holding one, so for a text
without any, the narrow automaton finds exactly what the whole one finds."""
from __future__ import annotations

import re

import ahocorasick

_WIDE = re.compile(r"[^\x00-\u2e7f]")
# id(automaton) -> (the automaton, its size then, its narrow copy, or itself when it holds no
# Chinese form); the few module-level automata are kept, so their ids stay theirs
_NARROW: dict[int, tuple[ahocorasick.Automaton, int, ahocorasick.Automaton]] = {}
# (the last text asked about, whether it holds a character from U+2E80 on): one document is
# searched by several automata in turn
_LAST: tuple[str | None, bool] = (None, False)


def for_text(automaton: ahocorasick.Automaton, text: str) -> ahocorasick.Automaton:
    """`automaton`, or its narrow copy when `text` holds no character from U+2E80 on."""
    global _LAST
    copy = narrow(automaton)
    if copy is automaton:
        return automaton
    last = _LAST
    if last[0] is text:
        wide = last[1]
    else:
        wide = _WIDE.search(text) is not None
        _LAST = (text, wide)
    return automaton if wide else copy


def narrow(automaton: ahocorasick.Automaton) -> ahocorasick.Automaton:
    """The automaton's forms that hold no character from U+2E80 on, with their values; the
    automaton itself when every form is such. Built once per automaton (again if words were
    added since)."""
    held = _NARROW.get(id(automaton))
    if held is not None and held[0] is automaton and held[1] == len(automaton):
        return held[2]
    forms = [(form, value) for form, value in automaton.items() if _WIDE.search(form) is None]
    if len(forms) == len(automaton):
        copy = automaton
    else:
        copy = ahocorasick.Automaton()
        for form, value in forms:
            copy.add_word(form, value)
        copy.make_automaton()
    if len(_NARROW) >= 64:
        _NARROW.clear()  # automata built and dropped again and again (tests): never kept for long
    _NARROW[id(automaton)] = (automaton, len(automaton), copy)
    return copy
