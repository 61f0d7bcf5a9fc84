namespace RoleScope.Core.Analytics.Statistics;

/// <summary>Exact or standard 95% intervals: Wilson for shares, binomial order statistics for medians.</summary>
public static class Intervals
{
    private const double Z95 = 1.959963984540054;

    /// <summary>Up to this n the median interval sums the binomial exactly (a loop of up to n/2 steps); beyond it the normal limit is used.</summary>
    private const int ExactMedianLimit = 5000;

    /// <summary>Wilson score interval for count/n.</summary>
    public static Estimate Wilson(int count, int n)
    {
        if (n <= 0)
        {
            return new Estimate(double.NaN, double.NaN, double.NaN);
        }
        double p = (double)count / n;
        var z2 = Z95 * Z95;
        var denominator = 1 + z2 / n;
        var centre = (p + z2 / (2 * n)) / denominator;
        var half = Z95 * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new Estimate(p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>
    /// Median of sorted values with the distribution-free 95% interval [x(j), x(k)] from order statistics: the widest
    /// symmetric j for which P(j &lt;= B &lt; n - j) >= 0.95 with B ~ Binomial(n, 1/2). Exact; no resampling needed.
    /// </summary>
    public static Estimate Median(double[] sorted) => Median(sorted.AsSpan());

    /// <inheritdoc cref="Median(double[])"/>
    public static Estimate Median(ReadOnlySpan<double> sorted)
    {
        var n = sorted.Length;
        var median = Percentile(sorted, 0.5);
        if (n < 6)
        {
            return new Estimate(median, sorted[0], sorted[^1]);
        }
        if (n > ExactMedianLimit)
        {
            // Normal limit of the binomial with continuity correction; at this n it picks the same order statistic as the exact sum or its neighbour.
            var jApprox = (int)Math.Floor(n / 2.0 - 0.5 - Z95 * Math.Sqrt(n) / 2) + 1;
            return new Estimate(median, sorted[Math.Max(0, jApprox - 1)], sorted[Math.Min(n - 1, n - jApprox)]);
        }
        // Cumulative binomial(n, 1/2) in log space to stay finite for large n.
        var logHalfN = n * Math.Log(0.5);
        double cumulative = 0;
        var logCoef = 0.0;
        var j = 0;
        for (var i = 0; i < n; i++)
        {
            if (i > 0)
            {
                logCoef += Math.Log(n - i + 1) - Math.Log(i);
            }
            var next = cumulative + Math.Exp(logCoef + logHalfN);
            if (next > 0.025)
            {
                j = i;
                break;
            }
            cumulative = next;
        }
        // Lower bound is the j-th order statistic (1-based j), upper the (n - j + 1)-th.
        var lo = sorted[Math.Max(0, j - 1)];
        var hi = sorted[Math.Min(n - 1, n - j)];
        return new Estimate(median, lo, hi);
    }

    /// <summary>Linear-interpolated percentile (type 7) of sorted values.</summary>
    public static double Percentile(double[] sorted, double q) => Percentile(sorted.AsSpan(), q);

    /// <inheritdoc cref="Percentile(double[], double)"/>
    public static double Percentile(ReadOnlySpan<double> sorted, double q)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        var position = q * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
    }

    /// <summary>Percentile interval of bootstrap replicates, widened if need be to reach the point estimate.</summary>
    public static Estimate FromReplicates(double value, List<double> replicates)
    {
        if (replicates.Count == 0)
        {
            return new Estimate(value, value, value);
        }
        var sorted = replicates.ToArray();
        return FromReplicatesInPlace(value, sorted);
    }

    /// <summary>The same over a caller's buffer of replicates, which it sorts in place (no copy: premiums reuse one buffer).</summary>
    public static Estimate FromReplicatesInPlace(double value, Span<double> replicates)
    {
        if (replicates.IsEmpty)
        {
            return new Estimate(value, value, value);
        }
        replicates.Sort();
        ReadOnlySpan<double> sorted = replicates;
        // A biased statistic (top-K Jaccard when skills tie near the cut) can put every replicate on one side of the estimate;
        // a report must never print a figure outside its own interval, so the interval is stretched to include it.
        return new Estimate(value, Math.Min(value, Percentile(sorted, 0.025)), Math.Max(value, Percentile(sorted, 0.975)));
    }
}
