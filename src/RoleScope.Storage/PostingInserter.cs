using System.Globalization;
using Microsoft.Data.Sqlite;
using RoleScope.Core.Domain;
using RoleScope.Storage.Dedupe;

namespace RoleScope.Storage;

/// <summary>
/// Writes one posting's rows (postings, then its roles, skills, countries and salaries) through commands prepared once
/// for the store's life: each row only binds new values. It also adds postings to the full-text index (see
/// Migrations/0001_initial.sql for why that is not a trigger, and <see cref="IndexForSearch"/> for when).
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

    // A copy links to the root original, never to another copy.
    private const string SameContentSql = "SELECT coalesce(duplicate_of, id) FROM postings WHERE content_hash = $content_hash ORDER BY id LIMIT 1;";

    private const string NearSql = "SELECT id, simhash FROM postings WHERE near_key = $near_key AND duplicate_of IS NULL ORDER BY id;";

    private const string SearchSql = "INSERT INTO postings_fts (rowid, title, description) VALUES ($posting_id, $title, $description);";

    private const string RoleSql = "INSERT INTO posting_roles (posting_id, ord, title, family, seniority) VALUES ($posting_id, $ord, $title, $family, $seniority);";

    // Skills and countries are sets by contract (ExtractedPosting: distinct); a repeat from a faulty extractor states the
    // same fact twice, so it is dropped rather than failing the batch.
    private const string SkillSql = "INSERT OR IGNORE INTO posting_skills (posting_id, skill) VALUES ($posting_id, $skill);";

    private const string CountrySql = "INSERT OR IGNORE INTO posting_countries (posting_id, country) VALUES ($posting_id, $country);";

    private const string SalarySql = """
        INSERT INTO posting_salaries (posting_id, ord, min, max, currency, period, annual_min_usd, annual_max_usd)
        VALUES ($posting_id, $ord, $min, $max, $currency, $period, $annual_min_usd, $annual_max_usd);
        """;

    private readonly SqliteCommand posting;
    private readonly SqliteParameter source, sourceId, url, title, company, location, postedAt, description;
    private readonly SqliteParameter salaryMin, salaryMax, salaryCurrency, salaryPeriod, labels, workMode;
    private readonly SqliteParameter extractorVersion, extraction, ingestedAt, contentHash, nearKey, simhash, duplicateOf;

    private readonly SqliteCommand near;
    private readonly SqliteParameter nearNearKey;

    private readonly SqliteCommand sameContent;
    private readonly SqliteParameter sameContentHash;

    private readonly SqliteCommand search;
    private readonly SqliteParameter searchPostingId, searchTitle, searchDescription;

    private readonly SqliteCommand role;
    private readonly SqliteParameter rolePostingId, roleOrd, roleTitle, roleFamily, roleSeniority;

    private readonly SqliteCommand skill;
    private readonly SqliteParameter skillPostingId, skillName;

    private readonly SqliteCommand country;
    private readonly SqliteParameter countryPostingId, countryCode;

    private readonly SqliteCommand salary;
    private readonly SqliteParameter salaryPostingId, salaryOrd, min, max, currency, period, annualMinUsd, annualMaxUsd;

    internal PostingInserter(SqliteConnection connection)
    {
        posting = Command(connection, PostingSql);
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

        near = Command(connection, NearSql);
        nearNearKey = Parameter(near, "$near_key");

        sameContent = Command(connection, SameContentSql);
        sameContentHash = Parameter(sameContent, "$content_hash");

        search = Command(connection, SearchSql);
        searchPostingId = Parameter(search, "$posting_id");
        searchTitle = Parameter(search, "$title");
        searchDescription = Parameter(search, "$description");

        role = Command(connection, RoleSql);
        rolePostingId = Parameter(role, "$posting_id");
        roleOrd = Parameter(role, "$ord");
        roleTitle = Parameter(role, "$title");
        roleFamily = Parameter(role, "$family");
        roleSeniority = Parameter(role, "$seniority");

        skill = Command(connection, SkillSql);
        skillPostingId = Parameter(skill, "$posting_id");
        skillName = Parameter(skill, "$skill");

        country = Command(connection, CountrySql);
        countryPostingId = Parameter(country, "$posting_id");
        countryCode = Parameter(country, "$country");

        salary = Command(connection, SalarySql);
        salaryPostingId = Parameter(salary, "$posting_id");
        salaryOrd = Parameter(salary, "$ord");
        min = Parameter(salary, "$min");
        max = Parameter(salary, "$max");
        currency = Parameter(salary, "$currency");
        period = Parameter(salary, "$period");
        annualMinUsd = Parameter(salary, "$annual_min_usd");
        annualMaxUsd = Parameter(salary, "$annual_max_usd");

        foreach (var command in Commands())
        {
            command.Prepare();
        }
    }

    /// <summary>Runs the following inserts inside <paramref name="transaction"/> (Microsoft.Data.Sqlite requires it per command).</summary>
    internal void Enlist(SqliteTransaction? transaction)
    {
        foreach (var command in Commands())
        {
            command.Transaction = transaction;
        }
    }

    /// <summary>
    /// Adds a stored posting to the full-text index. The store calls it for a whole batch after the batch's rows: FTS5
    /// keeps pending terms in memory until another table is written, so interleaving it with the row inserts flushed it
    /// once per posting (measured here: the batch took twice as long).
    /// </summary>
    internal void IndexForSearch(long id, string? postingTitle, string postingDescription)
    {
        searchPostingId.Value = id;
        searchTitle.Value = Nullable(postingTitle);
        searchDescription.Value = postingDescription;
        search.ExecuteNonQuery();
    }

    /// <summary>
    /// Inserts one posting's rows (not its full-text entry: see <see cref="IndexForSearch"/>) unless its identity is already
    /// stored, in which case nothing is written.
    /// </summary>
    internal InsertOutcome TryInsert(StoredPosting item, PreparedPosting prepared, string ingestedAtUtc, out long insertedId)
    {
        var fingerprint = prepared.Fingerprint;
        var original = FindOriginal(fingerprint);
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

        rolePostingId.Value = id;
        for (var i = 0; i < extracted.Roles.Count; i++)
        {
            var r = extracted.Roles[i];
            roleOrd.Value = i;
            roleTitle.Value = r.Title;
            roleFamily.Value = r.Family.Name();
            roleSeniority.Value = r.Seniority.Name();
            role.ExecuteNonQuery();
        }

        skillPostingId.Value = id;
        foreach (var s in extracted.Skills)
        {
            skillName.Value = s;
            skill.ExecuteNonQuery();
        }

        countryPostingId.Value = id;
        foreach (var c in extracted.Countries)
        {
            countryCode.Value = c;
            country.ExecuteNonQuery();
        }

        salaryPostingId.Value = id;
        for (var i = 0; i < extracted.Salaries.Count; i++)
        {
            var s = extracted.Salaries[i];
            salaryOrd.Value = i;
            min.Value = s.Min;
            max.Value = s.Max;
            currency.Value = s.Currency;
            period.Value = s.Period.Name();
            annualMinUsd.Value = Nullable(s.AnnualMinUsd);
            annualMaxUsd.Value = Nullable(s.AnnualMaxUsd);
            salary.ExecuteNonQuery();
        }
        return original is null ? InsertOutcome.Stored : InsertOutcome.NearDuplicate;
    }

    /// <summary>The stored original this posting copies (same content, else same company and title with near text), or null.</summary>
    private long? FindOriginal(PostingFingerprint fingerprint)
    {
        sameContentHash.Value = fingerprint.ContentHash;
        if (sameContent.ExecuteScalar() is long same)
        {
            return same;
        }
        if (fingerprint.NearKey is null)
        {
            return null;
        }
        nearNearKey.Value = fingerprint.NearKey;
        using var rows = near.ExecuteReader();
        while (rows.Read())
        {
            if (!rows.IsDBNull(1) && NearDuplicateRule.AreNear(rows.GetInt64(1), fingerprint.SimHash))
            {
                return rows.GetInt64(0);
            }
        }
        return null;
    }

    public void Dispose()
    {
        foreach (var command in Commands())
        {
            command.Dispose();
        }
    }

    private SqliteCommand[] Commands() => [posting, sameContent, near, search, role, skill, country, salary];

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
/// extraction as JSON. <see cref="SqliteStore"/> computes them for a whole batch on every core before its one writer thread
/// inserts the rows.
/// </summary>
internal readonly record struct PreparedPosting(PostingFingerprint Fingerprint, string ExtractionJson)
{
    public static PreparedPosting[] Of(IReadOnlyList<StoredPosting> batch)
    {
        var prepared = new PreparedPosting[batch.Count];
        Parallel.For(0, batch.Count, i => prepared[i] = new PreparedPosting(PostingFingerprint.Of(batch[i]), Core.Domain.ExtractionJson.Serialize(batch[i].Extracted)));
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
