using System.CommandLine;
using System.Globalization;
using RoleScope.Core.Extraction;
using RoleScope.Evaluation;
using RoleScope.Evaluation.Stated;
using Spectre.Console;

namespace RoleScope.Cli.Commands;

/// <summary>
/// <c>rolescope eval [--data DIR] [--golden DIR] [--json] [--mismatches]</c>: per-field precision, recall and accuracy of
/// extraction on NoFluffJobs, SkillSpan (tech, dev) and the golden postings (issue #3). Missing datasets are skipped with a note.
/// </summary>
internal static class EvalCommand
{
    /// <summary>Where the shared real data sits relative to the repository root, the usual working directory.</summary>
    private const string DefaultData = "../shared/data";

    private const string DefaultGolden = "tests/golden";

    public static Command Create(CliConsole console)
    {
        var data = new Option<string?>("--data")
        {
            Description = $"Folder holding nofluffjobs-2022/ and skillspan/ (default: {DefaultData} when it exists)",
            HelpName = "DIR",
        };
        var golden = new Option<string>("--golden") { Description = "Folder holding postings.jsonl and expected.jsonl", DefaultValueFactory = _ => DefaultGolden, HelpName = "DIR" };
        var json = CommonOptions.Json();
        var mismatches = new Option<bool>("--mismatches") { Description = "Also list every golden case the extractor gets wrong, and every confusion" };
        var stated = new Option<string?>("--stated") { Description = "Instead, compare the structured salary and work mode of this file's postings (e.g. from rolescope fetch) with what the text says", HelpName = "FILE" };
        var command = new Command("eval", "Evaluate extraction: per-field precision, recall and accuracy on NoFluffJobs, SkillSpan and the golden postings")
        {
            data, golden, json, mismatches, stated,
        };
        command.SetAction(r =>
        {
            var dataDir = r.GetValue(data) ?? (Directory.Exists(DefaultData) ? DefaultData : null);
            var result = r.GetValue(stated) is { } statedFile
                ? StatedSuite.Run(statedFile, ExtractionPipeline.Default)
                : EvaluationSuite.Run(dataDir, r.GetValue(golden), ExtractionPipeline.Default);
            if (r.GetValue(json))
            {
                console.OutWriter.WriteLine(EvaluationJson.Serialize(result));
            }
            else
            {
                Write(console.Out, result, r.GetValue(mismatches));
            }
            foreach (var note in result.Skipped)
            {
                console.Error.WriteLine("eval: " + note);
            }
            return 0;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, SuiteResult result, bool details)
    {
        console.WriteLine($"Extractor {result.ExtractorVersion}, exchange rates of {result.RatesDate ?? "unknown date"}.");
        foreach (var report in result.Reports)
        {
            console.WriteLine();
            console.Write(Scores(report));
            foreach (var note in report.Notes)
            {
                console.WriteLine("  " + note);
            }
            if (report.Confusions.Count > 0)
            {
                var shown = details ? report.Confusions : [.. report.Confusions.Take(10)];
                console.Write(Confusions(report.Dataset, shown, report.Confusions.Count));
            }
            if (report.Mismatches.Count > 0)
            {
                console.WriteLine(Invariant($"  {report.Mismatches.Count:N0} field mismatches in {report.Mismatches.Select(m => m.Id).Distinct().Count():N0} cases") +
                    (details ? ":" : " (list them with --mismatches)."));
                if (details)
                {
                    console.Write(Mismatches(report));
                }
            }
        }
    }

    private static Table Scores(EvaluationReport report)
    {
        var withRate = report.Scores.Any(s => s.Rate is not null);
        var table = new Table { Title = new TableTitle(report.Dataset), Border = TableBorder.Rounded };
        table.AddColumn("field");
        foreach (var name in withRate ? ["n", "precision", "recall", "accuracy", "coverage", "rate"] : new[] { "n", "precision", "recall", "accuracy", "coverage" })
        {
            table.AddColumn(new TableColumn(name).RightAligned());
        }
        foreach (var s in report.Scores)
        {
            var cells = new List<string> { Markup.Escape(s.Field), Invariant($"{s.N:N0}"), Figure(s.Precision), Figure(s.Recall), Figure(s.Accuracy), Figure(s.Coverage) };
            if (withRate)
            {
                cells.Add(Figure(s.Rate));
            }
            table.AddRow([.. cells]);
        }
        return table;
    }

    private static Table Confusions(string dataset, IReadOnlyList<Confusion> confusions, int total)
    {
        var title = confusions.Count < total ? $"{dataset}: top {confusions.Count} of {total} confusions" : $"{dataset}: confusions";
        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Simple };
        table.AddColumn("field");
        table.AddColumn("expected");
        table.AddColumn("extracted");
        table.AddColumn(new TableColumn("count").RightAligned());
        foreach (var c in confusions)
        {
            table.AddRow(Markup.Escape(c.Field), Markup.Escape(c.Expected), Markup.Escape(c.Actual), Invariant($"{c.Count:N0}"));
        }
        return table;
    }

    private static Table Mismatches(EvaluationReport report)
    {
        var table = new Table { Border = TableBorder.Simple };
        table.AddColumn("field");
        table.AddColumn("id");
        table.AddColumn("expected");
        table.AddColumn("extracted");
        table.AddColumn("text");
        foreach (var m in report.Mismatches.OrderBy(m => m.Field, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape(m.Field), Markup.Escape(m.Id), Markup.Escape(m.Expected), Markup.Escape(m.Actual), Markup.Escape(m.Snippet));
        }
        return table;
    }

    private static string Figure(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
