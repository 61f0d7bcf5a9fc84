using System.CommandLine;
using RoleScope.Cli.Rendering;
using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;
using RoleScope.Ingest;
using RoleScope.Storage;
using RoleScope.Synthetic;
using Spectre.Console;

namespace RoleScope.Cli.Commands;

/// <summary>
/// <c>rolescope demo</c>: builds ./rolescope.db from a generated sample of synthetic postings (labelled as such) and prints
/// the Backend vs Full-Stack comparison over that sample only.
/// </summary>
internal static class DemoCommand
{
    public const string SyntheticSource = "synthetic";

    public static Command Create(CliConsole console)
    {
        var db = CommonOptions.Database();
        var count = new Option<int>("--count") { Description = "Synthetic postings to generate", DefaultValueFactory = _ => 4000 };
        var seed = new Option<int>("--seed") { Description = "Generator seed (same seed, same sample)", DefaultValueFactory = _ => 42 };
        var json = CommonOptions.Json();
        var command = new Command("demo", "Build a database from a generated synthetic sample and print the Backend vs Full-Stack comparison") { db, count, seed, json };
        command.SetAction(r =>
        {
            var dbPath = r.GetValue(db)!;
            var n = r.GetValue(count);
            if (n < 1)
            {
                throw new CliException("--count must be at least 1.");
            }
            console.Error.WriteLine($"demo: {SyntheticPostings.Notice}");
            using (var store = StoreOption.Open(dbPath))
            {
                var runner = new IngestRunner(store, ExtractionPipeline.Default);
                var summary = ProgressReporter.Run(console, "demo", report =>
                    runner.Run(SyntheticPostings.Generate(n, r.GetValue(seed)), "synthetic-sample", IngestCommand.RejectsPathFor(dbPath),
                        new Progress(report, n)));
                if (!r.GetValue(json))
                {
                    IngestCommand.Print(console, summary, PostingStores.Describe(dbPath), store.Counts(), json: false);
                }
            }
            var slice = new MarketSlice { Sources = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { SyntheticSource } };
            var analyzer = AnalysisSource.Open(dbPath, new AnalysisOptions(), slice);
            var provenance = AnalysisSource.Provenance(dbPath, analyzer, "SYNTHETIC DATA: " + SyntheticPostings.Notice);
            if (!r.GetValue(json))
            {
                console.Out.MarkupLine("[yellow]Synthetic sample: these figures describe generated postings, not the job market.[/]");
            }
            CompareCommand.Write(console, analyzer.Compare(RoleFamily.Backend, RoleFamily.Fullstack), provenance, analyzer, r.GetValue(json));
            return 0;
        });
        return command;
    }

    private sealed class Progress(Action<string, long, long?> report, int total) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress p) => report($"{p.Read:N0} of {total:N0} synthetic postings", p.Read, total);
    }
}
