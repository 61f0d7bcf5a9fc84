using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using RoleScope.Storage;

namespace RoleScope.Cli.Tests;

/// <summary>The command line on a real PostgreSQL server: the same answers as SQLite, and a second process sees new postings.</summary>
public sealed class PostgresCliTests(PostgresServerFixture fixture) : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_real_corpus_in_sqlite_and_in_postgresql_gives_identical_compare_output()
    {
        string[] inputs = [.. SharedData.HnFiles, SharedData.NoFluffJobsCsv];
        var sqlite = _temp.File("real.db");
        var postgres = fixture.Server.CreateDatabase();

        var intoSqlite = await CliRun.Of(["ingest", .. inputs, "--db", sqlite, "--json", "--rejects", _temp.File("a.rejects.jsonl")]);
        var intoPostgres = await CliRun.Of(["ingest", .. inputs, "--db", postgres, "--json", "--rejects", _temp.File("b.rejects.jsonl")]);

        Assert.Equal(0, intoSqlite.ExitCode);
        Assert.Equal(0, intoPostgres.ExitCode);
        foreach (var field in new[] { "read", "stored", "duplicates", "near_duplicates", "rejected", "postings_in_database", "distinct_postings_in_database" })
        {
            Assert.Equal(intoSqlite.Json().GetProperty(field).GetInt64(), intoPostgres.Json().GetProperty(field).GetInt64());
        }
        Assert.True(intoSqlite.Json().GetProperty("near_duplicates").GetInt32() > 0, "the HN reposts should be linked as copies");

        var fromSqlite = await CliRun.Of("compare", "backend", "fullstack", "--db", sqlite, "--json");
        var fromPostgres = await CliRun.Of("compare", "backend", "fullstack", "--db", postgres, "--json");

        Assert.Equal(0, fromSqlite.ExitCode);
        Assert.Equal(0, fromPostgres.ExitCode);
        Assert.True(fromSqlite.Json().GetProperty("a").GetProperty("postings").GetInt32() > 100, fromSqlite.Output);
        Assert.Equal(WithoutDatabaseName(fromSqlite.Output), WithoutDatabaseName(fromPostgres.Output));
    }

    [Fact]
    public async Task A_posting_ingested_by_another_process_reaches_a_watching_store_within_five_seconds()
    {
        var db = fixture.Server.CreateDatabase();
        var input = _temp.File("one.jsonl");
        await File.WriteAllTextAsync(input,
            """{"id": "w1", "source": "board", "title": "Rust Engineer", "company": "Ferrous", "description": "Rust and Tokio, remote in Canada."}""" + "\n",
            TestContext.Current.CancellationToken);
        using var watcher = PostingStores.Open(db);
        var seen = watcher.ChangeVersion();
        Assert.Empty(watcher.Search("tokio", 10));

        var wait = Task.Run(() =>
        {
            var version = watcher.WaitForChange(seen, TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
            return (version, Woke: Stopwatch.GetTimestamp());
        }, TestContext.Current.CancellationToken);
        var ingest = await RolescopeProcess.Run(TimeSpan.FromMinutes(2), "ingest", input, "--db", db, "--json", "--rejects", _temp.File("r.jsonl"));
        var exited = Stopwatch.GetTimestamp();
        var (version, woke) = await wait;

        Assert.True(ingest.ExitCode == 0, ingest.Error);
        Assert.True(version > seen, $"the watching store saw version {version}, not past {seen}");
        // The other process commits before it prints and exits, so waking later than its exit measures the delay.
        Assert.True(Stopwatch.GetElapsedTime(exited, Math.Max(woke, exited)) < TimeSpan.FromSeconds(5), "the watcher woke more than 5 s after the commit");
        Assert.Equal([new PostingKey("board", "w1")], watcher.Search("tokio", 10));
        Assert.Equal("Rust Engineer", watcher.Find("board", "w1")?.Title);
    }

    [Fact]
    public async Task An_unreachable_server_is_a_one_line_error_without_the_password()
    {
        var run = await CliRun.Of("compare", "backend", "fullstack", "--db", "postgresql://bob:hunter2@127.0.0.1:1/rs?timeout=2");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("postgresql://bob@127.0.0.1:1/rs", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", run.Error, StringComparison.Ordinal);
    }

    private static string WithoutDatabaseName(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        Strip(node);
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>Removes the one field that must differ: the name of the database the figures came from.</summary>
    private static void Strip(JsonNode? node)
    {
        if (node is JsonObject o)
        {
            o.Remove("database");
            foreach (var (_, child) in o.ToList())
            {
                Strip(child);
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var child in a)
            {
                Strip(child);
            }
        }
    }
}
