namespace RoleScope.Core.Analytics.Statistics;

/// <summary>
/// Puts the k-th smallest value in place without sorting the rest (a sampled first cut, then quickselect). A percentile interval of 1,000 bootstrap
/// replicates needs four order statistics; a full sort of them cost more than drawing them (about 50 per profile).
/// </summary>
internal static class OrderStatistic
{
    /// <summary>From this many values the first cut uses a pivot taken from a sample (see <see cref="Select"/>).</summary>
    private const int SampledFrom = 256;
    private const int SampleSize = 64;
    /// <summary>How many sample places the pivot lies beyond the target's, so the target almost surely falls on the short side.</summary>
    private const int Margin = 4;

    /// <summary>
    /// Reorders <paramref name="values"/> so that values[k] is the k-th smallest (0-based), nothing after it is smaller and
    /// nothing before it larger. The values must not hold NaN.
    /// </summary>
    /// <remarks>
    /// Interval ends sit near the ends of the replicates (2.5% and 97.5%). A pivot just beyond the target, read off a sorted
    /// sample, cuts off the few values on the target's side in one pass whose branch almost never fires (so it predicts); the
    /// quickselect then runs on those few. Should the sample mislead, the plain quickselect runs on the whole span.
    /// </remarks>
    public static void Select(Span<double> values, int k)
    {
        if (values.Length >= SampledFrom)
        {
            if (k < values.Length / 2)
            {
                var below = PartitionBelow(values, SampledPivot(values, k, Margin));
                if (below > k)
                {
                    Quickselect(values[..below], k);
                    return;
                }
            }
            else
            {
                var above = PartitionAbove(values, SampledPivot(values, k, -Margin));
                if (above <= k)
                {
                    Quickselect(values[above..], k - above);
                    return;
                }
            }
        }
        Quickselect(values, k);
    }

    private static double SampledPivot(ReadOnlySpan<double> values, int k, int offset)
    {
        Span<double> sample = stackalloc double[SampleSize];
        for (var i = 0; i < SampleSize; i++)
        {
            sample[i] = values[(int)((long)i * values.Length / SampleSize)];
        }
        sample.Sort();
        return sample[Math.Clamp((int)((long)k * SampleSize / values.Length) + offset, 0, SampleSize - 1)];
    }

    /// <summary>Moves the values below <paramref name="pivot"/> to the front; returns how many there are.</summary>
    private static int PartitionBelow(Span<double> values, double pivot)
    {
        var store = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] < pivot)
            {
                (values[store], values[i]) = (values[i], values[store]);
                store++;
            }
        }
        return store;
    }

    /// <summary>Moves the values above <paramref name="pivot"/> to the back; returns where they start.</summary>
    private static int PartitionAbove(Span<double> values, double pivot)
    {
        var store = values.Length;
        for (var i = values.Length - 1; i >= 0; i--)
        {
            if (values[i] > pivot)
            {
                store--;
                (values[store], values[i]) = (values[i], values[store]);
            }
        }
        return store;
    }

    private static void Quickselect(Span<double> values, int k)
    {
        int lo = 0, hi = values.Length - 1;
        // Median-of-three pivots make the quadratic case unlikely; the budget makes it impossible (a sort finishes the range).
        var budget = 2 * (32 - int.LeadingZeroCount(values.Length)) + 8;
        while (hi > lo)
        {
            if (budget-- == 0)
            {
                values[lo..(hi + 1)].Sort();
                return;
            }
            var mid = lo + ((hi - lo) >> 1);
            Order(values, lo, mid);
            Order(values, lo, hi);
            Order(values, mid, hi);
            var pivot = values[mid];
            int i = lo, j = hi;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }
                while (values[j] > pivot)
                {
                    j--;
                }
                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }
            // Now values[lo..j] <= pivot <= values[i..hi], and everything strictly between j and i equals the pivot.
            if (k <= j)
            {
                hi = j;
            }
            else if (k >= i)
            {
                lo = i;
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>The smallest value of a non-empty span.</summary>
    public static double Min(ReadOnlySpan<double> values)
    {
        var min = values[0];
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] < min)
            {
                min = values[i];
            }
        }
        return min;
    }

    private static void Order(Span<double> values, int a, int b)
    {
        if (values[b] < values[a])
        {
            (values[a], values[b]) = (values[b], values[a]);
        }
    }
}
