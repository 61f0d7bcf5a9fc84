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
        return Interpolate(sorted[lower], sorted[upper], position, lower);
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

    /// <summary>
    /// The same over a caller's buffer of replicates, which it reorders in place (no copy: premiums reuse one buffer). The two
    /// percentiles come from the four order statistics they interpolate, picked by selection: the same values a sort gives.
    /// </summary>
    public static Estimate FromReplicatesInPlace(double value, Span<double> replicates)
    {
        if (replicates.IsEmpty)
        {
            return new Estimate(value, value, value);
        }
        double low, high;
        if (replicates.Length < SelectFrom || HasNaN(replicates))
        {
            // Few replicates, or a NaN (which a sort puts first and selection cannot order): the plain sort.
            replicates.Sort();
            low = Percentile(replicates, LowTail);
            high = Percentile(replicates, HighTail);
        }
        else
        {
            low = SelectedPercentile(replicates, LowTail, 0);
            high = SelectedPercentile(replicates, HighTail, (int)Math.Floor(LowTail * (replicates.Length - 1)) + 1);
        }
        // A biased statistic (top-K Jaccard when skills tie near the cut) can put every replicate on one side of the estimate;
        // a report must never print a figure outside its own interval, so the interval is stretched to include it.
        return new Estimate(value, Math.Min(value, low), Math.Max(value, high));
    }

    private const double LowTail = 0.025;
    private const double HighTail = 0.975;

    /// <summary>Below this many replicates sorting costs next to nothing and keeps small runs on the simplest path.</summary>
    private const int SelectFrom = 64;

    /// <summary>
    /// <see cref="Percentile(ReadOnlySpan{double}, double)"/> without a sort. Every value before <paramref name="from"/> must be
    /// no larger than any value from it on (true after an earlier call for a lower q), so the search starts there.
    /// </summary>
    private static double SelectedPercentile(Span<double> values, double q, int from)
    {
        var position = q * (values.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, values.Length - 1);
        OrderStatistic.Select(values[from..], lower - from);
        // After the selection everything past values[lower] is at least as large, so the next order statistic is their minimum.
        var next = upper == lower ? values[lower] : OrderStatistic.Min(values[upper..]);
        return Interpolate(values[lower], next, position, lower);
    }

    private static bool HasNaN(ReadOnlySpan<double> values)
    {
        foreach (var v in values)
        {
            if (double.IsNaN(v))
            {
                return true;
            }
        }
        return false;
    }

    private static double Interpolate(double atLower, double atUpper, double position, int lower) =>
        atLower + (position - lower) * (atUpper - atLower);
}
