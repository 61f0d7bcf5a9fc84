namespace RoleScope.Cli.Tests;

public sealed class AnalysisCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Demo_builds_a_database_from_the_synthetic_sample_and_prints_backend_vs_fullstack()
    {
        var db = _temp.File("demo.db");
        var run = await CliRun.Of("demo", "--db", db, "--count", "1500");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(db));
        Assert.Contains("Backend vs Full-Stack", run.Output, StringComparison.Ordinal);
        Assert.Contains("Synthetic", run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("SYNTHETIC DATA", run.Output, StringComparison.Ordinal);
        Assert.Contains("Median US base salary", run.Output, StringComparison.Ordinal);

        var json = await CliRun.Of("compare", "backend", "fullstack", "--db", db, "--json", "--source", "synthetic");
        var c = json.Json();
        // The generator writes about as many backend as full-stack postings, and pays backend more.
        Assert.InRange(c.GetProperty("volume_ratio").GetDouble(), 0.7, 1.4);
        Assert.True(c.GetProperty("a").GetProperty("salary").GetProperty("median").GetDouble() > c.GetProperty("b").GetProperty("salary").GetProperty("median").GetDouble());
    }

    [Fact]
    public async Task Unknown_family_lists_the_known_ones()
    {
        var db = _temp.File("demo.db");
        await CliRun.Of("demo", "--db", db, "--count", "200");
        var run = await CliRun.Of("profile", "wizard", "--db", db);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown role family 'wizard'", run.Error, StringComparison.Ordinal);
        Assert.Contains("backend", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_without_a_database_says_how_to_make_one()
    {
        var run = await CliRun.Of("compare", "backend", "fullstack", "--db", _temp.File("none.db"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("rolescope ingest", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("none.db")));
    }

    [Fact]
    public async Task Too_few_postings_are_shown_as_such_never_as_a_number()
    {
        var db = _temp.File("small.db");
        await CliRun.Of("demo", "--db", db, "--count", "60");
        var run = await CliRun.Of("compare", "backend", "fullstack", "--db", db, "--json");
        var a = run.Json().GetProperty("a");
        Assert.True(a.GetProperty("salary").GetProperty("n").GetInt32() < 30);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, a.GetProperty("salary").GetProperty("median").ValueKind);

        var table = await CliRun.Of("compare", "backend", "fullstack", "--db", db);
        Assert.Contains("too few postings", table.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
