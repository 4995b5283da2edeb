"""What the department does (notebook 02): functions, structure and reach, each with evidence.

The taxonomy of functions is curated (data/functions.csv, each with the scholarship it comes
from); whether the corpus supports a function is measured, not asserted: a function's evidence
is the body or infobox sentences its cue phrases match, and its weight is the number of
distinct documents behind it (a document that says it five times still counts once).
"""
from __future__ import annotations

import re

import pandas as pd

from liaison import schema
from liaison.analysis import wording
from liaison.analysis.claims import COUNTRY_UNIT, PARTY_UNIT, reach_figures
from liaison.analysis.cues import literal_starts
from liaison.analysis.evidence import folded, literal_finder
from liaison.analysis.rows import row_tuples
from liaison.reference.hanzi import has_han, simplified
from liaison.reference.lists import find_in, org_automaton, read_data

SECTIONS = ("body", "infobox")
SENTENCE_COLUMNS = ["doc_id", "passage_id", "section", "start_char", "end_char", "evidence"]
EVIDENCE_COLUMNS = schema.columns("functions_evidence")
SUMMARY_COLUMNS = schema.columns("functions_summary")
STRUCTURE_UNITS = ("offices", "regional bureaus")
STRUCTURE_COLUMNS = schema.columns("functions_structure")
BUREAU_COLUMNS = schema.columns("functions_bureaus")
SUBSIDIARY_COLUMNS = schema.columns("functions_subsidiaries")
REACH_COLUMNS = schema.columns("functions_reach")
# Infobox labels of an encyclopedia organisation box; a value line without one continues the last.
INFOBOX_LABELS = (
    "Abbreviation", "Formation", "Type", "Headquarters", "Leader", "Deputy ministers", "Parent organization",
    "Subsidiaries", "Affiliations", "Website", "Formerly called",
)


# --------------------------------------------------------------------------- taxonomy and evidence


def load_taxonomy() -> pd.DataFrame:
    """The curated functions (data/functions.csv), in the file's order (`order` column)."""
    frame = read_data("functions.csv")
    frame.insert(0, "order", range(1, len(frame) + 1))
    return frame


def evidence_sentences(sentences: pd.DataFrame, sections: tuple[str, ...] = SECTIONS) -> pd.DataFrame:
    """The extracted sentences of the given sections (an infobox line is one sentence), in the
    columns evidence rows carry."""
    rows = sentences[sentences.section.isin(sections)]
    out = pd.DataFrame({"doc_id": rows.doc_id, "passage_id": rows.passage_id, "section": rows.section,
                        "start_char": rows.start, "end_char": rows.end, "evidence": rows.text.str.strip()},
                       columns=SENTENCE_COLUMNS)
    return out.sort_values(["doc_id", "start_char"], kind="stable").reset_index(drop=True)


EVIDENCE_ORDER = ["function", "doc_id", "start_char"]


def sentence_evidence(sentences: pd.DataFrame, taxonomy: pd.DataFrame) -> pd.DataFrame:
    """`function_evidence` of some rows of the sentences table (a partition of it, or all)."""
    return function_evidence(evidence_sentences(sentences), taxonomy)


def function_evidence(sents: pd.DataFrame, taxonomy: pd.DataFrame) -> pd.DataFrame:
    """Every sentence a function's cue regex matches (case-insensitive), with the matched cue.

    A cue runs only on sentences holding the literal start of one of its alternatives (see
    `literal_starts`): most sentences name no function, and the regular expressions were
    most of notebook 02's time on a large corpus. Which sentences hold one is found by one search
    over all the sentences' folded texts joined, not a test per sentence."""
    rows = []
    sentences = list(row_tuples(sents))
    # Chinese cues are written in simplified characters: a traditional-script sentence is read in both.
    readable = [simplified(s.evidence) if has_han(s.evidence) else s.evidence for s in sentences]
    holding = literal_finder([folded(text) for text in readable])
    for fn in row_tuples(taxonomy):
        cue = re.compile(fn.cue, re.IGNORECASE)
        starts = literal_starts(fn.cue)
        for i in holding(starts) if starts else range(len(sentences)):
            m = cue.search(readable[i])
            if m:
                s = sentences[i]
                rows.append({"function": fn.function, "doc_id": s.doc_id, "passage_id": s.passage_id,
                             "section": s.section, "start_char": s.start_char, "cue": m.group(0),
                             "evidence": s.evidence})
    out = pd.DataFrame(rows, columns=EVIDENCE_COLUMNS)
    return out.sort_values(EVIDENCE_ORDER, kind="stable").reset_index(drop=True)


