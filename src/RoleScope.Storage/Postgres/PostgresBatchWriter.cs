using Npgsql;
using NpgsqlTypes;
using RoleScope.Core.Domain;
using RoleScope.Storage.Dedupe;

namespace RoleScope.Storage.Postgres;

/// <summary>
/// Writes one batch: decides, under a lock that writers share, which postings are new and which of those are near-duplicates;
/// binary-COPYs the new ones into staging tables; then moves them into the store with INSERT ... ON CONFLICT DO NOTHING.
/// The lock makes the decision exact (no other RoleScope writer adds postings meanwhile); ON CONFLICT still stands guard
/// against any other writer of the tables.
/// </summary>
internal sealed class PostgresBatchWriter(NpgsqlConnection connection)
{
    /// <summary>Transaction-scoped advisory lock of RoleScope writers ("RSCW").</summary>
    private const long WriteLockKey = 0x52534357;

    internal const string StagingSql = """
        CREATE TEMP TABLE IF NOT EXISTS rs_staging_postings (
            id bigint, source text, source_id text, url text, title text, company text, location text, posted_at date,
            description text, salary_min numeric, salary_max numeric, salary_currency text, salary_period text, labels text,
            work_mode text, extractor_version text, extraction text, ingested_at timestamptz, content_hash bytea,
            near_key text, simhash bigint, duplicate_of bigint) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE IF NOT EXISTS rs_staging_roles (posting_id bigint, ord integer, title text, family text, seniority text) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE IF NOT EXISTS rs_staging_skills (posting_id bigint, skill text) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE IF NOT EXISTS rs_staging_countries (posting_id bigint, country text) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE IF NOT EXISTS rs_staging_salaries (posting_id bigint, ord integer, min numeric, max numeric, currency text,
            period text, annual_min_usd numeric, annual_max_usd numeric) ON COMMIT DELETE ROWS;
        """;

    private const string PostingColumns = """
        id, source, source_id, url, title, company, location, posted_at, description, salary_min, salary_max, salary_currency,
        salary_period, labels, work_mode, extractor_version, extraction, ingested_at, content_hash, near_key, simhash, duplicate_of
        """;

    // One statement, so a child row goes in only with a posting that went in. DISTINCT guards the sets (skills,
    // countries) against a faulty extractor repeating a fact, as SQLite's INSERT OR IGNORE does.
    private const string MoveSql = $"""
        WITH inserted AS (
            INSERT INTO postings ({PostingColumns})
            SELECT {PostingColumns} FROM rs_staging_postings ORDER BY id
            ON CONFLICT DO NOTHING
            RETURNING id
        ), roles AS (
            INSERT INTO posting_roles (posting_id, ord, title, family, seniority)
            SELECT s.posting_id, s.ord, s.title, s.family, s.seniority FROM rs_staging_roles s JOIN inserted i ON i.id = s.posting_id
        ), skills AS (
            INSERT INTO posting_skills (posting_id, skill)
            SELECT DISTINCT s.posting_id, s.skill FROM rs_staging_skills s JOIN inserted i ON i.id = s.posting_id
        ), countries AS (
            INSERT INTO posting_countries (posting_id, country)
            SELECT DISTINCT s.posting_id, s.country FROM rs_staging_countries s JOIN inserted i ON i.id = s.posting_id
        ), salaries AS (
            INSERT INTO posting_salaries (posting_id, ord, min, max, currency, period, annual_min_usd, annual_max_usd)
            SELECT s.posting_id, s.ord, s.min, s.max, s.currency, s.period, s.annual_min_usd, s.annual_max_usd
            FROM rs_staging_salaries s JOIN inserted i ON i.id = s.posting_id
        )
        SELECT id FROM inserted;
        """;

    private const string BumpSql = """
        WITH bumped AS (UPDATE store_changes SET version = version + 1 WHERE id = 1 RETURNING version)
        SELECT pg_notify('{0}', version::text) FROM bumped;
        """;

    internal AddResult Write(IReadOnlyList<StoredPosting> batch)
    {
        var prepared = PreparedPosting.Of(batch);
        var fingerprints = Array.ConvertAll(prepared, p => p.Fingerprint);

        using var transaction = connection.BeginTransaction();
        Execute($"SELECT pg_advisory_xact_lock({WriteLockKey});");
        var plan = Plan(batch, fingerprints);
        if (plan.New.Count == 0)
        {
            transaction.Commit();
            return new AddResult(0, batch.Count);
        }
        Copy(batch, fingerprints, plan);
        var inserted = new HashSet<long>();
        using (var move = new NpgsqlCommand(MoveSql, connection))
        using (var rows = move.ExecuteReader())
        {
            while (rows.Read())
            {
                inserted.Add(rows.GetInt64(0));
            }
        }
        var near = 0;
        foreach (var item in plan.New)
        {
            if (item.DuplicateOf is not null && inserted.Contains(item.Id))
            {
                near++;
            }
        }
        if (inserted.Count > 0)
        {
            Execute(string.Format(System.Globalization.CultureInfo.InvariantCulture, BumpSql, PostgresStore.ChangeChannel));
        }
        transaction.Commit();
        return new AddResult(inserted.Count - near, batch.Count - inserted.Count, near);
    }

