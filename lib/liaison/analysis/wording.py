"""Numbers and lists as English words, so a finding reads as a sentence ("3 visits in 2
documents", "Vietnam, Laos and Cambodia") and never as a Python dict, list or repr."""
from __future__ import annotations

from collections.abc import Iterable, Mapping

IRREGULAR = {"person": "people", "body": "bodies", "country": "countries", "party": "parties",
             "family": "families", "is": "are", "was": "were", "has": "have"}


def plural(noun: str, n: float) -> str:
    """`noun` ("named country") in the plural ("named countries") unless n is one."""
    if n == 1:
        return noun
    head, _, last = noun.rpartition(" ")
    if last in IRREGULAR:
        last = IRREGULAR[last]
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last += "es" if last.endswith(("s", "sh", "ch", "x")) else "s"
    return f"{head} {last}" if head else last


def verb(singular: str, n: float) -> str:
    """A verb agreeing with n: "meets" for one, "meet" for others; "carries"/"carry", "is"/"are", "was"/"were"."""
    if n == 1:
        return singular
    if singular in IRREGULAR:
        return IRREGULAR[singular]
    if singular.endswith("ies"):
        return singular[:-3] + "y"  # "carries"
    return singular[:-2] if singular.endswith(("sses", "shes", "ches", "xes")) else singular.removesuffix("s")


def count(n: float, noun: str) -> str:
    """"1 visit", "3 visits", "no visits"."""
    if n == 0:
        return f"no {plural(noun, 0)}"
    return f"{n:g} {plural(noun, n)}"


def listing(items: Iterable[object], limit: int = 6, noun: str = "other", separator: str = ", ") -> str:
    """"a", "a and b", "a, b and c", and past `limit`: "a, b, … and 4 others". Items that hold
    commas themselves (a document's "outlet, date, title") are set apart with `separator` "; "."""
    words = [str(i) for i in items if str(i)]
    if len(words) > limit:
        rest = len(words) - limit + 1
        words = words[: limit - 1] + [count(rest, noun)]
    if not words:
        return "none"
    return words[0] if len(words) == 1 else separator.join(words[:-1]) + " and " + words[-1]


def tally(counts: Mapping[str, int], noun: str = "") -> str:
    """{"day": 2, "month": 1} as "2 day, 1 month" (zeros left out), for counts by kind."""
    parts = [f"{n:g} {key}" + (f" {noun}" if noun else "") for key, n in counts.items() if n]
    return listing(parts, limit=len(parts) or 1) if parts else "none"


def percent(fraction: float) -> str:
    """A share as a reader quotes it: whole percent, but never "0%" for a share that is not
    zero, nor "100%" for one that is not all ("0.5%", "under 0.1%", "99.6%")."""
    if 0 < fraction < 0.001:
        return "under 0.1%"
    if 0.999 < fraction < 1:
        return "over 99.9%"
    return f"{fraction:.1%}" if 0 < fraction < 0.01 or 0.99 < fraction < 1 else f"{fraction:.0%}"


def share(part: float, whole: float) -> str:
    """"3 of 4 (75%)"."""
    return f"{part:g} of {whole:g} ({percent(part / whole)})" if whole else f"{part:g} of {whole:g}"


# The last word of a body's name that English writes with "the": "the International Department", "the Communist
# Party of Vietnam" (any "X of Y"), but "Fretilin", "ZANU-PF", "Golkar" as they are.
_BODY_NOUNS = frozenset("""department committee party front union congress commission ministry office council assembly
    government league movement bureau association school academy institute army secretariat politburo embassy forum
    alliance federation organization organisation group conference parliament senate court agency service centre center
    administration cabinet presidency delegation society foundation university college""".split())


def of_body(body: str) -> str:
    """ "of the International Department of the CPC Central Committee", "of ZANU-PF": a post's body as a sentence
    writes it after the post; empty for no body."""
    if not body:
        return ""
    words = body.split()
    the = body[:1].isascii() and not words[0].casefold() == "the" and (
        " of " in body or words[-1].casefold().strip(".,()") in _BODY_NOUNS)
    return f" of the {body}" if the else f" of {body}"