def function_summary(evidence: pd.DataFrame, taxonomy: pd.DataFrame, min_sources: int = 1) -> pd.DataFrame:
    """One row per function: distinct documents behind it, passages, and whether it is thin
    (fewer than min_sources documents). Functions with no evidence stay in, with 0."""
    rows = []
    for fn in taxonomy.itertuples():
        ev = evidence[evidence.function == fn.function]
        docs = sorted(ev.doc_id.unique())
        rows.append({"function": fn.function, "n_sources": len(docs),
                     "n_passages": ev[["doc_id", "start_char"]].drop_duplicates().shape[0],
                     "doc_ids": "|".join(docs), "thin": len(docs) < min_sources, "note": fn.note, "source": fn.source})
    out = pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
    return out.sort_values(["n_sources", "n_passages", "function"], ascending=[False, False, True],
                           kind="stable").reset_index(drop=True)


def thin_sentence(thin: pd.DataFrame, min_sources: int) -> str:
    """The functions below the threshold as a sentence: "3 functions have no document behind
    them: ..." (at a threshold of one), "2 functions rest on fewer than 2 documents: ..."."""
    if thin.empty:
        return ("Every function has at least one document behind it." if min_sources <= 1
                else f"No function rests on fewer than {wording.count(min_sources, 'document')}.")
    one = len(thin) == 1
    if min_sources <= 1:
        verb = "has no document behind it" if one else "have no document behind them"
    else:
        verb = f"{'rests' if one else 'rest'} on fewer than {wording.count(min_sources, 'document')}"
    listed = wording.listing(f"{r.function} ({r.n_sources})" for r in thin.itertuples())
    return f"{wording.count(len(thin), 'function')} {verb}: {listed}."


def top_function_sentence(summary: pd.DataFrame, evidence: pd.DataFrame) -> tuple[str, pd.DataFrame]:
    """The function with most documents behind it (`function_summary` order) as a sentence, and one
    evidence row per document behind it: the best-supported function is the one a reader may cite."""
    if summary.empty or not summary.n_sources.iloc[0]:
        return "No document in this corpus states any of the functions' cues.", evidence.iloc[0:0]
    top = summary.iloc[0]
    # Documents are counted, not independent sources (a reposted story is two documents); a tie on
    # documents is said, with what broke it.
    tied = summary[(summary.n_sources == top.n_sources)].iloc[1:]
    tie = ""
    if len(tied):
        level = tied[tied.n_passages == top.n_passages]
        tie = (f"; tied with {wording.listing(f'“{f}”' for f in level.function)} on documents and sentences, "
               "first by name" if len(level) else
               f"; as many documents as {wording.listing(f'“{f}”' for f in tied.function)}, ahead on sentences")
    return (f"“{top.function}” has the most documents behind it: "
            f"{wording.count(top.n_sources, 'document')} and {wording.count(top.n_passages, 'sentence')}{tie}.",
            evidence[evidence.function == top.function].drop_duplicates("doc_id"))


def check_min_sources(min_sources: object) -> tuple[int, str]:
    """A usable min_sources and a message when the given one was not (then 1 is used)."""
    if isinstance(min_sources, bool) or not isinstance(min_sources, int) or min_sources < 0:
        return 1, f"min_sources must be a whole number >= 0, got {min_sources!r}; using 1"
    return min_sources, ""


# --------------------------------------------------------------------------- structure


def structure(quantities: pd.DataFrame) -> pd.DataFrame:
    """The office and regional-bureau counts the documents state, with their sentences."""
    rows = quantities[quantities.unit.isin(STRUCTURE_UNITS)] if not quantities.empty else quantities
    out = rows.reindex(columns=STRUCTURE_COLUMNS)
    order = {u: i for i, u in enumerate(STRUCTURE_UNITS)}
    return out.sort_values(["unit", "doc_id"], key=lambda s: s.map(order) if s.name == "unit" else s,
                           kind="stable").reset_index(drop=True)


