"""The year that dates an English figure ("As of 2019, the party had 90,000 members", "In 2022, ... 600
parties"), read from the figure's sentence (moved out of `quantities.py`, which finds the figures): year phrases
and sentence edges found once per text, then looked up for each figure by bisection."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

# Month names and their abbreviations (quantities.py reads them too, in a year before a figure).
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
          "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
# Year context for as_of_year: "As of 2019", "as of June 2019", "in 2019", "in February 2022".
_YEAR_CTX_RE = re.compile(
    r"(?<![\w])(as[ \t]+of|as[ \t]+at|in)[ \t]+(?:(?:early|late|mid)[- \t]?)?"
    r"(?:(?:" + MONTHS + r")\.?[ \t]+(?:\d{1,2},?[ \t]+)?)?((?:19|20)\d\d)(?![\w\-\u2013])", re.I)
# Where a year phrase starts: _YEAR_CTX_RE itself opens with a lookbehind, which makes the regex
# engine try it at every position; a plain leading character class (every character that
# case-insensitively matches "a" or "i") lets it skip ahead instead.
_YEAR_CTX_START_RE = re.compile(r"[aAiIİı](?<!\w.)(?<=(?=(?i:" + _YEAR_CTX_RE.pattern + r")).)")
# "Established in 1951, ...": an "in YYYY" that dates a founding, not a figure.
_PARTICIPLE_RE = re.compile(
    r"(?<![\w])(?:established|founded|formed|created|set[ \t]up|born|launched|signed|built|"
    r"introduced|dissolved|abolished|renamed|reorganized|reorganised|merged)[ \t]+\Z", re.I)

# Sentence edges for AsOfYears: ". ", "? ", "! " or a newline (written to open with a plain
# character class, which the regex engine scans for fast).
_SENTENCE_EDGE_RE = re.compile(r"[.?!\n](?:(?<=\n)| )")


class AsOfYears:
    """Year stated in the same sentence that dates a figure, for every figure of one text.

    "As of YYYY" anywhere in the sentence governs.  "in YYYY" governs when it opens the sentence
    ("In 2019, ...") or sits in the same clause as the figure (no comma/semicolon between), and
    is not the date of a founding ("Established in 1951, the department ...").  A sentence runs
    between edges (". ", "? ", "! ", newline), at most 400 characters either side of the figure.

    Year phrases and sentence edges are found once per text and looked up by bisection:
    scanning each figure's sentence again cost more than the rest of the figure's handling.
    (Phrases never overlap, and one reaching past a sentence edge matches in neither sentence
    alone, so the phrases lying wholly inside a sentence are exactly those a scan of that
    sentence would find.)
    """

    def __init__(self, text: str) -> None:
        self.text = text
        # _YEAR_CTX_START_RE only stops where _YEAR_CTX_RE matches, so no match is None.
        matches = (_YEAR_CTX_RE.match(text, m.start()) for m in _YEAR_CTX_START_RE.finditer(text))
        self.phrases = [m for m in matches if m is not None]
        self.phrase_starts = [m.start() for m in self.phrases]
        self.phrase_ends = [m.end() for m in self.phrases]
        edges = list(_SENTENCE_EDGE_RE.finditer(text)) if self.phrases else []
        self.edge_starts = [e.start() for e in edges]
        self.edge_ends = [e.end() for e in edges]

    def __call__(self, start: int, end: int) -> int | None:
        text = self.text
        near = bisect_left(self.phrase_starts, max(0, start - 400))
        if near == len(self.phrases) or self.phrase_starts[near] >= end + 400:
            return None  # no year phrase within reach of any sentence holding the figure
        lo = max(0, start - 400)
        i = bisect_right(self.edge_ends, start) - 1  # the last edge before the figure
        if i >= 0 and self.edge_starts[i] >= lo:
            lo = self.edge_starts[i] + 1
        hi = end + 400
        i = bisect_left(self.edge_starts, end)  # the first edge after it
        if i < len(self.edge_starts) and self.edge_ends[i] <= hi:
            hi = self.edge_starts[i]
        best: tuple[int, int] | None = None  # (distance, year)
        first = bisect_left(self.phrase_starts, lo)
        last = bisect_right(self.phrase_ends, hi)
        for m in self.phrases[first:last]:
            kw = m.group(1).lower()
            year = int(m.group(2))
            if kw != "in":
                return year
            if _PARTICIPLE_RE.search(text, max(0, m.start() - 20), m.start()):
                continue
            sentence_initial = not text[lo:m.start()].strip(" \t\u00a0•*-–\"“(")
            if m.end() <= start:
                between = text[m.end():start]
                dist = start - m.end()
            else:
                between = text[end:m.start()]
                dist = m.start() - end
            if sentence_initial or (";" not in between and "," not in between):
                if best is None or dist < best[0]:
                    best = (dist, year)
        return best[1] if best else None
