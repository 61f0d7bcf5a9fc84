using System.CommandLine;
using RoleScope.Cli.Rendering;
using RoleScope.Core.Analytics;

namespace RoleScope.Cli.Commands;

/// <summary><c>rolescope compare A B</c>: the seed article's comparison of two role families, each figure with its n.</summary>
internal static class CompareCommand
{
    public static Command Create(CliConsole console)
    {
        var a = new Argument<string>("A") { Description = "First role family (e.g. backend)" };
        var b = new Argument<string>("B") { Description = "Second role family (e.g. fullstack)" };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var analysis = new AnalysisOptionSet();
        var filters = new SliceFilterOptions();
        var command = new Command("compare", "Compare two role families: volume, salary gap, seniority, work mode, skill overlap, shared and exclusive skills") { a, b, db, json };
        analysis.AddTo(command);
        filters.AddTo(command);
        command.SetAction(r =>
        {
            var fa = CommonOptions.ParseFamily(r.GetValue(a));
            var fb = CommonOptions.ParseFamily(r.GetValue(b));
            if (fa == fb)
            {
                throw new CliException("compare needs two different families.");
            }
            var dbPath = r.GetValue(db)!;
            var analyzer = AnalysisSource.Open(dbPath, analysis.Options(r), filters.Apply(r, analysis.Slice(r)));
            Write(console, analyzer.Compare(fa, fb), AnalysisSource.Provenance(dbPath, analyzer), analyzer, r.GetValue(json));
            return 0;
        });
        return command;
    }

    internal static void Write(CliConsole console, FamilyComparison comparison, Provenance provenance, MarketAnalyzer analyzer, bool json)
    {
        if (json)
        {
            console.OutWriter.WriteLine(ReportJson.Comparison(comparison, provenance));
        }
        else
        {
            ComparisonView.Write(console.Out, comparison, provenance.Line(analyzer.Options.Resamples, analyzer.Options.Seed));
        }
    }
}
