using System.Globalization;
using RoleScope.Storage.Migrations;

namespace RoleScope.Storage.Tests;

/// <summary>Opening files: creating, migrating, and refusing what is not a RoleScope store this build can use.</summary>
public sealed class SqliteSchemaTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Migrations_are_numbered_from_one_without_gaps()
    {
        var migrations = SqliteMigrations.All;

        Assert.NotEmpty(migrations);
        Assert.Equal(Enumerable.Range(1, migrations.Count), migrations.Select(m => m.Version));
        Assert.Equal("initial", migrations[0].Name);
        Assert.All(migrations, m => Assert.False(string.IsNullOrWhiteSpace(m.Sql)));
        Assert.Equal(migrations.Count, SqliteMigrations.LatestVersion);
    }

    [Fact]
    public void Open_creates_the_folder_and_the_file()
    {
        var path = folder.File(Path.Combine("nested", "deeper", "rolescope.db"));

        using (var store = SqliteStore.Open(path))
        {
            Assert.Equal(SqliteMigrations.LatestVersion, store.SchemaVersion);
        }

        Assert.True(File.Exists(path));
        Assert.Equal("wal", RawSqlite.Scalar(path, "PRAGMA journal_mode"));
        Assert.Equal(0x52534350L, RawSqlite.Scalar(path, "PRAGMA application_id"));
    }

    [Fact]
    public void Empty_file_becomes_a_store()
    {
        var path = folder.File("empty.db");
        File.WriteAllBytes(path, []);

        using var store = SqliteStore.Open(path);

        Assert.Equal(0, store.Count());
        Assert.Equal(SqliteMigrations.LatestVersion, store.SchemaVersion);
    }

    [Fact]
    public void Migration_table_holds_every_migration_once()
    {
        var path = folder.File("rolescope.db");
        for (var i = 0; i < 3; i++)
        {
            using var store = SqliteStore.Open(path);
        }

        var rows = RawSqlite.Rows(path, "SELECT version, name, applied_at FROM schema_migrations ORDER BY version");

        Assert.Equal(SqliteMigrations.All.Select(m => ((long)m.Version, m.Name)), rows.Select(r => ((long)r[0]!, (string)r[1]!)));
        Assert.All(rows, r => Assert.True(
            DateTimeOffset.TryParseExact((string)r[2]!, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _),
            $"applied_at '{r[2]}' is not an ISO 8601 UTC timestamp"));
    }

    [Theory]
    [InlineData("id,title\n1,Backend Engineer\n")]
    [InlineData("This is a long text file that is certainly not a database. ")]
    public void Non_database_file_gives_a_clear_error_and_is_left_untouched(string line)
    {
        var path = folder.File("postings.csv");
        var content = string.Concat(Enumerable.Repeat(line, 100));
        File.WriteAllText(path, content);

        var error = Assert.Throws<StoreOpenException>(() => SqliteStore.Open(path));

        Assert.Equal(path, error.FilePath);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("is not a RoleScope database", error.Message, StringComparison.Ordinal);
        Assert.Contains("another file", error.Message, StringComparison.Ordinal);
        Assert.Equal(content, File.ReadAllText(path));
        Assert.Equal(["postings.csv"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Another_programs_database_gives_a_clear_error_and_is_left_untouched()
    {
        var path = folder.File("other.db");
        RawSqlite.Execute(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me');");
        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<StoreOpenException>(() => SqliteStore.Open(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a RoleScope store", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal("delete", RawSqlite.Scalar(path, "PRAGMA journal_mode"));
    }

    [Fact]
    public void Version_2_store_upgraded_to_the_latest_keeps_its_rows_and_finds_its_postings()
    {
        var path = folder.File("rolescope.db");
        using (var store = SqliteStore.Open(path))
        {
            store.Add([SamplePostings.Full(), SamplePostings.Titled("9", "Frontend Developer")]);
        }
        // Back to what schema version 2 left: its indexes and a positional full-text index, then migration 3 pending.
        RawSqlite.Execute(path, """
            CREATE INDEX ix_postings_posted_at ON postings (posted_at);
            CREATE INDEX ix_posting_skills_skill ON posting_skills (skill);
            DROP TABLE postings_fts;
            CREATE VIRTUAL TABLE postings_fts USING fts5 (title, description, content = 'postings', content_rowid = 'id',
                tokenize = 'unicode61 remove_diacritics 2');
            INSERT INTO postings_fts (postings_fts) VALUES ('rebuild');
            DELETE FROM schema_migrations WHERE version >= 3;
            """);

        using var upgraded = SqliteStore.Open(path);

        Assert.Equal(SqliteMigrations.LatestVersion, upgraded.SchemaVersion);
        Assert.Equal(2, upgraded.Count());
        Assert.Equal([new PostingKey("greenhouse", "gh-123")], upgraded.Search("kubernetes", 10));
        Assert.Equal([new PostingKey("hn", "9")], upgraded.Search("frontend", 10));
        Assert.Equal(0L, RawSqlite.Scalar(path, "SELECT count(*) FROM sqlite_schema WHERE name IN ('ix_postings_posted_at', 'ix_posting_skills_skill')"));
        RawSqlite.Execute(path, "INSERT INTO postings_fts (postings_fts, rank) VALUES ('integrity-check', 1)");
    }

    [Fact]
    public void Version_3_store_upgraded_to_4_drops_the_dedupe_indexes_and_still_links_copies_of_its_postings()
    {
        var path = folder.File("rolescope.db");
        var text = SamplePostings.Prose(3);
        using (var store = SqliteStore.Open(path))
        {
            store.Add([SamplePostings.Described("a-1", "greenhouse", "Acme", "Backend Engineer", text), SamplePostings.Full()]);
        }
        // Back to what schema version 3 left: the two dedupe indexes, then migration 4 pending.
        RawSqlite.Execute(path, """
            CREATE INDEX ix_postings_content_hash ON postings (content_hash);
            CREATE INDEX ix_postings_near_key ON postings (near_key) WHERE near_key IS NOT NULL AND duplicate_of IS NULL;
            DELETE FROM schema_migrations WHERE version >= 4;
            """);

        using var upgraded = SqliteStore.Open(path);

        Assert.Equal(4, upgraded.SchemaVersion);
        Assert.Equal(2, upgraded.Count());
        Assert.Equal(0L, RawSqlite.Scalar(path, "SELECT count(*) FROM sqlite_schema WHERE name IN ('ix_postings_content_hash', 'ix_postings_near_key')"));
        var copies = upgraded.Add([
            SamplePostings.Described("m-1", "mirror", "Acme", "Backend Engineer", text),
            SamplePostings.Described("n-1", "lever", "ACME", "Backend engineer", text + " Apply now."),
        ]);
        Assert.Equal(new AddResult(0, 0, 2), copies);
        Assert.Equal(new PostingKey("greenhouse", "a-1"), upgraded.OriginalOf("mirror", "m-1"));
        Assert.Equal(new PostingKey("greenhouse", "a-1"), upgraded.OriginalOf("lever", "n-1"));
    }

    [Fact]
    public void Newer_schema_version_gives_a_clear_error_and_is_left_untouched()
    {
        var path = folder.File("rolescope.db");
        using (var store = SqliteStore.Open(path))
        {
            store.Add([SamplePostings.Full()]);
        }
        var newer = SqliteMigrations.LatestVersion + 1;
        RawSqlite.Execute(path, $"INSERT INTO schema_migrations (version, name, applied_at) VALUES ({newer}, 'from_the_future', '2099-01-01T00:00:00.000Z')");
        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<StoreOpenException>(() => SqliteStore.Open(path));

        Assert.Equal(path, error.FilePath);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains($"schema version {newer}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"up to {SqliteMigrations.LatestVersion}", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer RoleScope", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(1L, RawSqlite.Scalar(path, "SELECT count(*) FROM postings"));
    }

    [Fact]
    public void Folder_in_place_of_the_file_gives_a_clear_error()
    {
        var path = folder.File("actually-a-folder.db");
        Directory.CreateDirectory(path);

        var error = Assert.Throws<StoreOpenException>(() => SqliteStore.Open(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
