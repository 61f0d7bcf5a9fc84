namespace RoleScope.Core.Analytics.Statistics;

/// <summary>
/// Puts the k-th smallest value in place without sorting the rest (quickselect). A percentile interval of 1,000 bootstrap
/// replicates needs four order statistics; a full sort of them cost more than drawing them (about 50 per profile).
/// </summary>
internal static class OrderStatistic
{
    /// <summary>
    /// Reorders <paramref name="values"/> so that values[k] is the k-th smallest (0-based), nothing after it is smaller and
    /// nothing before it larger. The values must not hold NaN.
    /// </summary>
    public static void Select(Span<double> values, int k)
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
