using RoleScope.Core.Analytics.Statistics;

namespace RoleScope.Core.Tests.Analytics;

public sealed class BootstrapTests
{
    private static readonly double[] Data = [.. Enumerable.Range(0, 50).Select(i => (double)(i * 17 % 50) + (i % 7) * 0.5)];

    private static double? Median(IReadOnlyList<double> sample) => Intervals.Percentile([.. sample.Order()], 0.5);

    [Fact]
    public void The_same_seed_gives_the_same_replicates()
    {
        var first = Bootstrap.Replicates(Data, 1000, 42, Median);
        var second = Bootstrap.Replicates(Data, 1000, 42, Median);

        Assert.Equal(1000, first.Count);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Another_seed_gives_other_replicates()
    {
        var first = Bootstrap.Replicates(Data, 1000, 42, Median);
        var other = Bootstrap.Replicates(Data, 1000, 43, Median);

        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Resamples_draw_with_replacement_from_the_items()
    {
        var sizes = new List<int>();
        var distinct = new List<int>();
        Bootstrap.Replicates(Data, 200, 7, sample =>
        {
            Assert.All(sample, x => Assert.Contains(x, Data));
            sizes.Add(sample.Count);
            distinct.Add(sample.Distinct().Count());
            return 0;
        });

        Assert.All(sizes, s => Assert.Equal(Data.Length, s));
        // With replacement, some resample repeats an item (a resample of 50 has all distinct items with probability ~1e-21).
        Assert.Contains(distinct, d => d < Data.Length);
    }

    [Fact]
    public void Null_and_nan_statistics_are_dropped()
    {
        var calls = 0;
        var replicates = Bootstrap.Replicates(Data, 100, 1, _ => ++calls % 2 == 0 ? null : calls % 3 == 0 ? double.NaN : 1.0);

        Assert.Equal(100, calls);
        Assert.Equal(Enumerable.Range(1, 100).Count(c => c % 2 != 0 && c % 3 != 0), replicates.Count);
    }

    [Fact]
    public void Two_groups_are_resampled_each_within_itself_and_reproducibly()
    {
        double[] a = [1, 2, 3, 4, 5, 6, 7, 8];
        double[] b = [100, 200, 300];

        var first = Bootstrap.Replicates(a, b, 500, 9, (x, y) =>
        {
            Assert.Equal(a.Length, x.Count);
            Assert.Equal(b.Length, y.Count);
            Assert.All(x, v => Assert.Contains(v, a));
            Assert.All(y, v => Assert.Contains(v, b));
            return y.Average() - x.Average();
        });
        var second = Bootstrap.Replicates(a, b, 500, 9, (x, y) => y.Average() - x.Average());
        var other = Bootstrap.Replicates(a, b, 500, 10, (x, y) => y.Average() - x.Average());

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void The_percentile_interval_contains_the_point_estimate()
    {
        var point = Median(Data)!.Value;
        var e = Intervals.FromReplicates(point, Bootstrap.Replicates(Data, 1000, 20260601, Median));

        Assert.Equal(point, e.Value);
        Assert.InRange(point, e.Low, e.High);
        Assert.True(e.Low < e.High);
    }

    [Fact]
    public void The_percentile_interval_takes_the_2_5th_and_97_5th_percentiles()
    {
        // 0, 1, ..., 400 shuffled: positions 0.025 * 400 = 10 and 0.975 * 400 = 390.
        var replicates = Enumerable.Range(0, 401).Select(i => (double)(i * 263 % 401)).ToList();

        var e = Intervals.FromReplicates(200, replicates);

        Assert.Equal(new Estimate(200, 10, 390), e);
        Assert.Equal(new Estimate(5, 5, 5), Intervals.FromReplicates(5, []));
    }

    [Fact]
    public void The_interval_reaches_an_estimate_that_every_replicate_misses()
    {
        // A biased statistic can leave the estimate outside the replicates' percentiles; the report must still show it inside.
        var below = Enumerable.Range(0, 401).Select(i => i / 1000.0).ToList();

        var high = Intervals.FromReplicates(0.9, below);
        var low = Intervals.FromReplicates(-1, below);

        Assert.Equal(new Estimate(0.9, 0.01, 0.9), high);
        Assert.Equal(new Estimate(-1, -1, 0.39), low);
    }
}
