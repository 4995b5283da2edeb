"""Where in a document mentions may stand, and where they already do: prose ranges (hard-wrapped
lines joined) and the spans one kind of mention has taken before the next is looked for."""
from __future__ import annotations

import bisect


def join_wrapped(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Prose ranges with the lines of hard-wrapped text (one line break apart) joined, so that a
    name broken over two lines ("Liu\nJianchao") is inside one range."""
    joined: list[tuple[int, int]] = []
    for start, end in ranges:
        if joined and text[joined[-1][1] : start] == "\n":
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def range_test(ranges: list[tuple[int, int]]):
    """A fast "is [start, end) inside one of these sorted ranges" test."""
    starts = [s for s, _ in ranges]

    def inside(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start) - 1
        return i >= 0 and end <= ranges[i][1]

    return inside


class Spans:
    """Taken spans, which never overlap each other (each kind is added only where free), so
    only the span starting just before `end` can overlap a new one."""

    def __init__(self, spans):
        self._spans = sorted(spans)

    def extend(self, spans) -> None:
        self._spans = sorted([*self._spans, *spans])

    def end_before(self, end: int) -> int:
        """The end of the last taken span starting before `end`."""
        i = bisect.bisect_left(self._spans, (end, end))
        return self._spans[i - 1][1] if i else 0

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._spans, (end, end))
        return i > 0 and self._spans[i - 1][1] > start
