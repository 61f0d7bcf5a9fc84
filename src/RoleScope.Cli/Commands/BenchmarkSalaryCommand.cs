using System.CommandLine;
using RoleScope.Cli.Rendering;
using RoleScope.Core.Analytics;
using RoleScope.Core.Analytics.Planning;
using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;

namespace RoleScope.Cli.Commands;

/// <summary><c>rolescope benchmark-salary</c>: the market range for a role, where an offer falls in it, and a negotiation email.</summary>
internal static class BenchmarkSalaryCommand
{
    public static Command Create(CliConsole console)
    {
        var family = new Option<string>("--family") { Description = "Role family (e.g. backend)", Required = true };
        var band = new Option<string?>("--band") { Description = "Seniority band: early, mid or senior (default: all levels)" };
        var country = new Option<string>("--country") { Description = "ISO country code of the postings", DefaultValueFactory = _ => "US", HelpName = "CODE" };
        var offer = new Option<double?>("--offer") { Description = "The offer's annual base salary in USD" };
        var skills = new Option<string[]>("--skill") { Description = "Skills the role needs (postings must name all)", AllowMultipleArgumentsPerToken = true };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var analysis = new AnalysisOptionSet();
        var command = new Command("benchmark-salary", "Percentiles of the market range for a role, the offer's percentile rank, n and window, and a drafted negotiation email")
        {
            family, band, country, offer, skills, db, json,
        };
        command.Add(analysis.MinN);
        command.Add(analysis.Since);
        command.Add(analysis.Until);
        command.Add(analysis.Source);
        command.SetAction(r =>
        {
            var request = new SalaryBenchmarkRequest(
                CommonOptions.ParseFamily(r.GetValue(family)),
                ParseBand(r.GetValue(band)),
                (r.GetValue(country) ?? "US").ToUpperInvariant(),
                [.. (r.GetValue(skills) ?? []).Select(SliceFilterOptions.CanonicalSkill)],
                r.GetValue(offer) is { } o ? o > 0 ? o : throw new CliException("--offer must be a positive annual amount in USD.") : null);
            var dbPath = r.GetValue(db)!;
            var options = new AnalysisOptions { MinN = Math.Max(1, r.GetValue(analysis.MinN)) };
            var slice = analysis.Slice(r);
            var benchmark = SalaryBenchmarks.For(AnalysisSource.Index(dbPath), ExtractionPipeline.Default.Knowledge.Skills, request, options, slice);
            if (r.GetValue(json))
            {
                console.OutWriter.WriteLine(PlanningJson.Benchmark(benchmark));
            }
            else
            {
                PlanningView.Write(console.Out, benchmark);
            }
            return 0;
        });
        return command;
    }

    private static SeniorityBand? ParseBand(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "all" => null,
        "early" or "entry" or "junior" => SeniorityBand.Early,
        "mid" => SeniorityBand.Mid,
        "senior" => SeniorityBand.Senior,
        _ => throw new CliException($"unknown band '{value}'. Known bands: early, mid, senior."),
    };
}
