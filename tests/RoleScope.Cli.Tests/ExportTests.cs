using System.Text.Json;
using Parquet.Serialization;
using RoleScope.Storage;
using RoleScope.Storage.Export;

namespace RoleScope.Cli.Tests;

/// <summary>`rolescope export` writes every distinct posting once, in each format, readable by other tools.</summary>
public sealed class ExportTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Jsonl_csv_and_parquet_hold_the_same_postings_as_the_store()
    {
        var input = _temp.File("sample.jsonl");
        var db = _temp.File("x.db");
        Assert.Equal(0, (await CliRun.Of("sample", "--count", "400", "--seed", "3", "--out", input)).ExitCode);
        Assert.Equal(0, (await CliRun.Of("ingest", input, "--db", db, "--json")).ExitCode);
        List<(string, string)> expected;
        using (var store = PostingStores.Open(db))
        {
            expected = [.. store.ReadAll().Select(p => (p.Source, p.Posting.Id))];
        }

        var jsonl = _temp.File("out/p.jsonl");
        var csv = _temp.File("out/p.csv");
        var parquet = _temp.File("out/p.parquet");
        Assert.Equal(0, (await CliRun.Of("export", "--format", "jsonl", "--db", db, "--out", jsonl)).ExitCode);
        Assert.Equal(0, (await CliRun.Of("export", "--format", "csv", "--db", db, "--out", csv)).ExitCode);
        var run = await CliRun.Of("export", "--format", "PARQUET", "--db", db, "--out", parquet);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Exported {expected.Count} postings", run.Error, StringComparison.Ordinal);

        var fromJsonl = File.ReadAllLines(jsonl).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(expected, fromJsonl.Select(e => (e.GetProperty("source").GetString()!, e.GetProperty("id").GetString()!)));
        Assert.Contains(fromJsonl, e => e.GetProperty("skills").GetArrayLength() > 0 && e.GetProperty("role_families").GetArrayLength() > 0);

        var csvLines = File.ReadAllLines(csv);
        Assert.Equal("source,id,posted_at,title,company,work_mode,role_families,role_seniorities,countries,skills,salary_mid_usd", csvLines[0]);
        Assert.Equal(expected.Count + 1, csvLines.Length);

        await using var stream = File.OpenRead(parquet);
        var result = await ParquetSerializer.DeserializeAsync<ExportRow>(stream, cancellationToken: TestContext.Current.CancellationToken);
        var rows = result.Data;
        Assert.Equal(expected, rows.Select(r => (r.Source, r.Id)));
        Assert.Equal(fromJsonl.Sum(e => e.GetProperty("skills").GetArrayLength()), rows.Sum(r => r.Skills.Count));
        Assert.Equal(
            fromJsonl.Where(e => e.GetProperty("salary_mid_usd").ValueKind == JsonValueKind.Number).Sum(e => e.GetProperty("salary_mid_usd").GetDouble()),
            rows.Sum(r => r.SalaryMidUsd ?? 0), precision: 6);
        Assert.Equal(["source", "id", "posted_at", "title", "company", "work_mode", "role_families", "role_seniorities", "countries", "skills", "salary_mid_usd"], result.Schema.Fields.Select(f => f.Name));
        Assert.False(File.Exists(parquet + ".partial"));
    }

    [Fact]
    public async Task Unknown_format_is_a_clear_error()
    {
        var run = await CliRun.Of("export", "--format", "xlsx", "--db", _temp.File("none.db"), "--out", _temp.File("x"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown export format 'xlsx'", run.Error, StringComparison.Ordinal);
    }
}
