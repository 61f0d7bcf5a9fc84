namespace RoleScope.Core.Analytics;

/// <summary>Settings of every figure (metrics.md): salary country, top-K, min_n, bootstrap resamples and seed.</summary>
public sealed record AnalysisOptions
{
    /// <summary>ISO code of the country whose salaries are compared (metrics.md default: US).</summary>
    public string SalaryCountry { get; init; } = "US";
    public int TopK { get; init; } = 30;
    /// <summary>Below this n a figure is "too few postings", never a number.</summary>
    public int MinN { get; init; } = 30;
    /// <summary>metrics.md asks for at least 1,000 resamples.</summary>
    public int Resamples { get; init; } = 1000;
    /// <summary>Fixed so that a report's intervals are reproducible.</summary>
    public int Seed { get; init; } = 20260601;
    /// <summary>Shared skills whose frequencies differ by this factor or more are asymmetric (the seed's TypeScript 43% vs 16%).</summary>
    public double AsymmetryFactor { get; init; } = 2.0;
    /// <summary>
    /// Skills that get a premium besides the top K (metrics.md: premiums are figures of the top skills). Canonical names; a
    /// premium still needs n >= min_n salaried postings.
    /// </summary>
    public IReadOnlySet<string>? PremiumSkills { get; init; }
}
