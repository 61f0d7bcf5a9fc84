namespace RoleScope.Evaluation;

/// <summary>Successes out of trials; divided, it is an accuracy, a precision or a recall.</summary>
public readonly record struct Tally(int Hits, int Total)
{
    /// <summary>Hits / Total, or null when nothing was counted (a rate of an empty set is not zero).</summary>
    public double? Rate => Total == 0 ? null : (double)Hits / Total;

    public Tally Add(bool hit) => new(Hits + (hit ? 1 : 0), Total + 1);

    public Tally Add(int hits, int total) => new(Hits + hits, Total + total);
}
