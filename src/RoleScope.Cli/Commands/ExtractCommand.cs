using System.CommandLine;
using System.Globalization;
using RoleScope.Cli.Rendering;
using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;
using RoleScope.Ingest;
using RoleScope.Sources;

namespace RoleScope.Cli.Commands;

/// <summary>
/// <c>rolescope extract INPUT... [--format F] --out OUT.jsonl</c> (extraction.md): one output record per posting read,
/// in input order, extracted on every core; unreadable records go to OUT.rejects.jsonl.
/// </summary>
internal static class ExtractCommand
{
    /// <summary>Postings extracted in parallel before being written in order.</summary>
    private const int BatchSize = 1024;

    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "Input files; - for standard input", Arity = ArgumentArity.OneOrMore };
        var format = FormatOption.Create();
        var output = new Option<string>("--out", "-o") { Description = "Output JSONL file; - for standard output", DefaultValueFactory = _ => "-", HelpName = "OUT.jsonl" };
        var rejects = new Option<string?>("--rejects") { Description = "Rejects file (default: OUT.rejects.jsonl)", HelpName = "PATH" };
        var command = new Command("extract", "Turn postings into structured records (roles, family, seniority, work mode, countries, salaries, skills, evidence)")
        {
            inputs, format, output, rejects,
        };
        command.SetAction(r =>
        {
            var files = r.GetValue(inputs) ?? [];
            var inputFormat = FormatOption.Parse(r.GetValue(format));
            var outPath = r.GetValue(output) ?? "-";
            var rejectsPath = r.GetValue(rejects) ?? (outPath == "-" ? "extract.rejects.jsonl" : Path.ChangeExtension(outPath, null) + ".rejects.jsonl");
            foreach (var f in files.Where(f => f != "-" && !File.Exists(f)))
            {
                throw new FileNotFoundException($"input file not found: {f}", f);
            }
            var pipeline = ExtractionPipeline.Default;
            var sources = files
                .Select(f => (Path.GetFileName(f), (Func<IEnumerable<SourceRecord>>)(() => f == "-" ? PostingReaders.Read(Console.In, "stdin", inputFormat) : PostingReaders.ReadFile(f, inputFormat))))
                .ToList();
            var (read, written, rejected) = ProgressReporter.Run(console, "extract", report =>
            {
                using var writer = outPath == "-" ? null : new StreamWriter(outPath);
                var sink = writer ?? console.OutWriter;
                using var rejectsWriter = new RejectsWriter(rejectsPath);
                var counts = (Read: 0, Written: 0);
                PipelinedExtraction.Run(pipeline, PipelinedExtraction.Batches(sources, BatchSize), (batch, outputs) =>
                {
                    foreach (var output in outputs)
                    {
                        if (output.Line is { } line)
                        {
                            sink.WriteLine(line);
                            counts.Written++;
                        }
                        else
                        {
                            rejectsWriter.Write(output.Reject!);
                        }
                    }
                    counts.Read = batch.ReadSoFar;
                    var filesDone = batch.Records.Count < BatchSize ? batch.FileIndex + 1 : batch.FileIndex;
                    report(string.Create(CultureInfo.InvariantCulture, $"{batch.FileName}: {counts.Read:N0} read"), filesDone, files.Length);
                });
                sink.Flush();
                return (counts.Read, counts.Written, rejectsWriter.Count);
            });
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"extract: {read:N0} read, {written:N0} written, {rejected:N0} rejected{(rejected > 0 ? " (see " + rejectsPath + ")" : "")}; exchange rates of {pipeline.Knowledge.Rates.Date}, extractor {ExtractionPipeline.Version}."));
            return 0;
        });
        return command;
    }
}
