using System.Globalization;
using RoleScope.Storage.Migrations;

namespace RoleScope.Storage.Tests;

/// <summary>The store contract against real SQLite files, plus what only the SQLite store has: its tables and its index.</summary>
public sealed class SqliteStoreTests : PostingStoreContract, IDisposable
{
    private readonly TempFolder folder = new();
    private int created;
    private string? lastPath;

    protected override IPostingStore CreateStore()
    {
        lastPath = folder.File($"store-{++created}.db");
        return SqliteStore.Open(lastPath);
    }

    protected override IPostingStore ReopenStore() =>
        SqliteStore.Open(lastPath ?? throw new InvalidOperationException("CreateStore has not been called."));

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Postings_row_holds_the_raw_input_beside_the_extraction()
    {
        var full = SamplePostings.Full();
        using (var store = CreateStore())
        {
            store.Add([full, SamplePostings.Minimal()]);
        }

        var rows = RawSqlite.Rows(lastPath!, """
            SELECT source, source_id, url, title, company, location, posted_at, description,
                   salary_min, salary_max, salary_currency, salary_period, labels, work_mode,
                   extractor_version, extraction, ingested_at
            FROM postings ORDER BY id
            """);

        Assert.Equal(2, rows.Count);
        var row = rows[0];
        Assert.Equal("greenhouse", row[0]);
        Assert.Equal("gh-123", row[1]);
        Assert.Equal(full.Raw.Url, row[2]);
        Assert.Equal("Senior Backend Engineer", row[3]);
        Assert.Equal("Acme Kraków", row[4]);
        Assert.Equal("Kraków, Poland (hybrid)", row[5]);
        Assert.Equal("2023-03-01", row[6]);
        Assert.Equal(full.Raw.Description, row[7]);
        Assert.Equal(120_000m, Convert.ToDecimal(row[8], CultureInfo.InvariantCulture));
        Assert.Equal(150_000.5m, Convert.ToDecimal(row[9], CultureInfo.InvariantCulture));
        Assert.Equal("USD", row[10]);
        Assert.Equal("year", row[11]);
        Assert.Equal("""{"category":"backend","city":"Kraków","seniority":"senior"}""", row[12]);
        Assert.Equal("hybrid", row[13]);
        Assert.Equal(SamplePostings.ExtractorVersion, row[14]);
        Assert.Equal(Core.Domain.ExtractionJson.Serialize(full.Extracted), row[15]);
        var ingestedAt = DateTimeOffset.Parse((string)row[16]!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Assert.InRange(ingestedAt, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));

        var minimal = rows[1];
        Assert.All([minimal[2], minimal[3], minimal[4], minimal[5], minimal[6], minimal[8], minimal[9], minimal[10], minimal[11], minimal[12]], Assert.Null);
        Assert.Equal("unknown", minimal[13]);
    }

    [Fact]
    public void Child_tables_hold_roles_skills_countries_and_salaries()
    {
        using (var store = CreateStore())
        {
            store.Add([SamplePostings.Full(), SamplePostings.Minimal()]);
            // A duplicate must not add child rows either.
            store.Add([SamplePostings.Full()]);
        }
        var path = lastPath!;
        var id = (long)RawSqlite.Scalar(path, "SELECT id FROM postings WHERE source = 'greenhouse' AND source_id = 'gh-123'")!;

        var roles = RawSqlite.Rows(path, "SELECT posting_id, ord, title, family, seniority FROM posting_roles ORDER BY posting_id, ord");
        Assert.Equal(
            [[id, 0L, "Senior Backend Engineer", "backend", "senior"], [id, 1L, "Site Reliability Engineer", "devops", "mid"]],
            roles);

        var skills = RawSqlite.Rows(path, "SELECT posting_id, skill FROM posting_skills ORDER BY skill");
        Assert.Equal([[id, "Go"], [id, "Kubernetes"], [id, "PostgreSQL"]], skills);

        var countries = RawSqlite.Rows(path, "SELECT posting_id, country FROM posting_countries ORDER BY country");
        Assert.Equal([[id, "PL"], [id, "US"]], countries);

        var salaries = RawSqlite.Rows(path, """
            SELECT posting_id, ord, CAST(min AS TEXT), CAST(max AS TEXT), currency, period,
                   CAST(annual_min_usd AS TEXT), CAST(annual_max_usd AS TEXT)
            FROM posting_salaries ORDER BY posting_id, ord
            """);
        Assert.Equal(
            [
                [id, 0L, "120000", "150000", "USD", "year", "120000", "150000"],
                [id, 1L, "25000.5", "30000", "PLN", "month", "75001.25", "90000.75"],
                [id, 2L, "40", "60", "XYZ", "hour", null, null],
            ],
            salaries);
    }

