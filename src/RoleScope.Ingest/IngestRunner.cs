using System.Diagnostics;
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
    /// <summary>Records extracted and stored together: large enough to use every core, small enough to report progress often.</summary>
    public const int BatchSize = 512;

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

    private void Ingest(IEnumerable<SourceRecord> records, RejectsWriter rejects, Totals totals, IProgress<IngestProgress>? progress,
        string file, int fileIndex, int fileCount, CancellationToken cancellationToken)
    {
        var batch = new List<ReadPosting>(BatchSize);
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            totals.Read++;
            switch (record)
            {
                case ReadPosting posting:
                    batch.Add(posting);
                    if (batch.Count == BatchSize)
                    {
                        Flush(batch, rejects, totals);
                        progress?.Report(totals.Snapshot(file, fileIndex, fileCount, rejects.Count));
                    }
                    break;
                case RejectedRecord reject:
                    rejects.Write(reject);
                    break;
            }
        }
        Flush(batch, rejects, totals);
        progress?.Report(totals.Snapshot(file, fileIndex, fileCount, rejects.Count));
    }

    private void Flush(List<ReadPosting> batch, RejectsWriter rejects, Totals totals)
    {
        if (batch.Count == 0)
        {
            return;
        }
        var toStore = new List<StoredPosting>(batch.Count);
        foreach (var outcome in BatchExtraction.Run(pipeline, batch))
        {
            if (outcome.Record is { } record)
            {
                toStore.Add(new StoredPosting(outcome.Source.Posting, record, ExtractionPipeline.Version));
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
        batch.Clear();
    }

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
