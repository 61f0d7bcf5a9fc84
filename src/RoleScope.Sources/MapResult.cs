using RoleScope.Core.Domain;

namespace RoleScope.Sources;

/// <summary>The outcome of turning one parsed record into a posting: the posting, or why not.</summary>
internal readonly record struct MapResult(RawPosting? Posting, string? Reason)
{
    public static MapResult Ok(RawPosting posting) => new(posting, null);

    public static MapResult Fail(string reason) => new(null, reason);

    public SourceRecord ToRecord(string file, int line, string rawText) =>
        Posting is { } posting ? new ReadPosting(posting, file, line) : Rejects.Create(file, line, Reason ?? "unreadable record", rawText);
}
