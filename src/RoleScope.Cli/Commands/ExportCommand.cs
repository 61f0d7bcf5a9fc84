using System.CommandLine;
using System.Globalization;
using RoleScope.Storage;
using RoleScope.Storage.Export;

namespace RoleScope.Cli.Commands;

/// <summary><c>rolescope export --format jsonl|csv|parquet [--db DB] --out FILE</c>: the extracted postings for other tools (docs/scaling.md).</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var db = CommonOptions.Database();
        var format = new Option<string>("--format") { Description = "jsonl, csv or parquet", DefaultValueFactory = _ => "jsonl" };
        var output = new Option<string>("--out", "-o") { Description = "File to write (replaced when it exists)", Required = true, HelpName = "FILE" };
        var command = new Command("export", "Write the stored postings' extractions (near-duplicates left out) as JSON lines, CSV or Parquet") { db, format, output };
        command.SetAction(async (r, cancellationToken) =>
        {
            var dbPath = r.GetValue(db)!;
            var chosen = Enum.TryParse<ExportFormat>(r.GetValue(format), ignoreCase: true, out var f) && Enum.IsDefined(f)
                ? f
                : throw new CliException($"unknown export format '{r.GetValue(format)}'. Known formats: jsonl, csv, parquet.");
            if (!PostingStores.IsServer(dbPath) && !File.Exists(dbPath))
            {
                throw new CliException($"no database at {dbPath}. Run 'rolescope ingest FILE...' first, or pass --db.");
            }
            var path = r.GetValue(output)!;
            using var store = StoreOption.Open(dbPath);
            var count = await PostingExporter.ExportAsync(store, chosen, path, cancellationToken).ConfigureAwait(false);
            await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Exported {count:N0} postings from {PostingStores.Describe(dbPath)} to {path} ({chosen.ToString().ToLowerInvariant()}).")).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
