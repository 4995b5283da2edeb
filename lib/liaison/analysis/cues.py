"""The literal text a cue regular expression must begin with, so that a cue runs only on the
texts holding it (see `functions.function_evidence` and `evidence.literal_finder`)."""
from __future__ import annotations

import re

_ZERO_WIDTH = re.compile(r"\\b|\(\?<?[=!](?:[^()\\]|\\.)*\)")  # \b, lookahead, lookbehind
_LITERAL = re.compile(r"[A-Za-z0-9 ,'\u4e00-\u9fff-]*")
_QUANTIFIER = tuple("?*+{")


def literal_starts(cue: str) -> tuple[str, ...]:
    """Casefolded text (ASCII or Chinese) each top-level alternative of `cue` must match first, or () when
    some alternative starts with something else (a class, an escape, an optional group): then no text
    can be ruled out. "think tanks?|policy (?:advice|research)" gives ("think tank", "policy "); a group
    an alternative must begin with gives its own alternatives' starts: "(?:spirit|outcomes?) of" gives
    ("spirit", "outcome")."""
    starts: list[str] = []
    for branch in _top_level_branches(cue):
        while match := _ZERO_WIDTH.match(branch):
            branch = branch[match.end():]
        if branch.startswith("(?:") and (close := _group_end(branch)) and not branch[close:].startswith(_QUANTIFIER):
            # A group the branch must begin with: its own alternatives' starts ("(?:spirit|outcomes?) of").
            inner = literal_starts(branch[3:close - 1])
            if not inner:
                return ()
            starts += inner
            continue
        literal = _LITERAL.match(branch).group(0)  # type: ignore[union-attr]
        if branch[len(literal):].startswith(_QUANTIFIER):
            literal = literal[:-1]  # the quantified character may be absent
        if not literal:
            return ()
        starts.append(literal.casefold())
    return tuple(starts)


def _syntax(pattern: str):
    """(index, character, depth after it) for each character of `pattern` outside escapes and classes: the
    group depth, which the two readers below need."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += (char == "(") - (char == ")")
            yield i, char, depth
        i += 1


def _group_end(pattern: str) -> int:
    """The index just past the ")" closing the group `pattern` opens with, or 0 when unclosed."""
    return next((i + 1 for i, char, depth in _syntax(pattern) if char == ")" and depth == 0), 0)


def _top_level_branches(pattern: str) -> list[str]:
    """`pattern` split at the "|" outside groups, classes and escapes."""
    cuts = [i for i, char, depth in _syntax(pattern) if char == "|" and depth == 0]
    return [pattern[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)])]
