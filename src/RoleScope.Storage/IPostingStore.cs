using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;

namespace RoleScope.Storage;

/// <summary>
/// The store behind RoleScope. SQLite is the embedded default; PostgreSQL comes behind the same interface.
/// A posting's identity is (source, source id); re-adding a known identity stores nothing.
/// </summary>
public interface IPostingStore : IDisposable
{
    /// <summary>Adds a batch in one transaction. Returns how many were new and how many were already known.</summary>
    AddResult Add(IReadOnlyList<StoredPosting> batch);

    /// <summary>Number of postings stored.</summary>
    long Count();

    /// <summary>Every stored posting with its extraction, in insertion order.</summary>
    IEnumerable<MarketPosting> ReadAll();

    /// <summary>One posting's extraction, or null.</summary>
    ExtractedPosting? Find(string source, string sourceId);
}

/// <summary>A posting to store: the raw input, its extraction and the version of the extractor that made it.</summary>
public sealed record StoredPosting(RawPosting Raw, ExtractedPosting Extracted, string ExtractorVersion);

public readonly record struct AddResult(int Stored, int Duplicates);