    [Fact]
    public void Child_tables_answer_family_skill_and_country_slices()
    {
        var postings = SamplePostings.Generate(2_000, seed: 7);
        using (var store = CreateStore())
        {
            foreach (var batch in postings.Chunk(500))
            {
                store.Add(batch);
            }
        }

        var backendWithGoInUs = postings.Count(p =>
            p.Extracted.Roles.Any(r => r.Family == Core.Domain.RoleFamily.Backend)
            && p.Extracted.Skills.Contains("Go")
            && p.Extracted.Countries.Contains("US"));
        var counted = (long)RawSqlite.Scalar(lastPath!, """
            SELECT count(*) FROM postings p
            WHERE EXISTS (SELECT 1 FROM posting_roles r WHERE r.posting_id = p.id AND r.family = 'backend')
              AND EXISTS (SELECT 1 FROM posting_skills s WHERE s.posting_id = p.id AND s.skill = 'Go')
              AND EXISTS (SELECT 1 FROM posting_countries c WHERE c.posting_id = p.id AND c.country = 'US')
            """)!;

        Assert.True(backendWithGoInUs > 0, "the sample should hold some backend Go postings in the US");
        Assert.Equal(backendWithGoInUs, counted);
        // Every list of every extraction, row for row (the child rows are written from the stored extraction JSON).
        Assert.Equal((long)postings.Sum(p => p.Extracted.Skills.Count), RawSqlite.Scalar(lastPath!, "SELECT count(*) FROM posting_skills"));
        Assert.Equal((long)postings.Sum(p => p.Extracted.Countries.Count), RawSqlite.Scalar(lastPath!, "SELECT count(*) FROM posting_countries"));
        Assert.Equal((long)postings.Sum(p => p.Extracted.Roles.Count), RawSqlite.Scalar(lastPath!, "SELECT count(*) FROM posting_roles"));
        Assert.Equal((long)postings.Sum(p => p.Extracted.Salaries.Count), RawSqlite.Scalar(lastPath!, "SELECT count(*) FROM posting_salaries"));
    }

    [Fact]
    public void Full_text_index_follows_inserts()
    {
        using (var store = CreateStore())
        {
            store.Add([SamplePostings.Full(), SamplePostings.Titled("9", "Frontend Developer")]);
        }
        var path = lastPath!;

        static string Match(string path, string query) => string.Join(",", RawSqlite.Rows(path,
            $"SELECT p.source_id FROM postings_fts f JOIN postings p ON p.id = f.rowid WHERE postings_fts MATCH '{query}' ORDER BY p.id").Select(r => r[0]));

        Assert.Equal("gh-123", Match(path, "kubernetes"));
        Assert.Equal("gh-123", Match(path, "backend"));
        Assert.Equal("9", Match(path, "frontend"));
        Assert.Equal("gh-123,9", Match(path, "engineer OR developer"));
        Assert.Equal("", Match(path, "cobol"));
        // Fails (SQLITE_CORRUPT_VTAB) when the index disagrees with the postings it mirrors.
        RawSqlite.Execute(path, "INSERT INTO postings_fts (postings_fts, rank) VALUES ('integrity-check', 1)");
    }

