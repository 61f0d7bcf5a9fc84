using System.Diagnostics;
using System.Threading.Channels;
using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;
using RoleScope.Sources;
using RoleScope.Storage;

namespace RoleScope.Ingest;

/// <summary>
/// Reads postings from files, extracts them on every core, and stores them in batches. Nothing is lost silently:
/// each record read is stored, counted as a duplicate (its source and id are already known), or written to the rejects file.
/// </summary>
public sealed class IngestRunner(IPostingStore store, ExtractionPipeline pipeline)
{
    /// <summary>
    /// Records extracted and stored together, in one transaction: large enough to use every core and to make each commit
    /// worth its write-ahead-log work (4,096 stored about 2x faster than 512 on this project's disk), small enough to report
    /// progress a few times a second.
    /// </summary>
    public const int BatchSize = 4096;

    /// <summary>
    /// Threads that read, extract and prepare: every core but one, which the store's single writer thread keeps. The writer
    /// is what limits ingest, and with extraction on every core it had to share its core (1,000,000 postings: the writer
    /// was busy 98% of the run, at ~90 µs a posting against ~55 µs alone; docs/benchmarks.md, "Ingest: a core for the writer").
    /// </summary>
    internal static int ExtractionThreads => Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>Extracted batches waiting for the store: one being stored, one ready, bounding memory.</summary>
    private const int InFlight = 1;

    public IngestSummary Run(IReadOnlyList<string> files, InputFormat format, string rejectsPath, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var file in files)
        {
            if (file != "-" && !File.Exists(file))
            {
                throw new FileNotFoundException($"Input file not found: {file}", file);
            }
        }
        var clock = Stopwatch.StartNew();
        using var rejects = new RejectsWriter(rejectsPath);
        var totals = new Totals();
        for (var f = 0; f < files.Count; f++)
        {
            var file = files[f];
            var records = file == "-" ? PostingReaders.Read(Console.In, "stdin", format) : PostingReaders.ReadFile(file, format);
            Ingest(records, rejects, totals, progress, file, f, files.Count, cancellationToken);
        }
        return new IngestSummary(totals.Read, totals.Stored, totals.Duplicates, rejects.Count, rejects.Count > 0 ? rejects.Path : null, clock.Elapsed, totals.NearDuplicates);
    }

    /// <summary>Ingests postings already in memory (the demo's synthetic sample).</summary>
    public IngestSummary Run(IEnumerable<RawPosting> postings, string name, string rejectsPath, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        using var rejects = new RejectsWriter(rejectsPath);
        var totals = new Totals();
        var records = postings.Select((p, i) => (SourceRecord)new ReadPosting(p, name, i + 1));
        Ingest(records, rejects, totals, progress, name, 0, 1, cancellationToken);
        return new IngestSummary(totals.Read, totals.Stored, totals.Duplicates, rejects.Count, rejects.Count > 0 ? rejects.Path : null, clock.Elapsed, totals.NearDuplicates);
    }

    /// <summary>
    /// Reading and extraction (on every core) run ahead of storing, joined by a bounded channel, so the cores extract the next
    /// batch while the store writes the previous one (one thread doing both in turn left the cores idle while SQLite wrote).
    /// Batches are stored in input order; rejects are written in the order they were met.
    /// </summary>
    private void Ingest(IEnumerable<SourceRecord> records, RejectsWriter rejects, Totals totals, IProgress<IngestProgress>? progress,
        string file, int fileIndex, int fileCount, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<ExtractedBatch>(new BoundedChannelOptions(InFlight) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() => Produce(records, channel.Writer, stop.Token), stop.Token);
        try
        {
            while (channel.Reader.WaitToReadAsync(stop.Token).AsTask().GetAwaiter().GetResult())
            {
                while (channel.Reader.TryRead(out var batch))
                {
                    Store(batch, rejects, totals);
                    progress?.Report(totals.Snapshot(file, fileIndex, fileCount, rejects.Count));
                }
            }
        }
        catch
        {
            stop.Cancel();
            throw;
        }
        finally
        {
            // A failure of the reader (an unreadable file) surfaces here in its own type, after what was read before it is stored.
            try
            {
                producer.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                // The consumer failed first and stopped the producer; the consumer's exception is the one that propagates.
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
    }

    private void Produce(IEnumerable<SourceRecord> records, ChannelWriter<ExtractedBatch> writer, CancellationToken token)
    {
        try
        {
            var read = 0;
            var postings = new List<ReadPosting>(BatchSize);
            var readRejects = new List<RejectedRecord>();
            foreach (var record in records)
            {
                token.ThrowIfCancellationRequested();
                read++;
                switch (record)
                {
                    case ReadPosting posting:
                        postings.Add(posting);
                        break;
                    case RejectedRecord reject:
                        readRejects.Add(reject);
                        break;
                }
                if (postings.Count == BatchSize)
                {
                    writer.WriteAsync(Extract(postings, readRejects, read), token).AsTask().GetAwaiter().GetResult();
                    postings = new List<ReadPosting>(BatchSize);
                    readRejects = [];
                    read = 0;
                }
            }
            writer.WriteAsync(Extract(postings, readRejects, read), token).AsTask().GetAwaiter().GetResult();
            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
            throw;
        }
    }

    // Each posting is also prepared for the store (fingerprints, extraction JSON) on the extraction threads, sparing the
    // store's single writer thread, which is what limits ingest.
    private ExtractedBatch Extract(List<ReadPosting> postings, List<RejectedRecord> readRejects, int read) =>
        new(read, readRejects, postings.Count == 0 ? [] : BatchExtraction.Run(pipeline, postings,
            static (raw, record) => new StoredPosting(raw, record, ExtractionPipeline.Version).Prepare(), ExtractionThreads));

    private void Store(ExtractedBatch batch, RejectsWriter rejects, Totals totals)
    {
        totals.Read += batch.Read;
        foreach (var reject in batch.ReadRejects)
        {
            rejects.Write(reject);
        }
        if (batch.Outcomes.Length == 0)
        {
            return;
        }
        var toStore = new List<StoredPosting>(batch.Outcomes.Length);
        foreach (var outcome in batch.Outcomes)
        {
            if (outcome.Record is { } record)
            {
                toStore.Add(record);
            }
            else
            {
                rejects.Write(outcome.Reject!);
            }
        }
        var result = store.Add(toStore);
        // Near-duplicates are stored (and linked), so they count as stored here: read = stored + duplicates + rejected.
        totals.Stored += result.Stored + result.NearDuplicates;
        totals.NearDuplicates += result.NearDuplicates;
        totals.Duplicates += result.Duplicates;
    }

    /// <summary>A batch read and extracted, waiting to be stored: how many records it read, the rejects met while reading them, the outcomes.</summary>
    private sealed record ExtractedBatch(int Read, List<RejectedRecord> ReadRejects, ExtractionOutcome<StoredPosting>[] Outcomes);

    private sealed class Totals
    {
        public int Read;
        public int Stored;
        public int Duplicates;
        public int NearDuplicates;

        public IngestProgress Snapshot(string file, int index, int count, int rejected) =>
            new(file, index, count, Read, Stored, Duplicates, rejected);
    }
}
