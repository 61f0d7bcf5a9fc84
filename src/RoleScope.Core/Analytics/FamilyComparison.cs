using RoleScope.Core.Analytics.Statistics;

namespace RoleScope.Core.Analytics;

/// <summary>The figures of a pair of families (metrics.md, "Figures for a pair of families").</summary>
public sealed record FamilyComparison
{
    public required FamilyProfile A { get; init; }
    public required FamilyProfile B { get; init; }
    /// <summary>postings(A) / postings(B); null when B has none.</summary>
    public required double? VolumeRatio { get; init; }
    /// <summary>median(A) - median(B) with a bootstrap interval; null when either side has too few salaries.</summary>
    public required Estimate? SalaryGap { get; init; }
    /// <summary>The gap relative to B's median.</summary>
    public required double? SalaryGapRelative { get; init; }
    /// <summary>Jaccard of the two top-K skill sets, with a bootstrap interval; null when either family has fewer than min_n postings.</summary>
    public required Estimate? SkillOverlap { get; init; }
    public required int TopK { get; init; }
    public required IReadOnlyList<SkillPair> Shared { get; init; }
    public required IReadOnlyList<SkillPair> ExclusiveToA { get; init; }
    public required IReadOnlyList<SkillPair> ExclusiveToB { get; init; }
    public required IReadOnlyList<SkillPair> Asymmetric { get; init; }
    public required IReadOnlyList<string> KeyFindings { get; init; }
}

/// <summary>One skill's frequency in both families (share of each family's postings naming it).</summary>
public sealed record SkillPair(string Skill, ShareFigure InA, ShareFigure InB)
{
    public double Combined => (InA.N == 0 ? 0 : (double)InA.Count / InA.N) + (InB.N == 0 ? 0 : (double)InB.Count / InB.N);
}
