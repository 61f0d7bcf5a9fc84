using RoleScope.Core.Analytics.Statistics;
using RoleScope.Core.Domain;

namespace RoleScope.Core.Analytics;

/// <summary>Builds a <see cref="FamilyComparison"/> from two profiles and the counts behind them.</summary>
internal sealed class ComparisonBuilder(MarketAnalyzer analyzer)
{
    private AnalysisOptions Options => analyzer.Options;

    public FamilyComparison Build(RoleFamily a, RoleFamily b)
    {
        var pa = analyzer.Profile(a);
        var pb = analyzer.Profile(b);
        var sa = analyzer.Stats(a);
        var sb = analyzer.Stats(b);
        var names = analyzer.Index.SkillNames;
        var topA = pa.TopSkills.Select(s => s.Skill).ToHashSet(StringComparer.Ordinal);
        var topB = pb.TopSkills.Select(s => s.Skill).ToHashSet(StringComparer.Ordinal);

        SkillPair Pair(string skill)
        {
            var id = analyzer.Index.SkillId(skill);
            return new(skill,
                ShareFigure.Of(id < 0 ? 0 : sa.SkillCounts[id], sa.N, Options.MinN),
                ShareFigure.Of(id < 0 ? 0 : sb.SkillCounts[id], sb.N, Options.MinN));
        }

        var shared = topA.Intersect(topB).Select(Pair).OrderByDescending(p => p.Combined).ThenBy(p => p.Skill, StringComparer.Ordinal).ToList();
        var onlyA = topA.Except(topB).Select(Pair).OrderByDescending(p => Rate(p.InA)).ThenBy(p => p.Skill, StringComparer.Ordinal).ToList();
        var onlyB = topB.Except(topA).Select(Pair).OrderByDescending(p => Rate(p.InB)).ThenBy(p => p.Skill, StringComparer.Ordinal).ToList();
        var asymmetric = shared.Where(p => Ratio(Rate(p.InA), Rate(p.InB)) >= Options.AsymmetryFactor).ToList();

        Estimate? overlap = null;
        // Like every figure, the overlap of two top-K sets drawn from fewer than min_n postings is "too few postings".
        if (sa.N > 0 && sb.N > 0 && sa.N >= Options.MinN && sb.N >= Options.MinN)
        {
            var value = Jaccard(topA, topB);
            var replicates = TopSetBootstrap.JaccardReplicates(sa, sb, names, Options.TopK, Options.Resamples, Options.Seed);
            overlap = Intervals.FromReplicates(value, replicates);
        }

        Estimate? gap = null;
        double? gapRelative = null;
        if (pa.Salary.Median is { } medA && pb.Salary.Median is { } medB)
        {
            var random = new Random(Options.Seed + 1);
            var replicates = new List<double>(Options.Resamples);
            for (var r = 0; r < Options.Resamples; r++)
            {
                replicates.Add(MedianBootstrap.Resample(sa.Sorted, random) - MedianBootstrap.Resample(sb.Sorted, random));
            }
            gap = Intervals.FromReplicates(medA.Value - medB.Value, replicates);
            gapRelative = (medA.Value - medB.Value) / medB.Value;
        }

        var comparison = new FamilyComparison
        {
            A = pa,
            B = pb,
            VolumeRatio = pb.Postings == 0 ? null : (double)pa.Postings / pb.Postings,
            SalaryGap = gap,
            SalaryGapRelative = gapRelative,
            SkillOverlap = overlap,
            TopK = Options.TopK,
            Shared = shared,
            ExclusiveToA = onlyA,
            ExclusiveToB = onlyB,
            Asymmetric = asymmetric,
            KeyFindings = [],
        };
        return comparison with { KeyFindings = KeyFindings.For(comparison) };
    }

    internal static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 0;
        }
        var intersection = a.Count(b.Contains);
        return (double)intersection / (a.Count + b.Count - intersection);
    }

    private static double Rate(ShareFigure s) => s.N == 0 ? 0 : (double)s.Count / s.N;

    private static double Ratio(double x, double y) =>
        Math.Min(x, y) <= 0 ? double.PositiveInfinity : Math.Max(x, y) / Math.Min(x, y);
}
