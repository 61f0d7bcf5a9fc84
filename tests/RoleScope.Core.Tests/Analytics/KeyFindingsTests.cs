using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;
using static RoleScope.Core.Tests.Analytics.MarketPostings;

namespace RoleScope.Core.Tests.Analytics;

public sealed class KeyFindingsTests
{
    private static MarketPosting Make(RoleFamily family, Seniority seniority, WorkMode mode, string[] skills, decimal? salary = null) =>
        One(family, seniority, countries: ["US"], salaries: salary is { } s ? [UsdYear(s, s)] : null, skills: skills, mode: mode);

    /// <summary>
    /// Backend (10): 5 US salaries 100k-140k (median 120k); senior 5, staff 1, mid 3, entry 1; remote 6 of 10;
    /// Go 80%, PostgreSQL 60%, Kubernetes 50%, Docker 40%; Kubernetes' 4 salaries have median 125k (+5k).
    /// Full-stack (5): 4 US salaries 90k-110k (median 100k); senior 1, mid 2, entry 2; remote 2 of 5;
    /// TypeScript 100%, React 80%, PostgreSQL 60%, Docker 20%.
    /// </summary>
    private static List<MarketPosting> Market() =>
    [
        Make(RoleFamily.Backend, Seniority.Senior, WorkMode.Remote, ["Go", "PostgreSQL", "Docker"], 100_000),
        Make(RoleFamily.Backend, Seniority.Senior, WorkMode.Remote, ["Go", "PostgreSQL", "Kubernetes", "Docker"], 110_000),
        Make(RoleFamily.Backend, Seniority.Senior, WorkMode.Remote, ["Go", "PostgreSQL", "Kubernetes", "Docker"], 120_000),
        Make(RoleFamily.Backend, Seniority.Senior, WorkMode.Remote, ["Go", "PostgreSQL", "Kubernetes", "Docker"], 130_000),
        Make(RoleFamily.Backend, Seniority.Senior, WorkMode.Remote, ["Go", "PostgreSQL", "Kubernetes"], 140_000),
        Make(RoleFamily.Backend, Seniority.Staff, WorkMode.Remote, ["Go", "PostgreSQL", "Kubernetes"]),
        Make(RoleFamily.Backend, Seniority.Mid, WorkMode.Onsite, ["Go"]),
        Make(RoleFamily.Backend, Seniority.Mid, WorkMode.Onsite, ["Go"]),
        Make(RoleFamily.Backend, Seniority.Mid, WorkMode.Onsite, []),
        Make(RoleFamily.Backend, Seniority.Entry, WorkMode.Onsite, []),
        Make(RoleFamily.Fullstack, Seniority.Senior, WorkMode.Remote, ["TypeScript", "React", "PostgreSQL", "Docker"], 90_000),
        Make(RoleFamily.Fullstack, Seniority.Mid, WorkMode.Remote, ["TypeScript", "React", "PostgreSQL"], 95_000),
        Make(RoleFamily.Fullstack, Seniority.Mid, WorkMode.Hybrid, ["TypeScript", "React", "PostgreSQL"], 105_000),
        Make(RoleFamily.Fullstack, Seniority.Entry, WorkMode.Hybrid, ["TypeScript", "React"], 110_000),
        Make(RoleFamily.Fullstack, Seniority.Entry, WorkMode.Hybrid, ["TypeScript"]),
    ];

    private static IReadOnlyList<string> Findings(RoleFamily a = RoleFamily.Backend, RoleFamily b = RoleFamily.Fullstack) =>
        Analyzer(Market(), MinN(4, topK: 4)).Compare(a, b).KeyFindings;

