namespace RoleScope.Evaluation;

/// <summary>What one evaluation measured on one dataset: its scores, plain-language notes, and the errors behind them.</summary>
public sealed record EvaluationReport(string Dataset, IReadOnlyList<FieldScore> Scores, IReadOnlyList<string> Notes)
{
    /// <summary>Gold label versus extracted label, with how often the pair occurred (errors only).</summary>
    public IReadOnlyList<Confusion> Confusions { get; init; } = [];

    /// <summary>Item-level disagreements, for the datasets whose items are few enough to read one by one.</summary>
    public IReadOnlyList<Mismatch> Mismatches { get; init; } = [];

    /// <summary>The score of <paramref name="field"/>; throws when the report has none.</summary>
    public FieldScore Score(string field) =>
        Scores.FirstOrDefault(s => s.Field == field) ?? throw new KeyNotFoundException($"{Dataset} has no score for '{field}'.");
}
