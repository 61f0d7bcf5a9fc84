namespace RoleScope.Evaluation;

/// <summary>A gold value that the extractor turned into another value, <see cref="Count"/> times.</summary>
public sealed record Confusion(string Field, string Expected, string Actual, int Count);
