namespace RoleScope.Fetch;

/// <summary>
/// What one fetch did. Every candidate the source listed is counted once: fetched (giving postings or a skip), known
/// from an earlier run (unchanged or changed), already in the output, or failed.
/// </summary>
public sealed record FetchSummary
{
    public required string Key { get; init; }
    public int Listed { get; init; }
    /// <summary>Candidates fetched in this run (new to the state).</summary>
    public int Fetched { get; init; }
    /// <summary>Postings the fetched candidates gave and the output took.</summary>
    public int Written { get; init; }
    /// <summary>Postings the output already held (from an earlier run, or a page repeating another's posting).</summary>
    public int AlreadyInOutput { get; init; }
    /// <summary>Candidates an earlier run did, at the same version.</summary>
    public int Unchanged { get; init; }
    /// <summary>Candidates an earlier run did at another version: counted, not written again (the store keeps one version per posting).</summary>
    public int Changed { get; init; }
    /// <summary>Candidates with nothing to keep: deleted, dead, unlisted, empty.</summary>
    public int Skipped { get; init; }
    public int Failed { get; init; }
    public required string Output { get; init; }
    public TimeSpan Elapsed { get; init; }
}

/// <summary>Progress after each candidate: done of total in this run.</summary>
public sealed record FetchProgress(string Key, int Done, int Total, int Written, int Failed);

/// <summary>A candidate that could not be fetched or read: its id and the reason.</summary>
public sealed record FetchFailure(string Key, string Id, string Reason);
