using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;
using RoleScope.Core.Knowledge;

namespace RoleScope.Core.Tests.Analytics;

/// <summary>Hand-built postings, so that every figure a test expects can be worked out on paper.</summary>
internal static class MarketPostings
{
    private static int _nextId;

    public static MarketPosting Posting(
        ExtractedRole[] roles,
        string[]? countries = null,
        SalaryRange[]? salaries = null,
        string[]? skills = null,
        WorkMode mode = WorkMode.Unknown,
        DateOnly? postedAt = null,
        string source = "hn")
    {
        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        // The extraction contract keeps countries and skills sorted (ordinal) and distinct; the helper keeps that promise.
        return new MarketPosting(source, postedAt, new ExtractedPosting
        {
            Id = id,
            Title = roles.Length > 0 ? roles[0].Title : null,
            Roles = roles,
            WorkMode = mode,
            Countries = [.. (countries ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Salaries = salaries ?? [],
            Skills = [.. (skills ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Evidence = [],
        });
    }

    /// <summary>A posting with one role of <paramref name="family"/>.</summary>
    public static MarketPosting One(
        RoleFamily family,
        Seniority seniority = Seniority.Unknown,
        string[]? countries = null,
        SalaryRange[]? salaries = null,
        string[]? skills = null,
        WorkMode mode = WorkMode.Unknown,
        DateOnly? postedAt = null,
        string source = "hn") =>
        Posting([Role(family, seniority)], countries, salaries, skills, mode, postedAt, source);

    /// <summary>A US posting with one role and an annual USD range whose midpoint is <paramref name="midUsd"/>.</summary>
    public static MarketPosting UsSalaried(RoleFamily family, decimal midUsd, Seniority seniority = Seniority.Unknown, string[]? skills = null) =>
        One(family, seniority, countries: ["US"], salaries: [UsdYear(midUsd - 10_000, midUsd + 10_000)], skills: skills);

    public static ExtractedRole Role(RoleFamily family, Seniority seniority = Seniority.Unknown) =>
        new($"{seniority} {family} engineer", family, seniority);

    public static SalaryRange UsdYear(decimal min, decimal max) => new(min, max, "USD", PayPeriod.Year, min, max);

    public static MarketAnalyzer Analyzer(IEnumerable<MarketPosting> postings, AnalysisOptions? options = null, MarketSlice? slice = null) =>
        new(postings, KnowledgeBase.Default.Skills, options, slice);

    /// <summary>Options with a small min_n, so that hand-sized lists carry numbers.</summary>
    public static AnalysisOptions MinN(int minN, int topK = 30) => new() { MinN = minN, TopK = topK };

    public static IEnumerable<MarketPosting> Repeat(int count, Func<MarketPosting> make) => Enumerable.Range(0, count).Select(_ => make());
}
