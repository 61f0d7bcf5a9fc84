using System.CommandLine;
using System.Globalization;
using RoleScope.Core.Analytics.Planning;
using RoleScope.Core.Extraction;
using RoleScope.Evaluation;
using RoleScope.Reports;

namespace RoleScope.Cli.Commands;

/// <summary><c>rolescope report --compare A B --format md|html --out FILE</c>: the seed-style comparison article, generated.</summary>
internal static class ReportCommand
{
    private const string DefaultGolden = "tests/golden";

    public static Command Create(CliConsole console)
    {
        var compare = new Option<string[]>("--compare") { Description = "The two role families to compare (e.g. --compare backend fullstack)", Required = true, AllowMultipleArgumentsPerToken = true, Arity = new ArgumentArity(2, 2) };
        var format = new Option<string>("--format") { Description = "md or html", DefaultValueFactory = _ => "html" };
        var output = new Option<string?>("--out") { Description = "Where to write the report (default: standard output)", HelpName = "FILE" };
        var golden = new Option<string>("--golden") { Description = "Golden postings for the measured extraction accuracy of the methodology section", DefaultValueFactory = _ => DefaultGolden, HelpName = "DIR" };
        var db = CommonOptions.Database();
        var analysis = new AnalysisOptionSet();
        var filters = new SliceFilterOptions();
        var command = new Command("report", "Write a comparison article of two role families (Markdown or one self-contained HTML file with inline SVG charts)") { compare, format, output, golden, db };
        analysis.AddTo(command);
        filters.AddTo(command);
        command.SetAction(r =>
        {
            var families = r.GetValue(compare) ?? [];
            var fa = CommonOptions.ParseFamily(families[0]);
            var fb = CommonOptions.ParseFamily(families[1]);
            if (fa == fb)
            {
                throw new CliException("report --compare needs two different families.");
            }
            var kind = (r.GetValue(format) ?? "html").ToLowerInvariant();
            if (kind is not ("md" or "html"))
            {
                throw new CliException($"--format is md or html, not '{kind}'.");
            }
            var dbPath = r.GetValue(db)!;
            var analyzer = AnalysisSource.Open(dbPath, analysis.Options(r), filters.Apply(r, analysis.Slice(r)));
            var input = new ReportInput(analyzer.Compare(fa, fb), RoleChoices.Default.View(analyzer, fa, fb), new Methodology
            {
                Slice = analyzer.Slice.Describe(),
                SlicePostings = analyzer.SlicePostings,
                Window = analyzer.Window(),
                Sources = analyzer.Sources(),
                ExchangeRatesDate = ExtractionPipeline.Default.Knowledge.Rates.Date,
                ExtractorVersion = ExtractionPipeline.Version,
                ExtractionAccuracy = Accuracy(r.GetValue(golden)!),
                Resamples = analyzer.Options.Resamples,
                Seed = analyzer.Options.Seed,
                MinN = analyzer.Options.MinN,
            });
            var text = kind == "md" ? MarkdownReport.Render(input) : HtmlReport.Render(input);
            if (r.GetValue(output) is { } path)
            {
                File.WriteAllText(path, text);
                console.Error.WriteLine($"report: wrote {path} ({text.Length:N0} characters)");
            }
            else
            {
                console.OutWriter.Write(text);
            }
            return 0;
        });
        return command;
    }

    /// <summary>The golden evaluation, run now on the extractor that made the figures, as methodology sentences.</summary>
    private static List<string> Accuracy(string goldenDir)
    {
        if (!File.Exists(Path.Combine(goldenDir, "expected.jsonl")))
        {
            return [$"not measured in this run (no golden postings at {goldenDir}); `rolescope eval` measures it."];
        }
        var result = EvaluationSuite.Run(null, goldenDir, ExtractionPipeline.Default);
        var lines = new List<string>();
        foreach (var report in result.Reports)
        {
            var scores = report.Scores.Select(s => string.Format(CultureInfo.InvariantCulture, "{0} {1} (n={2})", s.Field,
                s.Accuracy is { } acc ? $"accuracy {acc:0%}"
                : s.Precision is { } p && s.Recall is { } rc ? $"precision {p:0%}, recall {rc:0%}"
                : s.Rate is { } rate ? $"rate {rate:0%}" : "-", s.N));
            lines.Add($"{report.Dataset} postings ({goldenDir}), measured when this report was made: {string.Join("; ", scores)}.");
        }
        return lines;
    }
}
