"""The tables the notebooks save, each beside the finding it supports."""
from __future__ import annotations

from liaison.schema.table import Table, declare

_CAMPAIGN_EVENT_COLUMNS = """
    event_id str the report the row shows: of the reports of one event, the earliest-dated (events.event_id)
    event_key str the real-world event (events.event_key)
    event_reports int how many reports of it the corpus holds
    status str reported (plans, attempts and cancellations are left out)
    kind str visit | meeting
    mode str visit | host | third-place | virtual
    actor str the actor, as written
    actor_id str the actor's entity id
    counterpart str the counterpart, as written
    counterpart_org str the counterpart's organisation, as written
    counterpart_country str ISO3 of the foreign side's country (events.counterpart_country)
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

_PARTY_EVENT_COLUMNS = """
    event_key str the real-world event (events.event_key); its reports share it
    year int? the earliest year its reports state; empty when none dates it
    where str virtual | china (received in China) | third-place | abroad | unplaced
    iso3 str the counterpart's country
    party_id str the counterpart's party (data/parties.csv); empty when none is named
    in_government str yes | no | unknown: the party governed at the event's date
    reports int documents reporting the event
    event_ids str "|"-joined events rows of it
    start str ISO prefix of the earliest report's date
    doc_id str the earliest report
    evidence str its sentence
"""
_WHERE_COUNTS = """
    received_in_china int distinct events received in China (mode host, or China among the places)
    visits_abroad int distinct events abroad (a place outside China)
    virtual int distinct events by video link or phone
