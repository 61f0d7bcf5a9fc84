namespace RoleScope.Core.Domain;

/// <summary>A posting as a source gives it, before extraction (the canonical input of extraction.md).</summary>
public sealed record RawPosting
{
    public required string Id { get; init; }
    public string Source { get; init; } = "file";
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Company { get; init; }
    public string? Location { get; init; }
    /// <summary>Plain text or HTML.</summary>
    public string Description { get; init; } = "";
    public DateOnly? PostedAt { get; init; }
    /// <summary>A salary the source states in a structured field, kept apart from what the text says.</summary>
    public StatedSalary? Salary { get; init; }
    /// <summary>Labels a source sets in structured fields (e.g. the employer's seniority); never used by extraction.</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }
}

/// <summary>A structured salary from the source (not extracted from text).</summary>
public sealed record StatedSalary(decimal? Min, decimal? Max, string? Currency, PayPeriod? Period);
