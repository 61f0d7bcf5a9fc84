using System.Text.Json;

namespace RoleScope.Cli.Tests;

/// <summary>Ingest and compare on the real postings of ../shared/data, end to end through the command line.</summary>
public sealed class RealDataTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Ingest_stores_every_unique_posting_once_and_compare_reports_figures_with_n()
    {
        var db = _temp.File("real.db");
        string[] inputs = [.. SharedData.HnFiles, SharedData.NoFluffJobsCsv];

        var first = await CliRun.Of(["ingest", .. inputs, "--db", db, "--json"]);
        Assert.Equal(0, first.ExitCode);
        var summary = first.Json();
        Assert.Equal(2481 + 1108, summary.GetProperty("read").GetInt32());
        Assert.True(summary.GetProperty("stored").GetInt32() >= 3300, first.Output);
        // The six "SEEKING WORK" posts of the HN archive are offers of work, not postings: rejected, each with its reason.
        Assert.Equal(6, summary.GetProperty("rejected").GetInt32());
        Assert.Equal(
            summary.GetProperty("read").GetInt32(),
            summary.GetProperty("stored").GetInt32() + summary.GetProperty("duplicates").GetInt32() + summary.GetProperty("rejected").GetInt32());

        var again = await CliRun.Of(["ingest", .. inputs, "--db", db, "--json"]);
        Assert.Equal(0, again.Json().GetProperty("stored").GetInt32());
        Assert.Equal(summary.GetProperty("stored").GetInt32(), again.Json().GetProperty("postings_in_database").GetInt32());

        var compare = await CliRun.Of("compare", "backend", "fullstack", "--db", db, "--json");
        Assert.Equal(0, compare.ExitCode);
        var c = compare.Json();
        foreach (var side in new[] { "a", "b" })
        {
            var p = c.GetProperty(side);
            Assert.True(p.GetProperty("postings").GetInt32() > 100, $"{side}: too few postings classified");
            Assert.True(p.GetProperty("salary").GetProperty("n").GetInt32() > 0);
            Assert.True(p.GetProperty("senior_staff_share").GetProperty("n").GetInt32() > 0);
            Assert.True(p.GetProperty("entry_share").GetProperty("n").GetInt32() > 0);
            Assert.True(p.GetProperty("remote_share").GetProperty("n").GetInt32() > 0);
            Assert.Equal(30, p.GetProperty("top_skills").GetArrayLength());
        }
        Assert.Equal("backend", c.GetProperty("a").GetProperty("family").GetString());
        var jaccard = c.GetProperty("skill_overlap").GetProperty("value").GetDouble();
        Assert.InRange(jaccard, 0.0, 1.0);
        var shared = c.GetProperty("shared_skills").GetArrayLength();
        Assert.Equal(jaccard, shared / (double)(60 - shared), 3);
        Assert.Equal(30, shared + c.GetProperty("exclusive_a").GetArrayLength());
        Assert.True(c.GetProperty("volume_ratio").GetDouble() > 0);
        Assert.NotEmpty(c.GetProperty("key_findings").EnumerateArray());

        var table = await CliRun.Of("compare", "backend", "fullstack", "--db", db);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Backend vs Full-Stack", table.Output, StringComparison.Ordinal);
        Assert.Contains("Median US base salary", table.Output, StringComparison.Ordinal);
        Assert.Contains("n=", table.Output, StringComparison.Ordinal);
        Assert.Contains("Jaccard", table.Output, StringComparison.Ordinal);
        Assert.Contains("exchange rates of", table.Output, StringComparison.Ordinal);

        var profile = await CliRun.Of("profile", "backend", "--db", db, "--json");
        Assert.Equal(0, profile.ExitCode);
        Assert.Equal(c.GetProperty("a").GetProperty("postings").GetInt32(), profile.Json().GetProperty("postings").GetInt32());
    }

    [Fact]
    public async Task Extract_writes_one_contract_record_per_posting_in_input_order()
    {
        var output = _temp.File("hn.jsonl");
        var input = SharedData.HnFiles[0];
        var run = await CliRun.Of("extract", input, "--out", output);
        Assert.Equal(0, run.ExitCode);

        // Every row but the "SEEKING WORK" offers, which go to the rejects file with their reason.
        var rows = File.ReadLines(input).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        static bool OffersWork(JsonElement row) => row.GetProperty("hn_text").GetString()!.StartsWith("SEEKING WORK", StringComparison.Ordinal);
        var inputIds = rows.Where(row => !OffersWork(row)).Select(row => row.GetProperty("hn_id").GetRawText()).ToList();
        var records = File.ReadLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(inputIds, records.Select(r => r.GetProperty("id").GetString()));
        var rejects = File.ReadLines(Path.ChangeExtension(output, null) + ".rejects.jsonl").ToList();
        Assert.Equal(rows.Count(OffersWork), rejects.Count);
        Assert.NotEmpty(rejects);
        foreach (var r in records)
        {
            foreach (var field in new[] { "roles", "family", "seniority", "work_mode", "countries", "salaries", "skills", "evidence" })
            {
                Assert.True(r.TryGetProperty(field, out _), $"record {r.GetProperty("id")} lacks {field}");
            }
            var skills = r.GetProperty("skills").EnumerateArray().Select(s => s.GetString()!).ToList();
            Assert.Equal(skills.Distinct().Order(StringComparer.Ordinal), skills);
        }
        Assert.Contains(records, r => r.GetProperty("salaries").GetArrayLength() > 0);
        Assert.Contains(records, r => r.GetProperty("roles").GetArrayLength() > 1);
        Assert.Contains("exchange rates of", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
