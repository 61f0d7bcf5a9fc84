using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;
using static RoleScope.Core.Tests.Analytics.MarketPostings;

namespace RoleScope.Core.Tests.Analytics;

public sealed class TrendAndSliceTests
{
    private static MarketPosting[] Postings() =>
    [
        One(RoleFamily.Backend, countries: ["US"], postedAt: new DateOnly(2023, 1, 5), source: "hn"),
        One(RoleFamily.Backend, countries: ["DE"], postedAt: new DateOnly(2023, 1, 31), source: "nofluffjobs"),
        One(RoleFamily.Backend, countries: ["PL", "US"], postedAt: new DateOnly(2023, 2, 1), source: "hn"),
        One(RoleFamily.Backend, countries: ["PL"], postedAt: new DateOnly(2023, 3, 15), source: "nofluffjobs"),
        One(RoleFamily.Backend, postedAt: new DateOnly(2022, 12, 31), source: "hn"),
        One(RoleFamily.Backend, countries: ["US"], source: "hn"),
        One(RoleFamily.Frontend, countries: ["US"], postedAt: new DateOnly(2023, 1, 10), source: "hn"),
    ];

    [Fact]
    public void Trend_counts_the_family_postings_per_month_in_order()
    {
        var trend = Analyzer(Postings(), MinN(1)).Profile(RoleFamily.Backend).Trend;

        Assert.Equal(
            [new MonthCount("2022-12", 1), new MonthCount("2023-01", 2), new MonthCount("2023-02", 1), new MonthCount("2023-03", 1)],
            trend);
    }

    [Fact]
    public void The_whole_market_is_the_default_slice()
    {
        var analyzer = Analyzer(Postings());

        Assert.Equal(7, analyzer.SlicePostings);
        Assert.Equal(6, analyzer.Profile(RoleFamily.Backend).Postings);
    }

    [Fact]
    public void A_date_window_includes_both_ends_and_drops_undated_postings()
    {
        var slice = new MarketSlice { From = new DateOnly(2023, 1, 5), To = new DateOnly(2023, 2, 1) };

        var analyzer = Analyzer(Postings(), MinN(1), slice);
        var profile = analyzer.Profile(RoleFamily.Backend);

        Assert.Equal(4, analyzer.SlicePostings);
        Assert.Equal(3, profile.Postings);
        Assert.Equal(4, profile.SlicePostings);
        Assert.Equal([new MonthCount("2023-01", 2), new MonthCount("2023-02", 1)], profile.Trend);
    }

    [Fact]
    public void An_open_ended_window_bounds_one_side()
    {
        var from = Analyzer(Postings(), slice: new MarketSlice { From = new DateOnly(2023, 2, 1) });
        var to = Analyzer(Postings(), slice: new MarketSlice { To = new DateOnly(2022, 12, 31) });

        Assert.Equal(2, from.Profile(RoleFamily.Backend).Postings);
        Assert.Equal(1, to.Profile(RoleFamily.Backend).Postings);
    }

    [Fact]
    public void A_country_slice_keeps_postings_naming_any_of_its_countries()
    {
        var slice = new MarketSlice { Countries = new HashSet<string>(StringComparer.Ordinal) { "PL", "DE" } };

        var profile = Analyzer(Postings(), MinN(1), slice).Profile(RoleFamily.Backend);

        Assert.Equal(3, profile.Postings);
        Assert.Equal(3, profile.SlicePostings);
    }

    [Fact]
    public void A_source_slice_keeps_only_its_sources()
    {
        var slice = new MarketSlice { Sources = new HashSet<string>(StringComparer.Ordinal) { "nofluffjobs" } };

        var analyzer = Analyzer(Postings(), MinN(1), slice);

        Assert.Equal(2, analyzer.SlicePostings);
        Assert.Equal(2, analyzer.Profile(RoleFamily.Backend).Postings);
        Assert.Equal(0, analyzer.Profile(RoleFamily.Frontend).Postings);
    }

    [Fact]
    public void Slice_filters_combine()
    {
        var slice = new MarketSlice
        {
            From = new DateOnly(2023, 1, 1),
            Countries = new HashSet<string>(StringComparer.Ordinal) { "US" },
            Sources = new HashSet<string>(StringComparer.Ordinal) { "hn" },
        };

        var analyzer = Analyzer(Postings(), MinN(1), slice);

        // Backend Jan 5 (US, hn) and Feb 1 (PL+US, hn), and the frontend posting of Jan 10.
        Assert.Equal(3, analyzer.SlicePostings);
        Assert.Equal(2, analyzer.Profile(RoleFamily.Backend).Postings);
        Assert.Equal("2023-01-01 to …; countries US; sources hn", slice.Describe());
    }

    [Fact]
    public void Figures_are_computed_over_the_slice_only()
    {
        var postings = new[]
        {
            UsSalaried(RoleFamily.Backend, 100_000) with { PostedAt = new DateOnly(2023, 1, 1) },
            UsSalaried(RoleFamily.Backend, 300_000) with { PostedAt = new DateOnly(2024, 1, 1) },
        };

        var salary = Analyzer(postings, MinN(1), new MarketSlice { To = new DateOnly(2023, 12, 31) }).Profile(RoleFamily.Backend).Salary;

        Assert.Equal(1, salary.N);
        Assert.Equal(100_000, Assert.NotNull(salary.Median).Value, 1e-6);
    }
}
