using RoleScope.Core.Domain;

namespace RoleScope.Sources;

/// <summary>What a reader yields for each record of an input: a posting, or a reject that says where and why.</summary>
public abstract record SourceRecord(string File, int Line);

/// <summary>A record read as a posting. <see cref="SourceRecord.Line"/> is the 1-based line where the record starts.</summary>
public sealed record ReadPosting(RawPosting Posting, string File, int Line) : SourceRecord(File, Line);

/// <summary>A record that could not be read. <see cref="Text"/> holds the raw record (possibly truncated) for the rejects file.</summary>
public sealed record RejectedRecord(string File, int Line, string Reason, string? Text) : SourceRecord(File, Line)
{
    public string Position => $"{File}:{Line}";
}
