using RoleScope.Core.Analytics.Statistics;
using RoleScope.Core.Domain;

namespace RoleScope.Core.Analytics.Planning;

/// <summary>What to benchmark: a family, optionally a seniority band, a country, skills the role needs, and an offer (annual USD base).</summary>
public sealed record SalaryBenchmarkRequest(RoleFamily Family, SeniorityBand? Band, string Country, IReadOnlyList<string> Skills, double? Offer);

/// <summary>
/// The market range for a role: percentiles of the annual base-pay midpoints of matching postings, where an offer falls in it,
/// n and window, and a drafted negotiation email that cites them.
/// </summary>
public sealed record SalaryBenchmark
{
    public required SalaryBenchmarkRequest Request { get; init; }
    /// <summary>Postings of the family (and band, skills) naming the country: the population whose salaried part gives the range.</summary>
    public required int Postings { get; init; }
    /// <summary>n, P10, P25, median with its 95% interval, P75, P90; numbers only when n >= min_n.</summary>
    public required SalaryFigure Salary { get; init; }
    public required int MinN { get; init; }
    /// <summary>Posting days of the salaried postings behind the range.</summary>
    public required DateWindow? Window { get; init; }
    /// <summary>Share of the range below the offer (ties count half), with a Wilson 95% interval; null without an offer or below min_n.</summary>
    public required Estimate? OfferRank { get; init; }
    /// <summary>The base salary the email asks for: the offer raised to the 75th percentile when it sits below it.</summary>
    public required double? Ask { get; init; }
    public required string Email { get; init; }

    /// <summary>n / postings: how many of the matching postings disclose a salary.</summary>
    public double Coverage => Postings == 0 ? 0 : (double)Salary.N / Postings;
}
