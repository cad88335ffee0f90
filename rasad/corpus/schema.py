"""Tables of the corpus store (one DuckDB file).

Per-document tables mirror the CONTRACT record (documents, entities, mentions, events,
event_actors, event_evidence, statements); doc_tokens and lsh_bands are the search and
near-duplicate indexes; actors, corpus_events and corpus_event_members are derived (rebuilt
from the per-document tables after each ingest). No UNIQUE/PRIMARY KEY constraints: DuckDB
keeps those as in-memory ART indexes, and ingest checks identity itself (content hash).
"""

from __future__ import annotations

SCHEMA_VERSION = "1"

DDL: list[str] = [
    """CREATE TABLE IF NOT EXISTS meta (key VARCHAR, value VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS documents (
        doc_seq BIGINT,              -- ingest order, the store's own document key
        id VARCHAR,                  -- the record's id
        source VARCHAR,
        content_hash VARCHAR,        -- sha256 of id, source, title, published and text
        title VARCHAR,
        published VARCHAR,           -- as in the record (ISO 8601 with offset)
        published_utc TIMESTAMP,
        published_day DATE,          -- the local calendar day of publication
        published_jalali VARCHAR,
        outlet VARCHAR,
        news_id VARCHAR,
        attribution VARCHAR[],
        dateline VARCHAR,
        text VARCHAR,
        raw_text VARCHAR,            -- the raw input, when the record carries it
        search_text VARCHAR,         -- folded, space/ZWNJ-free text for phrase search
        dup_group BIGINT,            -- doc_seq of the first stored member of its near-duplicate group
        is_original BOOLEAN,         -- earliest published (then first ingested) of its group
        minhash BLOB,                -- MinHash signature (uint32 array)
        record VARCHAR,              -- the full CONTRACT record as JSON
        ingested_at TIMESTAMP
    )""",
    """CREATE TABLE IF NOT EXISTS doc_tokens (token VARCHAR, doc_seq BIGINT, tf INTEGER)""",
    """CREATE TABLE IF NOT EXISTS lsh_bands (band SMALLINT, hash BIGINT, doc_seq BIGINT)""",
    """CREATE TABLE IF NOT EXISTS entities (
        doc_seq BIGINT, entity_id VARCHAR, name VARCHAR, name_en VARCHAR, type VARCHAR,
        country VARCHAR, wikidata VARCHAR, actor_key VARCHAR, search_form VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS mentions (
        doc_seq BIGINT, entity_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR,
        kind VARCHAR, raw_start INTEGER, raw_end INTEGER
    )""",
    """CREATE TABLE IF NOT EXISTS events (
        doc_seq BIGINT, event_id VARCHAR, type VARCHAR, mode VARCHAR, mutual BOOLEAN,
        source_ids VARCHAR[], target_ids VARCHAR[], source_keys VARCHAR[], target_keys VARCHAR[],
        actor_sig VARCHAR,           -- who, as compared by merging (see merge.actor_signature)
        date VARCHAR, date_precision VARCHAR, date_lo DATE, date_hi DATE,
        location_id VARCHAR, location_name VARCHAR, fatalities INTEGER, injured INTEGER,
        negated BOOLEAN, modality VARCHAR, sentence_start INTEGER, sentence_end INTEGER,
        sentence_number INTEGER, trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR,
        confidence DOUBLE
    )""",
    """CREATE TABLE IF NOT EXISTS event_actors (
        doc_seq BIGINT, event_id VARCHAR, role VARCHAR, entity_id VARCHAR, actor_key VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS event_evidence (
        doc_seq BIGINT, event_id VARCHAR, idx INTEGER, start INTEGER, "end" INTEGER,
        text VARCHAR, evidence VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS statements (
        doc_seq BIGINT, speaker_id VARCHAR, speaker_key VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS actors (
        actor_key VARCHAR, name VARCHAR, name_en VARCHAR, type VARCHAR, country VARCHAR,
        search VARCHAR, n_documents BIGINT
    )""",
    """CREATE TABLE IF NOT EXISTS corpus_events (
        cevent_id BIGINT, type VARCHAR, mode VARCHAR, mutual BOOLEAN, negated BOOLEAN,
        source_keys VARCHAR[], target_keys VARCHAR[], source_label VARCHAR, target_label VARCHAR,
        source_countries VARCHAR[], target_countries VARCHAR[], countries VARCHAR[],
        date VARCHAR, date_lo DATE, date_hi DATE, first_published TIMESTAMP, first_day DATE,
        location VARCHAR, fatalities INTEGER, injured INTEGER,
        n_mentions BIGINT, n_documents BIGINT, corroboration BIGINT, outlets VARCHAR[],
        actor_search VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS corpus_event_members (cevent_id BIGINT, doc_seq BIGINT, event_id VARCHAR)""",
]