    private static string Finding(string startsWith) =>
        Assert.Single(Findings(), f => f.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void Volume_cites_both_counts_and_the_ratio()
    {
        Assert.Equal("Backend has 10 postings and Full-Stack has 5, a 2.00x volume ratio.", Findings()[0]);
    }

    [Fact]
    public void Salary_cites_both_medians_the_gap_and_both_n()
    {
        var f = Finding("Backend earns");

        Assert.Contains("a median $120,000 US base salary vs $100,000 for Full-Stack", f, StringComparison.Ordinal);
        Assert.Contains("a $20,000 (20%) gap", f, StringComparison.Ordinal);
        Assert.Contains("n=5 and n=4", f, StringComparison.Ordinal);
        Assert.Contains("95% interval of the gap ", f, StringComparison.Ordinal);
    }

    [Fact]
    public void Salary_is_told_from_the_higher_paid_side_whichever_family_is_a()
    {
        var f = Assert.Single(Findings(RoleFamily.Fullstack, RoleFamily.Backend), f => f.Contains("earns", StringComparison.Ordinal));

        Assert.StartsWith("Backend earns a median $120,000 US base salary vs $100,000 for Full-Stack, a $20,000 (20%) gap (n=5 and n=4;", f, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlap_cites_the_jaccard_k_and_the_shared_skills()
    {
        var f = Finding("The two roles share");

        Assert.Contains("33% Jaccard overlap of their top-4 skills (n=10 and n=5; 95% interval ", f, StringComparison.Ordinal);
        Assert.Contains("PostgreSQL, Docker appear in both", f, StringComparison.Ordinal);
    }

    [Fact]
    public void Seniority_cites_both_shares_and_n()
    {
        // Wilson 95% intervals: 6 of 10 -> 31%-83%, 1 of 5 -> 4%-62%.
        Assert.Equal("Backend is 60% (n=10; 95% CI 31%-83%) senior or staff vs Full-Stack at 20% (n=5; 95% CI 4%-62%).", Finding("Backend is "));
    }

    [Fact]
    public void Exclusive_skills_cite_their_frequencies()
    {
        var f = Finding("Go (80%");

        Assert.Contains("Go (80%; 95% CI 49%-94%) and Kubernetes (50%; 95% CI 24%-76%) define Backend (n=10)", f, StringComparison.Ordinal);
        Assert.Contains("TypeScript (100%; 95% CI 57%-100%) and React (80%; 95% CI 38%-96%) define Full-Stack (n=5)", f, StringComparison.Ordinal);
    }

    [Fact]
    public void Asymmetric_skills_cite_both_frequencies()
    {
        var f = Finding("Docker is asymmetric");

        Assert.Contains("40% (n=10; 95% CI 17%-69%) of Backend postings name it", f, StringComparison.Ordinal);
        Assert.Contains("vs 20% (n=5; 95% CI 4%-62%) of Full-Stack.", f, StringComparison.Ordinal);
    }

    [Fact]
    public void Premiums_cite_the_top_skill_its_median_and_n()
    {
        Assert.StartsWith("Kubernetes tops Backend's premium list at $125,000 (+4% over the family median, n=4; 95% CI of the premium ", Finding("Kubernetes tops"), StringComparison.Ordinal);
        Assert.StartsWith("React tops Full-Stack's premium list at $100,000 (+0% over the family median, n=4; 95% CI of the premium ", Finding("React tops"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_premium_the_finding_says_so_with_the_salaried_n()
    {
        // min_n 6: Backend has 5 salaried postings, Full-Stack 4, so neither a skill nor a category reaches it.
        var findings = Analyzer(Market(), MinN(6, topK: 4)).Compare(RoleFamily.Backend, RoleFamily.Fullstack).KeyFindings;

        Assert.Contains("No single skill reaches 6 salaried postings in either family (salaried n=5 and n=4), so no skill premium is shown; no skill category reaches it either.", findings);
        Assert.DoesNotContain(findings, f => f.Contains("tops", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_skill_premium_the_best_category_premium_stands_in()
    {
        // Six salaried postings a family, each naming a different language: no language reaches min_n 6, the category does.
        string[] languages = ["Go", "Rust", "Java", "Python", "Ruby", "Kotlin"];
        var market = languages.Select((l, i) => Make(RoleFamily.Backend, Seniority.Senior, WorkMode.Remote, [l], 100_000 + (i * 10_000)))
            .Concat(languages.Select((l, i) => Make(RoleFamily.Fullstack, Seniority.Mid, WorkMode.Remote, [l], 90_000 + (i * 10_000))))
            .ToList();

        var findings = Analyzer(market, MinN(6, topK: 4)).Compare(RoleFamily.Backend, RoleFamily.Fullstack).KeyFindings;

        var f = Assert.Single(findings, f => f.StartsWith("No single skill reaches 6 salaried postings", StringComparison.Ordinal));
        Assert.Contains("(salaried n=6 and n=6), so no skill premium is shown; by category, language skills pay $", f, StringComparison.Ordinal);
        Assert.Contains("(+0% over the family median, n=6; 95% CI of the premium ", f, StringComparison.Ordinal);
    }

    [Fact]
    public void Work_mode_mix_and_entry_shares_are_cited()
    {
        Assert.Equal(
            "Work mode: Backend is 60% remote (31%-83%), 0% hybrid (0%-28%), 40% onsite (17%-69%) (n=10; 95% CIs); " +
            "Full-Stack is 40% remote (12%-77%), 60% hybrid (23%-88%), 0% onsite (0%-43%) (n=5; 95% CIs).",
            Finding("Work mode"));
        Assert.Equal("Entry-level share: 10.0% (n=10; 95% CI 1.8%-40.4%) for Backend vs 40.0% (n=5; 95% CI 11.8%-76.9%) for Full-Stack.", Finding("Entry-level share"));
    }

    [Fact]
    public void Every_finding_cites_its_n()
    {
        var findings = Findings();

        Assert.Equal(10, findings.Count);
        // The volume sentence's n are the posting counts themselves; every other sentence names its n.
        Assert.Contains("has 10 postings", findings[0], StringComparison.Ordinal);
        Assert.Contains("has 5,", findings[0], StringComparison.Ordinal);
        Assert.All(findings.Skip(1), f => Assert.Contains("n=", f, StringComparison.Ordinal));
    }

    [Fact]
    public void Too_few_salaries_are_said_with_their_n_and_no_median()
    {
        var postings = new List<MarketPosting>();
        postings.AddRange(Enumerable.Range(0, 29).Select(i => UsSalaried(RoleFamily.Backend, 100_000 + i * 1_000)));
        postings.AddRange(Enumerable.Range(0, 30).Select(i => UsSalaried(RoleFamily.Fullstack, 100_000 + i * 1_000)));

        var findings = Analyzer(postings).Compare(RoleFamily.Backend, RoleFamily.Fullstack).KeyFindings;

        var f = Assert.Single(findings, f => f.StartsWith("Too few", StringComparison.Ordinal));
        Assert.Equal("Too few US postings state a salary to compare medians (Backend: n=29, Full-Stack: n=30; at least 30 needed).", f);
        Assert.DoesNotContain(findings, f => f.Contains("earns", StringComparison.Ordinal));
    }

    [Fact]
    public void Money_rounds_to_hundreds()
    {
        Assert.Equal("$123,500", KeyFindings.Money(123_456));
        Assert.Equal("-$2,000", KeyFindings.SignedMoney(-1_960));
        Assert.Equal("+$0", KeyFindings.SignedMoney(0));
    }
}
