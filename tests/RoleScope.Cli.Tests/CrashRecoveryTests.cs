using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using RoleScope.Storage;

namespace RoleScope.Cli.Tests;

/// <summary>
/// A real `rolescope ingest` process killed with SIGKILL in the middle of a large file leaves a consistent store (whole
/// batches only), and running the same ingest again ends with exactly the postings of the file, each once.
/// </summary>
public sealed class CrashRecoveryTests(PostgresServerFixture fixture) : IDisposable
{
    private const int Postings = 12_000;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Kill_9_mid_ingest_then_rerun_gives_exactly_the_expected_postings(string engine)
    {
        var input = _temp.File("big.jsonl");
        var sample = await CliRun.Of("sample", "--count", Postings.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "6", "--out", input);
        Assert.Equal(0, sample.ExitCode);
        var expected = DistinctIdentities(input);
        var db = engine == "sqlite" ? _temp.File("crash.db") : fixture.Server.CreateDatabase();
        string[] ingest = ["ingest", input, "--db", db, "--json", "--rejects", _temp.File("rejects.jsonl")];

        long atKill;
        using (var process = RolescopeProcess.Start(ingest))
        {
            atKill = await WaitForSomeButNotAll(db, expected, process);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        using (var store = PostingStores.Open(db))
        {
            var afterKill = store.Count();
            Assert.InRange(afterKill, atKill, expected - 1);
            AssertConsistent(engine, db, afterKill);
        }

        var rerun = await RolescopeProcess.Run(TimeSpan.FromMinutes(10), ingest);
        Assert.True(rerun.ExitCode == 0, rerun.Error);
        var summary = JsonDocument.Parse(rerun.Output).RootElement;
        Assert.Equal(Postings, summary.GetProperty("read").GetInt32());
        Assert.Equal(0, summary.GetProperty("rejected").GetInt32());
        Assert.Equal(expected, summary.GetProperty("postings_in_database").GetInt64());
        using (var store = PostingStores.Open(db))
        {
            Assert.Equal(expected, store.Count());
            Assert.Equal(expected - store.Counts().NearDuplicates, store.ReadAll().Count());
            AssertConsistent(engine, db, expected);
        }
    }

    /// <summary>Polls the store while the process runs; returns the count once some batches, but not all, are in.</summary>
    private static async Task<long> WaitForSomeButNotAll(string db, long expected, System.Diagnostics.Process process)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        var seen = new List<string>();
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                Assert.Fail("the ingest ended before it could be killed: " + await process.StandardError.ReadToEndAsync());
            }
            await Task.Delay(50, TestContext.Current.CancellationToken);
            try
            {
                using var store = PostingStores.Open(db);
                var count = store.Count();
                seen.Add(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (count >= 2_000)
                {
                    Assert.True(count < expected, "the ingest finished before it could be killed: " + string.Join(", ", seen));
                    return count;
                }
            }
            catch (StoreOpenException e)
            {
                seen.Add(e.Message);
                // The process has not created the database yet.
            }
        }
        throw new TimeoutException("the ingest stored nothing within 5 minutes");
    }

    private static long DistinctIdentities(string path) => File.ReadLines(path)
        .Select(line => JsonDocument.Parse(line).RootElement)
        .Select(e => (e.GetProperty("source").GetString(), e.GetProperty("id").GetString()))
        .Distinct()
        .LongCount();

    /// <summary>Every posting has exactly the child rows its extraction lists, and the engine's own checks pass.</summary>
    private static void AssertConsistent(string engine, string db, long postings)
    {
        if (engine == "sqlite")
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
            connection.Open();
            Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
            Assert.Equal(postings, Scalar(connection, "SELECT count(*) FROM postings"));
            Assert.Equal(0L, Scalar(connection, """
                SELECT count(*) FROM postings p
                WHERE json_array_length(p.extraction, '$.roles') != (SELECT count(*) FROM posting_roles r WHERE r.posting_id = p.id)
                   OR json_array_length(p.extraction, '$.skills') != (SELECT count(*) FROM posting_skills s WHERE s.posting_id = p.id)
                   OR json_array_length(p.extraction, '$.countries') != (SELECT count(*) FROM posting_countries c WHERE c.posting_id = p.id)
                   OR json_array_length(p.extraction, '$.salaries') != (SELECT count(*) FROM posting_salaries s WHERE s.posting_id = p.id)
                """));
            // Raises SQLITE_CORRUPT_VTAB when the full-text index disagrees with the postings.
            Scalar(connection, "INSERT INTO postings_fts (postings_fts, rank) VALUES ('integrity-check', 1)");
        }
        else
        {
            using var connection = new NpgsqlConnection(db);
            connection.Open();
            using var command = new NpgsqlCommand("""
                SELECT (SELECT count(*) FROM postings),
                       (SELECT count(*) FROM postings p
                        WHERE json_array_length(p.extraction::json -> 'roles') != (SELECT count(*) FROM posting_roles r WHERE r.posting_id = p.id)
                           OR json_array_length(p.extraction::json -> 'skills') != (SELECT count(*) FROM posting_skills s WHERE s.posting_id = p.id)
                           OR json_array_length(p.extraction::json -> 'countries') != (SELECT count(*) FROM posting_countries c WHERE c.posting_id = p.id)
                           OR json_array_length(p.extraction::json -> 'salaries') != (SELECT count(*) FROM posting_salaries s WHERE s.posting_id = p.id))
                """, connection);
            using var rows = command.ExecuteReader();
            rows.Read();
            Assert.Equal(postings, rows.GetInt64(0));
            Assert.Equal(0L, rows.GetInt64(1));
        }
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
