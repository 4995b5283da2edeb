"""Personnel findings as sentences a reader can quote: the posts a person held at their events,
and how the single-source post claims compare with the reference lists."""
from __future__ import annotations

import pandas as pd

from liaison.analysis import labels, wording
from liaison.analysis.claims import normalise_titles, source_keys

# Each verdict as a clause about the reference lists, in the singular and the plural.
_VERDICT_CLAUSES = {
    "agrees": ("agrees with them", "agree with them"),
    "differs": ("gives another title than they do", "give another title than they do"),
    "not in reference": ("names a post they do not list", "name posts they do not list"),
    "person not in reference": ("is about a person they do not list", "are about people they do not list"),
}


def post_labels(titles: pd.Series, organizations: pd.Series) -> pd.Series:
    """One name per post however the documents word it: "Head", "head", "current head" and the
    department's own style "Minister" of one body are one post (one normalised title, see
    `reference.titles`), named by the wording most documents use, in lower case as a sentence
    writes it ("head of X")."""
    frame = pd.DataFrame({"title": titles.fillna("").astype(str).str.strip(),
                          "organization": organizations.fillna("").astype(str)})
    frame["norm"] = normalise_titles(frame.title)
    frame["shown"] = frame.title.map(_sentence_case)
    common = (frame.groupby(["norm", "organization", "shown"]).size().rename("n").reset_index()
              .sort_values(["norm", "organization", "n", "shown"], ascending=[True, True, False, True])
              .drop_duplicates(["norm", "organization"]))
    named = frame.merge(common[["norm", "organization", "shown"]], on=["norm", "organization"], how="left",
                        suffixes=("_own", ""))
    # A title that already names its body ("Deputy Director, Office of the Central Foreign Affairs
    # Commission", a reference list's) is not given it twice.
    named_in_title = pd.Series([bool(org) and org.casefold() in title.casefold()
                                for title, org in zip(named.shown, named.organization)], index=named.index, dtype=bool)
    label = named.shown.where((named.organization == "") | named_in_title,
                              named.shown + named.organization.map(wording.of_body))
    return pd.Series(label.to_numpy(), index=titles.index)


# Words of a title a sentence writes in lower case; names in a title ("ambassador to Indonesia") keep theirs.
_TITLE_WORDS = frozenset("""head chief director general deputy vice executive first assistant acting minister prime
    foreign secretary president premier chairman chairwoman chair chairperson leader member ambassador spokesperson
    spokesman governor mayor speaker chancellor commissioner envoy special standing alternate senior permanent
    undersecretary under-secretary secretary-general director-general vice-president vice-chairman co-chair
    co-chairman party state councilor councillor official""".split())


def _sentence_case(title: str) -> str:
    """"Head" -> "head", "Prime Minister" -> "prime minister", "Ambassador to Indonesia" ->
    "ambassador to Indonesia": the title words it opens with in lower case, names and acronyms as
    written, and so is every word after the first other one ("Deputy Director, Office of the Central
    Foreign Affairs Commission" keeps the body's "Foreign")."""
    words = title.split()
    opening = 0
    while opening < len(words) and words[opening].lower().rstrip(",;:") in _TITLE_WORDS:
        opening += 1
    return " ".join([w.lower() for w in words[:opening]] + words[opening:])


def posts_sentence(own: pd.DataFrame, person: str) -> str:
    """The posts the documents give a person (`own`: their document rows of who-is-who), most
    claimed first: "The documents make 61 post claims for X (61 current): head of Y (52 claims),
    member of Z (2 claims) and 3 other posts."."""
    if own.empty:
        return f"The documents make no post claim for {person}."
    counts = post_labels(own.title, own.organization).value_counts()
    counts = counts.sort_index().sort_values(ascending=False, kind="stable")
    posts = [f"{label} ({wording.count(n, 'claim')})" for label, n in counts.items()]
    # "current" is as of each report's date, not today: a reader must not take it for "still in office".
    statuses = own.status.replace({"current": "current when reported"}).value_counts().sort_index().to_dict()
    return (f"The documents make {wording.count(len(own), 'post claim')} for {person} "
            f"({wording.tally(statuses)}): {wording.listing(posts, 5, 'other post')}.")


