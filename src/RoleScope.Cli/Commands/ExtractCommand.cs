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
            var (read, written, rejected) = ProgressReporter.Run(console, "extract", report =>
            {
                using var writer = outPath == "-" ? null : new StreamWriter(outPath);
                var sink = writer ?? console.OutWriter;
                using var rejectsWriter = new RejectsWriter(rejectsPath);
                var counts = (Read: 0, Written: 0);
                var batch = new List<ReadPosting>(BatchSize);
                for (var i = 0; i < files.Length; i++)
                {
                    var records = files[i] == "-" ? PostingReaders.Read(Console.In, "stdin", inputFormat) : PostingReaders.ReadFile(files[i], inputFormat);
                    foreach (var record in records)
                    {
                        counts.Read++;
                        if (record is RejectedRecord reject)
                        {
                            rejectsWriter.Write(reject);
                            continue;
                        }
                        batch.Add((ReadPosting)record);
                        if (batch.Count == BatchSize)
                        {
                            counts.Written += Flush(pipeline, batch, sink, rejectsWriter);
                            report(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(files[i])}: {counts.Read:N0} read"), i, files.Length);
                        }
                    }
                    counts.Written += Flush(pipeline, batch, sink, rejectsWriter);
                    report(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(files[i])}: {counts.Read:N0} read"), i + 1, files.Length);
                }
                sink.Flush();
                return (counts.Read, counts.Written, rejectsWriter.Count);
            });
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"extract: {read:N0} read, {written:N0} written, {rejected:N0} rejected{(rejected > 0 ? " (see " + rejectsPath + ")" : "")}; exchange rates of {pipeline.Knowledge.Rates.Date}, extractor {ExtractionPipeline.Version}."));
            return 0;
        });
        return command;
    }

    private static int Flush(ExtractionPipeline pipeline, List<ReadPosting> batch, TextWriter sink, RejectsWriter rejects)
    {
        var written = 0;
        foreach (var outcome in BatchExtraction.Run(pipeline, batch, ExtractionJson.Serialize))
        {
            if (outcome.Record is { } line)
            {
                sink.WriteLine(line);
                written++;
            }
            else
            {
                rejects.Write(outcome.Reject!);
            }
        }
        batch.Clear();
        return written;
    }
}
