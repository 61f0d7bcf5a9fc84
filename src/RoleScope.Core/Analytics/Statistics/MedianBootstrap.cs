namespace RoleScope.Core.Analytics.Statistics;

/// <summary>
/// Bootstrap of a median without resampling values: the k-th smallest of m indices drawn uniformly from 0..m-1 is
/// floor(m U(k)), where U(k), the k-th order statistic of m uniforms, is Beta(k, m - k + 1). One draw per replicate gives
/// exactly the distribution of the median of a resample with replacement, in O(1) instead of O(m).
/// </summary>
public static class MedianBootstrap
{
    /// <summary>The median (type 7) of one bootstrap resample of <paramref name="sorted"/>.</summary>
    public static double Resample(ReadOnlySpan<double> sorted, Random random)
    {
        var m = sorted.Length;
        if (m == 1)
        {
            return sorted[0];
        }
        // 1-based rank of the (lower) middle order statistic.
        var k = m % 2 == 1 ? (m + 1) / 2 : m / 2;
        var u = Sampling.Beta(random, k, m - k + 1);
        var lower = sorted[Math.Min(m - 1, (int)(u * m))];
        if (m % 2 == 1)
        {
            return lower;
        }
        // The (k+1)-th is the least of the m - k uniforms above U(k).
        var next = u + (1 - u) * (1 - Math.Pow(random.NextDouble(), 1.0 / (m - k)));
        var upper = sorted[Math.Min(m - 1, (int)(next * m))];
        return (lower + upper) / 2;
    }

    /// <summary><paramref name="resamples"/> bootstrap medians of <paramref name="sorted"/>, from a generator seeded with <paramref name="seed"/>.</summary>
    public static double[] Replicates(ReadOnlySpan<double> sorted, int resamples, int seed)
    {
        var random = new Random(seed);
        var replicates = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            replicates[r] = Resample(sorted, random);
        }
        return replicates;
    }
}
