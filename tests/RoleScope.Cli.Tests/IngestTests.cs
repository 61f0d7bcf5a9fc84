using System.Text.Json;

namespace RoleScope.Cli.Tests;

public sealed class IngestTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task A_malformed_line_is_rejected_with_its_line_number_and_the_lines_around_it_are_stored()
    {
        var input = _temp.File("postings.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            """{"id": "p1", "title": "Senior Backend Engineer", "description": "Go and PostgreSQL. Remote (US). $150k-$180k."}""",
            """{"id": "p2", "title": "Frontend Engineer", "description": "React and TypeScript. Hybrid in Berlin, Germany."}""",
            """{"id": "p3", "title": "Broken", "description": "this line is cut""",
            """{"id": "p4", "title": "Data Engineer", "description": "Spark, Airflow and SQL. Onsite in Warsaw."}""",
        ], TestContext.Current.CancellationToken);
        var db = _temp.File("t.db");

        var run = await CliRun.Of("ingest", input, "--db", db, "--json");

        Assert.Equal(0, run.ExitCode);
        var summary = run.Json();
        Assert.Equal(4, summary.GetProperty("read").GetInt32());
        Assert.Equal(3, summary.GetProperty("stored").GetInt32());
        Assert.Equal(1, summary.GetProperty("rejected").GetInt32());
        var rejectsFile = summary.GetProperty("rejects_file").GetString()!;
        var reject = JsonDocument.Parse(File.ReadAllLines(rejectsFile).Single()).RootElement;
        Assert.Equal(3, reject.GetProperty("line").GetInt32());
        Assert.EndsWith("postings.jsonl:3", reject.GetProperty("position").GetString(), StringComparison.Ordinal);
        Assert.Contains("JSON", reject.GetProperty("reason").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Plain_summary_names_read_stored_duplicates_and_rejected()
    {
        var input = _temp.File("one.jsonl");
        await File.WriteAllTextAsync(input, """{"id": "x1", "title": "QA Engineer", "description": "Selenium and Cypress."}""" + "\n", TestContext.Current.CancellationToken);
        var db = _temp.File("t.db");

        var first = await CliRun.Of("ingest", input, "--db", db);
        var second = await CliRun.Of("ingest", input, "--db", db);

        Assert.Contains("Read 1 records: 1 stored, 0 duplicates, 0 rejected", first.Output, StringComparison.Ordinal);
        Assert.Contains("Read 1 records: 0 stored, 1 duplicates, 0 rejected", second.Output, StringComparison.Ordinal);
        Assert.Contains("ingest:", first.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_input_file_is_a_one_line_error()
    {
        var run = await CliRun.Of("ingest", _temp.File("nope.jsonl"), "--db", _temp.File("t.db"));
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("not found", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task An_unknown_format_is_a_one_line_error()
    {
        var input = _temp.File("one.jsonl");
        await File.WriteAllTextAsync(input, """{"id": "x1", "title": "QA Engineer"}""" + "\n", TestContext.Current.CancellationToken);
        var run = await CliRun.Of("extract", input, "--format", "xml");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("unknown format 'xml'", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
