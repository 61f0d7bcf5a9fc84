using RoleScope.Core.Extraction;
using RoleScope.Evaluation.Golden;
using RoleScope.Evaluation.NoFluffJobs;
using RoleScope.Evaluation.SkillSpan;

namespace RoleScope.Evaluation;

/// <summary>The reports of every dataset that could be found, the ones skipped (and why), and what was evaluated.</summary>
public sealed record SuiteResult(IReadOnlyList<EvaluationReport> Reports, IReadOnlyList<string> Skipped, string ExtractorVersion, string? RatesDate);

/// <summary>
/// Runs the three evaluations of issue #3 on whatever is present: NoFluffJobs and SkillSpan under a data directory laid out
/// like ../shared/data, and a golden directory like tests/golden. A dataset whose files are missing is skipped with a note.
/// </summary>
public static class EvaluationSuite
{
    public static readonly string NoFluffJobsCsv = Path.Combine("nofluffjobs-2022", "job_postings.csv");
    public static readonly string SkillSpanDev = Path.Combine("skillspan", "dev.json");

    public static SuiteResult Run(string? dataDirectory, string? goldenDirectory, ExtractionPipeline pipeline)
    {
        var reports = new List<EvaluationReport>();
        var skipped = new List<string>();
        if (Locate(dataDirectory, NoFluffJobsCsv, NoFluffJobsEvaluation.DatasetName, "--data", skipped) is { } csv)
        {
            reports.Add(NoFluffJobsEvaluation.Run(csv, pipeline.Extract, CategoryMap.Default));
        }
        if (Locate(dataDirectory, SkillSpanDev, SkillSpanEvaluation.DatasetName, "--data", skipped) is { } dev)
        {
            reports.Add(SkillSpanEvaluation.Run(dev, pipeline.Knowledge.Skills));
        }
        if (goldenDirectory is not null && GoldenFile.Exists(goldenDirectory))
        {
            reports.Add(GoldenEvaluation.Run(goldenDirectory, pipeline.Extract));
        }
        else
        {
            skipped.Add(goldenDirectory is null
                ? $"{GoldenEvaluation.DatasetName}: skipped, no golden directory given (--golden)."
                : $"{GoldenEvaluation.DatasetName}: skipped, {Path.Combine(goldenDirectory, GoldenFile.PostingsFile)} or {GoldenFile.ExpectedFile} not found.");
        }
        return new SuiteResult(reports, skipped, ExtractionPipeline.Version, pipeline.Knowledge.Rates.Date);
    }

    private static string? Locate(string? directory, string relative, string dataset, string option, List<string> skipped)
    {
        if (directory is null)
        {
            skipped.Add($"{dataset}: skipped, no data directory given ({option}).");
            return null;
        }
        var path = Path.Combine(directory, relative);
        if (File.Exists(path))
        {
            return path;
        }
        skipped.Add($"{dataset}: skipped, {path} not found.");
        return null;
    }
}
