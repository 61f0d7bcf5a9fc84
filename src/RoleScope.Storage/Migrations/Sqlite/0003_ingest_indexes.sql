-- Schema version 3: what ingest keeps up to date is what RoleScope reads.

-- No RoleScope query reads these four indexes: figures and the job board come from the in-memory market index
-- (Core/Analytics/Index), and SQL reads postings by id, by (source, source_id), by content hash and by near key. Yet every
-- ingest batch dirtied a page of each per distinct skill, country, family and date it held, and wrote each such page
-- twice (the write-ahead log, then the file): with 1,000,000 postings ingest wrote several times the data it stored and
-- slowed as the store grew (docs/benchmarks.md, "Ingest"). Whoever slices the child tables in their own SQL can create
-- what their queries need, e.g. CREATE INDEX ix_posting_skills_skill ON posting_skills (skill);
DROP INDEX IF EXISTS ix_postings_posted_at;
DROP INDEX IF EXISTS ix_posting_roles_family;
DROP INDEX IF EXISTS ix_posting_skills_skill;
DROP INDEX IF EXISTS ix_posting_countries_country;

-- The full-text index without positions or column sizes: RoleScope's search ANDs single words (SearchWords.cs) and
-- orders by id, so it reads neither; keeping them made the index several times larger and costlier to write.
DROP TABLE postings_fts;
CREATE VIRTUAL TABLE postings_fts USING fts5 (
    title,
    description,
    content = 'postings',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    detail = none,
    columnsize = 0
);
INSERT INTO postings_fts (postings_fts) VALUES ('rebuild');
