"""Whether two posts claimed are one: the words that say what a post *is* (its rank) and where it
is held, compared between a document's claim and a reference tenure (`same_organization`,
`same_rank`), and the key under which claims of one post in several documents are grouped
(`claim_key`); a post's dates read leniently (`post_date`)."""
from __future__ import annotations

import re
from functools import lru_cache

from liaison.load.dates import PartialDate, parse_iso
from liaison.reference.organizations import parent_of
from liaison.reference.titles import normalise_title

# Words that say what a post *is* (rank), normalised so "party chief" and "Party Secretary",
# "deputy minister" and "Vice Minister" compare equal; everything else says *where*.
_ROLE_SYNONYMS = {
    "chief": "head", "leader": "head", "boss": "head", "director": "head", "headed": "head", "heads": "head",
    "vice": "deputy", "spokesman": "spokesperson", "spokeswoman": "spokesperson", "under-secretary": "undersecretary",
}
_ROLE_WORDS = frozenset({
    "head", "deputy", "minister", "secretary", "party", "ambassador", "spokesperson", "member", "assistant",
    "undersecretary", "president", "premier", "governor", "mayor", "chairman", "official", "researcher",
    "reporter", "general", "executive", "former", "watcher",
})
_STOP_WORDS = frozenset({
    "the", "of", "and", "a", "an", "to", "for", "in", "at", "on", "with", "its", "his", "her", "post", "communist",
    "cpc", "second", "term", "secondment", "then",
})
_PARTY_HEAD = re.compile(r"\bparty\s+(?:chief|boss|leader|head)\b", re.I)


def same_organization(claim, ref) -> bool:
    """Does a reference tenure sit at the organisation (or jurisdiction) a claim names?"""
    ref_words = _words(f"{ref.title} {ref.organization}")
    if claim.organization_id and ref.organization_id:
        if (claim.organization_id == ref.organization_id
                or "org:" + parent_of(claim.organization_id.removeprefix("org:")) == ref.organization_id != "org:cpc"):
            return True
        claim_org, ref_org = claim.organization.casefold(), ref.organization.casefold()
        if claim.organization_id.startswith("org:") and ref_org != claim_org and ref_org.endswith(" " + claim_org):
            return False  # the body the reference's belongs to (not a country): "member of the Central
            # Committee" is no post in "the International Department of the CPC Central Committee"
    anchor = _words(claim.organization) if claim.organization else _words(claim.title) - _ROLE_WORDS
    return bool(anchor) and anchor <= ref_words or not anchor


def same_rank(claim, ref) -> bool:
    """Same rank words ("party secretary" is not "secretary of the discipline commission"), or one
    normalised title as notebook 05 compares them ("deputy head" is a "Vice Minister", 主席's
    "chairman" an ANC "President")."""
    claim_words = _words(claim.title)
    ref_words = _words(f"{ref.title} {ref.organization}")
    return claim_words <= ref_words or normalise_title(claim.title) == normalise_title(ref.title) != ""


def _words(text: str) -> set[str]:
    text = _PARTY_HEAD.sub("party secretary", text.lower())
    tokens = re.findall(
        r"[a-z]+", text.replace("director-general", "director general").replace("under-secretary", "undersecretary")
    )
    return {_ROLE_SYNONYMS.get(t, t) for t in tokens if t not in _STOP_WORDS}


def claim_key(row) -> str:
    """One post claim: the title normalised as notebook 05 keys it ("Minister" and "head" of the
    department are one), the organisation, and the dates."""
    org = row.organization_id or " ".join(sorted(_words(row.organization)))
    return f"{_normalised_title(row.title)}@{org}@{row.start}@{row.end}"


# Each title normalised once: a corpus repeats a few hundred titles across thousands of claims.
_normalised_title = lru_cache(maxsize=65536)(normalise_title)


def post_date(value) -> PartialDate | None:
    """A post's start, end or as-of date; None when blank or not an ISO date."""
    try:
        return parse_iso(str(value)) if value else None
    except ValueError:
        return None
