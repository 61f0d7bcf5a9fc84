using System.Globalization;
using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;
using RoleScope.Ingest;
using RoleScope.Storage;

namespace RoleScope.Fetch.Output;

/// <summary>
/// Ingests fetched postings straight into a store: extracted and stored in batches by <see cref="IngestRunner"/>, so a
/// fetch into <c>--db</c> stores exactly what a fetch to a file followed by <c>rolescope ingest</c> would.
/// </summary>
public sealed class StorePostingSink(IPostingStore store, ExtractionPipeline pipeline, string rejectsPath, string name) : IPostingSink
{
    private readonly List<RawPosting> _pending = [];
    private readonly HashSet<(string, string)> _pendingKeys = [];
    private int _stored;
    private int _duplicates;
    private int _rejected;

    public string RejectsPath { get; } = rejectsPath;

    public bool Contains(string source, string id) => _pendingKeys.Contains((source, id)) || store.Find(source, id) is not null;

    public bool Add(RawPosting posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        if (!_pendingKeys.Add((posting.Source, posting.Id)))
        {
            _duplicates++;
            return false;
        }
        _pending.Add(posting);
        return true;
    }

    public void Flush()
    {
        if (_pending.Count == 0)
        {
            return;
        }
        // Each ingest run writes its own rejects file; a batch's rejects are appended to the one file of the fetch.
        var batchRejects = RejectsPath + ".batch";
        var summary = new IngestRunner(store, pipeline).Run(_pending, name, batchRejects);
        _stored += summary.Stored;
        _duplicates += summary.Duplicates;
        _rejected += summary.Rejected;
        if (summary.RejectsPath is { } written && File.Exists(written))
        {
            File.AppendAllText(RejectsPath, File.ReadAllText(written));
            File.Delete(written);
        }
        _pending.Clear();
        _pendingKeys.Clear();
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{_stored:N0} postings stored, {_duplicates:N0} already in the store, {_rejected:N0} rejected{(_rejected > 0 ? $" (see {RejectsPath})" : "")}; it now holds {store.Count():N0}");

    /// <summary>The store belongs to the caller; what is pending was flushed by the runner, or is dropped with a run that failed.</summary>
    public void Dispose()
    {
    }
}
