using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;
using RoleScope.Sources;

namespace RoleScope.Ingest;

/// <summary>
/// Extracts a batch of postings on every core, in input order. A posting that breaks an extractor becomes a reject with the
/// reason; the rest of the batch goes on. Shared by <c>ingest</c> and <c>extract</c>.
/// </summary>
public static class BatchExtraction
{
    public static ExtractionOutcome<ExtractedPosting>[] Run(ExtractionPipeline pipeline, IReadOnlyList<ReadPosting> batch) =>
        Run(pipeline, batch, static record => record);

    /// <summary>Extracts and projects each record on the worker threads (e.g. to its JSON line), so the writer only writes.</summary>
    public static ExtractionOutcome<T>[] Run<T>(ExtractionPipeline pipeline, IReadOnlyList<ReadPosting> batch, Func<ExtractedPosting, T> project)
        where T : class =>
        Run(pipeline, batch, (_, record) => project(record));

    /// <summary>As above, with the posting read beside its extraction (e.g. to prepare both for a store).</summary>
    public static ExtractionOutcome<T>[] Run<T>(ExtractionPipeline pipeline, IReadOnlyList<ReadPosting> batch, Func<RawPosting, ExtractedPosting, T> project)
        where T : class =>
        Run(pipeline, batch, project, Environment.ProcessorCount);

    /// <summary>As above, on at most <paramref name="threads"/> threads.</summary>
    public static ExtractionOutcome<T>[] Run<T>(ExtractionPipeline pipeline, IReadOnlyList<ReadPosting> batch, Func<RawPosting, ExtractedPosting, T> project, int threads)
        where T : class
    {
        var outcomes = new ExtractionOutcome<T>[batch.Count];
        if (batch.Count == 0)
        {
            return outcomes;
        }
        // Chunks of up to the pipeline's batch size, each taken through the extraction steps together on one thread, and at
        // least one chunk a thread so that a small batch still uses every core.
        threads = Math.Max(1, threads);
        var chunkSize = Math.Clamp((batch.Count + threads - 1) / threads, 1, ExtractionPipeline.BatchSize);
        var chunks = (batch.Count + chunkSize - 1) / chunkSize;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = threads }, chunk =>
        {
            var start = chunk * chunkSize;
            var count = Math.Min(chunkSize, batch.Count - start);
            var postings = new RawPosting[count];
            for (var i = 0; i < count; i++)
            {
                postings[i] = batch[start + i].Posting;
            }
            var records = new ExtractedPosting?[count];
            var failures = new Exception?[count];
            pipeline.Extract(postings, records, failures);
            for (var i = 0; i < count; i++)
            {
                var source = batch[start + i];
                try
                {
                    outcomes[start + i] = failures[i] is { } failure
                        ? Rejected<T>(source, failure)
                        : new ExtractionOutcome<T>(source, project(source.Posting, records[i]!), null);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    outcomes[start + i] = Rejected<T>(source, e);
                }
            }
        });
        return outcomes;
    }

    /// <summary>The posting as read goes with the reason, so that nothing of it is lost with the failure.</summary>
    private static ExtractionOutcome<T> Rejected<T>(ReadPosting source, Exception e)
        where T : class =>
        new(source, null, new RejectedRecord(source.File, source.Line, $"extraction failed: {e.GetType().Name}: {e.Message}", AsRead(source.Posting)));

    private static readonly JsonSerializerOptions RejectJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The posting as read, as one JSON object with the canonical field names (id, title, description, posted_at, ...).</summary>
    private static string AsRead(RawPosting posting) => JsonSerializer.Serialize(posting, RejectJson);
}

/// <summary>One posting's extraction, or the reject that says why it failed.</summary>
public sealed record ExtractionOutcome<T>(ReadPosting Source, T? Record, RejectedRecord? Reject)
    where T : class;
