using RoleScope.Core.Analytics.Statistics;

namespace RoleScope.Core.Tests.Analytics;

public sealed class MedianIntervalTests
{
    private static double[] OneTo(int n) => [.. Enumerable.Range(1, n).Select(i => (double)i)];

    [Fact]
    public void A_hundred_values_give_the_40th_and_61st_order_statistics()
    {
        // Textbook value (e.g. Conover, Practical Nonparametric Statistics): for n = 100 the 95% interval is [x(40), x(61)].
        var e = Intervals.Median(OneTo(100));

        Assert.Equal(50.5, e.Value);
        Assert.Equal(40, e.Low);
        Assert.Equal(61, e.High);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(25)]
    [InlineData(30)]
    [InlineData(99)]
    [InlineData(101)]
    [InlineData(1000)]
    public void The_interval_is_the_narrowest_symmetric_one_with_95_percent_coverage(int n)
    {
        var e = Intervals.Median(OneTo(n));
        var j = (int)e.Low;

        // [x(j), x(n-j+1)] covers the median with probability 1 - 2 P(B <= j-1), B ~ Binomial(n, 1/2).
        Assert.Equal(n - j + 1, e.High);
        Assert.True(1 - 2 * ReferenceStatistics.BinomialHalfCdf(n, j - 1) >= 0.95, $"coverage at j={j}");
        Assert.True(1 - 2 * ReferenceStatistics.BinomialHalfCdf(n, j) < 0.95, $"j={j} is not the narrowest");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(31)]
    [InlineData(500)]
    public void Contains_the_median_and_lies_within_the_data(int n)
    {
        // Unevenly spaced, with ties, so that the bounds are real data values and not ranks.
        var values = Enumerable.Range(0, n).Select(i => Math.Round(Math.Pow(1.07, i % 37) * 1000)).Order().ToArray();

        var e = Intervals.Median(values);

        Assert.InRange(e.Value, e.Low, e.High);
        Assert.Contains(e.Low, values);
        Assert.Contains(e.High, values);
        Assert.True(e.Low >= values[0] && e.High <= values[^1]);
    }

    [Fact]
    public void Percentile_interpolates_linearly()
    {
        double[] sorted = [10, 20, 30, 40];

        Assert.Equal(10, Intervals.Percentile(sorted, 0));
        Assert.Equal(25, Intervals.Percentile(sorted, 0.5));
        Assert.Equal(40, Intervals.Percentile(sorted, 1));
        Assert.Equal(13, Intervals.Percentile(sorted, 0.1), 1e-12);
        Assert.Equal(37, Intervals.Percentile(sorted, 0.9), 1e-12);
        Assert.True(double.IsNaN(Intervals.Percentile([], 0.5)));
    }
}
