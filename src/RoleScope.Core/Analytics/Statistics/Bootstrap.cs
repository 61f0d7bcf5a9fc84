namespace RoleScope.Core.Analytics.Statistics;

/// <summary>
/// Seeded bootstrap over postings: the same seed gives the same intervals, so reports are reproducible.
/// </summary>
public static class Bootstrap
{
    /// <summary>Replicates of <paramref name="statistic"/> over resamples (with replacement) of <paramref name="items"/>.</summary>
    public static List<double> Replicates<T>(IReadOnlyList<T> items, int resamples, int seed, Func<IReadOnlyList<T>, double?> statistic)
    {
        var random = new Random(seed);
        var results = new List<double>(resamples);
        var sample = new T[items.Count];
        for (var r = 0; r < resamples; r++)
        {
            for (var i = 0; i < sample.Length; i++)
            {
                sample[i] = items[random.Next(items.Count)];
            }
            if (statistic(sample) is { } value && !double.IsNaN(value))
            {
                results.Add(value);
            }
        }
        return results;
    }

    /// <summary>Replicates of a statistic of two independent groups, each resampled within itself.</summary>
    public static List<double> Replicates<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, int resamples, int seed, Func<IReadOnlyList<T>, IReadOnlyList<T>, double?> statistic)
    {
        var random = new Random(seed);
        var results = new List<double>(resamples);
        var sa = new T[a.Count];
        var sb = new T[b.Count];
        for (var r = 0; r < resamples; r++)
        {
            for (var i = 0; i < sa.Length; i++)
            {
                sa[i] = a[random.Next(a.Count)];
            }
            for (var i = 0; i < sb.Length; i++)
            {
                sb[i] = b[random.Next(b.Count)];
            }
            if (statistic(sa, sb) is { } value && !double.IsNaN(value))
            {
                results.Add(value);
            }
        }
        return results;
    }
}
