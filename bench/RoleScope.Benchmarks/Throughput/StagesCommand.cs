using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using RoleScope.Benchmarks.Corpus;

namespace RoleScope.Benchmarks.Throughput;

/// <summary>
/// <c>--stages [--passes N]</c>: a quick per-stage table (seconds, not BenchmarkDotNet's minutes) for trying a change. Every
/// <see cref="ExtractionBenchmarks"/> benchmark runs N passes over each corpus; the fastest pass in thread CPU time is
/// reported, which on a shared machine is steadier than a mean. The BenchmarkDotNet table stays the figure of record.
/// <c>--only TEXT</c> runs only the rows whose name holds TEXT (for a profiler: <c>--stages --only Roles: find --passes 200</c>).
/// </summary>
internal static class StagesCommand
{
    public const string Name = "--stages";

    private const int DefaultPasses = 7;

    /// <summary>
    /// Unmeasured passes before each row, so that its methods have left tier 0 and the instrumented tier: with one, the
    /// whole-extraction row (measured first) caught passes 2-8 of tiering, several times slower than the steady state.
    /// </summary>
    private const int WarmUpPasses = 10;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var passes = DefaultPasses;
        string? only = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--passes" && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                passes = n;
                i++;
            }
            else if (args[i] == "--only" && i + 1 < args.Length)
            {
                only = args[++i];
            }
            else
            {
                error.WriteLine($"usage: {Name} [--passes N] [--only TEXT]");
                return 2;
            }
        }
        var benchmarks = typeof(ExtractionBenchmarks).GetMethods()
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<BenchmarkAttribute>()))
            .Where(b => b.Attribute is not null && (only is null || (b.Attribute.Description ?? b.Method.Name).Contains(only, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        foreach (var corpus in ExtractionBenchmarks.CorpusNames)
        {
            var bench = new ExtractionBenchmarks { Corpus = corpus };
            bench.Setup();
            var postings = Corpora.Get(corpus).Postings;
            var bytes = PostingBytes.Of(postings);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{corpus}: {postings.Count:N0} postings, {bytes / 1e6:N2} MB; fastest of {passes} passes, thread CPU time"));
            foreach (var (method, attribute) in benchmarks)
            {
                var run = method.CreateDelegate<Func<int>>(bench);
                for (var pass = 0; pass < WarmUpPasses; pass++)
                {
                    run();
                }
                var best = long.MaxValue;
                var allocated = 0L;
                for (var pass = 0; pass < passes; pass++)
                {
                    var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                    var started = ThreadCpuClock.NowNanoseconds();
                    run();
                    best = Math.Min(best, ThreadCpuClock.NowNanoseconds() - started);
                    allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
                }
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {attribute!.Description ?? method.Name,-36} {best / 1e6,8:N1} ms  {best / 1e3 / postings.Count,7:N1} µs/posting  {bytes / (best / 1e9) / 1e6,7:N1} MB/s  {allocated / (double)postings.Count,9:N0} B/posting"));
            }
        }
        return 0;
    }
}