    /// <summary>Which postings of the batch are new, their ids, and the original each near-duplicate links to.</summary>
    private BatchPlan Plan(IReadOnlyList<StoredPosting> batch, PostingFingerprint[] fingerprints)
    {
        var identities = new HashSet<(string, string)>();
        var hashes = new Dictionary<string, long>(StringComparer.Ordinal);
        var candidates = new Dictionary<string, List<(long Id, long SimHash)>>(StringComparer.Ordinal);
        var sources = batch.Select(p => p.Raw.Source).ToArray();
        var ids = batch.Select(p => p.Raw.Id).ToArray();
        using (var known = new NpgsqlCommand("""
            SELECT p.source, p.source_id FROM postings p JOIN unnest($1::text[], $2::text[]) AS b(source, source_id)
            ON p.source = b.source AND p.source_id = b.source_id;
            """, connection))
        {
            known.Parameters.AddWithValue(sources);
            known.Parameters.AddWithValue(ids);
            using var rows = known.ExecuteReader();
            while (rows.Read())
            {
                identities.Add((rows.GetString(0), rows.GetString(1)));
            }
        }
        using (var known = new NpgsqlCommand(
            "SELECT content_hash, coalesce(duplicate_of, id) FROM postings WHERE content_hash = ANY($1) ORDER BY id DESC;", connection))
        {
            known.Parameters.AddWithValue(fingerprints.Select(f => f.ContentHash).ToArray());
            using var rows = known.ExecuteReader();
            while (rows.Read())
            {
                // Newest first, so the oldest row of a hash is the one left in the map, as SQLite's ORDER BY id LIMIT 1 finds.
                hashes[Convert.ToHexString(rows.GetFieldValue<byte[]>(0))] = rows.GetInt64(1);
            }
        }
        var keys = fingerprints.Where(f => f.NearKey is not null).Select(f => f.NearKey!).Distinct(StringComparer.Ordinal).ToArray();
        if (keys.Length > 0)
        {
            using var known = new NpgsqlCommand("SELECT id, near_key, simhash FROM postings WHERE near_key = ANY($1) AND duplicate_of IS NULL ORDER BY id;", connection);
            known.Parameters.AddWithValue(keys);
            using var rows = known.ExecuteReader();
            while (rows.Read())
            {
                Candidates(candidates, rows.GetString(1)).Add((rows.GetInt64(0), rows.GetInt64(2)));
            }
        }

        var planned = new List<PlannedPosting>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var raw = batch[i].Raw;
            // Add returns false for a repeat, so a second copy within the batch is a duplicate too.
            if (identities.Add((raw.Source, raw.Id)))
            {
                planned.Add(new PlannedPosting(i, 0, null));
            }
        }
        var newIds = NextIds(planned.Count);
        for (var k = 0; k < planned.Count; k++)
        {
            var f = fingerprints[planned[k].Index];
            var hash = Convert.ToHexString(f.ContentHash);
            long? original = hashes.TryGetValue(hash, out var same) ? same : null;
            if (original is null && f.NearKey is { } key)
            {
                var list = Candidates(candidates, key);
                foreach (var (id, simhash) in list)
                {
                    if (NearDuplicateRule.AreNear(simhash, f.SimHash))
                    {
                        original = id;
                        break;
                    }
                }
                if (original is null)
                {
                    list.Add((newIds[k], f.SimHash));
                }
            }
            hashes.TryAdd(hash, original ?? newIds[k]);
            planned[k] = planned[k] with { Id = newIds[k], DuplicateOf = original };
        }
        return new BatchPlan(planned);
    }

    private static List<(long Id, long SimHash)> Candidates(Dictionary<string, List<(long Id, long SimHash)>> candidates, string key)
    {
        if (!candidates.TryGetValue(key, out var list))
        {
            list = [];
            candidates[key] = list;
        }
        return list;
    }

    /// <summary>Ids for the new postings, taken up front so that near-duplicates in the same batch can name their original.</summary>
    private long[] NextIds(int count)
    {
        if (count == 0)
        {
            return [];
        }
        using var command = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence('postings', 'id')) FROM generate_series(1, $1);", connection);
        command.Parameters.AddWithValue(count);
        var ids = new long[count];
        using var rows = command.ExecuteReader();
        for (var i = 0; rows.Read(); i++)
        {
            ids[i] = rows.GetInt64(0);
        }
        Array.Sort(ids);
        return ids;
    }

    private void Copy(IReadOnlyList<StoredPosting> batch, PostingFingerprint[] fingerprints, BatchPlan plan)
    {
        var ingestedAt = DateTime.UtcNow;
        using (var writer = connection.BeginBinaryImport($"COPY rs_staging_postings ({PostingColumns}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var item in plan.New)
            {
                var raw = batch[item.Index].Raw;
                var f = fingerprints[item.Index];
                writer.StartRow();
                writer.Write(item.Id, NpgsqlDbType.Bigint);
                writer.Write(raw.Source, NpgsqlDbType.Text);
                writer.Write(raw.Id, NpgsqlDbType.Text);
                WriteText(writer, raw.Url);
                WriteText(writer, raw.Title);
                WriteText(writer, raw.Company);
                WriteText(writer, raw.Location);
                if (raw.PostedAt is { } date)
                {
                    writer.Write(date, NpgsqlDbType.Date);
                }
                else
                {
                    writer.WriteNull();
                }
                writer.Write(raw.Description, NpgsqlDbType.Text);
                WriteNumeric(writer, raw.Salary?.Min);
                WriteNumeric(writer, raw.Salary?.Max);
                WriteText(writer, raw.Salary?.Currency);
                WriteText(writer, raw.Salary?.Period?.Name());
                WriteText(writer, LabelsJson.Serialize(raw.Labels));
                writer.Write(batch[item.Index].Extracted.WorkMode.Name(), NpgsqlDbType.Text);
                writer.Write(batch[item.Index].ExtractorVersion, NpgsqlDbType.Text);
                writer.Write(batch[item.Index].Prepared.ExtractionJson, NpgsqlDbType.Text);
                writer.Write(ingestedAt, NpgsqlDbType.TimestampTz);
                writer.Write(f.ContentHash, NpgsqlDbType.Bytea);
                WriteText(writer, f.NearKey);
                if (f.NearKey is null)
                {
                    writer.WriteNull();
                }
                else
                {
                    writer.Write(f.SimHash, NpgsqlDbType.Bigint);
                }
                if (item.DuplicateOf is { } original)
                {
                    writer.Write(original, NpgsqlDbType.Bigint);
                }
                else
                {
                    writer.WriteNull();
                }
            }
            writer.Complete();
        }
        using (var writer = connection.BeginBinaryImport("COPY rs_staging_roles (posting_id, ord, title, family, seniority) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var item in plan.New)
            {
                var roles = batch[item.Index].Extracted.Roles;
                for (var i = 0; i < roles.Count; i++)
                {
                    writer.WriteRow(item.Id, i, roles[i].Title, roles[i].Family.Name(), roles[i].Seniority.Name());
                }
            }
            writer.Complete();
        }
        using (var writer = connection.BeginBinaryImport("COPY rs_staging_skills (posting_id, skill) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var item in plan.New)
            {
                foreach (var skill in batch[item.Index].Extracted.Skills)
                {
                    writer.WriteRow(item.Id, skill);
                }
            }
            writer.Complete();
        }
        using (var writer = connection.BeginBinaryImport("COPY rs_staging_countries (posting_id, country) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var item in plan.New)
            {
                foreach (var country in batch[item.Index].Extracted.Countries)
                {
                    writer.WriteRow(item.Id, country);
                }
            }
            writer.Complete();
        }
        using (var writer = connection.BeginBinaryImport(
            "COPY rs_staging_salaries (posting_id, ord, min, max, currency, period, annual_min_usd, annual_max_usd) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var item in plan.New)
            {
                var salaries = batch[item.Index].Extracted.Salaries;
                for (var i = 0; i < salaries.Count; i++)
                {
                    var s = salaries[i];
                    writer.StartRow();
                    writer.Write(item.Id, NpgsqlDbType.Bigint);
                    writer.Write(i, NpgsqlDbType.Integer);
                    writer.Write(s.Min, NpgsqlDbType.Numeric);
                    writer.Write(s.Max, NpgsqlDbType.Numeric);
                    writer.Write(s.Currency, NpgsqlDbType.Text);
                    writer.Write(s.Period.Name(), NpgsqlDbType.Text);
                    WriteNumeric(writer, s.AnnualMinUsd);
                    WriteNumeric(writer, s.AnnualMaxUsd);
                }
            }
            writer.Complete();
        }
    }

    private static void WriteText(NpgsqlBinaryImporter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, NpgsqlDbType.Text);
        }
    }

    private static void WriteNumeric(NpgsqlBinaryImporter writer, decimal? value)
    {
        if (value is { } v)
        {
            writer.Write(v, NpgsqlDbType.Numeric);
        }
        else
        {
            writer.WriteNull();
        }
    }

    private void Execute(string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private sealed record BatchPlan(List<PlannedPosting> New);

    /// <summary>A new posting: its index in the batch, its id, and its original when it is a near-duplicate.</summary>
    private sealed record PlannedPosting(int Index, long Id, long? DuplicateOf);
}