"""

NOTEBOOK_TABLES: tuple[Table, ...] = (
    # Notebook 00.
    declare("corpus_documents", "document", "00_corpus", """
        doc_id str the document
        title str its title
        outlet str its publisher
        source_kind str kind of source
        published str its date
        date_precision str day | month | year | unknown
        date_basis str how the date is known
        n_words int words in body passages
    """),
    declare("corpus_sections", "document", "00_corpus", """
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
    declare("corpus_reliance", "document", "00_corpus", """
        doc_id str the document
        mentions int its rows in mentions
        positions int its rows in positions
        events int its rows in events
        quantities int its rows in quantities
        total int its rows in all four
        share float its share of all rows
    """),
    # Notebook 01.
    declare("history_eras", "era of the department (reference data)", "01_history", """
        era str the era
        start int its first year
        end int its last year
        description str what marks it
        source str where this is from
    """),
    declare("history_heads", "head's tenure (reference data)", "01_history", """
        order int the head's number
        holder str the head
        holder_zh str the head's Chinese name
        start str ISO prefix of the start
        end str ISO prefix of the end
        status str current | ended
        start_year float start as a decimal year, for drawing
        end_year float end as a decimal year, for drawing
        tenure_years float years in office
        ongoing bool still in office
        source_title str the source
        note str what is not known
    """),
    declare("history_foundings", "founding a document states", "01_history", """
        body str the body founded
        body_id str its entity id
        stated str the date the document gives
        stated_year int? its year
        reference_founded str the date reference data gives
        reference_year int? its year
        agreement str agrees | differs | no reference
        doc_id str the document
        evidence str the sentence
    """),
    declare("history_timeline", "thing drawn on the timeline", "01_history", """
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
    declare("functions_summary", "function of the department", "02_functions", """
        function str the function
        n_sources int distinct documents evidencing it
        n_passages int passages evidencing it
        doc_ids str "|"-joined documents
        thin bool fewer sources than min_sources
        note str what the taxonomy says of it
        source str where the taxonomy is from
    """),
    declare("functions_evidence", "sentence evidencing a function", "02_functions", """
        function str the function
        doc_id str the document
        passage_id int the passage
        section str the section
        start_char int offset in documents.text
        cue str the phrase that matched
        evidence str the sentence
    """),
    declare("functions_structure", "figure about the department's structure", "02_functions", """
        unit str offices | regional bureaus
        value float the figure
        qualifier str more than | about | …
        as_of str the year it is stated for
        doc_id str the document
        text str the figure as written
        evidence str the sentence
    """),
    declare("functions_bureaus", "regional bureau (reference data)", "02_functions", """
        bureau str the bureau's number
        name str what it covers
        n_members int countries it covers
        status str verified | partly | unverified
        source str where this is from
        note str what is not known
    """),
    declare("functions_subsidiaries", "affiliated body", "02_functions", """
        org_id str its entity id
        name str its name
        kind str its kind
        founded str its founding date (reference data)
        in_infobox bool named in an infobox
        in_reference bool known to reference data
        doc_id str the document
        evidence str the sentence
    """),
    declare("functions_reach", "year a reach figure is stated for", "02_functions", """
        year int? the year; empty when the figure's document is undated
        doc_id str the document
        countries int? countries reached
        countries_text str that figure as written
        parties int? parties reached
        parties_text str that figure as written
        evidence str the sentence
    """),
    # Notebook 03.
    declare("personnel_who_is_who", "tenure, from a document or reference data", "03_personnel", """
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
    declare("personnel_corroboration", "distinct document claim of a post", "03_personnel", """
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
    declare("personnel_event_roles", "event with an actor", "03_personnel", """
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
    declare("personnel_career", "post of focus_person", "03_personnel", """
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
    declare("personnel_comentions", "passage shared with focus_person", "03_personnel", """
        person_id str the focus person's entity id
        other_id str the other person's entity id
        other str the other person
        doc_id str the document
        passage_id int the passage
        evidence str the passage
    """),
    # Notebook 04.
    declare("campaigns_events", "visit or meeting in the year window", "04_campaigns", _CAMPAIGN_EVENT_COLUMNS),
    declare("campaigns_undated", "visit or meeting with no date", "04_campaigns", _CAMPAIGN_EVENT_COLUMNS),
    declare("campaigns_destinations", "destination country", "04_campaigns", """
        iso3 str the country
        country str its name
        bureau str the regional bureau covering it
        n_events int events there
        event_ids str "|"-joined events
    """),
    declare("campaigns_push", "spring-2023 trip by a provincial leader", "04_campaigns", """
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
    declare("campaigns_episode", "sentence about focus_country", "04_campaigns", """
        doc_id str the document
        start_char int offset in documents.text
        source str event | mention
        event_id str the event, for event rows
        kind str its kind
        link str why the sentence belongs
        date str its date
        evidence str the sentence
    """),
    declare("campaigns_bureaus", "regional bureau", "04_campaigns", """
        bureau str the bureau
        events int events touching it
        weight float events, each split across the bureaus it touches
        region_only int events naming only a region
        event_ids str "|"-joined events
    """),
    # Notebook 05.
    declare("sources_claims", "normalised claim", "05_sources", """
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
    declare("sources_claim_support", "row supporting a claim", "05_sources", """
        claim_id str the claim
        table str the table
        subject str what it is about
        claim str what it says
        doc_id str the document
        evidence str the sentence
    """),
    declare("sources_summary", "table of claims", "05_sources", """
        table str the table
        claims int distinct claims
        single_source int claims resting on one source
        corroborated int claims with at least min_documents sources
        single_share float share of single-source claims
    """),
    declare("sources_disagreements", "disagreement", "05_sources", """
        kind str between documents, or against reference data
        subject str what it is about
        doc_id str the document
        value str what it says
        evidence str its sentence
        other_source str the other document or list
        other_value str what that says
        other_evidence str its sentence
    """),
    declare("sources_gaps", "thing the corpus cannot tell", "05_sources", """
        kind str the kind of gap
        doc_id str the document
        detail str what is missing
        evidence str the sentence
    """),
    # Notebook 06.
    declare("campaigns_panel", "country-year with at least one counted event (the export panel)", "06_parties", f"""
        iso3 str the counterpart's country
        year int the year
        events int distinct events (event_key), however many documents report each
        {_WHERE_COUNTS.strip()}
        parties int distinct parties met
        ruling_parties int distinct parties met while in government
        opposition_parties int distinct parties met while out of government
        event_keys str "|"-joined events counted
    """, "iso3 year"),
    declare("parties_country_year", "country-year with at least one counted event", "06_parties", f"""
        iso3 str the counterpart's country
        country str its name
        continent str its UN M49 continent
        bureau str the ILD regional bureau covering it
        year int the year
        events int distinct events (event_key)
        {_WHERE_COUNTS.strip()}
        third_place int distinct events in a third country
        unplaced int distinct events whose place the reports do not say
        parties int distinct parties met
        ruling_parties int distinct parties met while in government
        opposition_parties int distinct parties met while out of government
        event_keys str "|"-joined events counted
    """, "iso3 year"),
    declare("parties_year", "party and a year it was met", "06_parties", f"""
        party_id str the party (data/parties.csv)
        party str its name
        iso3 str its country
        country str the country's name
        family str its party family
        year int the year
        in_government str its flag(s) at that year's events: yes, no, unknown, or several "|"-joined
        events int distinct events
        {_WHERE_COUNTS.strip()}
        third_place int distinct events in a third country
        unplaced int distinct events whose place the reports do not say
        event_keys str "|"-joined events
    """, "iso3 party_id year"),
    declare("parties_met", "foreign party met", "06_parties", """
        party_id str the party (data/parties.csv)
        party str its name
        iso3 str its country
        country str the country's name
        family str its party family
        events int distinct events
        first_year int the first year it was met
        last_year int the last year it was met
        events_ruling int events while it governed
        events_opposition int events while it did not
        events_unknown int events with no known government status
        event_keys str "|"-joined events
        doc_id str the earliest report
        evidence str its sentence
    """, "iso3 party_id"),
    declare("parties_families", "party family", "06_parties", """
        family str the family (data/parties.csv)
        parties int parties of it met
        countries int their countries
        events int distinct events with them
        party_ids str "|"-joined parties
    """, "family"),
    declare("parties_shares", "year and a continent (or all)", "06_parties", """
        year int the year
        continent str a UN M49 continent, or all
        events int distinct events with a named party
        ruling int of them, with a party in government
        opposition int with a party out of government
        unknown int with no known government status
        ruling_share float ruling / (ruling + opposition); empty when neither is known
    """, "year continent"),
    declare("parties_events", "counted event with a foreign counterpart, per country and party", "06_parties",
            _PARTY_EVENT_COLUMNS, "event_key iso3 party_id"),
    declare("parties_undated", "event with a foreign counterpart that no report dates", "06_parties",
            _PARTY_EVENT_COLUMNS, "event_key iso3 party_id"),
    declare("parties_unresolved", "counted event whose counterpart body the party registry does not resolve",
            "06_parties", """
        event_id str the event (events.event_id)
        body str the counterpart's organisation or party as written
        counterpart str the counterpart as written
        counterpart_country str the counterpart's country, when known without the party
        doc_id str the document
        evidence str the sentence
    """, "event_id"),
)
