using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;
using static RoleScope.Core.Tests.Analytics.MarketPostings;

namespace RoleScope.Core.Tests.Analytics;

public sealed class SalaryFigureTests
{
    private const double Tolerance = 1e-6;

    /// <summary>Five US salaries (90k, 120k, 135k, 150k, 210k) among postings that must not count.</summary>
    private static List<MarketPosting> MixedSalaries() =>
    [
        One(RoleFamily.Backend, countries: ["US"], salaries: [UsdYear(100_000, 140_000)]),
        // Two ranges: midpoints 110k and 160k, mean 135k.
        One(RoleFamily.Backend, countries: ["US"], salaries: [UsdYear(100_000, 120_000), UsdYear(150_000, 170_000)]),
        // Names the US among other countries: counts.
        One(RoleFamily.Backend, countries: ["CA", "US"], salaries: [UsdYear(80_000, 100_000)]),
        One(RoleFamily.Backend, countries: ["US"], salaries: [UsdYear(140_000, 160_000)]),
        One(RoleFamily.Backend, countries: ["US"], salaries: [UsdYear(200_000, 220_000)]),
        // Not the salary country: excluded.
        One(RoleFamily.Backend, countries: ["DE"], salaries: [UsdYear(60_000, 80_000)]),
        // No country: excluded even with a salary.
        One(RoleFamily.Backend, salaries: [UsdYear(500_000, 500_000)]),
        // US without a salary: excluded.
        One(RoleFamily.Backend, countries: ["US"]),
        // A range whose currency could not be converted carries no annual USD: excluded.
        One(RoleFamily.Backend, countries: ["US"], salaries: [new SalaryRange(10, 20, "XYZ", PayPeriod.Hour, null, null)]),
        // Another family's salary: excluded.
        One(RoleFamily.Frontend, countries: ["US"], salaries: [UsdYear(1_000_000, 1_000_000)]),
    ];

    [Fact]
    public void Median_is_over_US_postings_with_a_salary_using_the_mean_of_range_midpoints()
    {
        var profile = Analyzer(MixedSalaries(), MinN(5)).Profile(RoleFamily.Backend);

        Assert.Equal(9, profile.Postings);
        Assert.Equal(5, profile.Salary.N);
        Assert.Equal("US", profile.SalaryCountry);
        var median = Assert.NotNull(profile.Salary.Median);
        Assert.Equal(135_000, median.Value, Tolerance);
    }

    [Fact]
    public void A_range_without_annual_usd_does_not_pull_the_posting_mean()
    {
        var postings = new[]
        {
            One(RoleFamily.Backend, countries: ["US"], salaries: [UsdYear(90_000, 110_000), new SalaryRange(10, 20, "XYZ", PayPeriod.Hour, null, null)]),
        };

        var salary = Analyzer(postings, MinN(1)).Profile(RoleFamily.Backend).Salary;

        Assert.Equal(1, salary.N);
        Assert.Equal(100_000, Assert.NotNull(salary.Median).Value, Tolerance);
    }

    [Fact]
    public void Another_salary_country_takes_its_own_postings()
    {
        var options = new AnalysisOptions { SalaryCountry = "DE", MinN = 1 };

        var profile = Analyzer(MixedSalaries(), options).Profile(RoleFamily.Backend);

        Assert.Equal("DE", profile.SalaryCountry);
        Assert.Equal(1, profile.Salary.N);
        Assert.Equal(70_000, Assert.NotNull(profile.Salary.Median).Value, Tolerance);
    }

    [Fact]
    public void Percentiles_interpolate_between_order_statistics()
    {
        // 100k, 110k, ..., 200k: eleven values, so position q * 10 falls on or halfway between them.
        var postings = Enumerable.Range(0, 11).Select(i => UsSalaried(RoleFamily.Backend, 100_000 + i * 10_000m)).ToList();

        var salary = Analyzer(postings, MinN(11)).Profile(RoleFamily.Backend).Salary;

        Assert.Equal(11, salary.N);
        Assert.Equal(110_000, Assert.NotNull(salary.P10), Tolerance);
        Assert.Equal(125_000, Assert.NotNull(salary.P25), Tolerance);
        Assert.Equal(150_000, Assert.NotNull(salary.Median).Value, Tolerance);
        Assert.Equal(175_000, Assert.NotNull(salary.P75), Tolerance);
        Assert.Equal(190_000, Assert.NotNull(salary.P90), Tolerance);
    }

    [Fact]
    public void Percentiles_of_five_values()
    {
        var salary = Analyzer(MixedSalaries(), MinN(5)).Profile(RoleFamily.Backend).Salary;

        // Sorted 90k, 120k, 135k, 150k, 210k; position q * 4.
        Assert.Equal(90_000 + 0.4 * 30_000, Assert.NotNull(salary.P10), Tolerance);
        Assert.Equal(120_000, Assert.NotNull(salary.P25), Tolerance);
        Assert.Equal(150_000, Assert.NotNull(salary.P75), Tolerance);
        Assert.Equal(150_000 + 0.6 * 60_000, Assert.NotNull(salary.P90), Tolerance);
    }

