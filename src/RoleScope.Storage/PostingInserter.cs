using System.Globalization;
using Microsoft.Data.Sqlite;
using RoleScope.Core.Domain;
using RoleScope.Storage.Dedupe;

namespace RoleScope.Storage;

/// <summary>
/// Writes a batch's rows through commands prepared once for the store's life: one posting row at a time (each only binds
/// new values), then the batch's child rows (roles, skills, countries, salaries) and full-text entries, one statement per
/// table (see Migrations/0001_initial.sql for why the full-text index is not kept by a trigger).
/// </summary>
internal sealed class PostingInserter : IDisposable
{
    // DO NOTHING + RETURNING: a known (source, source_id) returns no row, which is how a duplicate is told apart
    // without a second query, including a duplicate of a posting earlier in the same batch.
    private const string PostingSql = """
        INSERT INTO postings (source, source_id, url, title, company, location, posted_at, description,
                              salary_min, salary_max, salary_currency, salary_period, labels, work_mode,
                              extractor_version, extraction, ingested_at, content_hash, near_key, simhash, duplicate_of)
        VALUES ($source, $source_id, $url, $title, $company, $location, $posted_at, $description,
                $salary_min, $salary_max, $salary_currency, $salary_period, $labels, $work_mode,
                $extractor_version, $extraction, $ingested_at, $content_hash, $near_key, $simhash, $duplicate_of)
        ON CONFLICT DO NOTHING
        RETURNING id;
        """;

    // The child rows and the full-text entries of a batch come from the rows just inserted, in one statement each, read
    // from the stored extraction (its JSON arrays) inside SQLite: one statement per table and batch instead of one per
    // row (measured here: a dozen bound statements per posting were half the writer's time). The extraction column is the
    // single source, so the child tables cannot disagree with it. Skills and countries are sets by contract
    // (ExtractedPosting: distinct); a repeat from a faulty extractor states the same fact twice, so it is ignored.
    private const string RolesSql = """
        INSERT INTO posting_roles (posting_id, ord, title, family, seniority)
        SELECT p.id, r.key, r.value ->> 'title', r.value ->> 'family', r.value ->> 'seniority'
        FROM postings p, json_each(p.extraction, '$.roles') r WHERE p.id >= $first_id;
        """;

    private const string SkillsSql = """
        INSERT OR IGNORE INTO posting_skills (posting_id, skill)
        SELECT p.id, s.value FROM postings p, json_each(p.extraction, '$.skills') s WHERE p.id >= $first_id;
        """;

    private const string CountriesSql = """
        INSERT OR IGNORE INTO posting_countries (posting_id, country)
        SELECT p.id, c.value FROM postings p, json_each(p.extraction, '$.countries') c WHERE p.id >= $first_id;
        """;

    private const string SalariesSql = """
        INSERT INTO posting_salaries (posting_id, ord, min, max, currency, period, annual_min_usd, annual_max_usd)
        SELECT p.id, s.key, s.value ->> 'min', s.value ->> 'max', s.value ->> 'currency', s.value ->> 'period',
               s.value ->> 'annual_min_usd', s.value ->> 'annual_max_usd'
        FROM postings p, json_each(p.extraction, '$.salaries') s WHERE p.id >= $first_id;
        """;

    // After the batch's other rows: FTS5 keeps pending terms in memory until another table is written, so interleaving
    // it with the row inserts flushed it once per posting (measured here: the batch took twice as long).
    private const string SearchSql = "INSERT INTO postings_fts (rowid, title, description) SELECT id, title, description FROM postings WHERE id >= $first_id;";

    private readonly SqliteCommand posting;
    private readonly SqliteParameter source, sourceId, url, title, company, location, postedAt, description;
    private readonly SqliteParameter salaryMin, salaryMax, salaryCurrency, salaryPeriod, labels, workMode;
    private readonly SqliteParameter extractorVersion, extraction, ingestedAt, contentHash, nearKey, simhash, duplicateOf;

    private readonly SqliteConnection connection;
    private readonly KnownOriginals originals = new();
    private readonly Func<long, string?> nearKeyOf;

    private readonly SqliteCommand[] batchRows;
    private readonly SqliteParameter[] batchFirstId;

    internal PostingInserter(SqliteConnection connection)
    {
        this.connection = connection;
        posting = Command(connection, PostingSql);
        nearKeyOf = id => KnownOriginals.NearKeyOf(connection, posting.Transaction, id);
        source = Parameter(posting, "$source");
        sourceId = Parameter(posting, "$source_id");
        url = Parameter(posting, "$url");
        title = Parameter(posting, "$title");
        company = Parameter(posting, "$company");
        location = Parameter(posting, "$location");
        postedAt = Parameter(posting, "$posted_at");
        description = Parameter(posting, "$description");
        salaryMin = Parameter(posting, "$salary_min");
        salaryMax = Parameter(posting, "$salary_max");
        salaryCurrency = Parameter(posting, "$salary_currency");
        salaryPeriod = Parameter(posting, "$salary_period");
        labels = Parameter(posting, "$labels");
        workMode = Parameter(posting, "$work_mode");
        extractorVersion = Parameter(posting, "$extractor_version");
        extraction = Parameter(posting, "$extraction");
        ingestedAt = Parameter(posting, "$ingested_at");
        contentHash = Parameter(posting, "$content_hash");
        nearKey = Parameter(posting, "$near_key");
        simhash = Parameter(posting, "$simhash");
        duplicateOf = Parameter(posting, "$duplicate_of");

        batchRows = [.. new[] { RolesSql, SkillsSql, CountriesSql, SalariesSql, SearchSql }.Select(sql => Command(connection, sql))];
        batchFirstId = [.. batchRows.Select(command => Parameter(command, "$first_id"))];

        foreach (var command in Commands())
        {
            command.Prepare();
        }
    }

