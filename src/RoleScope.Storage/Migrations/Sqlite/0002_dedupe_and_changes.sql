-- Schema version 2: content and near-duplicate detection, and a change counter that other processes can watch.

-- 16 bytes of SHA-256 over title, company, location and description (Dedupe/PostingFingerprint.cs): the same text under
-- another identity (an HN repost under a new id, a mirror board) is stored linked to its original. Null in rows written
-- by schema version 1.
ALTER TABLE postings ADD COLUMN content_hash BLOB;
-- Normalised "company<US>title"; null when the posting lacks either, so it is never a near-duplicate.
ALTER TABLE postings ADD COLUMN near_key TEXT;
ALTER TABLE postings ADD COLUMN simhash INTEGER;
-- The original of a copy (identical or near-identical text); null for an original. Copies are kept (provenance) but left
-- out of figures.
ALTER TABLE postings ADD COLUMN duplicate_of INTEGER REFERENCES postings (id);

CREATE INDEX ix_postings_content_hash ON postings (content_hash);
CREATE INDEX ix_postings_near_key ON postings (near_key) WHERE near_key IS NOT NULL AND duplicate_of IS NULL;
CREATE INDEX ix_postings_duplicate_of ON postings (duplicate_of) WHERE duplicate_of IS NOT NULL;

-- One row: bumped by every batch that stores something, in the batch's transaction, so a reader that sees the new
-- version also sees the postings.
CREATE TABLE store_changes (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO store_changes (id, version) VALUES (1, 0);
