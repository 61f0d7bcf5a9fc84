using System.Threading.Channels;
using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;
using RoleScope.Ingest;
using RoleScope.Sources;

namespace RoleScope.Cli.Commands;

/// <summary>
/// Reading, extracting and writing as three overlapping stages joined by bounded channels, so the cores extract the next
/// batch while the previous one is written and the one after is read (docs/benchmarks.md: with one thread doing all three
/// in turn, the workers sat idle a fifth of the time). Output order is input order.
/// </summary>
internal static class PipelinedExtraction
{
    /// <summary>Batches in flight between two stages: enough to keep every stage busy, few enough to bound memory.</summary>
    private const int InFlight = 2;

    /// <summary>One batch of records read from one input, in order: postings to extract and rejects to pass through.</summary>
    public sealed record Batch(int FileIndex, string FileName, int ReadSoFar, IReadOnlyList<SourceRecord> Records);

    /// <summary>One record's result, in input order: a JSON line or a reject.</summary>
    public readonly record struct Output(string? Line, RejectedRecord? Reject);

    /// <summary>
    /// Runs the three stages. <paramref name="read"/> yields batches (on its own thread); <paramref name="write"/> receives each
    /// batch's outputs in input order (on the calling thread).
    /// </summary>
    public static void Run(ExtractionPipeline pipeline, IEnumerable<Batch> read, Action<Batch, IReadOnlyList<Output>> write)
    {
        var options = new BoundedChannelOptions(InFlight) { SingleReader = true, SingleWriter = true };
        var toExtract = Channel.CreateBounded<Batch>(options);
        var toWrite = Channel.CreateBounded<(Batch, Output[])>(options);

        var reader = Task.Run(async () =>
        {
            try
            {
                foreach (var batch in read)
                {
                    await toExtract.Writer.WriteAsync(batch).ConfigureAwait(false);
                }
                toExtract.Writer.Complete();
            }
            catch (Exception e)
            {
                toExtract.Writer.Complete(e);
            }
        });
        var extractor = Task.Run(async () =>
        {
            try
            {
                await foreach (var batch in toExtract.Reader.ReadAllAsync().ConfigureAwait(false))
                {
                    await toWrite.Writer.WriteAsync((batch, Extract(pipeline, batch))).ConfigureAwait(false);
                }
                toWrite.Writer.Complete();
            }
            catch (Exception e)
            {
                toWrite.Writer.Complete(e);
            }
        });

        // The writer stays on the calling thread: the console, the progress display and the rejects file are not shared.
        while (toWrite.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (toWrite.Reader.TryRead(out var done))
            {
                write(done.Item1, done.Item2);
            }
        }
        // Both stages have ended here; an exception of theirs (an unreadable file) already surfaced above, in its own type.
        reader.GetAwaiter().GetResult();
        extractor.GetAwaiter().GetResult();
    }

    /// <summary>Batches of at most <paramref name="size"/> records of each input in turn; a batch never spans two inputs.</summary>
    public static IEnumerable<Batch> Batches(IReadOnlyList<(string Name, Func<IEnumerable<SourceRecord>> Open)> inputs, int size)
    {
        var read = 0;
        for (var i = 0; i < inputs.Count; i++)
        {
            var records = new List<SourceRecord>(size);
            foreach (var record in inputs[i].Open())
            {
                read++;
                records.Add(record);
                if (records.Count == size)
                {
                    yield return new Batch(i, inputs[i].Name, read, records);
                    records = new List<SourceRecord>(size);
                }
            }
            yield return new Batch(i, inputs[i].Name, read, records);
        }
    }

    private static Output[] Extract(ExtractionPipeline pipeline, Batch batch)
    {
        var postings = new List<ReadPosting>(batch.Records.Count);
        foreach (var record in batch.Records)
        {
            if (record is ReadPosting posting)
            {
                postings.Add(posting);
            }
        }
        var outcomes = BatchExtraction.Run(pipeline, postings, ExtractionJson.Serialize);
        var outputs = new Output[batch.Records.Count];
        var next = 0;
        for (var i = 0; i < outputs.Length; i++)
        {
            if (batch.Records[i] is RejectedRecord reject)
            {
                outputs[i] = new Output(null, reject);
                continue;
            }
            var outcome = outcomes[next++];
            outputs[i] = new Output(outcome.Record, outcome.Reject);
        }
        return outputs;
    }
}
