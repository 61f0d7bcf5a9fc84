using System.Diagnostics;
using RoleScope.Benchmarks.Corpus;
using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;

namespace RoleScope.Benchmarks.Throughput;

/// <summary>
/// Extracts batches of postings on the calling thread, as the commands do
/// (<see cref="ExtractionPipeline.Extract(ReadOnlySpan{RawPosting}, Span{ExtractedPosting}, Span{Exception})"/>), and counts only
/// what the calls cost: wall time, this thread's CPU time and the managed
/// bytes it allocated, read before and after each batch. Whatever produced the postings (reading a file, the synthetic
/// generator) happens between batches, outside all three figures; reading the clocks per batch rather than per posting
/// keeps their own cost (a system call for the CPU clock) out of the figures too.
/// </summary>
internal sealed class SingleThreadMeter(ExtractionPipeline pipeline)
{
    private readonly int[] _collectionsAtStart = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    private readonly TimeSpan _pausedAtStart = GC.GetTotalPauseDuration();

    private readonly ExtractedPosting?[] _results = new ExtractedPosting?[ExtractionPipeline.BatchSize];
    private readonly Exception?[] _failures = new Exception?[ExtractionPipeline.BatchSize];

    public long Postings { get; private set; }

    public long TextBytes { get; private set; }

    public long ElapsedTicks { get; private set; }

    public long AllocatedBytes { get; private set; }

    /// <summary>CPU time of this thread inside the calls (0 where <see cref="ThreadCpuClock"/> is unavailable).</summary>
    public long CpuNanoseconds { get; private set; }

    /// <summary>Evidence items produced, kept so the work cannot be optimised away and as a sanity figure.</summary>
    public long Evidence { get; private set; }

    public double Seconds => (double)ElapsedTicks / Stopwatch.Frequency;

    public double CpuSeconds => CpuNanoseconds / 1e9;

    /// <summary>Collections of each generation since the meter was made (they include the generator's garbage).</summary>
    public string Collections =>
        $"gen0 {GC.CollectionCount(0) - _collectionsAtStart[0]}, gen1 {GC.CollectionCount(1) - _collectionsAtStart[1]}, gen2 {GC.CollectionCount(2) - _collectionsAtStart[2]}; " +
        $"paused {(GC.GetTotalPauseDuration() - _pausedAtStart).TotalMilliseconds:F0} ms";

    public void Extract(IReadOnlyList<RawPosting> batch)
    {
        long evidence = 0;
        var postings = batch as RawPosting[] ?? [.. batch];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuStarted = ThreadCpuClock.NowNanoseconds();
        var started = Stopwatch.GetTimestamp();
        // A pipeline batch at a time, as the commands do: the results of a whole corpus held at once would outlive gen0
        // collections and be copied by them.
        for (var at = 0; at < postings.Length; at += ExtractionPipeline.BatchSize)
        {
            var count = Math.Min(ExtractionPipeline.BatchSize, postings.Length - at);
            pipeline.Extract(postings.AsSpan(at, count), _results, _failures);
            for (var i = 0; i < count; i++)
            {
                evidence += _results[i]?.Evidence.Count ?? throw new InvalidOperationException($"posting {postings[at + i].Id}: {_failures[i]}");
            }
        }
        var ended = Stopwatch.GetTimestamp();
        CpuNanoseconds += ThreadCpuClock.NowNanoseconds() - cpuStarted;
        AllocatedBytes += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        ElapsedTicks += ended - started;
        Evidence += evidence;
        TextBytes += PostingBytes.Of(batch);
        Postings += batch.Count;
    }
}
