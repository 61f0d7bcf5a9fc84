namespace RoleScope.Core.Domain;

/// <summary>The output record of extraction (extraction.md, "Output record").</summary>
public sealed record ExtractedPosting
{
    public required string Id { get; init; }
    public string? Title { get; init; }
    public string? Company { get; init; }
    public required IReadOnlyList<ExtractedRole> Roles { get; init; }
    public RoleFamily Family => Roles.Count > 0 ? Roles[0].Family : RoleFamily.Other;
    public Seniority Seniority => Roles.Count > 0 ? Roles[0].Seniority : Seniority.Unknown;
    public WorkMode WorkMode { get; init; }
    /// <summary>ISO 3166-1 alpha-2, sorted, distinct.</summary>
    public required IReadOnlyList<string> Countries { get; init; }
    public required IReadOnlyList<SalaryRange> Salaries { get; init; }
    /// <summary>Canonical skill names, sorted (ordinal), distinct.</summary>
    public required IReadOnlyList<string> Skills { get; init; }
    public required IReadOnlyList<Evidence> Evidence { get; init; }
}

public sealed record ExtractedRole(string Title, RoleFamily Family, Seniority Seniority);

/// <summary>A stated pay range in its original currency and period, with its annual USD equivalent.</summary>
public sealed record SalaryRange(decimal Min, decimal Max, string Currency, PayPeriod Period, decimal? AnnualMinUsd, decimal? AnnualMaxUsd)
{
    public decimal? AnnualMidUsd => AnnualMinUsd is { } lo && AnnualMaxUsd is { } hi ? (lo + hi) / 2 : null;
}

/// <summary>The span [Start, End) of the normalised text behind one extracted value.</summary>
public sealed record Evidence(string Field, string Value, int Start, int End);
