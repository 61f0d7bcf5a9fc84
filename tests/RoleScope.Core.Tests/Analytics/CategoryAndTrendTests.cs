using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;
using static RoleScope.Core.Tests.Analytics.MarketPostings;

namespace RoleScope.Core.Tests.Analytics;

public sealed class CategoryAndTrendTests
{
    [Fact]
    public void A_category_premium_counts_postings_naming_any_skill_of_the_category()
    {
        // 4 backend US salaries: 100k, 110k (LLMs), 120k (RAG), 130k (LLMs and RAG). Family median 115k.
        // ai-llm postings: 110k, 120k, 130k -> median 120k, premium +5k; LLMs alone: 110k, 130k -> 120k.
        var postings = new[]
        {
            UsSalaried(RoleFamily.Backend, 100_000, skills: ["Go"]),
            UsSalaried(RoleFamily.Backend, 110_000, skills: ["LLMs"]),
            UsSalaried(RoleFamily.Backend, 120_000, skills: ["RAG"]),
            UsSalaried(RoleFamily.Backend, 130_000, skills: ["LLMs", "RAG"]),
        };

        var profile = Analyzer(postings, MinN(2)).Profile(RoleFamily.Backend);

        var ai = Assert.Single(profile.CategoryPremiums, p => p.Skill == KeyFindings.AiCategory);
        Assert.Equal(3, ai.N);
        Assert.Equal(120_000, ai.Median.Value);
        Assert.Equal(5_000, ai.Absolute.Value);
        Assert.Equal(5_000 / 115_000.0, ai.Relative, 12);
        Assert.InRange(ai.Absolute.Value, ai.Absolute.Low, ai.Absolute.High);
    }

    [Fact]
    public void A_skill_trend_is_its_share_of_each_months_postings()
    {
        // January: 2 backend postings, 1 names Go; February: 1 posting naming Go.
        var postings = new[]
        {
            One(RoleFamily.Backend, skills: ["Go"], postedAt: new DateOnly(2023, 1, 5)),
            One(RoleFamily.Backend, skills: ["Python"], postedAt: new DateOnly(2023, 1, 20)),
            One(RoleFamily.Backend, skills: ["Go"], postedAt: new DateOnly(2023, 2, 2)),
            One(RoleFamily.Backend, skills: ["Go"]),
        };

        var profile = Analyzer(postings, MinN(1)).Profile(RoleFamily.Backend);

        var go = Assert.Single(profile.SkillTrends, t => t.Skill == "Go");
        Assert.Equal(["2023-01", "2023-02"], go.Months.Select(m => m.Month));
        Assert.Equal((1, 2), (go.Months[0].Share.Count, go.Months[0].Share.N));
        Assert.Equal((1, 1), (go.Months[1].Share.Count, go.Months[1].Share.N));
        Assert.Equal(new DateWindow(new DateOnly(2023, 1, 5), new DateOnly(2023, 2, 2)), profile.Window);
    }

    [Fact]
    public void A_family_with_no_salaries_has_counts_but_no_salary_figures()
    {
        var postings = Repeat(40, () => One(RoleFamily.Backend, Seniority.Senior, countries: ["US"], skills: ["Go"])).ToList();

        var profile = Analyzer(postings).Profile(RoleFamily.Backend);

        Assert.Equal(40, profile.Postings);
        Assert.Equal(0, profile.Salary.N);
        Assert.Null(profile.Salary.Median);
        Assert.All(profile.SalaryByBand.Values, b => Assert.Null(b.Median));
        Assert.Empty(profile.Premiums);
        Assert.Empty(profile.CategoryPremiums);
        Assert.NotNull(profile.SeniorStaffShare.Estimate);
    }
}
