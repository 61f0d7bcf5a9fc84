using RoleScope.Core.Analytics;
using RoleScope.Core.Analytics.Planning;

namespace RoleScope.Reports;

/// <summary>Everything a comparison report prints: the figures, the choice table if the data has one, and where it all came from.</summary>
public sealed record ReportInput(FamilyComparison Comparison, RoleChoiceView? Choice, Methodology Methodology);

/// <summary>The methodology section's facts: slice, window, sources, n, exchange-rate date, extractor and its measured accuracy.</summary>
public sealed record Methodology
{
    public required string Slice { get; init; }
    public required int SlicePostings { get; init; }
    public required DateWindow? Window { get; init; }
    public required IReadOnlyList<(string Source, int Postings)> Sources { get; init; }
    public required string ExchangeRatesDate { get; init; }
    public required string ExtractorVersion { get; init; }
    /// <summary>Measured extraction accuracy and where it was measured, as sentences (e.g. the golden evaluation's scores).</summary>
    public required IReadOnlyList<string> ExtractionAccuracy { get; init; }
    public required int Resamples { get; init; }
    public required int Seed { get; init; }
    public required int MinN { get; init; }
    /// <summary>A warning printed at the top (e.g. synthetic data).</summary>
    public string? Notice { get; init; }
}
