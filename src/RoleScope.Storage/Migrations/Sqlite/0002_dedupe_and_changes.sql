-- Schema version 2: content and near-duplicate detection, and a change counter that other processes can watch.

-- 16 bytes of SHA-256 over title, company, location and description (Dedupe/PostingFingerprint.cs). Unique, so the same
-- content under another identity is refused by the same ON CONFLICT DO NOTHING as a known identity. Null in rows written
-- by schema version 1 (SQLite lets nulls repeat under a unique index).
ALTER TABLE postings ADD COLUMN content_hash BLOB;
-- Normalised "company<US>title"; null when the posting lacks either, so it is never a near-duplicate.
ALTER TABLE postings ADD COLUMN near_key TEXT;
ALTER TABLE postings ADD COLUMN simhash INTEGER;
-- The original of a near-duplicate; null for an original. Near-duplicates are kept (provenance) but left out of figures.
ALTER TABLE postings ADD COLUMN duplicate_of INTEGER REFERENCES postings (id);

CREATE UNIQUE INDEX ux_postings_content_hash ON postings (content_hash);
CREATE INDEX ix_postings_near_key ON postings (near_key) WHERE near_key IS NOT NULL AND duplicate_of IS NULL;
CREATE INDEX ix_postings_duplicate_of ON postings (duplicate_of) WHERE duplicate_of IS NOT NULL;

-- One row: bumped by every batch that stores something, in the batch's transaction, so a reader that sees the new
-- version also sees the postings.
CREATE TABLE store_changes (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO store_changes (id, version) VALUES (1, 0);
