-- Schema version 4: the SQLite store finds copies through dedupe keys it holds in memory (Dedupe/KnownOriginals.cs), so
-- nothing reads these two indexes. Their keys are random (a SHA-256 prefix; company and title), so every ingest batch
-- dirtied thousands of their pages, more as the store grew (docs/benchmarks.md, "Ingest"). The columns stay: they are
-- what each writer reads its keys from, including rows other processes wrote.
DROP INDEX IF EXISTS ix_postings_content_hash;
DROP INDEX IF EXISTS ix_postings_near_key;
