using RoleScope.Core.Analytics.Statistics;

namespace RoleScope.Core.Tests.Analytics;

public sealed class MedianBootstrapTests
{
    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(41)]
    public void Order_statistic_draws_match_resampling_values(int m)
    {
        // The shortcut must give the same distribution as drawing m values with replacement and taking their median.
        var sorted = Enumerable.Range(0, m).Select(i => (double)(i * i)).ToArray();
        const int draws = 40_000;
        var fast = MedianBootstrap.Replicates(sorted, draws, 11).Order().ToArray();
        var slow = Bootstrap.Replicates(sorted, draws, 12, s => Intervals.Percentile([.. s.Order()], 0.5)).Order().ToArray();

        foreach (var q in new[] { 0.025, 0.25, 0.5, 0.75, 0.975 })
        {
            var a = Intervals.Percentile(fast, q);
            var b = Intervals.Percentile(slow, q);
            // Within two order-statistic steps of the data at the quantile.
            var step = sorted[Math.Min(m - 1, (int)(q * m) + 2)] - sorted[Math.Max(0, (int)(q * m) - 2)];
            Assert.InRange(a, b - step, b + step);
        }
        Assert.InRange(fast.Average(), slow.Average() * 0.98, slow.Average() * 1.02);
    }

    [Fact]
    public void A_single_value_is_its_own_median_and_the_seed_fixes_the_draws()
    {
        Assert.All(MedianBootstrap.Replicates([5.0], 10, 1), r => Assert.Equal(5.0, r));
        double[] values = [1, 2, 3, 4, 5, 6];
        Assert.Equal(MedianBootstrap.Replicates(values, 100, 3), MedianBootstrap.Replicates(values, 100, 3));
        Assert.NotEqual(MedianBootstrap.Replicates(values, 100, 3), MedianBootstrap.Replicates(values, 100, 4));
    }

    [Fact]
    public void Binomial_draws_have_the_binomial_mean_and_variance()
    {
        var random = new Random(5);
        foreach (var (n, p) in new[] { (40, 0.1), (1000, 0.3), (200, 0.9) })
        {
            var draws = Enumerable.Range(0, 20_000).Select(_ => (double)Sampling.Binomial(random, n, p)).ToArray();
            var mean = draws.Average();
            var variance = draws.Select(x => (x - mean) * (x - mean)).Average();
            Assert.InRange(mean, n * p * 0.98, n * p * 1.02);
            Assert.InRange(variance, n * p * (1 - p) * 0.9, n * p * (1 - p) * 1.1);
        }
    }
}
