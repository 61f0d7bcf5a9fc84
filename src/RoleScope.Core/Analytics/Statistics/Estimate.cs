namespace RoleScope.Core.Analytics.Statistics;

/// <summary>A point estimate with its 95% interval.</summary>
public readonly record struct Estimate(double Value, double Low, double High);

/// <summary>
/// A share of postings: <see cref="Count"/> of <see cref="N"/> postings where the field is known, with a Wilson 95% interval.
/// <see cref="Estimate"/> is null when N is below min_n ("too few postings").
/// </summary>
public sealed record ShareFigure(int Count, int N, Estimate? Estimate)
{
    public static ShareFigure Of(int count, int n, int minN) =>
        new(count, n, n >= minN && n > 0 ? Intervals.Wilson(count, n) : null);
}

/// <summary>Salary figures of one population: n, the median with its interval and the percentiles (null below min_n).</summary>
public sealed record SalaryFigure(int N, Estimate? Median, double? P10, double? P25, double? P75, double? P90)
{
    public static SalaryFigure Of(IReadOnlyList<double> values, int minN)
    {
        if (values.Count < minN || values.Count == 0)
        {
            return new SalaryFigure(values.Count, null, null, null, null, null);
        }
        return OfSorted([.. values.Order()], minN);
    }

    /// <summary>Figures of values already in ascending order.</summary>
    public static SalaryFigure OfSorted(double[] sorted, int minN)
    {
        if (sorted.Length < minN || sorted.Length == 0)
        {
            return new SalaryFigure(sorted.Length, null, null, null, null, null);
        }
        return new SalaryFigure(sorted.Length, Intervals.Median(sorted),
            Intervals.Percentile(sorted, 0.10), Intervals.Percentile(sorted, 0.25),
            Intervals.Percentile(sorted, 0.75), Intervals.Percentile(sorted, 0.90));
    }
}
