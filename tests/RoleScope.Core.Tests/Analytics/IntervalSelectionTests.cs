using RoleScope.Core.Analytics.Statistics;

namespace RoleScope.Core.Tests.Analytics;

/// <summary>Percentile intervals of replicates are picked by selection; they must equal the sorted replicates' percentiles.</summary>
public sealed class IntervalSelectionTests
{
    private static (double Low, double High) BySort(double[] values)
    {
        var sorted = values.Order().ToArray();
        return (Intervals.Percentile(sorted, 0.025), Intervals.Percentile(sorted, 0.975));
    }

    [Fact]
    public void A_shuffled_run_of_integers_gives_the_hand_worked_percentiles()
    {
        // 0..999: position 0.025 x 999 = 24.975 lies between 24 and 25; 0.975 x 999 = 974.025 between 974 and 975.
        var values = Enumerable.Range(0, 1000).Select(i => (double)i).ToArray();
        new Random(3).Shuffle(values);

        var e = Intervals.FromReplicatesInPlace(500, values);

        Assert.Equal(24.975, e.Low, 9);
        Assert.Equal(974.025, e.High, 9);
    }

    [Theory]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(100)]
    [InlineData(999)]
    [InlineData(1000)]
    [InlineData(1001)]
    [InlineData(5000)]
    public void Selection_gives_exactly_the_sorted_percentiles(int n)
    {
        var random = new Random(n);
        for (var run = 0; run < 50; run++)
        {
            // Continuous values, heavy ties, and a constant run: the shapes replicate sets take.
            var values = new double[n];
            for (var i = 0; i < n; i++)
            {
                values[i] = (run % 3) switch
                {
                    0 => random.NextDouble() * 1e5 - 5e4,
                    1 => random.Next(5) * 2_500.0,
                    _ => 7.0,
                };
            }
            var (low, high) = BySort(values);

            // An estimate between the ends, so that the interval is not stretched to reach it.
            var e = Intervals.FromReplicatesInPlace((low + high) / 2, values);

            Assert.Equal(low, e.Low);
            Assert.Equal(high, e.High);
        }
    }

    [Fact]
    public void Sorted_and_reversed_inputs_and_a_nan_take_the_same_answer_as_a_sort()
    {
        var ascending = Enumerable.Range(0, 2000).Select(i => i * 0.5).ToArray();
        var descending = ascending.Reverse().ToArray();
        var (low, high) = BySort(ascending);

        Assert.Equal(new Estimate(500, low, high), Intervals.FromReplicatesInPlace(500, ascending.ToArray()));
        Assert.Equal(new Estimate(500, low, high), Intervals.FromReplicatesInPlace(500, descending));

        var withNaN = ascending.ToArray();
        withNaN[17] = double.NaN;
        var sorted = withNaN.ToArray();
        Array.Sort(sorted);
        var expected = new Estimate(500, Math.Min(500, Intervals.Percentile(sorted, 0.025)), Math.Max(500, Intervals.Percentile(sorted, 0.975)));
        Assert.Equal(expected, Intervals.FromReplicatesInPlace(500, withNaN));
    }
}
