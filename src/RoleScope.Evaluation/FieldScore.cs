namespace RoleScope.Evaluation;

/// <summary>
/// The figures of one evaluated field. <see cref="N"/> is the number of gold items the figures are computed from; a figure
/// that does not apply to the field (or whose denominator is zero) is null.
/// </summary>
public sealed record FieldScore(string Field, int N)
{
    /// <summary>Share of the extractor's answers that are right.</summary>
    public double? Precision { get; init; }

    /// <summary>Share of the gold items that the extractor found.</summary>
    public double? Recall { get; init; }

    /// <summary>Share of the gold items answered exactly right.</summary>
    public double? Accuracy { get; init; }

    /// <summary>Share of the items for which the extractor gave an answer at all.</summary>
    public double? Coverage { get; init; }

    /// <summary>A share where lower is better (e.g. postings with an invented salary).</summary>
    public double? Rate { get; init; }
}
