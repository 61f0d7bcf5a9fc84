using RoleScope.Core.Analytics.Statistics;

namespace RoleScope.Core.Tests.Analytics;

public sealed class WilsonIntervalTests
{
    [Fact]
    public void Fifty_four_of_a_hundred()
    {
        var e = Intervals.Wilson(54, 100);

        Assert.Equal(0.54, e.Value, 1e-12);
        Assert.Equal(0.4426, e.Low, 4);
        Assert.Equal(0.6344, e.High, 4);
    }

    /// <summary>Newcombe (1998), Statistics in Medicine 17:857-872, Table II, method 3 (score interval without continuity correction).</summary>
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Matches_published_values(int count, int n, double low, double high)
    {
        var e = Intervals.Wilson(count, n);

        Assert.Equal(low, e.Low, 4);
        Assert.Equal(high, e.High, 4);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(3, 7)]
    [InlineData(7, 13)]
    [InlineData(29, 29)]
    [InlineData(500, 1000)]
    [InlineData(1, 100_000)]
    public void Agrees_with_the_quadratic_root_form_and_contains_the_share(int count, int n)
    {
        var e = Intervals.Wilson(count, n);
        var (low, high) = ReferenceStatistics.Wilson(count, n);

        Assert.Equal(Math.Max(0, low), e.Low, 1e-9);
        Assert.Equal(Math.Min(1, high), e.High, 1e-9);
        Assert.InRange(e.Value, e.Low, e.High);
        Assert.InRange(e.Low, 0, 1);
        Assert.InRange(e.High, 0, 1);
    }

    [Fact]
    public void Narrows_as_n_grows()
    {
        var small = Intervals.Wilson(5, 10);
        var large = Intervals.Wilson(500, 1000);

        Assert.True(large.High - large.Low < small.High - small.Low);
    }

    [Fact]
    public void A_share_of_nothing_is_not_a_number()
    {
        Assert.True(double.IsNaN(Intervals.Wilson(0, 0).Value));
    }

    [Fact]
    public void ShareFigure_has_no_estimate_below_min_n()
    {
        var below = ShareFigure.Of(10, 29, 30);
        var at = ShareFigure.Of(10, 30, 30);

        Assert.Null(below.Estimate);
        Assert.Equal((10, 29), (below.Count, below.N));
        Assert.Equal(Intervals.Wilson(10, 30), at.Estimate);
    }
}