def roles_sentence(at_events: pd.DataFrame, person: str, event_keys: dict | None = None) -> str:
    """Which post the person held at the dates of the events they act in (`at_events`: their rows
    of the event-roles table), as a sentence: "Of the 6 events with X as actor, 3 fall in the post
    of head of Y; no known post covers the date of 3.". With `event_keys` (event_id -> event_key)
    one event reported by several documents counts once: "Of the 5 distinct events (6 reports)".
    An appointment is left out and said so: the post held at its date is the one it ends or the one
    it begins, and naming either as "the post it falls in" misreads the change of post itself."""
    if at_events.empty:
        return f"No coded event has {person} as its actor."
    if event_keys is not None:
        keys = at_events.event_id.map(event_keys).fillna(at_events.event_id)
        distinct = ~keys.duplicated()
    else:
        distinct = pd.Series(True, index=at_events.index)
    appointed = at_events.get("kind", pd.Series("", index=at_events.index)) == "appointment"
    appointments = int((appointed & distinct).sum())
    left_out = f" ({wording.count(appointments, 'appointment')} to a post left out)" if appointments else ""
    at_events, distinct = at_events[~appointed], distinct[~appointed]
    if at_events.empty:
        return f"No coded event has {person} as its actor but {wording.count(appointments, 'appointment')} to a post."
    reports = len(at_events)
    at_events = at_events[distinct]
    counted = (f"{wording.count(len(at_events), 'distinct event')} ({wording.count(reports, 'report')})"
               if len(at_events) != reports else wording.count(len(at_events), "event"))
    covered = at_events[at_events.role != "unknown"]
    held = post_labels(covered.role, covered.role_organization).value_counts()
    held = held.sort_index().sort_values(ascending=False, kind="stable")
    unknown = at_events.role == "unknown"
    undated = int((unknown & (at_events.get("date_basis", pd.Series("", index=at_events.index)) == "no date")).sum())
    uncovered = int(unknown.sum()) - undated
    posts = (wording.listing(f"{n} {wording.verb('falls', n)} in the post of {role}"
                             for role, n in held.items()) if len(held) else "none falls in a known post")
    rest = [f"no known post covers the date of {uncovered}" if uncovered else "",
            f"{undated} {wording.verb('has', undated)} no date to look a post up at" if undated else ""]
    rest = [r for r in rest if r]
    return f"Of the {counted} with {person} as actor{left_out}, {posts}" + (
        f"; {wording.listing(rest)}." if rest else ".")


def independent_documents(checked: pd.DataFrame, documents: pd.DataFrame) -> pd.Series:
    """For each `corroborate` row, how many independent documents make the claim: copies of one
    story (`claims.source_keys`: same title the same day) count once, as in notebook 05, so a wire
    story reposted by three sites is one source, not three."""
    sources = source_keys(documents)
    return pd.Series([len({sources.get(d, d) for d in ids.split("|") if d}) for ids in checked.doc_ids],
                     index=checked.index, dtype="int64")


def verdict_sentence(claims: pd.DataFrame) -> str:
    """"26 agree with them, 2 give another title than they do and 1 names a post they do not
    list": the verdicts of `corroborate` rows as a clause."""
    counts = claims.verdict.value_counts()
    parts = [f"{counts[v]} {_VERDICT_CLAUSES[v][int(counts[v] != 1)]}" for v in _VERDICT_CLAUSES if counts.get(v, 0)]
    return wording.listing(parts, limit=len(parts) or 1) if parts else "none"


def differs_sentence(differs: pd.DataFrame, person: str) -> str:
    """The person's document claims whose title differs from the reference lists (`corroborate`
    rows with verdict "differs"), each side by side: where a document may be wrong, or the lists."""
    contrasts = [f"the documents' {r.title} ({r.organization}) against the reference's "
                 f"{labels.short(r.reference_title, 120)}" for r in differs.itertuples()]
    claims = wording.count(len(differs), 'document claim')
    return (f"{claims} about {person} {wording.verb('differs', len(differs))} from the reference lists"
            + (f": {'; '.join(contrasts)}." if contrasts else "."))

def neighbours_sentence(around: pd.DataFrame, person: str, limit: int = 5) -> tuple[str, list[str]]:
    """The people named most often in the same passage as `person` (`around`: personnel.neighbours,
    most shared passages first), and who they are. When a tie runs past `limit`, the whole tied
    group is stated as one, in alphabetical order, so no order among equals is implied:
    "A (6 passages) and 3 people with 3 passages each: C, D and E"; past three names, "... among
    them C, D and E (in alphabetical order)"."""
    if around.empty:
        return f"No one is named in the same passage as {person}.", []
    last = around.shared_passages.iloc[min(limit, len(around)) - 1]
    tied = around[around.shared_passages == last]
    if len(around) <= limit or around.shared_passages.iloc[limit] != last:
        above, tied = around.head(limit), around.iloc[0:0]  # no tie runs past the limit
    else:
        above = around[around.shared_passages > last]
    nearest = [f"{o} ({wording.count(n, 'passage')})" for o, n in zip(above.other, above.shared_passages)]
    named = above.other.tolist()
    if len(tied):
        names = sorted(tied.other)
        group = f"{wording.count(len(names), 'person')} with {wording.count(last, 'passage')} each"
        if len(names) <= 3:
            group += f": {wording.listing(names)}"
        else:
            group += f", among them {wording.listing(names[:3])} (in alphabetical order)"
        nearest.append(group)
        named += names[:3]
    return (f"The people named most often in the same passage as {person}: {wording.listing(nearest)}.", named)
