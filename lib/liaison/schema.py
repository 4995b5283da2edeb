"""Every table the workbook writes, declared once: what one row is, and each column's type and meaning.

Column lists in the code, the `<name>.meta.yaml` written beside each table and the README's data
dictionary all come from here, so a column cannot be renamed in one place and not the others.
Types: str (empty when unknown, never NaN), int, float, bool; "int?" is an integer column that is
empty when unknown (written as a float column so it can hold the gap).
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    meaning: str


@dataclass(frozen=True)
class Table:
    name: str
    row: str  # what one row is
    step: str  # "extract" or the notebook that writes it
    columns: tuple[Column, ...]
    sort: tuple[str, ...] = ()

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def _table(name: str, row: str, step: str, columns: str, sort: str = "") -> Table:
    """Columns as lines of `name type meaning`, which reads like the dictionary it renders to."""
    parsed = []
    for line in columns.strip().splitlines():
        col, kind, meaning = line.strip().split(maxsplit=2)
        parsed.append(Column(col, kind, meaning))
    return Table(name, row, step, tuple(parsed), tuple(sort.split()))


# Sections of a passage, and the ones facts are read from (title, body, caption, infobox).
SECTIONS = ("title", "meta", "body", "heading", "infobox", "caption", "related", "references", "boilerplate")
PROSE_SECTIONS = frozenset({"title", "body", "infobox", "caption"})

_EVENT_COLUMNS = """
    event_id str stable id: the document's id and the event's number in it
    kind str visit | meeting | founding | appointment | summit | agreement
    mode str visit | host | third-place (CAMEO 042/043/044); empty when the text does not say
    actor str the person or body that acts, as written
    actor_id str the actor's entity id; empty when unresolved
    counterpart str whom the actor meets, as written
    counterpart_id str the counterpart's entity id; empty when unresolved
    counterpart_org str the counterpart's organisation or party, as written
    places str "|"-joined ISO3 codes of the places the event happens in
    region str a region the text names instead of countries
    start str ISO prefix of the first day (YYYY, YYYY-MM or YYYY-MM-DD); empty when undated
    end str ISO prefix of the last day, for events over several days
    date_precision str day | month | year | unknown
    duration_days int? days from start to end when both are days
    n_countries int? countries visited when the text counts them
    doc_id str the document
    start_char int offset of the evidence clause in documents.text
    end_char int end offset of the evidence clause
    evidence str the sentence the event is coded from
"""

_CAMPAIGN_EVENT_COLUMNS = """
    event_id str the event (events.event_id)
    kind str visit | meeting
    mode str visit | host | third-place
    actor str the actor, as written
    actor_id str the actor's entity id
    counterpart str the counterpart, as written
    counterpart_org str the counterpart's organisation, as written
    places str "|"-joined ISO3 codes
    region str a region named instead of countries
    start str ISO prefix of the first day
    end str ISO prefix of the last day
    date_precision str day | month | year | unknown
    duration_days int? days from start to end
    n_countries int? countries the text counts
    doc_id str the document
    evidence str the sentence
    first_day str the earliest day the date allows
    last_day str the latest day the date allows