    [Fact]
    public void An_even_count_takes_the_mean_of_the_middle_pair()
    {
        var postings = new[] { 100_000m, 110_000m, 130_000m, 170_000m }.Select(m => UsSalaried(RoleFamily.Backend, m));

        var salary = Analyzer(postings, MinN(4)).Profile(RoleFamily.Backend).Salary;

        Assert.Equal(120_000, Assert.NotNull(salary.Median).Value, Tolerance);
    }

    [Fact]
    public void Below_min_n_the_salary_is_too_few_postings_but_keeps_its_n()
    {
        var salary = Analyzer(MixedSalaries(), MinN(6)).Profile(RoleFamily.Backend).Salary;

        Assert.Equal(5, salary.N);
        Assert.Null(salary.Median);
        Assert.Null(salary.P10);
        Assert.Null(salary.P25);
        Assert.Null(salary.P75);
        Assert.Null(salary.P90);
    }

    [Fact]
    public void Median_interval_contains_the_median_and_lies_within_the_data()
    {
        var postings = Enumerable.Range(0, 40).Select(i => UsSalaried(RoleFamily.Backend, 80_000 + (i * 7919 % 40) * 2_500m)).ToList();

        var median = Assert.NotNull(Analyzer(postings, MinN(30)).Profile(RoleFamily.Backend).Salary.Median);

        Assert.InRange(median.Value, median.Low, median.High);
        Assert.True(median.Low >= 80_000, $"low {median.Low}");
        Assert.True(median.High <= 80_000 + 39 * 2_500, $"high {median.High}");
        Assert.True(median.Low < median.High);
    }

    [Fact]
    public void Salary_by_band_takes_the_median_of_each_band()
    {
        var postings = new[]
        {
            UsSalaried(RoleFamily.Backend, 50_000, Seniority.Intern),
            UsSalaried(RoleFamily.Backend, 70_000, Seniority.Entry),
            UsSalaried(RoleFamily.Backend, 100_000, Seniority.Mid),
            UsSalaried(RoleFamily.Backend, 110_000, Seniority.Mid),
            UsSalaried(RoleFamily.Backend, 120_000, Seniority.Mid),
            UsSalaried(RoleFamily.Backend, 150_000, Seniority.Senior),
            UsSalaried(RoleFamily.Backend, 200_000, Seniority.Staff),
            UsSalaried(RoleFamily.Backend, 250_000, Seniority.Principal),
            // Unknown seniority joins no band.
            UsSalaried(RoleFamily.Backend, 999_000),
            // No salary: in no band's n.
            One(RoleFamily.Backend, Seniority.Senior, countries: ["US"]),
        };

        var byBand = Analyzer(postings, MinN(2)).Profile(RoleFamily.Backend).SalaryByBand;

        Assert.Equal(2, byBand[SeniorityBand.Early].N);
        Assert.Equal(60_000, Assert.NotNull(byBand[SeniorityBand.Early].Median).Value, Tolerance);
        Assert.Equal(3, byBand[SeniorityBand.Mid].N);
        Assert.Equal(110_000, Assert.NotNull(byBand[SeniorityBand.Mid].Median).Value, Tolerance);
        Assert.Equal(3, byBand[SeniorityBand.Senior].N);
        Assert.Equal(200_000, Assert.NotNull(byBand[SeniorityBand.Senior].Median).Value, Tolerance);
    }

    [Fact]
    public void A_band_below_min_n_is_too_few_postings_while_the_others_are_numbers()
    {
        var postings = new[]
        {
            UsSalaried(RoleFamily.Backend, 50_000, Seniority.Intern),
            UsSalaried(RoleFamily.Backend, 70_000, Seniority.Entry),
            UsSalaried(RoleFamily.Backend, 100_000, Seniority.Mid),
            UsSalaried(RoleFamily.Backend, 110_000, Seniority.Mid),
            UsSalaried(RoleFamily.Backend, 120_000, Seniority.Mid),
        };

        var byBand = Analyzer(postings, MinN(3)).Profile(RoleFamily.Backend).SalaryByBand;

        Assert.Equal(2, byBand[SeniorityBand.Early].N);
        Assert.Null(byBand[SeniorityBand.Early].Median);
        Assert.Equal(110_000, Assert.NotNull(byBand[SeniorityBand.Mid].Median).Value, Tolerance);
        Assert.Equal(0, byBand[SeniorityBand.Senior].N);
        Assert.Null(byBand[SeniorityBand.Senior].Median);
    }
}
