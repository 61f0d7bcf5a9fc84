using RoleScope.Core.Analytics.Statistics;
using RoleScope.Core.Domain;

namespace RoleScope.Core.Analytics;

/// <summary>The figures of one role family over a slice (metrics.md, "Figures for one role family").</summary>
public sealed record FamilyProfile
{
    public required RoleFamily Family { get; init; }
    /// <summary>Postings in the family.</summary>
    public required int Postings { get; init; }
    /// <summary>Postings in the slice (the denominator of coverage).</summary>
    public required int SlicePostings { get; init; }
    public required string SalaryCountry { get; init; }
    /// <summary>The min_n below which figures are "too few postings".</summary>
    public required int MinN { get; init; }
    /// <summary>Annual base-pay midpoints (USD) of the family's postings in the salary country with a disclosed salary.</summary>
    public required SalaryFigure Salary { get; init; }
    public required IReadOnlyDictionary<SeniorityBand, SalaryFigure> SalaryByBand { get; init; }
    /// <summary>Share of each seniority among postings with known seniority.</summary>
    public required IReadOnlyDictionary<Seniority, ShareFigure> SeniorityMix { get; init; }
    public required ShareFigure SeniorStaffShare { get; init; }
    public required ShareFigure EntryShare { get; init; }
    public required ShareFigure SeniorityUnknown { get; init; }
    public required IReadOnlyDictionary<WorkMode, ShareFigure> WorkModeMix { get; init; }
    public required ShareFigure WorkModeUnknown { get; init; }
    /// <summary>Top 10 countries by share of the family's postings that name a country.</summary>
    public required IReadOnlyList<CountryShare> Countries { get; init; }
    public required ShareFigure CountryUnknown { get; init; }
    public required IReadOnlyList<SkillFrequency> TopSkills { get; init; }
    /// <summary>Skill premiums over the family's median salary, for skills with n >= min_n, highest first.</summary>
    public required IReadOnlyList<SkillPremium> Premiums { get; init; }
    /// <summary>The same for skill categories (a posting counts when it names any skill of the category), highest first.</summary>
    public required IReadOnlyList<SkillPremium> CategoryPremiums { get; init; }
    /// <summary>Postings per month (yyyy-MM), for postings with a date.</summary>
    public required IReadOnlyList<MonthCount> Trend { get; init; }
    /// <summary>Each top skill's share of the month's postings, month by month.</summary>
    public required IReadOnlyList<SkillTrend> SkillTrends { get; init; }
    /// <summary>First and last posting day of the family's dated postings, null when none is dated.</summary>
    public required DateWindow? Window { get; init; }

    /// <summary>n / postings in the family: how much of the family a figure stands on.</summary>
    public double Coverage(int n) => Postings == 0 ? 0 : (double)n / Postings;
}

public sealed record SkillFrequency(string Skill, string Category, ShareFigure Share);

public sealed record CountryShare(string Country, ShareFigure Share);

/// <summary>
/// Median salary of the family's salaried postings naming the skill (or, for a category premium, any skill of the category),
/// minus the family's median; absolute with its 95% interval, and relative to the family median.
/// </summary>
public sealed record SkillPremium(string Skill, int N, Estimate Median, Estimate Absolute, double Relative);

public sealed record MonthCount(string Month, int Postings);

public sealed record SkillTrend(string Skill, IReadOnlyList<MonthShare> Months);

/// <summary>A skill's share of one month's postings.</summary>
public sealed record MonthShare(string Month, ShareFigure Share);

/// <summary>The posting days a figure's postings span.</summary>
public readonly record struct DateWindow(DateOnly From, DateOnly To)
{
    public override string ToString() =>
        $"{From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} to {To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";
}
