using RoleScope.Core.Analytics.Statistics;
using RoleScope.Core.Domain;

namespace RoleScope.Core.Analytics;

/// <summary>Builds a <see cref="FamilyComparison"/> from two profiles and the postings behind them.</summary>
internal sealed class ComparisonBuilder(MarketAnalyzer analyzer)
{
    private AnalysisOptions Options => analyzer.Options;

    public FamilyComparison Build(RoleFamily a, RoleFamily b)
    {
        var pa = analyzer.Profile(a);
        var pb = analyzer.Profile(b);
        var ma = analyzer.Members(a);
        var mb = analyzer.Members(b);
        var countsA = MarketAnalyzer.SkillCounts(ma);
        var countsB = MarketAnalyzer.SkillCounts(mb);
        var topA = pa.TopSkills.Select(s => s.Skill).ToHashSet(StringComparer.Ordinal);
        var topB = pb.TopSkills.Select(s => s.Skill).ToHashSet(StringComparer.Ordinal);

        SkillPair Pair(string skill) => new(skill,
            ShareFigure.Of(countsA.GetValueOrDefault(skill), ma.Count, Options.MinN),
            ShareFigure.Of(countsB.GetValueOrDefault(skill), mb.Count, Options.MinN));

        var shared = topA.Intersect(topB).Select(Pair).OrderByDescending(p => p.Combined).ThenBy(p => p.Skill, StringComparer.Ordinal).ToList();
        var onlyA = topA.Except(topB).Select(Pair).OrderByDescending(p => Rate(p.InA)).ThenBy(p => p.Skill, StringComparer.Ordinal).ToList();
        var onlyB = topB.Except(topA).Select(Pair).OrderByDescending(p => Rate(p.InB)).ThenBy(p => p.Skill, StringComparer.Ordinal).ToList();
        var asymmetric = shared.Where(p => Ratio(Rate(p.InA), Rate(p.InB)) >= Options.AsymmetryFactor).ToList();

        Estimate? overlap = null;
        // Like every figure, the overlap of two top-K sets drawn from fewer than min_n postings is "too few postings".
        if (ma.Count > 0 && mb.Count > 0 && ma.Count >= Options.MinN && mb.Count >= Options.MinN)
        {
            var value = Jaccard(topA, topB);
            var replicates = Bootstrap.Replicates(ma, mb, Options.Resamples, Options.Seed, (sa, sb) =>
                Jaccard(TopSet(sa), TopSet(sb)));
            overlap = Intervals.FromReplicates(value, replicates);
        }

        Estimate? gap = null;
        double? gapRelative = null;
        if (pa.Salary.Median is { } medA && pb.Salary.Median is { } medB)
        {
            var sa = ma.Where(m => m.Salary is not null).Select(m => m.Salary!.Value).ToList();
            var sb = mb.Where(m => m.Salary is not null).Select(m => m.Salary!.Value).ToList();
            var replicates = Bootstrap.Replicates(sa, sb, Options.Resamples, Options.Seed + 1, (x, y) =>
                Intervals.Percentile([.. x.Order()], 0.5) - Intervals.Percentile([.. y.Order()], 0.5));
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

    private HashSet<string> TopSet(IReadOnlyList<FamilyMember> members) =>
        [.. MarketAnalyzer.SkillCounts(members)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(Options.TopK).Select(kv => kv.Key)];

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
