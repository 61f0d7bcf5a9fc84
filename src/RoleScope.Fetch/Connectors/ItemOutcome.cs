using RoleScope.Core.Domain;

namespace RoleScope.Fetch.Connectors;

/// <summary>What fetching one candidate gave: postings, or a reason it holds none (deleted, dead, unlisted).</summary>
public sealed record ItemOutcome(IReadOnlyList<RawPosting> Postings, string? SkipReason)
{
    public static ItemOutcome Of(RawPosting posting) => new([posting], null);

    public static ItemOutcome Of(IReadOnlyList<RawPosting> postings) => new(postings, null);

    /// <summary>Nothing to keep, and nothing wrong either: remembered so that it is not asked for again.</summary>
    public static ItemOutcome Skip(string reason) => new([], reason);
}