    [Fact]
    public void Reopened_file_has_its_data_and_the_latest_schema_version()
    {
        using (var store = CreateStore())
        {
            store.Add([SamplePostings.Full()]);
        }

        using var reopened = SqliteStore.Open(lastPath!);

        Assert.Equal(SqliteMigrations.LatestVersion, reopened.SchemaVersion);
        Assert.Equal(lastPath, reopened.FilePath);
        Assert.Equal(1, reopened.Count());
        Assert.Equal(SqliteMigrations.LatestVersion, Convert.ToInt32(RawSqlite.Scalar(lastPath!, "SELECT max(version) FROM schema_migrations"), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Enumeration_sees_the_postings_of_the_moment_it_started()
    {
        using var store = (SqliteStore)CreateStore();
        store.Add([SamplePostings.Titled("1", "One"), SamplePostings.Titled("2", "Two")]);

        var seen = new List<string?>();
        foreach (var posting in store.ReadAll())
        {
            seen.Add(posting.Posting.Title);
            if (seen.Count == 1)
            {
                store.Add([SamplePostings.Titled("3", "Three")]);
            }
        }

        Assert.Equal(["One", "Two"], seen);
        Assert.Equal(3, store.Count());
    }

    [Fact]
    public void Two_stores_on_one_file_see_each_others_postings()
    {
        using var first = CreateStore();
        using var second = ReopenStore();

        first.Add([SamplePostings.Titled("1", "One")]);
        var result = second.Add([SamplePostings.Titled("1", "One again"), SamplePostings.Titled("2", "Two")]);

        Assert.Equal(new AddResult(1, 1), result);
        Assert.Equal(2, first.Count());
        Assert.Equal("One", second.Find("hn", "1")?.Title);
    }

    [Fact]
    public void A_copy_written_through_one_store_is_linked_to_an_original_another_store_on_the_file_wrote_after_it_first_wrote()
    {
        using var first = CreateStore();
        using var second = ReopenStore();
        var text = SamplePostings.Prose(7);
        // Both stores have written (and so read the file's dedupe keys) before the originals exist.
        first.Add([SamplePostings.Titled("0", "Warm-up one")]);
        second.Add([SamplePostings.Titled("00", "Warm-up two")]);

        first.Add([SamplePostings.Described("a-1", "greenhouse", "Acme", "Backend Engineer", text)]);
        first.Add([SamplePostings.Described("n-1", "greenhouse", "Initech", "Data Engineer", text + " Apply now.")]);
        var copies = second.Add([
            SamplePostings.Described("m-1", "mirror", "Acme", "Backend Engineer", text),
            SamplePostings.Described("n-2", "lever", "Initech", "Data Engineer", text + " Apply today."),
        ]);

        Assert.Equal(new AddResult(0, 0, 2), copies);
        Assert.Equal(new PostingKey("greenhouse", "a-1"), second.OriginalOf("mirror", "m-1"));
        Assert.Equal(new PostingKey("greenhouse", "n-1"), second.OriginalOf("lever", "n-2"));

        // And back: the first store sees the second's copy as a copy, linked to the root original.
        Assert.Equal(new AddResult(0, 0, 1), first.Add([SamplePostings.Described("m-2", "csv", "Acme", "Backend Engineer", text)]));
        Assert.Equal(new PostingKey("greenhouse", "a-1"), first.OriginalOf("csv", "m-2"));
    }

    [Fact]
    public void A_batch_that_rolls_back_leaves_no_dedupe_key_behind()
    {
        using var store = CreateStore();
        var text = SamplePostings.Prose(11);
        var original = SamplePostings.Described("a-1", "greenhouse", "Acme", "Backend Engineer", text);
        // A trigger fails the batch after its rows are inserted, at the bump of the change counter.
        RawSqlite.Execute(lastPath!, """
            CREATE TRIGGER fail_batch BEFORE UPDATE ON store_changes BEGIN SELECT RAISE(ABORT, 'test: batch fails'); END;
            """);
        Assert.ThrowsAny<Exception>(() => store.Add([original]));
        RawSqlite.Execute(lastPath!, "DROP TRIGGER fail_batch;");

        // The copy's original was never stored, so the copy is stored as an original, and then the original links to it.
        var copy = SamplePostings.Described("m-1", "mirror", "Acme", "Backend Engineer", text);
        Assert.Equal(new AddResult(1, 0), store.Add([copy]));
        Assert.Equal(new AddResult(0, 0, 1), store.Add([original]));
        Assert.Equal(new PostingKey("mirror", "m-1"), store.OriginalOf("greenhouse", "a-1"));
    }
}
