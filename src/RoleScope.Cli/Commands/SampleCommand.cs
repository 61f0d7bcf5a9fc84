using System.CommandLine;
using RoleScope.Synthetic;

namespace RoleScope.Cli.Commands;

/// <summary><c>rolescope sample --count N --out FILE</c>: write synthetic postings as canonical JSONL (for trying ingest and for benchmarks).</summary>
internal static class SampleCommand
{
    public static Command Create(CliConsole console)
    {
        var count = new Option<int>("--count") { Description = "Postings to generate", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Generator seed", DefaultValueFactory = _ => 42 };
        var output = new Option<string>("--out", "-o") { Description = "Output file; - for standard output", DefaultValueFactory = _ => "-", HelpName = "FILE" };
        var command = new Command("sample", "Write generated synthetic postings (not market data) as canonical JSON lines") { count, seed, output };
        command.SetAction(r =>
        {
            var n = r.GetValue(count);
            if (n < 1)
            {
                throw new CliException("--count must be at least 1.");
            }
            var path = r.GetValue(output) ?? "-";
            using var file = path == "-" ? null : new StreamWriter(path);
            SyntheticPostings.WriteJsonl(SyntheticPostings.Generate(n, r.GetValue(seed)), file ?? console.OutWriter);
            console.Error.WriteLine($"sample: wrote {n:N0} synthetic postings to {(path == "-" ? "standard output" : path)}. {SyntheticPostings.Notice}");
            return 0;
        });
        return command;
    }
}
