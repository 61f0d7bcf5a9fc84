using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;
using static RoleScope.Core.Tests.Analytics.MarketPostings;

namespace RoleScope.Core.Tests.Analytics;

/// <summary>At the default min_n of 30, 29 postings give "too few postings" and 30 give a number.</summary>
public sealed class TooFewPostingsTests
{
    private static List<MarketPosting> Market(int count) =>
        [.. Enumerable.Range(0, count).Select(i => One(RoleFamily.Backend, Seniority.Senior, countries: ["US"],
            salaries: [UsdYear(100_000 + i * 1_000, 100_000 + i * 1_000)], skills: ["Go"], mode: WorkMode.Remote))];

    [Fact]
    public void Default_min_n_is_thirty()
    {
        Assert.Equal(30, new AnalysisOptions().MinN);
        Assert.Equal(30, Analyzer(Market(1)).Profile(RoleFamily.Backend).MinN);
    }

    [Fact]
    public void Twenty_nine_postings_give_no_numbers()
    {
        var profile = Analyzer(Market(29)).Profile(RoleFamily.Backend);

        Assert.Equal(29, profile.Postings);
        Assert.Equal(29, profile.Salary.N);
        Assert.Null(profile.Salary.Median);
        Assert.Null(profile.Salary.P90);
        Assert.All(profile.SalaryByBand.Values, b => Assert.Null(b.Median));
        Assert.Null(profile.SeniorStaffShare.Estimate);
        Assert.Null(profile.EntryShare.Estimate);
        Assert.Null(profile.WorkModeMix[WorkMode.Remote].Estimate);
        Assert.Null(profile.Countries[0].Share.Estimate);
        Assert.Null(profile.TopSkills[0].Share.Estimate);
        Assert.Empty(profile.Premiums);
    }

    [Fact]
    public void Thirty_postings_give_numbers()
    {
        var profile = Analyzer(Market(30)).Profile(RoleFamily.Backend);

        Assert.Equal(114_500, Assert.NotNull(profile.Salary.Median).Value, 1e-6);
        Assert.NotNull(profile.SalaryByBand[SeniorityBand.Senior].Median);
        Assert.Equal(1.0, Assert.NotNull(profile.SeniorStaffShare.Estimate).Value);
        Assert.Equal(0.0, Assert.NotNull(profile.EntryShare.Estimate).Value);
        Assert.Equal(1.0, Assert.NotNull(profile.WorkModeMix[WorkMode.Remote].Estimate).Value);
        Assert.Equal(1.0, Assert.NotNull(profile.TopSkills[0].Share.Estimate).Value);
        var go = Assert.Single(profile.Premiums);
        Assert.Equal(("Go", 30), (go.Skill, go.N));
        Assert.Equal(0, go.Absolute.Value, 1e-6);
    }

    [Fact]
    public void An_empty_family_gives_no_numbers()
    {
        var profile = Analyzer(Market(40)).Profile(RoleFamily.Mobile);

        Assert.Equal(0, profile.Postings);
        Assert.Equal(0, profile.Salary.N);
        Assert.Null(profile.Salary.Median);
        Assert.Null(profile.SeniorStaffShare.Estimate);
        Assert.Empty(profile.Countries);
        Assert.Empty(profile.TopSkills);
        Assert.Empty(profile.Trend);
    }

    [Fact]
    public void A_min_n_of_zero_still_gives_no_number_for_an_empty_population()
    {
        var profile = Analyzer(Market(3), new AnalysisOptions { MinN = 0 }).Profile(RoleFamily.Mobile);

        Assert.Null(profile.Salary.Median);
        Assert.Null(profile.SeniorStaffShare.Estimate);
    }
}