    /// <summary>
    /// Runs the following inserts inside <paramref name="transaction"/> (Microsoft.Data.Sqlite requires it per command), after
    /// reading the dedupe keys of rows other writers stored since this one last wrote.
    /// </summary>
    internal void Enlist(SqliteTransaction transaction)
    {
        foreach (var command in Commands())
        {
            command.Transaction = transaction;
        }
        originals.CatchUp(connection, transaction);
    }

    /// <summary>
    /// Leaves the transaction; when it did not commit, the keys of rows it inserted are dropped with it (they are read again
    /// from the file by the next write).
    /// </summary>
    internal void Leave(bool committed)
    {
        foreach (var command in Commands())
        {
            command.Transaction = null;
        }
        if (!committed)
        {
            originals.Forget();
        }
    }

    /// <summary>
    /// Writes the child rows (roles, skills, countries, salaries) and the full-text entries of every posting inserted since
    /// <paramref name="firstId"/>, the first id this batch's transaction inserted.
    /// </summary>
    internal void AddBatchRows(long firstId)
    {
        for (var i = 0; i < batchRows.Length; i++)
        {
            batchFirstId[i].Value = firstId;
            batchRows[i].ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Inserts one posting's row unless its identity is already stored, in which case nothing is written; its child rows and
    /// full-text entry follow with the batch's (<see cref="AddBatchRows"/>).
    /// </summary>
    internal InsertOutcome TryInsert(StoredPosting item, PreparedPosting prepared, string ingestedAtUtc, out long insertedId)
    {
        var fingerprint = prepared.Fingerprint;
        var original = originals.FindOriginal(fingerprint, nearKeyOf);
        var raw = item.Raw;
        var extracted = item.Extracted;
        source.Value = raw.Source;
        sourceId.Value = raw.Id;
        url.Value = Nullable(raw.Url);
        title.Value = Nullable(raw.Title);
        company.Value = Nullable(raw.Company);
        location.Value = Nullable(raw.Location);
        postedAt.Value = raw.PostedAt is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;
        description.Value = raw.Description;
        salaryMin.Value = Nullable(raw.Salary?.Min);
        salaryMax.Value = Nullable(raw.Salary?.Max);
        salaryCurrency.Value = Nullable(raw.Salary?.Currency);
        salaryPeriod.Value = raw.Salary?.Period is { } statedPeriod ? statedPeriod.Name() : DBNull.Value;
        labels.Value = Nullable(LabelsJson.Serialize(raw.Labels));
        workMode.Value = extracted.WorkMode.Name();
        extractorVersion.Value = item.ExtractorVersion;
        extraction.Value = prepared.ExtractionJson;
        ingestedAt.Value = ingestedAtUtc;
        contentHash.Value = fingerprint.ContentHash;
        nearKey.Value = Nullable(fingerprint.NearKey);
        simhash.Value = fingerprint.NearKey is null ? DBNull.Value : fingerprint.SimHash;
        duplicateOf.Value = original is { } originalId ? originalId : DBNull.Value;

        if (posting.ExecuteScalar() is not long id)
        {
            insertedId = 0;
            return InsertOutcome.Duplicate;
        }
        insertedId = id;
        originals.Inserted(id, fingerprint, original);
        return original is null ? InsertOutcome.Stored : InsertOutcome.NearDuplicate;
    }

    public void Dispose()
    {
        foreach (var command in Commands())
        {
            command.Dispose();
        }
    }

    private IEnumerable<SqliteCommand> Commands() => [posting, .. batchRows];

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static SqliteParameter Parameter(SqliteCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static object Nullable(string? value) => value is null ? DBNull.Value : value;

    private static object Nullable(decimal? value) => value is { } v ? v : DBNull.Value;
}

/// <summary>
/// The parts of a posting's row that take CPU but no database: its fingerprint (a SHA-256 and a SimHash of the text) and its
/// extraction as JSON (<see cref="StoredPosting.Prepare"/>). The stores compute what a batch lacks on every core before
/// their one writer thread inserts the rows.
/// </summary>
internal sealed record PreparedPosting(PostingFingerprint Fingerprint, string ExtractionJson)
{
    public static PreparedPosting[] Of(IReadOnlyList<StoredPosting> batch)
    {
        var prepared = new PreparedPosting[batch.Count];
        Parallel.For(0, batch.Count, i => prepared[i] = batch[i].Prepared);
        return prepared;
    }
}

/// <summary>What became of one posting offered to a store.</summary>
internal enum InsertOutcome
{
    Stored,
    NearDuplicate,
    Duplicate,
}
