using System.Text.Json;
using RoleScope.Cli;

namespace RoleScope.Fetch.Tests;

/// <summary>The <c>rolescope fetch</c> command end to end: fetch over loopback HTTP, then <c>rolescope ingest</c> the file.</summary>
public sealed class FetchCliTests : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private FixtureServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await FixtureServer.StartAsync();
        _server.Serve("/v0/user/whoishiring.json", Step.File("hn/user-whoishiring.json"));
        foreach (var file in Directory.GetFiles(Step.FixturePath("hn"), "item-*.json"))
        {
            var id = Path.GetFileNameWithoutExtension(file)["item-".Length..];
            _server.Serve($"/v0/item/{id}.json", Step.File($"hn/item-{id}.json"));
        }
        _server.Serve("/v1/boards/acme/jobs?content=true", Step.File("greenhouse/jobs.json"));
        foreach (var id in new[] { "4012001", "4012002", "4012003" })
        {
            _server.Serve($"/v1/boards/acme/jobs/{id}?pay_transparency=true", Step.File($"greenhouse/job-{id}.json"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    [Theory]
    [InlineData("hn", "--month", "2026-06", 5)]
    [InlineData("greenhouse", "--board", "acme", 3)]
    public async Task A_fetched_file_is_stored_whole_by_ingest(string source, string option, string value, int expected)
    {
        var output = _temp.File(source + ".jsonl");

        var fetch = await Run("fetch", source, option, value, "--base-url", _server.Url, "--out", output, "--rate", "0", "--json");

        Assert.Equal(0, fetch.ExitCode);
        var summary = fetch.Json();
        Assert.Equal(expected, summary.GetProperty("written").GetInt32());
        Assert.Equal(0, summary.GetProperty("failed").GetInt32());
        Assert.Contains($"fetch {source}:", fetch.Error, StringComparison.Ordinal);

        var ingest = await Run("ingest", output, "--db", _temp.File(source + ".db"), "--json");

        Assert.Equal(0, ingest.ExitCode);
        var stored = ingest.Json();
        Assert.Equal((expected, expected, 0, 0),
            (stored.GetProperty("read").GetInt32(), stored.GetProperty("stored").GetInt32(), stored.GetProperty("duplicates").GetInt32(), stored.GetProperty("rejected").GetInt32()));
    }

    [Fact]
    public async Task Fetching_into_a_store_twice_stores_each_posting_once_and_says_so()
    {
        var db = _temp.File("gh.db");

        var first = await Run("fetch", "greenhouse", "--board", "acme", "--base-url", _server.Url, "--db", db, "--rate", "0");
        var second = await Run("fetch", "greenhouse", "--board", "acme", "--base-url", _server.Url, "--db", db, "--rate", "0");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains("3 postings stored, 0 already in the store, 0 rejected; it now holds 3", first.Output, StringComparison.Ordinal);
        Assert.Contains("3 unchanged", second.Output, StringComparison.Ordinal);
        Assert.Contains("0 postings stored", second.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(_temp.File("gh.fetch-state.json")));
    }

    [Fact]
    public async Task A_failed_item_is_named_on_standard_error_and_counted()
    {
        _server.Serve("/v1/boards/acme/jobs/4012002?pay_transparency=true", Step.Status(500));
        var output = _temp.File("gh.jsonl");

        var run = await Run("fetch", "greenhouse", "--board", "acme", "--base-url", _server.Url, "--out", output, "--rate", "0", "--retries", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("fetch greenhouse:acme: 4012002 failed: HTTP 500", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 failed", run.Output, StringComparison.Ordinal);
        Assert.Equal(2, File.ReadAllLines(output).Length);
    }

    [Theory]
    [InlineData("--base-url", "ftp://example.org", "--base-url expects an http or https URL")]
    [InlineData("--db", "x.db", "either --out FILE")]
    public async Task Bad_options_are_one_line_errors(string option, string value, string message)
    {
        var run = await Run("fetch", "greenhouse", "--board", "acme", "--out", _temp.File("o.jsonl"), option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_listing_that_cannot_be_fetched_exits_non_zero_with_the_reason()
    {
        var run = await Run("fetch", "lever", "--company", "nobody", "--base-url", _server.Url, "--out", _temp.File("l.jsonl"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("HTTP 404", run.Error, StringComparison.Ordinal);
    }

    private static async Task<CliResult> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, CliConsole.ForWriters(output, error));
        return new CliResult(code, output.ToString(), error.ToString());
    }

    private sealed record CliResult(int ExitCode, string Output, string Error)
    {
        public JsonElement Json()
        {
            using var doc = JsonDocument.Parse(Output);
            return doc.RootElement.Clone();
        }
    }
}