def bureau_status(note: str) -> str:
    """How far a bureau's name is checked against the department's own site, from its note."""
    if "UNVERIFIED" in note:
        return "unverified (unofficial 2013 blog)"
    if "only seen as" in note:
        return "official, partly seen"
    return "official"


def bureaus(frame: pd.DataFrame) -> pd.DataFrame:
    """The regional bureaus (data/ild_bureaus.csv) with member counts and verification status."""
    out = frame.copy()
    out["n_members"] = out.members.map(lambda m: len([c for c in m.split("|") if c]))
    out["status"] = out.note.map(bureau_status)
    out["_n"] = out.bureau.map(_roman_number)
    return out.sort_values(["_n", "bureau"], kind="stable")[BUREAU_COLUMNS].reset_index(drop=True)


def size_sentence(counts: pd.DataFrame, bureau_table: pd.DataFrame) -> str:
    """The office and bureau counts the documents state (`structure` rows) beside how many bureau
    names (`bureaus` rows) the department's own site confirms: stated size and checked names differ."""
    stated = [f"{r.value:g} {r.unit if r.value != 1 else r.unit[:-1]} ({f'as of {r.as_of}' if r.as_of else 'undated'})"
              for r in counts.fillna({"as_of": ""}).itertuples()]
    checked = int((bureau_table.status == "official").sum())
    return ((f"The documents give the department {wording.listing(stated)}" if stated
             else "No document in this corpus states how many offices the department has")
            + (f"; {wording.share(checked, len(bureau_table))} bureau names {wording.verb('is', checked)} "
               "checked on its official site." if len(bureau_table) else "; no list of its bureaus is at hand."))


