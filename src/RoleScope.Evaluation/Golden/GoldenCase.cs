using RoleScope.Core.Domain;

namespace RoleScope.Evaluation.Golden;

/// <summary>A posting of tests/golden and the record extraction should produce for it.</summary>
public sealed record GoldenCase(RawPosting Input, ExtractedPosting Expected);
