namespace RoleScope.Evaluation;

/// <summary>One field of one item where the extractor disagrees with the gold record.</summary>
public sealed record Mismatch(string Id, string Field, string Expected, string Actual, string Snippet);