def _roman_number(label: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    roman = label.split()[-1]
    total = 0
    for a, b in zip(roman, roman[1:] + " "):
        total += -values[a] if b != " " and values[a] < values.get(b, 0) else values[a]
    return total


def infobox_fields(passages: pd.DataFrame) -> pd.DataFrame:
    """Infobox lines as (doc_id, label, value, passage_id, evidence): a line starting with a known
    label opens a field, a bare line adds another value to the open field."""
    rows = []
    box = passages[passages.section == "infobox"].sort_values(["doc_id", "start"], kind="stable")
    for doc_id, group in box.groupby("doc_id", sort=True):
        label = ""
        for p in group.itertuples():
            text = p.text.strip()
            hit = next((lab for lab in sorted(INFOBOX_LABELS, key=len, reverse=True) if text.startswith(lab)), None)
            if hit:
                label, value = hit, text[len(hit):].strip()
            else:
                value = text
            if label and value:
                rows.append(
                    {"doc_id": doc_id, "label": label, "value": value, "passage_id": p.passage_id, "evidence": text}
                )
    return pd.DataFrame(rows, columns=["doc_id", "label", "value", "passage_id", "evidence"])


def subsidiaries(passages: pd.DataFrame, organizations: pd.DataFrame) -> pd.DataFrame:
    """Bodies the infobox lists as subsidiaries, joined with the reference's "ILD affiliate" rows.

    in_infobox / in_reference say which side names each one; a reference-only row has no doc_id."""
    fields = infobox_fields(passages)
    listed = fields[fields.label == "Subsidiaries"]
    orgs = organizations.set_index("org_id")
    rows: dict[str, dict] = {}
    for f in listed.itertuples():
        matches = find_in(org_automaton(), f.value)
        org_id = next((m[3] for m in matches if m[3]), "")
        key = org_id or f.value
        if key in rows:
            continue
        known = org_id in orgs.index
        rows[key] = {
            "org_id": org_id,
            "name": orgs.at[org_id, "name"] if known else f.value,
            "kind": orgs.at[org_id, "kind"] if known else "",
            "founded": orgs.at[org_id, "founded"] if known else "",
            "in_infobox": True,
            "in_reference": known and orgs.at[org_id, "kind"] == "ILD affiliate",
            "doc_id": f.doc_id,
            "evidence": f.evidence,
        }
    for org in organizations[organizations.kind == "ILD affiliate"].itertuples():
        if org.org_id in rows:
            continue
        rows[org.org_id] = {"org_id": org.org_id, "name": org.name, "kind": org.kind, "founded": org.founded,
                            "in_infobox": False, "in_reference": True, "doc_id": "", "evidence": ""}
    out = pd.DataFrame(list(rows.values()), columns=SUBSIDIARY_COLUMNS)
    return out.sort_values(["name", "org_id"], kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------- reach


def reach(quantities: pd.DataFrame) -> pd.DataFrame:
    """Countries and parties the department is said to have relations with, one row per
    document and year stated (as_of), from sentences about relations, contacts or ties."""
    if quantities.empty:
        return pd.DataFrame(columns=REACH_COLUMNS)
    q = reach_figures(quantities)
    rows = []
    for (doc_id, as_of), group in q.groupby(["doc_id", "as_of"], sort=True):
        countries = group[group.unit.str.match(COUNTRY_UNIT)]
        parties = group[group.unit.str.contains(PARTY_UNIT)]
        rows.append({
            "year": int(str(as_of)[:4]) if str(as_of)[:4].isdigit() else None, "doc_id": doc_id,
            "countries": countries.value.max() if len(countries) else None,
            "countries_text": "; ".join(countries.text), "parties": parties.value.max() if len(parties) else None,
            "parties_text": "; ".join(parties.text), "evidence": " … ".join(dict.fromkeys(group.evidence)),
        })
    out = pd.DataFrame(rows, columns=REACH_COLUMNS)
    out["year"] = out.year.astype("Int64")
    for col in ("countries", "parties"):
        out[col] = out[col].astype("Float64")
    return out.sort_values(["year", "doc_id"], kind="stable", na_position="last").reset_index(drop=True)


def reach_sentence(frame: pd.DataFrame) -> str:
    """The reach figures (`reach`) as one sentence, each with the year it is for."""
    stated = [f"{r.countries_text or 'an unstated number of countries'} and "
              f"{r.parties_text or 'an unstated number of parties'} "
              f"{'in an undated document' if pd.isna(r.year) else f'in {r.year}'}" for r in frame.itertuples()]
    if not stated:
        return "No document in this corpus states the department's reach."
    return f"The department is said to have relations with {wording.listing(stated)}."


# --------------------------------------------------------------------------- figures


def plot_functions(summary: pd.DataFrame, min_sources: int = 1):
    """Distinct documents behind each function; thin functions hatched."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    fig = Figure(figsize=(8, 0.5 * max(len(summary), 1) + 1.8))
    ax = fig.add_subplot()
    ax.barh(summary.function, summary.n_sources, color=["white" if t else "0.4" for t in summary.thin],
            hatch=None, edgecolor="black", linewidth=0.6)
    for patch, thin in zip(ax.patches, summary.thin):
        if thin:
            patch.set_hatch("//")
    for y, n in enumerate(summary.n_sources):  # a bar of zero width is invisible: say so where it would be
        if not n:
            ax.text(0, y, " no document", va="center", ha="left", fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("distinct documents with a matching sentence")
    ax.set_ylabel("function")
    ax.set_title("What the department does, and how many documents say so")
    locator = ax.xaxis.get_major_locator()
    if isinstance(locator, MaxNLocator):  # a linear axis's default AutoLocator is one
        locator.set_params(integer=True)
    fig.text(0.01, 0.01, "Source: liaison corpus, body and infobox sentences matched by data/functions.csv cues; "
             + (f"hatched = fewer than {wording.count(min_sources, 'document')}." if min_sources > 1
                else "a function no document states is marked so."), fontsize=7)
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    return fig


def plot_structure(counts: pd.DataFrame, bureau_frame: pd.DataFrame, subs: pd.DataFrame):
    """Left: the regional bureaus by number of countries in their remit, hatched when the name is
    unverified; right: the stated office counts and the subsidiaries, as a labelled list."""
    from matplotlib.figure import Figure

    from liaison.analysis.fonts import MONOSPACE

    fig = Figure(figsize=(11, 5.2))
    ax, side = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1.6, 1]})
    hatch = {"official": "", "official, partly seen": "..", "unverified (unofficial 2013 blog)": "//"}
    shade = {"official": "0.4", "official, partly seen": "0.75", "unverified (unofficial 2013 blog)": "white"}
    labels = [f"{b.bureau}: {b.name}" for b in bureau_frame.itertuples()]
    for y, b in enumerate(bureau_frame.itertuples()):
        ax.barh(y, b.n_members, color=shade.get(b.status, "0.9"), hatch=hatch.get(b.status, "xx"),
                edgecolor="black", linewidth=0.6, label=b.status)
    ax.set_yticks(range(len(labels)), labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("countries in the bureau's remit (our mapping, not an official list)")
    ax.set_ylabel("regional bureau")
    handles, names = ax.get_legend_handles_labels()
    unique = dict(zip(names, handles))
    ax.legend(unique.values(), unique.keys(), fontsize=7, loc="lower right", title="name checked", title_fontsize=7)
    ax.set_title("Regional bureaus", fontsize=10)
    side.axis("off")
    lines = ["Stated in the documents:"]
    for c in counts.itertuples():
        lines.append(f"  {c.value:g} {c.unit} (as of {c.as_of or 'undated'}; {c.doc_id[:3]})")
    if counts.empty:
        lines.append("  (no office counts in this corpus)")
    totals = counts.groupby("unit").value.max()
    if {"offices", "regional bureaus"} <= set(totals.index):
        lines.append(f"  = {totals['offices'] - totals['regional bureaus']:g} other offices, not named here")
    lines += ["", "Subsidiaries and affiliates:"]
    for s in subs.itertuples():
        where = (
            "infobox + reference" if s.in_infobox and s.in_reference else ("infobox" if s.in_infobox else "reference")
        )
        lines.append(f"  {s.name}")
        lines.append(f"      founded {s.founded or '?'}; named in: {where}")
    side.text(0, 1, "\n".join(lines), va="top", ha="left", fontsize=8, family=MONOSPACE, transform=side.transAxes)
    side.set_title("Offices and affiliated bodies", fontsize=10)
    fig.suptitle("How the International Liaison Department is organised")
    fig.text(
        0.01,
        0.01,
        "Source: counts from the documents (quantities); bureaus data/ild_bureaus.csv (idcpc.org.cn, "
        "unofficial 2013 blog for VII-VIII); subsidiaries from documents' infoboxes and data/organizations.csv.",
        fontsize=7,
    )
    fig.tight_layout(rect=(0, 0.04, 1, 0.96))
    return fig


def _as_stated(texts: str) -> str:
    """The figure as the text states it, qualifier kept ("more than 160", "around 600"), without its unit."""
    first = str(texts).split("; ")[0]
    found = re.match(r"^(.*?\d[\d,.]*)", first)
    return found.group(1) if found else first


def plot_reach(frame: pd.DataFrame, documents: pd.DataFrame | None = None):
    """Countries and parties by the year each figure is stated for: paired bars, grey and hatched,
    each labelled as the text states it ("more than 160"), under the year and the document's label."""
    import textwrap

    from matplotlib.figure import Figure

    from liaison.analysis.labels import document_labels

    names = document_labels(documents) if documents is not None else {}
    fig = Figure(figsize=(8, 4.6))
    ax = fig.add_subplot()
    labels = [f"{r.year if not pd.isna(r.year) else 'undated'}\n" + textwrap.fill(names.get(r.doc_id, r.doc_id), 28)
              for r in frame.itertuples()]
    x = range(len(frame))
    ax.bar(
        [i - 0.2 for i in x], frame.countries.fillna(0), width=0.4, color="0.45", edgecolor="black", label="countries"
    )
    ax.bar([i + 0.2 for i in x], frame.parties.fillna(0), width=0.4, color="white", hatch="//", edgecolor="black",
           label="parties and organisations")
    for i, r in enumerate(frame.itertuples()):
        for dx, v, text in ((-0.2, r.countries, r.countries_text), (0.2, r.parties, r.parties_text)):
            if not pd.isna(v):
                ax.text(i + dx, v, textwrap.fill(_as_stated(text) if text else f"{v:g}", 12), ha="center",
                        va="bottom", fontsize=7.5)
    ax.set_xticks(list(x), labels, fontsize=7.5)
    ax.set_xlabel("year the figure is stated for (document)")
    ax.set_ylabel("number")
    ax.set_title("The department's stated reach over time")
    ax.legend(fontsize=8, loc="upper center", ncol=2)
    ax.margins(y=0.3)
    fig.text(0.01, 0.01, "Source: liaison corpus, quantities in sentences about relations/contacts/ties; "
             "bars at the stated number, labelled with the text's own qualifier.", fontsize=7)
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    return fig
