using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;
using static RoleScope.Core.Tests.Analytics.MarketPostings;

namespace RoleScope.Core.Tests.Analytics;

public sealed class PremiumTests
{
    /// <summary>
    /// Six salaried US backend postings, family median 125k. Go: 100k, 110k, 120k (median 110k); Rust: 120k, 130k, 140k (130k);
    /// Python: 130k, 140k, 150k (140k); Kotlin: 100k, 150k (n = 2).
    /// </summary>
    private static List<MarketPosting> Postings() =>
    [
        UsSalaried(RoleFamily.Backend, 100_000, skills: ["Go", "Kotlin"]),
        UsSalaried(RoleFamily.Backend, 110_000, skills: ["Go"]),
        UsSalaried(RoleFamily.Backend, 120_000, skills: ["Go", "Rust"]),
        UsSalaried(RoleFamily.Backend, 130_000, skills: ["Python", "Rust"]),
        UsSalaried(RoleFamily.Backend, 140_000, skills: ["Python", "Rust"]),
        UsSalaried(RoleFamily.Backend, 150_000, skills: ["Kotlin", "Python"]),
        // Neither a salary-less posting nor a salary outside the US enters a premium.
        One(RoleFamily.Backend, countries: ["US"], skills: ["Kotlin", "Python"]),
        One(RoleFamily.Backend, countries: ["DE"], salaries: [UsdYear(400_000, 400_000)], skills: ["Kotlin", "Python"]),
    ];

    [Fact]
    public void Premiums_are_the_skill_median_minus_the_family_median_highest_first()
    {
        var premiums = Analyzer(Postings(), MinN(3)).Profile(RoleFamily.Backend).Premiums;

        Assert.Equal(["Python", "Rust", "Go"], premiums.Select(p => p.Skill));
        var python = premiums[0];
        Assert.Equal(3, python.N);
        Assert.Equal(140_000, python.Median.Value, 1e-6);
        Assert.Equal(15_000, python.Absolute.Value, 1e-6);
        Assert.Equal(0.12, python.Relative, 1e-12);
        Assert.Equal(5_000, premiums[1].Absolute.Value, 1e-6);
        Assert.Equal(0.04, premiums[1].Relative, 1e-12);
        Assert.Equal(-15_000, premiums[2].Absolute.Value, 1e-6);
        Assert.Equal(-0.12, premiums[2].Relative, 1e-12);
    }

    [Fact]
    public void Premiums_are_for_the_top_k_skills_plus_the_skills_asked_for()
    {
        // Counts over all backend postings: Python 5, Kotlin 4, Go 3, Rust 3; top 2 = Python, Kotlin (2 salaried: below min_n).
        var top2 = Analyzer(Postings(), MinN(3, topK: 2)).Profile(RoleFamily.Backend).Premiums;
        Assert.Equal(["Python"], top2.Select(p => p.Skill));

        var asked = Analyzer(Postings(), MinN(3, topK: 2) with { PremiumSkills = new HashSet<string> { "Go", "Kotlin", "Haskell" } })
            .Profile(RoleFamily.Backend).Premiums;
        Assert.Equal(["Python", "Go"], asked.Select(p => p.Skill));
        Assert.Equal(-15_000, asked[1].Absolute.Value, 1e-6);
    }

    [Fact]
    public void A_skill_below_min_n_has_no_premium()
    {
        var premiums = Analyzer(Postings(), MinN(3)).Profile(RoleFamily.Backend).Premiums;

        Assert.DoesNotContain(premiums, p => p.Skill == "Kotlin");
    }

    [Fact]
    public void No_premium_is_shown_when_no_skill_reaches_min_n()
    {
        Assert.Empty(Analyzer(Postings(), MinN(4)).Profile(RoleFamily.Backend).Premiums);
        Assert.Empty(Analyzer(Postings(), MinN(7)).Profile(RoleFamily.Backend).Premiums);
    }

    [Fact]
    public void Premium_intervals_contain_their_values_and_are_reproducible()
    {
        // 60 salaried postings; every third names Rust and is paid 20k more.
        var postings = Enumerable.Range(0, 60)
            .Select(i => UsSalaried(RoleFamily.Backend, 100_000 + (i * 37 % 60) * 1_000m + (i % 3 == 0 ? 20_000 : 0), skills: i % 3 == 0 ? ["Go", "Rust"] : ["Go"]))
            .ToList();
        var options = new AnalysisOptions { MinN = 20 };

        var first = Analyzer(postings, options).Profile(RoleFamily.Backend).Premiums;
        var second = Analyzer(postings, options).Profile(RoleFamily.Backend).Premiums;

        Assert.Equal(["Rust", "Go"], first.Select(p => p.Skill));
        Assert.Equal(20, first[0].N);
        Assert.True(first[0].Absolute.Value > 0);
        Assert.Equal(0, first[1].Absolute.Value, 1e-6);
        Assert.All(first, p =>
        {
            Assert.InRange(p.Absolute.Value, p.Absolute.Low, p.Absolute.High);
            Assert.InRange(p.Median.Value, p.Median.Low, p.Median.High);
        });
        Assert.Equal(first, second);
    }
}
