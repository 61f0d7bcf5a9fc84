using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;
using RoleScope.Storage.Dedupe;

namespace RoleScope.Storage;

/// <summary>
/// The store behind RoleScope: SQLite embedded (<see cref="SqliteStore"/>) or a PostgreSQL server shared by several
/// processes (<see cref="Postgres.PostgresStore"/>); <see cref="PostingStores.Open"/> picks one from the --db value.
/// A posting's identity is (source, source id); re-adding a known identity stores nothing. A copy under another identity
/// (the same content by hash, or the same company and title with near-identical text by SimHash) is stored and linked
/// to its original, and left out of <see cref="ReadAll"/> and <see cref="Search"/>, so figures count it once.
/// </summary>
public interface IPostingStore : IDisposable
{
    /// <summary>Adds a batch in one transaction: all of it is stored or none of it. Says what became of each posting.</summary>
    AddResult Add(IReadOnlyList<StoredPosting> batch);

    /// <summary>Number of postings stored, near-duplicates included.</summary>
    long Count();

    /// <summary>Postings stored, and how many of them are near-duplicates linked to an original.</summary>
    StoreCounts Counts();

    /// <summary>Every stored posting that is not a near-duplicate, with its extraction, in insertion order.</summary>
    IEnumerable<MarketPosting> ReadAll();

    /// <summary>One posting's extraction (near-duplicates included), or null.</summary>
    ExtractedPosting? Find(string source, string sourceId);

    /// <summary>The posting a near-duplicate is linked to; null for an original or an unknown identity.</summary>
    PostingKey? OriginalOf(string source, string sourceId);

    /// <summary>
    /// Postings (not near-duplicates) whose title or description holds every word of <paramref name="query"/>
    /// (case-blind, whole words), oldest first, at most <paramref name="limit"/>. Words are runs of letters and digits.
    /// </summary>
    IReadOnlyList<PostingKey> Search(string query, int limit);

    /// <summary>
    /// A number that grows with each committed batch that stored something, whoever stored it (this store, another
    /// store on the same database, another process). Equal numbers mean nothing was added in between.
    /// </summary>
    long ChangeVersion();

    /// <summary>
    /// Waits until <see cref="ChangeVersion"/> exceeds <paramref name="seenVersion"/> or <paramref name="timeout"/> passes;
    /// returns the version then. PostgreSQL wakes on NOTIFY; SQLite polls the file.
    /// </summary>
    long WaitForChange(long seenVersion, TimeSpan timeout, CancellationToken cancellationToken = default);
}

/// <summary>A posting to store: the raw input, its extraction and the version of the extractor that made it.</summary>
public sealed record StoredPosting(RawPosting Raw, ExtractedPosting Extracted, string ExtractorVersion)
{
    private PreparedPosting? prepared;

    /// <summary>
    /// Computes now what a store derives from the posting before writing it (the fingerprints and the extraction's JSON),
    /// so that a caller with idle cores (ingest, on its extraction threads) spares the store's single writer thread.
    /// Optional: a store computes whatever is missing itself. Returns this posting.
    /// </summary>
    public StoredPosting Prepare()
    {
        _ = Prepared;
        return this;
    }

    /// <summary>The fingerprints and extraction JSON, computed on first use (a race computes the same value twice).</summary>
    internal PreparedPosting Prepared => prepared ??= new PreparedPosting(PostingFingerprint.Of(this), ExtractionJson.Serialize(Extracted));

    // Equality is the posting's (raw input, extraction, extractor version), whether or not it was prepared.
    public bool Equals(StoredPosting? other) =>
        other is not null && Raw.Equals(other.Raw) && Extracted.Equals(other.Extracted) && ExtractorVersion == other.ExtractorVersion;

    public override int GetHashCode() => HashCode.Combine(Raw, Extracted, ExtractorVersion);
}

/// <summary>
/// What became of a batch: <paramref name="Stored"/> new postings, <paramref name="Duplicates"/> already known (same
/// identity; nothing written) and <paramref name="NearDuplicates"/> copies (identical or near-identical text under
/// another identity) stored and linked to an original.
/// </summary>
public readonly record struct AddResult(int Stored, int Duplicates, int NearDuplicates = 0);

/// <summary>A posting's identity.</summary>
public sealed record PostingKey(string Source, string SourceId);

/// <summary>Rows in the store: <paramref name="Postings"/> in all, of which <paramref name="NearDuplicates"/> are linked copies.</summary>
public readonly record struct StoreCounts(long Postings, long NearDuplicates)
{
    /// <summary>Postings that count in the figures.</summary>
    public long Distinct => Postings - NearDuplicates;
}
