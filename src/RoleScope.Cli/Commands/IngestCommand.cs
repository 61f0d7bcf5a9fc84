using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using RoleScope.Cli.Rendering;
using RoleScope.Core.Extraction;
using RoleScope.Ingest;
using RoleScope.Sources;
using RoleScope.Storage;
using Spectre.Console;

namespace RoleScope.Cli.Commands;

/// <summary><c>rolescope ingest FILE... [--db PATH] [--json]</c>: read, extract, deduplicate and store postings.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE") { Description = "Input files (canonical JSONL, HN items, CSV); - for standard input", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var format = FormatOption.Create();
        var rejects = new Option<string?>("--rejects") { Description = "Where rejected records go (default: DB name + .rejects.jsonl)", HelpName = "PATH" };
        var command = new Command("ingest", "Read postings, extract their facts and store them; duplicates are skipped, unreadable records go to a rejects file")
        {
            files, db, json, format, rejects,
        };
        command.SetAction(r =>
        {
            var dbPath = r.GetValue(db)!;
            var rejectsPath = r.GetValue(rejects) ?? RejectsPathFor(dbPath);
            var inputs = r.GetValue(files) ?? [];
            using var store = StoreOption.Open(dbPath);
            var runner = new IngestRunner(store, ExtractionPipeline.Default);
            var summary = ProgressReporter.Run(console, "ingest", report =>
                runner.Run(inputs, FormatOption.Parse(r.GetValue(format)), rejectsPath, new Reporter(report)));
            Print(console, summary, PostingStores.Describe(dbPath), store.Counts(), r.GetValue(json));
            return 0;
        });
        return command;
    }

    /// <summary>Beside the database file; for a server database, in the current folder.</summary>
    public static string RejectsPathFor(string dbPath) => PostingStores.IsServer(dbPath)
        ? "rolescope.rejects.jsonl"
        : Path.Combine(Path.GetDirectoryName(dbPath) ?? "", Path.GetFileNameWithoutExtension(dbPath) + ".rejects.jsonl");

    internal static void Print(CliConsole console, IngestSummary summary, string dbPath, StoreCounts counts, bool json)
    {
        var total = counts.Postings;
        if (json)
        {
            var payload = JsonSerializer.Serialize(new
            {
                read = summary.Read,
                stored = summary.Stored,
                duplicates = summary.Duplicates,
                near_duplicates = summary.NearDuplicates,
                rejected = summary.Rejected,
                rejects_file = summary.RejectsPath,
                database = dbPath,
                postings_in_database = total,
                distinct_postings_in_database = counts.Distinct,
                seconds = Math.Round(summary.Elapsed.TotalSeconds, 2),
            });
            console.OutWriter.WriteLine(payload);
            return;
        }
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Read {summary.Read:N0} records: {summary.Stored:N0} stored, {summary.Duplicates:N0} duplicates, {summary.Rejected:N0} rejected ({summary.Elapsed.TotalSeconds:0.0} s, {summary.RecordsPerSecond:N0} records/s)."));
        if (summary.NearDuplicates > 0)
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{summary.NearDuplicates:N0} of the stored postings are near-identical copies of another posting: linked to it and left out of the figures."));
        }
        if (summary.RejectsPath is not null)
        {
            console.Out.WriteLine($"Rejected records and their reasons: {summary.RejectsPath}");
        }
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{dbPath} now holds {total:N0} postings."));
        if (counts.NearDuplicates > 0)
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{counts.Distinct:N0} distinct after {counts.NearDuplicates:N0} near-duplicates."));
        }
    }

    private sealed class Reporter(Action<string, long, long?> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress p) => report(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(p.File)} ({p.FileIndex + 1}/{p.FileCount}): {p.Read:N0} read, {p.Stored:N0} stored, {p.Duplicates:N0} duplicates, {p.Rejected:N0} rejected"),
            p.FileIndex, p.FileCount);
    }
}

/// <summary>The --format option of ingest and extract.</summary>
internal static class FormatOption
{
    public static Option<string> Create() => new("--format")
    {
        Description = "Input format: auto (decided per file from its content), jsonl, hn, csv",
        DefaultValueFactory = _ => "auto",
    };

    public static InputFormat Parse(string? value) =>
        Enum.TryParse<InputFormat>(value, ignoreCase: true, out var format) && Enum.IsDefined(format)
            ? format
            : throw new CliException($"unknown format '{value}'. Known formats: auto, jsonl, hn, csv.");
}
