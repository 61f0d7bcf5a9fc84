using System.Globalization;
using System.Runtime.InteropServices;
using RoleScope.Benchmarks.Corpus;
using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;
using RoleScope.Synthetic;

namespace RoleScope.Benchmarks.Throughput;

/// <summary>
/// <c>--throughput [--synthetic N] [--hn-passes P] [--seed S]</c>: single-threaded extraction throughput on the HN corpus
/// (every unique posting, loaded first, extracted P times) and on N synthetic postings generated in batches of <see cref="ExtractionPipeline.BatchSize"/> between timed extraction batches (never all held), one line each.
/// </summary>
internal static class ThroughputCommand
{
    public const string Name = "--throughput";

    private const int DefaultSyntheticCount = 1_000_000;

    /// <summary>
    /// Work done before any measurement so that the figures are of tiered-up code: the first passes run partly
    /// unoptimised while the JIT is still promoting methods (tier 0, instrumented tier, on-stack replacement). Three
    /// passes were not enough: on a loaded 2-core machine the background JIT lags, and the 5 measured passes then
    /// averaged 11 MB/s against 17 MB/s after 30 passes. So at least this many passes run (the pass times stopped falling
    /// after 7-10 passes in the runs seen; a noisy early pass once ended a 5-pass minimum too soon), and more until a pass
    /// is no faster than the best before it by more than <see cref="SteadyTolerance"/>.
    /// </summary>
    private const int MinWarmUpHnPasses = 12;

    private const int MaxWarmUpHnPasses = 40;

    /// <summary>A pass this close to (or slower than) the best so far counts as steady.</summary>
    private const double SteadyTolerance = 0.03;

    /// <summary>Steady passes in a row that end the warm-up.</summary>
    private const int SteadyPasses = 3;

    private const int WarmUpSyntheticCount = 2_000;

    /// <summary>The HN corpus is small (about 3 MB); several passes make its figure steadier on a shared machine.</summary>
    private const int DefaultHnPasses = 5;

    private const int ProgressEvery = 100_000;

    /// <summary>
    /// Synthetic postings are generated this many at a time, then extracted as one timed batch: a bounded buffer (never
    /// the whole run in memory) that keeps generation out of the timing without reading the clocks for every posting.
    /// Small on purpose: a batch of 1,000 (about 3 MB) outlived gen0 and drove hundreds of gen2 collections into the figures.
    /// </summary>
    private const int BatchSize = ExtractionPipeline.BatchSize;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var syntheticCount = DefaultSyntheticCount;
        var seed = Corpora.SyntheticSeed;
        var hnPasses = DefaultHnPasses;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--synthetic" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n >= 0:
                    syntheticCount = n;
                    i++;
                    break;
                case "--hn-passes" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var p) && p >= 1:
                    hnPasses = p;
                    i++;
                    break;
                case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    i++;
                    break;
                default:
                    error.WriteLine($"usage: {Name} [--synthetic N] [--hn-passes P] [--seed S]  (unknown or incomplete argument: {args[i]})");
                    return 2;
            }
        }

        var pipeline = ExtractionPipeline.Default;
        var hn = Corpora.LoadHn();
        WarmUp(pipeline, hn, seed, error);

        var hnMeter = new SingleThreadMeter(pipeline);
        for (var pass = 0; pass < hnPasses; pass++)
        {
            hnMeter.Extract(hn);
        }
        output.WriteLine(Line(string.Create(CultureInfo.InvariantCulture, $"single-thread extract, HN 2023h1 ({hn.Count:N0} unique postings, preloaded, {hnPasses} passes)"), hnMeter));

        if (syntheticCount == 0)
        {
            return 0;
        }
        var synthetic = new SingleThreadMeter(pipeline);
        var batch = new List<RawPosting>(BatchSize);
        foreach (var posting in SyntheticPostings.Generate(syntheticCount, seed))
        {
            batch.Add(posting);
            if (batch.Count == BatchSize)
            {
                synthetic.Extract(batch);
                batch.Clear();
                if (synthetic.Postings % ProgressEvery == 0)
                {
                    error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  synthetic: {synthetic.Postings:N0} of {syntheticCount:N0} extracted"));
                }
            }
        }
        synthetic.Extract(batch);
        output.WriteLine(Line($"single-thread extract, synthetic (seed {seed}, streamed)", synthetic));
        return 0;
    }

    private static void WarmUp(ExtractionPipeline pipeline, List<RawPosting> hn, int seed, TextWriter error)
    {
        foreach (var posting in SyntheticPostings.Generate(WarmUpSyntheticCount, unchecked(seed + 1)))
        {
            pipeline.Extract(posting);
        }
        var results = new ExtractedPosting?[BatchSize];
        var failures = new Exception?[BatchSize];
        var best = long.MaxValue;
        var steady = 0;
        var passes = new List<long>();
        while (passes.Count < MaxWarmUpHnPasses && (passes.Count < MinWarmUpHnPasses || steady < SteadyPasses))
        {
            var started = ThreadCpuClock.NowNanoseconds();
            var postings = CollectionsMarshal.AsSpan(hn);
            for (var at = 0; at < postings.Length; at += BatchSize)
            {
                pipeline.Extract(postings.Slice(at, Math.Min(BatchSize, postings.Length - at)), results, failures);
            }
            var took = ThreadCpuClock.NowNanoseconds() - started;
            steady = took >= best * (1 - SteadyTolerance) ? steady + 1 : 0;
            best = Math.Min(best, took);
            passes.Add(took);
        }
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  warm-up: {passes.Count} HN passes, thread CPU ms: {string.Join(' ', passes.Select(p => (p / 1e6).ToString("N0", CultureInfo.InvariantCulture)))}"));
    }

    private static string Line(string what, SingleThreadMeter m)
    {
        var mb = m.TextBytes / 1e6;
        var cpu = ThreadCpuClock.IsAvailable
            ? string.Create(CultureInfo.InvariantCulture, $"thread CPU {m.CpuSeconds:N2} s: {mb / m.CpuSeconds:N2} MB/s, {m.Postings / m.CpuSeconds:N0} postings/s; ")
            : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{what}: {m.Postings:N0} postings, {mb:N1} MB text; wall {m.Seconds:N2} s in Extract: {mb / m.Seconds:N2} MB/s, {m.Postings / m.Seconds:N0} postings/s; ") +
            cpu +
            string.Create(CultureInfo.InvariantCulture, $"{(double)m.AllocatedBytes / m.Postings:N0} B allocated/posting ({m.Collections}; {m.Evidence:N0} evidence items)");
    }
}
