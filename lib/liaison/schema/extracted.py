"""The tables `liaison extract` writes: loading's and extraction's."""
from __future__ import annotations

from liaison.schema.table import Table, declare

EVENT_COLUMNS = """
    event_id str stable id: the document's id and the event's number in it (e000-e999, f1000, g10000: sorts in order)
    event_key str one real-world event: events of one kind, actor, counterpart and overlapping dates share it
    event_reports int how many events in the corpus share this event_key
    kind str visit | meeting | founding | appointment | summit | agreement
    mode str visit | host | third-place (CAMEO 042/043/044) | virtual (video or phone); empty when unsaid
    status str reported | planned | attempted | denied: the clause's modality ("will", "tried to", "was cancelled")
    actor str the person or body that acts, as written
    actor_id str the actor's entity id; empty when unresolved
    counterpart str whom the actor meets, as written
    counterpart_id str the counterpart's entity id; empty when unresolved
    counterpart_org str the counterpart's organisation or party, as written
    counterpart_party_id str the foreign side's party in data/parties.csv (the actor's if it receives a Chinese guest)
    counterpart_country str ISO3 of the foreign side's country (the party's, also when the meeting is in China)
    counterpart_party_in_government str yes | no | unknown: whether that party governed at the event's date
    in_government_basis str the party_government.csv period (or its absence) the flag rests on
    places str "|"-joined ISO3 codes of the places the event happens in
    region str a region the text names instead of countries
    start str ISO prefix of the first day (YYYY, YYYY-MM or YYYY-MM-DD); empty when undated
    end str ISO prefix of the last day, for events over several days
    date_precision str day | month | year | unknown
    date_basis str text | relative | dateline | trip (its visit's) | occasion (an earlier meeting's) | document date
    duration_days int? days from start to end when both are days
    n_countries int? countries visited when the text counts them
    doc_id str the document
    start_char int offset of the evidence clause in documents.text
    end_char int end offset of the evidence clause
    evidence str the sentence the event is coded from
"""


EXTRACTED_TABLES: tuple[Table, ...] = (
    # Step 1, load.
    declare("documents", "loaded document", "extract", """
        doc_id str stable id from the file's path below the corpus folder, without extension
        path str the file's path below the corpus folder
        title str from the sidecar, the HTML <title>, or the headline the page repeats
        published str ISO prefix YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown
        date_precision str day | month | year | unknown
        date_basis str how the date is known ("sidecar: …", "'Updated:' stamp", "dateline with year from document", …)
        outlet str the publisher
        authors str "|"-joined authors, from the sidecar or a byline; authors are never actors
        source_kind str state media | Western press | encyclopedia | aggregator | unknown
        source_url str where the document was published
        language str the document's language
        encoding str the encoding it was decoded from
        n_words int words in body passages: whitespace-separated tokens; in Chinese, Han characters plus other tokens
        n_bytes int size of the file
        sha256 str checksum of the file
        text str the cleaned text (markup removed, nothing else rewritten); every offset indexes it
    """, "doc_id"),
    declare("passages", "non-empty line of a document", "extract", """
        doc_id str the document
        passage_id int the line's number in the document
        start int offset in documents.text
        end int end offset
        section str title | meta | body | heading | infobox | caption | related | references | boilerplate
        text str the line
    """, "doc_id passage_id"),
    declare("sentences", "sentence of a prose passage (an infobox line counts as one)", "extract", """
        doc_id str the document
        sentence_id int the sentence's number in the document
        passage_id int the passage it lies in
        section str title | body | caption | infobox
        start int offset in documents.text
        end int end offset
        text str the sentence, quoted as evidence by every row extracted from it
    """, "doc_id sentence_id"),
    declare("references", "numbered citation of an encyclopedia page", "extract", """
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
    declare("load_report", "file seen in the corpus folder", "extract", """
        path str the file's path below the corpus folder
        status str loaded | warned | skipped
        reason str why it was warned about or skipped; for a PDF, Word or .mhtml file, also how it was read
    """, "path"),
    # Step 3, extract.
    declare("mentions", "person, organisation, place, date or figure found in the text", "extract", """
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
    declare("entities", "resolved entity", "extract", """
        entity_id str person:…, org:…, place:ISO3, place:ISO3:province, region:…
        kind str person | organization | place
        name str the commonest canonical name
        aliases str "|"-joined other surface forms seen
        iso3 str the country of a place
        name_zh str the Chinese name: from reference data, linked by pinyin, or the name itself when only Chinese
        link_basis str how the English and Chinese names were linked: reference | pinyin; empty when not linked
        source str reference | text (whether curated data knows it)
        n_mentions int mentions resolved to it
        n_documents int documents that mention it
    """, "entity_id"),
    declare("positions", "tenure claim: a person holding a post, as one sentence states it", "extract", """
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
        cue str how it is stated: appositive, title before name, relative clause, career list, zh-title-chain, ...
    """, "doc_id start_char person_id title"),
    declare("events", "coded clause: a visit, meeting, founding, appointment, summit or agreement", "extract",
           EVENT_COLUMNS, "doc_id event_id"),
    declare("quantities", "figure with a unit", "extract", """
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
)