"""

TABLES: dict[str, Table] = {t.name: t for t in (
    # Step 1, load.
    _table("documents", "a loaded document", "extract", """
        doc_id str stable id from the file's path below the corpus folder, without extension
        path str the file's path below the corpus folder
        title str from the sidecar, the HTML <title>, or the headline the page repeats
        published str ISO prefix YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown
        date_precision str day | month | year | unknown
        date_basis str how the date is known ("sidecar: …", "'Updated:' stamp", "dateline with year from document", …)
        outlet str the publisher
        source_kind str state media | Western press | encyclopedia | aggregator | unknown
        source_url str where the document was published
        language str the document's language
        encoding str the encoding it was decoded from
        n_words int words in body passages
        n_bytes int size of the file
        sha256 str checksum of the file
        text str the cleaned text (markup removed, nothing else rewritten); every offset indexes it
    """, "doc_id"),
    _table("passages", "a non-empty line of a document", "extract", """
        doc_id str the document
        passage_id int the line's number in the document
        start int offset in documents.text
        end int end offset
        section str title | meta | body | heading | infobox | caption | related | references | boilerplate
        text str the line
    """, "doc_id passage_id"),
    _table("sentences", "a sentence of a prose passage (an infobox line counts as one)", "extract", """
        doc_id str the document
        sentence_id int the sentence's number in the document
        passage_id int the passage it lies in
        section str title | body | caption | infobox
        start int offset in documents.text
        end int end offset
        text str the sentence, quoted as evidence by every row extracted from it
    """, "doc_id sentence_id"),
    _table("references", "a numbered citation of an encyclopedia page", "extract", """
        doc_id str the document
        ref_no int the citation's number
        authors str cited authors (sources, not actors)
        date str the cited work's date as written
        title str the cited work's title
        publisher str its publisher
        retrieved str the access date the page gives
        start int offset in documents.text
        end int end offset
        text str the citation as written
    """, "doc_id ref_no start"),
    _table("load_report", "a file seen in the corpus folder", "extract", """
        path str the file's path below the corpus folder
        status str loaded | warned | skipped
        reason str why it was warned about or skipped
    """, "path"),
    # Step 3, extract.
    _table("mentions", "a person, organisation, place, date or figure found in the text", "extract", """
        doc_id str the document
        start int offset in documents.text
        end int end offset
        text str the mention as written
        kind str person | organization | place | date | quantity
        entity_id str the entity it resolves to; empty when it cannot be resolved honestly
        name str canonical name; for dates the ISO value or range; for figures value and unit
        cue str what made it a mention (pinyin, title, appositive, gazetteer, absolute, relative, …)
        iso3 str the country of a place mention
    """, "doc_id start end kind"),
    _table("entities", "a resolved entity", "extract", """
        entity_id str person:…, org:…, place:ISO3, place:ISO3:province, region:…
        kind str person | organization | place
        name str the commonest canonical name
        aliases str "|"-joined other surface forms seen
        iso3 str the country of a place
        name_zh str the Chinese name, from reference data
        source str reference | text (whether curated data knows it)
        n_mentions int mentions resolved to it
        n_documents int documents that mention it
    """, "entity_id"),
    _table("positions", "a tenure claim: a person holding a post, as one sentence states it", "extract", """
        person str the holder, as named
        person_id str the holder's entity id
        title str the post's title
        organization str the organisation, as written
        organization_id str the organisation's entity id
        start str ISO prefix of the start; empty when not stated
        end str ISO prefix of the end; empty when not stated
        status str current | ended | unknown, as the sentence states it
        as_of str the document's date
        doc_id str the document
        start_char int offset of the claim in documents.text
        end_char int end offset
        evidence str the sentence
        cue str the construction that stated it
    """, "doc_id start_char person_id title"),
    _table("events", "a coded clause: a visit, meeting, founding, appointment, summit or agreement", "extract",
           _EVENT_COLUMNS, "doc_id event_id"),
    _table("quantities", "a figure with a unit", "extract", """
        doc_id str the document
        value float the number
        unit str what is counted
        qualifier str more than | about | … as written
        per str year for "annually"
        as_of str the year the sentence states, else the document's date
        text str the figure as written
        start_char int offset in documents.text
        end_char int end offset
        evidence str the sentence
    """, "doc_id start_char"),
    # Notebook 00.
    _table("corpus_documents", "a document", "00_corpus", """
        doc_id str the document
        title str its title
        outlet str its publisher
        source_kind str kind of source
        published str its date
        date_precision str day | month | year | unknown
        date_basis str how the date is known
        n_words int words in body passages
    """),
    _table("corpus_sections", "a document", "00_corpus", """
        doc_id str the document
        body int passages in the section
        boilerplate int passages in the section
        caption int passages in the section
        heading int passages in the section
        infobox int passages in the section
        meta int passages in the section
        references int passages in the section
        related int passages in the section
        title int passages in the section
    """),
    _table("corpus_reliance", "a document", "00_corpus", """
        doc_id str the document
        mentions int its rows in mentions
        positions int its rows in positions
        events int its rows in events
        quantities int its rows in quantities
        total int its rows in all four
        share float its share of all rows
    """),
    # Notebook 01.
    _table("history_eras", "an era of the department (reference data)", "01_history", """
        era str the era
        start int its first year
        end int its last year
        description str what marks it
        source str where this is from
    """),
    _table("history_heads", "a head's tenure (reference data)", "01_history", """
        order int the head's number
        holder str the head
        holder_zh str the head's Chinese name
        start str ISO prefix of the start
        end str ISO prefix of the end
        status str current | ended
        start_year float start as a decimal year, for drawing
        end_year float end as a decimal year, for drawing
        tenure_years str years in office
        ongoing bool still in office
        source_title str the source
        note str what is not known
    """),
    _table("history_foundings", "a founding a document states", "01_history", """
        body str the body founded
        body_id str its entity id
        stated str the date the document gives
        stated_year str its year
        reference_founded str the date reference data gives
        reference_year str its year
        agreement str agrees | differs | no reference
        doc_id str the document
        evidence str the sentence
    """),
    _table("history_timeline", "a thing drawn on the timeline", "01_history", """
        kind str era | head | founding
        label str the label drawn
        year int? the year of a point
        start_year float start of a bar
        end_year float end of a bar
        detail str what the label stands for
        doc_id str the document, for foundings
        evidence str the sentence, for foundings
    """),
    # Notebook 02.
    _table("functions_summary", "a function of the department", "02_functions", """
        function str the function
        n_sources int distinct documents evidencing it
        n_passages int passages evidencing it
        doc_ids str "|"-joined documents
        thin bool fewer sources than min_sources
        note str what the taxonomy says of it
        source str where the taxonomy is from
    """),
    _table("functions_evidence", "a sentence evidencing a function", "02_functions", """
        function str the function
        doc_id str the document
        passage_id int the passage
        section str the section
        start_char int offset in documents.text
        cue str the phrase that matched
        evidence str the sentence
    """),
    _table("functions_structure", "a figure about the department's structure", "02_functions", """
        unit str offices | regional bureaus
        value int the figure
        qualifier str more than | about | …
        as_of int the year it is stated for
        doc_id str the document
        text str the figure as written
        evidence str the sentence
    """),
    _table("functions_bureaus", "a regional bureau (reference data)", "02_functions", """
        bureau str the bureau's number
        name str what it covers
        n_members int countries it covers
        status str verified | partly | unverified
        source str where this is from
        note str what is not known
    """),
    _table("functions_subsidiaries", "an affiliated body", "02_functions", """
        org_id str its entity id
        name str its name
        kind str its kind
        founded str its founding date (reference data)
        in_infobox bool named in an infobox
        in_reference bool known to reference data
        doc_id str the document
        evidence str the sentence
    """),
    _table("functions_reach", "a year a reach figure is stated for", "02_functions", """
        year int the year
        doc_id str the document
        countries int countries reached
        countries_text str that figure as written
        parties int parties reached
        parties_text str that figure as written
        evidence str the sentence
    """),
    # Notebook 03.
    _table("personnel_who_is_who", "a tenure, from a document or reference data", "03_personnel", """
        person_id str the holder's entity id
        person str the holder
        title str the post
        organization str the organisation
        organization_id str its entity id
        start str ISO prefix of the start
        end str ISO prefix of the end
        status str current | ended | unknown
        as_of str the document's date
        basis str document | reference
        source str the document or list
        doc_id str the document
        evidence str the sentence
        note str what is not known
    """),
    _table("personnel_corroboration", "a distinct document claim of a post", "03_personnel", """
        person_id str the holder's entity id
        person str the holder
        title str the post
        organization str the organisation
        start str ISO prefix of the start
        end str ISO prefix of the end
        status str current | ended | unknown
        n_documents int documents making the claim
        doc_ids str "|"-joined documents
        verdict str agrees | differs | not in reference | person not in reference
        reference_title str the post reference data gives
        reference_dates str its dates
        doc_id str a document making the claim
        evidence str its sentence
    """),
    _table("personnel_event_roles", "an event with an actor", "03_personnel", """
        event_id str the event
        kind str its kind
        actor str the actor
        actor_id str the actor's entity id
        date str the event's date, or its document's
        date_basis str which
        role str the post held at that date
        role_organization str its organisation
        role_basis str document | reference
        other_roles str other posts covering the date
        doc_id str the document
        evidence str the sentence
    """),
    _table("personnel_career", "a post of focus_person", "03_personnel", """
        person str the person
        basis str document | reference
        title str the post
        organization str the organisation
        start str ISO prefix of the start
        end str ISO prefix of the end
        status str current | ended | unknown
        sources str the documents or lists
        n_sources int how many
        dates str known | partly known | unknown
        bar_start str where the bar is drawn from
        bar_end str where the bar is drawn to
        doc_id str a document
        evidence str its sentence
    """),
    _table("personnel_comentions", "a passage shared with focus_person", "03_personnel", """
        person_id str the focus person's entity id
        other_id str the other person's entity id
        other str the other person
        doc_id str the document
        passage_id int the passage
        evidence str the passage
    """),
    # Notebook 04.
    _table("campaigns_events", "a visit or meeting in the year window", "04_campaigns", _CAMPAIGN_EVENT_COLUMNS),
    _table("campaigns_undated", "a visit or meeting with no date", "04_campaigns", _CAMPAIGN_EVENT_COLUMNS),
    _table("campaigns_destinations", "a destination country", "04_campaigns", """
        iso3 str the country
        country str its name
        bureau str the regional bureau covering it
        n_events int events there
        event_ids str "|"-joined events
    """),
    _table("campaigns_push", "a spring-2023 trip by a provincial leader", "04_campaigns", """
        event_id str the event
        actor str the leader
        post str the leader's post
        province str the province
        start str ISO prefix of the start
        dated_by str event | document
        places str "|"-joined ISO3
        countries str country names
        region str a region named instead
        region_only bool only a region is named
        bureaus str regional bureaus touched
        neighbours str China's land neighbours reached
        region_neighbours str land neighbours in the named region
        duration_days int? days
        n_countries int? countries the text counts
        doc_id str the document
        evidence str the sentence
    """),
    _table("campaigns_episode", "a sentence about focus_country", "04_campaigns", """
        doc_id str the document
        start_char int offset in documents.text
        source str event | mention
        event_id str the event, for event rows
        kind str its kind
        link str why the sentence belongs
        date str its date
        evidence str the sentence
    """),
    _table("campaigns_bureaus", "a regional bureau", "04_campaigns", """
        bureau str the bureau
        events int events touching it
        weight float events, each split across the bureaus it touches
        region_only int events naming only a region
        event_ids str "|"-joined events
    """),
    # Notebook 05.
    _table("sources_claims", "a normalised claim", "05_sources", """
        claim_id str the claim
        table str the table it comes from
        subject str what it is about
        claim str what it says
        doc_ids str "|"-joined documents
        n_rows int rows making it
        n_documents int distinct documents (two copies of one story count once)
        outlets str "|"-joined outlets
        doc_id str a document making it
        evidence str its sentence
    """),
    _table("sources_claim_support", "a row supporting a claim", "05_sources", """
        claim_id str the claim
        table str the table
        subject str what it is about
        claim str what it says
        doc_id str the document
        evidence str the sentence
    """),
    _table("sources_summary", "a table of claims", "05_sources", """
        table str the table
        claims int distinct claims
        single_source int claims resting on one source
        corroborated int claims with at least min_documents sources
        single_share float share of single-source claims
    """),
    _table("sources_disagreements", "a disagreement", "05_sources", """
        kind str between documents, or against reference data
        subject str what it is about
        doc_id str the document
        value str what it says
        evidence str its sentence
        other_source str the other document or list
        other_value str what that says
        other_evidence str its sentence
    """),
    _table("sources_gaps", "a thing the corpus cannot tell", "05_sources", """
        kind str the kind of gap
        doc_id str the document
        detail str what is missing
        evidence str the sentence
    """),
)}

EXTRACTED = tuple(name for name, table in TABLES.items() if table.step == "extract")


def columns(name: str) -> list[str]:
    """The declared columns of a table, in order."""
    return TABLES[name].column_names


def frame(rows: list, name: str) -> pd.DataFrame:
    """Rows (dicts, or lists in column order) as the declared table: its columns, sorted by its keys."""
    return sort(pd.DataFrame(rows, columns=columns(name)), name)


def sort(table: pd.DataFrame, name: str) -> pd.DataFrame:
    """A table in its declared row order (stable, so ties keep the order they came in)."""
    keys = list(TABLES[name].sort)
    if not len(table) or not keys:
        return table.reset_index(drop=True)
    return table.sort_values(keys, kind="stable").reset_index(drop=True)


def check_columns(name: str, actual: list[str]) -> None:
    """Refuse to write a table whose columns are not the declared ones, naming the difference."""
    if name not in TABLES:
        raise KeyError(f"table {name!r} is not declared in liaison.schema")
    declared = columns(name)
    if list(actual) != declared:
        missing = [c for c in declared if c not in actual]
        extra = [c for c in actual if c not in declared]
        raise ValueError(f"table {name!r}: columns differ from liaison.schema (missing {missing}, extra {extra}, "
                         f"or out of order)")


def markdown() -> str:
    """The README's data dictionary, rendered from the declarations."""
    lines = []
    for step in ("extract", *sorted({t.step for t in TABLES.values()} - {"extract"})):
        lines.append(f"\n#### Written by {'`extract`' if step == 'extract' else f'notebook `{step}`'}\n")
        for table in (t for t in TABLES.values() if t.step == step):
            lines.append(f"**{table.name}** — one row per {table.row}.\n")
            lines.append("| column | type | meaning |\n| --- | --- | --- |")
            lines.extend(f"| `{c.name}` | {c.type} | {c.meaning.replace('|', '&#124;')} |" for c in table.columns)
            lines.append("")
    return "\n".join(lines).strip() + "\n"
