"""The sentence a span of a document sits in, read from the extracted `sentences` table:
analysis quotes the sentences extraction cut, and never splits text again itself."""
from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from itertools import accumulate

import pandas as pd

Sentence = tuple[int, int, str]  # start, end, text
# Case-insensitive matching also takes the Turkish dotted and dotless I for "i"; casefold does not.
_DOTTED_I = str.maketrans({"\u0130": "i", "\u0131": "i"})


def sentence_finder(sentences: pd.DataFrame) -> Callable[[str, int], Sentence | None]:
    """A lookup (doc_id, offset) -> (start, end, text) of the sentence holding the offset, or
    None when the offset lies in no sentence (outside prose, or in the blank between two).
    Built in one pass over plain lists: a corpus has thousands of documents to index."""
    by_doc: dict[str, tuple[list, list, list]] = {}
    ordered = sentences.sort_values(["doc_id", "start"], kind="stable")
    for doc_id, start, end, text in zip(*(ordered[c].tolist() for c in ("doc_id", "start", "end", "text"))):
        starts, ends, texts = by_doc.setdefault(doc_id, ([], [], []))
        starts.append(start)
        ends.append(end)
        texts.append(text)

    def find(doc_id: str, offset: int) -> Sentence | None:
        starts, ends, texts = by_doc.get(doc_id, ([], [], []))
        i = bisect.bisect_right(starts, offset) - 1
        return (starts[i], ends[i], texts[i]) if i >= 0 and offset < ends[i] else None

    return find


def sentences_at(sentences: pd.DataFrame, doc_ids: pd.Series, offsets: pd.Series) -> pd.Series:
    """The text of the sentence holding each (doc_id, offset), given as two columns of the same
    length, or None where `sentence_finder` finds none; index as `offsets`. One sorted merge for
    all spans: for the hundreds of thousands of spans a large corpus asks about, a lookup per span
    holds every sentence in Python lists."""
    # Paired by position, not by index label: the answers are laid out in the order asked.
    spans = pd.DataFrame({"doc_id": doc_ids.to_numpy(), "offset": offsets.to_numpy(), "row": range(len(offsets))})
    spans = spans.astype({"doc_id": str, "offset": "int64"}).sort_values("offset", kind="stable")
    starts = sentences[["doc_id", "start", "end", "text"]].astype({"doc_id": str, "start": "int64"})
    found = pd.merge_asof(spans, starts.sort_values(["start", "doc_id"], kind="stable"), left_on="offset",
                          right_on="start", by="doc_id", direction="backward")
    found = found.sort_values("row")
    inside = found.end.notna() & (found.offset < found.end)
    return pd.Series(found.text.astype(object).where(inside, None).tolist(), index=offsets.index, dtype=object)


def shorten(text: str, n: int) -> str:
    """A quotation cut to at most n characters at a word boundary (never inside a word), with an
    ellipsis when cut; text without spaces (Chinese) is cut at n."""
    text = str(text)
    if len(text) <= n:
        return text
    cut = text[: n - 1]
    space = cut.rfind(" ")
    if text[n - 1] != " " and space > n // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def folded(text: str) -> str:
    """A text in the form ASCII cue words are looked up in: every character a case-insensitive
    pattern's ASCII letter matches becomes that letter, so a cue word missing from the folded
    text proves the pattern cannot match, and the costly regular expression need not run."""
    return text.translate(_DOTTED_I).casefold()


def literal_finder(texts: list[str]) -> Callable[[Iterable[str]], list[int]]:
    """A lookup: the indices (ascending) of the `texts` that contain one of some literal strings
    (cue words, in the `folded` form of the texts), found without a test per text.

    The texts are joined with newlines and searched with `str.find` (in C, far faster than a regular
    expression of alternatives); a literal holds no newline, so each occurrence lies inside one text,
    and once a text is found holding a literal the search for it resumes after that text."""
    joined = "\n".join(texts)
    ends = list(accumulate(len(text) + 1 for text in texts))  # each text's end, its newline included

    def holding(literals: Iterable[str]) -> list[int]:
        found = set()
        for literal in literals:
            if "\n" in literal:
                raise ValueError(f"a literal with a newline cannot be looked up: {literal!r}")
            at = joined.find(literal)
            while at >= 0:
                i = bisect.bisect_right(ends, at)
                found.add(i)
                at = joined.find(literal, ends[i])
        return sorted(found)

    return holding
