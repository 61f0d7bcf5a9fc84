using Npgsql;
using RoleScope.Storage.Migrations;
using RoleScope.Storage.Postgres;

namespace RoleScope.Storage.Tests;

/// <summary>The store contract against a real PostgreSQL server, plus what only the PostgreSQL store has.</summary>
public sealed class PostgresStoreTests(PostgresServerFixture fixture) : PostingStoreContract
{
    private string? lastDatabase;

    protected override IPostingStore CreateStore()
    {
        lastDatabase = fixture.Server.CreateDatabase();
        return PostgresStore.Open(lastDatabase);
    }

    protected override IPostingStore ReopenStore() =>
        PostgresStore.Open(lastDatabase ?? throw new InvalidOperationException("CreateStore has not been called."));

    [Fact]
    public void Migration_table_holds_every_migration_once_and_reopening_adds_nothing()
    {
        using (CreateStore())
        {
        }
        using (var reopened = (PostgresStore)ReopenStore())
        {
            Assert.Equal(PostgresMigrations.LatestVersion, reopened.SchemaVersion);
        }

        var versions = Rows("SELECT version, name FROM schema_migrations ORDER BY version").Select(r => ((int)r[0]!, (string)r[1]!));

        Assert.Equal(PostgresMigrations.All.Select(m => (m.Version, m.Name)), versions);
    }

    [Fact]
    public void Newer_schema_version_gives_a_clear_error()
    {
        using (var store = CreateStore())
        {
            store.Add([SamplePostings.Full()]);
        }
        var newer = PostgresMigrations.LatestVersion + 1;
        Rows($"INSERT INTO schema_migrations (version, name, applied_at) VALUES ({newer}, 'from_the_future', now()) RETURNING version");

        var error = Assert.Throws<StoreOpenException>(ReopenStore);

        Assert.Contains($"schema version {newer}", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer RoleScope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_programs_postings_table_gives_a_clear_error()
    {
        lastDatabase = fixture.Server.CreateDatabase();
        Rows("CREATE TABLE postings (id int); SELECT 1");

        var error = Assert.Throws<StoreOpenException>(() => PostgresStore.Open(lastDatabase));

        Assert.Contains("RoleScope did not create", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreachable_server_gives_a_clear_error_naming_it_without_the_password()
    {
        var error = Assert.Throws<StoreOpenException>(() => PostgresStore.Open("postgresql://alice:s3cret@127.0.0.1:1/nowhere?timeout=2"));

        Assert.Contains("postgresql://alice@127.0.0.1:1/nowhere", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Child_tables_and_the_text_index_are_filled_by_the_bulk_path()
    {
        using (var store = CreateStore())
        {
            store.Add([SamplePostings.Full(), SamplePostings.Minimal()]);
            store.Add([SamplePostings.Full()]);
        }

        Assert.Equal([["Senior Backend Engineer", "backend"], ["Site Reliability Engineer", "devops"]],
            Rows("SELECT title, family FROM posting_roles ORDER BY ord"));
        Assert.Equal([["Go"], ["Kubernetes"], ["PostgreSQL"]], Rows("SELECT skill FROM posting_skills ORDER BY skill"));
        Assert.Equal([["PL"], ["US"]], Rows("SELECT country FROM posting_countries ORDER BY country"));
        Assert.Equal([[25_000.5m, "PLN", 75_001.25m]], Rows("SELECT min, currency, annual_min_usd FROM posting_salaries WHERE ord = 1"));
        Assert.Equal([["gh-123"]], Rows("SELECT source_id FROM postings WHERE search @@ plainto_tsquery('simple', 'kubernetes')"));
        var plan = string.Join("\n", Rows("SET enable_seqscan = off; EXPLAIN SELECT id FROM postings WHERE search @@ plainto_tsquery('simple', 'go')").Select(r => r[0]));
        Assert.Contains("ix_postings_search", plan, StringComparison.Ordinal);
    }

    private List<object?[]> Rows(string sql)
    {
        using var connection = new NpgsqlConnection(lastDatabase);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        do
        {
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }
                rows.Add(row);
            }
        }
        while (reader.NextResult());
        return rows;
    }
}
